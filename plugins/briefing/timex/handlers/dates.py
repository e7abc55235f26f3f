"""Calendar expressions: dates, months, years, decades, centuries, quarters, seasons, holidays.
"""

from __future__ import annotations

import datetime as dt
import re

from dateutil.easter import easter

from ..lexicon import ORDINALS, SEASONS
from ..resolver import Mention, Resolver, place_yearly, template_maker
from ..context import PAST
from ..values import fiscal_value, fiscal_year_ending, fiscal_year_of, month_value, week_value
from .common import month_number, two_digit_year, spelled_year, year_from, relative_year, mention, season_value


def h_date(m: re.Match[str], r: Resolver) -> list[Mention]:
    month = month_number(m.group("mon") or m.group("mon2"))
    day = int(re.match(r"\d+", m.group("day") or m.group("day2")).group())
    year = year_from(m, r)
    if year is not None:
        try:
            date = dt.date(year, month, day)
        except ValueError:
            return []
        value, template = date.isoformat(), None
    else:
        template = f"XXXX-{month:02d}-{day:02d}"
        if day > (29 if month == 2 else 30 if month in (4, 6, 9, 11) else 31):
            return []
        rel = re.sub(r"\s+", " ", (m.group("rel") or "").lower())
        if rel in ("last", "this past"):
            value = place_yearly(template_maker(template), r.dct - dt.timedelta(days=1), "past")
        elif rel in ("next", "this coming"):
            value = place_yearly(template_maker(template), r.dct + dt.timedelta(days=1), "future")
        else:
            value = r.resolve(template, m.start(), m.end())
    if m.group(0).lower().startswith("the week of"):
        value = week_value(dt.date.fromisoformat(value))
    if not m.group("day3"):
        return mention(m, "DATE", value, template)
    # "April 24 and 25", "March 5-7, 2025": the second day shares month and year.
    try:
        second = dt.date.fromisoformat(value).replace(day=int(re.match(r"\d+", m.group("day3")).group()))
    except ValueError:
        return mention(m, "DATE", value, template, end=m.end("day"))
    if second.day <= day:
        return mention(m, "DATE", value, template, end=m.end("day"))
    return [Mention(m.start(), m.end("day"), "DATE", value, template),
            Mention(m.start("day3"), m.end(), "DATE", second.isoformat(), None)]


def h_numeric_date(m: re.Match[str], r: Resolver) -> list[Mention]:
    try:
        date = dt.date(int(m.group("year")), int(m.group("mon")), int(m.group("day")))
    except ValueError:
        return []
    return mention(m, "DATE", date.isoformat())


def h_month(m: re.Match[str], r: Resolver) -> list[Mention]:
    month = month_number(m.group("mon"))
    year = year_from(m, r)
    if year is not None:
        return mention(m, "DATE", month_value(year, month))
    if m.group("yrel"):  # "May that year" with no year named before: no date
        return mention(m, "DATE", f"XXXX-{month:02d}")
    rel = re.sub(r"\s+", " ", (m.group("rel") or "").lower())
    dct = r.dct
    if rel in ("last", "this past", "past"):
        y = dct.year if month < dct.month else dct.year - 1
        return mention(m, "DATE", month_value(y, month))
    if rel in ("next", "this coming", "coming"):
        y = dct.year if month > dct.month else dct.year + 1
        return mention(m, "DATE", month_value(y, month))
    if rel == "this":
        return mention(m, "DATE", month_value(dct.year, month))
    template = f"XXXX-{month:02d}"
    return mention(m, "DATE", r.resolve(template, m.start(), m.end()), template)


def _period_part(first: int, span: int, year_start: int) -> str | None:
    """"Q2" / "H1" when span months from month first are a quarter or half of a year starting in
    month year_start, else None."""
    offset = (first - year_start) % 12
    if span == 3 and offset % 3 == 0:
        return f"Q{offset // 3 + 1}"
    if span == 6 and offset % 6 == 0:
        return f"H{offset // 6 + 1}"
    return None


