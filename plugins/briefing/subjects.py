"""What a number in a sentence measures, and which plant or company it is about.

A subject is a short label read from the words around the number, never invented:
- head counts: "workforce" (employs, with N workers), "job cuts" (cut, shed, lay off), "new jobs";
- percentages and amounts: "NP rose/fell N" -> "NP increase/decline", "NP reached N" -> NP;
  "cut its NP by N" -> "NP cut"; "N% of NP" -> "share of NP"; "N% NP" -> NP; "NP of N" -> NP
  ("a net loss of ..." -> "net loss"); a verb before an amount names it ("invest $1.5bn" ->
  "investment", "sold 3.3 million cars" -> "sales"). A percentage whose clause speaks of
  breaking even ("to make money", "to turn a profit") is the "break-even point"; one about capacity or utilisation is "capacity
  utilisation" ("40% capacity", "28% of its capacity", "utilisation fell to 28%");
- plant counts: the counted noun with its modifiers ("global final assembly factories").
The qualifier is a named site in the sentence ("the Oppama facility"), or the last site the
article named when the sentence only says "the plant"/"its"; for company-wide numbers, the
company: "Name’s" right before the number, the name opening the sentence, or the nearest
"Name’s". A capitalised word counts as a name when the article also capitalises it
mid-sentence (a capital that only opens sentences may be any word: "Local authorities").
"""

from __future__ import annotations

import re

from .dating import DatedSentence
from .features import CALENDAR_WORDS, STOP_WORDS
from .quantities import Quantity
from .wording import opening_name, statement

SITE_UNITS = ("employees", "jobs", "%", "percentage points", "units a year", "units a month", "units a day")

_SITE_KINDS = ("plant", "facility", "factory", "site", "works", "complex")
# A capital opening a word ((?<!\w[A-Z]) is \b before it, tested after the capital so the regex
# engine skips from capital to capital), then a kind of site.
_SITE = re.compile(rf"([A-Z](?<!\w[A-Z])[\w-]+)\s+({'|'.join(_SITE_KINDS)})\b")
_SITE_REFERENCE = re.compile(r"\b(?:the|its|this|that)\s+(?:plant|facility|factory|site|works)\b|^(?:its|despite its)\b", re.I)
_POSSESSOR = re.compile(r"\b([A-Z][\w-]+(?:\s+[A-Z][\w-]+)*)[’']s\s")
# A capitalised word after a word or a comma and a space, looked behind from the capital so the
# regex engine skips from capital to capital.
_MID_SENTENCE = re.compile(r"[A-Z](?<=[\w,;:’']\s[A-Z])[\w-]+")
_SENTENCE_BREAK = "\n\n"  # joins an article's sentences: no capital after it is mid-sentence
# "Mivezen’s operating loss (by|from) N": a possessive capital right before the number.
_POSSESSIVE_BEFORE = re.compile(r"([A-Z][\w-]+(?:\s+[A-Z][\w-]+)*)[’']s\s+(?:[a-z][\w-]*\s+){0,3}(?:by\s+|from\s+)?$")
_CAPITALISED = re.compile(r"[A-Z](?<!\w[A-Z])[\w-]+")  # \b[A-Z][\w-]+, \b tested after the capital (see _SITE)
_NOT_OWNERS = STOP_WORDS | CALENDAR_WORDS
_DETERMINERS = frozenset("its their the our his her a an this that".split())
_UP = {"rose", "rise", "rises", "grew", "grow", "grows", "increased", "increases", "jumped", "climbed", "gained", "surged", "soared"}
_LEVEL = {"reached", "reaches", "totalled", "totaled", "totals", "hit", "hits", "amounted", "stood", "was", "is"}
_DOWN = {"fell", "fall", "falls", "dropped", "drops", "declined", "declines", "decreased", "slumped", "slid", "plunged", "shrank"}
_CUT = {"cut", "cuts", "cutting", "reduce", "reduces", "reducing", "lower", "lowers", "lowering", "slash", "slashes",
        "slashing", "trim", "trims", "trimming", "shrink", "shrinks"}
_RAISE = {"raise", "raises", "raising", "increase", "increases", "increasing", "boost", "boosts", "boosting", "lift",
          "lifts", "lifting", "grow", "grows", "growing", "expand", "expands"}
