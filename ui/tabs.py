"""Which tabs an account page has, in the order of the ABSD loop.

Account → why now → people by tier → outreach → hand-off. A tab whose
feature has not landed says so and what to do meanwhile.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui.account_page import AccountPage
from ui.news_tab import NewsTab
from ui.notes_tab import NotesTab
from ui.outreach_tab import OutreachTab
from ui.people_tab import PeopleTab
from ui.session import Session
from ui.why_now_tab import WhyNowTab


def tr(text: str) -> str:
    return QCoreApplication.translate("AccountTabs", text)


def install_tabs(page: AccountPage, session: Session) -> None:
    page.add_tab(WhyNowTab(session), tr("Why now"))
    page.add_tab(PeopleTab(session), tr("People"))
    page.add_tab(NewsTab(session), tr("News"))
    page.add_tab(OutreachTab(session), tr("Outreach"))
    page.add_tab(NotesTab(session), tr("Notes"))
