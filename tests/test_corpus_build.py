"""Smoke build of a 200-article synthetic corpus with the plugin and both build caches.

Every topic gets a well-formed page and briefing.json citing its articles, a second build on
warm caches writes byte-identical output, and that second build takes every article's
extraction from the cache instead of recomputing it. After one article is edited, a build on
the warm cache gives exactly what a build without any cache gives: nothing stale survives.
"""

from __future__ import annotations

import json
import logging
import shutil
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from conftest import build_site
from make_corpus import generate, write_corpus

ARTICLES = 200
TOPICS = 4


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    content = tmp_path_factory.mktemp("corpus")
    topic_files, article_files = generate(ARTICLES, TOPICS, seed=7)
    write_corpus(content, topic_files + article_files)
    return content


def cached_build(content: Path, output: Path, cache: Path) -> Path:
    return build_site(
        content,
        output,
        CACHE_CONTENT=True,
        LOAD_CONTENT_CACHE=True,
        CHECK_MODIFIED_METHOD="sha256",
        CACHE_PATH=str(cache),
    )


@pytest.fixture(scope="module")
def builds(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> dict:
    """A cold and a warm build of the corpus, with the plugin's cache log of each."""
    root = tmp_path_factory.mktemp("builds")
    handler = _Records()
    logger = logging.getLogger("briefing")
    logger.addHandler(handler)
    previous_level = logger.level
    logger.setLevel(logging.INFO)
    try:
        cold = cached_build(corpus, root / "cold", root / "cache")
        cold_log = handler.take()
        warm = cached_build(corpus, root / "warm", root / "cache")
        warm_log = handler.take()
    finally:
        logger.removeHandler(handler)
        logger.setLevel(previous_level)
    return {"cold": cold, "warm": warm, "cold_log": cold_log, "warm_log": warm_log, "cache": root / "cache"}


class _Records(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)

    def take(self) -> list[logging.LogRecord]:
        taken, self.records = self.records, []
        return taken


def topic_slugs(corpus: Path) -> list[str]:
    return sorted(p.stem for p in (corpus / "topics").glob("*.md"))


def test_every_topic_has_a_page_and_a_well_formed_briefing(corpus: Path, builds: dict) -> None:
    site = builds["cold"]
    slugs = topic_slugs(corpus)
    assert len(slugs) == TOPICS
    for slug in slugs:
        page = BeautifulSoup((site / "topics" / slug / "index.html").read_text(encoding="utf-8"), "lxml")
        briefing = json.loads((site / "topics" / slug / "briefing.json").read_text(encoding="utf-8"))
        assert briefing["topic"]["slug"] == slug
        assert page.find("h1") and briefing["topic"]["title"] in page.get_text()
        assert briefing["events"], f"{slug}: no timeline entries from its articles"
        assert len(briefing["sources"]) >= 5, f"{slug}: only {len(briefing['sources'])} sources"
        cited = {url for event in briefing["events"] for url in event["sources"]}
        assert cited <= {s["url"] for s in briefing["sources"]}
        assert any(len(event["sources"]) > 1 for event in briefing["events"]), f"{slug}: nothing merged across sources"
        for source in briefing["sources"]:
            assert (site / source["local_url"] / "index.html").is_file(), source["local_url"]


def test_every_tagged_article_is_cited_by_its_topic(corpus: Path, builds: dict) -> None:
    tagged: dict[str, set[str]] = {}
    for path in (corpus / "articles").glob("*.md"):
        header = dict(
            line.split(": ", 1) for line in path.read_text(encoding="utf-8").split("\n\n", 1)[0].splitlines()
        )
        if "Topics" in header:
            tagged.setdefault(header["Topics"], set()).add(header["Original_url"])
    for slug, urls in tagged.items():
        briefing = json.loads((builds["cold"] / "topics" / slug / "briefing.json").read_text(encoding="utf-8"))
        assert urls <= {s["url"] for s in briefing["sources"]}


def test_warm_rebuild_writes_identical_output(builds: dict) -> None:
    cold_files = sorted(p.relative_to(builds["cold"]) for p in builds["cold"].rglob("*") if p.is_file())
    warm_files = sorted(p.relative_to(builds["warm"]) for p in builds["warm"].rglob("*") if p.is_file())
    assert cold_files == warm_files
    different = [str(p) for p in cold_files if (builds["cold"] / p).read_bytes() != (builds["warm"] / p).read_bytes()]
    assert not different, f"{len(different)} files differ, e.g. {different[:3]}"


def test_second_build_takes_extractions_from_the_cache(builds: dict) -> None:
    cold = _cache_counts(builds["cold_log"])
    warm = _cache_counts(builds["warm_log"])
    assert cold["hits"] == 0 and cold["misses"] >= ARTICLES
    assert warm["misses"] == 0 and warm["hits"] >= ARTICLES  # every text, every briefing
    assert list(builds["cache"].glob("briefing-*/*.pickle")), "the plugin wrote no cache file"


def test_edited_article_on_warm_cache_builds_like_no_cache(corpus: Path, builds: dict, tmp_path: Path) -> None:
    edited = tmp_path / "content"
    shutil.copytree(corpus, edited)
    shutil.copytree(builds["cache"], tmp_path / "cache")
    article = next(p for p in sorted((edited / "articles").glob("*.md")) if "\nTopics: " in p.read_text())
    text = article.read_text(encoding="utf-8")
    article.write_text(text + "\nThe plant's workforce will shrink to 1,234 people by March 2031.\n", encoding="utf-8")

    incremental = cached_build(edited, tmp_path / "incremental", tmp_path / "cache")
    scratch = build_site(edited, tmp_path / "scratch")
    files = sorted(p.relative_to(scratch) for p in scratch.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(incremental) for p in incremental.rglob("*") if p.is_file())
    assert all((scratch / p).read_bytes() == (incremental / p).read_bytes() for p in files)
    assert "1,234" in "".join(p.read_text(encoding="utf-8") for p in (scratch / "topics").rglob("briefing.json"))


def _cache_counts(records: list[logging.LogRecord]) -> dict[str, int]:
    counts = [r for r in records if getattr(r, "briefing_cache", None)]
    assert len(counts) == 1, "the plugin logs its cache use once per build"
    return counts[0].briefing_cache


def test_corpus_is_deterministic_and_grows_by_appending() -> None:
    topics, articles = generate(30, 3, seed=5)
    again_topics, again_articles = generate(30, 3, seed=5)
    _, longer = generate(31, 3, seed=5)
    _, other_seed = generate(30, 3, seed=6)
    assert [(f.path, f.text) for f in topics + articles] == [(f.path, f.text) for f in again_topics + again_articles]
    assert [(f.path, f.text) for f in longer[:30]] == [(f.path, f.text) for f in articles]
    assert [f.text for f in other_seed] != [f.text for f in articles]
    assert len({f.path for f in articles}) == 30
