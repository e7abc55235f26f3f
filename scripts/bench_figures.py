"""Key-figure benchmark on real stories: the figures a reader would see, for an analyst to judge.

    python scripts/bench_figures.py [--data ../shared/bench/tls] [--stories t17-haiti,...] [--all]

The same stories as bench_tls.py (Timeline17: Haiti 2010, Iraq 2005, Michael Jackson), read by
the figure engine alone (dating, find_figures, merge_figures, rank_figures; no events, no
Pelican). Prints, per story, the key figures as the page shows them (importance, whose whole part
is the independent sources; value and unit; subject; as-of date; number of sources), then a
table: articles, all figures (merged), figures whose subject is empty or generic ("amount",
"share": the issue's "$9.99 — Google amount"), key figures, and the seconds find_figures took
(dating the sentences, done once for the whole reading, is not counted). --all also lists every
figure, key or not.
Whether these are the right numbers of the story is for the reader of the list to say; the
table counts only what can be counted. The benchmark never writes into the repository.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "plugins"))
sys.path.insert(0, str(REPO / "scripts"))

from bench_tls import DEFAULT_DATA, STORIES, Story, article_url, load_story  # noqa: E402
from briefing.dating import date_sentences  # noqa: E402
from briefing.figures import find_figures, merge_figures, rank_figures  # noqa: E402
from briefing.model import Figure, SourceDoc, TopicSpec  # noqa: E402
from briefing.timeline import sources_of  # noqa: E402


def story_docs(story: Story) -> list[SourceDoc]:
    """The story's articles as the engine sees them (as bench_tls.run_engine_only builds them)."""
    return sources_of(
        SourceDoc(
            url=article_url(story.name, n), title=story.name, publisher=f"{story.name} source {n}",
            published=datetime.fromisoformat(a["date"]).replace(tzinfo=timezone.utc),
            text="\n\n".join(" ".join(p.split()) for p in a["paragraphs"] if p.strip()),
        )
        for n, a in enumerate(story.articles)
    )


def story_figures(docs: list[SourceDoc], size: int) -> tuple[list[Figure], float]:
    """Every figure of the story, ranked, and the seconds finding them took."""
    found, seconds = [], 0.0
    for doc in docs:
        dated = date_sentences(doc.text, doc.published.date(), 1)
        started = time.perf_counter()
        found += find_figures(doc, dated)
        seconds += time.perf_counter() - started
    return rank_figures(merge_figures(found), size), seconds


_GENERIC = re.compile(r"(?:^|\s)(?:amount|share|number|figure|total|)$")


def generic(subject: str) -> bool:
    """A subject that does not say what was measured: "", "Google amount", "Haiti share"."""
    return _GENERIC.search(subject.split(", ")[0]) is not None


def line(figure: Figure) -> str:
    """A figure as the page shows it (the unit left out when the value holds it: "$562m")."""
    unit = f" {figure.unit}" if figure.unit not in figure.value else ""
    dated = f" (as of {figure.as_of})" if figure.as_of else ""
    return f"  {figure.importance:6.2f}  {figure.value}{unit} — {figure.subject}{dated}  [{len(figure.sources)} sources]"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--stories", default=",".join(STORIES))
    parser.add_argument("--all", action="store_true", help="list every figure, not only the key ones")
    args = parser.parse_args()
    rows = ["| story | articles | figures | empty or generic subject | key | find_figures s |",
            "|---|---:|---:|---:|---:|---:|"]
    for name in args.stories.split(","):
        folder = args.data / name
        if not (folder / "articles.jsonl.gz").is_file():
            raise SystemExit(f"bench_figures: no story at {folder} (expected articles.jsonl.gz); pass --data DIR")
        docs = story_docs(load_story(folder))
        figures, seconds = story_figures(docs, TopicSpec(slug=name, title=name).figures_size)
        key = sorted((f for f in figures if f.key), key=lambda f: -f.importance)
        print(f"\n{name}: key figures")
        print("\n".join(map(line, key)))
        if args.all:
            print(f"{name}: all figures")
            print("\n".join(map(line, sorted(figures, key=lambda f: -f.importance))))
        unlabelled = sum(1 for f in figures if generic(f.subject))
        rows.append(f"| {name} | {len(docs)} | {len(figures)} | {unlabelled} | {len(key)} | {seconds:.1f} |")
    print()
    print("\n".join(rows))


if __name__ == "__main__":
    main()
