"""Partial ISO dates (YYYY, YYYY-MM, YYYY-MM-DD) as day intervals, so events and figures compare by overlap."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from functools import cache

_PARTIAL = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def is_partial_date(value: str) -> bool:
    """True for YYYY, YYYY-MM and YYYY-MM-DD with a real month and day."""
    try:
        first_day(value)
    except ValueError:
        return False
    return True


def first_day(value: str) -> date:
    """The first day a partial date covers: "2024-12" -> 2024-12-01."""
    year, month, day = _parts(value)
    return date(year, month or 1, day or 1)


def last_day(value: str) -> date:
    """The last day a partial date covers: "2024" -> 2024-12-31."""
    year, month, day = _parts(value)
    if day:
        return date(year, month, day)
    month = month or 12
    return date(year, month, calendar.monthrange(year, month)[1])


def day_span(start: str, end: str | None = None) -> tuple[date, date]:
    """The days from the first of `start` to the last of `end` (or of `start` for a point)."""
    return first_day(start), last_day(end or start)


def overlap(a: tuple[date, date], b: tuple[date, date], slack_days: int = 0) -> bool:
    """Whether two day spans share a day, allowing them to be `slack_days` apart."""
    slack = timedelta(days=slack_days)
    return a[0] <= b[1] + slack and b[0] <= a[1] + slack


@cache  # a topic's statements and figures share a few hundred dates: each is parsed once
def _parts(value: str) -> tuple[int, int | None, int | None]:
    found = _PARTIAL.match(value)
    if not found:
        raise ValueError(f"not a YYYY, YYYY-MM or YYYY-MM-DD date: {value!r}")
    year, month, day = (int(part) if part else None for part in found.groups())
    if month is not None and not 1 <= month <= 12:
        raise ValueError(f"no such month: {value!r}")
    if day is not None:
        date(year, month, day)  # raises ValueError for 2025-02-30
    return year, month, day
