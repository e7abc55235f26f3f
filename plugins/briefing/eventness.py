"""Whether a sentence or statement reports an event at all, and whether it is a forecast.

A timeline entry must be something that happened (or, flagged `expected`, something announced as
coming). Article text also holds page furniture, captions and credits, bylines, tweets, letters,
questions and opinion; none of those is an event. The rules, tried on every sentence, so each
test is a cheap word or substring check before any pattern:

Sentence level (`sentence_flaw`, the whole sentence as split, before any trimming):
- question: it ends in "?" (closing quotes aside);
- fragment: it ends in no . ! ? at all (a headline, a caption, a list, a cut-off line);
- furniture: "Page last updated at", "Share this", "Related:", "Click here", "hrs ago", a
  help-line's opening hours ("Mon-Fri 9am-5pm", "Lines are open"), a broadcast schedule
  ("daily at 0910", "every Saturday at 10:40"), a moderator's note;
- credit: a photo caption or credit ("Photo:", "(AP Photo/...)", "Getty Images", "courtesy X");
- byline: "By Jane Smith" opening the sentence;
- tweet: an embed credit "Name (@handle) Month D, YYYY", a "pic.twitter.com/..." link;
- letter: "Sir, ..." or "Dear Editor" opening a letter to the editor.

Statement level (`statement_flaw`, the trimmed sentence or clause):
- fragment: no finite verb (no auxiliary or modal, no common irregular verb form, no
  lower-case word ending in -ed or -s): "Sen. Barack Obama (D-Ill.)", a signature "Jane Smith, Leeds";
- opinion: first person giving a view ("I think", "we believe", "in my view", "I'm sure");
- first person: "I"/"we"/"my"/"our" (or "you" addressing the reader) outside quotes, with no
  named speaker in the sentence (no "said", "says", "told"): a witness's, blogger's or
  columnist's words that a reader cannot place without the article;
- unattributed quote: it opens with a quote mark and names no speaker (no "said", "says",
  "told" ...): a quote whose speaker only the article knows;
- generic: a present-tense evaluation with nothing done ("Confidence is vital to building
  confidence", "It is important to ..."): no verb in the past, no modal, only "is/are <judgement>".

Forecasts (`is_expected`): a statement is *expected* when it tells of something that has not
happened as of its article's publication: its date begins after the publication day, or it holds
a future or intention marker ("will", "would", "'ll", "shall", "is/was expected to", "is
expected", "plans to", "is planning to", "intends to", "aims to", "hopes to", "is due to", "is set
to", "is scheduled to", "is going to", "is poised to", "is likely to", "is to be", "could", "may",
"might") that no report or decision verb ("said", "announced", "agreed", "decided", "confirmed",
"promised", "told", "unveiled" ..., or a live report's present "says", "announces") comes before.
Such a verb makes the statement a report of the plan, and the report happened: "Nissan announced
plans to close Oppama" and "Officials said troops would arrive" are events at their dates, "Troops
will arrive on Monday" and "Troops would arrive, officials said" are expected. Not markers: "than
expected", "as expected", "could not", "would not" (a past refusal or inability), "may/might/could
have" + participle (a hedge about the past), the noun "will" ("the will of the people"), and
"would", "could" or "might" after a verb in the past (the future in the past: "It was obvious the
quake would be a disaster"), "expected to have" + participle (an estimate of the past).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Iterable

from .dates import first_day

# --- words: one split of a text, compared with word sets, decides before any pattern runs -------

_PUNCTUATION = ".,;:!?\"'“”‘’()[]`*-–—"
_BEFORE_WORD = ("", "“", '"', "(", "‘", "'")
_AFTER_WORD = ("", ",", ".", ";", ":", "!", "?", "”", '"', ")", "’", "'", ".”", ",”", '."', ',"')


@lru_cache(maxsize=8)  # a sentence, the statement made of it (most often the same text) and its forecast test
def _words(text: str) -> frozenset[str]:
    """The lower-cased, space-separated tokens of a text, punctuation kept: the word sets they are
    compared with (_spellings) hold each word with the punctuation that may come with it."""
    return frozenset(text.lower().split())


def _spellings(words: Iterable[str]) -> frozenset[str]:
    """Each word as a token of _words may spell it: with a quote or bracket before, a stop, comma,
    quote or bracket after, and "’" for "'"."""
    found = set()
    for word in words:
        for form in {word, word.replace("'", "’")}:
            found.update(before + form + after for before in _BEFORE_WORD for after in _AFTER_WORD)
    return frozenset(found)


# --- sentence level -----------------------------------------------------------------------------

_CLOSERS = "”’\"')]*"  # may follow a final stop
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|"
    r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b\.?"
)
_DAY_NAME = r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\b"
_CLOCK = r"\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)"


@dataclass(frozen=True)
class _Flaw:
    """One kind of sentence that is no event: its pattern runs only on a sentence whose lower-cased
    text opens with one of `openings`, holds one of `words` among its tokens (_words) or one of
    `cues` anywhere (few sentences do)."""

    reason: str
    openings: tuple[str, ...]
    words: frozenset[str]
    cues: tuple[str, ...]
    pattern: re.Pattern[str]

    def found_in(self, text: str, lowered: str, words: frozenset[str]) -> bool:
        cued = lowered.startswith(self.openings) or not self.words.isdisjoint(words)
        return (cued or any(cue in lowered for cue in self.cues)) and bool(self.pattern.search(text))


_SENTENCE_FLAWS = (
    _Flaw(
        "furniture",
        ("page last updated", "share this", "related:", "read more", "follow us", "sign up", "subscribe",
         "first broadcast", "email this", "print this", "posted by"),
        _spellings(
            "updated reserved © copyright click ago lines removed rules broadcast running publication contributions "
            "wrote: permalink".split()
        ),
        (),
        re.compile(
            r"\bpage last updated\b|^share this\b|^related:|\bclick here\b|^read more\b|\ball rights reserved\b|"
            r"©|\bcopyright\b|^follow us\b|^sign up\b|^subscribe\b|\b\d+\s*(?:hrs?|mins?)\.?\s+ago\b|"
            r"\blines are open\b|\bcomment was removed\b|\bhouse rules\b|^first broadcast\b|\bis broadcast live\b|"
            r"\brunning order\b|\bletters for publication\b|\bsend contributions\b|^(?:email|print) this\b|"
            r"\bpermalink\b|^posted by\b|\|\s*comments?\s*\(\d+\)|"
            r"\bAt \d{1,2}:\d\d\b[^.]{0,40}\bwrote:",
            re.I,
        ),
    ),
    _Flaw(  # opening hours: "Mon-Fri 9am-5pm", "Monday to Friday from 9am to 5pm"
        "furniture",
        (),
        frozenset(),
        ("am-", "am -", "am –", "am to", "mon-fri", "mon - fri", "monday to", "monday-"),
        re.compile(rf"\b{_DAY_NAME}\s*(?:-|–|to)\s*{_DAY_NAME}.{{0,40}}\b{_CLOCK}|\b{_CLOCK}\s*(?:-|–|to)\s*{_CLOCK}", re.I),
    ),
    _Flaw(  # a broadcast schedule: "Broadcasting ... daily at 0910", "It airs at 10:40 every Saturday"
        "furniture",
        (),
        _spellings("broadcast broadcasting airs repeated daily".split()),
        (),
        re.compile(
            r"\b(?:broadcasting|broadcast|airs|is repeated)\b.{0,60}\b(?:daily|every\s+\w+|each\s+\w+|"
            r"\d{4}\s+(?:local time|GMT))|\bdaily\s+at\s+\d",
            re.I,
        ),
    ),
    _Flaw(
        "credit",
        ("photo", "picture", "image", "caption", "illustration", "credit", "video"),
        _spellings("getty courtesy photo photos photograph photographs (ap (afp (reuters (epa (pa".split()),
        ("getty",),
        re.compile(
            r"^(?:photo(?:graph)?s?|image|picture|pictures|caption|illustration|credit|video)\s*:|"
            r"\((?:AP|AFP|Reuters|EPA|PA)\s+Photo\b|\bAP Photo/|\bGetty Images\b|\b(?:AFP|Reuters|EPA)/Getty\b|"
            r"\b(?:photo(?:graph)?s?|images?|pictures?|video|footage|sketch(?:es)?)\s+(?:by|courtesy)\b|"
            r"\bcourtesy\s+(?-i:[A-Z])",
            re.I,
        ),
    ),
    _Flaw(
        "byline",
        ("by ",),
        frozenset(),
        (),
        re.compile(
            r"^By\s+(?!(?:" + _MONTH + r"|" + _DAY_NAME + r"|The|Then|Now|Late|Early|Mid)\b)"
            r"[A-Z][a-z'’-]+(?:\s+[A-Z][\w'’-]*\.?){1,3}(?=\s*(?:$|,|\||-|–|—|\s(?:and|in|for|at|of)\s|\s[A-Z]))"
        ),
    ),
    _Flaw(
        "tweet",
        (),
        frozenset(),
        ("@", "twitter.com"),
        re.compile(rf"\(@\w{{1,15}}\)\s*{_MONTH}\s+\d{{1,2}},\s+\d{{4}}|\bpic\.twitter\.com/|\btwitter\.com/\w+/status/", re.I),
    ),
    _Flaw("letter", ("sir", "madam", "dear"), frozenset(), (), re.compile(r"^(?:Sir|Madam|Dear\s+(?:Sir|Madam|Editor))\s*,")),
)
_ANY_OPENING = tuple(opening for flaw in _SENTENCE_FLAWS for opening in flaw.openings)
_ANY_WORD = frozenset().union(*(flaw.words for flaw in _SENTENCE_FLAWS))
_ANY_CUE = tuple(cue for flaw in _SENTENCE_FLAWS for cue in flaw.cues)


def sentence_flaw(sentence: str) -> str | None:
    """Why a whole sentence is no event (see the module docstring), or None when it may be one."""
    text = sentence.strip()
    ending = text.rstrip(_CLOSERS)
    if not ending.endswith((".", "!", "?", "…")):
        return "fragment"
    if ending.endswith("?"):
        return "question"
    lowered, words = text.lower(), _words(text)
    if not (
        lowered.startswith(_ANY_OPENING) or not _ANY_WORD.isdisjoint(words) or any(cue in lowered for cue in _ANY_CUE)
    ):
        return None  # nearly every sentence: no flaw's cue, no pattern to try
    return next((flaw.reason for flaw in _SENTENCE_FLAWS if flaw.found_in(text, lowered, words)), None)


# --- statement level ----------------------------------------------------------------------------

_WORD = re.compile(r"[A-Za-z]+(?:['’][a-z]+)?")
# Finite verb forms a word test cannot see: auxiliaries, modals and common irregular verbs.
_FINITE = _spellings(
    """is are am was were has have had do does did will would can could may might must shall should
    isn't aren't wasn't weren't hasn't haven't hadn't doesn't didn't don't won't wouldn't can't couldn't
    it's he's she's that's there's they're we're i'm we've they've i've he'd she'd they'd we'd i'd
    said told took made went came began become became hit struck saw gave got left led met put ran set
    sent spent stood won lost held brought bought built caught fell felt found fought flew grew heard kept
    knew laid paid rose sold shot shut sought spoke stole swept taught thought threw understood woke wrote
    broke chose drove ate forgot froze hid hung meant quit read rode rang sank sat slept spread stuck swore
    tore wore withdrew overtook undertook beat bore bound bent bid blew burst cast cost cut dealt dug drew
    drank fed fled forgave hurt lay lent let lit mistook overcame oversaw rebuilt shed shook shone split
    upheld upset withheld say go make take come give get know see want need live die flee arrive remain
    face fear warn urge plan hope seem look call vow seek meet""".split()
)
# Words that follow a name without being its verb ("Port-au-Prince and", "Obama of").
_FUNCTION_WORDS = frozenset(
    """a an the and or but nor of in on at to by for from with without into onto over under after before since
    until during about against among between through across near via per than as if so yet its his her their
    our your my this that these those who whom whose which what where when while who's""".split()
)
# "-s" and "-ed" words that are rarely verbs: a statement holding only these has no finite verb.
_NOT_VERBS = frozenset("""this his its news yes thus plus less unless across always perhaps towards afterwards
    whereas""".split())
