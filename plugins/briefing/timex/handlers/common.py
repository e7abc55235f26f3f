"""Helpers the handlers share: years named in a match, building mentions, weekday and season arithmetic.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from ..lexicon import MONTHS, number_value
from ..resolver import Mention, Resolver
from ..values import season_of


Handler = Callable[[re.Match[str], Resolver], list[Mention]]


def month_number(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


def two_digit_year(digits: str, resolver: Resolver) -> int:
    """'98 -> 1998, '25 -> 2025: the century that puts the year nearest the document date."""
    yy = int(digits.strip("'’"))
    century = resolver.dct.year // 100 * 100
    candidates = [century - 100 + yy, century + yy, century + 100 + yy]
    return min(candidates, key=lambda y: (abs(y - resolver.dct.year - 5), y))


_SPELLED_UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                  "eight": 8, "nine": 9}


def spelled_year(text: str) -> int | None:
    """"nineteen ninety-six" -> 1996, "two thousand and one" -> 2001."""
    words = re.split(r"[\s-]+", text.lower().strip())
    if words[:2] == ["two", "thousand"]:
        rest = [w for w in words[2:] if w != "and"]
        tail = number_value(" ".join(rest)) if rest else 0
        return None if tail is None else 2000 + int(tail)
    century = number_value(words[0])
    if century is None:
        return None
    rest = words[1:]
    if rest == ["hundred"]:
        return int(century) * 100
    if rest and rest[0] == "o" and len(rest) == 2:
        return int(century) * 100 + _SPELLED_UNITS.get(rest[1], 0)
    tail = number_value(" ".join(rest))
    if tail is None or tail >= 100:
        return None
    return int(century) * 100 + int(tail)


def year_from(m: re.Match[str], resolver: Resolver) -> int | None:
    """The year a match names through its year, yshort, yspelled or yrel groups."""
    groups = m.groupdict()
    if groups.get("year"):
        return int(groups["year"])
    if groups.get("yshort"):
        return two_digit_year(groups["yshort"], resolver)
    if groups.get("yspelled"):
        return spelled_year(groups["yspelled"])
    rel = groups.get("yrel")
    if rel:
        return relative_year(rel.lower(), resolver, m.start())
    return None


def relative_year(phrase: str, resolver: Resolver, position: int) -> int | None:
    """The year of "this year", "last year", "the following year", "that year" ...

    The anaphoric ones count from the year the paragraph named last (Resolver.established_year);
    without one they name no year (None), never the document's."""
    dct_year = resolver.dct.year
    if phrase.startswith("last"):
        return dct_year - 1
    if phrase.startswith("next"):
        return dct_year + 1
    if phrase.startswith(("the previous", "the prior", "the following", "that", "the same")):
        base = resolver.established_year(position)
        if base is None:
            return None
        return base - 1 if phrase.startswith(("the previous", "the prior")) else base + 1 if phrase.startswith("the following") else base
    return dct_year


def mention(m: re.Match[str], kind: str, value: str, template: str | None = None,
             start: int | None = None, end: int | None = None, anchor: bool = True) -> list[Mention]:
    return [Mention(m.start() if start is None else start, m.end() if end is None else end,
                    kind, value, template, anchor)]


def season_value(code: str, dct: dt.date, shift: int) -> str:
    """This (shift 0), last (-1) or next (+1) instance of a season relative to dct."""
    current_year, current_code = season_of(dct)
    order = ["WI", "SP", "SU", "FA"]
    # Index seasons on one line: the winter starting in December of year Y comes after Y's fall.
    def index(year: int, c: str) -> int:
        return year * 4 + (order.index(c) if c != "WI" else 4)

    now = index(current_year, current_code)
    candidates = [(index(y, code), y) for y in range(dct.year - 2, dct.year + 3)]
    if shift < 0:
        best = max((c for c in candidates if c[0] < now), default=None)
    elif shift > 0:
        best = min((c for c in candidates if c[0] > now), default=None)
    else:
        best = min(candidates, key=lambda c: abs(c[0] - now))
    return f"{best[1]:04d}-{code}" if best else f"{dct.year:04d}-{code}"


def weekday_value(m: re.Match[str], r: Resolver, weekday: int, rel: str) -> tuple[str, str | None]:
    dct = r.dct
    if rel in ("the previous", "the following", "the next"):
        # Anaphoric: relative to the day the paragraph named last; without one, no date.
        established = r.established_value(m.start())
        if not re.fullmatch(r"\d{4}-\d\d-\d\d(T.*)?", established):
            r.undated_day(m.start())
            return f"XXXX-WXX-{weekday}", None
        dct = dt.date.fromisoformat(established[:10])
    if rel in ("last", "this past", "the previous"):
        day = dct - dt.timedelta(days=(dct.isoweekday() - weekday) % 7 or 7)
        return day.isoformat(), None
    if rel in ("next", "this coming", "the following", "the next"):
        day = dct + dt.timedelta(days=(weekday - dct.isoweekday()) % 7 or 7)
        return day.isoformat(), None
    if rel == "this":
        day = dct + dt.timedelta(days=weekday - dct.isoweekday())
        return day.isoformat(), None
    template = f"XXXX-WXX-{weekday}"
    return r.resolve(template, m.start(), m.end()), template


def first_count(phrase: str) -> float | None:
    """The number of a count phrase; for ranges ("two to three") the first one."""
    first = re.split(r"\s*(?:\bto\b|\bor\b|-|–|\band\b)\s*", phrase.strip(), maxsplit=1)[0]
    if re.fullmatch(r"\d+(?:\.\d+)?\s+\d/\d", phrase.strip()):
        first = phrase.strip()
    return number_value(first)
