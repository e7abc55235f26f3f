"""Turn a sentence or clause from an article into a short, self-contained timeline statement.

Only removals, never new words: a wire dateline ("LONDON (Reuters) - ", "PORT-AU-PRINCE,
Haiti (AP) — ", "(CNN) -- "), attributions to the press or to anonymous sources ("Nikkei
reports", "According to the Japanese newspaper,", "There were reports that"), leading
connectives ("And", "However,") and framing openers ("The move comes as"). Attributions to
the actors themselves ("Nissan said that ...") stay: they are part of the fact. The one
substitution is a leading "It"/"They" that takes the name opening the previous sentence kept
(events.py passes it), a name the source itself wrote ("And it already saw ..." after "Foxconn
already expressed ..." becomes "Foxconn already saw ..."). Dates are never rewritten: the event
carries the resolved date, the text keeps the source's words.

`form_score` rates how well formed a statement is, to choose the best of several sources'
wordings and to rank entries (see its docstring).
"""

from __future__ import annotations

import re

from .eventness import has_finite_verb, unquoted_first_person
from .glue import glued_cuts

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
# describing a name (", a junior partner in the Nissan-Renault alliance,"). Few sentences hold
# either; the patterns are tried only on text holding what every match starts with ("(", ", a").
_TICKER_OR_GLOSS = re.compile(r"\s*\((?:[A-Z]{2,6}:[A-Z0-9.]{1,10}|[A-Z][A-Za-z]{0,2}[A-Z]s?)\)")
_APPOSITION = re.compile(r"(\b[A-Z][\w.&-]*),\s+(?:a|an)\s+[^,;–—“”\"]{3,80},(?=\s+[a-z])")
_APPOSITION_OPENING = re.compile(r",\s+an?\s")
_MONTH_NAME = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
# A full date standing before a sentence as its label: day month year or month day, year, then
# a separator or straight a capitalised word.
_DATE_LABEL = re.compile(
    rf"(?:\d{{1,2}}\s+{_MONTH_NAME}|{_MONTH_NAME}\s+\d{{1,2}},?)\s+\d{{4}}(?:\s*[:–—-]\s*|\s+)(?=[A-Z“\"])"
)
_ANY_LEADING = re.compile("|".join(f"(?:{p.pattern})" for p in _LEADING), re.I)
_ANY_TRAILING = re.compile("|".join(f"(?:{p.pattern})" for p in _TRAILING), re.I)
_TAIL = 140  # longest trailing attribution looked at, in characters
# First words (lower-cased, a trailing comma dropped) of the leading patterns that open with a
# fixed word: "According to ...", "There were reports that", "It is reported that", "Reportedly,",
# the connectives.
_LEADING_OPENERS = frozenset(
    """according as citing there it reportedly allegedly and but however meanwhile also moreover furthermore
    in additionally still yet so thus therefore separately indeed besides nevertheless nonetheless""".split()
)
# A press attribution names its reporter within its first five words (a determiner and up to
# three words may come first: "The Japanese business daily Nikkei reported"); the framing
# opener "The move comes as" has its noun second. One of these words is then among the first five.
_LEADING_NOUNS = frozenset(
    """newspaper daily paper newsletter news wire outlet publication broadcaster agency media press report reports
    source sources insider insiders people nikkei reuters bloomberg kyodo yomiuri asahi mainichi afp ap cnbc wsj
    wall financial ft handelsblatt automotive move development decision step""".split()
)
# A trailing attribution ends in a reporter and the verb (_SAYS): "..., Nikkei reported.",
# "..., sources told the Nikkei Asia.", "..., the newspaper has learned". Lower-cased, the last
# word of each verb (final . ! ? dropped), and the words a verb can follow: each reporter's last
# word, and "has".
_TRAILING_VERBS = frozenset(
    """report reports reported says said writes wrote notes noted adds added claim claims claimed understands
    learned told""".split()
)
_REPORTER_ENDS = frozenset(
    """newspaper daily paper newsletter news wire outlet publication broadcaster agency media press report reports
    source sources insider insiders matter plans talks nikkei reuters bloomberg kyodo yomiuri asahi mainichi afp ap
    cnbc wsj journal times ft handelsblatt has""".split()
)
# The only non-ASCII letters re.I matches with ASCII ones, but for the Kelvin sign, which lower()
# maps to "k" itself: dotted capital I, dotless i, long s. Text holding one goes to the patterns.
_RE_I_ODDITY = re.compile("[İıſ]")
_LEADING_PRONOUN = re.compile(
    r"^(it|they)\s+(?!(?:is|was|'s|’s|will be|would be|has been|had been|seems|seemed|remains)\s+"
    r"(?:\w+\s+)?(?:expected|likely|unlikely|unclear|clear|possible|impossible|reported|said|"
    r"understood|thought|believed|known|not|too|time|hard|easy)\b)"
    r"(?!(?:is|was|'s|’s)\s+(?:when|what|where|why|how|because|only|just|then|now|here|there|in|at|on|this|that|a|an|the)\b)",
    re.I,
)
# A name opening a sentence: capitalised words, possibly "Japan’s Nissan Motor Co." (the owner is skipped).
_OPENING_NAME = re.compile(
    r"^(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*[’']s\s+)?((?:[A-Z][\w&-]*\.?)(?:\s+(?:[A-Z][\w&-]*\.?|&))*)"
)
_NOT_NAMES = frozenset(
    """a an the this that these those it its they their there here he she we i you and but however
    in on at for with as while when after before since if despite although though also meanwhile
    according some many most one two under over during from by to of without within between among about against
    until unlike like through throughout following amid across into upon beyond near toward towards via every each
    all both no any such another other several few more less his her our my your us them him what where who why how
    whether once so then now today yesterday tonight last next earlier later first""".split()
)