_OPINION = re.compile(
    r"\b(?:I|we)\s+(?:(?:do|really|still|also|strongly|truly|honestly|all|just)\s+)?"
    r"(?:think|believe|feel|reckon|guess|suppose|doubt|hope)\b|"
    r"\bI(?:'m| am)\s+(?:sure|convinced|certain|confident|afraid)\b|"
    r"\bin (?:my|our) (?:view|opinion)\b|\b(?:my|our) (?:view|opinion) is\b|\bpersonally\b|\bIMO\b",
    re.I,
)
# The writer or the reader: "I", "we" ... and "you" addressing the reader.
_FIRST_PERSON = frozenset(
    "i i'm i've i'd i'll we we're we've we'd we'll me my mine us our ours you you're you've you'd you'll your yours".split()
)
_FIRST_PERSON_SPELLINGS = _spellings(_FIRST_PERSON - {"us"})
_US_SPELLINGS = _spellings(["us"])  # "us" or the country "US": _LOWER_US decides
_QUOTE_MARKS = "“\"‘'`"
_LOWER_US = re.compile(r"\bus\b")  # "us", not the country "US"
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")
_SPEAKER_VERBS = _spellings(
    """said says told tells added adds wrote writes explained explains according asked asks recalled recalls
    described describes insisted insists stated states warned warns announced announces claimed claims declared
    declares replied replies continued continues argued argues noted notes admitted admits testified testifies
    concluded concludes urged urges quoted""".split()
)
# Judgements a generic statement turns on: a statement holding none of them is not looked at by _GENERIC.
_JUDGEMENTS = _spellings(
    """vital important essential crucial critical key necessary clear obvious unacceptable wrong right good bad
    great difficult hard easy impossible possible fair unfair true tragic sad shameful ridiculous absurd welcome
    worth time answer problem question issue point""".split()
)
_GENERIC = re.compile(
    r"\b(?:is|are|remains?|seems?)\s+(?:(?:so|very|also|still|more|most|now|not|absolutely|particularly|really)\s+)?"
    r"(?:vital|important|essential|crucial|critical|key|necessary|clear|obvious|unacceptable|wrong|right|"
    r"good|bad|great|difficult|hard|easy|impossible|possible|fair|unfair|true|tragic|sad|shameful|ridiculous|"
    r"absurd|welcome|worth|time|the (?:key|answer|problem|question|issue|point))\b",
    re.I,
)
_DOING = re.compile(r"\b(?:[a-z]{2,}ed|" + "|".join(
    "said told took made went came began became hit struck saw gave got left led met sent won lost held "
    "brought built fell found fought flew grew heard kept paid rose sold shot spoke wrote broke".split()
) + r"|will|would|could|has|have|had|was|were)\b")


