"""Numbers with their unit in a sentence: money, percentages, head counts, goods, output rates, plant counts.

A number without a recognisable unit (a ticker, a year, "first") is not a quantity. Both
the key figures and the merge's number check read these, so "3,900 workers" and "around 3,900
people" compare as the same head count and "4,100 workers" as a different one. Head counts of
any group (workers, troops, victims, the dead) are one class, "people"; "the death toll rose
to 230,000" is one too (230,000 deaths) though no noun follows. Goods: units (vehicles), copies
(albums), tickets, barrels, gallons, tonnes, with a rate ("5,000 barrels a day"); cases.

Display rules: approximations ("around", "about", "roughly", "just") are dropped from the
value, the figure keeps its sentence for the nuance; bounds ("up to", "more than", "nearly") stay,
they change the meaning. A currency conversion in brackets right after an amount is kept with
its unit: "up to 450 billion" + "yen (about €2.6 billion)". An amount written with a symbol
keeps it in the value, and the symbol is its unit: "$1.5bn" + "$". A count shows its noun
("200,000 people", "3,500 troops"), plants and vehicles their class ("17 plants", "240,000 units").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass


def _one_of(words: Iterable[str]) -> str:
    """Regex source for the first of `words` (in their order) that matches: those sharing a first
    character grouped ("a(?:round|bout)|roughly"), which Python's regex engine, trying a pattern
    at every position, rejects with one test instead of one per word. Words with different first
    characters cannot match at the same place (not even under re.I), so no match changes."""
    by_first: dict[str, list[str]] = {}
    for word in words:
        by_first.setdefault(word[0], []).append(re.escape(word[1:]))
    return "(?:" + "|".join(f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in by_first.items()) + ")"


_NUMBER = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "a dozen": 12, "dozens": 24, "hundreds": 200, "thousands": 2000,
}
_COUNT = rf"(?:{_NUMBER}|{_one_of(sorted(_WORDS, key=len, reverse=True))})"
_NUMBER_WORD = re.compile(rf"\b{_one_of(_WORDS)}\b", re.I)
_SCALES = {"thousand": 1e3, "million": 1e6, "mn": 1e6, "mln": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9,
           "b": 1e9, "trillion": 1e12, "tn": 1e12, "tr": 1e12}
NUMBER_WORDS = frozenset(w for phrase in (*_WORDS, *_SCALES) for w in phrase.split())  # "a dozen", "million", "bn"
# "562m", "$17.5 m", "1.5b": a one-letter scale too (an amount needs a currency or a counted noun)
_SCALE = r"(?:\s?(?:thousand|million|billion|trillion|mn|mln|bn|tn|[mb])\b)"
_APPROX = _one_of(["around", "about", "approximately", "roughly", "some", "an estimated", "estimated", "close to",
                   "circa", "just", "only"])
_BOUND = _one_of(["up to", "more than", "over", "at least", "at most", "nearly", "almost", "less than", "fewer than",
                  "under", "as many as", "as much as", "below", "above"])
_QUALIFIER = rf"(?:(?P<approx>{_APPROX})\s+)?(?:(?P<bound>{_BOUND})\s+)?"

_SYMBOLS = {"US$": "USD", "$": "USD", "€": "EUR", "¥": "JPY", "£": "GBP", "₩": "KRW", "NT$": "TWD"}
_CURRENCY_WORDS = {
    "yen": "JPY", "euro": "EUR", "euros": "EUR", "dollar": "USD", "dollars": "USD", "us dollars": "USD",
    "yuan": "CNY", "renminbi": "CNY", "pound": "GBP", "pounds": "GBP", "won": "KRW",
    "taiwan dollars": "TWD", "swiss francs": "CHF", "rupees": "INR",
}
_SYMBOL = r"(?:US\$|NT\$|\$|€|¥|£|₩)"
_CURRENCY = r"(?:US dollars|Taiwan dollars|Swiss francs|yen|euros?|dollars?|yuan|renminbi|pounds?|won|rupees)"
_AMOUNT = rf"(?P<sym>{_SYMBOL})?\s?(?P<num>{_NUMBER})(?P<scale>{_SCALE})?(?:\s+(?P<cur>{_CURRENCY})\b)?"
_CONVERSION = rf"\s*\((?:(?:about|around|approximately|roughly|some|or|c\.|≈)\s*)?{_SYMBOL}?\s?{_NUMBER}{_SCALE}?(?:\s+{_CURRENCY})?\)"
_MONEY = re.compile(rf"(?<![\w$€¥£.]){_QUALIFIER}{_AMOUNT}(?P<conv>{_CONVERSION})?", re.I)
_PERCENT = re.compile(rf"(?<![\w.]){_QUALIFIER}(?P<num>{_NUMBER})\s?(?P<unit>%|percent\b|per cent\b|percentage points?\b)", re.I)

# Count nouns and the unit class they belong to; up to three modifiers may stand between
# the number and the noun ("17 production facilities", "10 global final assembly factories"),
# never a function word ("one of the workers" counts no workers). Every head count is one
# class, "people": 3,900 workers and 3,900 people compare as the same number; what the people
# are (killed, employed, deployed) is the figure's subject (subjects.py).
_PEOPLE = ("people", "persons", "workers", "employees", "staff", "staffers", "troops", "soldiers", "civilians",
           "residents", "refugees", "protesters", "demonstrators", "children", "survivors", "patients", "victims",
           "casualties", "deaths", "dead", "bodies", "fans", "volunteers", "doctors", "officers", "police",
           "prisoners", "detainees", "insurgents", "militants", "fighters", "migrants", "passengers", "voters")
_NOUNS = {
    **dict.fromkeys(_PEOPLE, "people"), "jobs": "jobs", "positions": "jobs",
    "units": "units", "vehicles": "units", "cars": "units", "evs": "units", "packs": "units",
    "copies": "copies", "albums": "copies", "tickets": "tickets",
    "cases": "cases", "infections": "cases", "barrels": "barrels", "gallons": "gallons", "tonnes": "tonnes",
    "tons": "tonnes",
    "plants": "plants", "factories": "plants", "facilities": "plants", "sites": "plants",
    "production lines": "lines", "lines": "lines",
}
# Nouns shown as written; the others show their class ("1,200 cars" as units, "17 factories" as plants).
_NOUNS_SHOWN = frozenset((*_PEOPLE, "cases", "infections", "barrels", "gallons", "tonnes", "tons", "copies",
                          "albums", "tickets"))
_NOUN = _one_of(sorted(_NOUNS, key=len, reverse=True))
_FUNCTION_WORDS = ("of", "the", "a", "an", "and", "or", "to", "in", "on", "at", "by", "for", "from", "with",
                   "were", "was", "are", "is", "be", "been", "have", "has", "had", "who", "that", "which", "than")
_MODIFIERS = rf"(?:(?!{_one_of(_FUNCTION_WORDS)}\s)[a-z][\w-]*\s+){{0,3}}?"
_RATED = ("units", "copies", "tickets", "barrels", "gallons", "tonnes")  # flows: "240,000 units a year", "5,000 barrels a day"
_RATE = r"(?:\s+(?P<rate>a year|per year|annually|a month|per month|a day|per day))?"
# "60,000 barrels of oil a day": what is counted may stand between the noun and its rate
_OF_BEFORE_RATE = r"(?:\s+of\s+[a-z]+(?=\s+(?:a|per)\s+(?:year|month|day)\b|\s+annually\b))?"
_COUNTED = re.compile(
    rf"(?<![\w.,]){_QUALIFIER}(?P<num>{_COUNT})(?P<scale>{_SCALE})?\s+{_MODIFIERS}(?P<noun>{_NOUN})\b"
    rf"{_OF_BEFORE_RATE}{_RATE}",
    re.I,
)
_PART_OF = re.compile(
    rf"(?<![\w.,])(?P<part>{_COUNT})\s+of\s+(?:its|their|the|our)\s+(?P<num>{_NUMBER})\s+{_MODIFIERS}(?P<noun>{_NOUN})\b", re.I
)
_CHANGE = re.compile(
    rf"(?P<noun>{_NOUN})\s+(?:\w+\s+)?from\s+(?P<a>{_COUNT})\s+to\s+(?P<b>{_COUNT})(?![\w%])", re.I
)
_CAPACITY = re.compile(
    rf"(?P<lead>annual\s+(?:production\s+)?capacity)\s+of\s+{_QUALIFIER}(?P<num>{_NUMBER})(?P<scale>{_SCALE})?(?:\s+(?P<noun>units|vehicles|cars))?",
    re.I,
)

# A toll, then at most five words and a verb or preposition leading to the number, in digits ("toll
# in Haiti has risen to", "toll of"); the number ends there ("rose to 150,000 people" is found here too).
_TOLL = re.compile(
    rf"\btoll\b(?:\s+[\w’'-]+){{0,5}}?\s+(?:to|of|at|reached|hit|passed|topped|exceeded|is|was|stands|stood)\s+"
    rf"{_QUALIFIER}(?P<num>{_NUMBER})(?P<scale>{_SCALE})?(?![\w%])(?:\s+(?:people|dead|deaths)\b)?(?!\s*(?:%|per))",
    re.I,
)

_TICKER = re.compile(r"\([A-Z]{2,6}:[A-Z0-9.]{1,10}\)")  # "(SS:601138)": an exchange code, not a quantity


def _any_of(words: Iterable[str]) -> re.Pattern[str]:
    """A regex finding any of `words` (lower-cased) as a plain substring (words holding another are
    left out: it finds them); grouped by first character (_one_of), it scans about twice as fast
    as one `in` test per word."""
    words = {word.lower() for word in words}
    return re.compile(_one_of(sorted(w for w in words if not any(other != w and other in w for other in words))))


# What a finder's regex cannot match without (see _finders_that_may_match), as written in the
# sentence folded to lower case (_folded).
_DIGIT = re.compile(r"\d")  # \d as in _NUMBER: any Unicode digit
_NOUN_CUE = _any_of(_NOUNS)
_NUMBER_WORD_CUE = _any_of(word.split()[-1] for word in _WORDS)  # "dozen" for "a dozen"
_MONEY_CUE = _any_of([*_SYMBOLS, *_CURRENCY_WORDS])  # the symbols and words of _SYMBOL and _CURRENCY
_PERCENT_CUE = _any_of(("%", "percent", "per cent", "percentage point"))
# The non-ASCII letters re.I matches with an ASCII letter (a test checks no other code point does).
_RE_I_FOLDS = str.maketrans({"İ": "i", "ı": "i", "ſ": "s", "\u212a": "k"})


@dataclass(frozen=True)
class Quantity:
    """A number with its unit as found in a sentence."""

    start: int
    end: int
    value: str  # as displayed: "3,900", "40%", "up to 450 billion", "17 to 10", "7 of 17"
    amounts: tuple[float, ...]  # comparable numbers (scaled): (3900.0,), (17.0, 10.0)
    unit: str  # unit class: "people", "jobs", "%", "units a year", "plants", "JPY", ...
    display_unit: str  # what follows the value on the page: "workers", "troops", "yen (about €2.6 billion)"
    noun: str = ""  # the counted noun as written ("workers", "factories")
    form: str = "count"  # "count", "change" (from a to b) or "part" (a of b)


def quantities(sentence: str, skip: list[tuple[int, int]] = ()) -> list[Quantity]:
    """The quantities in a sentence, left to right, ignoring numbers inside `skip` spans (dates)."""
    finders = _finders_that_may_match(sentence)
    if not finders:
        return []
    found: list[Quantity] = []
    taken = list(skip) + [m.span() for m in _TICKER.finditer(sentence)]
    for finder in finders:
        for quantity in finder(sentence):
            if not any(quantity.start < end and start < quantity.end for start, end in taken):
                found.append(quantity)
                taken.append((quantity.start, quantity.end))
    return sorted(found, key=lambda q: q.start)


def _finders_that_may_match(sentence: str) -> list[Callable[[str], list[Quantity]]]:
    """The finders, in their order of precedence, whose regex can match somewhere in the sentence.

    Most sentences hold no number and most numbers fit one or two finders, so each finder is
    first asked for what its regex cannot match without: a digit (all but counts and changes,
    which may count in words), a counted noun, "capacity", "toll", "from", "of", a currency, a
    percent sign or word. Each test is a necessary condition of its regex, so skipping a finder never
    loses a quantity."""
    folded = _folded(sentence)
    digit = _DIGIT.search(sentence) is not None
    if not digit and not _has_number_word(sentence, folded):
        return []  # without a digit only a number word before a counted noun can be a quantity
    noun = _NOUN_CUE.search(folded) is not None  # asked last: many nouns, most sentences fail a test above
    if not digit and not noun:
        return []
    finders: list[Callable[[str], list[Quantity]]] = []
    if digit and "capacity" in folded:
        finders.append(_capacities)
    if digit and "toll" in folded:
        finders.append(_tolls)
    if noun and "from" in folded:
        finders.append(_changes)
    if digit and noun and "of" in folded:
        finders.append(_parts)
    if digit and _MONEY_CUE.search(folded):
        finders.append(_money)  # an amount with neither a currency symbol nor word is not money
    if digit and _PERCENT_CUE.search(folded):
        finders.append(_percents)
    if noun:
        finders.append(_counts)
    return finders


def _folded(text: str) -> str:
    """The text as re.I compares it with ASCII letters: lower case, with the four non-ASCII
    letters re.I matches with an ASCII one ("İ", "ı", "ſ", Kelvin "K") replaced by that letter, so
    every literal word a case-insensitive pattern matches is a plain substring of it."""
    if not text.isascii():
        text = text.translate(_RE_I_FOLDS)
    return text.lower()


def _has_number_word(sentence: str, folded: str) -> bool:
    """Whether a whole number word stands in the sentence; most sentences hold none of them even
    as part of a word ("often", "someone"), which a search for plain substrings tells fastest."""
    return _NUMBER_WORD_CUE.search(folded) is not None and _NUMBER_WORD.search(sentence) is not None


def number_value(text: str) -> float:
    """"3,900" -> 3900.0, "seven" -> 7.0, "ſix" (which the re.I patterns read as "six") -> 6.0."""
    word = _folded(text)
    return float(_WORDS[word]) if word in _WORDS else float(text.replace(",", ""))


def _scaled(number: str, scale: str | None) -> float:
    return number_value(number) * _SCALES.get(_folded((scale or "").strip()), 1.0)


def _shown(match: re.Match[str], core: str) -> str:
    bound = match.group("bound")
    return f"{bound} {core}" if bound else core


def _money(sentence: str) -> list[Quantity]:
    found = []
    for m in _MONEY.finditer(sentence):
        symbol, word = m.group("sym"), _folded(m.group("cur") or "")
        if not symbol and not word:
            continue
        currency = _SYMBOLS.get(symbol or "", "") or _CURRENCY_WORDS.get(word, "")
        number = f"{symbol or ''}{m.group('num')}{m.group('scale') or ''}"
        unit = m.group("cur") or symbol  # "$1.5bn": the value shows its currency, the unit is that symbol
        conversion = (m.group("conv") or "").strip()
        display_unit = f"{unit} {conversion}" if conversion else unit
        found.append(
            Quantity(m.start("num") if not m.group("bound") else m.start("bound"), m.end(), _shown(m, number),
                     (_scaled(m.group("num"), m.group("scale")),), currency, display_unit)
        )
    return found


def _percents(sentence: str) -> list[Quantity]:
    found = []
    for m in _PERCENT.finditer(sentence):
        points = _folded(m.group("unit")).startswith("percentage")
        core = f"{m.group('num')}%" if not points else f"{m.group('num')} {m.group('unit')}"
        unit = "percentage points" if points else "%"
        start = m.start("bound") if m.group("bound") else m.start("num")
        found.append(Quantity(start, m.end(), _shown(m, core), (number_value(m.group("num")),), unit, unit))
    return found


def _counts(sentence: str) -> list[Quantity]:
    found = []
    for m in _COUNTED.finditer(sentence):
        noun = _folded(m.group("noun"))
        unit = _NOUNS[noun]
        shown = _noun_shown(noun)
        if unit in _RATED and m.group("rate"):
            rate = _folded(m.group("rate")).replace("per ", "a ").replace("annually", "a year")
            unit, shown = f"{unit} {rate}", f"{shown} {rate}"
        number = f"{m.group('num')}{m.group('scale') or ''}"
        start = m.start("bound") if m.group("bound") else m.start("num")
        found.append(Quantity(start, m.end(), _shown(m, number), (_scaled(m.group("num"), m.group("scale")),),
                              unit, shown, noun))
    return found


def measure_class(unit_shown: str) -> str:
    """The unit class of a unit as shown: "troops", "deaths", "employees" -> "people", "copies a
    year" -> "units a year"; a currency or "%" as it is."""
    first, _, rest = unit_shown.partition(" ")
    return f"{_NOUNS[first.lower()]} {rest}".strip() if first.lower() in _NOUNS else unit_shown


