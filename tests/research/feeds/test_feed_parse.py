"""parse_feed on fixture feeds: golden output, formats, encodings, hostile XML, odd bodies."""

from __future__ import annotations

import dataclasses
import json
import pickle
from pathlib import Path

import pytest
from support.feedserver import FEED_DATA, fixture

from research.feeds.parse import ParsedFeed, ParseStatus, parse_feed
from research.i18n import render

NEWSROOM = "https://www.acme.example/newsroom/feed.xml"


def _words(phrases: list[str]) -> list[str]:
    """Messages and warnings are stored phrases: what a reader sees is their rendering."""
    return [render(p) for p in phrases]


def _comparable(feed: ParsedFeed) -> dict[str, object]:
    data = dataclasses.asdict(feed)
    data["message"] = render(feed.message)
    data["warnings"] = _words(feed.warnings)
    data.pop("body_hash")
    for entry in data["entries"]:
        entry.pop("content_hash")
    return data


def _everything_shown(feed: ParsedFeed) -> str:
    parts = [feed.title, feed.link, *_words(feed.warnings), render(feed.message)]
    for entry in feed.entries:
        parts += [entry.title, entry.summary, entry.content_html, entry.link, entry.author]
    return "\n".join(parts)


def test_full_rss_parses_to_its_golden_result() -> None:
    expected = json.loads(Path(FEED_DATA / "full.rss.expected.json").read_text("utf-8"))

    feed = parse_feed(fixture("full.rss"), NEWSROOM, "application/rss+xml; charset=utf-8")

    assert _comparable(feed) == expected


def test_entries_are_normalised_for_display() -> None:
    feed = parse_feed(fixture("full.rss"), NEWSROOM, "application/rss+xml")
    first, second, undated, unreadable_date, untitled = feed.entries

    # Title: tags stripped, entities decoded, whitespace collapsed.
    assert first.title == "Acme Robotics acquires Widget Labs to expand into Europe"
    # Relative link made absolute against the feed's address.
    assert first.link == "https://www.acme.example/newsroom/acme-acquires-widget-labs"
    # Published converted to UTC (+0100 in the feed).
    assert first.published == "2026-11-17T13:30:00+00:00"
    assert second.author == "Acme Press Office"
    # Missing and unreadable dates stay missing; nothing is invented.
    assert (undated.published, undated.date_missing) == (None, True)
    assert (unreadable_date.published, unreadable_date.date_missing) == (None, True)
    # No guid: the link is the id; neither: a hash of the text.
    assert (undated.id, undated.id_source) == (undated.link, "link")
    assert untitled.id_source == "hash"
    assert untitled.title.startswith("An item with neither title nor link")


def test_content_is_sanitised_and_loads_nothing_remote() -> None:
    feed = parse_feed(fixture("full.rss"), NEWSROOM, "application/rss+xml")
    content = feed.entries[0].content_html

    for forbidden in ("<script", "<style", "<iframe", "<form", "<input", "<img", "onclick"):
        assert forbidden not in content
    assert "tracker.example.com" not in content
    assert "javascript:" not in content
    assert "[image: CEOs shaking hands]" in content
    assert 'href="https://www.acme.example/investors/filing.pdf"' in content


def test_a_repeated_guid_keeps_the_first_entry_and_says_so() -> None:
    feed = parse_feed(fixture("full.rss"), NEWSROOM, "application/rss+xml")

    dana = [e for e in feed.entries if e.id == "https://www.acme.example/newsroom/dana-chu-cro"]
    assert [e.title for e in dana] == ["Acme names Dana Chu Chief Revenue Officer"]
    assert "1 entry repeats an id used earlier in the feed; kept the first of each." in (_words(feed.warnings))


def test_content_hash_changes_when_an_entry_changes_and_only_then() -> None:
    body = fixture("full.rss")
    edited = body.replace(b"Dana Chu joins from Globex", b"Dana Chu joins from Initech")

    before = parse_feed(body, NEWSROOM, None).entries
    again = parse_feed(body, NEWSROOM, None).entries
    after = parse_feed(edited, NEWSROOM, None).entries

    assert [e.content_hash for e in before] == [e.content_hash for e in again]
    changed = [b.id for b, a in zip(before, after, strict=True) if b.content_hash != a.content_hash]
    assert changed == ["https://www.acme.example/newsroom/dana-chu-cro"]


