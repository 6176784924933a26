"""Feed URL rules: which addresses are fetched, how typed addresses are read, duplicates."""

from __future__ import annotations

import pytest

from research.feeds.urls import absolute_http_url, coerce_user_url, dedupe_key, refusal_reason
from research.i18n import render


@pytest.mark.parametrize(
    "url",
    ["http://acme.example/feed", "https://acme.example:8443/rss.xml?x=1", "HTTPS://A.EXAMPLE/"],
)
def test_web_addresses_may_be_fetched(url: str) -> None:
    assert refusal_reason(url) is None


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "FILE:///C:/Windows/win.ini",
        "ftp://x.example/f",
        "gopher://x.example/",
        "data:,x",
        "javascript:alert(1)",
        "about:blank",
        "//acme.example/feed",
        "http:///nohost",
    ],
)
def test_everything_else_is_refused_with_a_reason(url: str) -> None:
    reason = refusal_reason(url)

    assert reason is not None
    assert "not fetched" in render(reason)


@pytest.mark.parametrize(
    ("typed", "url"),
    [
        ("acme.example", "https://acme.example"),
        ("acme.example/blog", "https://acme.example/blog"),
        ("acme.example:8080/feed", "https://acme.example:8080/feed"),
        ("localhost:8080/feed", "https://localhost:8080/feed"),
        ("127.0.0.1:8080/feed", "https://127.0.0.1:8080/feed"),
        ("//acme.example/feed", "https://acme.example/feed"),
        ("  http://acme.example/  ", "http://acme.example/"),
        # Real schemes are kept so that they are refused, not disguised as hosts.
        ("file:/etc/passwd", "file:/etc/passwd"),
        ("javascript:alert(1)", "javascript:alert(1)"),
    ],
)
def test_what_a_user_types_becomes_an_address(typed: str, url: str) -> None:
    assert coerce_user_url(typed) == url


def test_typed_local_paths_never_become_fetchable_files() -> None:
    assert refusal_reason(coerce_user_url("file:/etc/passwd")) is not None


@pytest.mark.parametrize(
    ("base", "href", "expected"),
    [
        ("https://a.example/blog/feed", "/post/1", "https://a.example/post/1"),
        ("https://a.example/blog/feed", "post/1", "https://a.example/blog/post/1"),
        ("https://a.example/blog/feed", "https://b.example/x", "https://b.example/x"),
        ("https://a.example/", "javascript:alert(1)", ""),
        ("https://a.example/", "mailto:press@a.example", ""),
        ("https://a.example/", "", ""),
        ("", "/relative-without-base", ""),
    ],
)
def test_links_are_made_absolute_and_only_web_links_survive(base: str, href: str, expected: str) -> None:
    assert absolute_http_url(base, href) == expected


def test_spellings_of_one_feed_address_compare_equal() -> None:
    keys = {
        dedupe_key(u)
        for u in (
            "https://acme.example/feed/",
            "http://acme.example/feed",
            "https://www.acme.example/feed",
            "https://ACME.example:443/feed#top",
        )
    }

    assert len(keys) == 1
    assert dedupe_key("https://acme.example/feed?page=2") not in keys
    assert dedupe_key("https://acme.example:8080/feed") not in keys
