"""Jinja filters the theme needs: partial dates, a topic's latest entry, an article's excerpt."""

from __future__ import annotations

import re
from datetime import date

from ..dates import first_day
from ..model import Briefing, Event, SourceDoc
from ..sources import html_to_text

EXCERPT_WORDS = 60  # a quotation's length, not a copy of the article
_SENTENCE_END = re.compile(r"[.!?][)\"”’]?(?= |$)")


def partial_date(value: str) -> str:
    """A YYYY, YYYY-MM or YYYY-MM-DD date as readers write it: "2024", "October 2024", "2 June 2025"."""
    day = first_day(value)
    precision = value.count("-")
    if precision == 0:
        return str(day.year)
    if precision == 1:
        return f"{day:%B} {day.year}"
    return f"{day.day} {day:%B} {day.year}"


def span_parts(start: str, end: str) -> tuple[str, str, str]:
    """The two ends of a range as readers write them, without repeating what both share, and
    the dash between: ("2", "–", "3 June 2025"), ("May", " – ", "June 2025"),
    ("December 2024", " – ", "February 2025")."""
    first, last = partial_date(start).split(" "), partial_date(end).split(" ")
    same_precision = start.count("-") == end.count("-")
    if same_precision and start[:7] == end[:7] and len(first) == 3:  # days of one month
        return first[0], "–", " ".join(last)
    if same_precision and start[:4] == end[:4] and len(first) > 1:  # within one year
        return " ".join(first[:-1]), " – ", " ".join(last)
    return " ".join(first), " – ", " ".join(last)


def iso_day(value: date | str) -> str:
    """The YYYY-MM-DD of a date or datetime (or of an ISO string), for <time datetime>.

    isoformat, not strftime: Pelican's dates re-implement strftime in Python (~6% of a rebuild,
    with a date on every article page, every source listed and every feed entry)."""
    return value[:10] if isinstance(value, str) else value.isoformat()[:10]


def latest_event(briefing: Briefing) -> Event | None:
    """The newest entry that happened: never a forecast or plan, nor one dated after the newest
    source (it cannot have happened yet); a key entry when there is one."""
    happened = [e for e in briefing.events
                if not e.expected and (not briefing.updated or e.start <= briefing.updated[:len(e.start)])]
    pool = [e for e in happened if e.key] or happened
    return max(pool, key=lambda e: (first_day(e.start), e.start.count("-")), default=None)


def source_numbers(sources: list[SourceDoc]) -> dict[str, int]:
    """Each source URL's number in the briefing's source list (1-based), for citations."""
    return {source.url: number for number, source in enumerate(sources, start=1)}


def cited_numbers(url_lists: list[list[str]], number: dict[str, int], limit: int) -> list[int]:
    """The source numbers a page links to, in order: each list's first `limit` numbers (as the
    `cite` macro shows them; the rest are behind its "+N" link)."""
    cited: set[int] = set()
    for urls in url_lists:
        cited.update(sorted(number[url] for url in urls if url in number)[:limit])
    return sorted(cited)


def key_numbers(events: list[Event]) -> list[int]:
    """The numbers (1-based) of the key entries on the complete timeline, in order: the briefing
    page links each key entry to its place there."""
    return [number for number, event in enumerate(events, start=1) if event.key]


def numbered_by_year(events: list[Event]) -> list[tuple[str, list[tuple[int, Event]]]]:
    """The complete timeline in sections by the year each entry starts, entries keeping their
    number on the whole timeline (1-based)."""
    years: dict[str, list[tuple[int, Event]]] = {}
    for number, event in enumerate(events, start=1):
        years.setdefault(event.start[:4], []).append((number, event))
    return list(years.items())


def excerpt(html: str, words: int = EXCERPT_WORDS) -> str:
    """The opening of an HTML text as plain text, about `words` long (see text_excerpt)."""
    return text_excerpt(html_to_text(html), words)


def text_excerpt(text: str, words: int = EXCERPT_WORDS) -> str:
    """The opening of a plain text, about `words` long: whole sentences when they fill at least
    half of it, with an ellipsis when there is more. Article pages take it from the text the
    plugin already has (article.briefing_text): converting every article's HTML again cost a
    warm rebuild of 1,000 articles half a second."""
    text = " ".join(text.split())
    tokens = text.split(" ")
    if len(tokens) <= words:
        return text
    cut = " ".join(tokens[:words])
    ends = [m.end() for m in _SENTENCE_END.finditer(cut)]
    if ends and ends[-1] >= len(cut) / 2:
        return cut[: ends[-1]] + " …"
    return cut.rstrip(",;:–—- ") + "…"


FILTERS = {
    "partial_date": partial_date, "span_parts": span_parts, "iso_day": iso_day,
    "latest_event": latest_event, "excerpt": excerpt, "text_excerpt": text_excerpt, "source_numbers": source_numbers,
    "numbered_by_year": numbered_by_year, "key_numbers": key_numbers, "cited_numbers": cited_numbers,
}
