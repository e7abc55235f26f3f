"""Time "Companies mentioned" (briefing.reader.entities.companies_in) on a synthetic corpus.

    python scripts/bench_companies.py [N] [--topics T] [--repeat R]

Generates N articles over T topics with scripts/make_corpus.py (in memory), groups the article
bodies by topic (articles without a Topics: line form one group, a large topic), and prints a table: the one-off cost of loading the
company list, and the time to find the companies of every topic (best of R runs).
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "plugins"))

from make_corpus import generate  # noqa: E402


def _topic_texts(articles: int, topics: int) -> dict[str, list[str]]:
    """Article bodies by topic slug (the Topics: line make_corpus writes)."""
    _, files = generate(articles, topics)
    by_topic: dict[str, list[str]] = defaultdict(list)
    for file in files:
        head, _, body = file.text.partition("\n\n")
        body = re.sub(r"(?<!\n)\n(?!\n)", " ", body)  # paragraphs on one line, as the plugin's text has them
        slugs = [line.split(":", 1)[1].strip() for line in head.splitlines() if line.startswith("Topics:")]
        for slug in slugs or ["(none)"]:
            by_topic[slug].append(body)
    return by_topic


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("articles", type=int, nargs="?", default=1000)
    parser.add_argument("--topics", type=int, default=40)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    by_topic = _topic_texts(args.articles, args.topics)

    started = time.perf_counter()
    from briefing.reader import entities

    warm = getattr(entities, "warm_up", None)  # loads the company list, where there is one
    if warm:
        warm()
    load = time.perf_counter() - started

    best, found = float("inf"), 0
    for _ in range(args.repeat):
        started = time.perf_counter()
        found = sum(len(entities.companies_in(texts)) for texts in by_topic.values())
        best = min(best, time.perf_counter() - started)
    words = sum(len(text.split()) for texts in by_topic.values() for text in texts)
    print(f"| articles | topics | words | load list (s) | companies_in, all topics (s) | companies found |")
    print("|---|---|---|---|---|---|")
    print(f"| {args.articles:,} | {len(by_topic)} | {words:,} | {load:.3f} | {best:.3f} | {found} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
