"""Timing two extractors fairly: one worker process each, the same pages, page by page in turn
(alternating which goes first) and repeated, so machine drift hits both alike. Each page's time is
its fastest of the rounds; the median and the total over pages compare the extractors.

A worker is this module run as `python bench_timing.py NAME DIR`: it reads page ids on stdin and
answers each with one JSON line {"ms": ..., "text": ...}.
"""

from __future__ import annotations

import gzip
import json
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def extractor(name: str) -> Callable[[bytes, str], str]:
    """The extraction function a worker times: ours (the whole clean_page) or trafilatura's."""
    if name == "ours":
        from scraper.clean import clean_page
        from scraper.errors import ScrapeError

        def ours(raw: bytes, url: str) -> str:
            try:
                return clean_page(raw, url).text
            except ScrapeError:
                return ""

        return ours
    import trafilatura

    return lambda raw, url: trafilatura.extract(raw) or ""


def _worker(name: str, folder: Path) -> None:
    extract = extractor(name)
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    for line in sys.stdin:
        page_id = line.strip()
        raw = gzip.decompress((folder / "html" / f"{page_id}.html.gz").read_bytes())
        start = time.perf_counter()
        text = extract(raw, truth[page_id]["url"])
        ms = (time.perf_counter() - start) * 1000
        print(json.dumps({"ms": ms, "text": text}), flush=True)


@dataclass
class Timing:
    """Per-page fastest times (ms) of each extractor, each round's totals, and each one's texts."""

    millis: dict[str, list[float]]
    round_totals: dict[str, list[float]]
    texts: dict[str, list[str]]

    def median(self, name: str) -> float:
        return statistics.median(self.millis[name])

    def total(self, name: str) -> float:
        return sum(self.millis[name])


def time_extractors(names: Sequence[str], folder: Path, page_ids: Sequence[str], rounds: int) -> Timing:
    """Run each extractor in its own process over the pages, interleaved page by page, `rounds` times."""
    workers = {name: subprocess.Popen([sys.executable, __file__, name, str(folder)], stdin=subprocess.PIPE,
                                      stdout=subprocess.PIPE, text=True, encoding="utf-8") for name in names}
    best = {name: [float("inf")] * len(page_ids) for name in names}
    round_totals: dict[str, list[float]] = {name: [] for name in names}
    texts: dict[str, list[str]] = {name: [""] * len(page_ids) for name in names}
    try:
        for r in range(rounds):
            spent = dict.fromkeys(names, 0.0)
            for i, page_id in enumerate(page_ids):
                order = list(names) if (r + i) % 2 == 0 else list(reversed(names))
                for name in order:
                    proc = workers[name]
                    proc.stdin.write(page_id + "\n")
                    proc.stdin.flush()
                    answer = proc.stdout.readline()
                    if not answer:
                        raise RuntimeError(f"the {name} worker stopped (page {page_id})")
                    reply = json.loads(answer)
                    best[name][i] = min(best[name][i], reply["ms"])
                    spent[name] += reply["ms"]
                    texts[name][i] = reply["text"]
            for name in names:
                round_totals[name].append(spent[name])
    finally:
        for proc in workers.values():
            proc.stdin.close()
            proc.wait()
    return Timing(best, round_totals, texts)


if __name__ == "__main__":
    _worker(sys.argv[1], Path(sys.argv[2]))
