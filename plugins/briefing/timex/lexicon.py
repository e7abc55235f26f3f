"""Word tables of the tagger: month, weekday, season and number words, and the units durations use.

Kept apart from the patterns so the regexes and the resolver read the same names.
"""

from __future__ import annotations

import re

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}

WEEKDAYS = {
    "monday": 1, "mon": 1, "tuesday": 2, "tues": 2, "tue": 2, "wednesday": 3, "wed": 3,
    "thursday": 4, "thurs": 4, "thu": 4, "friday": 5, "fri": 5, "saturday": 6, "sat": 6,
    "sunday": 7, "sun": 7,
}

SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}

# Times of day as TIMEX3 writes them (TMO morning, TAF afternoon, TEV evening, TNI night).
DAY_PARTS = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
    "mid-afternoon": "AF", "midafternoon": "AF", "mid afternoon": "AF", "midmorning": "MO",
    "mid-morning": "MO", "late-night": "NI",
}

ORDINALS = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
    "fifth": 5, "5th": 5, "sixth": 6, "6th": 6, "seventh": 7, "7th": 7, "eighth": 8, "8th": 8,
    "ninth": 9, "9th": 9, "tenth": 10, "10th": 10, "eleventh": 11, "twelfth": 12,
    "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
    "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
    "last": -1, "final": -1,
}

UNITS_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
TENS_WORDS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
# Vague quantities: the unit is known, the count is not (TIMEX3 writes X: "PXY").
VAGUE_COUNTS = ("a few", "few", "several", "many", "some", "a number of", "numerous", "countless")

# Duration units: TIMEX3 letter, whether it is a time (after "T") and how many of the letter's
# unit one item holds (a decade is 10 Y, a fortnight 2 W).
UNITS = {
    "second": ("S", True, 1), "minute": ("M", True, 1), "hour": ("H", True, 1),
    "day": ("D", False, 1), "night": ("D", False, 1), "week": ("W", False, 1),
    "fortnight": ("W", False, 2), "month": ("M", False, 1), "quarter": ("Q", False, 1),
    "year": ("Y", False, 1), "decade": ("DE", False, 1), "century": ("CE", False, 1),
    "millennium": ("ML", False, 1),
}
# Plural and adjective forms that are not the unit plus "s".
UNIT_FORMS = {
    "seconds": "second", "minutes": "minute", "hours": "hour", "days": "day", "nights": "night",
    "weeks": "week", "fortnights": "fortnight", "months": "month", "quarters": "quarter",
    "years": "year", "decades": "decade", "centuries": "century", "millennia": "millennium",
    "yr": "year", "yrs": "year", "hr": "hour", "hrs": "hour", "min": "minute", "mins": "minute",
    "sec": "second", "secs": "second", "wk": "week", "wks": "week", "mo": "month", "mos": "month",
}


def unit_of(word: str) -> str | None:
    """The canonical unit name of a unit word ("Years" -> "year"), None for other words."""
    w = word.lower()
    if w in UNITS:
        return w
    return UNIT_FORMS.get(w)


_NUMBER_TOKEN = re.compile(r"[a-z]+|\d+(?:\.\d+)?", re.I)


def number_value(phrase: str) -> float | None:
    """The number an English count phrase names: "twenty-four" -> 24, "a" -> 1, "2 1/2" -> 2.5.

    Returns None for vague counts ("several") so callers write X in the value.
    """
    p = phrase.lower().strip().replace(",", "")
    if not p:
        return None
    if p in ("a", "an", "one", "a single", "single"):
        return 1.0
    if p in ("a couple of", "a couple", "couple of", "a pair of"):
        return 2.0
    if p in ("half a", "half an", "a half"):
        return 0.5
    if p in ("a dozen", "dozen"):
        return 12.0
    if any(p == v or p == v + " of" for v in VAGUE_COUNTS):
        return None
    m = re.fullmatch(r"(\d+)\s+(\d)/(\d)", p)
    if m:
        return int(m.group(1)) + int(m.group(2)) / int(m.group(3))
    m = re.fullmatch(r"(.+?)(?:\s+and)?\s+a\s+half", p)
    if m:
        base = number_value(m.group(1))
        return None if base is None else base + 0.5
    if re.fullmatch(r"\d+(?:\.\d+)?", p):
        return float(p)
    total = 0
    current = 0
    for tok in _NUMBER_TOKEN.findall(p.replace("-", " ")):
        if tok in UNITS_WORDS:
            current += UNITS_WORDS[tok]
        elif tok in TENS_WORDS:
            current += TENS_WORDS[tok]
        elif tok == "hundred":
            current = max(current, 1) * 100
        elif tok == "thousand":
            total += max(current, 1) * 1000
            current = 0
        elif tok in ("a", "an") and current == 0:
            current = 1
        elif tok == "and":
            continue
        else:
            return None
    return float(total + current)


def number_words_pattern() -> str:
    """A regex alternative matching spelled-out numbers up to the thousands ("twenty-four")."""
    units = "|".join(sorted(UNITS_WORDS, key=len, reverse=True))
    tens = "|".join(TENS_WORDS)
    simple = rf"(?:(?:{tens})(?:[- ](?:{units}))?|{units})"
    return rf"(?:{simple}(?:\s+hundred(?:\s+(?:and\s+)?{simple})?)?(?:\s+thousand)?)"
