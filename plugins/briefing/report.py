"""Bad input in a build: one line per problem (file:line: what is wrong; expected what), never a traceback.

How a bad content or topic file reaches the build's log, made one line each here:

- Topic files are read and checked by the plugin (read_checked_topics): every problem is logged,
  and a file with an error is left out.
- Article files Pelican cannot read: Pelican logs "Could not process <file>" (without the reason)
  or "Skipping <file>: could not find information about 'title'" and leaves the file out; a log
  filter replaces that with the problem checks.py finds in the file.
- Once the site is written without them, files left out fail the build (BriefingInputError), so
  the rest of the site is still there to preview.
- Pelican's last word on a failed build logs the exception with its traceback; for
  BriefingInputError, and for --fatal stopping at a warning already printed, a log filter drops
  the traceback and keeps the message.

`make publish` runs with --fatal warnings, so there the first warning or error stops the build.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from pelican import signals
from pelican.log import LimitFilter

from .checks import Problem, check_article, check_topic, display_path, empty_topic, line_of, located, read_header, unknown_topics
from .model import TopicSpec
from .overrides import describe
from .sources import article_topics
from .topics import TopicValueError, override, topic_spec

logger = logging.getLogger(__name__)
_FATAL_STOP = "Warning or error encountered"  # the RuntimeError pelican.log raises under --fatal
_NOT_PROCESSED = "Could not process %s"  # pelican.generators, with the file relative to PATH
_MISSING = "Skipping %s: could not find information about '%s'"  # pelican.contents, with the content object


class BriefingInputError(Exception):
    """The build cannot go on with the editor's files; every problem is already logged, one line each."""


class _Build:
    """The running build's content and article folders, and the files it left out for their errors."""

    content = ""
    articles: tuple[str, ...] = ()
    unreadable = 0  # article files
    left_out: list[str] = []  # topic slugs


def log_problems(problems: Iterable[Problem]) -> None:
    """Each problem as one log line: an error, or a warning."""
    for problem in problems:
        (logger.error if problem.is_error else logger.warning)("%s", problem)


def read_checked_topics(content: str, paths: list[str], read: Callable[[str], Any]) -> tuple[list[Any], list[TopicSpec]]:
    """Each topic file (path relative to `content`) read by `read` and made a TopicSpec, after
    checks.py looked at it; every problem is logged, and a file with an error is left out (the
    build fails once the rest is written)."""
    topics: list[Any] = []
    specs: list[TopicSpec] = []
    for path in paths:
        shown = display_path(os.path.join(content, path))
        try:
            text = Path(content, path).read_text(encoding="utf-8")
        except UnicodeDecodeError as error:
            problems = [Problem(shown, 0, f"not UTF-8 text ({error.reason} at byte {error.start})", "a UTF-8 Markdown file")]
        else:
            problems = check_topic(shown, text)
        if not any(p.is_error for p in problems):
            try:
                topic = read(path)
                spec = topic_spec(topic.slug, topic.metadata, topic.content)
            except TopicValueError as error:
                problems.append(located(shown, line_of(text, error.key, error.value), error))
            except Exception as error:  # Pelican's reader on a file checks.py passed: still one line
                problems.append(Problem(shown, 0, f"Pelican cannot read it ({type(error).__name__}: {error})"))
            else:
                topics.append(topic)
                specs.append(spec)
        log_problems(problems)
        if any(p.is_error for p in problems):
            _Build.left_out.append(Path(path).stem)
    return topics, specs


def published_topics(
    topics: list[tuple[Any, list[Any]]], specs: list[TopicSpec], articles: Iterable[Any], folder: str
) -> tuple[list[tuple[Any, list[Any]]], list[TopicSpec]]:
    """The (topic, its articles) pairs worth a page, with their specs. Warns about articles naming
    a topic that has no file in `folder`, and about topics without articles, left unpublished."""
    known = [topic.slug for topic, _ in topics] + _Build.left_out  # a topic left out for its errors still exists
    log_problems(unknown_topics(((a.source_path, article_topics(a)) for a in articles), known, folder))
    kept = [i for i, (topic, members) in enumerate(topics) if members]
    log_problems(empty_topic(display_path(topic.source_path), topic.slug, spec.match)
                 for (topic, members), spec in zip(topics, specs) if not members)
    return [topics[i] for i in kept], [specs[i] for i in kept]


def log_briefing_warnings(topic: Any, warnings: list[str]) -> None:
    """A briefing's warnings; one about an override that matched nothing is placed at its line."""
    lines = _override_lines(topic.source_path) if warnings else {}
    for warning in warnings:
        found = next(((described, line) for described, line in lines.items() if f"override '{described}'" in warning), None)
        if found is None:
            logger.warning("%s", warning)
            continue
        described, line = found
        logger.warning("%s", Problem(display_path(topic.source_path), line, f"{described}: matched nothing on the timeline",
                                     f"words of an extracted entry (topics/{topic.slug}/briefing.json lists them), or remove the line",
                                     "warning"))


