"""Expressions relative to the document date or to what the text said before: this year,
last Friday, two weeks ago, the year-ago quarter, that same day, now.
"""

from __future__ import annotations

import datetime as dt
import re

from ..context import FUTURE, PAST
from ..lexicon import DAY_PARTS, MONTHS, SEASONS, WEEKDAYS, unit_of
from ..resolver import Mention, Resolver
from ..values import add_months, fiscal_value, month_value, quarter_of, shift_value_years, week_value
from .common import month_number, mention, season_value, weekday_value, first_count
from .extent import duration_value


def h_deictic(m: re.Match[str], r: Resolver) -> list[Mention]:
    rel = re.sub(r"\s+", " ", m.group("rel").lower()).replace("’", "'")
    unit = re.sub(r"\s+", " ", m.group("unit").lower())
    has_the = bool(m.group("the"))
    post = re.sub(r"\s+", " ", (m.group("post") or "").lower()).strip()
    if m.group("fiscal") or unit.endswith(" year") and unit != "year":
        unit = "fiscal year"
    dct = r.dct
    backward = ("last", "past", "previous", "prior", "this past", "most recent")
    forward = ("next", "coming", "following", "this coming")
    anaphoric = rel in ("previous", "prior", "following", "same", "that") and (has_the or rel == "that")
    shift = -1 if rel in backward else 1 if rel in forward else 0
    if post in ("a year ago", "a year earlier", "of last year", "last year"):
        rel = "year-ago"
    if unit == "year":
        if rel in ("year-ago", "year-earlier", "year-before"):
            return mention(m, "DATE", f"{dct.year - 1:04d}", anchor=False)
        if rel in ("latest", "comparable", "corresponding", "this year's", "last year's") or m.group("ypos"):
            return []
        if rel == "last" and not has_the:
            # "up from $3 million last year" in a quarterly report: the same quarter a year before.
            quarter = r.quarter_before(m.start(), reach=400)
            if quarter and _COMPARISON_BEFORE.search(r.text, max(0, m.start() - 80), m.start()):
                return mention(m, "DATE", shift_value_years(quarter, -1) or quarter, anchor=False)
        if anaphoric:  # "the following year", "that year": from the year the text named last, if any
            base = r.established_year(m.start())
            return mention(m, "DATE", f"{base + shift:04d}" if base is not None else "XXXX")
        return mention(m, "DATE", f"{dct.year + shift:04d}")
    if unit == "fiscal year":
        if m.group("ypos"):  # "the 2026 fiscal year"
            return mention(m, "DATE", fiscal_value(int(m.group("ypos")), r.fiscal_year_start))
        if rel in ("latest", "most recent"):
            shift = -1  # the latest fiscal year is the last one completed
        if anaphoric:
            base = r.year_before(m.start())
            if base is not None:
                return mention(m, "DATE", fiscal_value(base + shift, r.fiscal_year_start))
        return mention(m, "DATE", r.dct_fiscal_year(shift))
    if unit == "month":
        if anaphoric:  # "the following month": from the month the paragraph named last, else no date
            previous = r.established_value(m.start())
            if re.match(r"\d{4}-\d\d\b", previous):
                return mention(m, "DATE", month_value(*add_months(int(previous[:4]), int(previous[5:7]), shift)))
            return mention(m, "DATE", "XXXX-XX")
        y, mo = add_months(dct.year, dct.month, shift)
        return mention(m, "DATE", month_value(y, mo))
    if unit in ("week", "weekend") and anaphoric:
        # "the following week", "that weekend": from the day the paragraph named last, else no date
        day = re.match(r"\d{4}-\d\d-\d\d", r.established_value(m.start()))
        suffix = "-WE" if unit == "weekend" else ""
        if day:
            return mention(m, "DATE", week_value(dt.date.fromisoformat(day.group()) + dt.timedelta(weeks=shift)) + suffix)
        return mention(m, "DATE", "XXXX-WXX" + suffix)
    if unit == "week":
        return mention(m, "DATE", r.dct_week(shift))
    if unit == "weekend":
        return mention(m, "DATE", _weekend(r, m, shift if rel != "this" else 0, rel == "this"))
    if unit in ("quarter", "period", "half"):
        return _quarter_like(m, r, rel, unit, shift)
    if unit in ("decade", "century") and rel == "past":
        # "over the past decade": the ten years up to now, not the previous calendar decade.
        return mention(m, "DURATION", "P10Y" if unit == "decade" else "P100Y")
    if unit == "decade":
        return mention(m, "DATE", f"{dct.year // 10 + shift:03d}")
    if unit == "century":
        return mention(m, "DATE", f"{dct.year // 100 + shift:02d}")
    if unit in SEASONS:
        code = SEASONS[unit]
        if rel == "this":
            return mention(m, "DATE", f"{dct.year:04d}-{code}")
        return mention(m, "DATE", season_value(code, dct, shift))
    return []


