"""Sanitising feed HTML and turning it into text: nothing runs, nothing loads, text reads well."""

from __future__ import annotations

import pytest

from research.feeds.sanitize import (
    clean_title,
    guess_language,
    html_to_text,
    sanitize_html,
    truncate_text,
)

BASE = "https://acme.example/blog/post"


@pytest.mark.parametrize(
    ("dirty", "must_not_contain"),
    [
        ('<script>alert("x")</script>ok', "alert"),
        ("<style>p{color:red}</style>ok", "color"),
        ('<p onclick="steal()">ok</p>', "onclick"),
        ('<a href="javascript:alert(1)">ok</a>', "javascript"),
        ('<a href="data:text/html;base64,PHNjcmlwdD4=">ok</a>', "data:"),
        ('<iframe src="https://evil.example/">fallback</iframe>ok', "evil.example"),
        ('<object data="x.swf"><embed src="x.swf"></object>ok', "swf"),
        ('<form action="https://evil.example"><input name="p"></form>ok', "input"),
        ('<div style="background:url(https://t.example/p.gif)">ok</div>', "t.example"),
        ('<img src="https://t.example/pixel.gif" width="1" height="1">ok', "t.example"),
        ('<picture><source srcset="https://t.example/a.webp"></picture>ok', "t.example"),
        ('<video poster="https://t.example/p.jpg" src="v.mp4"></video>ok', "t.example"),
        ('<link rel="stylesheet" href="https://t.example/s.css">ok', "t.example"),
        ('<svg><image href="https://t.example/i.png"/></svg>ok', "t.example"),
        ('<table background="https://t.example/bg.png"><tr><td>ok</td></tr></table>', "t.example"),
    ],
)
def test_nothing_that_runs_or_loads_survives(dirty: str, must_not_contain: str) -> None:
    clean = sanitize_html(dirty, BASE)

    assert must_not_contain not in clean
    assert "ok" in clean


def test_images_become_their_alt_text_and_pixels_disappear() -> None:
    clean = sanitize_html(
        '<p>Before <img src="/chart.png" alt="Revenue &amp; growth chart"> after'
        '<img src="https://t.example/1x1.gif"></p>',
        BASE,
    )

    assert clean == "<p>Before  [image: Revenue &amp; growth chart]  after</p>"


def test_links_are_kept_absolute_and_do_not_leak_the_referrer() -> None:
    clean = sanitize_html('<a href="../pricing">Pricing</a>', BASE)

    assert clean == ('<a href="https://acme.example/pricing" rel="noopener noreferrer nofollow">Pricing</a>')


def test_relative_links_without_a_usable_base_are_dropped() -> None:
    assert "href" not in sanitize_html('<a href="/x">x</a>', "")


def test_structure_and_emphasis_survive() -> None:
    html = "<h2>Title</h2><ul><li><strong>One</strong></li></ul><blockquote>Q</blockquote>"

    assert sanitize_html(html, BASE) == html


def test_html_to_text_keeps_words_apart_and_decodes_entities() -> None:
    text = html_to_text(
        "<p>First paragraph.</p><p>Second&nbsp;one &amp; more<br>line</p>"
        "<script>var hidden = 1;</script><ul><li>a</li><li>b</li></ul>"
    )

    assert text == "First paragraph. Second one & more line a b"


def test_html_to_text_leaves_plain_text_alone() -> None:
    assert html_to_text("  plain   text\n\twith spaces ") == "plain text with spaces"


@pytest.mark.parametrize(
    ("raw", "is_html", "expected"),
    [
        ("<b>Acme</b> wins   award", True, "Acme wins award"),
        ("Q&amp;A with the &lt;CEO&gt;", True, "Q&A with the <CEO>"),
        ("x < y and a > b", False, "x < y and a > b"),
        ("AT&amp;T signs\n deal", False, "AT&T signs deal"),
        ("", True, ""),
    ],
)
def test_titles_become_one_clean_line(raw: str, is_html: bool, expected: str) -> None:
    assert clean_title(raw, is_html=is_html) == expected


def test_long_text_is_cut_at_a_word_with_an_ellipsis() -> None:
    text = "word " * 400

    cut = truncate_text(text.strip(), 1000)

    assert len(cut) <= 1001
    assert cut.endswith("word…")


def test_chinese_text_without_spaces_is_cut_at_the_limit() -> None:
    cut = truncate_text("公司" * 600, 1000)

    assert cut == "公司" * 500 + "…"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("华星科技宣布完成5亿元C轮融资", "zh"),
        ("Acme 在深圳开设新办公室，扩大华南销售团队", "zh"),
        ("東京で新製品を発表しました", "ja"),
        ("삼성전자가 새로운 공장을 발표했습니다", "ko"),
        ("Acme opens an office in Shenzhen (深圳)", "en"),
        ("Müller eröffnet Filiale", "en"),
        ("", "en"),
    ],
)
def test_language_guess_follows_the_dominant_script(text: str, language: str) -> None:
    assert guess_language(text) == language