def _override_lines(path: str) -> dict[str, int]:
    """Each hide and reword of a topic file, as overrides.describe words it, and its line."""
    try:
        header = read_header(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError):
        return {}
    lines: dict[str, int] = {}
    for entry in header.lines:
        if entry.key.lower() in ("hide", "reword") and entry.value:
            try:
                lines.setdefault(describe(override(entry.key.lower(), entry.value)), entry.line)
            except TopicValueError:
                continue
    return lines


class _ContentFileErrors(logging.Filter):
    """Pelican's report of an article it could not read, replaced by the problem found in the file."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.msg == _NOT_PROCESSED and record.args:
            path, reason = os.path.join(_Build.content, str(record.args[0])), sys.exc_info()[1]
        elif record.msg == _MISSING and record.args:
            path, reason = str(record.args[0]), None
        else:
            return True
        record.msg, record.args = "%s", (_article_problem(path, reason),)
        _Build.unreadable += 1
        return True


def _article_problem(path: str, reason: BaseException | None) -> str:
    shown = display_path(path)
    if not os.path.abspath(path).startswith(_Build.articles):  # a page: checks.py knows article files only
        return f"{shown}: {reason or 'Pelican cannot read it'}"
    try:
        problems = [p for p in check_article(shown, Path(path).read_text(encoding="utf-8")) if p.is_error]
    except (OSError, UnicodeDecodeError) as error:
        return f"{shown}: cannot read it ({error})"
    if not problems:
        return f"{shown}: {reason or 'Pelican cannot read it'}"
    more = f" (and {len(problems) - 1} more: scripts/topic.py check)" if len(problems) > 1 else ""
    return f"{problems[0]}{more}"


class _NoTraceback(logging.Filter):
    """Pelican's last word on a build stopped by bad input, kept to its message."""

    def filter(self, record: logging.LogRecord) -> bool:
        error = record.exc_info[1] if record.exc_info else None
        if isinstance(error, BriefingInputError):
            message = str(error)
        elif isinstance(error, RuntimeError) and str(error) == _FATAL_STOP:
            message = "the build stopped at the warning or error above (warnings are fatal in this build)"
        else:
            return True  # anything else is a bug: its traceback is wanted
        record.msg, record.args, record.exc_info, record.exc_text = "%s", (message,), None, None
        return True


_CONTENT_FILE_ERRORS = _ContentFileErrors()
_NO_TRACEBACK = _NoTraceback()


def _start(pelican: Any) -> None:
    settings = pelican.settings
    _Build.content = settings["PATH"]
    _Build.articles = tuple(os.path.join(os.path.abspath(settings["PATH"]), folder, "") for folder in settings["ARTICLE_PATHS"])


def left_out_topics() -> list[str]:
    """Slugs of the topic files this build left out for their errors."""
    return list(_Build.left_out)


def build_failing() -> bool:
    """Whether this build has left out a file for its errors (so it will fail)."""
    return bool(_Build.unreadable or _Build.left_out)


def _reset(_pelican: Any) -> None:
    """get_generators: a build (or an autoreload re-build) starts. Pelican's log filter drops a
    message it has seen before in this process, so under --autoreload a rebuild would stay silent
    about a problem the first build reported: each build starts with a clean slate."""
    _Build.unreadable, _Build.left_out = 0, []
    LimitFilter._raised_messages.clear()
    LimitFilter._group_count.clear()


def _fail_on_left_out(_pelican: Any) -> None:
    """finalized: the site is written; a file it had to leave out fails the build. Not under
    --autoreload (make serve): Pelican re-runs a failed build there at once, in a loop, instead of
    waiting for the fix, so the preview just says so and waits."""
    count = _Build.unreadable + len(_Build.left_out)
    _Build.unreadable, _Build.left_out = 0, []
    if not count:
        return
    message = f"{count} file{'s' if count > 1 else ''} with errors (above) left out of the site: the build failed"
    if _in_autoreload():
        logger.error("%s; the preview waits for the fix", message)
        return
    raise BriefingInputError(message)


def _in_autoreload() -> bool:
    """Whether this build runs in Pelican's --autoreload loop (pelican.autoreload is on the stack)."""
    frame = sys._getframe()
    while frame is not None:
        if frame.f_code.co_name == "autoreload" and frame.f_globals.get("__name__") == "pelican":
            return True
        frame = frame.f_back
    return False


def connect_signals() -> None:
    logging.getLogger("pelican").addFilter(_NO_TRACEBACK)
    for name in ("pelican.generators", "pelican.contents"):
        logging.getLogger(name).addFilter(_CONTENT_FILE_ERRORS)
    signals.initialized.connect(_start)
    signals.get_generators.connect(_reset)
    signals.finalized.connect(_fail_on_left_out)