def h_month_range(m: re.Match[str], r: Resolver) -> list[Mention]:
    """Dec–Feb: two months, the year carried across; "the April-June quarter": one quarter;
    "the April-September half" of a company whose fiscal year starts in April: its fiscal first half."""
    first, second = month_number(m.group("mon")), month_number(m.group("mon2"))
    if first == second:
        return []
    if m.group("unit"):
        span = (second - first) % 12 + 1
        calendar = _period_part(first, span, 1) if first < second else None
        fiscal = _period_part(first, span, r.fiscal_year_start) if r.fiscal_year_start != 1 else None
        if calendar or fiscal:
            def make(start_year: int) -> str:
                if calendar:
                    return f"{start_year:04d}-{calendar}"
                name = fiscal_year_of(dt.date(start_year, first, 1), r.fiscal_year_start)
                return fiscal_value(name, r.fiscal_year_start, fiscal or "")
            if m.group("year"):
                return mention(m, "DATE", make(int(m.group("year")) - (first > second)))
            return mention(m, "DATE", r.yearly(make, m.start(), m.end()))
    end_template = f"XXXX-{second:02d}"
    if m.group("year"):
        end_value, end_tpl = month_value(int(m.group("year")), second), None
    else:
        end_value, end_tpl = r.resolve(end_template, m.start(), m.end()), end_template
    end_year = int(end_value[:4])
    start_value = month_value(end_year if first < second else end_year - 1, first)
    start = m.start("mon")
    return [Mention(start, m.end("mon"), "DATE", start_value, f"XXXX-{first:02d}"),
            Mention(m.start("mon2"), m.end("year") if m.group("year") else m.end("mon2"), "DATE", end_value, end_tpl)]


def h_year_range(m: re.Match[str], r: Resolver) -> list[Mention]:
    """2019-2023 as two years; fiscal 2024/25 as the one fiscal year it names (when fiscal years
    do not start in January; otherwise as its two calendar years)."""
    first = int(m.group("year"))
    digits = m.group("year2")
    second = int(digits) if len(digits) == 4 else first // 100 * 100 + int(digits)
    if second != first + 1 and (m.group("fiscal") or len(digits) == 2):
        return []
    if not first < second <= first + 100:
        return []
    split_year = m.group("fiscal") or (len(digits) == 2 and m.group("sep") == "/")
    if split_year and r.fiscal_year_start != 1:
        name = first if r.fiscal_year_start <= 6 else second
        return mention(m, "DATE", fiscal_value(name, r.fiscal_year_start))
    return [Mention(m.start("year"), m.end("year"), "DATE", f"{first:04d}"),
            Mention(m.start("year2"), m.end("year2"), "DATE", f"{second:04d}")]


def h_year(m: re.Match[str], r: Resolver) -> list[Mention]:
    if m.group("year"):
        year = int(m.group("year"))
    else:
        year = two_digit_year(m.group("yshort") or m.group("yshort2"), r)
    if m.group("fiscal"):
        return mention(m, "DATE", fiscal_value(year, r.fiscal_year_start))
    return mention(m, "DATE", f"{year:04d}")


def h_year_to_month(m: re.Match[str], r: Resolver) -> list[Mention]:
    """"the fiscal year to March 2020": the twelve months ending then, as one fiscal-year DATE.

    Without a year, a past-tense sentence reports the latest such year that has ended; otherwise
    it is the one still running (or about to start) at the document date.
    """
    month = month_number(m.group("mon"))
    if m.group("year"):
        return mention(m, "DATE", fiscal_year_ending(int(m.group("year")), month))
    # The first year whose `month` has not passed yet: the fiscal year running at the document date.
    running = r.dct.year if r.dct.month <= month else r.dct.year + 1
    if r.tense(m.start(), m.end()) == PAST:
        running -= 1
    return mention(m, "DATE", fiscal_year_ending(running, month))


def h_spelled_year(m: re.Match[str], r: Resolver) -> list[Mention]:
    year = spelled_year(m.group("yspelled"))
    if year is None or not 1000 <= year <= 2100:
        return []
    return mention(m, "DATE", f"{year:04d}")


_DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
                 "seventies": 7, "eighties": 8, "nineties": 9}


def h_decade(m: re.Match[str], r: Resolver) -> list[Mention]:
    if m.group("dec"):
        return mention(m, "DATE", m.group("dec")[:3])
    if m.group("decw2"):
        return mention(m, "DATE", f"19{_DECADE_WORDS[m.group('decw2').lower()]}")
    digit = int(m.group("dec2")[1]) if m.group("dec2") else _DECADE_WORDS[m.group("decw").lower()]
    century = 20 if 2000 + digit * 10 <= r.dct.year else 19
    return mention(m, "DATE", f"{century}{digit}")