# A wire dateline: a city in capitals (a region after a comma), the agency in brackets, a dash;
# or the agency alone: "(CNN) -- ".
_DATELINE = re.compile(
    r"^(?:[A-Z][A-Z.'’-]{2,}(?: [A-Z][A-Z.'’-]+){0,3}(?:, [A-Z][\w.'’ -]{1,30}?)?\s*"
    r"(?:\((?:Reuters|AP|AFP|CNN|Bloomberg|UPI|dpa|Xinhua|IANS|PTI|BBC)\)\s*)?|"
    r"\((?:Reuters|AP|AFP|CNN|Bloomberg|UPI|dpa|Xinhua|IANS|PTI|BBC)\)\s*)(?:-{1,2}|–|—)\s+(?=\S)"
)
_FIRST_LETTER = re.compile(r"[^\W\d_]")
_CUT_QUOTE = re.compile(r",([”’\"']*)\.?$")
_CUT_QUOTE_TAIL = "”’\"'."  # what follows the comma of a _CUT_QUOTE match
_CLOSERS = "”’\"')]"  # may follow a sentence's final . ! or ?


def statement(text: str, previous: str | None = None) -> str:
    """The sentence or clause as a timeline statement (see the module docstring for the rules)."""
    text = _without_date_label(_without_dateline(text.strip())).strip(",;:–—- ")
    text = _trim(_without_asides(text))
    pronoun = _LEADING_PRONOUN.match(text)
    name = opening_name(_trim(previous)) if pronoun and previous else None
    if pronoun and name:
        text = name + text[len(pronoun.group(1)) :]
    return _as_sentence(text)


def _without_dateline(text: str) -> str:
    """The text without a leading wire dateline (_DATELINE): only a text opening with "(" or with
    three capitals can hold one, so the pattern rarely runs."""
    if text.startswith("(") or text[:3].isupper():
        found = _DATELINE.match(text)
        if found and len(found.group()) < 60:
            return text[found.end() :]
    return text


def _without_date_label(text: str) -> str:
    """The text without a chronology's leading date ("22 July 2009 The doctor's clinic is raided",
    "March 3, 2011: Jury selection begins"): the entry shows its date, and the date alone never
    opens a sentence. Only a text opening with a digit or a capital can hold one."""
    if text[:1].isdigit() or text[:1].isupper():
        found = _DATE_LABEL.match(text)
        if found:
            return text[found.end() :]
    return text


def _without_asides(text: str) -> str:
    """The text without tickers, acronym glosses and appositions (see _TICKER_OR_GLOSS, _APPOSITION)."""
    if "(" in text:
        text = _TICKER_OR_GLOSS.sub("", text)
    if _APPOSITION_OPENING.search(text):
        text = _APPOSITION.sub(r"\1", text)
    return text


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
        trimmed = _ANY_LEADING.sub("", text, count=1) if _may_lead(text) else text
        if trimmed == text and _may_trail(trimmed[head:]):
            trimmed = trimmed[:head] + _ANY_TRAILING.sub("", trimmed[head:], count=1)
        if trimmed == text or len(trimmed.split()) < 3:
            return text
        text = trimmed


def _may_lead(text: str) -> bool:
    """Whether a leading pattern can match: it opens with one of _LEADING_OPENERS or has one of
    _LEADING_NOUNS among its first five words. One sentence in five hundred has a leading
    attribution, and _ANY_LEADING tries seven alternatives on every one."""
    if _folds_oddly(text):
        return True
    words = text.lower().split(None, 5)[:5]
    return bool(words) and (words[0].rstrip(",") in _LEADING_OPENERS or not _LEADING_NOUNS.isdisjoint(words))


def _may_trail(tail: str) -> bool:
    """Whether a trailing attribution can match: it holds "according to", or one of its last five
    words is one of _TRAILING_VERBS right after one of _REPORTER_ENDS (the verb is last, or before
    a lone . ! ?, or "told" with up to three words after it). Nineteen in twenty sentences have
    neither, and _ANY_TRAILING, tried at every space of the tail, is this module's costliest pattern."""
    if _folds_oddly(tail):
        return True
    lowered = tail.lower()
    if "according to" in lowered:
        return True
    words = lowered.rsplit(None, 6)[-6:]
    if words:
        words[-1] = words[-1].rstrip(".!?")  # only the last word can carry the final stop
    if _TRAILING_VERBS.isdisjoint(words[1:]):
        return False
    return any(word in _TRAILING_VERBS and before in _REPORTER_ENDS for before, word in zip(words, words[1:]))


