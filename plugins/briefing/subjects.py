"""What a number in a sentence measures, and which plant, company or place it is about.

A subject is a short label read from the words around the number, never invented:
- head counts (people_label): what happened to the people, read in the words after the number
  up to the next clause, conjunction or number ("200,000 people died", "1.5 million people
  homeless"), else in the verb before it ("killed 200,000", "employs 3,900"): "death toll"
  (with the nearest event the sentence names: "quake death toll"), "people left homeless",
  "people injured", "people missing", "people affected", "people rescued", "arrests",
  "workforce", "job cuts", "new jobs"; a named group keeps its name ("aid workers", "troops
  deployed", "earthquake survivors"); staff nothing else is said of are a "workforce", plain
  people nothing is said of have no label. "the death toll rose to N" is a toll.
- percentages: "NP rose/fell N" -> "NP increase/decline", "NP reached N" -> NP; "cut its NP by
  N" -> "NP cut"; "N% of NP" -> "share of NP"; "N% NP" -> NP (never a verb: "54% thought");
  "NP of N" -> NP. A percentage whose clause speaks of breaking even ("to make money", "to turn
  a profit") is the "break-even point"; one about capacity or utilisation is "capacity
  utilisation" ("40% capacity", "28% of its capacity", "utilisation fell to 28%");
- money: the same, then "an appeal for N" -> "appeal", "a N deal" -> "deal", a verb before it
  ("donated" -> "donation", "raised" -> "funds raised", "made" -> "earnings", "invest" ->
  "investment"), "N in emergency aid"; a rate names how often ("a salary of N a month" ->
  "monthly salary");
- goods: "sales" (sold, "were sold"), "annual production capacity", "output" for vehicles;
  barrels, gallons, tonnes with what of and what happened ("60,000 barrels of oil a day" leaking
  -> "oil leak", "oil production"); cases with their disease ("confirmed cases of swine flu");
- a level set: "cut interest rates to N" -> "interest rates";
- plant counts: the counted noun with its modifiers ("global final assembly factories").
The qualifier is a named site in the sentence ("the Oppama facility"), or the last site the
article named when the sentence only says "the plant"/"its"; for other numbers, the owner:
"Name’s" right before the number, for a head count the place after it ("people in Haiti"),
the name opening the sentence, the nearest "Name’s", or the first name before the number (a
run of capitals from its first name: "The Red Cross" -> "Red Cross"). For a head count, the
body that reports it ("The Red Cross says ...", "officials put the toll at") is a source, not
the owner: only the words after the last reporting verb are read. A capitalised word counts
as a name when the article also capitalises it mid-sentence (a capital that only opens
sentences may be any word: "Local authorities"), and never when it is a stop word ("His").
"""

from __future__ import annotations

import re

from .dating import DatedSentence
from .features import CALENDAR_WORDS, STOP_WORDS
from .quantities import NUMBER_WORDS, Quantity
from .wording import opening_name, statement

SITE_UNITS = ("people", "jobs", "%", "percentage points", "units a year", "units a month", "units a day")

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
# capitalised words in a row, "of" between two of them: "Bank of England"
_NAME_RUN = re.compile(r"[A-Z](?<!\w[A-Z])[\w-]+(?:\s+(?:of\s+)?[A-Z][\w-]+)*")
_NOT_OWNERS = STOP_WORDS | CALENDAR_WORDS
_DETERMINERS = frozenset("its their the our his her a an this that".split())
_UP = {"rose", "rise", "rises", "grew", "grow", "grows", "increased", "increases", "jumped", "climbed", "gained", "surged", "soared"}
_LEVEL = {"reached", "reaches", "totalled", "totaled", "totals", "hit", "hits", "amounted", "stood", "was", "is"}
_OPINIONS = frozenset("say said saying think thought thinking believe believed want wanted support supported oppose "
                      "opposed approve disapprove agree disagree favour favor back prefer".split())