def h_century(m: re.Match[str], r: Resolver) -> list[Mention]:
    current = r.dct.year // 100
    if m.group("ord"):
        n = ORDINALS.get(m.group("ord").lower()) or int(re.match(r"\d+", m.group("ord")).group())
        return mention(m, "DATE", f"{n - 1:02d}")
    rel = m.group("rel").lower()
    shift = -1 if rel in ("last", "past", "previous") else 1 if rel == "next" else 0
    return mention(m, "DATE", f"{current + shift:02d}")


def h_quarter(m: re.Match[str], r: Resolver) -> list[Mention]:
    ord_word = m.group("ord").lower()
    unit = "Q" if m.group("unit").lower() == "quarter" else "H"
    if ord_word in ("last", "final"):
        if not (m.group("det") or m.group("year2") or m.group("yrel") or m.group("ythe") or m.group("fyrel")):
            return []
        n = 4 if unit == "Q" else 2
    else:
        n = ORDINALS[ord_word]
        if n > (4 if unit == "Q" else 2):
            return []
    part = f"{unit}{n}"
    fiscal = any(m.group(g) and m.group(g).lower() != "calendar" for g in ("fis1", "fis2", "fis3", "fis4")) or bool(m.group("fyrel"))
    det = (m.group("det") or "").lower()
    year: int | None = None
    if m.group("year1") or m.group("year2") or m.group("ypos"):
        year = int(m.group("year1") or m.group("year2") or m.group("ypos"))
    elif m.group("yrel"):
        year = relative_year(m.group("yrel").lower(), r, m.start())
        if year is None:  # "the third quarter of that year" with no year named before: no date
            return mention(m, "DATE", f"XXXX-{unit}{n}")
    elif det.startswith("this year"):
        year = r.dct.year
    elif det.startswith("last year"):
        year = r.dct.year - 1
    elif det.startswith("next year"):
        year = r.dct.year + 1
    elif m.group("ythe"):
        year = r.year_before(m.start()) or r.dct.year
    if m.group("fyrel"):
        rel = m.group("fyrel").lower()
        shift = -1 if rel.startswith(("last", "the previous")) else 1 if rel.startswith("next") else 0
        value = r.dct_fiscal_year(shift, part)
        return mention(m, "DATE", value)
    if fiscal and r.fiscal_year_start != 1:
        if year is not None:
            return mention(m, "DATE", fiscal_value(year, r.fiscal_year_start, part))
        value = r.yearly(lambda y: fiscal_value(y, r.fiscal_year_start, part), m.start(), m.end())
        return mention(m, "DATE", value)
    start = m.start()
    if det in ("its", "their", "our") or det == "the" and re.match(r"\w+-", m.group("ord") + r.text[m.end("ord"):m.end("ord") + 1]):
        # "its fourth quarter", "the third-quarter loss": the determiner belongs to the noun.
        start = m.end("det") + 1
    if m.group("ago"):
        base = year if year is not None else int(r.resolve(f"XXXX-{part}", m.start(), m.end())[:4])
        return mention(m, "DATE", f"{base - 1:04d}-{part}", anchor=False)
    if year is not None:
        return mention(m, "DATE", f"{year:04d}-{part}", start=start)
    template = f"XXXX-{part}"
    return mention(m, "DATE", r.resolve(template, m.start(), m.end()), template, start=start)


def h_half_by_quarters(m: re.Match[str], r: Resolver) -> list[Mention]:
    year = year_from(m, r)
    if year is None:
        return []
    return mention(m, "DATE", f"{year:04d}-H{1 if m.group('which').lower() == 'first' else 2}")


