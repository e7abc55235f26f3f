"""Durations, sets and clock times: three years, every week, 3 p.m., this morning.
"""

from __future__ import annotations

import datetime as dt
import re

from ..lexicon import DAY_PARTS, MONTHS, SEASONS, UNITS, WEEKDAYS, number_value, unit_of
from ..resolver import Mention, Resolver
from .common import month_number, mention, weekday_value, first_count


_SMALLER = {("Y", False): (12, "M", False), ("M", False): (30, "D", False), ("W", False): (7, "D", False),
            ("D", False): (24, "H", True), ("Q", False): (3, "M", False), ("H", True): (60, "M", True),
            ("M", True): (60, "S", True)}


def duration_value(count: float | None, unit: str) -> str:
    """P3Y, PT5H30M, PXM ...: a count of a unit as a TIMEX3 duration."""
    letter, is_time, size = UNITS[unit]
    if letter in ("DE", "CE", "ML"):
        letter, size = "Y", {"DE": 10, "CE": 100, "ML": 1000}[letter] * size
    prefix = "PT" if is_time else "P"
    if count is None:
        return f"{prefix}X{letter}"
    whole = int(count)
    fraction = count - whole
    value = f"{prefix}{whole * size}{letter}" if whole else prefix
    if fraction and (letter, is_time) in _SMALLER:
        factor, smaller, smaller_is_time = _SMALLER[(letter, is_time)]
        extra = round(fraction * factor * size)
        if smaller_is_time and not is_time:
            value = (value if whole else "P") + f"T{extra}{smaller}"
        else:
            value = value + f"{extra}{smaller}"
    elif fraction:
        value = f"{prefix}{count * size:g}{letter}"
    return value


# "Islam will one day be", "hopes to one day fly": "one day" as "some day", a vague future.
_SOMEDAY_BEFORE = re.compile(r"\b(?:will|would|could|might|may|can|shall|should|must|to|he|she|they|we|I|you|it)\s+$", re.I)


def h_duration(m: re.Match[str], r: Resolver) -> list[Mention]:
    unit = unit_of(m.group("unit"))
    if unit is None:
        return []
    if (re.fullmatch(r"one\s+day", m.group(0), re.I) and _SOMEDAY_BEFORE.search(r.text, max(0, m.start() - 8), m.start())
            and re.match(r"\s+[a-z]", r.text[m.end():m.end() + 2])):
        return mention(m, "DATE", "FUTURE_REF")
    count = first_count(m.group("count"))
    if count is not None and m.group("half"):
        count += 0.5
    start = m.start()
    adjectival = "-" in m.group("sep") or (count or 0) > 1 and not m.group("unit").lower().endswith("s")
    if adjectival and (m.group("det") or "").lower() in ("a", "an", "the"):
        # "a five-year low", "the 30-year bond": the determiner belongs to the noun, not the duration.
        start = m.start("rel") if m.group("rel") else m.start("mod") if m.group("mod") else m.start("count")
    return mention(m, "DURATION", duration_value(count, unit), start=start)


def h_vague_duration(m: re.Match[str], r: Resolver) -> list[Mention]:
    unit = unit_of(m.group("unit")) or "year"
    if m.group("long") and not m.group("lead"):
        return mention(m, "DURATION", duration_value(None, unit), end=m.end("long"))
    start = m.start("unit") if (m.group("lead") or "").lower() == "the" else m.start()
    return mention(m, "DURATION", duration_value(None, unit), start=start)


_ADVERB_SETS = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y",
                "hourly": "PT1H", "nightly": "P1D", "biweekly": "P2W", "bimonthly": "P2M",
                "biannually": "P6M", "semiannually": "P6M", "semi-annually": "P6M", "fortnightly": "P2W"}


