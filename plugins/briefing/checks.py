"""What can be wrong in an editor's files, found without building: one Problem per line at fault.

Topic files (content/topics/<slug>.md) and article files (content/articles/*.md) are Markdown
with a metadata header, read the way Python-Markdown's meta extension reads it (Pelican's
reader): `Key: value` lines up to the first blank line, an indented line continuing the key
above, and the first line that is neither ending the header. The build (plugin.py, through
report.py) and `scripts/topic.py check` share these checks, so a file that passes the check
also passes the build.
"""

from __future__ import annotations

import difflib
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from .topics import TOPIC_KEYS, VALUE_CHECKS, TopicValueError, why_not_a_date

_META = re.compile(r"^[ ]{0,3}(?P<key>[A-Za-z0-9_-]+):\s*(?P<value>.*)")
_MORE = re.compile(r"^[ ]{4,}(?P<value>.*)")
TOPIC_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_WEB_URL = re.compile(r"^https?://[^\s/]+", re.IGNORECASE)
_ISO_EXAMPLE = "an ISO 8601 date like 2025-06-03T09:12:41+00:00 or 2025-06-03"
_LISTED = 20  # topic slugs named in a message
# The keys of an article file (the scraper writes them; an editor may add Partial).
ARTICLE_KEYS = ("Title", "Date", "Modified", "Authors", "Publisher", "Original_url", "Topics", "Lang", "Slug", "Raw",
                "Content_sha256", "Partial")


@dataclass(frozen=True)
class Problem:
    """One thing wrong in one file: where (line 0: the file as a whole), what, and what would be right."""

    path: str
    line: int
    what: str
    expected: str = ""
    severity: str = "error"  # "error" stops the build; "warning" stops only the production build

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.what}" + (f"; expected {self.expected}" if self.expected else "")

    @property
    def is_error(self) -> bool:
        return self.severity == "error"


@dataclass(frozen=True)
class HeaderLine:
    """One metadata value and the line it is on (a continuation line is a value of its own)."""

    line: int
    key: str  # as written
    value: str


@dataclass(frozen=True)
class Header:
    """A file's metadata lines, and the line that ended the header when it was not a blank line."""

    lines: tuple[HeaderLine, ...]
    stopped_at: int = 0  # a line that is not `Key: value` ended the header; 0: a blank line did

    def values(self, key: str) -> list[HeaderLine]:
        return [line for line in self.lines if line.key.lower() == key.lower()]


def read_header(text: str) -> Header:
    """The metadata header of a Markdown content file, line by line."""
    lines: list[HeaderLine] = []
    for number, line in enumerate(text.removeprefix("\N{BYTE ORDER MARK}").split("\n"), 1):
        line = line.rstrip("\r")
        if not line.strip():
            return Header(tuple(lines))
        meta = _META.match(line)
        more = _MORE.match(line)
        if meta:
            lines.append(HeaderLine(number, meta["key"], meta["value"].strip()))
        elif more and lines:
            lines.append(HeaderLine(number, lines[-1].key, more["value"].strip()))
        else:
            return Header(tuple(lines), number)
    return Header(tuple(lines))


def display_path(path: str | os.PathLike[str]) -> str:
    """A file as an editor names it: relative to the working folder when under it."""
    absolute = os.path.abspath(path)
    relative = os.path.relpath(absolute)
    return absolute if relative.startswith("..") else relative


def check_topic(path: str, text: str) -> list[Problem]:
    """Every problem of one topic file: unusable values (errors), unknown keys and no title (warnings)."""
    header = read_header(text)
    problems = _header_problems(path, text, header, TOPIC_KEYS, "'Title: <the briefing's headline>'")
    known = {key.lower() for key in TOPIC_KEYS}
    for entry in header.lines:
        key = entry.key.lower()
        if key not in known:
            problems.append(Problem(path, entry.line, f"unknown key {entry.key}", _one_of(entry.key, TOPIC_KEYS), "warning"))
        elif (check := VALUE_CHECKS.get(key)) is not None and entry.value:
            try:
                check(entry.value)
            except TopicValueError as error:
                problems.append(located(path, entry.line, error))
    if header.lines and not header.values("title"):
        problems.append(Problem(path, 1, "no Title: line, so the page is titled with the file name",
                                "'Title: <the briefing's headline>' in the header", "warning"))
    if not TOPIC_SLUG.match(Path(path).stem):
        problems.append(Problem(path, 0, f"{Path(path).name}: the file name is not a topic slug, so no scraped article can name it",
                                "lower-case letters, digits and dashes, e.g. google-stadia.md", "warning"))
    return problems


def located(path: str, line: int, error: TopicValueError) -> Problem:
    """A topic value's error at the line holding it."""
    return Problem(path, line, f"{error.key}: {error.value}: {error.problem}", error.expected)


def line_of(text: str, key: str, value: str = "") -> int:
    """The header line holding `key` (and `value`, when given), else 0."""
    entries = read_header(text).values(key)
    for entry in entries:
        if not value or entry.value == value.strip():
            return entry.line
    return entries[0].line if entries else 0


