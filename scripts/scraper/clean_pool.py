"""Runs the cleaner off the event loop: in a thread for a few pages, in a process pool across
cores for many, so parsing never stalls fetching and big runs use every core."""

from __future__ import annotations

import asyncio
import os
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from multiprocessing import get_context
from types import TracebackType
from typing import TYPE_CHECKING

from .errors import ScrapeError
from .snapshot import Snapshot

if TYPE_CHECKING:
    from .clean import CleanArticle

PROCESS_POOL_MIN_PAGES = 16  # below this, starting worker processes costs more than it saves


def clean_snapshot(body: bytes, url: str, content_type: str | None) -> CleanArticle:
    """Worker entry point: one page through the cleaner; unexpected crashes become a ScrapeError."""
    from .clean import clean_page

    try:
        return clean_page(body, url, content_type=content_type)
    except ScrapeError:
        raise
    except RecursionError:
        raise ScrapeError(f"{url}: page nested too deeply to clean") from None
    except Exception as exc:  # a cleaner bug on one hostile page must not end the run
        raise ScrapeError(f"{url}: cleaner failed ({type(exc).__name__}: {str(exc)[:200]})") from None


def _warm_up() -> None:
    """Import the cleaner in each worker while the first pages are still being fetched."""
    from . import clean  # noqa: F401


class CleanerPool:
    """``async with CleanerPool(pages) as pool: article = await pool.clean(snapshot)``."""

    def __init__(self, pages: int, workers: int | None = None):
        cores = os.cpu_count() or 1
        self._workers = workers if workers is not None else (cores if pages >= PROCESS_POOL_MIN_PAGES else 1)
        self._executor = self._new_executor()

    def _new_executor(self) -> Executor:
        if self._workers <= 1:
            return ThreadPoolExecutor(max_workers=1, thread_name_prefix="clean")
        # spawn, not fork: the parent runs an event loop and threads, which do not survive a fork.
        return ProcessPoolExecutor(self._workers, mp_context=get_context("spawn"), initializer=_warm_up)

    async def __aenter__(self) -> CleanerPool:
        return self

    async def __aexit__(self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self._executor.shutdown(wait=True, cancel_futures=True)

    async def clean(self, snapshot: Snapshot) -> CleanArticle:
        """The cleaned article; ScrapeError when the page holds none or a worker died on it."""
        loop = asyncio.get_running_loop()
        for _ in range(2):
            executor = self._executor
            try:
                return await loop.run_in_executor(executor, clean_snapshot, snapshot.body, snapshot.final_url, snapshot.content_type)
            except BrokenProcessPool:
                # A worker crashed (on this page or another in flight): start a fresh pool, try once more.
                if executor is self._executor:
                    executor.shutdown(wait=False, cancel_futures=True)
                    self._executor = self._new_executor()
        raise ScrapeError(f"{snapshot.final_url}: the cleaner process crashed on this page")