def statement_flaw(text: str) -> str | None:
    """Why a trimmed statement is no event (see the module docstring), or None when it may be one.
    Word tests on the lower-cased tokens (_words) decide before any pattern runs."""
    words = _words(text)
    if _FINITE.isdisjoint(words) and not has_finite_verb(text):
        return "fragment"
    if text[:1] in _QUOTE_MARKS and _SPEAKER_VERBS.isdisjoint(words):
        return "unattributed quote"
    if not _FIRST_PERSON_SPELLINGS.isdisjoint(words) or (not _US_SPELLINGS.isdisjoint(words) and _LOWER_US.search(text)):
        if _OPINION.search(text):
            return "opinion"
        if _SPEAKER_VERBS.isdisjoint(words) and unquoted_first_person(text):
            return "first person"
    if not _JUDGEMENTS.isdisjoint(words) and _GENERIC.search(text) and not _DOING.search(text):
        return "generic"
    return None


def unquoted_first_person(text: str) -> bool:
    """Whether "I", "we", "my" ... occur outside closed quotes: a quoted "my" inside a sentence about
    someone named (Corrigan ... “changed my cap badge”) is that person's word, not the writer's."""
    outside = _QUOTED.sub(" ", text) if "“" in text or '"' in text else text
    return any(w.lower().replace("’", "'") in _FIRST_PERSON and w != "US" for w in _WORD.findall(outside))


