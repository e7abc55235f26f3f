"""Benchmark the temporal-expression tagger on the TempEval-3 training corpus (TimeBank + AQUAINT).

    python scripts/bench_timex.py [DIR] [--per-type] [--errors N]

DIR holds TimeML .tml files under TimeBank/ and AQUAINT/ (default ../shared/bench/timex next to
the repository). Scoring follows TempEval-3: strict (identical span) and relaxed (overlapping
span) precision/recall/F1, type accuracy and value P/R/F1 over the relaxed matches, values
compared as trimmed strings. Speed is measured in-process over tag() calls only. --errors N adds
a count of value mismatches by kind (wrong year, week, quarter, duration, gold left open ...) and
the N most frequent missed, spurious and wrongly valued expressions.
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import re
import sys
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "plugins"))

from briefing.timex import Timex, tag  # noqa: E402

DEFAULT_DIR = REPO.parent / "shared" / "bench" / "timex"


@dataclass(frozen=True)
class Gold:
    start: int
    end: int
    type: str
    value: str


@dataclass
class Document:
    name: str
    dct: dt.date
    text: str
    gold: list[Gold]


def load_document(path: Path) -> Document:
    """Plain text of <TEXT> with every tag stripped, and the TIMEX3 spans in it."""
    root = ET.parse(path).getroot()
    dct_node = root.find("DCT/TIMEX3")
    if dct_node is None:
        raise ValueError(f"{path}: no <DCT><TIMEX3> element")
    dct = dt.date.fromisoformat(dct_node.get("value", "")[:10])
    text_node = root.find("TEXT")
    if text_node is None:
        raise ValueError(f"{path}: no <TEXT> element")
    pieces: list[str] = []
    gold: list[Gold] = []
    length = 0

    def walk(node: ET.Element) -> None:
        nonlocal length
        start = length
        if node.text:
            pieces.append(node.text)
            length += len(node.text)
        for child in node:
            walk(child)
            if child.tail:
                pieces.append(child.tail)
                length += len(child.tail)
        if node.tag == "TIMEX3":
            gold.append(Gold(start, length, node.get("type", ""), node.get("value", "").strip()))

    walk(text_node)
    return Document(path.stem, dct, "".join(pieces), gold)


def load_corpus(directory: Path) -> list[Document]:
    paths = sorted(directory.glob("TimeBank/*.tml")) + sorted(directory.glob("AQUAINT/*.tml"))
    return [load_document(p) for p in paths]


@dataclass
class Pairing:
    """One document's system output matched one-to-one against its gold expressions."""

    doc: Document
    system: list[Timex]
    matches: list[tuple[Timex, Gold]]


def pair(doc: Document, system: list[Timex]) -> Pairing:
    """Match system and gold expressions one-to-one, largest overlap first."""
    overlaps = []
    for i, s in enumerate(system):
        for j, g in enumerate(doc.gold):
            overlap = min(s.end, g.end) - max(s.start, g.start)
            if overlap > 0:
                overlaps.append((-overlap, i, j))
    overlaps.sort()
    used_s: set[int] = set()
    used_g: set[int] = set()
    matches = []
    for _, i, j in overlaps:
        if i in used_s or j in used_g:
            continue
        used_s.add(i)
        used_g.add(j)
        matches.append((system[i], doc.gold[j]))
    return Pairing(doc, system, matches)


def prf(correct: int, system: int, gold: int) -> tuple[float, float, float]:
    p = correct / system if system else 0.0
    r = correct / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(pairings: list[Pairing]) -> dict[str, float]:
    n_sys = sum(len(p.system) for p in pairings)
    n_gold = sum(len(p.doc.gold) for p in pairings)
    relaxed = sum(len(p.matches) for p in pairings)
    strict = sum(1 for p in pairings for s, g in p.matches if (s.start, s.end) == (g.start, g.end))
    typed = sum(1 for p in pairings for s, g in p.matches if s.type == g.type)
    valued = sum(1 for p in pairings for s, g in p.matches if s.value.strip() == g.value)
    out = {"system": n_sys, "gold": n_gold}
    for key, correct in (("strict", strict), ("relaxed", relaxed), ("value", valued)):
        out[key + "_p"], out[key + "_r"], out[key + "_f"] = prf(correct, n_sys, n_gold)
    out["type_acc"] = typed / relaxed if relaxed else 0.0
    return out


def print_table(docs: list[Document], result: dict[str, float], words: int, seconds: float) -> None:
    rows = [
        ("documents", f"{len(docs)}"),
        ("words", f"{words}"),
        ("gold expressions", f"{result['gold']}"),
        ("system expressions", f"{result['system']}"),
        ("strict P / R / F1", f"{result['strict_p']:.3f} / {result['strict_r']:.3f} / {result['strict_f']:.3f}"),
        ("relaxed P / R / F1", f"{result['relaxed_p']:.3f} / {result['relaxed_r']:.3f} / {result['relaxed_f']:.3f}"),
        ("type accuracy", f"{result['type_acc']:.3f}"),
        ("value P / R / F1", f"{result['value_p']:.3f} / {result['value_r']:.3f} / {result['value_f']:.3f}"),
        ("words per second", f"{words / seconds:,.0f}" if seconds else "-"),
    ]
    width = max(len(k) for k, _ in rows)
    print(f"| {'measure'.ljust(width)} | value |")
    print(f"|{'-' * (width + 2)}|-------|")
    for key, value in rows:
        print(f"| {key.ljust(width)} | {value} |")


