"""Absolute, safe link targets: only http(s) and mailto survive, resolved against the page URL."""

from __future__ import annotations

from urllib.parse import quote, urljoin, urlsplit

_SAFE_SCHEMES = {"http", "https", "mailto"}
# Characters that would end or break a Markdown link target are percent-encoded.
_KEEP = "/:?#[]@!$&'*+,;=%~-._"


def absolute_url(href: str | None, base: str) -> str | None:
    """href resolved against base, or None when empty, unparsable or not http(s)/mailto."""
    if not href:
        return None
    href = "".join(ch for ch in href.strip() if ch >= " " and ch != "\x7f")
    if not href or href.startswith("#"):
        return None
    try:
        url = urljoin(base, href)
        scheme = urlsplit(url).scheme.lower()
    except ValueError:
        return None
    if scheme not in _SAFE_SCHEMES:
        return None
    return quote(url, safe=_KEEP)
