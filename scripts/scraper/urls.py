"""URL checks and the normal form used to recognise one page under slightly different spellings."""

from __future__ import annotations

from urllib.parse import quote, urlsplit, urlunsplit

_DEFAULT_PORTS = {"http": 80, "https": 443}
# Characters left as they are when making a URL safe to print inside an HTML attribute.
_URL_SAFE = "/:?#[]@!$&'()*+,;=%-._~"


def is_web_url(url: str) -> bool:
    """True for an absolute http(s) URL with a host."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    return parts.scheme.lower() in _DEFAULT_PORTS and bool(parts.hostname)


def normalise_url(url: str) -> str:
    """Lower-case scheme and host, no default port, no fragment, '/' for an empty path."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    port = parts.port
    netloc = host if port in (None, _DEFAULT_PORTS.get(scheme)) else f"{host}:{port}"
    return urlunsplit((scheme, netloc, parts.path or "/", parts.query, ""))


def host_key(url: str) -> str:
    """The politeness unit: scheme, host and port, as in normalise_url."""
    parts = urlsplit(normalise_url(url))
    return f"{parts.scheme}://{parts.netloc}"


def safe_url(url: str) -> str:
    """Percent-encode characters (quotes, spaces, angle brackets) that could break out of an href."""
    return quote(url.strip(), safe=_URL_SAFE)
