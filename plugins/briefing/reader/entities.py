"""Companies a briefing's sources mention: one entry per company, whatever name a source uses,
with the ticker of its home listing (or its listed parent's).

A company is known from
- the company list (listed.py: the big listed companies, so "Sony said" is found), where the
  mentions show a name's capital means a company (mentions.py: not "Sony Bill Williams", not a
  lone "Apple orchards" at a sentence's start);
- the patterns copy uses: a ticker in brackets ("Nissan Motor Co. (OTC:NSANY)"), a name ending in
  a corporate word ("Hon Hai Precision Industry"), a name called a company, firm or maker, a
  name listed beside known companies (statements.py).
Names the sources say are one company ("Foxconn, officially Hon Hai Precision Industry") are one
entry. The ticker is the list's home listing; else one a source gives, unless it is on an exchange
abroad from the country the source names ("Taiwan's Foxconn (SS:601138)" is a subsidiary's A-share);
else the listed parent's the sources name ("Google parent Alphabet").
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache

from ..model import TopicSpec
from .exchanges import COUNTRY_WORDS, EXCHANGE_COUNTRY
from .listed import ListedCompany, legal_base, listed_names
from .mentions import CORPORATE_WORDS, LowerCaseWords, Mention, NameIndex
from .statements import called_companies, enumerations, parents, same_company

_EXCHANGES = "|".join(sorted(EXCHANGE_COUNTRY, key=len, reverse=True))
_WORD = r"[A-Z][\w&.\-]*"  # a capitalised word of a name, e.g. "Co." or "AT&T"
_JOINER = r"(?:and|&|of|de|für)"  # lower-case words allowed inside a company name
_NAME = rf"{_WORD}(?:\s+(?:{_JOINER}\s+)?{_WORD}){{0,5}}"
_TICKER = re.compile(
    rf"(?P<name>{_NAME})\s*\((?P<exchange>{_EXCHANGES})\s*:\s*(?P<symbol>[A-Z0-9][A-Z0-9.]{{0,9}})\)"
)
_SUFFIXED = re.compile(
    rf"(?P<name>{_WORD}(?:\s+(?:{_JOINER}\s+)?{_WORD}){{0,4}}?\s+(?:{CORPORATE_WORDS}))(?![\w&])"
)
_SUFFIX_WORDS = {w.rstrip(".") for w in CORPORATE_WORDS.split("|")}
_ABBREVIATIONS = {"Co.", "Corp.", "Inc.", "Ltd.", "Bros.", "Jr.", "St.", "N.V.", "S.A.", "U.S.", "U.K."}
# Words that start a sentence or a possessive rather than a company name.
_LEADING_NOISE = re.compile(r"^(?:(?:The|A|An|In|On|At|For|By|With|And|But|While|As|This|That)\s+|\S+[’']s\s+)+")
_COUNTRY = "|".join(re.escape(word) for word in sorted(COUNTRY_WORDS, key=len, reverse=True))
# "Taiwan’s Foxconn", "Japanese automaker Nissan": where the copy says a company is from
_COUNTRY_BEFORE = re.compile(rf"\b({_COUNTRY})(?:[’']s)?\s+(?:[a-z\-]+\s+){{0,2}}$")
_SINGLE_WORD_EVIDENCE = 2  # plain mentions of a bare one-word name that make it a company


@dataclass(frozen=True)
class Company:
    name: str  # the name the sources use most, e.g. "Foxconn"
    short: str  # without corporate words, e.g. "Nissan" of "Nissan Motor Co.": used to find topics
    ticker: str  # "TYO:7201", or "" when neither the list nor a source gives one
    mentions: int
    aliases: tuple[str, ...] = ()  # other names the sources use for it, e.g. ("Hon Hai Precision Industry",)


def warm_up() -> None:
    """Load and index the company list now (once per process; forked workers inherit it)."""
    _listed_index()


@cache
def _listed_index() -> NameIndex:
    return NameIndex(listed_names())


def companies_in(source_texts: Sequence[str], other_texts: Sequence[str] = ()) -> list[Company]:
    """Companies named in the sources or `other_texts` (events, figures), most mentioned first.

    Mentions are counted in the sources only, since events and figures repeat what the sources say.
    """
    texts = [*source_texts, *other_texts]
    finder = _Finder(listed_names())
    for text in texts:
        finder.read_statements(text)
    index = NameIndex(finder.found, base=_listed_index())
    is_common = LowerCaseWords(texts)
    for number, text in enumerate(texts):
        finder.read_mentions(index.mentions(text, is_common), counted=number < len(source_texts))
    return finder.companies()


def topic_naming(company: Company, topics: list[TopicSpec]) -> TopicSpec | None:
    """The first topic whose title or Match keywords name the company (by any of its names)."""
    names = {_short(name).lower() for name in (company.name, *company.aliases)} | {company.short.lower()}
    words = [re.compile(rf"\b{re.escape(name)}\b") for name in names if name]
    for topic in topics:
        fields = [topic.title.lower(), *(k.lower() for k in topic.match)]
        if any(word.search(field) for word in words for field in fields):
            return topic
    return None


class _Finder:
    """Names found in a topic's texts, grouped into companies (keys: "L:" listed, "N:" other)."""

    def __init__(self, listed: dict[str, ListedCompany]) -> None:
        self.listed = listed
        self.found: dict[str, str] = {}  # name as found by a pattern -> key
        self.established: set[str] = set()
        self.same: list[tuple[str, str]] = []
        self.parent: dict[str, str] = {}
        self.tickers: dict[str, Counter[str]] = defaultdict(Counter)
        self.mentions: dict[str, Counter[str]] = defaultdict(Counter)  # key -> name as written -> count
        self.plain: Counter[str] = Counter()  # key -> plain mentions of a bare one-word name
        self.written_as: dict[str, Counter[str]] = defaultdict(Counter)  # key -> its mentions as a business, a place, other
        self.inside: set[tuple[int, str]] = set()  # (text number, name) written inside a longer name
        self._text = 0
        self._keys: dict[str, str] = {}
        self._listed_by_key: dict[str, ListedCompany] = {}

    def key(self, name: str) -> str:
        if name not in self._keys:
            self._keys[name] = f"N:{legal_base(name)}"
            for form in (name, legal_base(name), _short(name)):
                if form in self.listed:
                    self._keys[name] = key = f"L:{self.listed[form].name}"
                    self._listed_by_key[key] = self.listed[form]
                    break
        return self._keys[name]

    def read_statements(self, text: str) -> None:
        for match in _TICKER.finditer(text):
            name = self._add(match["name"])
            if name:
                name_start = match.end("name") - len(name)  # after what _clean dropped ("Japan’s ")
                country = _COUNTRY_BEFORE.search(text, max(0, name_start - 60), name_start)
                if not country or COUNTRY_WORDS[country[1]] == EXCHANGE_COUNTRY[match["exchange"]]:
                    self.tickers[self.key(name)][f"{match['exchange'].upper()}:{match['symbol']}"] += 1
        for match in _SUFFIXED.finditer(text):
            self._add(match["name"])
        for name in called_companies(text):
            self._add(name)
        for a, b in same_company(text):
            a, b = self._add(a), self._add(b)
            if a and b:
                self.same.append((self.key(a), self.key(b)))
        for child, parent in parents(text):
            child, parent = self._add(child), self._add(parent)
            if child and parent:
                self.parent[self.key(child)] = self.key(parent)
        for items in enumerations(text):
            self._read_enumeration(items)

    def _read_enumeration(self, items: list[str]) -> None:
        """Listed companies named together ("Microsoft and Apple") are companies; so are the other
        items of a longer list most of whose items are listed companies."""
        if any(_clean(item) != item or item in COUNTRY_WORDS for item in items):
            return  # "In Ohio, Honda and Nissan": a place, then companies
        unlisted = [item for item in items if self.key(item).startswith("N:")]
        if len(items) - len(unlisted) >= 2 and 3 * len(unlisted) <= len(items) - (len(items) == 2):
            for item in items:
                self._add(item)

    def _add(self, written: str) -> str:
        """Record a name a pattern found as a company; "" when it is no name."""
        name = _clean(written)
        if not name or name in COUNTRY_WORDS or _short(name) in COUNTRY_WORDS:
            return ""
        key = self.key(name)
        self.found[name] = key
        if legal_base(name) != name and legal_base(name) not in self.listed:
            self.found[legal_base(name)] = key  # "Widget Holdings" is then found as "Widget" too
        self.established.add(key)
        return name

    def read_mentions(self, mentions: Iterable[Mention], counted: bool) -> None:
        self._text += 1
        mentions = list(mentions)
        self.inside.update((self._text, m.name) for m in mentions if m.inside)
        for mention in mentions:
            if mention.inside:
                continue
            key = self.found.get(mention.name) or self.key(mention.name)
            if not counted:
                continue  # events and figures repeat the sources: neither counts nor evidence
            self.written_as[key][mention.business and "business" or mention.place and "place" or "other"] += 1
            if mention.business:
                self.established.add(key)
            if mention.weak and not mention.business:
                if mention.countable:  # "the Nissan shares"; not "Apple orchards", even once Apple is known
                    self.mentions[key][mention.written] += 1
                continue
            self.mentions[key][mention.written] += 1
            if " " in mention.written:  # "Tokyo Electron", "Apple Inc."
                self.established.add(key)
            elif (self._text, mention.name) not in self.inside:  # no surname ("Harrison Ford ... Ford")
                self.plain[key] += 1
        self.established.update(key for key, count in self.plain.items() if count >= _SINGLE_WORD_EVIDENCE)

    def companies(self) -> list[Company]:
        groups = _Groups(self.same)
        members: dict[str, list[str]] = defaultdict(list)
        for key in {*self.established, *self.mentions, *self.found.values()}:
            members[groups.find(key)].append(key)
        companies = []
        for root, keys in members.items():
            if not any(key in self.established for key in keys) or self._a_place(keys):
                continue
            written = sum((self.mentions[key] for key in keys), Counter())
            names = [name for name, _ in written.most_common()] or [self._first_name(keys)]
            display = names[0]
            aliases = tuple(dict.fromkeys(n for n in names[1:] if _short(n) != _short(display)))
            ticker = self._ticker(root, groups, members, depth=3)
            companies.append(Company(display, _short(display), ticker, sum(written.values()), aliases))
        return sorted(companies, key=lambda c: (-c.mentions, c.short.lower()))

    def _a_place(self, keys: list[str]) -> bool:
        """A one-word name the sources write as a place more often than otherwise, never with
        business words ("in Carrefour", "the Carrefour district", "through Carrefour"), is a place."""
        if any(" " in name for key in keys for name in self.mentions[key]):
            return False
        written = sum((self.written_as[key] for key in keys), Counter())
        return not written["business"] and written["place"] >= 2 and written["place"] > written["other"]

    def _first_name(self, keys: list[str]) -> str:
        found = [name for name, key in self.found.items() if key in keys]
        return found[0] if found else keys[0][2:]

    def _ticker(self, root: str, groups: _Groups, members: dict[str, list[str]], depth: int) -> str:
        """The list's home listing; else one a source gives; else the listed parent's."""
        keys = members.get(root, [root])
        listed = [key for key in keys if key.startswith("L:")]
        listed.sort(key=lambda key: -sum(self.mentions[key].values()))
        for key in listed:
            if self._listed_by_key[key].ticker:
                return self._listed_by_key[key].ticker
        given = sum((self.tickers[key] for key in keys), Counter())
        if given:
            return given.most_common(1)[0][0]
        parent = next((self.parent[key] for key in keys if key in self.parent), None)
        if parent and depth and groups.find(parent) != root:
            return self._ticker(groups.find(parent), groups, members, depth - 1)
        return ""


