"""Turn a sentence or clause from an article into a short, self-contained timeline statement.

Only removals, never new words: attributions to the press or to anonymous sources ("Nikkei
reports", "According to the Japanese newspaper,", "There were reports that"), leading
connectives ("And", "However,") and framing openers ("The move comes as"). Attributions to
the actors themselves ("Nissan said that ...") stay: they are part of the fact. The one
substitution is a leading "It"/"They" that takes the name opening the previous sentence of the
same paragraph, a name the source itself wrote ("And it already saw ..." after "Foxconn already
expressed ..." becomes "Foxconn already saw ..."). Dates are never rewritten: the event carries
the resolved date, the text keeps the source's words.
"""

from __future__ import annotations

import re

# Who reports rather than acts: the press, wire services and anonymous sources.
_REPORTERS = (
    r"(?:(?:the|a|an|one|two|several|unnamed|anonymous)\s+)?(?:[\w’'-]+\s+){0,3}?"
    r"(?:newspaper|daily|paper|newsletter|news|wire|outlet|publication|broadcaster|agency|media|press|report|reports|"
    r"source|sources|insider|insiders|people familiar with the (?:matter|plans|talks)|"
    r"Nikkei|Reuters|Bloomberg|Kyodo|Yomiuri|Asahi|Mainichi|AFP|AP|CNBC|WSJ|"
    r"Wall Street Journal|Financial Times|FT|Handelsblatt|Automotive News)"
)
_SAYS = (
    r"(?:reports?|reported|says|said|writes|wrote|notes|noted|adds|added|claims?|claimed|"
    r"understands|has learned|learned|told\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+)?)"
)
# When the report came out, between the verb and "that": "reported on Tuesday that".
_REPORT_TIME = (
    r"(?:on\s+\d{1,2}\s+\w+(?:\s+\d{4})?|(?:on|last|this|in|early|late)\s+\w+(?:\s+\d{1,2})?(?:,?\s+\d{4})?|"
    r"today|yesterday|earlier|recently|(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:a|one|two|three)\s+weeks?\s+ago)"
)
_LEADING = [
    re.compile(r"^(?:according to|as reported by|citing)\s+[^,]{1,80},\s+", re.I),
    re.compile(r"^there\s+(?:were|are|have been|had been)\s+(?:\w+\s+)?reports\s+that\s+", re.I),
    re.compile(r"^it\s+(?:is|was|has been)\s+(?:reported|said|understood|claimed)\s+that\s+", re.I),
    re.compile(rf"^{_REPORTERS}\s+{_SAYS}(?:\s+{_REPORT_TIME})?(?:\s+that\s+|,\s+(?=[“\"])|\s+(?=(?-i:[A-Z])))", re.I),
    re.compile(r"^(?:reportedly|allegedly),\s+", re.I),
    re.compile(
        r"^(?:and|but|however|meanwhile|also|moreover|furthermore|in addition|additionally|still|"
        r"yet|so|thus|therefore|separately|indeed|besides|nevertheless|nonetheless|in fact)\b,?\s+",
        re.I,
    ),
    re.compile(r"^(?:the|this)\s+(?:move|news|development|report|decision|step)\s+comes\s+(?:as|amid)\s+", re.I),
]
_TRAILING = [
    re.compile(rf",?\s+{_REPORTERS}\s+{_SAYS}\s*(?=[.!?]?$)", re.I),
    re.compile(r",\s+according to\s+[^,.;]{1,80}(?=[.!?]?$)", re.I),
]
# Removed anywhere: exchange tickers "(OTC:NSANY)", acronym glosses "(EVs)", and appositions
# describing a name (", a junior partner in the Nissan-Renault alliance,").
_ASIDES = [
    re.compile(r"\s*\((?:[A-Z]{2,6}:[A-Z0-9.]{1,10}|[A-Z][A-Za-z]{0,2}[A-Z]s?)\)"),
    re.compile(r"(\b[A-Z][\w.&-]*),\s+(?:a|an)\s+[^,;–—“”\"]{3,80},(?=\s+[a-z])"),
]
_ANY_LEADING = re.compile("|".join(f"(?:{p.pattern})" for p in _LEADING), re.I)
_ANY_TRAILING = re.compile("|".join(f"(?:{p.pattern})" for p in _TRAILING), re.I)
_TAIL = 140  # longest trailing attribution looked at, in characters
# Words one of which every trailing attribution holds (_SAYS, "according to"), lower-cased.
_TRAILING_HINTS = ("report", "says", "said", "writ", "wrote", "note", "adds", "added", "claim", "understands",
                   "learned", "told", "according")
