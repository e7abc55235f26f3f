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
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from multiprocessing.pool import AsyncResult, Pool
from pathlib import Path
from typing import TypeVar

from .cache import ExtractionCache, Store, cached_reader, content_key, doc_key
from .model import Briefing, SourceDoc, TopicSpec
from .reader.entities import Company
from .reader.view import companies_of
from .sources import html_to_text
from .timeline import ArticleReading, build_briefing, newest_day, read_article, sources_of

T = TypeVar("T")
R = TypeVar("R")
MIN_PARALLEL_ITEMS = 24  # below this, starting workers costs more than it saves
TEXT_CHUNK = 32  # articles per task when converting HTML: keeps task overhead small
# This build's, see PendingBriefings: module-level, so that forked workers inherit them and a task
# is a number (Pool.terminate() can hang while its task thread sends a task larger than a pipe holds).
_early_readings: dict[tuple[int, SourceDoc], bytes] = {}
_tasks: list[tuple[TopicJob, Store]] = []
_claims_dir: list[str] = []  # where a topic's merge and its read-ahead claim articles (see _read_ahead)
_claiming: list[int] = []  # in a worker merging a topic: its task number, so _read claims what it reads
READ_AHEAD_POLL_SECONDS = 0.002


@dataclass(frozen=True)
class TopicJob:
    """One topic to brief: its spec and its articles."""

    spec: TopicSpec
    docs: tuple[SourceDoc, ...]

    @property
    def key(self) -> str:
        return content_key("briefing", repr(self.spec), *sorted(doc_key(d) for d in self.docs))

    @property
    def updated(self) -> str:
        """The briefing's `updated` (its newest source's day), known before it is built."""
        return newest_day(self.docs)

    @property
    def readings_store(self) -> str:
        return "articles-" + content_key(self.spec.slug)[:16]


@dataclass(frozen=True)
class BriefedTopic:
    """A topic's briefing and the companies its sources name: both depend on nothing but the
    topic's spec and articles, so both are made in workers, side by side (finding the companies
    scans every source's text: 1.6 s at 10,000 articles, 0.5 s for one topic of 313), and cached
    together."""

    briefing: Briefing
    companies: list[Company]


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


class PendingBriefings:
    """Each job's briefing, in job order: from the cache, else being built while the build goes on.

    Construction looks the jobs up in the cache and starts building the missing ones in forked
    workers (largest first, so the last task to finish is a small one): each topic's briefing, a
    read-ahead of its articles and its companies are three tasks, so a core left over by a big
    topic's merge reads its last articles meanwhile (see _read_ahead), then finds its companies;
    result() waits for them.
    Meanwhile the Pelican process goes on until a page needs a briefing (the first article page:
    it lists the entries citing it). Without workers the briefings are built in result().
    early holds readings (pickled) made during Pelican's reading (early.py), by (fiscal-year
    start, doc); each is used once, in place of computing it, so cache contents and counts stay
    as without it.
    """

    def __init__(self, jobs: Sequence[TopicJob], cache: ExtractionCache, workers: int,
                 early: dict[tuple[int, SourceDoc], bytes] | None = None) -> None:
        global _early_readings
        self._jobs, self._cache = list(jobs), cache
        self._early = dict(early or {})
        self._found: dict[int, BriefedTopic] = {}
        self._missing: list[int] = []
        self._briefings: list[BriefedTopic] | None = None
        self._pool: Pool | None = None
        self._running: AsyncResult | None = None
        self._claims: tempfile.TemporaryDirectory | None = None
        store = cache.store("briefings")
        for i, job in enumerate(self._jobs):
            cache.store(job.readings_store)  # this topic's readings file stays, even when not opened
            found, briefing = store.find(job.key)
            if found:
                self._found[i] = briefing
            else:
                self._missing.append(i)
        # Even one topic goes to workers: its articles are read on two cores, its companies found
        # beside its merge, and the build goes on meanwhile.
        if workers > 1 and self._missing and _can_fork():
            self._missing.sort(key=lambda i: len(self._jobs[i].docs), reverse=True)
            _tasks[:] = [(self._jobs[i], cache.store(self._jobs[i].readings_store)) for i in self._missing]
            _early_readings = self._early
            self._claims = tempfile.TemporaryDirectory(prefix="briefing-claims-")
            _claims_dir[:] = [self._claims.name]
            try:
                self._pool = multiprocessing.get_context("fork").Pool(min(workers, 3 * len(_tasks)),
                                                                      initializer=yield_to_pelican)
            finally:
                _early_readings, _tasks[:], _claims_dir[:] = {}, [], []
            self._early = {}
            self._running = self._pool.map_async(_run_task, range(3 * len(self._missing)), chunksize=1)

    def result(self) -> list[BriefedTopic]:
        """The briefings, once all are built (worker errors are raised here)."""
        if self._briefings is None:
            try:
                built = self._collect()
            finally:
                self.cancel()
            store = self._cache.store("briefings")
            for i in self._missing:
                store.put(self._jobs[i].key, built[i])
            everything = {**self._found, **built}
            self._briefings = [everything[i] for i in range(len(self._jobs))]
        return self._briefings

    def cancel(self) -> None:
        """Stop the workers (when the build failed before it needed the briefings)."""
        if self._pool is not None:
            self._pool.terminate()
            self._pool.join()
            self._pool = None
        if self._claims is not None:
            self._claims.cleanup()
            self._claims = None

    def _collect(self) -> dict[int, BriefedTopic]:
        global _early_readings
        if self._running is not None:
            done = self._running.get()
            count = len(self._missing)
            briefings, companies = done[:count], done[2 * count :]
            built = {}
            for i, (briefing, hits, misses), (named, _, _) in zip(self._missing, briefings, companies):
                built[i] = BriefedTopic(briefing, named)
                self._cache.count(hits, misses)
            return built
        _early_readings, self._early = self._early, {}
        try:
            return {i: BriefedTopic(_brief(self._jobs[i], self._cache.store(self._jobs[i].readings_store)),
                                    _companies(self._jobs[i])) for i in self._missing}
        finally:
            _early_readings = {}


