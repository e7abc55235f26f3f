"""One run: fetch (or read) every page, clean it, store it; each page's failure stays its own.

Fetching is async (many hosts in parallel, each paced by the Fetcher), cleaning runs in a
CleanerPool. Storing is planned on the event loop thread one page at a time (so two URLs that turn
out to be the same article are stored once) and written by a few writer threads, whose fsyncs the
file system batches, without stalling the event loop.
"""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .clean_pool import CleanerPool
from .errors import ScrapeError
from .fetch import Fetcher, FetchPolicy, RobotsDisallowed
from .local_pages import naming_file, page_url, read_page
from .outcome import Outcome, Status
from .report import Reporter
from .snapshot import Snapshot
from .store import ContentStore
from .urls import normalise_url

if TYPE_CHECKING:
    from .clean import CleanArticle

WRITERS = 4  # concurrent fsyncs share journal commits: 4 writers store ~8x faster than 1


@dataclass(frozen=True)
class UrlJob:
    """A page to fetch; skip_stored for --sources (a stored URL is not fetched again)."""

    url: str
    topics: tuple[str, ...] = ()
    skip_stored: bool = False

    @property
    def target(self) -> str:
        return self.url


@dataclass(frozen=True)
class PageJob:
    """A saved page to add offline; url is where it came from (None: use its canonical URL)."""

    path: Path
    url: str | None = None
    topics: tuple[str, ...] = ()

    @property
    def target(self) -> str:
        return str(self.path)


@dataclass(frozen=True)
class RecleanJob:
    """A stored article to re-clean from its kept snapshot."""

    stem: str

    @property
    def target(self) -> str:
        return self.stem


@dataclass(frozen=True)
class FailedJob:
    """An input rejected before any work (e.g. a bad line in the sources file), reported with the rest."""

    target: str
    reason: str


Job = UrlJob | PageJob | RecleanJob | FailedJob


def dedupe(jobs: list[Job]) -> list[Job]:
    """Drop repeated URLs (same normal form), keeping the first and its topics merged with the rest."""
    position: dict[str, int] = {}
    result: list[Job] = []
    for job in jobs:
        key = normalise_url(job.url) if isinstance(job, UrlJob) else None
        if key is None or key not in position:
            if key is not None:
                position[key] = len(result)
            result.append(job)
            continue
        first = result[position[key]]
        assert isinstance(first, UrlJob) and isinstance(job, UrlJob)
        result[position[key]] = UrlJob(first.url, tuple(dict.fromkeys(first.topics + job.topics)), first.skip_stored)
    return result


def pages_to_clean(jobs: list[Job], store: ContentStore) -> int:
    """How many jobs will probably need the cleaner (sizes the CleanerPool)."""
    return sum(
        1
        for job in jobs
        if not isinstance(job, FailedJob) and not (isinstance(job, UrlJob) and job.skip_stored and store.find(job.url))
    )


class Pipeline:
    """Runs jobs against one content store; outcomes go to the reporter as they finish."""

    def __init__(self, store: ContentStore, policy: FetchPolicy, cleaner: CleanerPool):
        self.store = store
        self.policy = policy
        self._cleaner = cleaner

    def run(self, jobs: list[Job], reporter: Reporter) -> list[Outcome]:
        """Every job's outcome, in job order; each is also given to the reporter as it finishes."""
        return asyncio.run(self._run(jobs, reporter))

    async def _run(self, jobs: list[Job], reporter: Reporter) -> list[Outcome]:
        with ThreadPoolExecutor(max_workers=WRITERS, thread_name_prefix="store") as writer:
            async with Fetcher(self.policy) as fetcher:
                self._fetcher, self._writer = fetcher, writer
                tasks = [asyncio.create_task(self._guarded(job)) for job in jobs]
                for finished in asyncio.as_completed(tasks):
                    reporter.record(await finished)
            self.store.flush()
        return [task.result() for task in tasks]  # in the order the pages were given

    async def _guarded(self, job: Job) -> Outcome:
        """Any error on one page becomes that page's failure; the run goes on."""
        try:
            return await self._one(job)
        except RobotsDisallowed as exc:
            return Outcome(job.target, Status.ROBOTS, str(exc))
        except ScrapeError as exc:
            message = naming_file(job.path, job.url, str(exc)) if isinstance(job, PageJob) else str(exc)
            return Outcome(job.target, Status.FAILED, message)
        except OSError as exc:
            return Outcome(job.target, Status.FAILED, f"{job.target}: cannot write content ({exc})")
        except Exception as exc:  # a bug on one page must not lose the others
            return Outcome(job.target, Status.FAILED, f"{job.target}: internal error ({type(exc).__name__}: {exc})")

    async def _one(self, job: Job) -> Outcome:
        if isinstance(job, FailedJob):
            return Outcome(job.target, Status.FAILED, job.reason)
        if isinstance(job, RecleanJob):
            return await self._store(job.target, self.store.load_snapshot(job.stem), (), stem=job.stem)
        if isinstance(job, PageJob):
            body = read_page(job.path, self.policy.max_bytes)
            url = page_url(job.path, job.url)
            snapshot = Snapshot(body=body, url=url, final_url=url, source=job.path.name)
            return await self._store(job.target, snapshot, job.topics)
        return await self._fetch_and_store(job)

    async def _fetch_and_store(self, job: UrlJob) -> Outcome:
        stem = self.store.find(job.url)
        if stem and job.skip_stored:
            return Outcome(job.url, Status.ALREADY_STORED, stem)
        fetched = await self._fetcher.fetch(job.url, self.store.conditional_headers(job.url))
        if fetched.snapshot is not None:
            return await self._store(job.url, fetched.snapshot, job.topics)
        # 304 Not Modified: nothing to do unless the article gains a topic, which the kept snapshot allows.
        stem = self.store.find(job.url)
        if stem is None or set(job.topics) <= set(self.store.read_article(stem).topics):
            return Outcome(job.url, Status.UNCHANGED, f"{stem} (304 Not Modified)")
        return await self._store(job.url, self.store.load_snapshot(stem), job.topics, stem=stem)

    async def _store(self, target: str, snapshot: Snapshot, topics: tuple[str, ...], stem: str | None = None) -> Outcome:
        article: CleanArticle = await self._cleaner.clean(snapshot)
        plan = self.store.plan(article, snapshot, topics, stem=stem)
        saved = await asyncio.get_running_loop().run_in_executor(self._writer, self.store.commit, plan)
        detail = self._shown(self.store.article_path(saved.stem))
        if saved.status is Status.EDITED:
            detail = saved.warnings[0] if saved.warnings else detail
        return Outcome(target, saved.status, detail, saved.warnings, [self._shown(path) for path in saved.written])

    def _shown(self, path: Path) -> str:
        """A content file as the summary names it: relative to the content folder's parent."""
        return str(path.relative_to(self.store.root.parent))
