"""The big listed companies, known by name: every constituent of the stock indices pytickersymbols
keeps (S&P 500, Nasdaq-100, Dow Jones, Nikkei 225, FTSE 100, DAX, CAC 40, Euro Stoxx 50 and
more; names, tickers and countries from Wikipedia), with its home-exchange ticker and the names
copy uses for it ("Apple Inc." and "Apple", "Nissan").

A maintained list rather than a table of our own: news copy names these companies bare
("Sony said"), which no pattern can tell from a place or a person without knowing the name.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from urllib.parse import unquote

from .exchanges import COUNTRY_WORDS, EXCHANGE_COUNTRY, YAHOO_SUFFIX_EXCHANGE

# legal forms dropped to get the name copy uses: "Nissan Motor Co., Ltd." -> "Nissan Motor"
_LEGAL_FORM = re.compile(
    r"[\s,]+(?:Inc\.?|Corp\.?|Corporation|Co\.?|Company|Ltd\.?|Limited|plc|PLC|AG|SE|N\.?V\.?|S\.?A\.?|"
    r"S\.p\.A\.|SpA|ASA|AB|Oyj|A/S|GmbH|KGaA|Holdings?|Group)$"
)
_US_LISTING = re.compile(r"\b(NYSE|Nasdaq|NASDAQ)\s*:\s*([A-Z][A-Z.]*)")
_MIN_DERIVED = 4  # a shortened name shorter than this ("Man" of "Man Group") is too ambiguous


@dataclass(frozen=True)
class ListedCompany:
    name: str  # as the list writes it: "Nissan", "Apple Inc."
    ticker: str  # home listing, "TYO:7201", "NASDAQ:AAPL"; "" when the list has none


@cache
def listed_names() -> dict[str, ListedCompany]:
    """Every name (case as written) that designates exactly one listed company. A shortened
    one-word name that starts several listed names ("Mitsubishi" of "Mitsubishi Corporation",
    "Mitsubishi Motors", "Mitsubishi Electric") names a group of companies, not one."""
    from pytickersymbols.indices_data import INDICES  # 20 ms; only when companies are wanted

    by_name: dict[str, ListedCompany] = {}
    aliases: dict[str, set[ListedCompany]] = {}
    for index in INDICES.values():
        for entry in index["companies"]:
            company = by_name.get(entry["name"])
            if company is None:
                company = by_name[entry["name"]] = ListedCompany(entry["name"], _home_ticker(entry))
            for alias in _aliases(entry):
                aliases.setdefault(alias, set()).add(company)
    first_words = Counter(name.split()[0] for name in by_name)
    return {
        alias: company
        for alias, owners in aliases.items()
        if len(owners) == 1
        for company in owners
        if alias in by_name or " " in alias or first_words[alias] <= 2
    }


def legal_base(name: str) -> str:
    """The name without trailing legal forms ("Apple Inc." -> "Apple")."""
    while (shorter := _LEGAL_FORM.sub("", name)) != name:
        name = shorter
    return name


def _aliases(entry: dict) -> set[str]:
    written = [entry["name"]]
    url = entry.get("metadata", {}).get("wikipedia_url", "")
    if "/wiki/" in url:
        written.append(re.sub(r"\s*\(.*\)$", "", unquote(url.rsplit("/wiki/", 1)[1]).replace("_", " ")))
    names = set()
    for name in written:
        name = name.removeprefix("The ").strip()
        names.add(name)
        base = legal_base(name)
        if len(base) >= _MIN_DERIVED or base.isupper():
            names.add(base)
    return {n for n in names if n and n[0].isupper() and n not in COUNTRY_WORDS}


def _home_ticker(entry: dict) -> str:
    """The index listing as copy writes it: for a US symbol the exchange Wikipedia's "traded as"
    names ("NYSE: DIS"; Google Finance's code for some is an over-the-counter one), else Google
    Finance's code ("TYO:7201"), else the exchange named by Yahoo's suffix ("ABI.BR")."""
    symbol = entry.get("symbol") or ""
    if not symbol:
        return ""
    for exchange, code in _US_LISTING.findall(entry.get("metadata", {}).get("traded_as", "")):
        if code == symbol:
            return f"{exchange.upper()}:{symbol}"
    for listing in entry.get("symbols", []):
        code = listing.get("google", "")
        if listing.get("yahoo") == symbol and code.split(":")[0] in EXCHANGE_COUNTRY:
            return code
    base, _, suffix = symbol.rpartition(".")
    return f"{YAHOO_SUFFIX_EXCHANGE[suffix]}:{base}" if base and suffix in YAHOO_SUFFIX_EXCHANGE else ""