_COMPARISON_BEFORE = re.compile(r"\b(?:from|with|than|versus|vs\.?)\s+[^.;]{0,60}$", re.I)


def _weekend(r: Resolver, m: re.Match[str], shift: int, this: bool) -> str:
    """The weekend a phrase means as 2025-W06-WE: past weekend for past tense, else the next."""
    dct = r.dct
    saturday_back = dct - dt.timedelta(days=(dct.isoweekday() - 6) % 7)
    if dct.isoweekday() == 7:
        saturday_back = dct - dt.timedelta(days=1)
    upcoming = saturday_back if dct.isoweekday() >= 6 else saturday_back + dt.timedelta(days=7)
    if shift < 0:
        day = saturday_back if dct.isoweekday() < 6 else saturday_back - dt.timedelta(days=7)
    elif shift > 0:
        day = upcoming + dt.timedelta(days=7) if dct.isoweekday() >= 6 else upcoming
    else:
        day = upcoming if r.tense(m.start(), m.end()) == FUTURE else saturday_back
    return week_value(day) + "-WE"


def _quarter_like(m: re.Match[str], r: Resolver, rel: str, unit: str, shift: int) -> list[Mention]:
    """this/last/latest quarter, the year-ago quarter, the year-earlier period, the 1988 period."""
    previous = r.period_before(m.start()) if unit == "period" else r.quarter_before(m.start())
    if unit == "half":
        index = r.dct.year * 2 + (r.dct.month - 1) // 6 + shift
        if rel not in ("this", "current", "last", "next", "past", "previous", "coming", "following", "latest"):
            return []
        return mention(m, "DATE", f"{index // 2:04d}-H{index % 2 + 1}")
    if m.group("ypos"):
        year = int(m.group("ypos"))
        if previous:
            return mention(m, "DATE", f"{year:04d}{previous[4:]}", anchor=False)
        return mention(m, "DATE", f"{year:04d}", anchor=False)
    if rel in ("year-ago", "year-earlier", "year-before", "comparable", "corresponding", "same", "last year's") or rel.endswith(("year-ago", "year-earlier")):
        base = previous or (r.date_before(m.start()) if unit == "period" else None) or r.dct_quarter(-1)
        shifted = shift_value_years(base, -1) if rel != "same" else base
        return mention(m, "DATE", shifted or base, anchor=False)
    if rel in ("latest", "most recent"):
        completed = r.dct_quarter(-1)
        return mention(m, "DATE", previous if previous and previous <= completed else completed)
    if unit == "period":
        return []
    if rel in ("this", "current", "this year's"):
        return mention(m, "DATE", r.dct_quarter(0))
    if rel == "that":
        return mention(m, "DATE", previous or r.dct_quarter(-1))
    return mention(m, "DATE", r.dct_quarter(shift))


_QUARTER_ENDED = re.compile(r"\s+(?:ended|ending|ends|that\s+ended)\s+(?:on\s+)?(" + "|".join(MONTHS) + r")\b", re.I)


def h_bare_unit(m: re.Match[str], r: Resolver) -> list[Mention]:
    unit = m.group("unit").lower()
    if m.group("todate") and not m.group("pre"):
        # "the year to date", "the quarter to date": the current one, so far
        current = {"year": f"{r.dct.year:04d}", "quarter": r.dct_quarter(0), "week": r.dct_week(0)}.get(unit)
        if current:
            return mention(m, "DATE", r.dct_fiscal_year(0) if m.group("fiscal") and unit == "year" else current)
    if m.group("fiscal") and unit == "year":
        if m.group("after") and not m.group("pre"):
            return mention(m, "DURATION", "P1Y", end=m.end("unit"))
        return mention(m, "DATE", r.dct_fiscal_year(0), end=m.end("unit"))
    if m.group("fiscal"):
        return []
    if unit == "quarter":
        if m.group("ago"):
            base = r.quarter_before(m.start()) or r.dct_quarter(-1)
            return mention(m, "DATE", shift_value_years(base, -1) or base, anchor=False)
        ended = _QUARTER_ENDED.match(r.text, m.end("unit"))
        if ended and month_number(ended.group(1)) % 3 == 0:
            month = month_number(ended.group(1))
            value = r.resolve(f"XXXX-Q{month // 3}", m.start(), m.end())
            return mention(m, "DATE", value, end=m.end("unit"))
        return mention(m, "DATE", r.quarter_before(m.start()) or r.dct_quarter(-1), end=m.end("unit"))
    if unit == "year":
        if m.group("ago"):
            return mention(m, "DATE", f"{r.dct.year - 1:04d}", anchor=False)
        if m.group("after") and not m.group("pre"):
            return mention(m, "DURATION", "P1Y", end=m.end("unit"))
        if m.group("full"):  # "sales for the full year": the (fiscal) year being reported
            return mention(m, "DATE", r.dct_fiscal_year(0), end=m.end("unit"))
        return mention(m, "DATE", f"{r.dct.year:04d}", end=m.end("unit"))
    if unit == "week":
        return mention(m, "DATE", r.dct_week(0), end=m.end("unit"))
    return mention(m, "DATE", _weekend(r, m, 0, False), end=m.end("unit"))


