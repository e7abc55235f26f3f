"""The sources list (content/sources.txt): one URL a line, optional topic slugs after it.

    # comments and blank lines are allowed
    https://example.com/news/1  nissan-foxconn
    https://example.com/news/2  nissan-foxconn, ev-japan   # trailing comment
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from .article_file import TOPIC_SLUG
from .errors import ScrapeError
from .urls import is_web_url

_COMMENT = re.compile(r"(^|\s)#.*$")


@dataclass(frozen=True)
class SourceLine:
    """One entry, or the reason its line could not be read (reported as that entry's failure)."""

    where: str  # "path:line"
    url: str
    topics: tuple[str, ...] = ()
    error: str = ""


def read_sources(path: Path) -> list[SourceLine]:
    """Every entry of the file, in order; ScrapeError when the file itself cannot be read."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise ScrapeError(f"{path}: no such file") from None
    except UnicodeDecodeError:
        raise ScrapeError(f"{path}: not a UTF-8 text file") from None
    except OSError as exc:
        raise ScrapeError(f"{path}: cannot read ({exc.strerror or exc})") from None
    return [entry for number, line in enumerate(text.splitlines(), 1) if (entry := _parse(f"{path}:{number}", line))]


def _parse(where: str, line: str) -> SourceLine | None:
    words = _COMMENT.sub("", line).split()
    if not words:
        return None
    url = words[0]
    topics = tuple(dict.fromkeys(" ".join(words[1:]).replace(",", " ").split()))
    if not is_web_url(url):
        return SourceLine(where, url, error=f"{where}: not an http(s) URL: {url[:100]}")
    bad = [t for t in topics if not TOPIC_SLUG.match(t)]
    if bad:
        return SourceLine(where, url, error=f"{where}: not a topic slug: {bad[0][:60]}")
    return SourceLine(where, url, topics)