def print_per_type(pairings: list[Pairing]) -> None:
    """Recall and value accuracy per gold type, and precision per system type."""
    gold = collections.Counter(g.type for p in pairings for g in p.doc.gold)
    system = collections.Counter(s.type for p in pairings for s in p.system)
    found = collections.Counter(g.type for p in pairings for _, g in p.matches)
    right = collections.Counter(g.type for p in pairings for s, g in p.matches if s.value == g.value)
    print("\n| type | gold | system | span recall | value recall |")
    print("|---|---|---|---|---|")
    for kind in sorted(gold | system):
        n = gold[kind]
        print(f"| {kind} | {n} | {system[kind]} | {found[kind] / n if n else 0:.3f} | {right[kind] / n if n else 0:.3f} |")


def _context(doc: Document, start: int, end: int) -> str:
    left = doc.text[max(0, start - 50):start].replace("\n", " ")
    right = doc.text[end:end + 30].replace("\n", " ")
    return f"{left}[{doc.text[start:end]}]{right}"


_SHAPE = re.compile(r"\d")


def error_kind(system: str, gold: str, gold_type: str) -> str:
    """The class of a value mismatch, to count which kind of resolution fails most."""
    if gold_type == "SET":
        return "set"
    if "REF" in system or "REF" in gold:
        return "past/present/future reference"
    if gold_type == "DURATION" or system.startswith("P") and gold.startswith("P"):
        return "duration"
    if gold_type == "TIME" or "T" in gold[:11] and gold[:1].isdigit():
        return "time"
    if system.startswith(gold) and system[len(gold):].startswith("T"):
        return "time of day where gold has the day"
    if "X" in gold and "X" not in system:
        return "gold leaves part open (X)"
    if "W" in gold or "W" in system:
        return "week"
    if re.search(r"-[QH]\d|-[QH]X", gold + " " + system):
        return "quarter or half"
    if _SHAPE.sub("9", system) == _SHAPE.sub("9", gold):
        return "wrong year" if system[4:] == gold[4:] else "same form, other value"
    return "other form (day/month/year/duration mixed)"


def print_errors(pairings: list[Pairing], limit: int) -> None:
    """The most frequent missed, spurious and wrongly valued expressions, with one example each."""
    missed: collections.Counter[str] = collections.Counter()
    spurious: collections.Counter[str] = collections.Counter()
    wrong: collections.Counter[str] = collections.Counter()
    examples: dict[str, str] = {}
    for p in pairings:
        matched_gold = {id(g) for _, g in p.matches}
        matched_sys = {id(s) for s, _ in p.matches}
        for g in p.doc.gold:
            if id(g) not in matched_gold:
                key = f"MISS {g.type} {p.doc.text[g.start:g.end].lower()!r}"
                missed[key] += 1
                examples.setdefault(key, f"{g.value} dct={p.doc.dct} {_context(p.doc, g.start, g.end)}")
        for s in p.system:
            if id(s) not in matched_sys:
                key = f"SPURIOUS {s.type} {s.text.lower()!r}"
                spurious[key] += 1
                examples.setdefault(key, f"{s.value} dct={p.doc.dct} {_context(p.doc, s.start, s.end)}")
        for s, g in p.matches:
            if s.value != g.value:
                key = f"VALUE {s.text.lower()!r} gold {g.value} system {s.value}"
                wrong[key] += 1
                examples.setdefault(key, f"dct={p.doc.dct} {_context(p.doc, g.start, g.end)}")
    kinds = collections.Counter(error_kind(s.value, g.value, g.type) for p in pairings for s, g in p.matches
                                if s.value != g.value)
    print("\n| value mismatch kind | count |")
    print("|---|---|")
    for kind, n in kinds.most_common():
        print(f"| {kind} | {n} |")
    for title, counter in (("missed", missed), ("spurious", spurious), ("wrong value", wrong)):
        print(f"\n## {title}: {sum(counter.values())}")
        for key, n in counter.most_common(limit):
            print(f"{n:4d} {key}\n       {examples[key]}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory", nargs="?", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--per-type", action="store_true", help="scores per TIMEX3 type")
    parser.add_argument("--errors", type=int, default=0, metavar="N", help="show the N most frequent errors of each kind")
    args = parser.parse_args(argv)
    if not args.directory.is_dir():
        print(f"bench_timex: corpus directory {args.directory} not found "
              "(TimeML .tml files under TimeBank/ and AQUAINT/)", file=sys.stderr)
        return 2
    docs = load_corpus(args.directory)
    if not docs:
        print(f"bench_timex: no .tml files under {args.directory}/TimeBank or /AQUAINT", file=sys.stderr)
        return 2
    words = sum(len(d.text.split()) for d in docs)
    outputs = []
    began = time.perf_counter()
    for doc in docs:
        outputs.append(tag(doc.text, doc.dct))
    seconds = time.perf_counter() - began
    pairings = [pair(doc, out) for doc, out in zip(docs, outputs)]
    print_table(docs, score(pairings), words, seconds)
    if args.per_type:
        print_per_type(pairings)
    if args.errors:
        print_errors(pairings, args.errors)
    return 0


if __name__ == "__main__":
    sys.exit(main())