def has_finite_verb(text: str) -> bool:
    """Whether some word of the text can be a finite verb: a form in _FINITE; a lower-case word of
    four or more letters ending in -ed or -s (not -ss, -us, -is) that is not in _NOT_VERBS; or a
    lower-case word of three or more letters, not a function word, right after a capitalised one
    (a verb after its named subject: "Acme and Volta Motors sign a deal")."""
    words = _WORD.findall(text)
    if not _FINITE.isdisjoint(w.lower().replace("’", "'") for w in words):
        return True
    for before, word in zip([""] + words, words):
        if len(word) < 3 or not word[0].islower() or word in _NOT_VERBS:
            continue
        if word.endswith("ed") or (len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))):
            return True
        if before[:1].isupper() and word not in _FUNCTION_WORDS:
            return True
    return False


# --- forecasts ----------------------------------------------------------------------------------

# Lower-cased words one of which every marker holds ("'ll", "is to" and "are to" are looked for apart):
# a statement holding none of them is no forecast, and _MARKER does not run.
_FUTURE_WORDS = _spellings(
    """will would shall won't could might may expected due set scheduled slated going poised likely planning
    preparing about plan plans intend intends aim aims hope hopes""".split()
)
_MARKER = re.compile(
    r"\b(will|shall|would|could|might|may)\b|['’]ll\b|\bwon['’]t\b|"
    r"\b(expected|due|set|scheduled|slated|going|poised|likely|planning|preparing|about)\s+to\b|"
    r"\b(?:is|are)\s+expected\b(?!\s+to\b)|"
    r"\b(?:plans?|intends?|aims?|hopes?)\s+to\s+[a-z]|\b(?:is|are)\s+to\s+[a-z]"
)
# Past forms before "would", "could" or "might" make it the future in the past, no forecast.
_PAST_FORMS = frozenset(
    """was were had did said told took made went came began became hit struck saw gave got left led met sent spent
    stood won lost held brought bought built caught fell felt found fought flew grew heard kept knew paid rose sold
    shot sought spoke thought threw wrote broke chose drove""".split()
)
_NOT_PAST = frozenset("need indeed speed feed seed breed bleed proceed exceed succeed".split())  # -ed, no past
_OWNERS = frozenset("the a an its his her their our my your these those any no of new such".split())
_BE = frozenset("is are was were be been being am 's ’s 're ’re".split())
# Words before "will" that make it the noun ("the will of the people", "political will").
_WILL_NOUN_AFTER = frozenset("the a political good free his her their its ill own of against".split())
# Words after a modal that make it no forecast: a past refusal or inability ("could not"), a
# hedge about the past ("may have killed").
_NOT_FORECAST_AFTER = frozenset("not n't never have".split())
# A purpose noun right before "is to" ("The aim is to help") makes "is to" no forecast.
_PURPOSES = frozenset(
    """aim goal plan idea purpose task job mission priority challenge hope intention objective strategy point answer
    solution problem key way option role reason need aims goals plans tasks priorities""".split()
)
# Report and decision verbs, past or (as live reports write) present: one before the marker makes
# the statement a report of the plan, and the report happened.
_REPORTED = frozenset(
    """said announced agreed decided confirmed pledged promised vowed voted approved unveiled revealed told warned
    declared ordered stated signed disclosed outlined insisted indicated predicted forecast reported added explained
    claimed suggested estimated acknowledged admitted conceded hinted
    says announces agrees decides confirms pledges promises vows votes approves unveils reveals tells warns declares
    orders states signs discloses outlines insists indicates predicts forecasts reports adds explains claims""".split()
)


