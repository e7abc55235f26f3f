"""An article's sentences as timeline statements: dated ones become events, undated ones may be cited.

Rules (the README quotes them):
- A sentence with a resolved date becomes a statement at that date or range. A sentence
  holding several dated clauses is cut at the clause break (dash, semicolon, ", but", ", and"
  ...) before each further date, so each clause keeps its own date; clauses without a date
  stay with the dated clause before them. A range ("from X to Y", "in X – which failed in Y")
  is one date.
- The lede (first sentence of the first paragraph) is dated at the publication date (YYYY-MM-DD),
  also when its own date holds that day ("today", "this week", "this year"); a lede dating
  itself before publication ("On Monday, ...", "In March, Acme signed ...") takes that date.
- "Today" in a sentence that tells how things are (no past, perfect or forecast: "Today, that
  division remains a reality") means nowadays: the sentence stays undated.
- Not events: dates of a state or a figure ("since 2019", "as of October"), and vague or
  unresolvable ones ("recently", "at the time", "now"). Those sentences stay *undated*: they
  never make an entry of their own, but one that states the same as another source's dated
  event is cited for it (see merge.py).
- Current-period expectations resolve like any date and stay ("expected to cut operating
  profit ... this fiscal year" is an entry for the fiscal year): a forecast for a definite
  period is worth a timeline entry.
- The text is the sentence or clause trimmed by wording.statement (attributions, connectives,
  a dateline). Fewer than four words, or a "Label: value" line (a list item such as "Assembly
  plants: 24 today, 17 after the restructuring"), is no statement.
- Only events (eventness.py): a sentence that is furniture, a caption or credit, a byline, a
  tweet, a letter, a question or a fragment without a final stop gives no statement, and a
  statement without a finite verb, giving a first-person opinion, in the first person with no
  named speaker, quoting no one named, or a generic evaluation is dropped. The lede is the first sentence of the
  article that is not dropped (a byline or a headline before it does not take its place).
- A statement is `expected` when it tells of something that has not happened as of its
  article's publication (a date after it, or "will", "plans to", "is expected to" ... not
  reported by a past "said"/"announced"): eventness.is_expected.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cached_property

from .dates import last_day
from .dating import Anchor, DatedSentence
from .eventness import is_expected, sentence_flaw, statement_flaw, tells_a_state
from .features import Features, comparison_clauses, features, names_in
from .model import SourceDoc
from .quantities import Quantity, quantities
from .sentences import clause_breaks
from .wording import statement

MIN_WORDS = 4
# "Assembly plants: 24 today, 17 after ...": a label and its values (a list item), not a statement.
# At least MIN_WORDS words (runs of ASCII letters), matched from the start in one pass.
_ENOUGH_WORDS = re.compile(rf"[^A-Za-z]*(?:[A-Za-z]+[^A-Za-z]+){{{MIN_WORDS - 1}}}[A-Za-z]")
_PRESENT_WORDS = frozenset(["today", "nowadays", "these days", "now", "at present", "currently"])
_DATA_LINE = re.compile(r"^(?:[\w’'-]+\s){0,3}[\w’'-]+:\s")


@dataclass(frozen=True)
class Statement:
    """One statement of one source, dated (start set) or undated; what merging compares is computed on demand."""

    text: str
    source: SourceDoc
    start: str | None  # YYYY, YYYY-MM or YYYY-MM-DD; None when undated
    end: str | None  # None for a point in time
    lede: bool
    position: tuple[int, int, int]  # paragraph, sentence, clause
    date_spans: tuple[tuple[int, int], ...] = ()  # dates in `text` holding digits: not quantities
    expected: bool = False  # a forecast or plan as of publication, not something that happened

    @property
    def published(self) -> date:
        return self.source.published.date()

    @cached_property
    def quantities(self) -> tuple[Quantity, ...]:
        return tuple(quantities(self.text, list(self.date_spans)))

    @cached_property
    def names(self) -> frozenset[tuple[str, ...]]:
        """The named entities alone: enough to look up candidates before comparing words."""
        return names_in(self.text)

    @property
    def features(self) -> Features:
        """Entities and words of the whole statement: comparison_clauses puts the text itself first."""
        return self.clauses[0]

    @cached_property
    def clauses(self) -> tuple[Features, ...]:
        """The core and, for a compound statement, each clause: the views similarity compares."""
        return tuple(features(view, self.quantities) for view in comparison_clauses(self.text))


def statements(doc: SourceDoc, dated: list[DatedSentence]) -> list[Statement]:
    """Every statement of one article (its sentences dated by dating.date_sentences), in reading order."""
    published = doc.published.date()
    found: list[Statement] = []
    previous: str | None = None  # the last sentence kept: a leading "It" may take the name it opens with
    for item in dated:
        if sentence_flaw(item.text):
            continue
        lede = previous is None
        for clause, (text, anchor) in enumerate(_segments(item)):
            if anchor and not lede and _nowadays(item.text[anchor.start : anchor.end], text):
                anchor = None
            start, end = _when(anchor, lede, published)
            found.extend(_statement(text, previous, item, doc, start, end, lede and clause == 0, clause))
        previous = item.text
    return found


def compact(first: str, last: str) -> tuple[str, str | None]:
    """(start, end) of an interval as an Event shows it: a point has no end."""
    return (first, None) if first == last else (first, last)


def _segments(item: DatedSentence) -> list[tuple[str, Anchor | None]]:
    """The sentence cut into one piece per dated clause, each with its date (None: undated)."""
    text = item.text
    if not item.anchors:  # nine sentences in ten: no need to sort out the event anchors
        return [(text, None)]
    anchors = item.event_anchors
    if len(anchors) <= 1:
        return [(text, anchors[0] if anchors else None)]
    cuts: list[tuple[int, int]] = []
    for before, after in zip(anchors, anchors[1:]):
        between = [b for b in clause_breaks(text) if before.end <= b[0] and b[1] <= after.start]
        if between:
            cuts.append(between[-1])
    pieces, begin = [], 0
    for cut_start, cut_end in cuts + [(len(text), len(text))]:
        inside = [a for a in anchors if begin <= a.start < cut_start]
        pieces.append((text[begin:cut_start], inside[0] if inside else None))
        begin = cut_end
    return pieces


def _nowadays(when: str, text: str) -> bool:
    """"Today" in a sentence telling how things are means nowadays: no date for the timeline."""
    return when.lower() in _PRESENT_WORDS and tells_a_state(text)


def _when(anchor: Anchor | None, lede: bool, published: date) -> tuple[str | None, str | None]:
    if lede and (anchor is None or last_day(anchor.last) >= published):
        return published.isoformat(), None  # undated, or "today", "this week": the publication day
    if anchor is None:
        return None, None
    return compact(anchor.first, anchor.last)


def _statement(
    piece: str, previous: str | None, item: DatedSentence, doc: SourceDoc, start: str | None, end: str | None,
    lede: bool, clause: int,
) -> list[Statement]:
    text = statement(piece, previous)
    if not _ENOUGH_WORDS.match(text) or _DATA_LINE.match(text) or statement_flaw(text):
        return []
    date_texts = sorted({item.text[s:e] for s, e in item.number_spans})
    return [
        Statement(
            text=text,
            source=doc,
            start=start,
            end=end,
            lede=lede,
            position=(item.sentence.paragraph, item.sentence.index, clause),
            date_spans=tuple(_spans(text, date_texts)),
            expected=is_expected(text, start, doc.published.date()),
        )
    ]


def _spans(text: str, parts: list[str]) -> list[tuple[int, int]]:
    """Where the sentence's date expressions occur in a trimmed text (their numbers are not quantities):
    each (non-empty) part's non-overlapping occurrences, left to right."""
    found = []
    for part in parts:
        start = text.find(part)
        while start >= 0:
            found.append((start, start + len(part)))
            start = text.find(part, start + len(part))
    return found
