"""Runs the cleaner off the event loop: in a thread for a few pages, in a process pool across
cores for many, so parsing never stalls fetching and big runs use every core.

Worker processes are forked as soon as the pool is made, before the run starts any thread, from a
parent that has already imported the cleaner: they are ready at once (spawned workers needed
seconds to import lxml and the cleaner on a busy machine, while fetched pages queued up).
"""

from __future__ import annotations

import asyncio
import os
import signal
import sys
import threading
import time
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from multiprocessing import get_context
from types import TracebackType
from typing import TYPE_CHECKING

from .errors import ScrapeError
from .snapshot import Snapshot

if TYPE_CHECKING:
    from .clean import CleanArticle

PROCESS_POOL_MIN_PAGES = 16  # below this, worker processes cost more than they save
_PARENT_CHECK_SECONDS = 1.0


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


def _start_worker(parent: int) -> None:
    """In each worker: Ctrl-C is the parent's to handle (it shuts the pool down), and leave when
    the parent is gone (a killed scrape cannot shut its pool down)."""
    from . import clean  # noqa: F401  (already there when forked; imported when spawned)

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_exit_with_parent, args=(parent,), daemon=True).start()


def _exit_with_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(_PARENT_CHECK_SECONDS)
    os._exit(0)


class CleanerPool:
    """``with CleanerPool(pages) as pool: article = await pool.clean(snapshot)`` (make it before
    starting threads, e.g. a progress bar)."""

    def __init__(self, pages: int, workers: int | None = None):
        cores = os.cpu_count() or 1
        self._workers = workers if workers is not None else (cores if pages >= PROCESS_POOL_MIN_PAGES else 1)
        self._executor = self._new_executor()

    def _new_executor(self) -> Executor:
        if self._workers <= 1:
            return ThreadPoolExecutor(max_workers=1, thread_name_prefix="clean")
        from . import clean  # noqa: F401  (forked workers inherit it)

        method = "fork" if sys.platform == "linux" else "spawn"
        pool = ProcessPoolExecutor(self._workers, mp_context=get_context(method), initializer=_start_worker, initargs=(os.getpid(),))
        pool.submit(int)  # the first task makes the pool start all its workers now
        return pool

    def __enter__(self) -> CleanerPool:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
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
