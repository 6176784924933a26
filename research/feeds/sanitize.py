"""Make feed HTML safe to show and turn it into plain text.

Feed HTML is written by strangers. What we keep must be safe to render and
must never make the viewer load a remote resource: an image or stylesheet
fetched while an SDR reads an item would tell the account who is researching
them (tracking pixels). So images become their alt text, and anything that
loads, runs or submits is removed. Sanitising is done by nh3 (Ammonia, Rust);
this module only chooses its settings and does small text clean-ups. It must
not fetch, parse feeds, or decide anything about content.
"""

from __future__ import annotations

import html
import re
from typing import Literal

import nh3

# What survives in displayed content: structure and emphasis, links (which do
# not load anything until clicked), tables. No img/picture/video/audio/source
# (remote loads), no style (CSS url() loads), no forms, no embeds.
ALLOWED_TAGS = frozenset(
    {
        "a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "dd", "del",
        "div", "dl", "dt", "em", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5",
        "h6", "hr", "i", "ins", "kbd", "li", "mark", "ol", "p", "pre", "q", "s",
        "samp", "small", "span", "strong", "sub", "sup", "table", "tbody", "td",
        "tfoot", "th", "thead", "time", "tr", "u", "ul",
    }
)  # fmt: skip
ALLOWED_ATTRIBUTES: dict[str, set[str]] = {
    "a": {"href", "title"},
    "abbr": {"title"},
    "ol": {"start"},
    "td": {"colspan", "rowspan"},
    "th": {"colspan", "rowspan"},
    "time": {"datetime"},
}
# Removed together with everything inside them: their content is code, a
# form, or a fallback that makes no sense without the element.
REMOVED_WITH_CONTENT = frozenset(
    {
        "script", "style", "iframe", "object", "embed", "applet", "template", "noembed",
        "noframes", "frameset", "form", "select", "textarea", "button", "math", "svg",
    }
)  # fmt: skip
LINK_SCHEMES = frozenset({"http", "https", "mailto"})
LINK_REL = "noopener noreferrer nofollow"

_IMG_TAG = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
_ALT_ATTR = re.compile(r"""\balt\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""", re.IGNORECASE)
# Tags after or before which a reader sees a line break or gap; stripping
# them bare would glue words ("end.</p><p>Next" -> "end.Next").
_BLOCK_BOUNDARY = re.compile(
    r"<(?:/?(?:p|div|br|li|ul|ol|h[1-6]|tr|td|th|table|blockquote|pre|section|article|"
    r"header|footer|dd|dt|figcaption|hr)\b[^>]*)>",
    re.IGNORECASE,
)
_WHITESPACE = re.compile(r"\s+")
_ENTITY = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});")

SUMMARY_LIMIT = 1000


def _image_to_alt(match: re.Match[str]) -> str:
    alt_match = _ALT_ATTR.search(match.group(0))
    if not alt_match:
        # An image without alt text is most often a tracking pixel or
        # decoration: drop it rather than litter the text with "[image]".
        return ""
    alt = html.unescape(next(g for g in alt_match.groups() if g is not None))
    alt = _WHITESPACE.sub(" ", alt).strip()
    return f" [image: {html.escape(alt)}] " if alt else ""


def sanitize_html(fragment: str, base_url: str = "") -> str:
    """Safe HTML to display: no scripts, styles, forms, embeds, event handlers or images.

    Images become "[image: alt text]". Relative links are resolved against
    `base_url` when it is an http(s) address and dropped otherwise.
    """
    if not fragment:
        return ""
    with_alts = _IMG_TAG.sub(_image_to_alt, fragment)
    url_relative: Literal["deny"] | tuple[Literal["rewrite_with_base"], str] = "deny"
    if base_url.lower().startswith(("http://", "https://")):
        url_relative = ("rewrite_with_base", base_url)
    try:
        cleaned = nh3.clean(
            with_alts,
            tags=set(ALLOWED_TAGS),
            clean_content_tags=set(REMOVED_WITH_CONTENT),
            attributes=ALLOWED_ATTRIBUTES,
            url_schemes=set(LINK_SCHEMES),
            link_rel=LINK_REL,
            strip_comments=True,
            url_relative=url_relative,
        )
    except ValueError:
        # A base URL nh3 cannot parse: keep only absolute links.
        cleaned = nh3.clean(
            with_alts,
            tags=set(ALLOWED_TAGS),
            clean_content_tags=set(REMOVED_WITH_CONTENT),
            attributes=ALLOWED_ATTRIBUTES,
            url_schemes=set(LINK_SCHEMES),
            link_rel=LINK_REL,
            url_relative="deny",
        )
    return cleaned.strip()


def html_to_text(fragment: str) -> str:
    """Readable plain text from an HTML fragment: tags gone, entities decoded, spaces collapsed."""
    if not fragment:
        return ""
    if "<" not in fragment and "&" not in fragment:
        return collapse_whitespace(fragment)
    spaced = _BLOCK_BOUNDARY.sub(" ", fragment)
    spaced = _IMG_TAG.sub(_image_to_alt, spaced)
    stripped = nh3.clean(spaced, tags=set(), clean_content_tags=set(REMOVED_WITH_CONTENT))
    # nh3 re-escapes text (& -> &amp;); one unescape gives the characters back.
    return collapse_whitespace(html.unescape(stripped))


def collapse_whitespace(text: str) -> str:
    return _WHITESPACE.sub(" ", text).strip()


def clean_title(raw: str, *, is_html: bool) -> str:
    """A one-line title: tags stripped, entities decoded, whitespace collapsed.

    Plain-text titles are only unescaped when they visibly contain entities:
    feeds that escape twice ("AT&amp;amp;T") are common, and a literal "&amp;"
    in a real title is not.
    """
    if not raw:
        return ""
    if is_html:
        return html_to_text(raw)
    text = html.unescape(raw) if _ENTITY.search(raw) else raw
    return collapse_whitespace(text)


def truncate_text(text: str, limit: int = SUMMARY_LIMIT) -> str:
    """Cut at a word boundary near `limit` characters, marking the cut with "…"."""
    if len(text) <= limit:
        return text
    cut = text[:limit]
    space = cut.rfind(" ")
    # Chinese has no spaces: cut mid-run rather than losing a fifth of the text.
    if space >= limit * 0.8:
        cut = cut[:space]
    return cut.rstrip(" ,;:.-") + "…"


def _is_han(code: int) -> bool:
    return 0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF or 0xF900 <= code <= 0xFAFF


def guess_language(text: str) -> str:
    """A cheap language guess for entries whose feed does not say: "zh", "ja", "ko" or "en".

    CJK scripts "dominate" when they are at least 30% of the letters (one
    Chinese character carries about a word, so a lower share than 50%
    already means mostly Chinese text). Kana means Japanese, Hangul Korean.
    Everything else is reported as "en": the app only needs to know whether
    English word lists apply.
    """
    letters = han = kana = hangul = 0
    for char in text:
        if not char.isalpha():
            continue
        letters += 1
        code = ord(char)
        if code < 0x1100:
            continue
        if _is_han(code):
            han += 1
        elif 0x3040 <= code <= 0x30FF:
            kana += 1
        elif 0xAC00 <= code <= 0xD7AF or 0x1100 <= code <= 0x11FF:
            hangul += 1
    cjk = han + kana + hangul
    if not letters or cjk / letters < 0.3:
        return "en"
    if kana >= 0.1 * cjk:
        return "ja"
    if hangul > han:
        return "ko"
    return "zh"