def _folds_oddly(text: str) -> bool:
    """Whether text holds a letter re.I matches with an ASCII one that lower() does not map to it."""
    return not text.isascii() and _RE_I_ODDITY.search(text) is not None


def _as_sentence(text: str) -> str:
    text = text.strip().rstrip(",;:–—- ").strip()
    if not text:
        return text
    text = _capitalised(text)
    if text.rstrip(_CUT_QUOTE_TAIL).endswith(","):  # the pattern is tried only where it can match
        text = _CUT_QUOTE.sub(r".\1", text)  # a quote cut before its attribution: ...costs,” -> ...costs.”
    if not text.rstrip(_CLOSERS).endswith((".", "!", "?")):  # the stripped text ends in no newline
        text += "."
    return text


def _capitalised(text: str) -> str:
    """The text with its first letter (_FIRST_LETTER) upper-cased. Most texts open with a letter,
    which the pattern matches (no letter is a digit or "_"). Always a new str, as the pattern-based
    version made: a reading's pickle differs when a statement shares its sentence's str object."""
    if text[0].isalpha():
        at = 0
    else:
        found = _FIRST_LETTER.search(text)
        if found is None:
            return text
        at = found.start()
    return text[:at] + text[at].upper() + text[at + 1 :]


# --- well-formedness ----------------------------------------------------------------------------

# What form_score takes off a perfect 1.0 for each flaw.
FORM_PENALTIES = {
    "no capital start": 0.15,
    "no final stop": 0.2,
    "no finite verb": 0.3,
    "pronoun subject": 0.2,
    "glued headline or caption": 0.25,
    "unbalanced quotes or brackets": 0.15,
    "first person": 0.2,
    "question": 0.3,
    "too short": 0.15,  # under 8 words; at most this much, less the nearer to 8
    "too long": 0.15,  # over 40 words; at most this much, the full amount from 60 words
}
FORM_WORDS = (8, 40)
_OPENING_PRONOUNS = frozenset("it its that this these those they their them he his she her him there".split())
_OPEN_QUOTE = re.compile(r"^[“‘\"'`(\[]+")


def form_score(text: str) -> float:
    """How well formed a statement is, in [0, 1]: 1.0 for one complete, self-contained sentence a
    reader understands without the article; each flaw in form_flaws takes its FORM_PENALTIES share."""
    return max(0.0, round(1.0 - sum(form_flaws(text).values()), 3))


def form_flaws(text: str) -> dict[str, float]:
    """Each flaw of the statement with the score it costs: a capital start, a final stop, a
    finite verb, a named subject rather than a pronoun ("It was first used ..."), no headline or
    caption glued on, balanced quotes and brackets, 8 to 40 words, no first person outside
    quotes, no question."""
    text = text.strip()
    flaws: dict[str, float] = {}
    if not text:
        return {"no finite verb": FORM_PENALTIES["no finite verb"]}
    opening = _OPEN_QUOTE.sub("", text)
    if not opening[:1].isupper() and not opening[:1].isdigit():
        flaws["no capital start"] = FORM_PENALTIES["no capital start"]
    if text.rstrip(_CLOSERS).endswith("?"):
        flaws["question"] = FORM_PENALTIES["question"]
    elif not text.rstrip(_CLOSERS + "*").endswith((".", "!", "…")):
        flaws["no final stop"] = FORM_PENALTIES["no final stop"]
    if not has_finite_verb(text):
        flaws["no finite verb"] = FORM_PENALTIES["no finite verb"]
    if opening.split(None, 1)[0].lower().strip(",;:’'") in _OPENING_PRONOUNS:
        flaws["pronoun subject"] = FORM_PENALTIES["pronoun subject"]
    if glued_cuts(text):
        flaws["glued headline or caption"] = FORM_PENALTIES["glued headline or caption"]
    if _unbalanced(text):
        flaws["unbalanced quotes or brackets"] = FORM_PENALTIES["unbalanced quotes or brackets"]
    if unquoted_first_person(text):
        flaws["first person"] = FORM_PENALTIES["first person"]
    words = len(text.split())
    low, high = FORM_WORDS
    if words < low:
        flaws["too short"] = FORM_PENALTIES["too short"] * (low - words) / low
    elif words > high:
        flaws["too long"] = FORM_PENALTIES["too long"] * min(1.0, (words - high) / (high / 2))
    return flaws


def _unbalanced(text: str) -> bool:
    """Whether brackets or quotes are left open or closed without opening (straight double quotes
    in an odd number; an apostrophe is no quote, so single quotes are not counted)."""
    return (
        text.count("(") != text.count(")")
        or text.count("[") != text.count("]")
        or text.count("“") != text.count("”")
        or text.count('"') % 2 == 1
    )
