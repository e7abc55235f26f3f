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
    value: str


_WEEKDAY_NAME = re.compile(r"(?:last\s+|next\s+|this\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day", re.I)


def _granularity(value: str) -> int | None:
    """0 day, 1 week, 2 month, 3 quarter/half/season/fiscal part, 4 year or fiscal year, 5 longer."""
    v = value.split("T")[0]
    if re.fullmatch(r"\d{4}-\d\d-\d\d", v):
        return 0
    if re.fullmatch(r"\d{4}-W\d\d(-WE)?", v):
        return 1
    if re.fullmatch(r"\d{4}-\d\d", v):
        return 2
    if re.fullmatch(r"\d{4}-(Q\d|H\d|SP|SU|FA|WI)|FY\d{4}-\d\d-[QH]\d", v):
        return 3
    if re.fullmatch(r"\d{4}|FY\d{4}-\d\d", v):
        return 4
    if re.fullmatch(r"\d{2,3}", v):
        return 5
    return None


def _compatible(text: str, first: _Spanned, second: _Spanned) -> bool:
    """Both ends are calendar dates of similar size; a weekday only pairs with a day."""
    a, b = _granularity(first.value), _granularity(second.value)
    if a is None or b is None or abs(a - b) > 2:
        return False
    weekday = [_WEEKDAY_NAME.fullmatch(text[t.start:t.end]) is not None for t in (first, second)]
    return not any(weekday) or (a == 0 and b == 0)


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
        if not _compatible(text, first, second):
            continue
        if _JOINER.fullmatch(between):
            pairs.append((first, second))
        elif _AND.fullmatch(between) and _BETWEEN_BEFORE.search(before):
            pairs.append((first, second))
        elif _START_BEFORE.search(before) and _END_OF_SAME.fullmatch(between):
            pairs.append((first, second))
    return pairs