_STANDING = {"stands", "remains", "remained", "put", "puts", "set", "estimated", "valued", "priced", "running", "ran"}
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
# Money verbs say what the amount is ("made" is earnings here, not production).
_MONEY_VERBS = {
    **dict.fromkeys(("made", "make", "makes", "earned", "earn", "earns", "grossed", "generated"), "earnings"),
    **dict.fromkeys(("donated", "donate", "donates", "gave", "give", "gives"), "donation"),
    **dict.fromkeys(("pledged", "pledge", "pledges", "promised"), "pledge"),
    **dict.fromkeys(("raised", "raise", "raises", "raising"), "funds raised"),
    **dict.fromkeys(("provide", "provides", "provided", "providing", "allocated", "committed", "approved"), "funding"),
    **dict.fromkeys(("cost", "costs", "costing"), "cost"),
    **dict.fromkeys(("worth", "valued"), "value"),
    **dict.fromkeys(("owed", "owes", "owe", "owing"), "debt"),
    **dict.fromkeys(("sued", "suing", "sues", "seeks", "seeking", "sought"), "claim"),
    "charged": "charge", "fined": "fine", "awarded": "award", "offered": "offer", "bid": "bid",
}
_SYMBOL_BEFORE = re.compile(r"(?:US\$|NT\$|[$€¥£₩])\s?$")
_MONEY_RATE = re.compile(r"\s+(?:a|per|each)\s+(year|month|week|day)\b", re.I)
_RATE_ADJECTIVES = {"year": "annual", "month": "monthly", "week": "weekly", "day": "daily"}
_MATERIALS = ("barrels", "gallons", "tonnes")
_LEAK = re.compile(r"\b(?:leak\w*|spill\w*|spew\w*|gush\w*|pour\w*|flow\w*|releas\w*|escap\w*)\b", re.I)
_VEHICLES = frozenset(("units", "vehicles", "cars", "evs", "packs"))
_OUTPUT_WORDS = ("capacity", "output", "production", "sales", "deliveries", "supply")
_HEADCOUNT = [
    (re.compile(r"\b(?:cut|cuts|cutting|shed|sheds|shedding|lay(?:s|ing)? off|laid off|eliminat\w+|ax(?:e|es|ing)|slash\w*)\b", re.I), "job cuts"),
    (re.compile(r"\b(?:creat\w+|add|adds|adding|hir\w+)\b", re.I), "new jobs"),
]
# What happened to the people a head count counts, read in the words after the number ("people
# died", "people homeless") or else the verb before it ("killed 200,000", "employs 3,900"); the
# label for plain "people", and for a named group ("troops") the group followed by the word.
_ROLES = [
    (re.compile(r"\b(?:died|dead|deaths?|kill(?:ed|s|ing)?|perish\w*|lost their lives|bodies)\b", re.I), "death toll", "killed"),
    (re.compile(r"\b(?:injur\w+|wounded|hurt)\b", re.I), "people injured", "injured"),
    (re.compile(r"\b(?:missing|unaccounted)\b", re.I), "people missing", "missing"),
    (re.compile(r"\bhomeless\b", re.I), "people left homeless", "left homeless"),
    (re.compile(r"\b(?:displaced|fled|flee\w*|evacuat\w+|uprooted)\b", re.I), "people displaced", "displaced"),
    (re.compile(r"\baffected\b", re.I), "people affected", "affected"),
    (re.compile(r"\b(?:rescu\w+|saved|pulled (?:out|alive|from))\b", re.I), "people rescued", "rescued"),
    (re.compile(r"\b(?:arrest\w*|detain\w*)\b", re.I), "arrests", "arrested"),
    (re.compile(r"\b(?:infected|sickened)\b", re.I), "people infected", "infected"),
    (re.compile(r"\b(?:employ\w*|workforce|payroll)\b", re.I), "workforce", "employed"),
    (re.compile(r"\b(?:deploy\w*|sent|send(?:s|ing)?|dispatch\w*|station\w*)\b", re.I), "", "deployed"),
    *[(pattern, name, name) for pattern, name in _HEADCOUNT],
]
_JOB_LABELS = frozenset(("workforce", "job cuts", "new jobs"))
_PLAIN_PEOPLE = frozenset("people persons dead deaths casualties victims bodies".split())
_STAFF = frozenset("workers employees staff staffers".split())
# Events a death toll is the toll of, the nearest to the number: "died in the earthquake".
_EVENTS = re.compile(
    r"\b(?:earthquake|quake|tsunami|flood(?:s|ing)?|storm|hurricane|cyclone|typhoon|landslide|fire|explosion|blast|"
    r"bomb(?:ing)?s?|attacks?|shooting|crash|clashes|fighting|violence|war|conflict|crackdown|uprising|protests?|"
    r"outbreak|epidemic|pandemic|famine)\b",
    re.I,
)
_WINDOW_BREAK = re.compile(r"[,;:()–—]|\s(?:and|but|while|whereas)\s|\d")
_REPORTING = re.compile(
    r"\b(?:says?|said|saying|tells?|told|estimates?d?|believes?d?|reports?|reported|according to|confirm\w*|announc\w*|"
    r"put(?:s|ting)? the)\b",
    re.I,
)
_PLACE_AFTER = re.compile(r"^\s+(?:[a-z][\w-]*\s+){0,4}?(?:in|of|across|throughout)\s+(?:the\s+)?([A-Z][\w-]+(?:\s+[A-Z][\w-]+)*)")
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
    """The company, place or body a number belongs to (see the module docstring), "" when the
    sentence names none. For a head count the body saying it ("The Red Cross says ...") is the
    source, not the owner: the place after the number ("people in Haiti") comes first."""
    before, said = text[: q.start], None
    if q.unit == "people":
        for said in _REPORTING.finditer(before):
            pass
        before = before[said.end() :] if said else before
    possessive = "’s" in before or "'s" in before  # which _POSSESSIVE_BEFORE and _POSSESSOR need
    own = _POSSESSIVE_BEFORE.search(before) if possessive else None
    if own and q.unit == "people" and q.noun != "deaths" and _role(before[own.end(1) :]):
        own = None  # "Saleh's forces killed 52 protesters": the killer does not own the dead
    if own and own.group(1).split()[0].lower() not in _NOT_OWNERS:
        return own.group(1)  # "Mivezen’s operating loss": a possessive capital is a name
    if q.unit == "people":
        place = _PLACE_AFTER.match(" " + _after_window(text, q))
        if place and place.group(1).split()[0].lower() not in _NOT_OWNERS:
            return place.group(1)
    opening = opening_name(statement(before if said else text))
    if opening and _is_name(opening.split()[0], known):
        return opening
    if possessive:
        possessors = [m.group(1) for m in _POSSESSOR.finditer(before) if _is_name(m.group(1).split()[0], known)]
        if possessors:
            return possessors[-1]
    return next((run for m in _NAME_RUN.finditer(before) if (run := _known_run(m.group(0), known))), "")


