"""All topics of a build at once: cached results reused, the rest computed in worker processes.

A topic's briefing is looked up by its spec and its articles, so a rebuild where one article
changed rebuilds one briefing (re-reading only that article) and reuses the others without
opening their readings. Briefings and article texts still missing are computed in a pool of
forked workers (BRIEFING_WORKERS, default: the CPUs this process may use): articles are read
independently and topics merge independently, so a cold build scales with cores. Each worker
saves its topic's readings file itself; only the finished Briefing travels back.
Where fork is unavailable (Windows, macOS default) everything runs in-process.
"""

from __future__ import annotations

import multiprocessing
import os
import pickle
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from .cache import ExtractionCache, Store, cached_reader, content_key, doc_key
from .model import Briefing, SourceDoc, TopicSpec
from .sources import html_to_text
from .timeline import ArticleReading, build_briefing, read_article

T = TypeVar("T")
R = TypeVar("R")
MIN_PARALLEL_ITEMS = 24  # below this, starting workers costs more than it saves
TEXT_CHUNK = 32  # articles per task when converting HTML: keeps task overhead small
_early_readings: dict[tuple[int, SourceDoc], bytes] = {}  # this build's, see build_briefings


@dataclass(frozen=True)
class TopicJob:
    """One topic to brief: its spec and its articles."""

    spec: TopicSpec
    docs: tuple[SourceDoc, ...]

    @property
    def key(self) -> str:
        return content_key("briefing", repr(self.spec), *sorted(doc_key(d) for d in self.docs))

    @property
    def readings_store(self) -> str:
        return "articles-" + content_key(self.spec.slug)[:16]


def worker_count(settings: dict) -> int:
    """BRIEFING_WORKERS if set, else the CPUs this process may run on."""
    configured = settings.get("BRIEFING_WORKERS")
    if configured:
        return max(1, int(configured))
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def article_texts(htmls: Sequence[str], cache: ExtractionCache, workers: int,
                  early: dict[str, str] | None = None) -> list[str]:
    """Plain text of each article's HTML (sources.html_to_text), converted once per distinct HTML.

    early maps HTML to the text a worker already converted during Pelican's reading (early.py).
    """
    store = cache.store("texts")
    keys = [content_key("text", html) for html in htmls]
    texts: dict[str, str] = {}
    missing: dict[str, str] = {}
    for key, html in zip(keys, htmls):
        found, text = store.find(key)
        if found:
            texts[key] = text
        elif early and html in early:
            store.put(key, early[html])
            texts[key] = early[html]
        else:
            missing[key] = html
    converted = _map(_texts_of, _chunks(list(missing.values()), TEXT_CHUNK), workers, len(missing))
    for key, text in zip(missing, (text for chunk in converted for text in chunk)):
        store.put(key, text)
        texts[key] = text
    return [texts[key] for key in keys]


def build_briefings(jobs: Sequence[TopicJob], cache: ExtractionCache, workers: int,
                    early: dict[tuple[int, SourceDoc], bytes] | None = None) -> list[Briefing]:
    """Each job's briefing, in job order: from the cache, else built (in parallel when there are several).

    early holds readings (pickled) a worker made during Pelican's reading (early.py), by (fiscal-year start, doc);
    each is used once, in place of computing it, so cache contents and counts stay as without it.
    """
    global _early_readings
    _early_readings = dict(early or {})  # module-level: forked workers inherit it instead of unpickling it
    store = cache.store("briefings")
    briefings: dict[int, Briefing] = {}
    missing: list[int] = []
    for i, job in enumerate(jobs):
        cache.store(job.readings_store)  # this topic's readings file stays, even when not opened
        found, briefing = store.find(job.key)
        if found:
            briefings[i] = briefing
        else:
            missing.append(i)
    size = sum(len(jobs[i].docs) for i in missing)
    if workers > 1 and len(missing) > 1 and size >= MIN_PARALLEL_ITEMS and _can_fork():
        # Largest topics first, so the last task to finish is a small one.
        order = sorted(missing, key=lambda i: len(jobs[i].docs), reverse=True)
        tasks = [(jobs[i], cache.store(jobs[i].readings_store)) for i in order]
        for i, (briefing, hits, misses) in zip(order, _map(_build_saving, tasks, workers, size)):
            briefings[i] = briefing
            cache.count(hits, misses)
    else:
        for i in missing:
            job = jobs[i]
            briefings[i] = build_briefing(job.spec, list(job.docs), cached_reader(cache.store(job.readings_store), _read))
    _early_readings = {}
    for i in missing:
        store.put(jobs[i].key, briefings[i])
    return [briefings[i] for i in range(len(jobs))]


def _build_saving(task: tuple[TopicJob, Store]) -> tuple[Briefing, int, int]:
    """In a worker: build one briefing with its topic's readings store, and save that store."""
    job, store = task
    briefing = build_briefing(job.spec, list(job.docs), cached_reader(store, _read))
    store.save()
    return briefing, store.hits, store.misses


def _read(doc: SourceDoc, fiscal_year_start: int) -> ArticleReading:
    """read_article, or the early reading of the same doc (taken once: readings are not shared)."""
    reading = _early_readings.pop((fiscal_year_start, doc), None)
    return pickle.loads(reading) if reading is not None else read_article(doc, fiscal_year_start)


def _texts_of(htmls: list[str]) -> list[str]:
    return [html_to_text(html) for html in htmls]


def _chunks(items: list[T], size: int) -> list[list[T]]:
    return [items[i : i + size] for i in range(0, len(items), size)]


def _can_fork() -> bool:
    return "fork" in multiprocessing.get_all_start_methods()


def _map(function: Callable[[T], R], tasks: list[T], workers: int, size: int) -> list[R]:
    """function over tasks, in order: in forked workers when worthwhile, else here."""
    if workers <= 1 or len(tasks) <= 1 or size < MIN_PARALLEL_ITEMS or not _can_fork():
        return [function(task) for task in tasks]
    with multiprocessing.get_context("fork").Pool(min(workers, len(tasks))) as pool:
        return pool.map(function, tasks, chunksize=1)
