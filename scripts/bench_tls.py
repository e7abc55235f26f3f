"""Briefing-quality benchmark on real stories: key timelines scored against journalists' timelines.

    python scripts/bench_tls.py [--data ../shared/bench/tls] [--stories t17-haiti,...] [--engine-only] [--keep DIR]

Each story of the data folder (`articles.jsonl.gz`: publication day and sentences; `gold.json`:
the journalists' timeline; `score.py`: the scorer, see the folder's README) is written as one
topic of content files in a temporary site, with `Timeline_size` = the number of gold dates,
and built with our settings, theme and plugins (one Pelican subprocess per story). The topic's
key entries in `briefing.json` are the prediction: each entry dated to a day gives that day its
text (entries dated by month or year, or spanning days, can never match a gold day and count as
wrong dates). Printed per story and as a mean: date F1, AR-1 F, concat ROUGE-1, key entries,
the share of key entries citing two or more sources, the words a reader sees on the briefing
page, and the build's wall-clock seconds.

--engine-only skips Pelican and calls the timeline engine directly on the same documents
(seconds, but no page: words are not counted); for quick iterations, never for the table of record.
The benchmark never writes into the repository.
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from lxml import html as lxml_html

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO.parent / "shared" / "bench" / "tls"
STORIES = ("t17-haiti", "t17-iraq", "t17-mj")
_DAY = re.compile(r"\d{4}-\d\d-\d\d")
_WORD = re.compile(r"\w+")


@dataclass
class Story:
    name: str
    articles: list[dict]  # {"date": "YYYY-MM-DD", "paragraphs": [...]}
    gold: dict[str, list[str]]


@dataclass
class Result:
    story: str
    scores: dict
    key_entries: int
    multi_source_share: float
    page_words: int | None
    seconds: float


def load_story(folder: Path) -> Story:
    with gzip.open(folder / "articles.jsonl.gz", "rt", encoding="utf-8") as lines:
        articles = [json.loads(line) for line in lines if line.strip()]
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    return Story(folder.name, articles, gold)


def load_scorer(data: Path):
    spec = importlib.util.spec_from_file_location("tls_score", data / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.score


def article_url(story: str, number: int) -> str:
    return f"https://{story}.news.example/articles/{number:04d}"


def write_site(story: Story, site: Path) -> None:
    """Our settings, theme and plugins, and the story as one topic of content files."""
    shutil.copy2(REPO / "pelican.conf.py", site)
    for folder in ("theme", "plugins"):
        shutil.copytree(REPO / folder, site / folder, ignore=shutil.ignore_patterns("__pycache__"))
    topics, articles = site / "content" / "topics", site / "content" / "articles"
    topics.mkdir(parents=True)
    articles.mkdir(parents=True)
    (topics / f"{story.name}.md").write_text(
        f"Title: {story.name}\nTimeline_size: {len(story.gold)}\n\nThe {story.name} story, {len(story.articles)} articles.\n",
        encoding="utf-8",
    )
    for number, article in enumerate(story.articles):
        title = _title(article)
        body = "\n\n".join(_markdown_text(p) for p in article["paragraphs"] if p.strip())
        (articles / f"{number:04d}.md").write_text(
            f"Title: {_metadata_text(title)}\nDate: {article['date']}\nPublisher: {story.name} source {number}\n"
            f"Original_url: {article_url(story.name, number)}\nTopics: {story.name}\nSlug: {story.name}-{number:04d}\n\n"
            f"{body}\n",
            encoding="utf-8",
        )


def _title(article: dict) -> str:
    first = next((p for p in article["paragraphs"] if p.strip()), "untitled")
    return first if len(first) <= 160 else first[:157].rsplit(" ", 1)[0] + "…"


def _metadata_text(text: str) -> str:
    return " ".join(text.split())


def _markdown_text(paragraph: str) -> str:
    """A sentence as a Markdown paragraph: characters Markdown would read as markup are escaped."""
    text = " ".join(paragraph.split())
    text = re.sub(r"([\\`*_\[\]<>#])", r"\\\1", text)
    return re.sub(r"^(\d+)\.(\s)", r"\1\\.\2", text)


def build(site: Path) -> float:
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "pelican", "content", "--settings", "pelican.conf.py", "--output", "output",
         "--cache-path", "cache", "--delete-output-directory", "--quiet"],
        cwd=site, capture_output=True, text=True,
    )
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"bench_tls: the build of {site} failed:\n{done.stderr[-3000:]}")
    return seconds


def page_words(page: Path) -> int:
    """Words a reader sees on a page (scripts, styles and hidden JSON-LD left out)."""
    tree = lxml_html.fromstring(page.read_bytes())
    for hidden in tree.xpath("//script|//style|//template"):
        hidden.drop_tree()
    return len(_WORD.findall(tree.text_content()))


def prediction(events: list[dict]) -> dict[str, list[str]]:
    """The key entries as the scorer reads a timeline: day -> texts (month and year keys never
    match). A briefing.json without key marks (before the key timeline) showed every entry."""
    shown = [e for e in events if e.get("key", True)]
    predicted: dict[str, list[str]] = {}
    for event in shown:
        predicted.setdefault(event["start"], []).append(event["text"])
    return predicted


def run_story(story: Story, score, keep: Path | None) -> Result:
    with tempfile.TemporaryDirectory(prefix=f"bench-tls-{story.name}-") as temp:
        site = Path(temp)
        write_site(story, site)
        seconds = build(site)
        topic_dir = site / "output" / "topics" / story.name
        events = json.loads((topic_dir / "briefing.json").read_text(encoding="utf-8"))["events"]
        words = page_words(topic_dir / "index.html")
        if keep:
            target = keep / story.name
            shutil.rmtree(target, ignore_errors=True)
            shutil.copytree(site / "output", target)
    return _result(story, score, events, words, seconds)


def run_engine_only(story: Story, score) -> Result:
    sys.path.insert(0, str(REPO / "plugins"))
    from briefing.model import SourceDoc, TopicSpec
    from briefing.timeline import build_briefing

    docs = [
        SourceDoc(
            url=article_url(story.name, n), title=_title(a), publisher=f"{story.name} source {n}",
            published=datetime.fromisoformat(a["date"]).replace(tzinfo=timezone.utc),
            text="\n\n".join(" ".join(p.split()) for p in a["paragraphs"] if p.strip()),
        )
        for n, a in enumerate(story.articles)
    ]
    started = time.perf_counter()
    briefing = build_briefing(TopicSpec(slug=story.name, title=story.name, timeline_size=len(story.gold)), docs)
    seconds = time.perf_counter() - started
    return _result(story, score, briefing.to_json()["events"], None, seconds)


def _result(story: Story, score, events: list[dict], words: int | None, seconds: float) -> Result:
    key = [e for e in events if e.get("key", True)]
    multi = sum(1 for e in key if len(e["sources"]) >= 2)
    return Result(story.name, score(story.gold, prediction(events)), len(key), multi / len(key) if key else 0.0,
                  words, seconds)


def table(results: list[Result]) -> str:
    head = ("| story | date F1 | AR-1 F | concat R-1 | key entries | key with 2+ sources | page words | build s |\n"
            "|---|---:|---:|---:|---:|---:|---:|---:|")
    rows = [head]

    def row(name: str, rs: list[Result]) -> str:
        mean = lambda values: sum(values) / len(values)  # noqa: E731
        words = [r.page_words for r in rs if r.page_words is not None]
        return (f"| {name} | {mean([r.scores['date_f1'] for r in rs]):.3f} | {mean([r.scores['ar1_f'] for r in rs]):.3f} | "
                f"{mean([r.scores['concat_r1_f'] for r in rs]):.3f} | {mean([r.key_entries for r in rs]):.0f} | "
                f"{mean([r.multi_source_share for r in rs]):.0%} | {f'{mean(words):,.0f}' if words else '-'} | "
                f"{mean([r.seconds for r in rs]):.1f} |")

    rows += [row(r.story, [r]) for r in results]
    if len(results) > 1:
        rows.append(row("**mean**", results))
    return "\n".join(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--stories", default=",".join(STORIES))
    parser.add_argument("--engine-only", action="store_true", help="skip Pelican: the timeline engine alone")
    parser.add_argument("--keep", type=Path, help="copy each story's built site into DIR/<story>")
    args = parser.parse_args()
    if not (args.data / "score.py").is_file():
        raise SystemExit(f"bench_tls: no benchmark data at {args.data} (expected score.py and one folder per story); "
                         "pass --data DIR")
    score = load_scorer(args.data)
    results = []
    for name in args.stories.split(","):
        folder = args.data / name
        if not (folder / "gold.json").is_file():
            raise SystemExit(f"bench_tls: {folder}: no gold.json")
        story = load_story(folder)
        result = run_engine_only(story, score) if args.engine_only else run_story(story, score, args.keep)
        results.append(result)
        print(f"{name}: {json.dumps({k: round(v, 3) if isinstance(v, float) else v for k, v in result.scores.items()})}",
              file=sys.stderr)
    print(table(results))


if __name__ == "__main__":
    main()