_VERB_NOUNS = {
    "sold": "sales", "sell": "sales", "sells": "sales", "selling": "sales",
    "delivered": "deliveries", "deliver": "deliveries", "delivers": "deliveries",
    "produced": "production", "produce": "production", "produces": "production", "built": "production",
    "build": "production", "builds": "production", "made": "production", "makes": "production",
    "invest": "investment", "invests": "investment", "invested": "investment", "investing": "investment",
    "spend": "spending", "spends": "spending", "spent": "spending", "raised": "funding",
    "lost": "loss", "lose": "loss", "earned": "earnings", "earn": "earnings", "paid": "payment", "pay": "payment",
}
_OUTPUT_WORDS = ("capacity", "output", "production", "sales", "deliveries", "supply")
_HEADCOUNT = [
    (re.compile(r"\b(?:cut|cuts|cutting|shed|sheds|shedding|lay(?:s|ing)? off|laid off|eliminat\w+|ax(?:e|es|ing)|slash\w*)\b", re.I), "job cuts"),
    (re.compile(r"\b(?:creat\w+|add|adds|adding|hir\w+)\b", re.I), "new jobs"),
]
_BREAK_EVEN = re.compile(r"break(?:s|ing)?[- ]?even|to (?:make money|be profitable|turn a profit|stay profitable)", re.I)
_UTILISATION = re.compile(r"capacity|utili[sz]ation")
_CLAUSE_BREAK = re.compile(r",\s|;\s|\s[–—]\s|[()]")
_TIME_WORDS = frozenset("last next this year quarter month week".split())


def names(dated: list[DatedSentence]) -> frozenset[str]:
    """Capitalised words that are names in this article (see the module docstring)."""
    found = set(_MID_SENTENCE.findall(_SENTENCE_BREAK.join(item.text for item in dated)))
    return frozenset(word for word in found if word.lower() not in CALENDAR_WORDS)


def site_of(text: str, last_site: str) -> str:
    """The named site a sentence is about, or the article's last one when it says "the plant"."""
    sites = sites_in(text)
    if sites:
        return sites[0]
    return last_site if _SITE_REFERENCE.search(text) else ""


def sites_in(text: str) -> list[str]:
    """The named sites of a sentence ("Oppama plant"), in order; most sentences name no kind of site."""
    if not any(map(text.__contains__, _SITE_KINDS)):
        return []
    return [f"{name} {kind}" for name, kind in _SITE.findall(text) if name.lower() not in STOP_WORDS]


def owner(text: str, q: Quantity, known: frozenset[str]) -> str:
    """The company a number belongs to (see the module docstring), "" when the sentence names none
    before the number."""
    before = text[: q.start]
    possessive = "’s" in before or "'s" in before  # which _POSSESSIVE_BEFORE and _POSSESSOR need
    own = _POSSESSIVE_BEFORE.search(before) if possessive else None
    if own and own.group(1).split()[0].lower() not in _NOT_OWNERS:
        return own.group(1)  # "Mivezen’s operating loss": a possessive capital is a name
    opening = opening_name(statement(text))
    if opening and opening.split()[0] in known:
        return opening
    if possessive:
        possessors = [m.group(1) for m in _POSSESSOR.finditer(before) if m.group(1).split()[0] in known]
        if possessors:
            return possessors[-1]
    return next((m.group(0) for m in _CAPITALISED.finditer(before) if m.group(0) in known), "")


def label(text: str, q: Quantity) -> str:
    """What the number measures (see the module docstring); "" when the words around it do not say."""
    before, after = text[: q.start], text[q.end :]
    if q.unit in ("employees", "jobs"):
        window = before[-60:]
        return next((name for pattern, name in _HEADCOUNT if pattern.search(window)),
                    "workforce" if q.unit == "employees" else "jobs")
    if q.unit.startswith("units"):
        return _output_label(before, q.unit.removeprefix("units").strip())
    if q.unit in ("plants", "lines"):
        return _counted_phrase(text, q)
    percent = q.unit in ("%", "percentage points")
    if percent and _BREAK_EVEN.search(_clause(text, q)):
        return "break-even point"
    found = _trend(before) or _change_by(before) or (_percent_label(after) if percent else "") or _of_at(before)
    found = found or _verb_noun(before) or ("" if percent else _in_after(after))
    if percent and _UTILISATION.search(found):
        return "capacity utilisation"  # "28% of its capacity", "utilisation fell to 28%", "40% capacity"
    return found


def _clause(text: str, q: Quantity) -> str:
    """The stretch between the commas, semicolons or dashes around a number."""
    begin = max((m.end() for m in _CLAUSE_BREAK.finditer(text, 0, q.start)), default=0)
    end = min((m.start() for m in _CLAUSE_BREAK.finditer(text, q.end)), default=len(text))
    return text[begin:end]


