"""Crash-safe file writes: a temporary file in the target's folder, fsynced, then renamed into place.

A reader (Pelican, the next scrape) therefore sees either the old file or the new one, never half of
one. Temporary files carry a fixed prefix and suffix so a later run can remove the ones a killed
run left behind. The renames themselves are made durable once per run (sync_folders), not once
per file: a folder fsync per write doubled the cost of storing an article.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

TEMP_PREFIX = ".scrape-"
TEMP_SUFFIX = ".tmp"


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


# mkstemp creates files readable by the owner only; content files should get the usual mode.
_FILE_MODE = 0o666 & ~_umask()


def write_atomic(path: Path, data: bytes) -> None:
    """Replace path with data, all or nothing."""
    fd, tmp_name = tempfile.mkstemp(prefix=f"{TEMP_PREFIX}{path.name}.", suffix=TEMP_SUFFIX, dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as tmp:
            os.fchmod(tmp.fileno(), _FILE_MODE)
            tmp.write(data)
            tmp.flush()
            os.fsync(tmp.fileno())
        os.replace(tmp_name, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp_name)
        raise


def remove_stale_temp_files(folder: Path) -> list[Path]:
    """Delete temporary files an interrupted run left in folder; returns what was removed."""
    removed = []
    for leftover in folder.glob(f"{TEMP_PREFIX}*{TEMP_SUFFIX}"):
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()
            removed.append(leftover)
    return removed


def sync_folders(*folders: Path) -> None:
    """Make the renames into folders durable (an OS crash could otherwise forget them)."""
    for folder in folders:
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
