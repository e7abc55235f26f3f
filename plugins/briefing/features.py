"""What a statement is about, for deciding whether two sources state the same thing.

Two views of one text. The named entities (names_in: capitalised names and tickers; a
possessive or "and" ends a name) say who is involved. The content words (features: lower-cased,
stop and date words dropped, plurals folded, synonyms folded by synonyms.py) say what happened;
among them a multi-word name counts as its first word and each quantity as one word
("#employees:count:3900"), so the same number with the same unit matches like a shared word.
Acronyms bridge to the words that spell them: "MoU" matches "memorandum of understanding",
"EVs" matches "electric vehicles".
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, cached_property

from .quantities import Quantity
from .synonyms import CANONICAL

STOP_WORDS = frozenset(
    """a about above after again against all also although am among an and any are as at be because been
    before being below between both but by can could did do does doing down during each either even ever
    few for from further had has have having he her here hers him his how however i if in into is it its
    itself just least less more most much must my no nor not now of off on once only or other our out over
    own per same she should since so some such than that the their them then there these they this those
    through to too under until up upon very via was we were what when where whether which while who whom
    whose why will with within would yet you your said says say told reported reportedly report reports
    according also already still would could may might us one two new first""".split()
)
# Words of dates: the date is compared apart, so "last year" in two statements is no shared content.
CALENDAR_WORDS = frozenset(
    """january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow year month
    week day quarter half decade ago last next earlier later early late recently currently fiscal
    spring summer autumn fall winter morning afternoon evening night weekend""".split()
)
_CORPORATE_SUFFIXES = frozenset("co corp corporation inc ltd plc llc ag sa nv group holdings".split())
# A word. Numbers are no words: a digit run never holds a letter a word could start at, so leaving
# them out changes no word found, and a pattern opening with a character class lets the regex
# engine skip ahead to the next letter.
_WORD = re.compile(r"[A-Za-z][\w&-]*(?:[’'][A-Za-z]+)?")
_TICKER = re.compile(r"\(([A-Z]{2,6}):([A-Z0-9.]{1,10})\)")
# A name: capitalised words, possibly joined by "of" or "&"; a possessive ends it ("Japan’s Nissan"
# is two names) and so does "and" ("Mivezen Energy and Kirusun Power" is two).
# The first capital comes before the look-behind that checks what precedes it (the same test:
# no letter, digit or apostrophe before it), so the regex engine skips ahead to capitals.
_CAPITALISED = re.compile(
    r"[A-Z](?<![\w’'].)(?:[\w&-]*|\.)(?:\s+(?:(?:of|&|de|du|von|van)\s+)?(?:[A-Z][\w&-]*|[A-Z]\.))*(?:[’']s)?"
)
# Where a name can open: a capital preceded by no letter, digit or apostrophe (as in _CAPITALISED).
_NAME_OPENING = re.compile(r"[A-Z](?<![\w’'].)")
_POSSESSIVE = re.compile(r"[’']s$")
_POSSESSIVE_ENDS = ("’s", "'s", "’s\n", "'s\n")  # where _POSSESSIVE can match ($ also matches before a final newline)
_NAME_PART = re.compile(r"[\w&-]+(?:[’']s)?")
_ACRONYM = re.compile(r"^(?=[A-Za-z]*[A-Z][A-Za-z]*[A-Z])[A-Za-z]{2,6}$")


@dataclass(frozen=True)
class Features:
    """Content words (names and quantities among them) and acronyms of one statement."""

    words: frozenset[str]  # content words, folded, plus one token per quantity ("#employees:count:3900")
    acronyms: frozenset[str]  # acronyms the text uses, lower-cased: "mou", "ev"
    tokens: tuple[str, ...]  # all words, lower-cased, in order (for the initialisms)

    @cached_property
    def spelled(self) -> frozenset[str]:
        """Initials of 2-4 word runs: "memorandum of understanding" -> "mou"."""
        return frozenset(_initialisms(self.tokens))


def features(text: str, numbers: Iterable[Quantity] = ()) -> Features:
    """The content words and acronyms of `text`, with a token for each of its quantities.

    A multi-word name counts as one word, its first ("Vendorro Cell Systems" -> "vendorro"), so
    long names do not outweigh what a statement says and short forms ("Vendorro") still match.
    """
    plain = _TICKER.sub(lambda m: f"({m.group(2)})", text)
    found = _entities(plain)
    tokens, loose = _words(plain, found)
    words = {word for word in map(_content_word, loose) if word is not None}
    words |= {name[0] for name, _, _ in found}
    words |= {quantity_token(q) for q in numbers}
    return Features(
        words=frozenset(words),
        # An acronym holds two capitals: a word with none after its first letter is none (nor is an
        # all-lower-case word, whose rest may hold no letter), without trying _ACRONYM.
        acronyms=frozenset(fold(w) for w in tokens if not w[1:].islower() and _ACRONYM.match(fold_plural(w))),
        tokens=tuple(map(str.lower, tokens)),
    )


def _words(text: str, names: list[tuple[tuple[str, ...], int, int]]) -> tuple[list[str], list[str]]:
    """All words of the text and those that start outside the names' spans (see _entities)."""
    if not names:
        tokens = _WORD.findall(text)
        return tokens, tokens
    starts, ends = [start for _, start, _ in names], [end for _, _, end in names]  # disjoint, in text order
    tokens, loose = [], []
    for match in _WORD.finditer(text):  # one match object alive at a time: no garbage-collector churn
        word = match.group(0)
        tokens.append(word)
        if not _inside(match.start(), starts, ends):
            loose.append(word)
    return tokens, loose


