"""Company domains: normalise what users paste into one comparable form.

"https://www.Acme.co.uk/about" and "acme.co.uk" are the same account. The
registrable domain needs the public suffix list; tldextract ships a snapshot
of it, and we build the extractor with no suffix-list URLs so it never tries
the network (researching offline must work, and must not leak).
"""

from __future__ import annotations

import functools
import re
from urllib.parse import urlsplit

import tldextract

_EMAIL_RE = re.compile(r"^[^@\s]+@([^@\s]+)$")
# Letters of any script, digits, hyphens and dots: what a host name may hold.
_HOST_RE = re.compile(r"^[\w-]+(\.[\w-]+)*$")
#: "acme.com": one dot, ASCII letters, digits and hyphens (most hosts an import sees)
_PLAIN_HOST_RE = re.compile(r"[a-z0-9-]+\.[a-z0-9-]+")


@functools.cache
def _extractor() -> tldextract.TLDExtract:
    # suffix_list_urls=() and cache_dir=None: bundled snapshot only, no I/O.
    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


def normalise_domain(text: str) -> str:
    """The registrable domain of a URL, host or e-mail address; '' when there is none.

    Lower case, no scheme, no "www.", no path or port. Subdomains other than
    www are dropped too (blog.acme.com → acme.com) because accounts are
    companies, not sites. IP addresses and intranet names are kept as given.
    """
    text = (text or "").strip().lower()
    if not text:
        return ""
    if _PLAIN_HOST_RE.fullmatch(text) and not text.startswith("www."):
        # Already a registrable domain, or a public suffix, or a name with no known suffix:
        # with a single dot every one of these is returned as given (an import has 10,000
        # of them, and the URL parser and the suffix lookup cost ~25 µs each).
        return text
    email = _EMAIL_RE.match(text)
    if email:
        text = email.group(1)
    if "://" not in text:
        text = "http://" + text
    try:
        host = urlsplit(text).hostname or ""
    except ValueError:
        return ""
    host = host.strip(".")
    if not host or not _HOST_RE.match(host):
        return ""
    parts = _extractor()(host)
    if parts.domain and parts.suffix:
        return f"{parts.domain}.{parts.suffix}"
    return host.removeprefix("www.")


def website_for(domain: str) -> str:
    return f"https://{domain}" if domain else ""


def domain_of_email(email: str) -> str:
    match = _EMAIL_RE.match((email or "").strip().lower())
    return normalise_domain(match.group(1)) if match else ""
