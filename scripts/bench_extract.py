"""Article-body extraction benchmark: our cleaner (and trafilatura, when installed) against hand-checked
article bodies, scored exactly as /work/shared/bench/extraction/README.md defines.

    .venv/bin/python scripts/bench_extract.py [DIR] [--errors N] [--only ID ...] [--no-reference]

Prints one row per extractor: F1, precision, recall, accuracy, median milliseconds per page.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

sys.path.insert(0, str(Path(__file__).resolve().parent))

from scraper.clean import clean_page  # noqa: E402
from scraper.errors import ScrapeError  # noqa: E402

DEFAULT_DIR = Path(__file__).resolve().parent.parent.parent / "shared" / "bench" / "extraction"
_TOKEN = re.compile(r"\w+")


def shingles(text: str) -> Counter:
    """Multiset of consecutive 4-token runs; 1-3 tokens give one shorter run, no tokens none."""
    tokens = _TOKEN.findall(text)
    if not tokens:
        return Counter()
    if len(tokens) < 4:
        return Counter([tuple(tokens)])
    return Counter(tuple(tokens[i:i + 4]) for i in range(len(tokens) - 3))


@dataclass
class PageScore:
    """One page's normalised counts; precision/recall are None when they do not enter the mean."""

    page_id: str
    precision: float | None
    recall: float | None
    exact: bool

    @property
    def f1(self) -> float:
        p, r = self.precision or 0.0, self.recall or 0.0
        return 2 * p * r / (p + r) if p + r else 0.0


def score_page(page_id: str, truth: str, predicted: str) -> PageScore:
    true_sh, pred_sh = shingles(truth), shingles(predicted)
    tp = fp = fn = 0
    for key in true_sh.keys() | pred_sh.keys():
        t, p = true_sh.get(key, 0), pred_sh.get(key, 0)
        tp += min(t, p)
        fp += max(0, p - t)
        fn += max(0, t - p)
    total = tp + fp + fn
    ntp, nfp, nfn = (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)
    precision = (1.0 if nfp == 0 else ntp / (ntp + nfp)) if ntp + nfp > 0 else None
    recall = (1.0 if nfn == 0 else ntp / (ntp + nfn)) if ntp + nfn > 0 else None
    exact = _TOKEN.findall(truth) == _TOKEN.findall(predicted)
    return PageScore(page_id, precision, recall, exact)


@dataclass
class Run:
    """One extractor's results over the benchmark."""

    name: str
    extract: Callable[[bytes, str], str]
    scores: list[PageScore] = field(default_factory=list)
    millis: list[float] = field(default_factory=list)
    outputs: dict[str, str] = field(default_factory=dict)

    def row(self) -> tuple[str, float, float, float, float, float]:
        ps = [s.precision for s in self.scores if s.precision is not None]
        rs = [s.recall for s in self.scores if s.recall is not None]
        p = statistics.fmean(ps) if ps else 0.0
        r = statistics.fmean(rs) if rs else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        acc = sum(s.exact for s in self.scores) / len(self.scores) if self.scores else 0.0
        return self.name, f1, p, r, acc, statistics.median(self.millis) if self.millis else 0.0


REJECTED: dict[str, str] = {}  # url -> our ScrapeError message, reported after the table


def ours(raw: bytes, url: str) -> str:
    try:
        return clean_page(raw, url).text
    except ScrapeError as err:
        REJECTED[url] = str(err)
        return ""


def reference() -> Callable[[bytes, str], str] | None:
    """trafilatura with default settings and plain-text output, when the bench extra is installed."""
    try:
        import trafilatura
    except ImportError:
        return None

    def run(raw: bytes, url: str) -> str:
        return trafilatura.extract(raw) or ""

    return run


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0].replace("\n", " "))
    parser.add_argument("dir", nargs="?", type=Path, default=DEFAULT_DIR, help="benchmark folder (html/, ground-truth.json)")
    parser.add_argument("--errors", type=int, default=0, metavar="N", help="list our N worst pages")
    parser.add_argument("--only", nargs="*", default=None, metavar="ID", help="run these page ids (prefixes) only")
    parser.add_argument("--no-reference", action="store_true", help="skip trafilatura")
    parser.add_argument("--dump", type=Path, default=None, metavar="FOLDER", help="write our text per page there")
    args = parser.parse_args(argv)

    truth_file = args.dir / "ground-truth.json"
    if not truth_file.is_file() or not (args.dir / "html").is_dir():
        print(f"{args.dir}: benchmark data not found (need ground-truth.json and html/); nothing measured", file=sys.stderr)
        return 2
    truth = json.loads(truth_file.read_text(encoding="utf-8"))
    ids = sorted(truth)
    if args.only:
        ids = [i for i in ids if any(i.startswith(prefix) for prefix in args.only)]

    runs = [Run("ours (scraper.clean)", ours)]
    ref = None if args.no_reference else reference()
    if ref is not None:
        runs.append(Run("trafilatura (default, txt)", ref))
    for page_id in ids:
        raw = gzip.decompress((args.dir / "html" / f"{page_id}.html.gz").read_bytes())
        url, body = truth[page_id]["url"], truth[page_id]["articleBody"]
        for run in runs:  # interleaved, so both extractors see the same machine load
            start = time.perf_counter()
            text = run.extract(raw, url)
            run.millis.append((time.perf_counter() - start) * 1000)
            run.scores.append(score_page(page_id, body, text))
            run.outputs[page_id] = text

    print(f"{len(ids)} pages from {args.dir}")
    print(f"| {'extractor':<28} | {'F1':>6} | {'P':>6} | {'R':>6} | {'acc':>6} | {'median ms':>9} |")
    print(f"|{'-' * 30}|{'-' * 8}|{'-' * 8}|{'-' * 8}|{'-' * 8}|{'-' * 11}|")
    rows = [run.row() for run in runs]
    for name, f1, p, r, acc, ms in rows:
        print(f"| {name:<28} | {f1:6.3f} | {p:6.3f} | {r:6.3f} | {acc:6.3f} | {ms:9.1f} |")
    if len(rows) == 2 and rows[1][5]:
        print(f"speed ratio ours/trafilatura (median ms): {rows[0][5] / rows[1][5]:.2f}")

    for message in REJECTED.values():
        print(f"ours rejected: {message}")
    if args.errors:
        print(f"\nour {args.errors} worst pages (F1, P, R; trafilatura F1):")
        worst = sorted(range(len(ids)), key=lambda i: runs[0].scores[i].f1)[: args.errors]
        for i in worst:
            s = runs[0].scores[i]
            other = f"{runs[1].scores[i].f1:.3f}" if len(runs) > 1 else "-"
            fmt = lambda v: "  -  " if v is None else f"{v:.3f}"  # noqa: E731
            print(f"  {s.f1:.3f} {fmt(s.precision)} {fmt(s.recall)} ref {other}  {ids[i][:12]} {truth[ids[i]]['url']}")
    if args.dump:
        args.dump.mkdir(parents=True, exist_ok=True)
        for page_id in ids:
            (args.dump / f"{page_id[:12]}.ours.txt").write_text(runs[0].outputs[page_id], encoding="utf-8")
            (args.dump / f"{page_id[:12]}.truth.txt").write_text(truth[page_id]["articleBody"], encoding="utf-8")
            if len(runs) > 1:
                (args.dump / f"{page_id[:12]}.ref.txt").write_text(runs[1].outputs[page_id], encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
