"""What a statement is about, for deciding whether two sources state the same thing.

Three views of one text: the named entities (capitalised names, tickers, acronyms), the
content words (lower-cased, stop words dropped, plural "s" folded), and the quantities with
their units. Acronyms bridge to the words that spell them, so "MoU" matches "memorandum of
understanding" and "EVs" matches "electric vehicles".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .quantities import Quantity, quantities

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
_CALENDAR_WORDS = frozenset(
    """january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow""".split()
)
_CORPORATE_SUFFIXES = frozenset("co corp corporation inc ltd plc llc ag sa nv group holdings".split())
_WORD = re.compile(r"[A-Za-z][\w&-]*(?:[’'][A-Za-z]+)?|\d[\d,.]*")
_TICKER = re.compile(r"\(([A-Z]{2,6}):([A-Z0-9.]{1,10})\)")
_CAPITALISED = re.compile(
    r"(?<![\w’'])(?:[A-Z][\w&-]*|[A-Z]\.)(?:[’']s)?(?:\s+(?:(?:of|and|&|de|du|von|van)\s+)?(?:[A-Z][\w&-]*|[A-Z]\.)(?:[’']s)?)*"
)
_ACRONYM = re.compile(r"^(?=[A-Za-z]*[A-Z][A-Za-z]*[A-Z])[A-Za-z]{2,6}$")


@dataclass(frozen=True)
class Features:
    """Entities, content words and quantities of one statement."""

    entities: frozenset[tuple[str, ...]]  # lower-cased name words: ("mitsubishi", "motors")
    words: frozenset[str]  # content words, folded
    acronyms: frozenset[str]  # acronyms the text uses, lower-cased: "mou", "ev"
    spelled: frozenset[str]  # initials of 2-4 word runs: "memorandum of understanding" -> "mou"
    quantities: tuple[Quantity, ...]

    @property
    def entity_heads(self) -> frozenset[str]:
        """First word of each entity: the blocking keys."""
        return frozenset(entity[0] for entity in self.entities)


def features(text: str, skip: list[tuple[int, int]] = ()) -> Features:
    """The entities, content words and quantities of `text` (`skip`: spans to ignore, e.g. dates)."""
    plain = _TICKER.sub(lambda m: f"({m.group(2)})", text)
    tokens = [t for t in _WORD.findall(plain) if not t[0].isdigit()]
    words = frozenset(fold(t) for t in tokens if _is_content(t))
    acronyms = frozenset(fold(t) for t in tokens if _ACRONYM.match(fold_plural(t)))
    return Features(
        entities=frozenset(_entities(plain)),
        words=words,
        acronyms=acronyms,
        spelled=frozenset(_initialisms([t.lower() for t in tokens])),
        quantities=tuple(quantities(text, list(skip))),
    )


def fold(word: str) -> str:
    """Lower case, no possessive, no plural "s": "EVs" -> "ev", "Nissan’s" -> "nissan"."""
    return fold_plural(re.sub(r"[’']s$", "", word)).lower()


def fold_plural(word: str) -> str:
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def same_entity(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """One name is the other or starts it: ("nissan",) matches ("nissan", "motor")."""
    shorter, longer = sorted((a, b), key=len)
    return longer[: len(shorter)] == shorter


def shared_entities(a: Features, b: Features) -> int:
    """How many of the smaller entity set have a match in the other."""
    small, large = sorted((a.entities, b.entities), key=len)
    return sum(1 for entity in small if any(same_entity(entity, other) for other in large))


def bridged_words(a: Features, b: Features) -> tuple[frozenset[str], frozenset[str]]:
    """Both word sets, each with the other's acronyms it spells out ("MoU" <-> "memorandum of understanding")."""
    return a.words | (b.acronyms & a.spelled), b.words | (a.acronyms & b.spelled)


def _is_content(token: str) -> bool:
    lower = token.lower()
    return lower not in STOP_WORDS and lower not in _CALENDAR_WORDS and len(lower) > 1


def _entities(text: str) -> list[tuple[str, ...]]:
    found = []
    for match in _CAPITALISED.finditer(text):
        words = [fold(w) for w in re.findall(r"[\w&-]+(?:[’']s)?", match.group(0))]
        while words and (words[0] in STOP_WORDS or words[0] in _CALENDAR_WORDS):
            words.pop(0)  # a capital that only opens the sentence: "In May", "The"
        while words and words[-1] in _CORPORATE_SUFFIXES:
            words.pop()
        if words and words[0] not in _CALENDAR_WORDS:
            found.append(tuple(words))
    return found


def _initialisms(words: list[str]) -> set[str]:
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


def core(text: str) -> str:
    """The statement without what rarely carries its point: brackets, appositions, a trailing -ing phrase."""
    text = _PARENTHETICAL.sub("", text)
    text = _APPOSITION.sub("", text)
    return _TRAILING_PARTICIPLE.sub("", text.rstrip(".!?”’\"' ")).strip()


def comparison_clauses(text: str) -> list[str]:
    """The core of a statement and, when it joins several, each of its clauses."""
    whole = core(text)
    parts = [p for p in _COMPARISON_BREAK.split(whole) if len(p.split()) >= 4]
    return [whole] + (parts if len(parts) > 1 else [])
