"""What the user sees: one-line warnings and errors as they happen, a progress bar on a terminal,
and a summary table at the end (also as Markdown in a GitHub Actions job summary)."""

from __future__ import annotations

import os
import sys
from collections import Counter
from types import TracebackType
from typing import TextIO

from .outcome import Outcome, Status

_SUMMARY_ORDER = list(Status)


class Reporter:
    """Reports pages as they finish; shows a progress bar only on an interactive terminal outside CI."""

    def __init__(self, total: int, label: str, stream: TextIO | None = None):
        self.stream = stream or sys.stderr
        self._progress = None
        if total > 1 and self.stream.isatty() and not os.environ.get("CI"):
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

            self._progress = Progress(
                TextColumn(label),
                BarColumn(),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                console=Console(file=self.stream),
                transient=True,
            )
            self._task = self._progress.add_task(label, total=total)

    def __enter__(self) -> Reporter:
        if self._progress:
            self._progress.start()
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        if self._progress:
            self._progress.stop()

    def line(self, text: str) -> None:
        """A message on stderr that does not tear the progress bar."""
        if self._progress:
            self._progress.console.print(text, markup=False, highlight=False, soft_wrap=True)
        else:
            print(text, file=self.stream, flush=True)

    def note(self, text: str) -> None:
        self.line(f"note: {text}")

    def record(self, outcome: Outcome) -> None:
        """One page done: print its warnings and error, advance the bar."""
        for warning in outcome.warnings:
            self.line(f"warning: {warning}")
        if outcome.failed:
            self.line(f"error: {_with_target(outcome)}")
        if self._progress:
            self._progress.advance(self._task)

    @property
    def shows_progress(self) -> bool:
        return self._progress is not None


def summary_text(outcomes: list[Outcome]) -> str:
    """Counts per status, one row per page that was not simply added or unchanged, then every file
    written, by the input that wrote it."""
    counts = Counter(o.status for o in outcomes)
    width = max(len(s.value) for s in _SUMMARY_ORDER)
    lines = [f"{'result':<{width}}  pages", f"{'-' * width}  -----"]
    lines += [f"{s.value:<{width}}  {counts[s]:>5}" for s in _SUMMARY_ORDER if counts[s]]
    lines.append(f"{'total':<{width}}  {len(outcomes):>5}")
    notable = [o for o in outcomes if o.status in _NOTABLE]
    if notable:
        lines.append("")
        lines += [f"{o.status.value:<{width}}  {o.target}  {_reason(o)}" for o in notable]
    writers = [o for o in outcomes if o.written]
    if writers:
        lines += ["", f"files written ({sum(len(o.written) for o in writers)}):"]
        lines += [f"  {o.target} -> {', '.join(_article_first(o.written))}" for o in writers]
    return "\n".join(lines) + "\n"


def summary_markdown(outcomes: list[Outcome], title: str) -> str:
    """The same summary for $GITHUB_STEP_SUMMARY."""
    counts = Counter(o.status for o in outcomes)
    lines = [f"### {title}", "", "| result | pages |", "| --- | ---: |"]
    lines += [f"| {s.value} | {counts[s]} |" for s in _SUMMARY_ORDER if counts[s]]
    lines.append(f"| **total** | **{len(outcomes)}** |")
    notable = [o for o in outcomes if o.status in _NOTABLE]
    if notable:
        lines += ["", "| result | page | reason |", "| --- | --- | --- |"]
        lines += [f"| {o.status.value} | {_cell(o.target)} | {_cell(_reason(o))} |" for o in notable]
    writers = [o for o in outcomes if o.written]
    if writers:
        lines += ["", "| page | files written |", "| --- | --- |"]
        lines += [f"| {_cell(o.target)} | {_cell(', '.join(_article_first(o.written)))} |" for o in writers]
    return "\n".join(lines) + "\n\n"


def write_github_summary(outcomes: list[Outcome], title: str) -> None:
    """Append the summary to the job summary file when running in GitHub Actions."""
    path = os.environ.get("GITHUB_STEP_SUMMARY")
    if path:
        with open(path, "a", encoding="utf-8") as summary:
            summary.write(summary_markdown(outcomes, title))


_NOTABLE = {Status.FAILED, Status.ROBOTS, Status.EDITED}


def _reason(outcome: Outcome) -> str:
    """The detail without the leading 'target: ' the error message already carries."""
    prefix = f"{outcome.target}: "
    return outcome.detail[len(prefix) :] if outcome.detail.startswith(prefix) else outcome.detail


def _article_first(paths: list[str]) -> list[str]:
    """The article file before its snapshot files: the one an editor opens."""
    return sorted(paths, key=lambda path: not path.endswith(".md"))


def _with_target(outcome: Outcome) -> str:
    reason = _reason(outcome)
    return f"{outcome.target}: {reason}"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")