def _is_name(word: str, known: frozenset[str]) -> bool:
    """A name of this article that can own a number ("His", "The" cannot, even capitalised mid-sentence)."""
    return word in known and word.lower() not in _NOT_OWNERS


def _known_run(run: str, known: frozenset[str]) -> str:
    """A run of capitalised words from its first name on: "The Red Cross" -> "Red Cross", "Singer
    Madonna" -> "Madonna" (a capital opening a sentence may be any word)."""
    words = run.split()
    first = next((i for i, w in enumerate(words) if _is_name(w, known)), None)
    return " ".join(words[first:]) if first is not None else ""


def label(text: str, q: Quantity) -> str:
    """What the number measures (see the module docstring); "" when the words around it do not say."""
    before, after = text[: q.start], text[q.end :]
    if q.unit == "people":
        return people_label(text, q)
    if q.unit == "jobs":
        window = before[-60:]
        return next((name for pattern, name in _HEADCOUNT if pattern.search(window)), "jobs")
    if q.unit.startswith(("units", "copies", "tickets")):
        return _output_label(before, q.unit.partition(" ")[2], _after_window(text, q), q.noun)
    if q.unit in ("plants", "lines"):
        return _counted_phrase(text, q)
    if q.unit == "cases":
        disease = _of_after(after)  # "1,490 confirmed cases of swine flu"
        return f"{_counted_phrase(text, q)} of {disease}" if disease else _counted_phrase(text, q)
    if q.unit.startswith(_MATERIALS):
        return _material_label(text, q)
    percent = q.unit in ("%", "percentage points")
    if percent and _BREAK_EVEN.search(_clause(text, q)):
        return "break-even point"
    if not percent:
        return _money_label(_SYMBOL_BEFORE.sub("", before), after)  # a money quantity starts after its symbol
    found = (_trend(before) or _change_by(before) or _set_to(before) or _percent_label(after) or _of_at(before)
             or _verb_noun(before))
    if _UTILISATION.search(found):
        return "capacity utilisation"  # "28% of its capacity", "utilisation fell to 28%", "40% capacity"
    return found