def check_article(path: str, text: str, topics: Sequence[str] | None = None, folder: str = "") -> list[Problem]:
    """Every problem of one article file; `topics` (the slugs of the topic files in `folder`) also
    flags unknown topics."""
    from pelican.utils import get_date  # the date parser Pelican's reader uses: what passes here passes the build

    header = read_header(text)
    problems = _header_problems(path, text, header, ARTICLE_KEYS, "'Title: <the article's headline>'")
    if not header.lines:
        return problems
    for key, expected in (("Title", "'Title: <the article's headline>'"), ("Date", _ISO_EXAMPLE)):
        if not [entry for entry in header.values(key) if entry.value]:
            problems.append(Problem(path, 1, f"no {key}: line, so Pelican skips the article", f"{expected} in the header"))
    for key in ("Date", "Modified"):
        for entry in header.values(key):
            try:
                _is_iso(entry.value) or not entry.value or get_date(entry.value)
            except (ValueError, OverflowError):
                problems.append(Problem(path, entry.line, f"{entry.key}: {entry.value}: not a date{why_not_a_date(entry.value)}", _ISO_EXAMPLE))
    for entry in header.values("Original_url"):
        if not _WEB_URL.match(entry.value):
            problems.append(Problem(path, entry.line, f"{entry.key}: {entry.value}: not an http(s) URL",
                                    "the address the article was scraped from, e.g. 'Original_url: https://example.com/news/1'"))
    for entry in header.values("Topics"):
        for slug in (s.strip() for s in entry.value.split(",") if s.strip()):
            if not TOPIC_SLUG.match(slug):
                problems.append(Problem(path, entry.line, f"Topics: {slug!r} is not a topic slug",
                                        "lower-case letters, digits and dashes, comma-separated"))
            elif topics is not None and slug not in topics:
                problems.append(unknown_topic(path, entry.line, slug, topics, folder))
    return problems


def unknown_topic(path: str, line: int, slug: str, topics: Sequence[str], folder: str, named_by: int = 1) -> Problem:
    """An article naming a topic that has no topic file: its entries would have no briefing."""
    others = f", named by {named_by - 1} more articles too" if named_by > 1 else ""
    return Problem(path, line, f"Topics: {slug}: no such topic (no {display_path(os.path.join(folder, slug + '.md'))}{others})",
                   f"{known_slugs(topics)}, or create the topic with scripts/topic.py new", "warning")


def _is_iso(value: str) -> bool:
    """An ISO 8601 date, as the scraper writes them: a fast yes that Pelican's slower parser agrees with."""
    try:
        datetime.fromisoformat(value)
    except ValueError:
        return False
    return True


def unknown_topics(named: Iterable[tuple[str, Sequence[str]]], topics: Sequence[str], folder: str) -> list[Problem]:
    """One warning per slug that articles (path, slugs named) name but no topic file in `folder`
    defines, at the Topics: line of the first article naming it."""
    by_slug: dict[str, list[str]] = {}
    for path, slugs in named:
        for slug in slugs:
            if slug not in topics:
                by_slug.setdefault(slug, []).append(path)
    return [unknown_topic(display_path(paths[0]), _topics_line(paths[0]), slug, topics, folder, len(paths))
            for slug, paths in by_slug.items()]


def _topics_line(path: str) -> int:
    try:
        return line_of(Path(path).read_text(encoding="utf-8"), "Topics")
    except (OSError, UnicodeDecodeError):
        return 0


def known_slugs(topics: Sequence[str]) -> str:
    """The known topic slugs for a message, the first few when there are many."""
    if not topics:
        return "a topic (there are none yet)"
    shown = ", ".join(sorted(topics)[:_LISTED])
    return f"one of {shown}" + (f" and {len(topics) - _LISTED} more" if len(topics) > _LISTED else "")


def empty_topic(path: str, slug: str, match: Iterable[str]) -> Problem:
    """A topic no article belongs to: a warning, and the topic is not published."""
    keywords = ", ".join(match)
    why = f"or mentions its Match keywords: {keywords}" if keywords else "and it has no Match keywords"
    return Problem(path, 0, f"topic {slug} has no articles (none names it in Topics: {why}); not published",
                   f"articles scraped with --topic {slug}, or Match keywords they mention", "warning")


def _header_problems(path: str, text: str, header: Header, keys: Sequence[str], first: str) -> list[Problem]:
    """A missing header, or one cut short by a line that is not `Key: value` while metadata follows it."""
    if not header.lines:
        return [Problem(path, 1, "no metadata header", f"{first} and the other 'Key: value' lines, a blank line, then the text")]
    if header.stopped_at:
        lines = text.split("\n")
        rest = lines[header.stopped_at :]
        block = rest[: next((i for i, line in enumerate(rest) if not line.strip()), len(rest))]
        known = {key.lower() for key in keys}
        if any((meta := _META.match(line)) and meta["key"].lower() in known for line in block):
            bad = lines[header.stopped_at - 1].strip()
            return [Problem(path, header.stopped_at, f"{bad[:60]!r} is not a 'Key: value' line, so the header ends here and the lines after it are read as text",
                            "'Key: value' (a colon after the key), or a blank line between the header and the text")]
    return []


def _one_of(key: str, keys: Sequence[str]) -> str:
    close = difflib.get_close_matches(key.lower(), [k.lower() for k in keys], n=1)
    suggestion = next((k for k in keys if close and k.lower() == close[0]), "")
    return f"{suggestion} (a typo?)" if suggestion else "one of " + ", ".join(keys)