def _output_label(before: str, rate: str) -> str:
    window = before[-60:].lower()
    word = next((w for w in _OUTPUT_WORDS if w in window), "") or _verb_noun(before) or "output"
    name = "production capacity" if word == "capacity" else word
    return f"annual {name}" if rate == "a year" else f"{name} {rate}".strip()


def _trend(before: str) -> str:
    """"Sales fell 5%" -> "sales decline"; "Revenue rose by 12% to 3.2 trillion yen" -> "revenue" for the
    level, as in "the operating loss reached 300 billion yen" -> "operating loss"."""
    found = re.search(r"((?:[A-Za-z][\w’'-]*\s+){0,3}?)([a-z]+)\s+(by\s+|to\s+|by\s+[^,;]*?\s+to\s+)?$", before)
    if not found or found.group(2) not in _UP | _DOWN | _LEVEL:
        return ""
    words = found.group(1).split()
    cut = next((i for i, w in enumerate(words) if w.lower() in ("at", "of", "in", "for")), len(words))
    phrase = _noun_phrase(words[:cut]).lower()  # "Revenue at Nissan rose" -> "revenue"
    if not phrase or found.group(2) in _LEVEL or (found.group(3) or "").rstrip().endswith("to"):
        return phrase  # "rose to 3.2 trillion yen", "reached 300 billion yen": the level
    return f"{phrase} {'increase' if found.group(2) in _UP else 'decline'}"


def _change_by(before: str) -> str:
    """"cut the company’s operating profit by N" -> "operating profit cut"."""
    if not re.search(r"\bby\s+$", before):
        return ""
    words = re.sub(r"\bby\s+$", "", before).split()
    verb, phrase = "", []
    for i in range(len(words) - 1, max(len(words) - 6, -1), -1):
        word = words[i]
        if word.lower() in _DETERMINERS or word.endswith(("’s", "'s")):
            j = i - 1
            if word.endswith(("’s", "'s")) and j >= 0 and words[j].lower() in _DETERMINERS:
                j -= 1  # "the company’s"
            verb = words[j].lower() if j >= 0 else ""
            break
        phrase.insert(0, word)
    if not verb or not phrase:
        return ""
    change = "cut" if verb in _CUT else "increase" if verb in _RAISE else verb
    return f"{' '.join(phrase)} {change}"


def _percent_label(after: str) -> str:
    chunk = re.split(r"[,.;:()–—]", after, maxsplit=1)[0].split()
    if chunk[:1] == ["of"]:
        rest = _leading_content([w for w in chunk[1:3] if w.lower() not in _DETERMINERS] + chunk[3:])
        return f"share of {rest}" if rest else ""
    return _leading_content(chunk)


def _leading_content(words: list[str]) -> str:
    kept = []
    for word in words[:3]:
        if word.lower() in STOP_WORDS or word.lower() in _TIME_WORDS:
            break
        kept.append(word)
    return " ".join(kept)


def _of_at(before: str) -> str:
    found = re.search(r"(?<![\w’'])((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s+(?:of|at)\s+$", before)
    return _noun_phrase(found.group(1).split()) if found else ""


def _verb_noun(before: str) -> str:
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", before)[-3:]]
    return next((_VERB_NOUNS[w] for w in reversed(words) if w in _VERB_NOUNS), "")


def _in_after(after: str) -> str:
    found = re.match(r"\s+in\s+((?:[a-z][\w-]*\s*){1,2})", after)
    return _noun_phrase(found.group(1).split()) if found else ""


def _noun_phrase(words: list[str]) -> str:
    """The trailing run of content words: "the company’s operating profit" -> "operating profit"."""
    kept: list[str] = []
    for word in reversed(words):
        if word.lower() in STOP_WORDS or word.lower() in _DETERMINERS or word.endswith(("’s", "'s")):
            break
        kept.insert(0, word)
    return " ".join(kept)


def _counted_phrase(text: str, q: Quantity) -> str:
    """The counted noun with its modifiers: "global final assembly factories", "production facilities"."""
    if q.form == "change":
        found = re.search(rf"((?:[a-z][\w-]*\s+){{0,4}}{re.escape(q.noun)})\s+(?:\w+\s+)?from\s+$", text[: q.start], re.I)
        return _noun_phrase(found.group(1).split()) if found else q.noun
    inside = re.search(rf"\d[\d,]*\s+((?:[a-z][\w-]*\s+){{0,3}}?{re.escape(q.noun)})\b", text[q.start : q.end], re.I)
    return _noun_phrase(inside.group(1).split()) if inside else q.noun
