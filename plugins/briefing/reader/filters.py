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


FILTERS = {"partial_date": partial_date, "span_parts": span_parts, "iso_day": iso_day}
