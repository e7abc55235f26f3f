"""Briefings built while Pelican writes the article pages (batch.PendingBriefings, plugin.BriefingsInProgress)."""

from __future__ import annotations

import multiprocessing
from datetime import datetime, timezone
from pathlib import Path

import pytest
from pelican import signals

from briefing.batch import PendingBriefings, TopicJob
from briefing.cache import ExtractionCache
from briefing.model import SourceDoc, TopicSpec
from briefing.reader.view import companies_of
from briefing.timeline import build_briefing, sources_of
from conftest import build_site
from make_corpus import generate, write_corpus


def generated_jobs(articles: int = 40, topics: int = 3) -> list[TopicJob]:
    """Topics' jobs (three by default), made of generated articles (their Markdown bodies as text)."""
    topic_files, article_files = generate(articles, topics, seed=5)
    jobs = []
    for number, topic in enumerate(topic_files):
        spec = TopicSpec(slug=f"topic-{number}", title=f"Topic {number}", match=())
        docs = tuple(
            SourceDoc(url=f"https://news.test/{number}/{i}", title=f"Article {i}", publisher="news.test",
                      published=datetime(2025, 1 + i % 12, 1 + i % 27, tzinfo=timezone.utc), local_url="",
                      text=article.text.split("\n\n", 1)[1])
            for i, article in enumerate(article_files[number::topics])
        )
        jobs.append(TopicJob(spec, docs))
    return jobs


def test_briefings_built_by_workers_equal_those_built_here() -> None:
    jobs = generated_jobs()
    pending = PendingBriefings(jobs, ExtractionCache(None, load=False, save=False), workers=2)
    expected = [build_briefing(job.spec, list(job.docs)) for job in jobs]
    assert [done.briefing.to_json() for done in pending.result()] == [b.to_json() for b in expected]
    assert [done.companies for done in pending.result()] == [companies_of(job.spec, [d.text for d in sources_of(job.docs)]) for job in jobs]
    assert pending.result() is pending.result()  # waited for once


def test_a_big_topic_is_read_on_both_cores_into_the_same_briefing() -> None:
    """With one topic and two workers, the spare one reads its last articles ahead of the merge."""
    [job] = generated_jobs(120, 1)
    pending = PendingBriefings([job], ExtractionCache(None, load=False, save=False), workers=2)
    pending._running.get()  # every task done, the claims still there
    assert list(Path(pending._claims.name).glob("*.reading")), "the read-ahead read nothing"
    assert pending.result()[0].briefing.to_json() == build_briefing(job.spec, list(job.docs)).to_json()


def test_cancel_stops_the_workers() -> None:
    pending = PendingBriefings(generated_jobs(), ExtractionCache(None, load=False, save=False), workers=2)
    assert multiprocessing.active_children()
    pending.cancel()
    assert not multiprocessing.active_children()


@pytest.mark.parametrize("workers", [1, 2])
def test_pages_that_show_a_briefing_are_written_once_it_is_built(tmp_path: Path, workers: int) -> None:
    """Article pages list the timeline entries citing them, so they wait for the briefings too."""
    content = tmp_path / "content"
    topic_files, article_files = generate(30, 2, seed=4)
    write_corpus(content, topic_files + article_files)
    written: list[tuple[str, bool]] = []  # (page, were the briefings still being built?)

    def record(path: str, context: dict) -> None:
        topics = context.get("topics") or []
        written.append((Path(path).relative_to(tmp_path / "out").as_posix(),
                        any(t.in_progress is not None for t in topics)))

    signals.content_written.connect(record)
    try:
        build_site(content, tmp_path / "out", BRIEFING_WORKERS=workers)
    finally:
        signals.content_written.disconnect(record)
    articles = [pending for page, pending in written if page.startswith("articles/")]
    assert len(articles) == 30 and not any(articles)
    topic_pages = [pending for page, pending in written if page.startswith("topics/")]
    assert topic_pages and not any(topic_pages)
    assert dict(written)["index.html"] is False
