"""Words on each briefing page and complete-timeline page, for generated stories of hundreds of
articles: the target is every briefing page under 12,000 words (the key timeline and key
figures are on it; every entry is on the timeline page, every figure in briefing.json).

    python scripts/bench_pages.py [ARTICLES ...] [--topics N] [--seed S]   (default: 300 1000, 2 topics)

Prints one row per topic and exits 1 when a briefing page is over the target.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import tempfile
from pathlib import Path

from bs4 import BeautifulSoup
from pelican import Pelican
from pelican.settings import read_settings

from make_corpus import generate, write_corpus

REPO = Path(__file__).resolve().parent.parent
TARGET_WORDS = 12_000


def words(page: Path) -> int:
    """Words a reader meets on the page: the text of <body>, without scripts and styles."""
    soup = BeautifulSoup(page.read_text(encoding="utf-8"), "lxml")
    for hidden in soup(["script", "style"]):
        hidden.decompose()
    return len(soup.body.get_text(" ").split())


def build(articles: int, topics: int, seed: int, folder: Path) -> Path:
    content, output = folder / "content", folder / "output"
    topic_files, article_files = generate(articles, topics, seed)
    write_corpus(content, topic_files + article_files)
    settings = read_settings(str(REPO / "pelican.conf.py"), override={
        "PATH": str(content), "OUTPUT_PATH": str(output), "THEME": str(REPO / "theme"),
        "PLUGIN_PATHS": [str(REPO / "plugins")], "CACHE_CONTENT": False, "LOAD_CONTENT_CACHE": False,
    })
    Pelican(settings).run()
    return output


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("articles", nargs="*", type=int, default=[300, 1000])
    parser.add_argument("--topics", type=int, default=2)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    logging.disable(logging.WARNING)  # Pelican's progress lines would break the table
    over = 0
    print(f"{'articles':>8} {'topic':<28} {'sources':>7} {'key/all entries':>15} {'briefing words':>14} {'timeline words':>14}")
    for count in args.articles:
        with tempfile.TemporaryDirectory(prefix="bench-pages-") as folder:
            site = build(count, args.topics, args.seed, Path(folder))
            for topic in sorted((site / "topics").iterdir()):
                data = json.loads((topic / "briefing.json").read_text(encoding="utf-8"))
                entries = f"{sum(e['key'] for e in data['events'])}/{len(data['events'])}"
                page, timeline = words(topic / "index.html"), words(topic / "timeline" / "index.html")
                over += page >= TARGET_WORDS
                flag = "" if page < TARGET_WORDS else f"  over {TARGET_WORDS:,}"
                print(f"{count:>8} {topic.name[:28]:<28} {len(data['sources']):>7} {entries:>15} "
                      f"{page:>14,} {timeline:>14,}{flag}")
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