def _money_label(before: str, after: str) -> str:
    """What an amount of money is: "revenue rose to N", "a net loss of N", "an appeal for N", "a N
    deal", "donated N", "N in emergency aid"; "monthly salary" for "a salary of N a month"."""
    rate = _MONEY_RATE.match(after)
    if rate:
        after = after[rate.end() :]
    found = (_trend(before) or _change_by(before) or _set_to(before) or _of_at(before) or _noun_after(after)
             or _of_after(after) or _money_verb(before) or _verb_noun(before) or _in_after(after))
    if found and rate:
        return f"{_RATE_ADJECTIVES[rate.group(1).lower()]} {found}"
    return found


def _noun_after(after: str) -> str:
    """"a $1.5bn deal", "$9.99 subscription": the content words right after the amount."""
    found = re.match(r"\s+((?:[a-z][\w-]*\s*){1,3})", after)
    if not found:
        return ""
    return _leading_content([w for w in found.group(1).split() if w not in _VERB_NOUNS and w not in _MONEY_VERBS])


def _of_after(after: str) -> str:
    """"$613bn of debt" -> "debt"."""
    found = re.match(r"\s+of\s+((?:[a-z][\w-]*\s*){1,2})", after)
    return _leading_content(found.group(1).split()) if found else ""


def _money_verb(before: str) -> str:
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", before)[-3:]]
    return next((_MONEY_VERBS[w] for w in reversed(words) if w in _MONEY_VERBS), "")


def people_label(text: str, q: Quantity) -> str:
    """What a head count counts: "death toll", "earthquake death toll", "people left homeless",
    "workforce", "US troops deployed", "aid workers"; "" for people the sentence says nothing of."""
    if q.noun == "deaths" and not _counted_modifiers(text, q):
        return _with_cause(text, q, "death toll")
    role = _role(_after_window(text, q)) or _role(_before_window(text, q))
    group = _counted_phrase(text, q)
    plain = group in _PLAIN_PEOPLE or group == q.noun == "persons"
    if role and role[0] in _JOB_LABELS and not (plain or group in _STAFF):
        role = None  # "adding that 10,000 troops would arrive": troops are no jobs
    if role:
        plain_label, suffix = role
        if plain or (group in _STAFF and plain_label in _JOB_LABELS):
            return _with_cause(text, q, plain_label) if plain_label == "death toll" else plain_label or f"{group} {suffix}"
        return f"{group} {suffix}"
    if plain:
        return ""
    return "workforce" if group in _STAFF else group


def _role(window: str) -> tuple[str, str] | None:
    """The first role a window of words names, as (label for plain people, word after a group)."""
    found = [(m.start(), name, suffix) for pattern, name, suffix in _ROLES if (m := pattern.search(window))]
    return min(found)[1:] if found else None


def _after_window(text: str, q: Quantity) -> str:
    """The words after a number up to the next clause break, conjunction or number (eight at most)."""
    after = text[q.end :]
    stop = _WINDOW_BREAK.search(after)
    return " ".join(after[: stop.start() if stop else len(after)].split()[:8])


def _before_window(text: str, q: Quantity) -> str:
    """The words before a number back to the last clause break, conjunction or number (six at most)."""
    before = text[: q.start]
    start = max((m.end() for m in _WINDOW_BREAK.finditer(before)), default=0)
    return " ".join(before[start:].split()[-6:])