@cache  # a topic's statements share most of their words: each is read once
def _content_word(token: str) -> str | None:
    """The word a token stands for among the content words (folded, synonyms folded), None for a
    stop word, a date word or a single letter."""
    return CANONICAL.get(fold(token), fold(token)) if _is_content(token) else None


def quantity_token(q: Quantity) -> str:
    """A word standing for a number with its unit: "3,900 workers" and "3,900 people" give the same one."""
    return f"#{q.unit}:{q.form}:" + "/".join(f"{a:g}" for a in q.amounts)


@cache  # a topic's statements share most of their words: each is folded once
def fold(word: str) -> str:
    """Lower case, no possessive, no plural "s": "EVs" -> "ev", "Nissan’s" -> "nissan"."""
    if word.endswith(_POSSESSIVE_ENDS):  # most words are not possessive: skip the regex
        word = _POSSESSIVE.sub("", word)
    return fold_plural(word).lower()


def fold_plural(word: str) -> str:
    """"factories" -> "factory", "plants" -> "plant", "EVs" -> "EV"; "business" stays."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def same_entity(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """One name is the other or starts it: ("nissan",) matches ("nissan", "motor")."""
    shorter, longer = (b, a) if len(a) > len(b) else (a, b)
    return longer[: len(shorter)] == shorter


def names_in(text: str) -> frozenset[tuple[str, ...]]:
    """The named entities of a text alone (cheaper than features())."""
    return frozenset(name for name, _, _ in _entities(_TICKER.sub(lambda m: f"({m.group(2)})", text)))


def may_name_two(text: str) -> bool:
    """False when names_in(text) surely finds fewer than two names; far cheaper than finding them.

    Each name opens at a capital no letter, digit or apostrophe precedes, so two names need two
    such capitals. A ticker "(TYO:7201)" is read as "(7201)" before names are found: that removes
    openings, never adds one, so counting on the text as written never says False for two names.
    """
    first = _NAME_OPENING.search(text)
    return first is not None and _NAME_OPENING.search(text, first.end()) is not None


def shared_entities(a: frozenset[tuple[str, ...]], b: frozenset[tuple[str, ...]]) -> int:
    """How many names of the smaller set have a match in the other."""
    small, large = (b, a) if len(a) > len(b) else (a, b)
    return sum(1 for entity in small if entity in large or any(same_entity(entity, other) for other in large))


def bridged_words(a: Features, b: Features) -> tuple[frozenset[str], frozenset[str]]:
    """Both word sets, each with the other's acronyms it spells out ("MoU" <-> "memorandum of understanding")."""
    words_a = a.words | (b.acronyms & a.spelled) if b.acronyms else a.words
    words_b = b.words | (a.acronyms & b.spelled) if a.acronyms else b.words
    return words_a, words_b