def _noun_shown(noun: str) -> str:
    """What follows a count on the page: the noun as written for people and goods ("troops",
    "barrels"), the class for what the class names better ("17 factories" as plants)."""
    return noun if noun in _NOUNS_SHOWN else _NOUNS[noun]


def _tolls(sentence: str) -> list[Quantity]:
    """"the death toll rose to 230,000", "a toll of 75": the number of deaths, though no noun follows."""
    found = []
    for m in _TOLL.finditer(sentence):
        number = f"{m.group('num')}{m.group('scale') or ''}"
        start = m.start("bound") if m.group("bound") else m.start("num")
        found.append(Quantity(start, m.end(), _shown(m, number), (_scaled(m.group("num"), m.group("scale")),),
                              "people", "deaths", "deaths"))
    return found


def _capacities(sentence: str) -> list[Quantity]:
    found = []
    for m in _CAPACITY.finditer(sentence):
        number = f"{m.group('num')}{m.group('scale') or ''}"
        found.append(Quantity(m.start("num"), m.end(), _shown(m, number), (_scaled(m.group("num"), m.group("scale")),),
                              "units a year", "units a year", _folded(m.group("noun") or "units")))
    return found


def _changes(sentence: str) -> list[Quantity]:
    found = []
    for m in _CHANGE.finditer(sentence):
        noun = _folded(m.group("noun"))
        unit = _NOUNS[noun]
        amounts = (number_value(m.group("a")), number_value(m.group("b")))
        found.append(Quantity(m.start("a"), m.end(), f"{m.group('a')} to {m.group('b')}", amounts, unit, _noun_shown(noun),
                              noun, "change"))
    return found


def _parts(sentence: str) -> list[Quantity]:
    found = []
    for m in _PART_OF.finditer(sentence):
        noun = _folded(m.group("noun"))
        unit = _NOUNS[noun]
        amounts = (number_value(m.group("part")), number_value(m.group("num")))
        found.append(Quantity(m.start(), m.end(), f"{m.group('part')} of {m.group('num')}", amounts, unit, _noun_shown(noun),
                              noun, "part"))
    return found
