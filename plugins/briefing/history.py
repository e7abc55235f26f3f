"""What each briefing gained and lost since the previous build, said to the editor after each build.

An entry is its dates and its wording: a reworded entry counts as one dropped and one added.
Each build keeps its entries per topic in CACHE_PATH/topic-entries.json (beside the engine's
versioned folder, so a code change still compares with the last build, and CI's cached cache/
compares with the last deploy) and writes the full comparison to CACHE_PATH/topic-changes.txt;
the console shows a few lines per topic. Switches follow Pelican's cache: LOAD_CONTENT_CACHE
reads the previous build's entries, CACHE_CONTENT writes this build's.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from pelican import signals
from pelican.log import console

from .model import Briefing, Event
from .report import build_failing, left_out_topics

ENTRIES_FILE = "topic-entries.json"
REPORT_FILE = "topic-changes.txt"
SHOWN = 5  # added or dropped entries shown per topic; the report file has them all
_pending: list[str] = []  # this build's summary, shown once the site is written


def entry_line(event: Event) -> str:
    """An entry as compared and shown: its dates, then its wording."""
    when = f"{event.start} to {event.end}" if event.end else event.start
    return f"{when}  {event.text}"


def compare(previous: dict[str, list[str]] | None, current: dict[str, list[str]], shown: int | None = SHOWN) -> list[str]:
    """Per topic, the entries added (+) and dropped (-) since `previous` (None: no previous build);
    at most `shown` of each per topic (None: all)."""
    if previous is None:
        return [f"briefing changes: no previous build to compare with; {_topics(len(current))} recorded for the next build"]
    lines: list[str] = []
    for slug in sorted(current.keys() | previous.keys()):
        if slug not in previous:
            lines.append(f"  {slug}: new topic, {_entries(len(current[slug]))}")
            continue
        if slug not in current:
            lines.append(f"  {slug}: no longer published (had {_entries(len(previous[slug]))})")
            continue
        old, new = Counter(previous[slug]), Counter(current[slug])
        added, dropped = sorted((new - old).elements()), sorted((old - new).elements())
        if added or dropped:
            lines.append(f"  {slug}: {len(added)} added, {len(dropped)} dropped, {_entries(len(current[slug]))} now")
            lines += _some("+", added, shown) + _some("-", dropped, shown)
    header = "briefing changes since the previous build:" if lines else f"briefing changes since the previous build: none ({_topics(len(current))})"
    return [header, *lines]


def record(briefings: Sequence[Briefing], cache: Any) -> None:
    """Compare this build's entries with the previous build's, keep them for the next, and queue
    the summary for the end of the build. `cache` is the build's ExtractionCache (its folder and switches).

    A build that left files out for their errors is compared but not kept: the next build compares
    with the last good one. A topic left out is not compared (it did not go away)."""
    current = {b.topic.slug: [entry_line(e) for e in b.events] for b in briefings}
    folder: Path | None = cache.parent
    previous = _read(folder / ENTRIES_FILE) if folder is not None and cache.load_enabled else None
    if previous is not None:
        previous = {slug: entries for slug, entries in previous.items() if slug not in left_out_topics()}
    failing = build_failing()
    if folder is not None and cache.save_enabled and not failing:
        _write(folder / ENTRIES_FILE, json.dumps(current, ensure_ascii=False, indent=1, sort_keys=True) + "\n")
        _write(folder / REPORT_FILE, "\n".join(compare(previous, current, shown=None)) + "\n")
    shown = compare(previous, current) if folder is not None and cache.load_enabled else []
    if shown and failing:
        shown.append("  (files were left out of this build: the next build compares with the last one that had none)")
    _pending[:] = shown


def _show(_pelican: Any) -> None:
    """finalized: the summary after the build's own messages."""
    for line in _pending:
        console.print(line, markup=False, highlight=False, soft_wrap=True)
    _pending.clear()


def _some(sign: str, entries: list[str], shown: int | None) -> list[str]:
    lines = [f"    {sign} {entry}" for entry in entries[:shown]]
    if shown is not None and len(entries) > shown:
        lines.append(f"    {sign} ... and {len(entries) - shown} more ({REPORT_FILE} in the cache folder)")
    return lines


def _topics(count: int) -> str:
    return f"{count} topic{'' if count == 1 else 's'}"


def _entries(count: int) -> str:
    return f"{count} entr{'y' if count == 1 else 'ies'}"


def _read(path: Path) -> dict[str, list[str]] | None:
    """The previous build's entries, or None when there is no usable record."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or not all(isinstance(v, list) for v in data.values()):
        return None
    return data


def _write(path: Path, text: str) -> None:
    """Whole or not at all: a build killed mid-write must not leave half a record."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
        os.replace(temporary, path)
    except BaseException:
        os.unlink(temporary)
        raise


def connect_signals() -> None:
    signals.finalized.connect(_show)