def _brief(job: TopicJob, readings: Store) -> Briefing:
    """One topic's briefing, its articles read through its readings store."""
    return build_briefing(job.spec, list(job.docs), cached_reader(readings, _read))


def _companies(job: TopicJob) -> list[Company]:
    """The companies one topic's sources name."""
    return companies_of(job.spec, [doc.text for doc in sources_of(job.docs)])


def yield_to_pelican() -> None:
    """In a worker: a lower priority than the Pelican process, which writes pages meanwhile and is
    the build's critical path (the workers take the cores it leaves, then all of them while it waits)."""
    os.nice(5)


def _run_task(task: int) -> tuple[Briefing | list[Company] | None, int, int]:
    """In a worker: task number `task` < len(_tasks) briefs that topic and saves its readings
    store (with its hits and misses); the next len(_tasks) tasks read ahead for each topic, the
    last len(_tasks) find each topic's companies."""
    topic, kind = task % len(_tasks), task // len(_tasks)
    job, store = _tasks[topic]
    if kind == 2:
        return _companies(job), 0, 0
    if kind == 1:
        _read_ahead(topic, job, store)
        return None, 0, 0
    _claiming[:] = [topic]
    briefing = _brief(job, store)
    store.save()
    return briefing, store.hits, store.misses


def _read_ahead(topic: int, job: TopicJob, store: Store) -> None:
    """In a worker: read a cold topic's articles from its last one back, each claimed first (a
    file created only if absent), until one is claimed already: the topic's merge, reading from
    its first article on, has come this far. The merge then takes these readings (_read) instead
    of reading them itself: a big topic is read on two cores, merged on one."""
    if store.path is not None and store.path.exists():
        return  # a warm topic: its readings are mostly stored, reading ahead would waste a core
    fiscal_year_start = job.spec.fiscal_year_start
    for doc in reversed(sources_of(job.docs)):
        if (fiscal_year_start, doc) in _early_readings:
            continue
        claim = _claim_path(topic, doc)
        if not _claim(claim):
            return
        try:
            reading = pickle.dumps(read_article(doc, fiscal_year_start), protocol=pickle.HIGHEST_PROTOCOL)
        except Exception:
            claim.with_suffix(".failed").touch()  # the merge reads it itself, and meets the error there
            return
        written = claim.with_suffix(".part")
        written.write_bytes(reading)
        written.rename(claim.with_suffix(".reading"))


def _read(doc: SourceDoc, fiscal_year_start: int) -> ArticleReading:
    """read_article, or the early reading of the same doc (taken once: readings are not shared),
    or, in a topic's merge, the reading its read-ahead made."""
    reading = _early_readings.pop((fiscal_year_start, doc), None)
    if reading is None and _claiming:
        claim = _claim_path(_claiming[0], doc)
        if not _claim(claim):
            reading = _wait_for_reading(claim)
    return pickle.loads(reading) if reading is not None else read_article(doc, fiscal_year_start)


def _claim_path(topic: int, doc: SourceDoc) -> Path:
    return Path(_claims_dir[0]) / f"{topic}-{doc_key(doc)}.claim"


def _claim(path: Path) -> bool:
    """Whether this process is the first to claim `path` (created only if absent, atomically)."""
    try:
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY))
    except FileExistsError:
        return False
    return True


def _wait_for_reading(claim: Path) -> bytes | None:
    """The reading of an article the read-ahead claimed (being made: one article's reading, some
    milliseconds), or None when reading it failed there."""
    reading, failed = claim.with_suffix(".reading"), claim.with_suffix(".failed")
    while not reading.exists():
        if failed.exists():
            return None
        time.sleep(READ_AHEAD_POLL_SECONDS)
    return reading.read_bytes()


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
