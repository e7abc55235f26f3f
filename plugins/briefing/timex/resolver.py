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

from .context import FUTURE, PAST, PRESENT, UNKNOWN, TextContext
from .values import fiscal_value, fiscal_year_of, interval, quarter_of, week_value

# An underspecified date ("May", "Nov. 16", "Friday") becomes the instance nearest to the
# document date, where a distance into the future counts this many times its length: past tense
# pushes towards the past, future tense towards the future. Without tense cues, plain distance
# decides. Weekdays keep a pull towards the past even in future-tense sentences, because a
# future cue in a sentence far more often belongs to another clause than a bare weekday names a
# day ahead. (Weights chosen on TimeBank/AQUAINT statistics, kept round.)
_FUTURE_COST = {PAST: 10.0, FUTURE: 0.1, PRESENT: 1.0, UNKNOWN: 1.0}
# A bare month in a past-tense sentence is the latest such month that has begun, unless that was
# eleven months ago and the past verb is not its own: "warned oil companies of a cutback in its supply
# in September" (in August) looks one month ahead, "in February it scrapped the talks" (in January)
# looks back.
_MONTH_FUTURE_COST = {PAST: float("inf"), FUTURE: 0.1, PRESENT: 1.0, UNKNOWN: 1.0}
_OWN_VERB_REACH = 30  # characters: "in February it scrapped", "signed ... in May"
_WEEKDAY_FUTURE_COST = {PAST: float("inf"), FUTURE: 1.0, PRESENT: 1.0, UNKNOWN: 1.0}
# Words right before an expression that fix its direction whatever the verbs say.
_PAST_BEFORE = re.compile(r"\b(?:as\s+of|since|as\s+recently\s+as)\s+(?:early\s+|late\s+|mid-?)?$", re.I)
# "said Monday", "announced on Friday": the expression dates the reporting itself.
_REPORTED_BEFORE = re.compile(
    r"\b(?:said|told|announced|reported|added|noted|declared|confirmed|disclosed|stated|warned|"
    r"revealed|acknowledged|insisted|argued|explained|wrote)\s+(?:on\s+|in\s+|late\s+|early\s+)?$", re.I)
# "according to a statement on May 15", "said in a filing on Friday", "In an interview in March": the
# expression dates a statement already made, whatever tense the reported content has.
_ATTRIBUTED_BEFORE = re.compile(
    r"(?:\b(?i:according)\s+to|\b(?:said|told|announced|reported|disclosed|stated|confirmed|wrote|added|noted)\s+in|"
    r"(?:^|[.!?]\s+|\n)In)\s+(?:an?|the|its|their|his|her|a\s+company|[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*['’]s?)"
    r"(?:\s+[\w-]+){0,2}?\s+(?:statements?|filings?|(?:press\s+|news\s+)?releases?|reports?|announcements?|"
    r"interviews?|letters?|memos?|notices?|disclosures?|(?:news\s+|press\s+)?conferences?|briefings?|posts?|"
    r"tweets?|speech|remarks|comments|emails?|documents?|submissions?)"
    r"(?:\s+(?:issued|released|published|made|posted|filed|dated|given|delivered|sent|seen))?"
    r"(?:\s+(?:in|by|from|to)\s+(?:the\s+)?[\w.&-]+(?:\s+[A-Z][\w.&-]*)*)?\s+(?:on|in|dated|from|of)\s+"
    r"(?:late\s+|early\s+|mid-?)?$")
# Periods that make "a year earlier" mean the previous year rather than the year-ago quarter.
_YEAR_PERIOD = re.compile(r"\b(?:(?:first\s+)?(?:nine|six)|nine-month|six-month)\s*months?\b|"
                          r"\bthe\s+(?:full\s+|fiscal\s+)?year\b(?!-)", re.I)
# Deadlines ("by May", "through January") are as often ahead as behind whatever the verb says.
_DEADLINE_BEFORE = re.compile(r"\b(?:by|until|till|through)\s+(?:early\s+|late\s+|mid-?)?$", re.I)
_FUTURE_BEFORE = re.compile(r"\b(?:of\s+record|payable|effective|starting|beginning|expiring|due)\s+(?:on\s+)?$", re.I)