def test_body_hash_lets_the_caller_skip_identical_bodies() -> None:
    body = fixture("full.rss")

    assert parse_feed(body, NEWSROOM, None).body_hash == parse_feed(body, NEWSROOM, None).body_hash
    assert parse_feed(body, NEWSROOM, None).body_hash != parse_feed(body + b" ", NEWSROOM, None).body_hash


def test_atom_titles_html_and_text_are_both_shown_right() -> None:
    feed = parse_feed(fixture("atom.xml"), "https://globex.example/blog/atom.xml", None)

    assert feed.status is ParseStatus.OK
    assert feed.format == "atom10"
    assert feed.title == "Globex Engineering Blog"
    assert feed.language == "en"
    html_title, text_title = feed.entries
    assert html_title.title == "Migrating to Postgres 17"
    assert text_title.title == "Why x < y matters in capacity planning"
    assert html_title.link == "https://globex.example/blog/postgres-17"
    assert html_title.published == "2026-11-19T16:15:00+00:00"
    assert html_title.author == "Ravi Patel"
    assert html_title.summary == "How we moved 40 TB without downtime & what broke."
    assert '<a href="https://globex.example/blog/part-2"' in html_title.content_html
    # Only <updated>: it is the best date the feed gives.
    assert text_title.published == "2026-11-02T12:00:00+00:00"


def test_json_feed_is_parsed_like_any_other_feed() -> None:
    feed = parse_feed(fixture("feed.json"), "https://initech.example/feed.json", None)

    assert feed.status is ParseStatus.OK
    assert feed.format == "json1.1"
    assert (feed.title, feed.link, feed.language) == (
        "Initech Updates",
        "https://initech.example/",
        "en",
    )
    tps, layoffs, stapler = feed.entries
    assert tps.link == "https://initech.example/updates/tps-reports"
    assert tps.published == "2026-11-18T15:00:00+00:00"
    assert tps.author == "Bill Lumbergh"
    assert "<script" not in tps.content_html and "<img" not in tps.content_html
    assert "[image: cover sheet]" in tps.content_html
    assert (layoffs.id, layoffs.link) == ("42", "https://news.example.com/initech-layoffs")
    assert (layoffs.language, layoffs.language_source) == ("en-gb", "entry")
    assert layoffs.content_html == "<p>Initech announced a restructuring.</p><p>More to follow.</p>"
    assert stapler.date_missing
    assert "1 item was empty or unreadable." in _words(feed.warnings)


def test_json_content_type_without_a_json_feed_is_not_a_feed() -> None:
    api = parse_feed(b'{"data": [1, 2, 3]}', "https://x.example/api", "application/json")
    broken = parse_feed(b'{"version": ', "https://x.example/feed.json", "application/feed+json")

    assert api.status is ParseStatus.NOT_A_FEED
    assert "not a JSON Feed" in render(api.message)
    assert broken.status is ParseStatus.NOT_A_FEED


@pytest.mark.parametrize(
    ("name", "title", "first_title"),
    [
        ("chinese-gb2312.xml", "华星科技 新闻中心", "华星科技宣布完成5亿元C轮融资"),
        ("big5.xml", "台灣電子 最新消息", "台灣電子擴建新竹廠房"),
    ],
)
def test_chinese_feeds_in_legacy_encodings_read_correctly(name: str, title: str, first_title: str) -> None:
    feed = parse_feed(fixture(name), "https://cn.example/feed.xml", "application/rss+xml")

    assert feed.status is ParseStatus.OK
    assert feed.title == title
    assert feed.entries[0].title == first_title
    # The feed gives no language, so the text decides.
    assert (feed.entries[0].language, feed.entries[0].language_source) == ("zh", "guess")
    assert _words(feed.warnings) == []


def test_latin1_bytes_declared_as_utf8_are_read_with_a_warning() -> None:
    feed = parse_feed(
        fixture("latin1-declared-utf8.xml"),
        "https://cafe.example/feed.xml",
        "application/rss+xml; charset=utf-8",
    )

    assert feed.status is ParseStatus.OK
    assert feed.entries[0].title == "Müller eröffnet Filiale in Zürich"
    assert any("character encoding was wrong" in w for w in _words(feed.warnings))


