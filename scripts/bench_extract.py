"""Article-body extraction benchmark: our cleaner against hand-checked article bodies, scored exactly as
/work/shared/bench/extraction/README.md defines, beside trafilatura when installed (`make bench`).

    .venv/bin/python scripts/bench_extract.py [DIR] [--folds K] [--rounds N] [--errors N] [--only ID ...]

Prints: quality on the whole set and k-fold cross-validated (rules and thresholds chosen without the
held-out fold, bench_folds.py) and the gap between them; what each rule adds fold by fold; speed of
ours and trafilatura in one process each, interleaved and repeated (bench_timing.py), with ratios.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_folds import (  # noqa: E402
    Totals, aggregate, assign_folds, candidates, cross_validate, rule_verdicts, threshold_verdicts,
)
from bench_timing import time_extractors  # noqa: E402
from scraper.clean import clean_page  # noqa: E402
from scraper.clean.rules import DEFAULT_RULES, REQUIRED  # noqa: E402
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


def trafilatura_version() -> str | None:
    """trafilatura's version when it imports (the bench extra); why not, on stderr, when it does not."""
    try:
        import trafilatura
    except ImportError as err:
        print(f"trafilatura not measured: {err} (install the bench extra: make bench)", file=sys.stderr)
        return None
    return trafilatura.__version__