@dataclass
class Mention:
    """A tagged expression before it becomes a Timex; template keeps the year-less form."""

    start: int
    end: int
    type: str
    value: str
    template: str | None = None
    anchor: bool = True  # may later expressions refer back to it ("the quarter", "that year")?


_WEEKDAY_TEMPLATE = re.compile(r"XXXX-WXX-([1-7])(T\w+)?")
# A schedule verb governing a weekday in its own clause ("is scheduled to close Monday", "is to
# resume trading in Paris Tuesday", "postponed until Tuesday"): unless the sentence is in the past
# tense, the day lies ahead even when it is nearer behind. A date or month it governs lies ahead
# whatever other verbs say ("is scheduled to stand trial on October 19, his lawyer confirmed").
_SCHEDULED_BEFORE = re.compile(
    r"\b(?:will|shall|(?:is|are)\s+(?:scheduled\s+|due\s+|set\s+|expected\s+|supposed\s+)?to|(?<!been\s)(?<!was\s)(?<!were\s)scheduled\s+(?:to|for)|"
    r"plann?(?:ed|ing|s)?\s+(?:to\s+)?|postponed\s+(?:it\s+)?until|adjourned\s+until|set\s+for)\b[^,;:.!?()\"“”]{0,50}$", re.I)
_SCHEDULED_FUTURE_COST = 0.3
# Only a comma or dash between a date and an anchored expression: both name the same time.
_APPOSITION = re.compile(r"\s*[,–—]\s*|\s+-\s+")