def _with_cause(text: str, q: Quantity, name: str) -> str:
    """A death toll named after the event the sentence gives, the one nearest the number."""
    events = [(min(abs(m.start() - q.start), abs(m.start() - q.end)), m.group(0).lower()) for m in _EVENTS.finditer(text)]
    return f"{min(events)[1]} {name}" if events else name


def _counted_modifiers(text: str, q: Quantity) -> bool:
    return _counted_phrase(text, q) != q.noun


def _material_label(text: str, q: Quantity) -> str:
    """Barrels, gallons, tonnes: what of ("of oil") and what happened to it ("leaked" -> "oil
    leak", "production"), from the words before and after: "Libya's oil production fell to 400,000
    barrels a day" -> "oil production", "spewing 60,000 barrels of oil a day" -> "oil leak"."""
    stuff = re.search(r"\bof\s+([a-z]+)", text[q.start : q.end + 12])
    before = _before_window(text, q)
    found = _trend(text[: q.start]) or _verb_noun(before) or _leak(before) or _leak(_after_window(text, q))
    if stuff and stuff.group(1) not in found:
        return f"{stuff.group(1)} {found}".strip()
    return found


def _leak(window: str) -> str:
    return "leak" if _LEAK.search(window) else ""


def _clause(text: str, q: Quantity) -> str:
    """The stretch between the commas, semicolons or dashes around a number."""
    begin = max((m.end() for m in _CLAUSE_BREAK.finditer(text, 0, q.start)), default=0)
    end = min((m.start() for m in _CLAUSE_BREAK.finditer(text, q.end)), default=len(text))
    return text[begin:end]


def _output_label(before: str, rate: str, after: str, noun: str) -> str:
    """"annual production capacity", "sales" ("sold 3.3 million cars", "31 million copies were
    sold"), "output" for vehicles nothing else is said of; "" for copies or tickets nothing is said of."""
    window = before[-60:].lower()
    word = next((w for w in _OUTPUT_WORDS if w in window), "") or _verb_noun(before) or _verb_noun(" " + after, first=True)
    word = word or ("output" if noun in _VEHICLES else "")
    if not word:
        return ""
    name = "production capacity" if word == "capacity" else word
    return f"annual {name}" if rate == "a year" else f"{name} {rate}".strip()


def _trend(before: str) -> str:
    """"Sales fell 5%" -> "sales decline"; "Revenue rose by 12% to 3.2 trillion yen" -> "revenue" for the
    level, as in "the operating loss reached 300 billion yen" -> "operating loss"."""
    found = re.search(
        r"((?:[A-Za-z][\w’'-]*\s+){0,5}?)([a-z]+)\s+(by\s+|to\s+|by\s+[^,;]*?\s+to\s+|[\d.,]+\s?(?:%|per\s?cent)\s+to\s+)?$",
        before,
    )
    if not found or found.group(2) not in _UP | _DOWN | _LEVEL:
        return ""
    words = found.group(1).split()
    cut = next((i for i, w in enumerate(words) if w.lower() in ("at", "of", "in", "for")), len(words))
    phrase = _lower(_noun_phrase(words[:cut]))  # "Revenue at Nissan rose" -> "revenue"
    if not phrase or found.group(2) in _LEVEL or (found.group(3) or "").rstrip().endswith("to"):
        return phrase  # "rose to 3.2 trillion yen", "reached 300 billion yen": the level
    return f"{phrase} {'increase' if found.group(2) in _UP else 'decline'}"


def _lower(phrase: str) -> str:
    """Lower case but for acronyms: "US unemployment", "revenue"."""
    return " ".join(w if len(w) > 1 and w.isupper() else w.lower() for w in phrase.split())


