"""Saved pages read from disk (plain or gzipped), with the same size cap as fetched ones."""

from __future__ import annotations

import zlib
from pathlib import Path

from .errors import ScrapeError

_GZIP_MAGIC = b"\x1f\x8b"


def read_page(path: Path, max_bytes: int) -> bytes:
    """The page's bytes, gunzipped when the file is gzip (whatever its name says)."""
    try:
        with path.open("rb") as page:
            data = page.read(max_bytes + 1)
    except FileNotFoundError:
        raise ScrapeError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise ScrapeError(f"{path}: is a directory, not a saved page") from None
    except OSError as exc:
        raise ScrapeError(f"{path}: cannot read ({exc.strerror or exc})") from None
    if data.startswith(_GZIP_MAGIC) and len(data) <= max_bytes:
        data = _gunzip(path, data, max_bytes)
    if len(data) > max_bytes:
        raise ScrapeError(f"{path}: page too large (over the {max_bytes // (1024 * 1024)} MB cap)")
    if not data:
        raise ScrapeError(f"{path}: empty file")
    return data


def _gunzip(path: Path, data: bytes, max_bytes: int) -> bytes:
    """Decompress at most max_bytes + 1 bytes, so a gzip bomb cannot fill memory."""
    inflater = zlib.decompressobj(wbits=31)
    try:
        page = inflater.decompress(data, max_bytes + 1)
    except zlib.error as exc:
        raise ScrapeError(f"{path}: not a valid gzip file ({exc})") from None
    if len(page) <= max_bytes and not inflater.eof:
        raise ScrapeError(f"{path}: truncated gzip file")
    return page


def page_url(path: Path, url: str | None) -> str:
    """The URL a saved page is cleaned under: the one given, else the file's own file: URI."""
    return url or path.resolve().as_uri()


def naming_file(path: Path, url: str | None, message: str) -> str:
    """An error message about a saved page, reworded to name the file (the cleaner names the URL)."""
    for prefix in (page_url(path, url), url):
        if prefix and message.startswith(f"{prefix}: "):
            return f"{path}: {message[len(prefix) + 2 :]}"
    return message if message.startswith(f"{path}: ") else f"{path}: {message}"
