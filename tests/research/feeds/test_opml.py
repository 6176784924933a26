"""OPML import and export: folders per account, round trip, entity tricks refused."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from research.feeds.opml import OpmlError, OpmlOutline, parse_opml, write_opml

READER_EXPORT = b"""<?xml version="1.0" encoding="UTF-8"?>
<opml version="1.0">
  <head><title>My subscriptions</title></head>
  <body>
    <outline text="Acme" title="Acme">
      <outline type="rss" text="Acme Newsroom" xmlUrl="https://acme.example/news/feed"
               htmlUrl="https://acme.example/news"/>
      <outline text="Engineering">
        <outline type="atom" title="Acme Eng" xmlUrl="https://acme.example/eng/atom.xml"/>
      </outline>
    </outline>
    <outline type="rss" text="Loose feed" xmlUrl="http://loose.example/rss"/>
    <outline type="rss" text="Sneaky" xmlUrl="file:///etc/passwd"/>
    <outline text="Empty folder"/>
  </body>
</opml>
"""


def test_feeds_are_read_with_their_folders() -> None:
    outlines = parse_opml(READER_EXPORT)

    assert [(o.title, o.xml_url, o.group) for o in outlines] == [
        ("Acme Newsroom", "https://acme.example/news/feed", "Acme"),
        ("Acme Eng", "https://acme.example/eng/atom.xml", "Acme / Engineering"),
        ("Loose feed", "http://loose.example/rss", ""),
        ("Sneaky", "file:///etc/passwd", ""),
    ]
    assert outlines[0].html_url == "https://acme.example/news"
    assert outlines[1].kind == "atom"


def test_a_non_web_feed_address_is_listed_with_the_reason_it_will_be_skipped() -> None:
    sneaky = parse_opml(READER_EXPORT)[-1]

    assert "file:" in sneaky.problem
    assert all(not o.problem for o in parse_opml(READER_EXPORT)[:-1])


def test_export_groups_feeds_per_account_and_reads_back_the_same() -> None:
    groups = {
        "Acme Robotics": [("Acme Newsroom", "https://acme.example/news/feed")],
        "华星科技 & Co <HK>": [
            ("新闻中心", "https://huaxing.example/rss?lang=zh&x=1"),
            ("", "https://huaxing.example/blog.xml"),
        ],
    }

    data = write_opml(groups, now=datetime(2026, 11, 23, 9, 0, tzinfo=UTC))

    assert data.startswith(b'<?xml version="1.0" encoding="UTF-8"?>')
    assert b"Mon, 23 Nov 2026 09:00:00 GMT" in data
    assert parse_opml(data) == [
        OpmlOutline("Acme Newsroom", "https://acme.example/news/feed", "", "Acme Robotics", "rss"),
        OpmlOutline("新闻中心", "https://huaxing.example/rss?lang=zh&x=1", "", "华星科技 & Co <HK>", "rss"),
        OpmlOutline(
            "https://huaxing.example/blog.xml",
            "https://huaxing.example/blog.xml",
            "",
            "华星科技 & Co <HK>",
            "rss",
        ),
    ]


def test_control_characters_in_titles_do_not_break_the_export() -> None:
    data = write_opml({"Bad\x00name\x1b": [("Ti\x0ctle", "https://x.example/feed")]})

    assert [(o.title, o.group) for o in parse_opml(data)] == [("Title", "Badname")]


@pytest.mark.parametrize(
    "payload",
    [
        b'<?xml version="1.0"?><!DOCTYPE opml [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        b'<opml><body><outline text="&x;" xmlUrl="https://a.example/f"/></body></opml>',
        b'<?xml version="1.0"?><!DOCTYPE opml [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;">]>'
        b'<opml><body><outline text="&b;" xmlUrl="https://a.example/f"/></body></opml>',
        b'<?xml version="1.0"?><!DOCTYPE opml SYSTEM "https://evil.example/opml.dtd"><opml><body/></opml>',
    ],
)
def test_doctype_and_entity_declarations_are_refused(payload: bytes) -> None:
    with pytest.raises(OpmlError, match="DOCTYPE or entities"):
        parse_opml(payload)


@pytest.mark.parametrize(
    ("payload", "words"),
    [
        (b"", "not well-formed"),
        (b"<opml><body><outline", "not well-formed"),
        (b'<rss version="2.0"><channel/></rss>', "not OPML"),
        (b"hello", "not well-formed"),
    ],
)
def test_files_that_are_not_opml_get_a_clear_error(payload: bytes, words: str) -> None:
    with pytest.raises(OpmlError, match=words):
        parse_opml(payload)
