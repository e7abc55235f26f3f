"""Which dates each sentence of an article states, resolved against its publication date.

The tagger runs once per paragraph (its spans are paragraph offsets, like the sentences').
A sentence's *anchors* are the dates that can place a statement on the timeline: a range
pair ("in December – which failed in February 2025") is one anchor; "since 2019" (an ongoing
background state) and "as of October" (the date of a figure, not of an event) are not anchors
but still date figures.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cached_property

from .sentences import Sentence, paragraphs, split_sentences
from .timex import Timex, interval, live_stamps, ranges, tag

# A date preceded by these words dates a state or a figure, not an event.
_NOT_AN_EVENT = re.compile(r"(?:\bsince|\bas of|\bas at|\bsince early|\bsince late)\s*$", re.I)


@dataclass(frozen=True)
class Anchor:
    """A resolved date or date range in a sentence, with its span (sentence offsets)."""

    start: int
    end: int
    first: str  # YYYY, YYYY-MM or YYYY-MM-DD: where the interval begins
    last: str  # where it ends (== first for a single month, day or year)
    event: bool  # False for "since X" / "as of X": dates a state or figure, not an event


@dataclass(frozen=True)
class DatedSentence:
    """A sentence with its resolved dates; one whose expressions all stay vague ("recently") has no anchors."""

    sentence: Sentence
    anchors: tuple[Anchor, ...]
    date_spans: tuple[tuple[int, int], ...]  # every tagged time expression (sentence offsets)

    @property
    def text(self) -> str:
        return self.sentence.text

    @cached_property
    def number_spans(self) -> list[tuple[int, int]]:
        """Time expressions holding a digit ("2019", "October 2024"): their numbers are not quantities,
        while "a year" in "240,000 units a year" is left to the quantity."""
        return [(s, e) for s, e in self.date_spans if any(c.isdigit() for c in self.text[s:e])]

    @property
    def event_anchors(self) -> tuple[Anchor, ...]:
        return tuple(a for a in self.anchors if a.event)


def date_sentences(text: str, published: date, fiscal_year_start: int = 1) -> list[DatedSentence]:
    """Every sentence of an article with the dates it states."""
    dated: list[DatedSentence] = []
    texts = paragraphs(text)
    for number, (paragraph, stamps) in enumerate(zip(texts, live_stamps(texts, published.year))):
        paragraph = _blank(paragraph, stamps)
        sentences = _sentences(paragraph, stamps, number)
        timexes = tag(paragraph, published, fiscal_year_start=fiscal_year_start)
        if not timexes:  # most paragraphs state no date
            dated.extend(DatedSentence(sentence, (), ()) for sentence in sentences)
            continue
        pairs = ranges(paragraph, timexes)
        for sentence in sentences:
            dated.append(_date_sentence(sentence, paragraph, timexes, pairs))
    return dated


def _blank(paragraph: str, stamps: list[tuple[int, int]]) -> str:
    """The paragraph with its live-page stamps ("1858 Officials say", "1633: Danny Shaw") blanked
    out, offsets kept: the tagger neither dates them nor counts from them, and no sentence shows them."""
    for start, end in stamps:
        paragraph = paragraph[:start] + " " * (end - start) + paragraph[end:]
    return paragraph


def _sentences(paragraph: str, stamps: list[tuple[int, int]], number: int) -> list[Sentence]:
    """The paragraph's sentences; on a live page each stamp also opens a new one (an update)."""
    bounds = [0, *(start for start, _ in stamps if start > 0), len(paragraph)]
    found: list[Sentence] = []
    for lo, hi in zip(bounds, bounds[1:]):
        for sentence in split_sentences(paragraph[lo:hi], number):
            found.append(Sentence(sentence.text, sentence.start + lo, number, len(found)))
    return found


def _date_sentence(
    sentence: Sentence, paragraph: str, timexes: list[Timex], pairs: list[tuple[Timex, Timex]]
) -> DatedSentence:
    inside = [t for t in timexes if sentence.start <= t.start and t.end <= sentence.end]
    paired = {id(t) for pair in pairs for t in pair}
    anchors = []
    for a, b in pairs:
        if not (sentence.start <= a.start and b.end <= sentence.end):
            continue
        first, last = _interval(a), _interval(b)
        if first and last:
            anchors.append(_anchor(sentence, paragraph, a.start, b.end, first[0], last[1]))
        else:
            paired.difference_update((id(a), id(b)))  # an unresolved pair: its resolved end may still count
    for t in inside:
        span = _interval(t) if id(t) not in paired else None
        if span:
            anchors.append(_anchor(sentence, paragraph, t.start, t.end, span[0], span[1]))
    anchors.sort(key=lambda a: a.start)
    return DatedSentence(
        sentence=sentence,
        anchors=tuple(anchors),
        date_spans=tuple((t.start - sentence.start, t.end - sentence.start) for t in inside),
    )


def _interval(timex: Timex) -> tuple[str, str] | None:
    return interval(timex.value) if timex.type in ("DATE", "TIME") else None


def _anchor(sentence: Sentence, paragraph: str, start: int, end: int, first: str, last: str) -> Anchor:
    before = paragraph[max(sentence.start, start - 20) : start]
    return Anchor(start - sentence.start, end - sentence.start, first, last, not _NOT_AN_EVENT.search(before))
