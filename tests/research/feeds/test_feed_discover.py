"""Feed discovery on a real local site: head links, page links, common paths, ranking."""

from __future__ import annotations

import socket

import requests
from support.feedserver import FeedServer, Reply, fixture, redirect, status

from research.feeds.discover import discover_feeds, discover_feeds_report

COMMENTS_RSS = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>Comments on Acme</title>
<link>https://acme.example/</link><item><title>Re: robots</title><link>https://acme.example/c/1</link>
</item></channel></rss>"""


class NoNetworkSession(requests.Session):
    def send(self, request: requests.PreparedRequest, **kwargs: object) -> requests.Response:
        raise AssertionError(f"a request was sent to {request.url}")


def _acme_site(server: FeedServer) -> None:
    html = fixture("homepage.html")
    server.add("/", Reply(html, content_type="text/html; charset=utf-8"))
    server.add("/newsroom/feed.xml", Reply(fixture("full.rss")))
    server.add("/comments/atom.xml", Reply(COMMENTS_RSS))
    server.add("/missing.xml", status(404))
    server.add("/engineering/rss", Reply(fixture("atom.xml"), content_type="application/atom+xml"))
    server.add("/updates.json", Reply(fixture("feed.json"), content_type="application/feed+json"))
    server.add("/about", Reply(b"<html><body>About us</body></html>", content_type="text/html"))
    # Guessed paths: one more feed, and one that is the newsroom feed again.
    server.add("/rss.xml", Reply(fixture("no-dates.xml")))
    server.add("/feed", redirect("/newsroom/feed.xml", status=301))


def test_feeds_are_found_verified_and_ranked(server: FeedServer, session: requests.Session) -> None:
    _acme_site(server)

    found = discover_feeds(session, server.url("/"))

    assert [(c.url.removeprefix(server.base_url), c.source, c.kind) for c in found] == [
        ("/newsroom/feed.xml", "link-alternate", "rss"),
        ("/engineering/rss", "anchor", "atom"),
        ("/updates.json", "anchor", "json"),
        ("/comments/atom.xml", "link-alternate", "rss"),
        ("/rss.xml", "common-path", "rss"),
    ]
    newsroom, engineering, updates, comments, guessed = found
    assert newsroom.title == "Acme Robotics & Automation — Newsroom"
    assert newsroom.entries == 5
    assert "the page declares it as its feed" in newsroom.reason
    assert "newsroom" in newsroom.reason.lower()
    assert engineering.title == "Globex Engineering Blog"
    assert updates.title == "Initech Updates"
    assert "comments feed" in comments.reason
    assert guessed.title == "Undated Inc"
    assert [c.score for c in found] == sorted((c.score for c in found), reverse=True)


def test_dead_links_and_web_pages_are_not_offered_and_are_explained(
    server: FeedServer, session: requests.Session
) -> None:
    _acme_site(server)

    report = discover_feeds_report(session, server.url("/"))

    urls = [c.url for c in report.candidates]
    assert server.url("/missing.xml") not in urls
    assert not any("feedback" in u or u.endswith("/about") for u in urls)
    assert any(p.startswith(server.url("/missing.xml")) and "404" in p for p in report.problems)
    assert report.message == "Found 5 feeds."
    # Links that merely mention "feedback" are not feed links.
    assert server.hits("/feedback") == []


def test_probing_stays_bounded_and_on_the_site(server: FeedServer, session: requests.Session) -> None:
    server.add("/", Reply(b"<html><body>No feeds here</body></html>", content_type="text/html"))

    report = discover_feeds_report(session, server.url("/"), max_probes=12)

    assert report.candidates == []
    assert "No feed was found" in report.message
    assert 1 < len(server.requests) <= 13
    assert report.checked == len(server.requests)


def test_a_feed_address_is_returned_directly(server: FeedServer, session: requests.Session) -> None:
    url = server.add("/newsroom/feed.xml", Reply(fixture("full.rss")))

    found = discover_feeds(session, url)

    assert [(c.url, c.source, c.score) for c in found] == [(url, "direct", 110)]
    assert len(server.requests) == 1


def test_a_section_page_has_its_own_feed_path_tried_first(server: FeedServer, session: requests.Session) -> None:
    server.add("/press", Reply(b"<html><body>Press releases</body></html>", content_type="text/html"))
    server.add("/press/feed", Reply(fixture("no-dates.xml")))

    found = discover_feeds(session, server.url("/press"), max_probes=3)

    assert [c.url for c in found] == [server.url("/press/feed")]
    assert "mentions \u201cpress\u201d" in found[0].reason


def test_a_refused_address_is_never_fetched() -> None:
    with NoNetworkSession() as session:
        report = discover_feeds_report(session, "file:///etc/passwd")

    assert report.candidates == []
    assert "file:" in report.message


def test_an_unreachable_site_is_tried_once(session: requests.Session) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]

    report = discover_feeds_report(session, f"http://127.0.0.1:{port}/", timeout=(1.0, 1.0))

    assert report.candidates == []
    assert report.checked == 1
    assert "Could not reach the server" in report.message
