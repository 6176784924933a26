"""The demo workspace: fictional accounts that show the whole ABSD loop.

Data lives in resources/demo_workspace.json; dates there are day offsets
from today so the demo never looks stale. Every demo account is flagged
`is_demo` and the workspace carries a `demo` setting, so the window can say
plainly that this is not real data.
"""

from __future__ import annotations

import hashlib
import html
import json
from datetime import UTC, datetime, timedelta
from importlib import resources
from typing import Any

from sqlite_utils import Database

from research import icp
from research.domains import website_for
from research.types import Account, IcpProfile, Stage, StageChange
from storage import accounts as account_store
from storage import feeds as feed_store
from storage import settings

DEMO_SETTING = "demo"
#: how demo feeds were added: refresh leaves them alone (their addresses are fictional)
DEMO_FEED = "demo"


def demo_data() -> dict[str, Any]:
    text = resources.files("resources").joinpath("demo_workspace.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def days_ago_iso(offset_days: float, now: datetime | None = None) -> str:
    now = now or datetime.now(UTC)
    return (now + timedelta(days=offset_days)).replace(microsecond=0).isoformat()


def load_demo(db: Database, now: datetime | None = None) -> dict[str, str]:
    """Fill `db` with the demo; returns demo key → account id for later sections."""
    data = demo_data()
    profile = IcpProfile(**data["icp_profile"])
    user = data.get("user", "Demo SDR")
    ids: dict[str, str] = {}
    with db.atomic():
        settings.put(db, "icp_profile", data["icp_profile"])
        settings.put(db, DEMO_SETTING, True)
        for spec in data["accounts"]:
            history = spec.get("history") or [[spec["stage"], 0]]
            created = days_ago_iso(history[0][1], now)
            fields = {k: v for k, v in spec.items() if k not in ("key", "history")}
            account = Account(
                **fields,
                website=website_for(spec["domain"]),
                is_demo=True,
                created_at=created,
                updated_at=days_ago_iso(history[-1][1], now),
            )
            account.stage = Stage(spec["stage"])
            fit = icp.compute_fit(account, profile)
            if fit:
                account.icp_score, account.icp_reasons = fit.score, fit.reasons
            account_store.insert(db, account)
            previous: Stage | None = None
            for stage_name, offset in history:
                stage = Stage(stage_name)
                account_store.add_stage_change(
                    db,
                    StageChange(
                        account.id,
                        previous,
                        stage,
                        user,
                        "created" if previous is None else "",
                        changed_at=days_ago_iso(offset, now),
                    ),
                )
                previous = stage
            ids[spec["key"]] = account.id
        for spec in data.get("feeds", []):
            load_demo_feed(db, ids[spec["account"]], spec, now)
    if data.get("contacts"):
        from app.contacts import add_demo_contacts

        add_demo_contacts(db, ids, data["contacts"])
    if data.get("feeds"):
        from app.triggers import detect_new

        detect_new(db)
    from app.outreach import load_demo_outreach

    load_demo_outreach(db, ids, now)
    return ids


def load_demo_feed(db: Database, account_id: str, spec: dict[str, Any], now: datetime | None) -> None:
    """A demo feed with its items stored offline (the .example addresses are not fetched)."""
    feed = feed_store.add_feed(db, account_id, spec["url"], title=spec["title"], added_how=DEMO_FEED)
    items = []
    for i, item in enumerate(spec["items"]):
        text = f"{item['title']}{item['summary']}"
        items.append(
            feed_store.ItemRecord(
                entry_id=f"demo-{i}",
                link=spec["url"].rsplit("/", 1)[0] + f"/post-{i}",
                title=item["title"],
                summary=item["summary"],
                content_html=f"<p>{html.escape(item['summary'])}</p>",
                published_at=days_ago_iso(item["days"], now),
                date_missing=False,
                language="zh" if any("\u4e00" <= c <= "\u9fff" for c in text) else "en",
                author="",
                content_hash=hashlib.sha256(text.encode()).hexdigest(),
            )
        )
    state = feed_store.FeedState("ok", 200, "", title=spec["title"])
    feed_store.save_refresh(db, feed.id, account_id, state, items)


def is_demo_workspace(db: Database) -> bool:
    return bool(settings.get(db, DEMO_SETTING, False))