def is_expected(text: str, start: str | None, published: date) -> bool:
    """Whether a statement tells of something that has not happened as of `published` (see the module docstring)."""
    if start is not None and first_day(start) > published:
        return True
    words = _words(text)
    if _FUTURE_WORDS.isdisjoint(words) and "'ll" not in text and "’ll" not in text and "is to" not in text and "are to" not in text:
        return False
    for marker in _MARKER.finditer(text):
        before = text[: marker.start()].lower().split()
        if _is_forecast(marker, before, text[marker.end() :].split(None, 1)):
            return _REPORTED.isdisjoint(word.strip(_PUNCTUATION) for word in before)
    return False


def tells_a_state(text: str) -> bool:
    """Whether a statement tells how things are rather than what happened: no verb in the past or
    the perfect ("has signed") and no forecast. Dated "today", such a sentence means nowadays
    ("Today, that division remains a reality."), not an event of the publication day."""
    words = [word.strip(_PUNCTUATION) for word in text.lower().split()]
    if any(_is_past(word) for word in words) or any(word in ("has", "have", "had") for word in words):
        return False
    return not is_expected(text, None, date.min)


def _is_past(word: str) -> bool:
    """Whether a lower-cased word is a verb in the past: a form in _PAST_FORMS or a word ending in -ed."""
    return word in _PAST_FORMS or (len(word) > 3 and word.endswith("ed") and word not in _NOT_PAST)


def _is_forecast(marker: re.Match[str], before: list[str], after: list[str]) -> bool:
    """Whether a _MARKER match marks a forecast, given the lower-cased words before it and the words after it."""
    modal, planned = marker.group(1), marker.group(2)
    previous = before[-1].strip(_PUNCTUATION) if before else ""
    if modal:
        if modal in ("will", "shall") and (previous in _WILL_NOUN_AFTER or after[:1] == ["of"]):
            return False
        if modal in ("would", "could", "might") and any(_is_past(word.strip(_PUNCTUATION)) for word in before):
            return False  # the future in the past: "It was obvious the quake would be a disaster"
        return not after or after[0].lower().strip(_PUNCTUATION) not in _NOT_FORECAST_AFTER
    if planned == "expected":  # "are expected to have died": an estimate of the past
        return previous not in ("than", "as") and after[:1] != ["have"]
    if planned:  # "due to", "set to", "likely to" ...: a forecast after a form of "to be" ("is due to visit")
        return not _BE.isdisjoint(before[-2:])
    if marker.group().startswith(("is ", "are ")):
        return previous not in _PURPOSES
    # "plans to", "aims to", "hopes to": a noun after an owner or article ("Nissan's plans to cut")
    return not (previous.endswith(("'s", "’s", "s'", "s’")) or previous in _OWNERS)