def _row(name: str, t: Totals, median: str = "", total: str = "") -> str:
    return f"| {name:<34} | {t.f1:6.3f} | {t.precision:6.3f} | {t.recall:6.3f} | {t.accuracy:6.3f} | {median:>9} | {total:>9} |"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0].replace("\n", " "))
    parser.add_argument("dir", nargs="?", type=Path, default=DEFAULT_DIR, help="benchmark folder (html/, ground-truth.json)")
    parser.add_argument("--folds", type=int, default=5, metavar="K", help="cross-validation folds (0: none)")
    parser.add_argument("--rounds", type=int, default=3, metavar="N", help="interleaved timing rounds (0: no timing)")
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
    urls = [truth[i]["url"] for i in ids]
    pages = [gzip.decompress((args.dir / "html" / f"{i}.html.gz").read_bytes()) for i in ids]
    rejected: dict[str, str] = {}

    def run(rules) -> tuple[list[PageScore], list[str]]:
        scores, texts = [], []
        for page_id, raw, url in zip(ids, pages, urls):
            try:
                text = clean_page(raw, url, rules=rules).text
            except ScrapeError as err:
                rejected[url] = str(err)
                text = ""
            scores.append(score_page(page_id, truth[page_id]["articleBody"], text))
            texts.append(text)
        return scores, texts

    tried = candidates() if args.folds > 1 else candidates()[:1]
    labels = [label for label, _ in tried]
    per_page, ours_texts = [], []
    for label, rules in tried:
        scores, texts = run(rules)
        per_page.append(scores)
        if label == "default":
            ours_texts, default_rejections = texts, dict(rejected)
    whole = aggregate(per_page[0])

    version = None if args.no_reference else trafilatura_version()
    names = ["ours"] + (["trafilatura"] if version else [])
    timing = time_extractors(names, args.dir, ids, args.rounds) if args.rounds > 0 else None
    if timing is not None and timing.texts["ours"] != ours_texts:
        print("warning: the timed worker's text differs from the in-process run", file=sys.stderr)

    print(f"{len(ids)} pages from {args.dir}")
    if timing is not None:
        print(f"time per page: fastest of {args.rounds} interleaved rounds, one process per extractor; median and total over pages, ms")
    print(f"| {'extractor':<34} | {'F1':>6} | {'P':>6} | {'R':>6} | {'acc':>6} | {'median ms':>9} | {'total ms':>9} |")
    print(f"|{'-' * 36}|{'-' * 8}|{'-' * 8}|{'-' * 8}|{'-' * 8}|{'-' * 11}|{'-' * 11}|")
    ms = (lambda n: (f"{timing.median(n):.1f}", f"{timing.total(n):.0f}")) if timing else (lambda n: ("", ""))  # noqa: E731
    print(_row("ours, whole set (default rules)", whole, *ms("ours")))
    folds = None
    if args.folds > 1:
        fold_of = assign_folds(urls, args.folds)
        held_out, folds = cross_validate(labels, per_page, fold_of, args.folds)
        cv = aggregate(held_out)
        print(_row(f"ours, {args.folds}-fold cross-validated", cv))
    reference_scores = None
    if version and timing is not None:
        reference_scores = [score_page(i, truth[i]["articleBody"], t) for i, t in zip(ids, timing.texts["trafilatura"])]
        print(_row(f"trafilatura {version} (default, txt)", aggregate(reference_scores), *ms("trafilatura")))
    if folds is not None:
        print(f"gap whole set - cross-validated: F1 {whole.f1 - cv.f1:+.3f}, P {whole.precision - cv.precision:+.3f}, "
              f"R {whole.recall - cv.recall:+.3f}")
    if timing is not None and version:
        per_round = " ".join(f"{o / t:.2f}" for o, t in zip(timing.round_totals["ours"], timing.round_totals["trafilatura"]))
        print(f"speed ours/trafilatura: median {timing.median('ours') / timing.median('trafilatura'):.2f}, "
              f"total {timing.total('ours') / timing.total('trafilatura'):.2f} (each round's total: {per_round})")

    if folds is not None:
        print(f"\nfolds (pages grouped by site; each fold scored with the rules chosen on the other {args.folds - 1}):")
        for f in folds:
            print(f"  fold {f.fold}: {f.pages:3d} pages, chosen {f.chosen:<28} F1 {f.held_out.f1:.3f} (default rules {f.default.f1:.3f})")
        print("\nwhat each rule adds to F1 (with it minus without it), whole set and per fold:")
        for v in rule_verdicts(labels, per_page, fold_of, args.folds):
            gains = " ".join(f"{g:+.3f}" for g in v.fold_gains)
            print(f"  {v.rule:<22} {v.whole_gain:+.3f} | {gains} | {v.verdict}")
        for name in sorted(REQUIRED):  # kept whatever the folds say; their cost on this benchmark's truth
            without = aggregate(run(replace(DEFAULT_RULES, **{name: False}))[0])
            print(f"  {name:<22} {whole.f1 - without.f1:+.3f} | required by the product, not chosen by folds")
        print("\nwhat each threshold value would change against the default (F1), whole set and per fold:")
        for t in threshold_verdicts(labels, per_page, fold_of, args.folds):
            gains = " ".join(f"{g:+.3f}" for g in t.fold_gains)
            print(f"  {t.setting:<26} {t.whole_gain:+.3f} | {gains} | {t.verdict}")

    for message in default_rejections.values():
        print(f"ours rejected: {message}")
    if args.errors:
        print(f"\nour {args.errors} worst pages (F1, P, R; trafilatura F1):")
        worst = sorted(range(len(ids)), key=lambda i: per_page[0][i].f1)[: args.errors]
        for i in worst:
            s = per_page[0][i]
            other = f"{reference_scores[i].f1:.3f}" if reference_scores else "-"
            fmt = lambda v: "  -  " if v is None else f"{v:.3f}"  # noqa: E731
            print(f"  {s.f1:.3f} {fmt(s.precision)} {fmt(s.recall)} ref {other}  {ids[i][:12]} {urls[i]}")
    if args.dump:
        args.dump.mkdir(parents=True, exist_ok=True)
        for i, page_id in enumerate(ids):
            (args.dump / f"{page_id[:12]}.ours.txt").write_text(ours_texts[i], encoding="utf-8")
            (args.dump / f"{page_id[:12]}.truth.txt").write_text(truth[page_id]["articleBody"], encoding="utf-8")
            if timing is not None and version:
                (args.dump / f"{page_id[:12]}.ref.txt").write_text(timing.texts["trafilatura"][i], encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