class Resolver:
    """Context for resolving the expressions of one text against its creation date."""

    def __init__(self, text: str, dct: dt.date, fiscal_year_start: int = 1) -> None:
        self.text = text
        self.dct = dct
        self.fiscal_year_start = fiscal_year_start
        self.context = TextContext(text)
        self.last_year: tuple[int, int] | None = None  # (position, year) of the last dated mention
        self.last_quarter: tuple[int, str] | None = None  # (position, value) of the last quarter
        self.quarter_counts: dict[str, int] = {}  # how often each quarter was mentioned so far
        self.quarters: list[tuple[int, str]] = []  # (position, value) of every quarter mentioned
        self.halves: list[tuple[int, str]] = []  # (position, value) of every half year mentioned
        self.last_date: tuple[int, str] | None = None  # (position, value) of the last dated mention
        self.last_date_end = 0  # where that mention ends
        self.last_undated_day = -1  # where the last day the text named but left undated starts ("The next day")

    # --- memory of earlier mentions -------------------------------------------------------
    def remember(self, mention: Mention) -> None:
        """Note a resolved DATE so later anaphoric expressions can refer back to it."""
        if not mention.anchor or mention.type not in ("DATE", "TIME") or not re.match(r"\d{4}", mention.value):
            return
        year = int(mention.value[:4])
        self.last_year = (mention.start, year)
        self.last_date = (mention.start, mention.value)
        self.last_date_end = mention.end
        if re.fullmatch(r"\d{4}-Q[1-4]", mention.value):
            self.last_quarter = (mention.start, mention.value)
            self.quarter_counts[mention.value] = self.quarter_counts.get(mention.value, 0) + 1
            self.quarters.append((mention.start, mention.value))
        elif re.fullmatch(r"\d{4}-H[12]", mention.value):
            self.halves.append((mention.start, mention.value))

    def year_before(self, position: int, reach: int = 100_000) -> int | None:
        """The year of the last dated mention before position, if within reach characters."""
        if self.last_year and position - self.last_year[0] <= reach:
            return self.last_year[1]
        return None

    def quarter_before(self, position: int, reach: int = 100_000) -> str | None:
        """The quarter the text is talking about at position.

        A quarter named in the same or one of the two sentences before wins; otherwise the quarter the
        text mentioned most (earnings reports name their quarter first and most often, and a
        passing "after a flat second quarter" does not change what "the year-earlier period"
        compares with), the first among equals.
        """
        if not self.last_quarter or position - self.last_quarter[0] > reach:
            return None
        bound, _ = self.context.sentence(position, position)
        for _ in range(3):
            recent = [value for start, value in self.quarters if bound <= start < position]
            if recent:
                return recent[-1]
            if not bound:
                break
            bound, _ = self.context.sentence(max(0, bound - 2), max(0, bound - 1))
        most = max(self.quarter_counts.values())
        return next(v for v, n in self.quarter_counts.items() if n == most)

    def period_before(self, position: int, reach: int = 100_000) -> str | None:
        """The quarter or half year "the same period" refers to: a half named in the same or the
        previous sentence after any quarter there ("sales in the first half ... the same period
        a year ago"), else the quarter under discussion."""
        lo, _ = self.context.sentence(position, position)
        previous_lo, _ = self.context.sentence(max(0, lo - 2), max(0, lo - 1)) if lo else (0, 0)
        halves = [(start, value) for start, value in self.halves if previous_lo <= start < position]
        quarters = [start for start, _ in self.quarters if previous_lo <= start < position]
        if halves and (not quarters or halves[-1][0] > quarters[-1]):
            return halves[-1][1]
        return self.quarter_before(position, reach)

    def period_is_year(self, position: int) -> bool:
        """Does the sentence so far report a multi-month period ("the nine months", "the year")?"""
        lo, _ = self.context.sentence(position, position)
        return _YEAR_PERIOD.search(self.text, lo, position) is not None

    def date_before(self, position: int, reach: int = 100_000) -> str | None:
        if self.last_date and position - self.last_date[0] <= reach:
            return self.last_date[1]
        return None

    def established_date(self, position: int) -> tuple[str, bool] | None:
        """The date an anchored expression ("two days later", "the following week", "that evening")
        counts from: the last date the text named before position in the same paragraph, never the
        document date. With it, whether the expression stands in apposition to that date ("Today,
        two decades later," / "In 2005, 20 years later,"), and so names the same time."""
        if not self.last_date or "\n\n" in self.text[self.last_date[0]:position]:
            return None
        between = self.text[self.last_date_end:position]
        return self.last_date[1], _APPOSITION.fullmatch(between) is not None

    def undated_day(self, position: int) -> None:
        """Note that the text named a day at position ("The next day", "Two days later") it gave no date."""
        self.last_undated_day = position

    def day_unknown(self, position: int) -> bool:
        """Is the day the sentence is talking about at position one the text left undated? ("The next
        day, shortly after noon, ...": the clock time has no day either.)"""
        lo, _ = self.context.sentence(position, position)
        last_dated = self.last_date[0] if self.last_date else -1
        return self.last_undated_day >= lo and self.last_undated_day > last_dated

    def established_value(self, position: int) -> str:
        """The value of established_date, "" without one."""
        established = self.established_date(position)
        return established[0] if established else ""

    def established_year(self, position: int) -> int | None:
        """The year of established_date: what "that year" or "the following year" count from."""
        value = self.established_value(position)
        return int(value[:4]) if re.match(r"\d{4}", value) else None

    # --- the document date ----------------------------------------------------------------
    def dct_quarter(self, shift: int = 0) -> str:
        index = self.dct.year * 4 + quarter_of(self.dct.month) - 1 + shift
        return f"{index // 4:04d}-Q{index % 4 + 1}"

    def dct_fiscal_year(self, shift: int = 0, part: str = "") -> str:
        name = fiscal_year_of(self.dct, self.fiscal_year_start) + shift
        return fiscal_value(name, self.fiscal_year_start, part)

    def dct_week(self, shift_weeks: int = 0) -> str:
        return week_value(self.dct + dt.timedelta(weeks=shift_weeks))

    # --- tense ---------------------------------------------------------------------------------
    def tense(self, start: int, end: int) -> str:
        """PAST, FUTURE, PRESENT or UNKNOWN for the expression at text[start:end]."""
        return self.direction_before(start) or self._verb_tense(start, end)

    def direction_before(self, start: int) -> str | None:
        """PAST or FUTURE when the words right before an expression fix its direction
        ("since", "as of", "said on", "according to a statement on"; "effective", "due")."""
        window = max(0, start - 30)
        if _PAST_BEFORE.search(self.text, window, start) or _REPORTED_BEFORE.search(self.text, window, start):
            return PAST
        if _ATTRIBUTED_BEFORE.search(self.text, max(0, start - 100), start):
            return PAST
        if _FUTURE_BEFORE.search(self.text, window, start):
            return FUTURE
        return None

    def _past_verb_is_far(self, start: int, end: int) -> bool:
        """Is the past-tense cue of the expression more than a few words away from it?"""
        _, distance = self.context.tense_cue(start, end)
        return distance is not None and distance > _OWN_VERB_REACH

    def _verb_tense(self, start: int, end: int) -> str:
        tense = self.context.tense(start, end)
        if _DEADLINE_BEFORE.search(self.text, max(0, start - 30), start) and tense != FUTURE:
            return PRESENT
        return tense

    # --- underspecified dates -----------------------------------------------------------------
    def resolve(self, template: str, start: int, end: int) -> str:
        """An XXXX template placed by the tense around the document date."""
        tense = self.tense(start, end)
        m = _WEEKDAY_TEMPLATE.fullmatch(template)
        if m:
            cost = _WEEKDAY_FUTURE_COST[tense]
            if tense != PAST and _SCHEDULED_BEFORE.search(self.text, max(0, start - 70), start):
                cost = _SCHEDULED_FUTURE_COST
            day = nearest_weekday(int(m.group(1)), self.dct, cost)
            return day.isoformat() + (m.group(2) or "")
        make = template_maker(template)
        if make is None:
            return template
        if _SCHEDULED_BEFORE.search(self.text, max(0, start - 70), start) and self.direction_before(start) is None:
            # "is scheduled to go on trial on October 19, a spokesman confirmed": the schedule governs the date
            tense = FUTURE
        if re.fullmatch(r"XXXX-[QH]\d", template):
            return place_yearly(make, self.dct, "past" if tense == PAST else "current")
        if re.fullmatch(r"XXXX-\d\d", template):
            if (tense == PAST and int(template[5:]) == self.dct.month % 12 + 1
                    and self.direction_before(start) is None and self._past_verb_is_far(start, end)):
                return make(self.dct.year + (self.dct.month == 12))
            return place_nearest(make, self.dct, _MONTH_FUTURE_COST[tense])
        return place_nearest(make, self.dct, _FUTURE_COST[tense])

    def yearly(self, make: Callable[[int], str], start: int, end: int) -> str:
        """The instance of a yearly value (fiscal quarter, holiday) nearest the document date."""
        return place_nearest(make, self.dct, _FUTURE_COST[self.tense(start, end)])


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
    before dct; otherwise ("current") the instance in dct's year.
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
    # Impossible instances ("2025-02-29") have no interval, so placing skips them.
    return lambda year: f"{year:04d}{rest}"


def _cost(bounds: tuple[dt.date, dt.date], dct: dt.date, future_cost: float) -> float:
    first, last = bounds
    if first <= dct <= last:
        return 0.0
    if last < dct:
        return float((dct - last).days)
    return (first - dct).days * future_cost if future_cost != float("inf") else future_cost


def place_nearest(make: Callable[[int], str], dct: dt.date, future_cost: float) -> str:
    """The instance of a yearly value nearest dct, future distances weighted by future_cost."""
    best: tuple[float, str] | None = None
    for year in range(dct.year - 2, dct.year + 3):
        value = make(year)
        bounds = _bounds(value)
        if bounds is None:
            continue
        cost = _cost(bounds, dct, future_cost)
        if best is None or cost < best[0]:
            best = (cost, value)
    return best[1] if best else make(dct.year)


def nearest_weekday(weekday: int, dct: dt.date, future_cost: float) -> dt.date:
    """The day with ISO weekday (1 = Monday) nearest dct, future distances weighted."""
    back = (dct.isoweekday() - weekday) % 7
    ahead = (weekday - dct.isoweekday()) % 7 or 7
    if back == 0 or back <= ahead * future_cost:
        return dct - dt.timedelta(days=back)
    return dct + dt.timedelta(days=ahead)


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
