"""Where a text names companies whose names we know, in one pass: each capitalised word is looked
up in a dict of first words, and only then are the few names starting with it compared.

A bare name is a company only where the capitalisation says so, so each mention is judged by
its neighbours: part of a longer capitalised name ("Harrison Ford", "Sony Bill Williams",
"Apple Hospitality") it names something else. After "the"/"a" ("the Amazon") or a place's
preposition ("in Dover") it does not make the company known, but counts once it is ("the Nissan
shares"). Followed by a place's noun ("the Carrefour district") it names a place. In a title-case heading, where the sources also write the word in lower case ("apple
prices"), and as a one-word name opening a sentence unless a verb or possessive follows ("Apple
orchards"; not "Sony said", "Sony raised", "Foxconn recently signed") it neither makes the
company known nor counts. Followed by business words ("Sony's profit",
"Apple shares", "Apple CEO") it is a company for sure.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass

CORPORATE_WORDS = (
    "Co.|Co|Corp.|Corp|Corporation|Inc.|Inc|Ltd.|Ltd|Limited|Group|Holdings|Motor|Motors|Industry|Industries|"
    "AG|SE|plc|PLC|N.V.|S.A.|GmbH|KK"
)
_CORPORATE = set(CORPORATE_WORDS.replace(".", "").split("|"))
_CAPITAL = re.compile(r"[A-Z0-9][\w&]*")  # a capitalised word (_word_starts checks what precedes it)
_NAME_AND_HYPHEN = re.compile(r"(?<![\w&])[A-Z][\w&]*-$")  # "Nissan-" of "the Nissan-Renault alliance"
_LEGAL_TAIL = re.compile(rf"(?:,? (?:{CORPORATE_WORDS}))+(?![\w&])")
_WORD_BEFORE = re.compile(r"([A-Za-z][\w&\-]*)[ ]$")
_CAPITAL_AFTER = re.compile(r"[ ]([A-Z][\w&\-]*)")
# words that open a sentence, so a capitalised word after them is still a name's capital
_OPENERS = {
    "The", "A", "An", "In", "On", "At", "For", "By", "With", "And", "But", "Or", "While", "As", "This", "That",
    "If", "When", "After", "Before", "Since", "Both", "Unlike", "Like", "Including", "Also", "Then", "So",
    "Only", "Even", "Meanwhile", "However", "Yet", "Although", "Though", "Because", "Until", "From", "To",
}
_SENTENCE_END = re.compile(r"(?:^|[.!?:;\n])[\s\"“‘'(\[*#>-]*$")
# articles and a place's prepositions: "the Amazon", "in Dover", "from Dover to Calais"
_WEAK_BEFORE = {"the", "a", "an", "in", "near", "from", "outside", "across", "throughout", "around"}
_VERB_AFTER = re.compile(
    r"(?:[’']s\b|,|[ ]\(|[ ](?:[a-z]+ly[ ]|already[ ]|still[ ])?(?:and|or|said|says|announced|reported|"
    r"confirmed|declined|agreed|added|told|unveiled|launched|plans|expects|is|was|has|had|will|would|could|may|"
    r"might|can|did|does|also|[a-z]+ed)\b)"
)
# a place's nouns: "the Carrefour district", "Dover port" name a place, not a company
_PLACE_AFTER = re.compile(
    r"[ ](?:district|area|suburb|neighbou?rhood|town|city|region|province|county|village|camp|street|road|"
    r"avenue|square|airport|bridge|harbou?r|valley|river|island|coast|slum|quarter|municipality)s?\b"
)
_PLACE_BEFORE = {"in", "near", "outside", "across", "throughout", "around", "through", "via"}
_PLACE_OF = re.compile(r"\b(?:suburbs?|towns?|city|cities|district|region|province|village|neighbou?rhood|area) of $")
_BUSINESS_AFTER = re.compile(
    r"(?:[’']s)?(?:[ ][\w\-]+){0,2}?[ ](?:shares?|stock|profits?|revenues?|sales|earnings|results|chief executive|"
    r"CEO|CFO|spokes(?:person|man|woman)|headquarters|subsidiary|subsidiaries|factory|factories|plants?|"
    r"customers|shareholders|investors|board|executives?|employees|workforce|stake|market value|valuation|"
    r"quarterly|fiscal|products|devices|smartphones?|consoles?|chips?|vehicles|cars)\b"
)


@dataclass(frozen=True)
class Mention:
    name: str  # the known name it matched
    written: str  # as written, with any corporate words after it ("Nissan Motor Co.")
    start: int
    weak: bool  # says nothing by itself (see the module docstring)
    countable: bool  # counts once the company is known: not doubtful, if weak only by "the", "in"...
    business: bool  # followed by business words: a company for sure
    inside: bool  # part of a longer capitalised name: no mention, but the word names something else here
    place: bool  # written as a place is: "in X", "through X", "the suburb of X", "the X district"


class NameIndex:
    """Known names by their first capitalised word, longest first; `base` holds more (the company
    list, indexed once per process rather than once per topic)."""

    def __init__(self, names: Iterable[str], base: NameIndex | None = None) -> None:
        self._by_first: dict[str, list[str]] = {}
        for name in set(names):
            first = _CAPITAL.match(name)
            if first:
                self._by_first.setdefault(first.group(), []).append(name)
        for candidates in self._by_first.values():
            candidates.sort(key=len, reverse=True)
        self._base = base._by_first if base else {}

    def _names(self, first: str) -> list[str]:
        own, base = self._by_first.get(first), self._base.get(first)
        return sorted([*own, *base], key=len, reverse=True) if own and base else own or base or []

    def mentions(self, text: str, is_common: Callable[[str], bool]) -> Iterator[Mention]:
        """Every mention of a known name, those inside a longer name flagged; `is_common(word)` says
        whether the sources write the word in lower case too (such a name is weak, see above)."""
        words = [w for w in set(_CAPITAL.findall(text)) if w in self._by_first or w in self._base]
        starts = sorted(at for word in words for at in _word_starts(text, word))
        end = 0
        for start in starts:
            if start < end:
                continue
            names = self._names(_CAPITAL.match(text, start).group())
            name = next((n for n in names if text.startswith(n, start) and _ends_word(text, start + len(n))), None)
            if name is None:
                continue
            end = start + len(name)
            tail = _LEGAL_TAIL.match(text, end)
            if tail:
                end = tail.end()
            inside = _inside_longer_name(text, start, end)
            one_word = " " not in name
            after_weak_word = _after_weak_word(text, start)  # "the Dover plant" is no company's
            business = not inside and not after_weak_word and bool(_BUSINESS_AFTER.match(text, end, end + 60))
            place = bool(_PLACE_AFTER.match(text, end)) or _after_place_word(text, start)
            doubtful = (
                inside
                or bool(_PLACE_AFTER.match(text, end))
                or (one_word and is_common(name.lower()))
                or (one_word and not business and _opens_sentence(text, start) and not _VERB_AFTER.match(text, end))
                or _in_heading(text, start)
            )
            yield Mention(name, text[start:end], start, doubtful or after_weak_word, not doubtful, business, inside, place)


def _word_starts(text: str, word: str) -> Iterator[int]:
    """Where `word` starts a word of `text`, or follows a name and a hyphen ("Nissan-Renault"),
    by fast literal search."""
    at = text.find(word)
    while at != -1:
        before = text[at - 1] if at else " "
        starts = not (before.isalnum() or before in "&_.’'-") or (
            before == "-" and _NAME_AND_HYPHEN.search(text, max(0, at - 40), at)
        )
        if starts and _ends_word(text, at + len(word)):
            yield at
        at = text.find(word, at + len(word))


def _ends_word(text: str, at: int) -> bool:
    return at >= len(text) or not (text[at].isalnum() or text[at] in "&_")


def _inside_longer_name(text: str, start: int, end: int) -> bool:
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if before and before[1][0].isupper() and before[1] not in _OPENERS:
        return True
    after = _CAPITAL_AFTER.match(text, end)
    return bool(after) and after[1] not in _CORPORATE and not after[1].isupper()


def _opens_sentence(text: str, start: int) -> bool:
    return bool(_SENTENCE_END.search(text, max(0, start - 12), start))


def _after_weak_word(text: str, start: int) -> bool:
    before = _WORD_BEFORE.search(text, max(0, start - 12), start)
    return bool(before) and before[1].lower() in _WEAK_BEFORE


def _after_place_word(text: str, start: int) -> bool:
    """After a place's preposition ("in", "to", "through") or "suburb of" and the like."""
    before = _WORD_BEFORE.search(text, max(0, start - 12), start)
    if before and before[1].lower() in _PLACE_BEFORE:
        return True
    return bool(_PLACE_OF.search(text, max(0, start - 30), start))


def _in_heading(text: str, start: int) -> bool:
    """In a short line without a full stop most of whose longer words are capitalised ("What
    Comes Next for Apple")."""
    line = text[text.rfind("\n", 0, start) + 1 : text.find("\n", start) % (len(text) + 1)].strip()
    if len(line) > 100 or line.endswith("."):
        return False
    words = [w for w in line.split() if len(w) > 3]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) > 0.6 * len(words)


class LowerCaseWords:
    """Whether the texts write a word in lower case ("apple orchards"), looked up once a word."""

    def __init__(self, texts: Sequence[str]) -> None:
        self._texts = texts
        self._known: dict[str, bool] = {}

    def __call__(self, word: str) -> bool:
        if word not in self._known:
            self._known[word] = any(_has_word(text, word) for text in self._texts)
        return self._known[word]


def _has_word(text: str, word: str) -> bool:
    """Whether `word` occurs in `text` as a whole word (found by fast literal search)."""
    at = text.find(word)
    while at != -1:
        end = at + len(word)
        if (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            return True
        at = text.find(word, at + 1)
    return False