def h_set(m: re.Match[str], r: Resolver) -> list[Mention]:
    if m.group("adv"):
        return mention(m, "SET", _ADVERB_SETS[m.group("adv").lower()])
    if m.group("freq"):
        return mention(m, "SET", duration_value(1.0, m.group("funit").lower()))  # "twice a year": P1Y (freq 2X)
    if m.group("wds"):
        return mention(m, "SET", f"XXXX-WXX-{WEEKDAYS[m.group('wds').lower()[:-1]]}")
    if m.group("wdn"):
        code = DAY_PARTS[m.group("nights").lower()[:-1]]
        return mention(m, "SET", f"XXXX-WXX-{WEEKDAYS[m.group('wdn').lower()]}T{code}")
    word = m.group("unit")
    lower = word.lower().rstrip(".")
    if lower in WEEKDAYS and word[0].isupper():
        return mention(m, "SET", f"XXXX-WXX-{WEEKDAYS[lower]}")
    if lower in MONTHS and word[0].isupper():
        return mention(m, "SET", f"XXXX-{MONTHS[lower]:02d}")
    if lower in SEASONS:
        return mention(m, "SET", f"XXXX-{SEASONS[lower]}")
    if lower in DAY_PARTS:
        return mention(m, "SET", f"XXXX-XX-XXT{DAY_PARTS[lower]}")
    if lower in ("weekend", "weekday"):
        return mention(m, "SET", "XXXX-WXX-WE" if lower == "weekend" else "XXXX-WXX-WD")
    unit = unit_of(lower)
    if unit is None:
        return []
    count = number_value(m.group("count")) if m.group("count") else 1.0
    if "other" in m.group(0).lower():
        count = (count or 1) * 2
    return mention(m, "SET", duration_value(count, unit))


def _clock_day(m: re.Match[str], r: Resolver) -> str:
    if m.group("wd"):
        value, _ = weekday_value(m, r, WEEKDAYS[m.group("wd").lower()], "")
        return value
    if m.group("dw"):
        offset = {"yesterday": -1, "today": 0, "tomorrow": 1}[m.group("dw").lower()]
        return (r.dct + dt.timedelta(days=offset)).isoformat()
    if m.group("mon"):
        day = int(re.match(r"\d+", m.group("day")).group())
        return r.resolve(f"XXXX-{month_number(m.group('mon')):02d}-{day:02d}", m.start(), m.end())
    # A bare clock time belongs to the day the text was just talking about, if it named one, and
    # has no day when that day is one the text left undated.
    if r.day_unknown(m.start()):
        return "XXXX-XX-XX"
    previous = r.date_before(m.start(), reach=300)
    if previous and re.fullmatch(r"\d{4}-\d\d-\d\d(T.*)?", previous):
        return previous[:10]
    following = _WEEKDAY_AFTER_PARENTHESIS.match(r.text, m.end())
    if following:
        value, _ = weekday_value(m, r, WEEKDAYS[following.group(1).lower()], "")
        return value
    return r.dct.isoformat()


_WEEKDAY_AFTER_PARENTHESIS = re.compile(r"(?<=\))\s*,?\s*(?:on\s+)?(?=[A-Z])(" + "|".join(
    w.capitalize() for w in WEEKDAYS if len(w) > 5) + r")\b")


def h_clock(m: re.Match[str], r: Resolver) -> list[Mention]:
    if m.group("word"):
        word = m.group("word").lower()
        hh, mm = (24, 0) if word == "midnight" else (12, 0)
    elif m.group("hw"):
        hours = number_value(m.group("hw"))
        if hours is None or not 1 <= hours <= 12:
            return []
        hh, mm = int(hours) % 12 + (12 if m.group("part").lower() != "morning" else 0), 0
    elif m.group("h24"):
        hh, mm = int(m.group("h24")), int(m.group("mi24"))
    elif m.group("h4"):  # "1653 local time", "0830 BST": a 24-hour clock time, never a year
        hh, mm = int(m.group("h4")), int(m.group("mi4"))
    else:
        hh = int(m.group("h"))
        if not 1 <= hh <= 12:
            return []
        mm = int(m.group("mi") or 0)
        hh = hh % 12 + (12 if m.group("ap").lower() == "p" else 0)
    return mention(m, "TIME", f"{_clock_day(m, r)}T{hh:02d}:{mm:02d}")


def h_day_part(m: re.Match[str], r: Resolver) -> list[Mention]:
    if m.group("mid"):
        code = DAY_PARTS[re.sub(r"\s+", " ", m.group("mid").lower())]
        word = (m.group("dw2") or "today").lower()
    else:
        word, code = m.group("dw").lower(), DAY_PARTS[m.group("part").lower()]
        if word == "last" and code != "NI":
            return []
        if word == "tonight":
            return []
    offset = {"yesterday": -1, "last": -1, "tomorrow": 1}.get(word, 0)
    return mention(m, "TIME", f"{(r.dct + dt.timedelta(days=offset)).isoformat()}T{code}")