def h_full_year(m: re.Match[str], r: Resolver) -> list[Mention]:
    """"full-year forecast" is the current (fiscal) year; "reported full-year results" in a
    past-tense sentence the last completed one."""
    shift = 0 if m.group("forecast") or r.tense(m.start(), m.end()) != PAST else -1
    return mention(m, "DATE", r.dct_fiscal_year(shift), start=m.start("full"),
                   end=m.start("forecast") if m.group("forecast") else None)


def h_year_ago(m: re.Match[str], r: Resolver) -> list[Mention]:
    """year-earlier / year-ago as adjectives: the period under discussion, a year before."""
    quarter = None if r.period_is_year(m.start()) else r.period_before(m.start(), reach=1000)
    if quarter:
        return mention(m, "DATE", shift_value_years(quarter, -1) or quarter, anchor=False)
    return mention(m, "DATE", f"{r.dct.year - 1:04d}", anchor=False)


def h_unit_edge(m: re.Match[str], r: Resolver) -> list[Mention]:
    dct = r.dct
    if m.group("ye"):
        since = re.search(r"\bsince\s+$", r.text[max(0, m.start() - 8):m.start()], re.I) and (dct.month, dct.day) != (12, 31)
        year = dct.year - 1 if since or dct.month <= 3 and r.tense(m.start(), m.end()) == PAST else dct.year
        return mention(m, "DATE", f"{year:04d}-12-31")
    unit = m.group("unit").lower()
    rel = (m.group("rel") or "").lower()
    shift = -1 if rel == "last" else 1 if rel == "next" else 0
    if m.group("that"):  # "the end of that year": of the year or month the paragraph named last, else no date
        named = r.established_value(m.start())
        if unit == "year" and re.match(r"\d{4}", named):
            return mention(m, "DATE", named[:4])
        if unit == "month" and re.match(r"\d{4}-\d\d\b", named):
            return mention(m, "DATE", named[:7])
        return mention(m, "DATE", "XXXX")
    if unit == "year":
        return mention(m, "DATE", f"{dct.year + shift:04d}")
    if unit == "month":
        return mention(m, "DATE", month_value(*add_months(dct.year, dct.month, shift)))
    if unit == "week":
        return mention(m, "DATE", r.dct_week(shift))
    if unit == "quarter":
        return mention(m, "DATE", r.dct_quarter(shift))
    if unit == "decade":
        return mention(m, "DATE", f"{dct.year // 10 + shift:03d}")
    return mention(m, "DATE", f"{dct.year // 100 + shift:02d}")


def h_day_word(m: re.Match[str], r: Resolver) -> list[Mention]:
    if m.group("daydir"):
        offset = -2 if m.group("daydir").lower().startswith("before") else 2
    else:
        offset = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}[m.group("word").lower()]
    return mention(m, "DATE", (r.dct + dt.timedelta(days=offset)).isoformat())


def h_weekday(m: re.Match[str], r: Resolver) -> list[Mention]:
    weekday = WEEKDAYS[m.group("wd").lower()]
    rel = re.sub(r"\s+", " ", (m.group("rel") or "").lower())
    value, template = weekday_value(m, r, weekday, rel)
    start = m.start("wd") if rel in ("earlier", "later") else m.start()
    if m.group("part"):
        code = DAY_PARTS[re.sub(r"\s+", " ", m.group("part").lower())]
        return mention(m, "TIME", f"{value}T{code}", template and f"{template}T{code}", start=start)
    return mention(m, "DATE", value, template, start=start)


def h_ago(m: re.Match[str], r: Resolver) -> list[Mention]:
    count = first_count(m.group("count"))
    unit = unit_of(m.group("unit")) or "year"
    direction = re.sub(r"\s+", " ", m.group("dir").lower())
    forward = direction in ("later", "from now", "hence")
    if count is None:
        return mention(m, "DATE", "FUTURE_REF" if forward else "PAST_REF")
    sign = 1 if forward else -1
    dct = r.dct
    if unit == "year" and count == 1 and direction in ("ago", "earlier"):
        # "up from $3 million a year earlier": the period being reported, a year before.
        if r.period_is_year(m.start()):
            base = r.year_before(m.start(), reach=1000) if direction == "earlier" else None
            return mention(m, "DATE", f"{(base or dct.year) - 1:04d}", anchor=False)
        quarter = r.period_before(m.start(), reach=1000)
        if quarter:
            return mention(m, "DATE", shift_value_years(quarter, -1) or quarter, anchor=False)
    if direction in ("earlier", "later"):
        return _counted_from_established(m, r, count, unit, sign)
    return _counted_from(m, dct, count, unit, sign)


