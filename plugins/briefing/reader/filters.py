"""Jinja filters the theme needs for the briefing's partial dates."""

from __future__ import annotations

from datetime import date

from ..dates import first_day


def partial_date(value: str) -> str:
    """A YYYY, YYYY-MM or YYYY-MM-DD date as readers write it: "2024", "October 2024", "2 June 2025"."""
    day = first_day(value)
    precision = value.count("-")
    if precision == 0:
        return str(day.year)
    if precision == 1:
        return f"{day:%B} {day.year}"
    return f"{day.day} {day:%B} {day.year}"


def iso_day(value: date | str) -> str:
    """The YYYY-MM-DD of a date or datetime (or of an ISO string), for <time datetime>."""
    return value[:10] if isinstance(value, str) else value.strftime("%Y-%m-%d")


FILTERS = {"partial_date": partial_date, "iso_day": iso_day}