class _Groups:
    """Union-find over company keys."""

    def __init__(self, pairs: list[tuple[str, str]]) -> None:
        self._up: dict[str, str] = {}
        for a, b in pairs:
            root_a, root_b = self.find(a), self.find(b)
            if root_a != root_b:  # a pair already joined (or a name said to be itself) would loop find()
                self._up[root_a] = root_b

    def find(self, key: str) -> str:
        while key in self._up:
            key = self._up[key]
        return key


def _clean(name: str) -> str:
    """The name without what a pattern took before it: the previous sentence or paragraph
    ("April. Nesunbar Motor Co."), a leading article or sentence word, a possessive ("Japan’s
    Nissan"); "" when only corporate words are left."""
    words = name.strip().rsplit("\n", 1)[-1].split()
    starts = [i + 1 for i, word in enumerate(words[:-1]) if word.endswith(".") and word not in _ABBREVIATIONS]
    name = _LEADING_NOISE.sub("", " ".join(words[starts[-1] if starts else 0 :])).rstrip(",")
    return "" if all(word.rstrip(".,") in _SUFFIX_WORDS for word in name.split()) else name


def _short(name: str) -> str:
    words = name.split()
    while len(words) > 1 and words[-1].rstrip(".,") in _SUFFIX_WORDS:
        words.pop()
    return " ".join(words).rstrip(",")