def _counted_from_established(m: re.Match[str], r: Resolver, count: float, unit: str, sign: int) -> list[Mention]:
    """"two days later", "20 years later", "a week earlier": counted from the date the paragraph
    established last (Resolver.established_date), never from the document date. Without such a
    date, or when it is too coarse for the count ("in March ... two days later"), the expression
    keeps no date: a duration, as TimeML marks a span counted from an event. A year-ago
    comparison ("up from $3 million a year earlier") still means the year before the document's."""
    established = r.established_date(m.start())
    if established is None:
        if unit == "year" and count == 1 and sign < 0 and _COMPARISON_BEFORE.search(r.text, max(0, m.start() - 80), m.start()):
            return mention(m, "DATE", f"{r.dct.year - 1:04d}", anchor=False)
        r.undated_day(m.start())
        return mention(m, "DURATION", duration_value(count, unit))
    value, same_time = established
    if same_time:
        return mention(m, "DATE", value)
    if unit in _YEARS_PER_UNIT:
        shifted = shift_value_years(value, int(sign * count * _YEARS_PER_UNIT[unit]))
        if shifted and re.fullmatch(r"\d{4}(-\d\d){0,2}|\d{4}-Q\d", shifted):
            return mention(m, "DATE", shifted)
        return mention(m, "DURATION", duration_value(count, unit))
    day = re.fullmatch(r"(\d{4})-(\d\d)(?:-(\d\d))?(?:T.*)?", value)
    if day is None or day.group(3) is None and unit not in ("month", "quarter"):
        r.undated_day(m.start())
        return mention(m, "DURATION", duration_value(count, unit))
    anchor_day = dt.date(int(day.group(1)), int(day.group(2)), int(day.group(3) or 1))
    return _counted_from(m, anchor_day, count, unit, sign)


_YEARS_PER_UNIT = {"year": 1, "decade": 10, "century": 100, "millennium": 1000}


def _counted_from(m: re.Match[str], anchor_day: dt.date, count: float, unit: str, sign: int) -> list[Mention]:
    """The date count units before (sign -1) or after (+1) anchor_day, at the precision of the unit."""
    n = int(count) if count >= 1 else count
    if unit in ("day", "night"):
        return mention(m, "DATE", (anchor_day + dt.timedelta(days=sign * n)).isoformat())
    if unit in ("hour", "minute", "second"):  # "three hours later": that day; "48 hours later": two days on
        days = int(n // 24) if unit == "hour" else 0
        return mention(m, "DATE", (anchor_day + dt.timedelta(days=sign * days)).isoformat())
    if unit in ("week", "fortnight"):
        weeks = n * (2 if unit == "fortnight" else 1)
        return mention(m, "DATE", week_value(anchor_day + dt.timedelta(weeks=sign * weeks)))
    if unit == "month":
        return mention(m, "DATE", month_value(*add_months(anchor_day.year, anchor_day.month, int(sign * n))))
    if unit == "quarter":
        index = anchor_day.year * 4 + quarter_of(anchor_day.month) - 1 + int(sign * n)
        return mention(m, "DATE", f"{index // 4:04d}-Q{index % 4 + 1}")
    years = _YEARS_PER_UNIT.get(unit, 1) * n
    return mention(m, "DATE", f"{int(anchor_day.year + sign * years):04d}")


def h_anaphoric_day(m: re.Match[str], r: Resolver) -> list[Mention]:
    """'that same day', 'the next morning': relative to the day the paragraph named last; no date without one."""
    previous = r.established_value(m.start())
    if not re.fullmatch(r"\d{4}-\d\d-\d\d(T.*)?", previous):
        r.undated_day(m.start())
        return []
    day = dt.date.fromisoformat(previous[:10])
    rel = (m.group("rel") or "").lower()
    day += dt.timedelta(days=1 if rel in ("next", "following") else -1 if rel else 0)
    unit = (m.group("unit") or m.group("unit2")).lower()
    if unit == "day":
        return mention(m, "DATE", day.isoformat())
    return mention(m, "TIME", f"{day.isoformat()}T{DAY_PARTS[unit]}")


def h_reference(m: re.Match[str], r: Resolver) -> list[Mention]:
    kind = "PRESENT_REF" if m.group("present") else "PAST_REF" if m.group("past") else "FUTURE_REF"
    return mention(m, "DATE", kind)