def h_quarter_code(m: re.Match[str], r: Resolver) -> list[Mention]:
    if m.group("qb"):
        part = f"Q{m.group('qb')}"
        fiscal = bool(m.group("fy")) or bool(m.group("yshortb") or m.group("yshortc"))
        if m.group("yearb"):
            year = int(m.group("yearb"))
        else:
            year = two_digit_year(m.group("yshortb") or m.group("yshortc"), r)
    else:
        part = (f"Q{m.group('q') or m.group('q2')}" if (m.group("q") or m.group("q2"))
                else f"H{m.group('h') or m.group('h2')}")
        fiscal = "FY" in m.group(0)
        year = None
        if m.group("year"):
            year = int(m.group("year"))
        elif m.group("yshort"):
            year = two_digit_year(m.group("yshort"), r)
    if fiscal and r.fiscal_year_start != 1:
        if year is None:
            return mention(m, "DATE", r.yearly(lambda y: fiscal_value(y, r.fiscal_year_start, part), m.start(), m.end()))
        return mention(m, "DATE", fiscal_value(year, r.fiscal_year_start, part))
    if year is not None:
        return mention(m, "DATE", f"{year:04d}-{part}")
    template = f"XXXX-{part}"
    return mention(m, "DATE", r.resolve(template, m.start(), m.end()), template)


def h_season(m: re.Match[str], r: Resolver) -> list[Mention]:
    name = (m.group("season") or m.group("season2") or m.group("season3")).lower()
    code = SEASONS[name]
    year = year_from(m, r)
    if year is None and (m.group("year2") or m.group("year3")):
        year = int(m.group("year2") or m.group("year3"))
    if year is not None:
        return mention(m, "DATE", f"{year:04d}-{code}")
    if m.group("yrel"):  # "the summer of that year" with no year named before: no date
        return mention(m, "DATE", f"XXXX-{code}")
    rel = re.sub(r"\s+", " ", (m.group("rel") or "").lower())
    if rel in ("last", "past", "this past"):
        return mention(m, "DATE", season_value(code, r.dct, -1))
    if rel in ("next", "coming", "this coming"):
        return mention(m, "DATE", season_value(code, r.dct, 1))
    if rel == "this":
        return mention(m, "DATE", f"{r.dct.year:04d}-{code}")
    template = f"XXXX-{code}"
    return mention(m, "DATE", r.resolve(template, m.start(), m.end()), template)


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The n-th (1-based, -1 = last) ISO weekday of a month."""
    if n > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (n - 1))
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    last = following - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.isoweekday() - weekday) % 7)


def holiday_date(name: str, year: int) -> str:
    """The value of a named holiday in a year (US federal holidays for the US-specific ones)."""
    n = re.sub(r"\s+", " ", name.lower()).replace("’", "'")
    fixed = {"christmas": "12-25", "christmas day": "12-25", "christmas eve": "12-24",
             "new year's": "01-01", "new year's day": "01-01", "new year's eve": "12-31",
             "independence day": "07-04", "halloween": "10-31", "valentine's day": "02-14",
             "veterans day": "11-11", "boxing day": "12-26"}
    if n in fixed:
        return f"{year:04d}-{fixed[n]}"
    if n.startswith("thanksgiving"):
        return _nth_weekday(year, 11, 4, 4).isoformat()
    if n == "labor day":
        return _nth_weekday(year, 9, 1, 1).isoformat()
    if n == "memorial day":
        return _nth_weekday(year, 5, 1, -1).isoformat()
    if n == "election day":
        return (_nth_weekday(year, 11, 1, 1) + dt.timedelta(days=1)).isoformat()
    if n.startswith(("christmas holiday", "new year holiday")):
        return f"{year:04d}-12" if n.startswith("christmas") else f"{year:04d}-01"
    if n == "golden week":
        return week_value(dt.date(year, 5, 1))
    sunday = easter(year)
    offsets = {"easter": 0, "easter sunday": 0, "easter monday": 1, "good friday": -2}
    if n == "easter week":
        return week_value(sunday)
    return (sunday + dt.timedelta(days=offsets.get(n, 0))).isoformat()


def h_holiday(m: re.Match[str], r: Resolver) -> list[Mention]:
    name = m.group("name")
    if m.group("year"):
        return mention(m, "DATE", holiday_date(name, int(m.group("year"))))
    rel = (m.group("rel") or "").lower()
    make = lambda year: holiday_date(name, year)  # noqa: E731
    if rel in ("last", "next"):
        return mention(m, "DATE", place_yearly(make, r.dct - dt.timedelta(days=1) if rel == "last" else r.dct + dt.timedelta(days=1), "past" if rel == "last" else "future"))
    return mention(m, "DATE", r.yearly(make, m.start(), m.end()))
