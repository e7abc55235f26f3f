"""TIMEX3 DATE values: calendar arithmetic on them and the intervals a timeline draws.

Value forms this tagger writes (ISO 8601 as TimeML uses it):
  1998  1998-03  1998-03-08  1998-W10  1998-W10-WE (weekend)  1998-Q1  1998-H2
  1998-SP/SU/FA/WI (seasons; WI is the winter that starts in December of that year)
  199 (the 1990s)  19 (the 1900s)  1998-03-08T15:00  1998-03-08TMO (morning)
  FY2025-04  fiscal year 2025 whose first month is April (see fiscal_year below)
  FY2025-04-Q3 / FY2025-04-H1  a quarter or half of that fiscal year
  ("the year to March 2026" is the fiscal year ending then: FY2025-04, see fiscal_year_ending)
Underspecified values keep X for what the text leaves open: XXXX-12, XXXX-WXX-2.
"""

from __future__ import annotations

import datetime as dt
import re

SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}

_YEAR = re.compile(r"(\d{4})")
_MONTH = re.compile(r"(\d{4})-(\d\d)")
_DAY = re.compile(r"(\d{4})-(\d\d)-(\d\d)(?:T.*)?")
_WEEK = re.compile(r"(\d{4})-W(\d\d)(-WE)?")
_QUARTER = re.compile(r"(\d{4})-Q([1-4])")
_HALF = re.compile(r"(\d{4})-H([12])")
_SEASON = re.compile(r"(\d{4})-(SP|SU|FA|WI)")
_DECADE = re.compile(r"(\d{3})")
_CENTURY = re.compile(r"(\d\d)")
_FISCAL = re.compile(r"FY(\d{4})-(\d\d)(?:-(Q[1-4]|H[12]))?")


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    """(year, month) moved by delta months."""
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def month_value(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def day_value(day: dt.date) -> str:
    return day.isoformat()


def week_value(day: dt.date) -> str:
    """The ISO week holding day: 2025-02-05 -> 2025-W06."""
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def quarter_of(month: int) -> int:
    return (month - 1) // 3 + 1


def season_of(day: dt.date) -> tuple[int, str]:
    """The meteorological season holding day, as (year of the value, code)."""
    if day.month == 12:
        return day.year, "WI"
    if day.month <= 2:
        return day.year - 1, "WI"
    code = {3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU", 8: "SU"}.get(day.month, "FA")
    return day.year, code


def fiscal_year_of(day: dt.date, start_month: int) -> int:
    """The name year of the fiscal year holding day.

    A fiscal year is named after the calendar year that holds most of its months, which is what
    both Japanese companies (April start: fiscal 2025 = 2025-04..2026-03) and the US government
    (October start: fiscal 2025 = 2024-10..2025-09) do: start months up to June name it by the
    year it starts in, later start months by the year it ends in.
    """
    begins = day.year if day.month >= start_month else day.year - 1
    return begins if start_month <= 6 else begins + 1


def fiscal_value(name_year: int, start_month: int, part: str = "") -> str:
    """A fiscal year (or its quarter/half, part "Q3"/"H1") as a value; January starts are calendar years."""
    if start_month == 1:
        return f"{name_year:04d}-{part}" if part else f"{name_year:04d}"
    base = f"FY{name_year:04d}-{start_month:02d}"
    return f"{base}-{part}" if part else base


def fiscal_year_ending(year: int, month: int) -> str:
    """The twelve months ending with month of year ("the year to March 2020"), as a value.

    The start month follows the end month, so the year ending 2020-03 is FY2019-04 and the one
    ending 2020-09 is FY2020-10 (named as fiscal_year_of names them); December ends are calendar years.
    """
    start_month = month % 12 + 1
    begins = year if month == 12 else year - 1
    return fiscal_value(begins if start_month <= 6 else begins + 1, start_month)


def _fiscal_first_month(name_year: int, start_month: int) -> tuple[int, int]:
    begins = name_year if start_month <= 6 else name_year - 1
    return begins, start_month


def interval(value: str) -> tuple[str, str] | None:
    """A DATE value as the (first, last) calendar strings a timeline shows, None if it has no place.

    Years stay years, months/quarters/halves/seasons/fiscal years become months, weeks and days
    become days; references (PRESENT_REF ...) and values with X have no interval.
    """
    v = value.strip()
    if "X" in v or v.endswith("_REF") or not v:
        return None
    if m := _FISCAL.fullmatch(v):
        year, month = _fiscal_first_month(int(m.group(1)), int(m.group(2)))
        first, length = 0, 12
        if m.group(3):
            kind, n = m.group(3)[0], int(m.group(3)[1])
            length = 3 if kind == "Q" else 6
            first = (n - 1) * length
        a = add_months(year, month, first)
        b = add_months(year, month, first + length - 1)
        return month_value(*a), month_value(*b)
    if m := _DAY.fullmatch(v):
        day = v[:10]
        try:
            dt.date.fromisoformat(day)
        except ValueError:
            return None
        return day, day
    if m := _WEEK.fullmatch(v):
        try:
            monday = dt.date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
        except ValueError:
            return None
        if m.group(3):
            return day_value(monday + dt.timedelta(days=5)), day_value(monday + dt.timedelta(days=6))
        return day_value(monday), day_value(monday + dt.timedelta(days=6))
    if m := _MONTH.fullmatch(v):
        if not 1 <= int(m.group(2)) <= 12:
            return None
        return v, v
    if m := _QUARTER.fullmatch(v):
        year, q = int(m.group(1)), int(m.group(2))
        return month_value(year, 3 * q - 2), month_value(year, 3 * q)
    if m := _HALF.fullmatch(v):
        year, h = int(m.group(1)), int(m.group(2))
        return month_value(year, 6 * h - 5), month_value(year, 6 * h)
    if m := _SEASON.fullmatch(v):
        year = int(m.group(1))
        first, last = SEASON_MONTHS[m.group(2)]
        return month_value(*add_months(year, first, 0)), month_value(*add_months(year, 1, last - 1))
    if _YEAR.fullmatch(v):
        return v, v
    if _DECADE.fullmatch(v):
        return v + "0", v + "9"
    if _CENTURY.fullmatch(v):
        return v + "00", v + "99"
    return None


def shift_value_years(value: str, years: int) -> str | None:
    """The same calendar unit `years` years away: 1989-Q3, -1 -> 1988-Q3; None for other forms."""
    m = re.fullmatch(r"(\d{4})(-.*)?", value)
    if not m:
        return None
    rest = m.group(2) or ""
    if rest.startswith("-W"):
        return None
    year = int(m.group(1)) + years
    if re.fullmatch(r"-02-29(T.*)?", rest):
        rest = rest.replace("-29", "-28", 1)
    return f"{year:04d}{rest}"
