"""Companies a briefing's sources mention, with their stock tickers, found by two patterns
news copy uses: "Nissan Motor Co. (OTC:NSANY)" and names ending in a corporate word
("Hon Hai Precision Industry", "Mitsubishi Fuso Truck and Bus Corporation").

Bare names ("Honda") are not detected: telling a company from a place or a person needs a
language model, and a wrong company on a briefing misleads more than a missing one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..model import TopicSpec

_EXCHANGES = (
    "NYSE|NASDAQ|Nasdaq|AMEX|OTC|OTCMKTS|TYO|TSE|TSX|SS|SHA|SZ|SHE|HK|HKG|HKEX|LSE|LON|EPA|ETR|FRA|"
    "XETRA|KRX|KOSDAQ|TPE|TWSE|ASX|BIT|AMS|SWX|SIX|NSE|BSE|STO|CPH|HEL|OSL|BME|SGX|JSE"
)
_WORD = r"[A-Z][\w&.\-]*"  # a capitalised word of a name, e.g. "Co." or "AT&T"
_JOINER = r"(?:and|&|of|de|für)"  # lower-case words allowed inside a company name
_NAME = rf"{_WORD}(?:\s+(?:{_JOINER}\s+)?{_WORD}){{0,5}}"
_TICKER = re.compile(rf"(?P<name>{_NAME})\s*\((?P<exchange>{_EXCHANGES})\s*:\s*(?P<symbol>[A-Z0-9][A-Z0-9.]{{0,9}})\)")
_SUFFIXES = (
    "Co.|Co|Corp.|Corp|Corporation|Inc.|Inc|Ltd.|Ltd|Limited|Group|Holdings|Motor|Motors|Industry|Industries|"
    "AG|SE|plc|PLC|N.V.|S.A.|GmbH|KK"
)
_SUFFIXED = re.compile(rf"(?P<name>{_WORD}(?:\s+(?:{_JOINER}\s+)?{_WORD}){{0,4}}?\s+(?:{_SUFFIXES}))(?![\w&])")
_SUFFIX_WORDS = {w.rstrip(".") for w in _SUFFIXES.split("|")}
# Words that start a sentence or a possessive rather than a company name.
_LEADING_NOISE = re.compile(r"^(?:(?:The|A|An|In|On|At|For|By|With|And|But|While|As|This|That)\s+|\S+[’']s\s+)+")


@dataclass(frozen=True)
class Company:
    name: str  # as first written, e.g. "Nissan Motor Co."
    short: str  # without corporate words, e.g. "Nissan": used to count mentions and find topics
    ticker: str  # "OTC:NSANY", or "" when no source gave one
    mentions: int


def companies_in(source_texts: Sequence[str], other_texts: Sequence[str] = ()) -> list[Company]:
    """Companies named in the sources or `other_texts` (events, figures), most mentioned first.

    One entry per short name; mentions are counted in the sources only, since events and
    figures repeat what the sources say.
    """
    found: dict[str, tuple[str, str]] = {}  # short name -> (full name, ticker)
    for text in [*source_texts, *other_texts]:
        for match in _TICKER.finditer(text):
            name = _clean(match["name"])
            if name:
                found[_short(name)] = (name, f"{match['exchange'].upper()}:{match['symbol']}")
        for match in _SUFFIXED.finditer(text):
            name = _clean(match["name"])
            short = _short(name)
            if short and short not in found:
                found[short] = (name, "")
    corpus = "\n".join(source_texts)
    companies = [
        Company(name, short, ticker, _whole_word_count(short, corpus))
        for short, (name, ticker) in found.items()
    ]
    return sorted(companies, key=lambda c: (-c.mentions, c.short.lower()))


def topic_naming(company: Company, topics: list[TopicSpec]) -> TopicSpec | None:
    """The first topic whose title or Match keywords name the company (by its short name)."""
    word = re.compile(rf"\b{re.escape(company.short.lower())}\b")
    for topic in topics:
        if word.search(topic.title.lower()) or any(word.search(k.lower()) for k in topic.match):
            return topic
    return None


def _whole_word_count(phrase: str, corpus: str) -> int:
    """len(re.findall(rf"\b{re.escape(phrase)}\b", corpus)), found by fast literal search: a
    pattern opening with \b is tried at every position of the corpus, and a briefing's sources
    times its companies made that quadratic (20 s at 10,000 articles)."""
    whole = re.compile(rf"\b{re.escape(phrase)}\b")
    count, end = 0, 0
    at = corpus.find(phrase)
    while at != -1:
        if at >= end and whole.match(corpus, at):  # \b looks at the character before `at` too
            count += 1
            end = at + len(phrase)
        at = corpus.find(phrase, at + 1)
    return count


def _clean(name: str) -> str:
    """The name without a leading article, sentence word or possessive ("Japan’s Nissan")."""
    return _LEADING_NOISE.sub("", name.strip()).strip()


def _short(name: str) -> str:
    words = name.split()
    while len(words) > 1 and words[-1].rstrip(".") in _SUFFIX_WORDS:
        words.pop()
    return " ".join(words)
