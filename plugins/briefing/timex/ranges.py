"""Which pairs of dates in a text form a range ("from December to February", "Dec–Feb").

A pair is two DATE expressions in one sentence, next to each other, joined by a range
connective, or a start and an end of the same thing: "talks in December – which failed in
February 2025".
"""

from __future__ import annotations

import re
from typing import Protocol, TypeVar

_JOINER = re.compile(r"\s*(?:[–—-]{1,2}|to|until|till|through|thru|into)\s*", re.I)
_AND = re.compile(r"\s*and\s*", re.I)
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+(?:the\s+)?$", re.I)
_FROM_BEFORE = re.compile(r"\b(?:from|since|starting|beginning|began|begun|started)\s+(?:the\s+)?(?:early\s+|late\s+|mid-)?$", re.I)
_START_BEFORE = re.compile(r"\b(?:in|on|from|since|during|starting|began|begun|started|launched|opened)\s+(?:the\s+)?(?:early\s+|late\s+|mid-)?$", re.I)
# "– which failed in", ", but ended in", "and collapsed in", "before breaking down in"
_END_OF_SAME = re.compile(
    r"\s*(?:[–—-]{1,2}|,|\()?\s*(?:(?:which|that|but|and|only\s+to|before|then|they|it|talks|negotiations)\s+)*"
    r"(?:(?:\w+ly|eventually|finally|ultimately|later|subsequently|were|was|had|have|has)\s+)*"
    r"(?:failed|fail|ended|end|ending|collapsed|collapse|collapsing|broke\s+down|break\s+down|breaking\s+down|"
    r"fell\s+apart|falling\s+apart|concluded|finished|stopped|ceased|expired|lasted|ran|continued|"
    r"called\s+off|terminated|abandoned|scrapped|dropped|wrapped\s+up|closed|completed|"
    r"stalled|halted)\b(?:\s+(?:off|up|out))?\s+(?:\w+\s+){0,2}?(?:in|on|by|until|at)\s+(?:the\s+)?(?:early\s+|late\s+|mid-)?$",
    re.I,
)
_SENTENCE_BREAK = re.compile(r"[.!?;]\s+[\"“A-Z]|\n\s*\n")


class _Spanned(Protocol):
    start: int
    end: int
    type: str


T = TypeVar("T", bound=_Spanned)


def range_pairs(text: str, items: list[T]) -> list[tuple[T, T]]:
    """Neighbouring DATE items (sorted by start) that form a range, in text order."""
    dates = sorted((t for t in items if t.type == "DATE"), key=lambda t: t.start)
    pairs: list[tuple[T, T]] = []
    for first, second in zip(dates, dates[1:]):
        between = text[first.end:second.start]
        if len(between) > 80 or _SENTENCE_BREAK.search(between):
            continue
        before = text[max(0, first.start - 40):first.start]
        if _JOINER.fullmatch(between):
            pairs.append((first, second))
        elif _AND.fullmatch(between) and _BETWEEN_BEFORE.search(before):
            pairs.append((first, second))
        elif _START_BEFORE.search(before) and _END_OF_SAME.fullmatch(between):
            pairs.append((first, second))
    return pairs
