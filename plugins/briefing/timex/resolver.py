"""Turning what an expression says into a value: the document date, tense and earlier mentions.

The Resolver is the state of one tag() call. It knows the document creation date (DCT), the
fiscal-year start, the text's sentences and tense cues, and the dates mentioned so far (for
"the quarter", "that year", "a year earlier"). Expressions that leave the year open ("May",
"Friday", "the third quarter") are written as TIMEX3 templates ("XXXX-05") and resolved here.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from .context import FUTURE, PAST, PRESENT, TextContext
from .values import fiscal_value, fiscal_year_of, interval, quarter_of, week_value

# How an underspecified date is placed when the tense does not say: present-tense sentences
# and sentences without verb cues take the most recent instance that has begun (news mostly
# reports what happened); bare weekdays then take the nearest day.
_DIRECTION = {PAST: "past", FUTURE: "future", PRESENT: "past"}


@dataclass
class Mention:
    """A tagged expression before it becomes a Timex; template keeps the year-less form."""

    start: int
    end: int
    type: str
    value: str
    template: str | None = None


_WEEKDAY_TEMPLATE = re.compile(r"XXXX-WXX-([1-7])(T\w+)?")


class Resolver:
    """Context for resolving the expressions of one text against its creation date."""

    def __init__(self, text: str, dct: dt.date, fiscal_year_start: int = 1) -> None:
        self.text = text
        self.dct = dct
        self.fiscal_year_start = fiscal_year_start
        self.context = TextContext(text)
        self.last_year: tuple[int, int] | None = None  # (position, year) of the last dated mention
        self.last_quarter: tuple[int, str] | None = None  # (position, value) of the last quarter
        self.last_date: tuple[int, str] | None = None  # (position, value) of the last dated mention

    # --- memory of earlier mentions -------------------------------------------------------
    def remember(self, mention: Mention) -> None:
        """Note a resolved DATE so later anaphoric expressions can refer back to it."""
        if mention.type not in ("DATE", "TIME") or not re.match(r"\d{4}", mention.value):
            return
        year = int(mention.value[:4])
        self.last_year = (mention.start, year)
        self.last_date = (mention.start, mention.value)
        if re.fullmatch(r"\d{4}-Q[1-4]", mention.value):
            self.last_quarter = (mention.start, mention.value)

    def year_before(self, position: int, reach: int = 100_000) -> int | None:
        """The year of the last dated mention before position, if within reach characters."""
        if self.last_year and position - self.last_year[0] <= reach:
            return self.last_year[1]
        return None

    def quarter_before(self, position: int, reach: int = 100_000) -> str | None:
        if self.last_quarter and position - self.last_quarter[0] <= reach:
            return self.last_quarter[1]
        return None

    def date_before(self, position: int, reach: int = 100_000) -> str | None:
        if self.last_date and position - self.last_date[0] <= reach:
            return self.last_date[1]
        return None

    # --- the document date ----------------------------------------------------------------
    def dct_quarter(self, shift: int = 0) -> str:
        index = self.dct.year * 4 + quarter_of(self.dct.month) - 1 + shift
        return f"{index // 4:04d}-Q{index % 4 + 1}"

    def dct_fiscal_year(self, shift: int = 0, part: str = "") -> str:
        name = fiscal_year_of(self.dct, self.fiscal_year_start) + shift
        return fiscal_value(name, self.fiscal_year_start, part)

    def dct_week(self, shift_weeks: int = 0) -> str:
        return week_value(self.dct + dt.timedelta(weeks=shift_weeks))

    # --- tense ------------------------------------------------------------------------------
    def direction(self, start: int, end: int) -> str:
        """"past", "future" or "unknown": where to look for an underspecified date."""
        return _DIRECTION.get(self.context.tense(start, end), "unknown")

    # --- underspecified dates -----------------------------------------------------------------
    def resolve(self, template: str, start: int, end: int) -> str:
        """An XXXX template placed by the tense around the document date."""
        return resolve_template(template, self.dct, self.direction(start, end))

    def yearly(self, make: Callable[[int], str], start: int, end: int) -> str:
        """Like resolve, for a value built from a year by make (fiscal quarters, holidays)."""
        return place_yearly(make, self.dct, self.direction(start, end))


def _bounds(value: str) -> tuple[dt.date, dt.date] | None:
    span = interval(value)
    if span is None:
        return None
    return _first_day(span[0]), _last_day(span[1])


def _first_day(text: str) -> dt.date:
    parts = [int(p) for p in text.split("-")]
    return dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


def _last_day(text: str) -> dt.date:
    parts = [int(p) for p in text.split("-")]
    if len(parts) == 3:
        return dt.date(*parts)
    year, month = parts[0], parts[1] if len(parts) > 1 else 12
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    return following - dt.timedelta(days=1)


def place_yearly(make: Callable[[int], str], dct: dt.date, direction: str) -> str:
    """Choose the year for a yearly-recurring value relative to dct.

    past: the latest instance that has begun by dct; future: the earliest that has not ended
    before dct; otherwise the instance in dct's year.
    """
    if direction == "past":
        for year in range(dct.year + 1, dct.year - 3, -1):
            bounds = _bounds(make(year))
            if bounds and bounds[0] <= dct:
                return make(year)
    elif direction == "future":
        for year in range(dct.year - 1, dct.year + 3):
            bounds = _bounds(make(year))
            if bounds and bounds[1] >= dct:
                return make(year)
    return make(dct.year)


def place_near(make: Callable[[int], str], anchor: str, before: bool) -> str | None:
    """The instance of a yearly value latest at or before (or earliest at or after) anchor."""
    anchor_bounds = _bounds(anchor)
    if anchor_bounds is None:
        return None
    pivot = anchor_bounds[0]
    years = range(pivot.year + 1, pivot.year - 3, -1) if before else range(pivot.year - 1, pivot.year + 3)
    for year in years:
        bounds = _bounds(make(year))
        if bounds is None:
            continue
        if (before and bounds[0] <= pivot) or (not before and bounds[0] >= pivot):
            return make(year)
    return None


def template_maker(template: str) -> Callable[[int], str] | None:
    """A function year -> value for a year-open template ("XXXX-12" -> 2024 -> "2024-12")."""
    if not template.startswith("XXXX-") or _WEEKDAY_TEMPLATE.fullmatch(template):
        return None
    rest = template[4:]
    if rest == "-02-29":
        return lambda year: f"{year:04d}-02-{29 if _leap(year) else 28}"
    return lambda year: f"{year:04d}{rest}"


def _leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def weekday_date(weekday: int, dct: dt.date, direction: str) -> dt.date:
    """The date of an ISO weekday (1 = Monday) next to dct in the given direction."""
    back = (dct.isoweekday() - weekday) % 7
    past_day = dct - dt.timedelta(days=back)
    future_day = dct + dt.timedelta(days=(weekday - dct.isoweekday()) % 7 or 7)
    if direction == "past":
        return past_day
    if direction == "future":
        return future_day
    return past_day if back <= 3 else future_day


def resolve_template(template: str, dct: dt.date, direction: str) -> str:
    """The value of a year-open template around dct ("XXXX-05", past, 2025-06-03 -> "2025-05")."""
    m = _WEEKDAY_TEMPLATE.fullmatch(template)
    if m:
        day = weekday_date(int(m.group(1)), dct, direction)
        return day.isoformat() + (m.group(2) or "")
    make = template_maker(template)
    if make is None:
        return template
    return place_yearly(make, dct, direction)


def resolve_near(template: str, anchor: str, before: bool) -> str | None:
    """A year-open template placed just before or after another expression's value."""
    m = _WEEKDAY_TEMPLATE.fullmatch(template)
    anchor_bounds = _bounds(anchor)
    if m and anchor_bounds:
        pivot = anchor_bounds[0] if before else anchor_bounds[1]
        weekday = int(m.group(1))
        if before:
            day = pivot - dt.timedelta(days=(pivot.isoweekday() - weekday) % 7)
        else:
            day = pivot + dt.timedelta(days=(weekday - pivot.isoweekday()) % 7)
        return day.isoformat() + (m.group(2) or "")
    make = template_maker(template)
    if make is None:
        return None
    return place_near(make, anchor, before)
