"""Handlers: one per pattern, turning a regex match into tagged mentions with TIMEX3 values.

accept(name, match, text) says whether a match is an expression at all (it runs before the
longest-match selection, so a rejected match leaves room for a shorter one); handle(name,
match, resolver) then computes type and value in document order.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from dateutil.easter import easter

from .context import FUTURE, PAST
from .lexicon import DAY_PARTS, MONTHS, ORDINALS, SEASONS, UNITS, WEEKDAYS, number_value, unit_of
from .patterns import NUMBER_WORDS
from .resolver import Mention, Resolver, place_yearly, template_maker
from .values import (add_months, fiscal_value, month_value, quarter_of, season_of,
                     shift_value_years, week_value)

Handler = Callable[[re.Match[str], Resolver], list[Mention]]

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
_MODEL_BEFORE = re.compile(r"(?:No\.|#|Boeing|Airbus|Flight|flight|Route|route|Article|article|Section|"
                           r"section|Room|room|Suite|suite|Highway|Interstate|model|Model|version|"
                           r"Version|number|Number|SR|Windows|Office|top|Top|the\s+S&P|Nikkei|index)\s*$")
_FUNCTION_WORDS = {
    "in", "on", "by", "since", "until", "till", "from", "through", "during", "last", "next", "this",
    "early", "late", "mid", "and", "or", "to", "of", "the", "before", "after", "as", "at", "for",
    "between", "around", "about", "about,", "but", "then", "that", "with", "is", "was", "be", "will",
}
_PREV_WORD = re.compile(r"([A-Za-z][\w.'’&-]*)\W*$")


def _prev_word(text: str, pos: int) -> str:
    m = _PREV_WORD.search(text, max(0, pos - 40), pos)
    return m.group(1) if m else ""


def _next_text(text: str, pos: int, length: int = 30) -> str:
    return text[pos:pos + length]


def _month(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


def _two_digit_year(digits: str, resolver: Resolver) -> int:
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


def _year_from(m: re.Match[str], resolver: Resolver, prefix: str = "") -> int | None:
    """The year a match names through its year, yshort, yspelled or yrel groups."""
    groups = m.groupdict()
    if groups.get(prefix + "year"):
        return int(groups[prefix + "year"])
    if groups.get(prefix + "yshort"):
        return _two_digit_year(groups[prefix + "yshort"], resolver)
    if groups.get(prefix + "yspelled"):
        return spelled_year(groups[prefix + "yspelled"])
    rel = groups.get(prefix + "yrel")
    if rel:
        return _relative_year(rel.lower(), resolver, m.start())
    return None


def _relative_year(phrase: str, resolver: Resolver, position: int) -> int:
    """The year of "this year", "last year", "the following year", "that year" ..."""
    dct_year = resolver.dct.year
    anaphoric = resolver.year_before(position) or dct_year
    if phrase.startswith(("last", "the previous", "the prior")):
        return dct_year - 1 if phrase.startswith("last") else anaphoric - 1
    if phrase.startswith("next"):
        return dct_year + 1
    if phrase.startswith("the following"):
        return anaphoric + 1
    if phrase.startswith(("that", "the same")):
        return anaphoric
    return dct_year


def _mention(m: re.Match[str], kind: str, value: str, template: str | None = None,
             start: int | None = None, end: int | None = None, anchor: bool = True) -> list[Mention]:
    return [Mention(m.start() if start is None else start, m.end() if end is None else end,
                    kind, value, template, anchor)]


# ----------------------------------------------------------------------------------------------
# acceptance checks


def _accept_year(m: re.Match[str], text: str) -> bool:
    if m.group("fiscal") or m.group("pos") or m.group("cal"):
        return True
    if _COUNTED.match(text, m.end()):
        return False
    before = text[max(0, m.start() - 25):m.start()]
    if _MODEL_BEFORE.search(before):
        return False
    # "3,900 to 2000" style number lists and "1998 / 2000" ratios are numbers, not years.
    return not re.search(r"(?:\d[\d,.]*\s*(?:to|-|–|and)\s*)$", before) or re.search(r"(?:1[6-9]|20)\d\d\s*(?:to|-|–|and)\s*$", before) is not None


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


def _accept_duration(m: re.Match[str], text: str) -> bool:
    if m.group("unit")[0].isupper() and m.group("count")[0].isdigit():
        return False  # "60 Minutes", a programme
    if m.group("adj") and m.group("adj").lower() == "-old" or re.match(r"\s+(?:old|of\s+age)\b", text[m.end():]):
        return False  # ages are not durations in TimeML
    count = m.group("count").lower()
    unit = m.group("unit").lower()
    bare_article = count in ("a", "an") and not (m.group("det") or m.group("rel") or m.group("mod"))
    if unit.startswith(("second", "sec")) and (count in ("a", "an", "one") or not unit.endswith("s") and count not in ("1",)):
        return count not in ("a", "an", "one")
    if unit.startswith("quarter") and re.match(r"\s+of\b", text[m.end():]) and count in ("a", "an", "one", "three", "two", "1", "3"):
        return False
    if bare_article:
        # Rates are no durations: "$2 million a year", "four flights a week", "24 hours a day".
        prev = text[max(0, m.start() - 40):m.start()]
        if re.search(r"(?:\d|million|billion|trillion|percent|%|times|once|twice|thrice|cents?|share|dollars?|yen|euros?)\s*$", prev, re.I):
            return False
        if re.search(r"\b(?:\d[\d,.]*|" + NUMBER_WORDS + r")\s+(?:[a-z-]+\s+)?[a-z-]+s\s*$", prev, re.I):
            return False
    if count in ("some", "many", "few") and unit in ("time", "day", "year"):
        return False
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
    if word == "now" and re.match(r"\s*that\b", after) and _prev_word(text, m.start()).lower() in ("", "and", "but"):
        return True
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
        return re.match(r"[,.]?[\"”’'`]", text[m.end():m.end() + 3]) is not None  # a quoted title
    prev = _prev_word(text, m.start())
    return bool(prev) and prev[0].isupper() and prev.lower() not in _FUNCTION_WORDS


def _accept_not_title(m: re.Match[str], text: str) -> bool:
    return not _is_title(m, text)


ACCEPT: dict[str, Callable[[re.Match[str], str], bool]] = {
    "day_word": _accept_not_title,
    "deictic": _accept_not_title,
    "clock": _accept_not_title,
    "bare_unit": _accept_not_title,
    "year": _accept_year,
    "month": _accept_bare_month,
    "season": _accept_season,
    "duration": _accept_duration,
    "vague_duration": _accept_vague,
    "reference": _accept_reference,
    "weekday": _accept_weekday,
    "spelled_year": _accept_spelled_year,
}


def accept(name: str, m: re.Match[str], text: str) -> bool:
    check = ACCEPT.get(name)
    return check is None or check(m, text)


# ----------------------------------------------------------------------------------------------
# handlers


def h_date(m: re.Match[str], r: Resolver) -> list[Mention]:
    month = _month(m.group("mon") or m.group("mon2"))
    day = int(re.match(r"\d+", m.group("day") or m.group("day2")).group())
    year = _year_from(m, r)
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
    return _mention(m, "DATE", value, template)


def h_numeric_date(m: re.Match[str], r: Resolver) -> list[Mention]:
    try:
        date = dt.date(int(m.group("year")), int(m.group("mon")), int(m.group("day")))
    except ValueError:
        return []
    return _mention(m, "DATE", date.isoformat())


def h_month(m: re.Match[str], r: Resolver) -> list[Mention]:
    month = _month(m.group("mon"))
    year = _year_from(m, r)
    if year is not None:
        return _mention(m, "DATE", month_value(year, month))
    rel = re.sub(r"\s+", " ", (m.group("rel") or "").lower())
    dct = r.dct
    if rel in ("last", "this past", "past"):
        y = dct.year if month < dct.month else dct.year - 1
        return _mention(m, "DATE", month_value(y, month))
    if rel in ("next", "this coming", "coming"):
        y = dct.year if month > dct.month else dct.year + 1
        return _mention(m, "DATE", month_value(y, month))
    if rel == "this":
        return _mention(m, "DATE", month_value(dct.year, month))
    template = f"XXXX-{month:02d}"
    return _mention(m, "DATE", r.resolve(template, m.start(), m.end()), template)


def h_month_range(m: re.Match[str], r: Resolver) -> list[Mention]:
    first, second = _month(m.group("mon")), _month(m.group("mon2"))
    if first == second:
        return []
    end_template = f"XXXX-{second:02d}"
    if m.group("year"):
        end_value, end_tpl = month_value(int(m.group("year")), second), None
    else:
        end_value, end_tpl = r.resolve(end_template, m.start(), m.end()), end_template
    end_year = int(end_value[:4])
    start_value = month_value(end_year if first < second else end_year - 1, first)
    return [Mention(m.start("mon"), m.end("mon"), "DATE", start_value, f"XXXX-{first:02d}"),
            Mention(m.start("mon2"), m.end(), "DATE", end_value, end_tpl)]


def h_year(m: re.Match[str], r: Resolver) -> list[Mention]:
    if m.group("year"):
        year = int(m.group("year"))
    else:
        year = _two_digit_year(m.group("yshort") or m.group("yshort2"), r)
    if m.group("fiscal"):
        return _mention(m, "DATE", fiscal_value(year, r.fiscal_year_start))
    return _mention(m, "DATE", f"{year:04d}")


def h_spelled_year(m: re.Match[str], r: Resolver) -> list[Mention]:
    year = spelled_year(m.group("yspelled"))
    if year is None or not 1000 <= year <= 2100:
        return []
    return _mention(m, "DATE", f"{year:04d}")


_DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
                 "seventies": 7, "eighties": 8, "nineties": 9}


def h_decade(m: re.Match[str], r: Resolver) -> list[Mention]:
    if m.group("dec"):
        return _mention(m, "DATE", m.group("dec")[:3])
    if m.group("decw2"):
        return _mention(m, "DATE", f"19{_DECADE_WORDS[m.group('decw2').lower()]}")
    digit = int(m.group("dec2")[1]) if m.group("dec2") else _DECADE_WORDS[m.group("decw").lower()]
    century = 20 if 2000 + digit * 10 <= r.dct.year else 19
    return _mention(m, "DATE", f"{century}{digit}")


def h_century(m: re.Match[str], r: Resolver) -> list[Mention]:
    current = r.dct.year // 100
    if m.group("ord"):
        n = ORDINALS.get(m.group("ord").lower()) or int(re.match(r"\d+", m.group("ord")).group())
        return _mention(m, "DATE", f"{n - 1:02d}")
    rel = m.group("rel").lower()
    shift = -1 if rel in ("last", "past", "previous") else 1 if rel == "next" else 0
    return _mention(m, "DATE", f"{current + shift:02d}")


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
        year = _relative_year(m.group("yrel").lower(), r, m.start())
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
        return _mention(m, "DATE", value)
    if fiscal and r.fiscal_year_start != 1:
        if year is not None:
            return _mention(m, "DATE", fiscal_value(year, r.fiscal_year_start, part))
        value = r.yearly(lambda y: fiscal_value(y, r.fiscal_year_start, part), m.start(), m.end())
        return _mention(m, "DATE", value)
    start = m.start()
    if det in ("its", "their", "our") or det == "the" and re.match(r"\w+-", m.group("ord") + r.text[m.end("ord"):m.end("ord") + 1]):
        # "its fourth quarter", "the third-quarter loss": the determiner belongs to the noun.
        start = m.end("det") + 1
    if m.group("ago"):
        base = year if year is not None else int(r.resolve(f"XXXX-{part}", m.start(), m.end())[:4])
        return _mention(m, "DATE", f"{base - 1:04d}-{part}", anchor=False)
    if year is not None:
        return _mention(m, "DATE", f"{year:04d}-{part}", start=start)
    template = f"XXXX-{part}"
    return _mention(m, "DATE", r.resolve(template, m.start(), m.end()), template, start=start)


def h_quarter_code(m: re.Match[str], r: Resolver) -> list[Mention]:
    if m.group("qb"):
        part = f"Q{m.group('qb')}"
        fiscal = bool(m.group("fy")) or bool(m.group("yshortb") or m.group("yshortc"))
        if m.group("yearb"):
            year = int(m.group("yearb"))
        else:
            year = _two_digit_year(m.group("yshortb") or m.group("yshortc"), r)
    else:
        part = (f"Q{m.group('q') or m.group('q2')}" if (m.group("q") or m.group("q2"))
                else f"H{m.group('h') or m.group('h2')}")
        fiscal = "FY" in m.group(0)
        year = None
        if m.group("year"):
            year = int(m.group("year"))
        elif m.group("yshort"):
            year = _two_digit_year(m.group("yshort"), r)
    if fiscal and r.fiscal_year_start != 1:
        if year is None:
            return _mention(m, "DATE", r.yearly(lambda y: fiscal_value(y, r.fiscal_year_start, part), m.start(), m.end()))
        return _mention(m, "DATE", fiscal_value(year, r.fiscal_year_start, part))
    if year is not None:
        return _mention(m, "DATE", f"{year:04d}-{part}")
    template = f"XXXX-{part}"
    return _mention(m, "DATE", r.resolve(template, m.start(), m.end()), template)


def _season_value(code: str, dct: dt.date, shift: int) -> str:
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
            return _mention(m, "DATE", f"{dct.year - 1:04d}", anchor=False)
        if rel in ("latest", "comparable", "corresponding", "this year's", "last year's") or m.group("ypos"):
            return []
        if rel == "last" and not has_the:
            # "up from $3 million last year" in a quarterly report: the same quarter a year before.
            quarter = r.quarter_before(m.start(), reach=400)
            if quarter and _COMPARISON_BEFORE.search(r.text, max(0, m.start() - 80), m.start()):
                return _mention(m, "DATE", shift_value_years(quarter, -1) or quarter, anchor=False)
        base = (r.year_before(m.start()) or dct.year) if anaphoric else dct.year
        return _mention(m, "DATE", f"{base + shift:04d}")
    if unit == "fiscal year":
        if anaphoric:
            base = r.year_before(m.start())
            if base is not None:
                return _mention(m, "DATE", fiscal_value(base + shift, r.fiscal_year_start))
        return _mention(m, "DATE", r.dct_fiscal_year(shift))
    if unit == "month":
        if anaphoric:
            previous = r.date_before(m.start())
            if previous and len(previous) >= 7 and previous[4] == "-" and previous[5:7].isdigit():
                y, mo = add_months(int(previous[:4]), int(previous[5:7]), shift)
                return _mention(m, "DATE", month_value(y, mo))
        y, mo = add_months(dct.year, dct.month, shift)
        return _mention(m, "DATE", month_value(y, mo))
    if unit == "week":
        return _mention(m, "DATE", r.dct_week(shift))
    if unit == "weekend":
        return _mention(m, "DATE", _weekend(r, m, shift if rel != "this" else 0, rel == "this"))
    if unit in ("quarter", "period", "half"):
        return _quarter_like(m, r, rel, unit, shift)
    if unit in ("decade", "century") and rel == "past":
        # "over the past decade": the ten years up to now, not the previous calendar decade.
        return _mention(m, "DURATION", "P10Y" if unit == "decade" else "P100Y")
    if unit == "decade":
        return _mention(m, "DATE", f"{dct.year // 10 + shift:03d}")
    if unit == "century":
        return _mention(m, "DATE", f"{dct.year // 100 + shift:02d}")
    if unit in SEASONS:
        code = SEASONS[unit]
        if rel == "this":
            return _mention(m, "DATE", f"{dct.year:04d}-{code}")
        return _mention(m, "DATE", _season_value(code, dct, shift))
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
    previous = r.quarter_before(m.start())
    if unit == "half":
        index = r.dct.year * 2 + (r.dct.month - 1) // 6 + shift
        if rel not in ("this", "current", "last", "next", "past", "previous", "coming", "following", "latest"):
            return []
        return _mention(m, "DATE", f"{index // 2:04d}-H{index % 2 + 1}")
    if m.group("ypos"):
        year = int(m.group("ypos"))
        if previous:
            return _mention(m, "DATE", f"{year:04d}{previous[4:]}", anchor=False)
        return _mention(m, "DATE", f"{year:04d}", anchor=False)
    if rel in ("year-ago", "year-earlier", "year-before", "comparable", "corresponding", "same", "last year's") or rel.endswith(("year-ago", "year-earlier")):
        base = previous or (r.date_before(m.start()) if unit == "period" else None) or r.dct_quarter(-1)
        shifted = shift_value_years(base, -1) if rel != "same" else base
        return _mention(m, "DATE", shifted or base, anchor=False)
    if rel in ("latest", "most recent"):
        completed = r.dct_quarter(-1)
        return _mention(m, "DATE", previous if previous and previous <= completed else completed)
    if unit == "period":
        return []
    if rel in ("this", "current", "this year's"):
        return _mention(m, "DATE", r.dct_quarter(0))
    if rel == "that":
        return _mention(m, "DATE", previous or r.dct_quarter(-1))
    return _mention(m, "DATE", r.dct_quarter(shift))


_QUARTER_ENDED = re.compile(r"\s+(?:ended|ending|ends|that\s+ended)\s+(?:on\s+)?(" + "|".join(MONTHS) + r")\b", re.I)


def h_bare_unit(m: re.Match[str], r: Resolver) -> list[Mention]:
    unit = m.group("unit").lower()
    if m.group("fiscal") and unit == "year":
        if m.group("after") and not m.group("pre"):
            return _mention(m, "DURATION", "P1Y", end=m.end("unit"))
        return _mention(m, "DATE", r.dct_fiscal_year(0), end=m.end("unit"))
    if m.group("fiscal"):
        return []
    if unit == "quarter":
        if m.group("ago"):
            base = r.quarter_before(m.start()) or r.dct_quarter(-1)
            return _mention(m, "DATE", shift_value_years(base, -1) or base, anchor=False)
        ended = _QUARTER_ENDED.match(r.text, m.end("unit"))
        if ended and _month(ended.group(1)) % 3 == 0:
            month = _month(ended.group(1))
            value = r.resolve(f"XXXX-Q{month // 3}", m.start(), m.end())
            return _mention(m, "DATE", value, end=m.end("unit"))
        return _mention(m, "DATE", r.quarter_before(m.start()) or r.dct_quarter(-1), end=m.end("unit"))
    if unit == "year":
        if m.group("ago"):
            return _mention(m, "DATE", f"{r.dct.year - 1:04d}", anchor=False)
        if m.group("after") and not m.group("pre"):
            return _mention(m, "DURATION", "P1Y", end=m.end("unit"))
        return _mention(m, "DATE", f"{r.dct.year:04d}", end=m.end("unit"))
    if unit == "week":
        return _mention(m, "DATE", r.dct_week(0), end=m.end("unit"))
    return _mention(m, "DATE", _weekend(r, m, 0, False), end=m.end("unit"))


def h_year_ago(m: re.Match[str], r: Resolver) -> list[Mention]:
    """year-earlier / year-ago as adjectives: the period under discussion, a year before."""
    quarter = None if r.period_is_year(m.start()) else r.quarter_before(m.start(), reach=1000)
    if quarter:
        return _mention(m, "DATE", shift_value_years(quarter, -1) or quarter, anchor=False)
    return _mention(m, "DATE", f"{r.dct.year - 1:04d}", anchor=False)


def h_unit_edge(m: re.Match[str], r: Resolver) -> list[Mention]:
    dct = r.dct
    if m.group("ye"):
        year = dct.year - 1 if dct.month <= 3 and r.tense(m.start(), m.end()) == PAST else dct.year
        return _mention(m, "DATE", f"{year:04d}-12-31")
    unit = m.group("unit").lower()
    rel = (m.group("rel") or "").lower()
    shift = -1 if rel == "last" else 1 if rel == "next" else 0
    if unit == "year":
        return _mention(m, "DATE", f"{dct.year + shift:04d}")
    if unit == "month":
        return _mention(m, "DATE", month_value(*add_months(dct.year, dct.month, shift)))
    if unit == "week":
        return _mention(m, "DATE", r.dct_week(shift))
    if unit == "quarter":
        return _mention(m, "DATE", r.dct_quarter(shift))
    if unit == "decade":
        return _mention(m, "DATE", f"{dct.year // 10 + shift:03d}")
    return _mention(m, "DATE", f"{dct.year // 100 + shift:02d}")


def h_season(m: re.Match[str], r: Resolver) -> list[Mention]:
    name = (m.group("season") or m.group("season2") or m.group("season3")).lower()
    code = SEASONS[name]
    year = _year_from(m, r)
    if year is None and (m.group("year2") or m.group("year3")):
        year = int(m.group("year2") or m.group("year3"))
    if year is not None:
        return _mention(m, "DATE", f"{year:04d}-{code}")
    rel = re.sub(r"\s+", " ", (m.group("rel") or "").lower())
    if rel in ("last", "past", "this past"):
        return _mention(m, "DATE", _season_value(code, r.dct, -1))
    if rel in ("next", "coming", "this coming"):
        return _mention(m, "DATE", _season_value(code, r.dct, 1))
    if rel == "this":
        return _mention(m, "DATE", f"{r.dct.year:04d}-{code}")
    template = f"XXXX-{code}"
    return _mention(m, "DATE", r.resolve(template, m.start(), m.end()), template)


def h_day_word(m: re.Match[str], r: Resolver) -> list[Mention]:
    if m.group("daydir"):
        offset = -2 if m.group("daydir").lower().startswith("before") else 2
    else:
        offset = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}[m.group("word").lower()]
    return _mention(m, "DATE", (r.dct + dt.timedelta(days=offset)).isoformat())


def _weekday_value(m: re.Match[str], r: Resolver, weekday: int, rel: str) -> tuple[str, str | None]:
    dct = r.dct
    if rel in ("the previous", "the following", "the next"):
        # Anaphoric: relative to the day mentioned before, when there is one.
        previous = r.date_before(m.start(), reach=1000)
        if previous and re.fullmatch(r"\d{4}-\d\d-\d\d(T.*)?", previous):
            dct = dt.date.fromisoformat(previous[:10])
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


def h_weekday(m: re.Match[str], r: Resolver) -> list[Mention]:
    weekday = WEEKDAYS[m.group("wd").lower()]
    rel = re.sub(r"\s+", " ", (m.group("rel") or "").lower())
    value, template = _weekday_value(m, r, weekday, rel)
    start = m.start("wd") if rel in ("earlier", "later") else m.start()
    if m.group("part"):
        code = DAY_PARTS[re.sub(r"\s+", " ", m.group("part").lower())]
        return _mention(m, "TIME", f"{value}T{code}", template and f"{template}T{code}", start=start)
    return _mention(m, "DATE", value, template, start=start)


def _count(phrase: str) -> float | None:
    """The number of a count phrase; for ranges ("two to three") the first one."""
    first = re.split(r"\s*(?:\bto\b|\bor\b|-|–|\band\b)\s*", phrase.strip(), maxsplit=1)[0]
    if re.fullmatch(r"\d+(?:\.\d+)?\s+\d/\d", phrase.strip()):
        first = phrase.strip()
    return number_value(first)


def h_ago(m: re.Match[str], r: Resolver) -> list[Mention]:
    count = _count(m.group("count"))
    unit = unit_of(m.group("unit")) or "year"
    direction = re.sub(r"\s+", " ", m.group("dir").lower())
    forward = direction in ("later", "from now", "hence")
    if count is None:
        return _mention(m, "DATE", "FUTURE_REF" if forward else "PAST_REF")
    sign = 1 if forward else -1
    dct = r.dct
    anchor_day = dct
    if unit == "year" and count == 1 and direction in ("ago", "earlier"):
        # "up from $3 million a year earlier": the period being reported, a year before.
        if r.period_is_year(m.start()):
            base = r.year_before(m.start(), reach=1000) if direction == "earlier" else None
            return _mention(m, "DATE", f"{(base or dct.year) - 1:04d}", anchor=False)
        quarter = r.quarter_before(m.start(), reach=1000)
        if quarter:
            return _mention(m, "DATE", shift_value_years(quarter, -1) or quarter, anchor=False)
    if direction in ("earlier", "later"):
        previous = r.date_before(m.start(), reach=1000)
        if previous and unit in ("year", "decade", "century"):
            shifted = shift_value_years(previous, int(sign * count * {"year": 1, "decade": 10, "century": 100}[unit]))
            if shifted and re.fullmatch(r"\d{4}(-\d\d){0,2}|\d{4}-Q\d", shifted):
                return _mention(m, "DATE", shifted)
        if previous and re.fullmatch(r"\d{4}-\d\d-\d\d", previous):
            anchor_day = dt.date.fromisoformat(previous)
    n = int(count) if count >= 1 else count
    if unit in ("day", "night"):
        return _mention(m, "DATE", (anchor_day + dt.timedelta(days=sign * n)).isoformat())
    if unit in ("hour", "minute", "second"):
        return _mention(m, "DATE", anchor_day.isoformat())
    if unit in ("week", "fortnight"):
        weeks = n * (2 if unit == "fortnight" else 1)
        return _mention(m, "DATE", week_value(anchor_day + dt.timedelta(weeks=sign * weeks)))
    if unit == "month":
        return _mention(m, "DATE", month_value(*add_months(anchor_day.year, anchor_day.month, int(sign * n))))
    if unit == "quarter":
        index = anchor_day.year * 4 + quarter_of(anchor_day.month) - 1 + int(sign * n)
        return _mention(m, "DATE", f"{index // 4:04d}-Q{index % 4 + 1}")
    years = {"year": 1, "decade": 10, "century": 100, "millennium": 1000}.get(unit, 1) * n
    return _mention(m, "DATE", f"{int(anchor_day.year + sign * years):04d}")


# Where the half of a unit goes: (letter, is a time unit) -> (smaller units per unit, letter, is time).
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


def h_duration(m: re.Match[str], r: Resolver) -> list[Mention]:
    unit = unit_of(m.group("unit"))
    if unit is None:
        return []
    count = _count(m.group("count"))
    if count is not None and m.group("half"):
        count += 0.5
    start = m.start()
    adjectival = "-" in m.group("sep") or (count or 0) > 1 and not m.group("unit").lower().endswith("s")
    if adjectival and (m.group("det") or "").lower() in ("a", "an", "the"):
        # "a five-year low", "the 30-year bond": the determiner belongs to the noun, not the duration.
        start = m.start("rel") if m.group("rel") else m.start("mod") if m.group("mod") else m.start("count")
    return _mention(m, "DURATION", duration_value(count, unit), start=start)


def h_vague_duration(m: re.Match[str], r: Resolver) -> list[Mention]:
    unit = unit_of(m.group("unit")) or "year"
    if m.group("long") and not m.group("lead"):
        return _mention(m, "DURATION", duration_value(None, unit), end=m.end("long"))
    start = m.start("unit") if (m.group("lead") or "").lower() == "the" else m.start()
    return _mention(m, "DURATION", duration_value(None, unit), start=start)


_ADVERB_SETS = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y",
                "hourly": "PT1H", "nightly": "P1D", "biweekly": "P2W", "bimonthly": "P2M",
                "biannually": "P6M", "semiannually": "P6M", "semi-annually": "P6M", "fortnightly": "P2W"}


def h_set(m: re.Match[str], r: Resolver) -> list[Mention]:
    if m.group("adv"):
        return _mention(m, "SET", _ADVERB_SETS[m.group("adv").lower()])
    if m.group("wds"):
        return _mention(m, "SET", f"XXXX-WXX-{WEEKDAYS[m.group('wds').lower()[:-1]]}")
    if m.group("wdn"):
        code = DAY_PARTS[m.group("nights").lower()[:-1]]
        return _mention(m, "SET", f"XXXX-WXX-{WEEKDAYS[m.group('wdn').lower()]}T{code}")
    word = m.group("unit")
    lower = word.lower().rstrip(".")
    if lower in WEEKDAYS and word[0].isupper():
        return _mention(m, "SET", f"XXXX-WXX-{WEEKDAYS[lower]}")
    if lower in MONTHS and word[0].isupper():
        return _mention(m, "SET", f"XXXX-{MONTHS[lower]:02d}")
    if lower in SEASONS:
        return _mention(m, "SET", f"XXXX-{SEASONS[lower]}")
    if lower in DAY_PARTS:
        return _mention(m, "SET", f"XXXX-XX-XXT{DAY_PARTS[lower]}")
    if lower in ("weekend", "weekday"):
        return _mention(m, "SET", "XXXX-WXX-WE" if lower == "weekend" else "XXXX-WXX-WD")
    unit = unit_of(lower)
    if unit is None:
        return []
    count = number_value(m.group("count")) if m.group("count") else 1.0
    if "other" in m.group(0).lower():
        count = (count or 1) * 2
    return _mention(m, "SET", duration_value(count, unit))


def _clock_day(m: re.Match[str], r: Resolver) -> str:
    if m.group("wd"):
        value, _ = _weekday_value(m, r, WEEKDAYS[m.group("wd").lower()], "")
        return value
    if m.group("dw"):
        offset = {"yesterday": -1, "today": 0, "tomorrow": 1}[m.group("dw").lower()]
        return (r.dct + dt.timedelta(days=offset)).isoformat()
    if m.group("mon"):
        day = int(re.match(r"\d+", m.group("day")).group())
        return r.resolve(f"XXXX-{_month(m.group('mon')):02d}-{day:02d}", m.start(), m.end())
    # A bare clock time belongs to the day the text was just talking about, if it named one.
    previous = r.date_before(m.start(), reach=300)
    if previous and re.fullmatch(r"\d{4}-\d\d-\d\d(T.*)?", previous):
        return previous[:10]
    following = _WEEKDAY_AFTER_PARENTHESIS.match(r.text, m.end())
    if following:
        value, _ = _weekday_value(m, r, WEEKDAYS[following.group(1).lower()], "")
        return value
    return r.dct.isoformat()


_WEEKDAY_AFTER_PARENTHESIS = re.compile(r"\s*\([^()\n]{1,20}\)\s*,?\s*(?:on\s+)?(" + "|".join(
    w.capitalize() for w in WEEKDAYS if len(w) > 5) + r")\b")


def h_anaphoric_day(m: re.Match[str], r: Resolver) -> list[Mention]:
    """'that same day', 'the next morning': relative to the day mentioned last."""
    previous = r.date_before(m.start(), reach=1500)
    if not previous or not re.fullmatch(r"\d{4}-\d\d-\d\d(T.*)?", previous):
        return []
    day = dt.date.fromisoformat(previous[:10])
    rel = (m.group("rel") or "").lower()
    day += dt.timedelta(days=1 if rel in ("next", "following") else -1 if rel else 0)
    unit = (m.group("unit") or m.group("unit2")).lower()
    if unit == "day":
        return _mention(m, "DATE", day.isoformat())
    return _mention(m, "TIME", f"{day.isoformat()}T{DAY_PARTS[unit]}")


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
    else:
        hh = int(m.group("h"))
        if not 1 <= hh <= 12:
            return []
        mm = int(m.group("mi") or 0)
        hh = hh % 12 + (12 if m.group("ap").lower() == "p" else 0)
    return _mention(m, "TIME", f"{_clock_day(m, r)}T{hh:02d}:{mm:02d}")


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
    return _mention(m, "TIME", f"{(r.dct + dt.timedelta(days=offset)).isoformat()}T{code}")


def h_reference(m: re.Match[str], r: Resolver) -> list[Mention]:
    kind = "PRESENT_REF" if m.group("present") else "PAST_REF" if m.group("past") else "FUTURE_REF"
    return _mention(m, "DATE", kind)


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
        return _mention(m, "DATE", holiday_date(name, int(m.group("year"))))
    rel = (m.group("rel") or "").lower()
    make = lambda year: holiday_date(name, year)  # noqa: E731
    if rel in ("last", "next"):
        return _mention(m, "DATE", place_yearly(make, r.dct - dt.timedelta(days=1) if rel == "last" else r.dct + dt.timedelta(days=1), "past" if rel == "last" else "future"))
    return _mention(m, "DATE", r.yearly(make, m.start(), m.end()))


HANDLERS: dict[str, Handler] = {
    "date": h_date, "iso_date": h_numeric_date, "us_date": h_numeric_date, "month": h_month,
    "month_range": h_month_range, "year": h_year, "spelled_year": h_spelled_year,
    "decade": h_decade, "century": h_century, "quarter": h_quarter, "quarter_code": h_quarter_code,
    "deictic": h_deictic, "bare_unit": h_bare_unit, "year_ago": h_year_ago, "unit_edge": h_unit_edge, "season": h_season,
    "day_word": h_day_word, "weekday": h_weekday, "ago": h_ago, "duration": h_duration,
    "vague_duration": h_vague_duration, "set": h_set, "anaphoric_day": h_anaphoric_day, "clock": h_clock, "day_part": h_day_part,
    "reference": h_reference, "holiday": h_holiday,
}


def handle(name: str, m: re.Match[str], resolver: Resolver) -> list[Mention]:
    return HANDLERS[name](m, resolver)