def _is_content(token: str) -> bool:
    lower = token.lower()
    return lower not in STOP_WORDS and lower not in CALENDAR_WORDS and len(lower) > 1


def _inside(position: int, starts: list[int], ends: list[int]) -> bool:
    """Whether position falls in one of the disjoint spans (starts[i], ends[i]), sorted by start."""
    i = bisect_right(starts, position) - 1
    return i >= 0 and position < ends[i]


def _entities(text: str) -> list[tuple[tuple[str, ...], int, int]]:
    """Each name with the span of its words (a leading "In May"/"The" is not part of it)."""
    found = []
    for match in _CAPITALISED.finditer(text):
        name = _name(match.group(0))
        if name:
            words, offset = name
            found.append((words, match.start() + offset, match.end()))
    return found


@cache  # the same names recur all through a topic
def _name(capitalised: str) -> tuple[tuple[str, ...], int] | None:
    """The name's folded words and where the first one starts, without a leading sentence word
    ("In May", "The") or trailing corporate suffixes; None when nothing is left."""
    parts = list(_NAME_PART.finditer(capitalised))
    words = [fold(p.group(0)) for p in parts]
    while words and (words[0] in STOP_WORDS or words[0] in CALENDAR_WORDS):
        words.pop(0)  # a capital that only opens the sentence: "In May", "The"
        parts.pop(0)
    while words and words[-1] in _CORPORATE_SUFFIXES:
        words.pop()
    return (tuple(words), parts[0].start()) if words else None


def _initialisms(words: tuple[str, ...]) -> set[str]:
    spelled = set()
    for size in (2, 3, 4):
        for i in range(len(words) - size + 1):
            run = words[i : i + size]
            if run[0] in STOP_WORDS or run[-1] in STOP_WORDS:
                continue
            spelled.add("".join(w[0] for w in run))
    return spelled


_PARENTHETICAL = re.compile(r"\s*\([^()]{0,80}\)")
_APPOSITION = re.compile(r"(?<=[A-Za-z0-9.])(,\s+(?:a|an|the|officially|formerly|also known as|best known for)\s[^,;–—]{3,80}),(?=\s)")
_TRAILING_PARTICIPLE = re.compile(r",\s+[a-z]+ing\b[^,;–—]*$")
_COMPARISON_BREAK = re.compile(
    r"\s+[–—-]\s+|;\s+|,\s+(?:but|and|while|whereas|although|though|yet)\s+|\s+and\s+(?=(?:is|was|are|were|has|had|will|also|then)\b)"
)


_FINAL_MARKS = ".!?”’\"' "  # what a statement's end may hold after its last word


def core(text: str) -> str:
    """The statement without what rarely carries its point: brackets, appositions, a trailing -ing phrase."""
    text = _PARENTHETICAL.sub("", text)
    text = _APPOSITION.sub("", text)
    return _TRAILING_PARTICIPLE.sub("", text.rstrip(_FINAL_MARKS)).strip()


def comparison_clauses(text: str) -> list[str]:
    """The statement first, its core when that has other words, and, when it joins several, each
    clause of the core.

    A core that only lacks the final marks ("." or a closing quote) and surrounding blanks gives
    the same features as the statement (no word, name or ticker holds those characters), so it
    is left out: the similarity of two statements is the best over their views, a copy of a view
    changes none, and most statements would otherwise be read twice.
    """
    whole = core(text)
    parts = [p for p in _COMPARISON_BREAK.split(whole) if len(p.split()) >= 4]
    own = [text] if whole == text.rstrip(_FINAL_MARKS).strip() else [text, whole]
    return list(dict.fromkeys(own + (parts if len(parts) > 1 else [])))
