"""HTML to PDF on A4 with Qt's own text engine (QTextDocument + QPdfWriter).

Used for the account brief: the GUI's "Brief…" button and `whynow brief
--format pdf` (main.py hands `render_pdf` to the CLI, which may not import
ui). Chinese must come out as glyphs, not boxes: the document's default
font names a Latin font and then a CJK one found on this machine, and the
fonts used are embedded in the PDF, so the reader needs none installed.

Safe on a worker thread (no widgets; QTextDocument and QPdfWriter are not
tied to the GUI thread); it needs a QGuiApplication to exist, and makes an
offscreen one when called from the command line.

Must not: load remote resources (QTextDocument only fetches images and
style sheets through `loadResource`, which is refused here), or write a
half-finished file under the target's name.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QSizeF, QUrl
from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextDocument,
)

from app.errors import UserError

#: Fonts with Simplified Chinese glyphs, best first, across Linux, macOS and Windows.
CJK_FONTS = (
    "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei",
    "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "SimHei", "SimSun", "Droid Sans Fallback",
    "AR PL UMing CN",
)  # fmt: skip
LATIN_FONTS = ("DejaVu Sans", "Noto Sans", "Segoe UI", "Helvetica Neue", "Arial", "Liberation Sans")
MARGIN_MM = 16.0
BODY_POINT_SIZE = 10
#: dots per inch of the PDF's coordinate system: layout precision, not image quality
RESOLUTION = 300

_app: QGuiApplication | None = None  # the one we made for the command line, kept alive


def ensure_gui_application() -> None:
    """Fonts and text layout need a QGuiApplication; make an offscreen one if there is none."""
    global _app
    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _app = QGuiApplication(["whynow"])


def _first_installed(candidates: tuple[str, ...], families: set[str]) -> str | None:
    return next((name for name in candidates if name in families), None)


def cjk_family() -> str | None:
    """A font family here that draws Simplified Chinese, or None if the machine has none."""
    families = set(QFontDatabase.families())
    found = _first_installed(CJK_FONTS, families)
    if found:
        return found
    chinese = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    return chinese[0] if chinese else None


def document_font() -> QFont:
    """Latin text in a Latin font, Chinese in a CJK font (in that order of preference)."""
    families = set(QFontDatabase.families())
    chosen = [f for f in (_first_installed(LATIN_FONTS, families), cjk_family()) if f]
    font = QFont()
    if chosen:
        font.setFamilies(chosen)
    font.setPointSize(BODY_POINT_SIZE)
    return font


class _OfflineDocument(QTextDocument):
    """A text document that never fetches an image or style sheet from anywhere."""

    def loadResource(self, kind: int, name: QUrl | str) -> Any:  # Qt's name
        return None


def print_css() -> str:
    """Font rules for print: the CJK-capable families first, whatever the HTML asked for."""
    families = [f for f in document_font().families() if f]
    stack = ", ".join(f'"{f}"' for f in families) or "sans-serif"
    return f"body, p, li, td, h1, h2, h3, h4, h5, h6, blockquote {{ font-family: {stack}; }}"


def html_to_pdf_bytes(html_text: str, *, title: str = "") -> tuple[bytes, int]:
    """The PDF of `html_text` on A4 and its page count."""
    ensure_gui_application()
    document = _OfflineDocument()
    document.setDefaultFont(document_font())
    # The HTML's own font list names fonts for browsers; for print, ours come first.
    cjk = print_css()
    marker = "</style>"
    html_text = (html_text.replace(marker, cjk + marker, 1) if marker in html_text
                 else f"<style>{cjk}</style>{html_text}")  # fmt: skip
    document.setHtml(html_text)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setTitle(title or document.metaInformation(QTextDocument.MetaInformation.DocumentTitle))
    writer.setCreator("WhyNow")
    # Measure fonts at the writer's resolution and break pages on its printable area, so
    # print_() prints the document as laid out here (and the page count is the PDF's).
    document.documentLayout().setPaintDevice(writer)
    rect = writer.pageLayout().paintRectPixels(RESOLUTION)
    document.setPageSize(QSizeF(rect.width(), rect.height()))
    document.print_(writer)
    pages = document.pageCount()
    del writer  # the PDF is finished when the writer goes
    buffer.close()
    return bytes(data.data()), pages


def render_pdf(html_text: str, target: Path, *, title: str = "") -> int:
    """Write `html_text` as a PDF to `target`; returns the number of pages.

    Raises UserError when the file cannot be written (nothing is left behind).
    """
    pdf, pages = html_to_pdf_bytes(html_text, title=title)
    target = Path(target)
    part = target.with_name(target.name + ".part")
    try:
        part.write_bytes(pdf)
        os.replace(part, target)
    except OSError as exc:
        part.unlink(missing_ok=True)
        raise UserError(f"Cannot write {target}: {exc.strerror or exc}.") from None
    return pages
