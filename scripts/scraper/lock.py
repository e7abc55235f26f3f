"""One scrape at a time per content folder, with no lock file left behind for git to pick up.

filelock's native lock leaves its file on Unix. We remove it while still holding the lock, and
a process that wins the lock on a file that was meanwhile removed (or replaced) treats the folder
as busy, so removing the file never lets two scrapes in at once.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from types import TracebackType

from filelock import FileLock, Timeout

LOCK_NAME = ".scrape.lock"


class FolderBusy(Exception):
    """Another scrape holds the content folder."""


class ContentLock:
    """``with ContentLock(content):`` raises FolderBusy at once when another scrape runs there."""

    def __init__(self, folder: Path):
        self.path = folder / LOCK_NAME
        self._lock = FileLock(self.path, timeout=0, on_acquired=self._still_the_lock_file)

    def _still_the_lock_file(self, fd: int) -> None:
        try:
            same = os.path.samestat(os.stat(self.path), os.fstat(fd))
        except FileNotFoundError:
            same = False
        if not same:
            raise FolderBusy(self.path)  # we locked a file the previous holder had just removed

    def __enter__(self) -> ContentLock:
        try:
            self._lock.acquire()
        except (Timeout, FolderBusy):
            raise FolderBusy(self.path) from None
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()
        self._lock.release()