_TRAILING_HINT = re.compile("|".join(_TRAILING_HINTS))
# The only non-ASCII letters re.I matches with ASCII ones (dotted and dotless i, long s, Kelvin
# sign): a tail holding one goes to the pattern itself.
_RE_I_ODDITIES = frozenset("İıſK")
_LEADING_PRONOUN = re.compile(
    r"^(it|they)\s+(?!(?:is|was|'s|’s|will be|would be|has been|had been|seems|seemed|remains)\s+"
    r"(?:\w+\s+)?(?:expected|likely|unlikely|unclear|clear|possible|impossible|reported|said|"
    r"understood|thought|believed|known|not|too|time|hard|easy)\b)",
    re.I,
)
# A name opening a sentence: capitalised words, possibly "Japan’s Nissan Motor Co." (the owner is skipped).
_OPENING_NAME = re.compile(
    r"^(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*[’']s\s+)?((?:[A-Z][\w&-]*\.?)(?:\s+(?:[A-Z][\w&-]*\.?|&))*)"
)
_NOT_NAMES = frozenset(
    """a an the this that these those it its they their there here he she we i you and but however
    in on at for with as while when after before since if despite although though also meanwhile
    according some many most one two""".split()
)


_FIRST_LETTER = re.compile(r"[^\W\d_]")
_CUT_QUOTE = re.compile(r",([”’\"']*)\.?$")
_CLOSERS = "”’\"')]"  # may follow a sentence's final . ! or ?


def statement(text: str, previous: str | None = None) -> str:
    """The sentence or clause as a timeline statement (see the module docstring for the rules)."""
    text = text.strip().strip(",;:–—- ")
    for aside in _ASIDES:
        text = aside.sub(lambda m: m.group(1) if m.groups() else "", text)
    text = _trim(text)
    pronoun = _LEADING_PRONOUN.match(text)
    name = opening_name(_trim(previous)) if pronoun and previous else None
    if pronoun and name:
        text = name + text[len(pronoun.group(1)) :]
    return _as_sentence(text)


def opening_name(sentence: str) -> str | None:
    """The proper name a sentence opens with ("Foxconn already ..." -> "Foxconn"), if any."""
    found = _OPENING_NAME.match(sentence)
    if not found or found.group(1).split()[0].lower().rstrip(".") in _NOT_NAMES:
        return None
    return found.group(1).rstrip(".") if found.group(1).endswith(".") and " " not in found.group(1) else found.group(1)


def _trim(text: str) -> str:
    """Remove leading and trailing attributions and connectives, repeatedly ("However, according to X, ...")."""
    while True:
        head = max(0, len(text) - _TAIL)  # trailing patterns are anchored at the end: only the tail can match
        trimmed = _ANY_LEADING.sub("", text, count=1)
        if trimmed == text and _may_trail(trimmed[head:]):
            trimmed = trimmed[:head] + _ANY_TRAILING.sub("", trimmed[head:], count=1)
        if trimmed == text or len(trimmed.split()) < 3:
            return text
        text = trimmed


def _may_trail(tail: str) -> bool:
    """Whether a trailing attribution can match: each holds one of _TRAILING_HINTS. Four in five
    sentences hold none, and _ANY_TRAILING, tried at every space of the tail, is this module's
    costliest pattern."""
    if not _RE_I_ODDITIES.isdisjoint(tail):
        return True
    return _TRAILING_HINT.search(tail.lower()) is not None


def _as_sentence(text: str) -> str:
    text = text.strip().rstrip(",;:–—- ").strip()
    if not text:
        return text
    first = _FIRST_LETTER.search(text)
    if first:
        text = text[: first.start()] + text[first.start()].upper() + text[first.start() + 1 :]
    text = _CUT_QUOTE.sub(r".\1", text)  # a quote cut before its attribution: ...costs,” -> ...costs.”
    if not text.rstrip(_CLOSERS).endswith((".", "!", "?")):  # the stripped text ends in no newline
        text += "."
    return text
