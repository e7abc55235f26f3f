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
- first person: "I"/"we"/"my"/"our" with no named speaker in the sentence (no "said", "says",
  "told"): a witness's or blogger's words that a reader cannot place without the article;
- generic: a present-tense evaluation with nothing done ("Confidence is vital to building
  confidence", "It is important to ..."): no verb in the past, no modal, only "is/are <judgement>".

Forecasts (`is_expected`): a statement is *expected* when it tells of something that has not
happened as of its article's publication: its date begins after the publication day, or it holds
a future or intention marker ("will", "would", "'ll", "shall", "is/was expected to", "plans to",
"is planning to", "intends to", "aims to", "hopes to", "is due to", "is set to", "is scheduled
to", "is going to", "is poised to", "is likely to", "is to be", "could", "may", "might") that no
past-tense report or decision verb ("said", "announced", "agreed", "decided", "confirmed",
"promised", "told", "unveiled" ...) comes before. Such a verb makes the statement a report of
the plan, and the report happened: "Nissan announced plans to close Oppama" and "Officials said
troops would arrive" are events at their dates, "Troops will arrive on Monday" and "Troops would
arrive, officials said" are expected. Not markers: "than expected", "as expected", "could not",
"would not" (a past refusal or inability), "may/might/could have" + participle (a hedge about
the past), the noun "will" ("the will of the people").
"""

from __future__ import annotations

import re
from datetime import date

from .dates import first_day

# --- sentence level -----------------------------------------------------------------------------

_FINAL_STOP = re.compile(r"[.!?…][”’\"')\]*]*$")
_QUESTION = re.compile(r"\?[”’\"')\]*]*$")
# Lower-cased substrings that only furniture, credits and tweets hold; each found one is then
# confirmed by its pattern below (most sentences hold none, so the patterns rarely run).
_FURNITURE_CUES = (
    "page last updated", "share this", "related:", "click here", "read more", "sign up", "subscribe",
    "all rights reserved", "copyright", "follow us", "ago ", " ago.", "lines are open", "open from",
    "comment was removed", "house rules", "first broadcast", "is broadcast", "broadcasting", "airs at",
    "daily at", "daily in", "every day at", "running order", "letters for publication", "send contributions",
    "email this", "print this", "mon-fri", "mon - fri", "monday to friday", "monday-friday", "am-", "am -", "am to",
    "photo", "image:", "picture:", "pictures:", "getty", "courtesy", "credit:", "caption:", "illustration:",
    "(@", "pic.twitter", "twitter.com/", "by ", "sir,", "dear ",
)
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|"
    r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b\.?"
)
_DAY_NAME = r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\b"
_CLOCK = r"\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)"
_SENTENCE_FLAWS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("furniture", re.compile(
        r"\bpage last updated\b|^share this\b|^related:|\bclick here\b|^read more\b|\ball rights reserved\b|"
        r"©|\bcopyright\b|^follow us\b|^sign up\b|^subscribe\b|\b\d+\s*(?:hrs?|mins?)\.?\s+ago\b|"
        r"\blines are open\b|\bcomment was removed\b|\bhouse rules\b|^first broadcast\b|\bis broadcast live\b|"
        r"\brunning order\b|\bletters for publication\b|\bsend contributions\b|^(?:email|print) this\b|"
        rf"\b{_DAY_NAME}\s*(?:-|–|to)\s*{_DAY_NAME}\b.{{0,40}}\b{_CLOCK}|\b{_CLOCK}\s*(?:-|–|to)\s*{_CLOCK}|"
        r"\b(?:broadcasting|airs|is broadcast|is repeated)\b.{0,60}\b(?:daily|every\s+\w+|each\s+\w+|\d{4}\s+(?:local time|GMT))|"
        r"\b(?:daily|every (?:day|week|morning|evening|night|weekday|" + _DAY_NAME + r"))\s+at\s+\d",
        re.I,
    )),
    ("credit", re.compile(
        r"^(?:photo(?:graph)?s?|image|picture|pictures|caption|illustration|credit|video)\s*:|"
        r"\((?:AP|AFP|Reuters|EPA|PA)\s+Photo\b|\bAP Photo/|\bGetty Images\b|\b(?:AFP|Reuters|EPA)/Getty\b|"
        r"\b(?:photo(?:graph)?s?|images?|pictures?|video|footage|sketch(?:es)?)\s+(?:by|courtesy)\b|"
        r"\bcourtesy\s+(?-i:[A-Z])",
        re.I,
    )),
    ("byline", re.compile(r"^By\s+(?!(?:" + _MONTH + r"|" + _DAY_NAME + r"|The|Then|Now|Late|Early|Mid)\b)"
                          r"[A-Z][a-z'’-]+(?:\s+[A-Z][\w'’-]*\.?){1,3}(?=\s*(?:$|,|\||-|–|—|\s(?:and|in|for|at|of)\s|\s[A-Z]))")),
    ("tweet", re.compile(
        rf"\(@\w{{1,15}}\)\s*{_MONTH}\s+\d{{1,2}},\s+\d{{4}}|\bpic\.twitter\.com/|\btwitter\.com/\w+/status/", re.I,
    )),
    ("letter", re.compile(r"^(?:Sir|Madam|Dear\s+(?:Sir|Madam|Editor))\s*,")),
)


def sentence_flaw(sentence: str) -> str | None:
    """Why a whole sentence is no event (see the module docstring), or None when it may be one."""
    text = sentence.strip()
    if not _FINAL_STOP.search(text):
        return "fragment"
    if _QUESTION.search(text):
        return "question"
    lowered = text.lower()
    if not any(cue in lowered for cue in _FURNITURE_CUES):
        return None
    for reason, pattern in _SENTENCE_FLAWS:
        if pattern.search(text):
            return reason
    return None


# --- statement level ----------------------------------------------------------------------------

_WORD = re.compile(r"[A-Za-z]+(?:['’][a-z]+)?")
# Finite verb forms a word test cannot see: auxiliaries, modals and common irregular verbs.
_FINITE = frozenset(
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
_FIRST_PERSON = frozenset("i i'm i've i'd i'll we we're we've we'd we'll me my mine us our ours".split())
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")
_SPEAKER_VERBS = frozenset(
    """said says told tells added adds wrote writes explained explains according asked asks recalled recalls
    described describes insisted insists stated states warned warns""".split()
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
    """Why a trimmed statement is no event (see the module docstring), or None when it may be one."""
    words = _WORD.findall(text)
    lowered = [w.lower().replace("’", "'") for w in words]
    if not _finite_verb_among(words, lowered):
        return "fragment"
    first_person = any(low in _FIRST_PERSON and word != "US" for word, low in zip(words, lowered))  # US: the country
    if first_person and _OPINION.search(text):
        return "opinion"
    if first_person and _SPEAKER_VERBS.isdisjoint(lowered) and unquoted_first_person(text):
        return "first person"
    if ("is" in lowered or "are" in lowered or "remain" in lowered or "remains" in lowered or "seem" in lowered
            or "seems" in lowered) and _GENERIC.search(text) and not _DOING.search(text):
        return "generic"
    return None


def unquoted_first_person(text: str) -> bool:
    """Whether "I", "we", "my" ... occur outside closed quotes: a quoted "my" inside a sentence about
    someone named (Corrigan ... “changed my cap badge”) is that person's word, not the writer's."""
    outside = _QUOTED.sub(" ", text) if "“" in text or '"' in text else text
    return any(w.lower().replace("’", "'") in _FIRST_PERSON and w != "US" for w in _WORD.findall(outside))


def has_finite_verb(text: str) -> bool:
    """Whether some word of the text can be a finite verb (see _finite_verb_among)."""
    words = _WORD.findall(text)
    return _finite_verb_among(words, [w.lower().replace("’", "'") for w in words])


def _finite_verb_among(words: list[str], lowered: list[str]) -> bool:
    """Whether some word can be a finite verb: a form in _FINITE, or a lower-case word of four or
    more letters ending in -ed or -s (not -ss, -us, -is) that is not in _NOT_VERBS."""
    if not _FINITE.isdisjoint(lowered):
        return True
    for word in words:
        if len(word) < 4 or not word[0].islower() or word in _NOT_VERBS:
            continue
        if word.endswith("ed") or (word.endswith("s") and not word.endswith(("ss", "us", "is"))):
            return True
    return False


# --- forecasts ----------------------------------------------------------------------------------

# Lower-cased substrings one of which every _FUTURE match holds: without one, no pattern runs.
_FUTURE_CUES = (
    "will", "would", "'ll", "’ll", "shall", "won't", "won’t", "expected", "plan", "intend", "aim", "hope", "due to",
    "set to", "scheduled", "slated", "going to", "poised", "likely", "preparing", "about to", "is to", "are to",
    "could", "may", "might",
)
_FUTURE = re.compile(
    r"(?<!\bthan )(?<!\bas )\b(?:is|are|was|were|be|been|being|'s|’s|'re|’re)\s+(?:\w+\s+)?expected\s+to\b|"
    r"\b(?:is|are|'s|’s|'re|’re)\s+(?:\w+\s+)?(?:due|set|scheduled|slated|going|poised|likely|planning|preparing|"
    r"about)\s+to\b|"
    r"\b(?:plans?|intends?|aims?|hopes?)\s+to\s+(?-i:[a-z])|"
    r"\b(?:is|are)\s+to\s+(?:be\s+)?(?-i:[a-z])|"
    r"(?<!\bthe )(?<!\bpolitical )(?<!\bgood )(?<!\bfree )(?<!\bhis )(?<!\bher )(?<!\btheir )(?<!\bits )(?<!\bill )"
    r"\b(?:will|shall)\s+(?!(?:of|to|and)\b)|['’]ll\b|\bwon['’]t\b|"
    r"\b(?-i:would|could|might|may)\s+(?!(?:not|n't|have|never|also\s+have)\b)",
    re.I,
)
# A purpose noun right before "is to" ("The aim is to help") makes "is to" no forecast.
_PURPOSE_IS_TO = re.compile(
    r"\b(?:aim|goal|plan|idea|purpose|task|job|mission|priority|challenge|hope|intention|objective|strategy|"
    r"point|answer|solution|problem|key|way|option|role|reason|need|aims|goals|plans|tasks|priorities)\s+$", re.I,
)
_REPORTED = re.compile(
    r"\b(?:said|announced|agreed|decided|confirmed|pledged|promised|vowed|voted|approved|unveiled|revealed|"
    r"told|warned|declared|ordered|stated|signed|disclosed|outlined|insisted|indicated|predicted|forecast|"
    r"reported|added|explained|claimed|suggested|estimated|acknowledged|admitted|conceded|hinted|"
    r"(?:has|have|had)\s+(?:\w+\s+)?(?:said|announced|agreed|decided|confirmed|approved|pledged|promised))\b",
    re.I,
)


def is_expected(text: str, start: str | None, published: date) -> bool:
    """Whether a statement tells of something that has not happened as of `published` (see the module docstring)."""
    if start is not None and first_day(start) > published:
        return True
    lowered = text.lower()
    if not any(cue in lowered for cue in _FUTURE_CUES):
        return False
    for marker in _FUTURE.finditer(text):
        if marker.group().lower().startswith(("is to", "are to")) and _PURPOSE_IS_TO.search(text, 0, marker.start()):
            continue
        return not _REPORTED.search(text, 0, marker.start())
    return False
