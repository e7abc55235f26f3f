"""What the sources themselves say about company names, read by general rules of news copy:

- two names of one company: "Foxconn, officially Hon Hai Precision Industry", "Hon Hai, known as
  Foxconn", "Stellantis, formerly Fiat Chrysler", "X (official name Y)";
- a listed parent: "Google parent Alphabet", "Alphabet-owned Google", "FIT, a unit of Foxconn";
- a name copy calls a company: "electronics giant Foxconn", "Foxconn, the Taiwanese firm, said"
  (not "at Oppama, the company said", nor "said Jane Doe, a company spokesperson");
- names listed together: "Microsoft and Apple", "Google, Apple, Microsoft and Sony".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

_WORD = r"[A-Z][\w&\-]*(?:\.(?=[\s,)]))?"  # a capitalised word of a name, "Co." or "AT&T"
_JOINER = r"(?:and|&|of|de|für)"
_NAME = rf"{_WORD}(?:[ ](?:{_JOINER}[ ])?{_WORD}){{0,5}}(?:,? (?:Co\.|Ltd\.|Inc\.|Corp\.))*"
_A, _B = rf"(?P<a>{_NAME})", rf"(?P<b>{_NAME})"
_END = r"(?![\w&]|[ ][A-Z])"  # the name is the whole capitalised run
_REACH = 120  # characters a statement's names span on either side of its keyword

Near = Callable[[str, int, int], bool]  # (text, keyword start, keyword end): can names be there?


def _capital_after(text: str, at: int, end: int) -> bool:
    """A capitalised word right after the keyword ("officially Hon Hai")."""
    return text[end : end + 4].lstrip(" :(")[:1].isupper()


def _capital_around(text: str, at: int, end: int) -> bool:
    """Capitalised words on both sides of the keyword ("Nissan and Honda")."""
    space = text.rfind(" ", max(0, at - 40), at - 1)
    return _capital_after(text, at, end) and text[space + 1 : space + 2].isupper()


def _capital_or_comma(text: str, at: int, end: int) -> bool:
    """A capitalised word after the keyword ("giant Foxconn"), or a capitalised word and a comma
    shortly before it ("Foxconn, the Taiwanese firm")."""
    if _capital_after(text, at, end):
        return True
    comma = text.rfind(", ", max(0, at - 40), at)
    space = text.rfind(" ", max(0, comma - 40), comma)
    return comma != -1 and text[space + 1 : space + 2].isupper()


@dataclass(frozen=True)
class _Statement:
    keywords: tuple[str, ...]  # literal words the statement cannot do without
    near: Near
    pattern: re.Pattern[str]


def _statement(keywords: tuple[str, ...], pattern: str, near: Near = _capital_after) -> _Statement:
    return _Statement(keywords, near, re.compile(pattern))


# a is b: an official, trading or former name of the same company
_SAME = [
    _statement(("officially ", "formally ", "legally "),
               rf"{_A},? \(?(?:officially|formally|legally)(?: (?:named|called|known as))?:? {_B}{_END}"),
    _statement(("official name",), rf"{_A},? \(?(?:whose |with the )?official name(?: is)?:? {_B}{_END}"),
    _statement(("known as ",), rf"{_B},? \(?(?:(?:also|better|commonly|widely|often) )?known as {_A}{_END}"),
    _statement(("formerly ", "previously "),
               rf"{_A},? \(?(?:formerly|previously)(?: (?:known as|called|named))? {_B}{_END}"),
    _statement(("trades as ", "trading as ", "business as "),
               rf"{_B},? (?:which |that )?(?:trades|trading|does business|doing business) as {_A}{_END}"),
    _statement(("now called ", "now named ", "now known as "), rf"{_B},? now (?:called|named|known as) {_A}{_END}"),
]
# a's listed parent is b
_PARENT = [
    _statement(("parent ", "owner ", "holding company "),
               rf"{_A}(?:’s|'s)? (?:parent|owner|parent company|holding company) {_B}{_END}"),
    _statement(("-owned ",), rf"{_B}-owned {_A}{_END}"),
    _statement(("subsidiary of ", "unit of ", "division of ", "affiliate of "),
               rf"{_A}, (?:a|the|an) (?:[a-z\-]+ )?(?:subsidiary|unit|division|affiliate) of {_B}{_END}"),
]
_NOUN_WORDS = (
    "giant", "maker", "firm", "company", "automaker", "carmaker", "chipmaker", "manufacturer", "supplier",
    "conglomerate", "retailer", "startup", "start-up", "bank", "insurer", "airline", "corporation",
)
_NOUNS = f"(?:{'|'.join(_NOUN_WORDS)})"
_PREPOSITION = r"(?:for|at|of|with|in|to|from|on|by)"
# "giant Foxconn"; "Foxconn, the Taiwanese firm," (the noun ends the apposition: not "at Oppama,
# the company said", nor "Jane Doe, a company spokesperson", nor "Jane Doe, an analyst at the firm")
_CALLED = _statement(
    _NOUN_WORDS,
    rf"\b{_NOUNS} (?P<a>{_NAME}){_END}|(?<![\w’'])(?P<b>{_NAME}), (?:the|a|an) "
    rf"(?:(?!{_PREPOSITION} )[\w’'\-]+ ){{0,3}}{_NOUNS}(?=[,;:)]| (?:that|which)\b)",
    _capital_or_comma,
)
# titles and roles that start a person's name, not a company's: "company President Jane Doe"
_PERSON_START = re.compile(
    r"^(?:President|Chairman|Chairwoman|Chair|Chief|CEO|CFO|COO|Director|Executive|Vice|Founder|Head|"
    r"Minister|Senator|Governor|Mr|Mrs|Ms|Dr|Sir|Dame|Lord)\b"
)
_ITEM = rf"{_WORD}(?: {_WORD}){{0,2}}"
_ENUMERATION = _statement(
    (" and ", " or "), rf"(?<![\w’'])(?:{_ITEM}, ){{0,8}}{_ITEM},? (?:and|or) {_ITEM}{_END}", _capital_around
)
_ITEM_SPLIT = re.compile(r",? (?:and|or) |, ")


def same_company(text: str) -> Iterator[tuple[str, str]]:
    """Pairs of names the text says are one company."""
    for statement in _SAME:
        for match in _matches(statement, text):
            yield match["a"], match["b"]


def parents(text: str) -> Iterator[tuple[str, str]]:
    """(company, its parent) pairs the text states."""
    for statement in _PARENT:
        for match in _matches(statement, text):
            yield match["a"], match["b"]


def called_companies(text: str) -> Iterator[str]:
    """Names the text calls a company, firm, maker or the like."""
    for match in _matches(_CALLED, text):
        name = match["a"] or match["b"]
        if name.count(" ") < 3 and not _PERSON_START.match(name):
            yield name


def enumerations(text: str) -> Iterator[list[str]]:
    """Lists of two or more capitalised names ("Google, Apple, Microsoft and Sony")."""
    for match in _matches(_ENUMERATION, text):
        yield _ITEM_SPLIT.split(match.group())


def _matches(statement: _Statement, text: str) -> Iterator[re.Match[str]]:
    """statement.pattern.finditer(text), run only around its keywords where names can be: a
    pattern opening with a name is otherwise tried at every capital letter of every source."""
    seen = set()
    for keyword in statement.keywords:
        at = text.find(keyword)
        while at != -1:
            end = at + len(keyword)
            if statement.near(text, at, end):
                for match in statement.pattern.finditer(text, max(0, at - _REACH), end + _REACH):
                    if match.start() <= at < match.end() and match.span() not in seen:
                        seen.add(match.span())
                        yield match
            at = text.find(keyword, end)
