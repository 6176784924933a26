"""Why now in the workspace: triggers found on refresh, grouped across feeds, scored, routed, dismissed."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlite_utils import Database
from support.feedserver import FeedServer, Reply

from app import accounts, contacts, feeds, triggers
from app.cli import main
from app.refresh import refresh_feeds, select_feeds
from storage.db import connect


def rss(items: list[tuple[str, str, str]]) -> bytes:
    body = "".join(
        f"<item><guid>{g}</guid><title>{t}</title><pubDate>{d}</pubDate><description>{t}</description></item>"
        for g, t, d in items
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>News</title>{body}</channel></rss>'.encode()


@pytest.fixture
def server() -> Iterator[FeedServer]:
    with FeedServer() as running:
        yield running


@pytest.fixture
def acme(db: Database) -> str:
    a = accounts.create_account(db, {"name": "Acme Robotics", "domain": "acme.example", "tier": 1})
    contacts.add_contact(db, a.id, {"full_name": "Jo Smith", "title": "Chief Financial Officer"})
    return a.id


def test_refresh_finds_triggers_and_groups_the_same_event_from_two_feeds(
    db: Database, acme: str, server: FeedServer
) -> None:
    day = "Mon, 16 Nov 2026 09:00:00 GMT"
    next_day = "Tue, 17 Nov 2026 09:00:00 GMT"
    feeds.add_feed(
        db,
        acme,
        server.add(
            "/blog.xml",
            Reply(
                rss(
                    [
                        ("b1", "Acme Robotics raises $25M Series B led by Harbor Ventures", day),
                        ("b2", "Five tips for safer warehouses", day),
                    ]
                )
            ),
        ),
    )
    feeds.add_feed(
        db,
        acme,
        server.add(
            "/press.xml",
            Reply(
                rss(
                    [
                        ("p1", "Acme Robotics closes $25M Series B funding round", next_day),
                        ("p2", "Acme Robotics denies acquisition rumours", next_day),
                    ]
                )
            ),
        ),
    )
    summary = feeds.refresh(db)
    assert summary.new_items == 4
    found = triggers.triggers_for_account(db, acme)
    assert [t["type"] for t in found] == ["funding"]  # one event, two sources; no acquisition (denied)
    funding = found[0]
    assert len(funding["sources"]) == 2
    assert funding["details"].get("amount") == 25_000_000 and funding["details"].get("round") == "Series B"
    assert funding["headline"][funding["evidence_start"] : funding["evidence_end"]] == funding["evidence_text"]
    assert funding["route_tier"] == "c_level" and "Jo Smith — Chief Financial Officer" in [
        n for _i, n in funding["suggested_contacts"]
    ]
    assert "$25M" in funding["talking_point"] and "{" not in funding["talking_point"]
    account = accounts.get_account(db, acme)
    row = next(r for r in accounts.list_rows(db) if r["id"] == acme)
    assert row["why_now_score"] and row["why_now_score"] > 0 and row["latest_trigger_type"] == "funding"
    del account


def test_dismissed_stays_dismissed_after_the_next_refresh(db: Database, acme: str, server: FeedServer) -> None:
    url = server.add(
        "/f.xml", Reply(rss([("x1", "Acme Robotics opens new office in Berlin", "Mon, 16 Nov 2026 09:00:00 GMT")]))
    )
    feeds.add_feed(db, acme, url)
    feeds.refresh(db)
    trigger = triggers.triggers_for_account(db, acme)[0]
    triggers.set_status(db, trigger["id"], "dismissed")
    assert next(r for r in accounts.list_rows(db) if r["id"] == acme)["why_now_score"] == 0
    server.add(
        "/f.xml",
        Reply(
            rss(
                [
                    ("x1", "Acme Robotics opens new office in Berlin", "Mon, 16 Nov 2026 09:00:00 GMT"),
                    ("x2", "Acme Robotics opens Berlin office with 40 staff", "Tue, 17 Nov 2026 09:00:00 GMT"),
                ]
            )
        ),
    )
    feeds.refresh(db)
    after = triggers.triggers_for_account(db, acme)
    assert len(after) == 1 and after[0]["status"] == "dismissed" and len(after[0]["sources"]) == 2


def test_leadership_change_offers_the_new_person(db: Database, acme: str, server: FeedServer) -> None:
    feeds.add_feed(
        db,
        acme,
        server.add(
            "/f.xml",
            Reply(
                rss(
                    [("l1", "Acme Robotics appoints Mei Lin as Chief Revenue Officer", "Mon, 16 Nov 2026 09:00:00 GMT")]
                )
            ),
        ),
    )
    feeds.refresh(db)
    t = triggers.triggers_for_account(db, acme)[0]
    assert t["type"] == "leadership_change" and t["new_person"] == "Mei Lin"


def test_user_phrase_finds_events_in_stored_news(db: Database, acme: str, server: FeedServer) -> None:
    feeds.add_feed(
        db,
        acme,
        server.add(
            "/f.xml",
            Reply(rss([("u1", "Acme Robotics celebrates its unicorn moment", "Mon, 16 Nov 2026 09:00:00 GMT")])),
        ),
    )
    feeds.refresh(db)
    assert triggers.triggers_for_account(db, acme) == []
    result = triggers.add_phrase(db, "funding", "unicorn moment")
    assert result["new_triggers"] == 1
    assert triggers.triggers_for_account(db, acme)[0]["type"] == "funding"
    with pytest.raises(Exception, match="Unknown trigger type"):
        triggers.add_phrase(db, "gossip", "whatever")


def test_inbox_is_new_since_last_look_and_cli_lists_json(
    db: Database, acme: str, server: FeedServer, workspace_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    feeds.add_feed(
        db,
        acme,
        server.add("/f.xml", Reply(rss([("c1", "Acme Robotics完成数亿元B轮融资", "Mon, 16 Nov 2026 09:00:00 GMT")]))),
    )
    feeds.refresh(db)
    assert [r["type"] for r in triggers.inbox(db)] == ["funding"]
    triggers.mark_inbox_seen(db)
    assert triggers.inbox(db) == []
    assert main(["--workspace", str(workspace_path), "triggers", "list", "--account", "acme.example", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data[0]["details"]["round"] == "B轮" and data[0]["sources"][0]["title"].endswith("B轮融资")


def test_a_chinese_account_gets_chinese_talking_points_unless_asked_otherwise(
    db: Database, acme: str, server: FeedServer
) -> None:
    yunfan = accounts.create_account(db, {"name": "云帆物流科技", "domain": "yunfan.example"}).id
    # An account named in English whose country is written in Chinese is worked in Chinese too.
    hangzhou = accounts.create_account(
        db, {"name": "Hangzhou Lianke", "domain": "lianke.example", "country": "中国"}
    ).id
    day = "Sat, 21 Nov 2026 09:00:00 GMT"
    feeds.add_feed(db, yunfan, server.add("/y.xml", Reply(rss([("y1", "云帆物流科技完成数亿元B轮融资", day)]))))
    feeds.add_feed(
        db, hangzhou, server.add("/h.xml", Reply(rss([("h1", "Hangzhou Lianke raises $25M Series B", day)])))
    )
    feeds.add_feed(db, acme, server.add("/a.xml", Reply(rss([("a1", "Acme Robotics raises $25M Series B", day)]))))
    feeds.refresh(db)

    chinese = triggers.triggers_for_account(db, yunfan)[0]
    assert "云帆物流科技于2026年11月21日完成数亿元B轮融资" in chinese["talking_point"]
    assert "{" not in chinese["talking_point"] and "None" not in chinese["talking_point"]
    assert all("云帆物流科技" in text for text in chinese["talking_points"].values())
    assert "CEO和CFO" in chinese["route_why"]
    assert (
        "Hangzhou Lianke于2026年11月21日完成2500万美元B轮融资"
        in (triggers.triggers_for_account(db, hangzhou)[0]["talking_point"])
    )
    # English accounts stay English; an explicit language wins over the account's script.
    assert triggers.triggers_for_account(db, acme)[0]["talking_point"].startswith("Congratulations on Acme Robotics's")
    english = triggers.triggers_for_account(db, yunfan, language="en")[0]
    assert english["talking_point"].startswith("Congratulations on 云帆物流科技's 数亿元 B轮 raise")
    assert "完成2500万美元B轮融资" in triggers.triggers_for_account(db, acme, language="zh_CN")[0]["talking_point"]


def test_cli_lists_triggers_in_the_users_language_json_stays_english(
    db: Database,
    acme: str,
    server: FeedServer,
    workspace_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    day = "Sat, 21 Nov 2026 09:00:00 GMT"
    feeds.add_feed(db, acme, server.add("/a.xml", Reply(rss([("a1", "Acme Robotics raises $25M Series B", day)]))))
    feeds.refresh(db)
    ws = str(workspace_path)
    assert main(["--lang", "zh_CN", "--workspace", ws, "triggers", "list", "--account", "acme.example"]) == 0
    out = capsys.readouterr().out
    assert "2026-11-21  融资  [新]  Acme Robotics raises $25M Series B" in out
    # a Chinese reader gets the Chinese talking point, though the account is worked in English
    assert "证据：“raises $25M” · 先联系高管/副总裁：恭喜Acme Robotics于2026年11月21日完成2500万美元B轮融资" in out
    monkeypatch.setenv("LANGUAGE", "zh_CN")
    assert main(["--workspace", ws, "triggers", "list", "--account", "acme.example", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data[0]["talking_point"].startswith("Congratulations on Acme Robotics's")
    assert data[0]["route_why"].startswith("New capital comes with")
    monkeypatch.setenv("LANGUAGE", "en")
    assert main(["--workspace", ws, "triggers", "list", "--account", "acme.example"]) == 0
    out = capsys.readouterr().out
    assert "Funding  [new]" in out and "approach C-Level/VP: Congratulations on Acme Robotics's" in out


def test_a_trigger_dismissed_while_detection_plans_stays_dismissed(
    db: Database, acme: str, server: FeedServer, workspace_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = ("x1", "Acme Robotics opens new office in Berlin", "Mon, 16 Nov 2026 09:00:00 GMT")
    url = server.add("/f.xml", Reply(rss([first])))
    feeds.add_feed(db, acme, url)
    feeds.refresh(db)
    trigger = triggers.triggers_for_account(db, acme)[0]
    server.add(
        "/f.xml", Reply(rss([first, ("x2", "Acme Robotics opens Berlin office with 40 staff", "Tue, 17 Nov 2026")]))
    )
    planned = triggers.plan_account

    def plan_then_user_dismisses(*args: object, **kwargs: object) -> triggers.DetectionPlan:
        plan = planned(*args, **kwargs)  # type: ignore[arg-type]
        if trigger["status"] != "dismissed":  # the user clicks Dismiss in the window meanwhile
            other = connect(workspace_path)
            triggers.set_status(other, trigger["id"], "dismissed")
            other.close()
            trigger["status"] = "dismissed"
        return plan

    monkeypatch.setattr(triggers, "plan_account", plan_then_user_dismisses)
    feeds.refresh(db)
    after = triggers.triggers_for_account(db, acme)
    assert len(after) == 1 and after[0]["status"] == "dismissed" and len(after[0]["sources"]) == 2
    assert next(r for r in accounts.list_rows(db) if r["id"] == acme)["why_now_score"] == 0


def test_accounts_checked_in_worker_processes_get_the_same_triggers(
    db: Database, server: FeedServer, workspace_path: Path, tmp_path: Path
) -> None:
    day = "Mon, 16 Nov 2026 09:00:00 GMT"
    for n, name in enumerate(("Acme Robotics", "Borealis Freight", "Cobalt Health")):
        account = accounts.create_account(db, {"name": name}).id
        headlines = [
            f"{name} raises $25M Series B led by Harbor Ventures",
            f"{name} closes $25M Series B funding round",
            f"{name} appoints Mei Lin as Chief Revenue Officer",
            f"{name} opens new office in Berlin",
            f"Five tips for safer warehouses from {name}",
        ]
        feeds.add_feed(
            db, account, server.add(f"/{n}.xml", Reply(rss([(f"{n}-{i}", h, day) for i, h in enumerate(headlines)])))
        )
    refresh_feeds(db, select_feeds(db))  # items stored, not yet checked
    db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    copy = tmp_path / "copy.whynow"
    shutil.copy(workspace_path, copy)
    in_processes = triggers.detect_new(db, processes=2)
    other = connect(copy)
    here = triggers.detect_new(other, processes=0)
    assert in_processes == here and here["new_triggers"] >= 9

    def seen(database: Database) -> list[tuple[object, ...]]:
        return sorted(
            (row["name"], row["why_now_score"], t["type"], t["headline"], len(t["sources"]), t["status"])
            for row in accounts.list_rows(database)
            for t in triggers.triggers_for_account(database, row["id"])
        )

    assert seen(db) == seen(other)
    other.close()


def test_the_workspaces_trigger_weights_change_every_score(
    db: Database, acme: str, server: FeedServer, capsys: pytest.CaptureFixture[str], workspace_path: Path
) -> None:
    """Weights are kept in the workspace: set from the CLI (or Preferences), every account re-scored."""
    url = server.add(
        "/w.xml", Reply(rss([("w1", "Acme Robotics raises $25M Series B", "Mon, 16 Nov 2026 09:00:00 GMT")]))
    )
    feeds.add_feed(db, acme, url)
    feeds.refresh(db)

    def score() -> float:
        return next(r for r in accounts.list_rows(db) if r["id"] == acme)["why_now_score"]

    before = score()
    assert before > 0 and triggers.trigger_weights(db)["funding"] == triggers.builtin_weights()["funding"]
    assert main(["--workspace", str(workspace_path), "triggers", "weights", "funding=0"]) == 0
    assert score() == 0
    explained = triggers.score_explained(db, acme)
    assert explained.score == 0 and explained.contributions[0].weight == 0
    capsys.readouterr()
    assert main(["--workspace", str(workspace_path), "triggers", "weights", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["funding"] == {"weight": 0.0, "builtin": triggers.builtin_weights()["funding"]}
    assert main(["--workspace", str(workspace_path), "triggers", "weights", "--reset", "funding"]) == 0
    assert score() == before
    # bad input says what is wrong and changes nothing
    assert main(["--workspace", str(workspace_path), "triggers", "weights", "funding=9"]) == 1
    assert main(["--workspace", str(workspace_path), "triggers", "weights", "rumour=1"]) == 1
    assert main(["--workspace", str(workspace_path), "triggers", "weights", "funding"]) == 1
    err = capsys.readouterr().err
    assert "between 0 and 2" in err and "Unknown trigger type “rumour”" in err and "TYPE=NUMBER" in err
    assert score() == before


def test_an_item_rewritten_to_announce_an_event_is_checked_again(db: Database, acme: str, server: FeedServer) -> None:
    day = "Mon, 16 Nov 2026 09:00:00 GMT"
    url = server.add("/r.xml", Reply(rss([("r1", "Acme Robotics news coming soon", day)])))
    feeds.add_feed(db, acme, url)
    feeds.refresh(db)
    assert triggers.triggers_for_account(db, acme) == []
    server.add("/r.xml", Reply(rss([("r1", "Acme Robotics raises $25M Series B led by Harbor Ventures", day)])))
    feeds.refresh(db)
    assert [t["type"] for t in triggers.triggers_for_account(db, acme)] == ["funding"]
