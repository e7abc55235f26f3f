"""Which regex matches are temporal expressions at all.

accept(name, match, text) runs before the longest-match selection, so a rejected match leaves
room for a shorter one. The checks look only at the words around the match: a four-digit
number that counts people, a month name inside a person's name, an age, a rate, a title.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .lexicon import MONTHS
from .patterns import NUMBER_WORDS, WEEKDAY

# Nouns that show a four-digit number counts things rather than naming a year.
_COUNTED = re.compile(
    r"\s*(?:-\s*)?(?:people|persons|workers|employees|jobs|staff|units|vehicles|cars|trucks|shares|"
    r"points|yen|dollars|euros|pounds|yuan|won|rupees|tons|tonnes|barrels|miles|kilometers|kilometres|"
    r"km|meters|metres|feet|ft|acres|hectares|pages|words|votes|seats|troops|soldiers|students|"
    r"members|customers|users|homes|houses|stores|plants|beds|calories|degrees|rpm|hp|cc|mw|kw|gw|"
    r"mph|kph|lbs?|kg|mg|ml|gallons|liters|litres|bottles|copies|machines|chips|wafers|sq|square|"
    r"cubic|others|more|of\s+(?:them|the|its|their|whom|which))\b",
    re.I,
)
_PLURAL_AFTER = re.compile(r"\s+[a-z]{2,}[^s\W]s\b")
_DATED_PLURAL_AFTER = re.compile(r"\s+(?:elections|results|earnings|sales|accounts|figures|levels|prices|rates|"
                                 r"games|olympics|championships|protests|talks|negotiations|events|attacks|"
                                 r"bombings|riots|floods|crises|models|budgets|forecasts|estimates|targets|plans|"
                                 r"goals|deadlines|revenues|profits|losses|returns|numbers|totals|highs|lows)\b")
_TIME_WORD_BEFORE = re.compile(r"(?:\b(?:in|since|by|until|till|from|during|before|after|of|for|through|to|"
                               r"between|and|early|late|mid|around|about|the|its|their|his|her|this|that|these|"
                               r"those|our|your)|['’]s)\s*$", re.I)
_MODEL_BEFORE = re.compile(r"(?:No\.|#|Boeing|Airbus|Flight|flight|Route|route|Article|article|Section|"
                           r"section|Room|room|Suite|suite|Highway|Interstate|model|Model|version|"
                           r"Version|number|Number|SR|Windows|Office|top|Top|the\s+S&P|Nikkei|index|"
                           # numbered things: "resolution 1973", "Gate 1904", "PO Box 1955", "Bill 1070"
                           r"[Rr]esolution|Gate|Pier|Platform|Terminal|Exit|Apartment|Apt\.?|Box|Bill|Unit|"
                           r"Channel|Track|Bus|Train|Ward|Block|Lot|Level|Floor)\s*$")
_FUNCTION_WORDS = {
    "in", "on", "by", "since", "until", "till", "from", "through", "during", "last", "next", "this",
    "early", "late", "mid", "and", "or", "to", "of", "the", "before", "after", "as", "at", "for",
    "between", "around", "about", "about,", "but", "then", "that", "with", "is", "was", "be", "will",
}
_PREV_WORD = re.compile(r"([A-Za-z][\w.'’&-]*)\W*$")


def _prev_word(text: str, pos: int) -> str:
    m = _PREV_WORD.search(text, max(0, pos - 40), pos)
    return m.group(1) if m else ""


# "1600 Pennsylvania Avenue": a house number.
_STREET_AFTER = re.compile(r"(?:\s+[A-Z][a-z]+){1,3}\s+(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Drive|"
                           r"Place|Square|Court|Parkway|Highway)\b")
# A bare four-digit number in clock position, when it is a valid 24-hour time: "struck at 1653.",
# "around 1800 yesterday", "by 0900 on Friday". Years take "in", not "at", and no day word follows them.
_CLOCK_PREPOSITION = re.compile(r"\b(?:at|around|about|by|until|till|from|before|after)\s+$", re.I)
_DAY_AFTER = re.compile(rf"\s*,?\s+(?:on\s+)?(?:(?i:yesterday|today|tomorrow|tonight|(?:last|this)\s+(?:night|morning|"
                        rf"afternoon|evening))\b|{WEEKDAY})")
_AT_BEFORE = re.compile(r"\bat\s+$", re.I)
_SENTENCE_END_AFTER = re.compile(r"\s*(?:[.;!?]|$)")


def _clock_position(m: re.Match[str], text: str) -> bool:
    digits = m.group(0)
    if not (digits.isdigit() and int(digits[:2]) <= 23 and int(digits[2:]) <= 59):
        return False
    before = text[max(0, m.start() - 20):m.start()]
    if not _CLOCK_PREPOSITION.search(before):
        return False
    return _DAY_AFTER.match(text, m.end()) is not None or (
        _AT_BEFORE.search(before) is not None and _SENTENCE_END_AFTER.match(text, m.end()) is not None)


def _accept_year(m: re.Match[str], text: str) -> bool:
    if m.group("fiscal") or m.group("pos") or m.group("cal"):
        return True
    if _COUNTED.match(text, m.end()) or _STREET_AFTER.match(text, m.end()) or _clock_position(m, text):
        return False
    before = text[max(0, m.start() - 25):m.start()]
    # "owns 2010 patents", "1900 dealers": a number counting the plural noun after it, unless a
    # preposition or determiner makes it a time ("in 2008 banks failed", "the 1992 protests",
    # "post-1959 politics") or the noun is something a year names ("2024 elections").
    if (_PLURAL_AFTER.match(text, m.end()) and not re.match(r"(?:pre|post)-", m.group(0), re.I)
            and not _TIME_WORD_BEFORE.search(before) and not _DATED_PLURAL_AFTER.match(text, m.end())):
        return False
    if _MODEL_BEFORE.search(before):
        return False
    # "from 3,900 to 2000" counts down, it does not name a year; "from 1998 to 2000" does.
    counted_before = re.search(r"\d[\d,.]*\s*(?:to|-|–|and)\s*$", before)
    return not counted_before or re.search(r"(?:1[6-9]|20)\d\d\s*(?:to|-|–|and)\s*$", before) is not None


def _accept_bare_month(m: re.Match[str], text: str) -> bool:
    """A month name alone is a month unless it is part of a name ("Theresa May", "the March for Life")."""
    if m.group("pos") or m.group("rel") or m.group("year") or m.group("yshort") or m.group("yrel") or m.group("yspelled"):
        return True
    prev = _prev_word(text, m.start())
    if prev.lower() == "annual":
        return False
    if prev and prev[0].isupper() and prev.lower() not in _FUNCTION_WORDS:
        # Sentence-initial capitals are fine: look for the stop before the previous word.
        prefix = text[max(0, m.start() - len(prev) - 4):m.start() - len(prev)]
        if not re.search(r"(?:[.!?\"“]\s*|\n\s*|^\s*)$", prefix):
            return False
    name = m.group("mon").lower()
    after = text[m.end():m.end() + 12]
    if name == "may" and re.match(r"\s+(?:be|have|not|also|well|still|soon|yet)\b", after, re.I):
        return prev.lower() in _FUNCTION_WORDS
    if name == "march" and prev.lower() in ("the", "a") and re.match(r"\s+(?:for|of|on|to|against)\b", after, re.I):
        return False
    return True


def _accept_season(m: re.Match[str], text: str) -> bool:
    name = (m.group("season") or "").lower()
    if name in ("fall", "spring") and not (m.group("year") or m.group("yspelled") or m.group("yrel")):
        if re.match(r"\s+(?:of|in|to|from|by|on|for|and|at|was|is|will|would|could|has|had)\b", text[m.end():], re.I):
            return False
        rel = (m.group("rel") or "").lower()
        if rel == "the" and _prev_word(text, m.start()).lower() not in ("in", "during", "by", "until", "through", "since", "for", "over", "this", "the", "of"):
            return False
    return True


# An amount right before a rate word: "$2 million a year", "20% annually", "15 million instructions
# per second", "10,000 units annually", "four flights a week". Rates are no temporal expressions.
_AMOUNT_BEFORE = re.compile(r"(?:\d|million|billion|trillion|percent|%|cents?|share|dollars?|yen|euros?)\s*$", re.I)
_COUNTED_BEFORE = re.compile(r"\b(?:\d[\d,.]*|" + NUMBER_WORDS + r")\s+(?:[a-z-]+\s+)?[a-z-]+s\s*$", re.I)
# "24 hours a day", "40 hours a week": a share of a longer period, no stretch of time.
_PER_UNIT_AFTER = re.compile(r"\s+(?:a|an|per|each)\s+(?:day|week|month|year)\b", re.I)
_PERCENT_BEFORE = re.compile(r"(?:percent|%)\s*$", re.I)


def _after_amount(text: str, pos: int) -> bool:
    before = text[max(0, pos - 40):pos]
    return _AMOUNT_BEFORE.search(before) is not None or _COUNTED_BEFORE.search(before) is not None


def _accept_duration(m: re.Match[str], text: str) -> bool:
    if m.group("unit")[0].isupper() and m.group("count")[0].isdigit():
        return False  # "60 Minutes", a programme
    if m.group("adj") and m.group("adj").lower() == "-old" or re.match(r"\s+(?:old|of\s+age)\b", text[m.end():]):
        return False  # ages are not durations in TimeML
    count = m.group("count").lower()
    unit = m.group("unit").lower()
    bare_article = count in ("a", "an") and not (m.group("det") or m.group("rel") or m.group("mod"))
    if unit.startswith(("second", "sec")) and count in ("a", "an", "one"):
        return False  # "a second time" is an ordinal
    if unit.startswith("quarter") and re.match(r"\s+of\b", text[m.end():]) and count in ("a", "an", "one", "three", "two", "1", "3"):
        return False
    if bare_article:
        # Rates and frequencies are no durations: "$2 million a year", "four flights a week", "twice a day".
        if _after_amount(text, m.start()) or re.search(r"\b(?:times|once|twice|thrice)\s*$", text[max(0, m.start() - 12):m.start()], re.I):
            return False
    elif count[0].isdigit() and _PER_UNIT_AFTER.match(text, m.end()):
        return False
    if count in ("some", "many", "few") and unit in ("time", "day", "year"):
        return False
    return True


def _accept_set(m: re.Match[str], text: str) -> bool:
    """"held annually" and "grows 5% annually" (growth each year) are sets; "$17.9 million annually",
    "10,000 units annually" and "15 million instructions per second" are rates."""
    if m.group("adv") or (m.group("every") or "").lower() == "per":
        before = text[max(0, m.start() - 12):m.start()]
        return not _after_amount(text, m.start()) or _PERCENT_BEFORE.search(before) is not None
    return True


def _accept_vague(m: re.Match[str], text: str) -> bool:
    if m.group("lead") or m.group("ahead") or m.group("long"):
        return True
    prev = _prev_word(text, m.start()).lower()
    if prev in ("for", "in", "over", "within", "after", "than", "take", "took", "takes", "taken",
                "spend", "spent", "lasted", "last", "waited", "wait", "months", "years", "weeks", "days"):
        return True
    return re.match(r"\s+(?:of|ago|later|earlier|before|after|or)\b", text[m.end():], re.I) is not None and prev not in ("the", "these", "those", "our", "their", "his", "her", "its")


def _accept_reference(m: re.Match[str], text: str) -> bool:
    word = m.group(0).lower()
    after = text[m.end():m.end() + 20].lower()
    if word == "current" and re.match(r"\s+(?:account|accounts|affairs|assets|liabilities|ratio|events|prices?|dollars)\b", after):
        return False
    if word == "soon" and re.match(r"\s*(?:after|afterwards?|thereafter|enough)\b", after):
        return False
    return True


def _accept_spelled_year(m: re.Match[str], text: str) -> bool:
    """Spelled-out years ("nineteen ninety-six") need a preposition or a decade-and-unit form."""
    if re.search(r"(?:\b(?:in|since|of|by|until|from|to|before|after|during|year)|" + "|".join(
            k for k in MONTHS if len(k) > 3) + r")\s+$", text[max(0, m.start() - 12):m.start()], re.I):
        return True
    return re.fullmatch(r"(?:nineteen|two\s+thousand)[\s-]+(?:and\s+)?(?:twenty|thirty|forty|fifty|sixty|seventy|"
                        r"eighty|ninety)(?:[\s-]\w+)?", m.group("yspelled"), re.I) is not None


def _accept_weekday(m: re.Match[str], text: str) -> bool:
    prev = _prev_word(text, m.start())
    return prev not in ("Good", "Black", "Cyber", "Super", "Ash", "Holy", "Maundy", "Bloody", "Man")


def _is_title(m: re.Match[str], text: str) -> bool:
    """A capitalised phrase inside a name or title: "High Noon", "VOA Today", '"This Week"'."""
    words = re.findall(r"[A-Za-z]+", m.group(0))
    if not words or not all(w[0].isupper() for w in words):
        return False
    before = text[max(0, m.start() - 30):m.start()]
    if re.search(r"(?:[.!?:]['\"’”]?\s+|\n\s*|^\s*)$", before):
        return False  # sentence start
    if re.search(r"[\"“‘'`]\s*$", before):
        # a quoted title: '"This Week"', '"This Week With David Brinkley"'
        return re.match(r"[,.]?[\"”’'`]|\s+[A-Z]\w*\s+[A-Z]", text[m.end():m.end() + 40]) is not None
    prev = _prev_word(text, m.start())
    return bool(prev) and prev[0].isupper() and prev.lower() not in _FUNCTION_WORDS


def _accept_not_title(m: re.Match[str], text: str) -> bool:
    return not _is_title(m, text)


def _accept_day_word(m: re.Match[str], text: str) -> bool:
    """"the people of tomorrow" is the future at large, no day; "the Today programme" a name."""
    if (m.group("word") or "").lower() == "tomorrow" and re.search(r"\b[a-z]+\s+of\s+$", text[max(0, m.start() - 20):m.start()]):
        return False
    if m.group("word") and re.search(r"\bthe\s+$", text[max(0, m.start() - 5):m.start()], re.I):
        return False
    return _accept_not_title(m, text)


def _accept_clock(m: re.Match[str], text: str) -> bool:
    """"high noon" is an idiom, no time of day; a time written in digits ("1815 GMT") is never a title."""
    if (m.group("word") or "").lower() == "noon" and re.search(r"\bhigh\s+$", text[max(0, m.start() - 6):m.start()], re.I):
        return False
    return any(c.isdigit() for c in m.group(0)) or _accept_not_title(m, text)


ACCEPT: dict[str, Callable[[re.Match[str], str], bool]] = {
    "day_word": _accept_day_word,
    "deictic": _accept_not_title,
    "clock": _accept_clock,
    "bare_unit": _accept_not_title,
    "year": _accept_year,
    "year_range": lambda m, text: not _COUNTED.match(text, m.end()),
    "month": _accept_bare_month,
    "season": _accept_season,
    "duration": _accept_duration,
    "set": _accept_set,
    "vague_duration": _accept_vague,
    "reference": _accept_reference,
    "weekday": _accept_weekday,
    "spelled_year": _accept_spelled_year,
}


def accept(name: str, m: re.Match[str], text: str) -> bool:
    check = ACCEPT.get(name)
    return check is None or check(m, text)


