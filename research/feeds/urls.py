"""URL rules for feeds: which addresses may be fetched, joined, compared.

Only `http` and `https` are ever fetched or shown as links: `file:` would read
the user's disk, `data:`/`javascript:` carry payloads, and anything else is a
protocol we never meant to speak. This module decides, it does no I/O.

Why an address is refused is a `research.i18n.phrase`: a refresh stores it as
the feed's error, so it is shown (with `render`) in the reader's language.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit, urlunsplit

from research.i18n import phrase

ALLOWED_SCHEMES = frozenset({"http", "https"})

# "name:" at the start of what the user typed. Used to tell a scheme
# ("javascript:alert(1)") from a host with a port ("example.com:8080").
_SCHEME_PREFIX = re.compile(r"^([A-Za-z][A-Za-z0-9+.\-]*):")


def refusal_reason(url: str) -> str | None:
    """Why `url` must not be fetched, as a phrase (show it with
    `research.i18n.render`); None when it may be.

    Checked before any I/O and again for every redirect target.
    """
    if not url or not url.strip():
        return phrase("FeedAddress", "There is no address to fetch.")
    text = url.strip()
    if any(ch in text for ch in "\r\n\t\x00"):
        return phrase("FeedAddress", "The address contains control characters, so it was not fetched.")
    try:
        parts = urlsplit(text)
    except ValueError as error:
        return phrase(
            "FeedAddress", "The address could not be read ({error}), so it was not fetched.", error=str(error)
        )
    scheme = parts.scheme.lower()
    if scheme not in ALLOWED_SCHEMES:
        if not scheme:
            return phrase(
                "FeedAddress",
                "Only web addresses (http or https) are fetched; this one uses no scheme, so it was not fetched.",
            )
        return phrase(
            "FeedAddress",
            "Only web addresses (http or https) are fetched; this one uses {scheme}:, so it was not fetched.",
            scheme=scheme,
        )
    try:
        host = parts.hostname
        _ = parts.port  # raises ValueError for a port like ":99999" or ":abc"
    except ValueError:
        return phrase("FeedAddress", "The address has an invalid port, so it was not fetched.")
    if not host:
        return phrase("FeedAddress", "The address has no host name, so it was not fetched.")
    return None


def is_fetchable(url: str) -> bool:
    return refusal_reason(url) is None


def coerce_user_url(text: str) -> str:
    """Turn what a user typed ("acme.com/blog") into an absolute URL.

    A missing scheme becomes https. A real non-web scheme ("file:/etc/passwd",
    "javascript:...") is kept as typed so that `refusal_reason` refuses it,
    rather than being disguised as a host name.
    """
    value = text.strip()
    if not value:
        return value
    if value.startswith("//"):
        return "https:" + value
    match = _SCHEME_PREFIX.match(value)
    if match:
        rest = value[match.end() :]
        # "example.com:8080/x" is a host and port, not a scheme called example.com.
        looks_like_port = bool(re.match(r"^\d+(/|$|\?|#)", rest)) and "." in match.group(1)
        if not looks_like_port and match.group(1).lower() != "localhost":
            return value
    return "https://" + value


def absolute_http_url(base: str, href: str | None) -> str:
    """`href` resolved against `base`; empty when the result is not http(s).

    Feed links are shown and clicked, so a `javascript:` or `data:` link must
    not survive as a link.
    """
    if not href:
        return ""
    candidate = href.strip()
    if not candidate:
        return ""
    try:
        joined = urljoin(base, candidate) if base else candidate
        parts = urlsplit(joined)
    except ValueError:
        return ""
    if parts.scheme.lower() not in ALLOWED_SCHEMES or not parts.netloc:
        return ""
    return joined


def dedupe_key(url: str) -> str:
    """A key under which two spellings of the same feed address compare equal.

    Ignores the scheme (http and https usually serve the same feed), case of
    the host, a default port, a leading "www.", a trailing slash and the
    fragment. Used only for comparing, never for fetching.
    """
    try:
        parts = urlsplit(url.strip())
        host = (parts.hostname or "").lower()
        port = parts.port
    except ValueError:
        return url.strip().lower()
    host = host.removeprefix("www.")
    if port is not None and port not in (80, 443):
        host = f"{host}:{port}"
    path = parts.path.rstrip("/") or ""
    return urlunsplit(("", host, path, parts.query, ""))