def test_xxe_payload_does_not_read_local_files() -> None:
    secret = Path("/etc/passwd").read_text("utf-8", "replace") if Path("/etc/passwd").exists() else ""

    feed = parse_feed(fixture("xxe.xml"), "https://xxe.example/feed.xml", "application/rss+xml")

    shown = _everything_shown(feed)
    assert "root:" not in shown
    if secret:
        assert secret.splitlines()[0] not in shown
    assert feed.status is ParseStatus.OK
    assert feed.entries[0].link == "https://xxe.example/1"


@pytest.mark.parametrize("name", ["billion-laughs.xml", "entity-tricks.xml"])
def test_entity_expansion_bombs_are_defused(name: str) -> None:
    feed = parse_feed(fixture(name), "https://lol.example/feed.xml", "application/rss+xml")

    shown = _everything_shown(feed)
    assert "lollollol" not in shown
    assert "root:" not in shown
    assert len(shown) < 5_000
    assert _words(feed.warnings)  # the broken document is reported, not hidden
    assert feed.entries[0].link == "https://lol.example/1"


def test_malformed_xml_keeps_readable_entries_and_records_the_problem() -> None:
    feed = parse_feed(fixture("malformed.xml"), "https://broken.example/feed.xml", None)

    assert feed.status is ParseStatus.OK
    assert [e.title for e in feed.entries] == [
        "First item is fine",
        "Second item & an unescaped ampersand",
    ]
    assert _words(feed.warnings)[0].startswith("The feed is not well-formed XML (line ")


def test_entries_without_dates_are_flagged_not_dated_today() -> None:
    feed = parse_feed(fixture("no-dates.xml"), "https://undated.example/feed.xml", None)

    assert [(e.published, e.date_missing) for e in feed.entries] == [(None, True), (None, True)]
    # No date at all is normal for some feeds, not a parse problem.
    assert _words(feed.warnings) == []


@pytest.mark.parametrize("body", [b"", b"   \r\n\t ", b"\xef\xbb\xbf\n"])
def test_an_empty_body_is_a_clear_state(body: bytes) -> None:
    feed = parse_feed(body, "https://x.example/feed", "application/rss+xml")

    assert feed.status is ParseStatus.EMPTY
    assert render(feed.message)
    assert feed.entries == []


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        (b"<!DOCTYPE html><html><head><title>Acme</title></head><body>Hi</body></html>", None),
        (b"<html><body><p>Welcome</p></body></html>", "application/rss+xml"),
        (b"<!-- built --><!doctype HTML><html lang=en>", None),
        (b"<div>Just a fragment</div>", "text/html; charset=utf-8"),
    ],
)
def test_a_web_page_is_told_apart_from_a_feed(body: bytes, content_type: str | None) -> None:
    feed = parse_feed(body, "https://x.example/", content_type)

    assert feed.status is ParseStatus.WEB_PAGE
    assert render(feed.message).startswith("This address is a web page, not a feed.")


def test_a_feed_served_as_text_html_is_still_a_feed() -> None:
    feed = parse_feed(fixture("no-dates.xml"), "https://x.example/feed", "text/html")

    assert feed.status is ParseStatus.OK
    assert len(feed.entries) == 2


@pytest.mark.parametrize(
    "body",
    [b"just some text", b"<?xml version='1.0'?><note><to>Tove</to></note>", b"\x00\x01\x02\xff"],
)
def test_something_that_is_not_a_feed_says_so(body: bytes) -> None:
    feed = parse_feed(body, "https://x.example/thing", None)

    assert feed.status is ParseStatus.NOT_A_FEED
    assert render(feed.message).startswith("This address did not return a feed we can read")


def test_parse_results_survive_a_trip_to_a_worker_process() -> None:
    feed = parse_feed(fixture("full.rss"), NEWSROOM, "application/rss+xml")

    assert pickle.loads(pickle.dumps(feed)) == feed


def test_a_body_that_looks_like_a_path_is_never_read_from_disk(tmp_path: Path) -> None:
    # feedparser.parse(bytes) tries open(bytes) first; we must hand it a stream.
    secret = tmp_path / "secret.xml"
    secret.write_bytes(fixture("no-dates.xml"))

    feed = parse_feed(str(secret).encode(), "https://x.example/feed", None)

    assert feed.status is ParseStatus.NOT_A_FEED
    assert feed.entries == []