def _set_to(before: str) -> str:
    """"cut interest rates to N", "raised its forecast to N": the level of what was set."""
    found = re.search(r"\b(?:cut|cuts|raised|raises|lowered|lowers|set|sets|kept|keeps|held|holds|revised)\s+"
                      r"((?:[a-z][\w-]*\s+){1,3})to\s+$", before)
    return _noun_phrase([w for w in found.group(1).split() if w not in _DETERMINERS]) if found else ""


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
    """"N% of its capacity" -> "share of capacity", "70% turnout" -> "turnout"; nothing from a verb
    ("54% thought", "75% said"): who thought what is more than a label can say."""
    chunk = re.split(r"[,.;:()–—]", after, maxsplit=1)[0].split()
    if chunk[:1] == ["of"]:
        rest = _leading_content([w for w in chunk[1:3] if w.lower() not in _DETERMINERS] + chunk[3:], names=True)
        return f"share of {' '.join(rest.split()[:2])}" if rest else ""
    if not chunk or not chunk[0].isalpha() or chunk[0].lower() in _OPINIONS or chunk[0].endswith("ed"):
        return ""
    return _leading_content(chunk)


def _leading_content(words: list[str], names: bool = False) -> str:
    """The first content words after a percentage ("70% turnout"); unless `names` ("share of Nissan"),
    a capital ends them (a heading or the next sentence run in: "2% Democratic rule restored")."""
    kept = []
    for word in words[:3]:
        folded = word.lower()
        if folded in STOP_WORDS or folded in _TIME_WORDS or folded in NUMBER_WORDS or folded in _OPINIONS or (
                word[:1].isupper() and not names):
            break
        kept.append(word)
    return " ".join(kept)


def _of_at(before: str) -> str:
    """"a net loss of N", "an appeal for N" ("for" only after a determiner: "sold it for N" says no noun)."""
    found = re.search(r"(?<![\w’'])((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s+(?:of|at)\s+$", before) or re.search(
        r"\b(?:a|an|the|its|their|his|her)\s+((?:[a-z][\w-]*\s+){0,1}[a-z][\w-]*)\s+for\s+$", before)
    if not found:
        return ""
    words = found.group(1).split()
    return _noun_phrase(words[:-1] if words[-1].lower() in _LEVEL | _STANDING else words)


def _verb_noun(text: str, first: bool = False) -> str:
    """The noun of a verb among the last three words (the first five with `first`, for a passive:
    "tickets have now been sold"): "sold" -> "sales"."""
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", text)]
    words = words[:5] if first else words[-3:][::-1]
    return next((_VERB_NOUNS[w] for w in words if w in _VERB_NOUNS), "")


def _in_after(after: str) -> str:
    """"$100m in emergency aid"; not "$5m in a casino" (a place)."""
    found = re.match(r"\s+in\s+(?!(?:a|an|the|its|their|this|that)\s)((?:[a-z][\w-]*\s*){1,2})", after)
    return _noun_phrase(found.group(1).split()) if found else ""


def _noun_phrase(words: list[str]) -> str:
    """The trailing run of content words: "the company’s operating profit" -> "operating profit"."""
    kept: list[str] = []
    for word in reversed(words):
        acronym = len(word) > 1 and word.isupper()  # "US troops": an acronym is no stop word
        if (word.lower() in STOP_WORDS and not acronym) or word.lower() in _DETERMINERS or word.endswith(("’s", "'s")):
            break
        kept.insert(0, word)
    return " ".join(kept)


def _counted_phrase(text: str, q: Quantity) -> str:
    """The counted noun with its modifiers: "global final assembly factories", "production facilities"."""
    if q.form == "change":
        found = re.search(rf"((?:[a-z][\w-]*\s+){{0,4}}{re.escape(q.noun)})\s+(?:\w+\s+)?from\s+$", text[: q.start], re.I)
        return _noun_phrase(found.group(1).split()) if found else q.noun
    words = text[q.start : q.end].split()
    size = len(q.noun.split())
    at = next((i for i in range(len(words) - size, -1, -1) if " ".join(words[i : i + size]).lower() == q.noun), None)
    if at is None:
        return q.noun
    first = at
    while first > 0 and at - first < 3 and not _numberish(words[first - 1]):
        first -= 1
    return _noun_phrase(words[first : at + size]) or q.noun


def _numberish(word: str) -> bool:
    """A word of the number itself: "200,000", "three", "million", "562m"."""
    return any(c.isdigit() for c in word) or word.lower() in NUMBER_WORDS
