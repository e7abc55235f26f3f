"""The key timeline: the few entries a reader needs, chosen from the complete timeline.

A timeline is read by its dates, so the choice is made date first, as journalists' timelines
and date-wise timeline summarisation do: the dates that matter are those the sources make
much of, and each gets its best-supported entry.

- A date's *evidence* counts independent sources (one per publisher: syndicated copies and a
  publisher's follow-ups count once): those that state something happened on exactly that date
  (a dated sentence other than a lede), half those whose lede reports it (a lede is dated to
  what it reports, else its publication day), and, for a day, half those published on it (news
  volume follows events).
- An entry's *importance* is its date's evidence divided by how vague the date is (the square
  root of the days it covers: a month named by many sources says less of when than a day). A
  forecast or plan (`expected`) counts EXPECTED_WEIGHT of that: what happened comes first, and so
  does BACKGROUND_WEIGHT an entry over more than BACKGROUND_DAYS before the first source was
  published: the story's news before the history its articles recall. The
  entry's own sources decide between entries of one date (below), not between dates: counted
  across dates they favour background facts every article repeats over the day's news.
- The key timeline holds, for the `size` dates of most evidence, each date's most important
  entry (then: what happened, the better-formed wording, more sources, the shorter): one entry per date an entry starts
  on, so that the few entries a reader gets cover as many moments of the story as they can; a
  size larger than the dates takes the dates' other entries, most important first. The
  editor's pins are always key. Entries stay in date order.
- Without the topic's Timeline_size the size follows the story: every date whose best entry
  reaches DEFAULT_MIN_EVIDENCE (a day two independent sources make something of), at least
  MIN_DEFAULT_SIZE entries (or all there are), at most MAX_DEFAULT_SIZE; the editor's pins come on
  top of that (with a Timeline_size they count toward it).
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import replace
from datetime import date, timedelta

from .dates import day_span
from .events import Statement
from .model import Event, SourceDoc
from .wording import form_score

MAX_DEFAULT_SIZE = 30
MIN_DEFAULT_SIZE = 8
DEFAULT_MIN_EVIDENCE = 2.0  # a date two independent sources make something of
LEDE_WEIGHT = 0.5
PUBLISHED_WEIGHT = 0.5
EXPECTED_WEIGHT = 0.5
BACKGROUND_DAYS = 30
BACKGROUND_WEIGHT = 0.5

When = tuple[str, str | None]
_DAY = re.compile(r"\d{4}-\d\d-\d\d$")


def mark_key(events: list[Event], statements: Iterable[Statement], sources: list[SourceDoc],
             size: int | None) -> list[Event]:
    """The same entries (same order), each with its importance and whether it is on the key timeline."""
    voice = {s.url: s.voice for s in sources}
    evidence = date_evidence(statements, sources)
    first_published = min((s.published.date() for s in sources), default=None)
    news_from = first_published - timedelta(days=BACKGROUND_DAYS) if first_published else date.min
    scored = [replace(e, importance=_importance(e, evidence, news_from)) for e in events]
    by_date: dict[str, list[int]] = defaultdict(list)  # by the day, month or year an entry starts
    for i, event in enumerate(scored):
        if not event.pinned:
            by_date[event.start].append(i)
    for entries in by_date.values():
        entries.sort(key=lambda i: _preference(scored[i], voice), reverse=True)
    pins = [i for i, e in enumerate(scored) if e.pinned]
    if size is None:
        size = default_size([scored[entries[0]].importance for entries in by_date.values()],
                            len(scored) - len(pins)) + len(pins)
    # each date's best entry, most important first; then, if the size allows, the dates' others
    candidates = sorted(((rank, -scored[i].importance, scored[i].start, i)
                         for entries in by_date.values() for rank, i in enumerate(entries)))
    chosen = set(pins) | {i for *_, i in candidates[: max(0, size - len(pins))]}
    return [replace(e, key=i in chosen) for i, e in enumerate(scored)]


def default_size(importances: list[float], entries: int) -> int:
    """How many key entries a story gets when the editor sets none (see the module docstring):
    `importances` are those of each date's best entry, `entries` counts all extracted ones."""
    strong = sum(1 for value in importances if value >= DEFAULT_MIN_EVIDENCE)
    return min(MAX_DEFAULT_SIZE, max(strong, min(MIN_DEFAULT_SIZE, entries)))


def date_evidence(statements: Iterable[Statement], sources: list[SourceDoc]) -> dict[When, float]:
    """How much independent sources make of each date (the module docstring gives the weights)."""
    stated: dict[When, set[str]] = defaultdict(set)
    reported: dict[When, set[str]] = defaultdict(set)
    for s in statements:
        if s.start:
            (reported if s.lede else stated)[(s.start, s.end)].add(s.source.voice)
    published: dict[When, set[str]] = defaultdict(set)
    for source in sources:
        published[(source.published.date().isoformat(), None)].add(source.voice)
    whens = stated.keys() | reported.keys()
    return {
        when: len(stated[when]) + LEDE_WEIGHT * len(reported[when])
        + (PUBLISHED_WEIGHT * len(published[when]) if _DAY.match(when[0]) and when[1] is None else 0.0)
        for when in whens
    }


def _importance(event: Event, evidence: dict[When, float], news_from: date) -> float:
    if event.pinned:
        return 0.0
    value = _evidence_of(event, evidence) / _vagueness(event)
    if day_span(event.start, event.end)[1] < news_from:
        value *= BACKGROUND_WEIGHT
    return value * EXPECTED_WEIGHT if event.expected else value


def _evidence_of(event: Event, evidence: dict[When, float]) -> float:
    """The evidence of the entry's date; an entry of ledes published on several days spans those
    days without any source naming the span, so it takes that of its best-attested day."""
    when = (event.start, event.end)
    if when in evidence or not (event.end and _DAY.match(event.start) and _DAY.match(event.end)):
        return evidence.get(when, 0.0)
    first, last = day_span(event.start, event.end)
    return max(evidence.get((day.isoformat(), None), 0.0)
               for day in (first + timedelta(days=n) for n in range((last - first).days + 1)))


def _vagueness(event: Event) -> float:
    """The square root of the days a date covers (1 for a day, about 5.5 for a month, 19 for a
    year): a date that many sources name loosely says less of when something happened than a day."""
    first, last = day_span(event.start, event.end)
    return math.sqrt(max(0, (last - first).days) + 1)


def _preference(event: Event, voice: dict[str, str]) -> tuple:
    """Which entry speaks for the date it starts on: the more important (a day before the span
    that starts on it), what happened, the better formed (to a tenth), more sources, shorter."""
    own = len({voice.get(url, url) for url in event.sources})
    return event.importance, not event.expected, round(form_score(event.text), 1), own, -len(event.text)
