"""Command line for an editor's topics: `new` starts one, `list` shows them with their counts, `check`
finds every problem in the content files without building.

Exit codes: 0 all went well, 1 a problem was found (check) or the file could not be written (new),
2 bad usage.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

from briefing.checks import TOPIC_SLUG, Problem, check_topic, display_path
from briefing.history import ENTRIES_FILE
from briefing.topics import TopicValueError, figures_size, fiscal_year_start, timeline_size

from scraper.article_file import slugify
from scraper.known_topics import TOPICS_FOLDER
from scraper.sources import read_sources

from .content import ContentFolder

REPO = Path(__file__).resolve().parents[2]
SETTINGS = REPO / "pelican.conf.py"
EXIT_PROBLEMS, EXIT_USAGE = 1, 2


class UsageError(Exception):
    """Arguments that cannot make a topic."""


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        return args.run(args)
    except UsageError as error:
        parser.print_usage(sys.stderr)
        print(f"error: {error}", file=sys.stderr)
        return EXIT_USAGE


# -- new ---------------------------------------------------------------------------------------------


def _new(args: argparse.Namespace) -> int:
    title = " ".join(args.title.split())
    if not title:
        raise UsageError("the title is empty")
    slug = args.slug or slugify(title)
    if not TOPIC_SLUG.match(slug):
        raise UsageError(f"--slug {slug!r}: a topic slug is lower-case letters, digits and dashes")
    keywords = list(dict.fromkeys(k.strip() for value in args.match or [] for k in value.split(",") if k.strip()))
    header = [f"Title: {title}"]
    if keywords:
        header.append(f"Match: {', '.join(keywords)}")
    for key, value, read in (("Fiscal_year_start", args.fiscal_year_start, fiscal_year_start),
                             ("Timeline_size", args.timeline_size, timeline_size),
                             ("Figures_size", args.figures_size, figures_size)):
        if value is not None:
            try:
                read(value.strip())
            except TopicValueError as error:
                raise UsageError(f"--{key.lower().replace('_', '-')} {value}: {error.problem}; expected {error.expected}") from None
            header.append(f"{key}: {value.strip()}")
    summary = (args.summary or "").strip()
    text = "\n".join(header) + "\n\n" + (summary + "\n" if summary else "")
    path = args.content / TOPICS_FOLDER / f"{slug}.md"
    problems = [p for p in check_topic(display_path(path), text) if p.is_error]
    if problems:  # the arguments made a value the build would refuse (a stray newline, say)
        raise UsageError(str(problems[0]))
    try:
        _create(path, text)
    except FileExistsError:
        print(f"error: {display_path(path)}: already exists; edit it, or choose another --slug", file=sys.stderr)
        return EXIT_PROBLEMS
    except OSError as error:
        print(f"error: {display_path(path)}: cannot write it ({error.strerror or error})", file=sys.stderr)
        return EXIT_PROBLEMS
    print(f"wrote {display_path(path)}")
    if not summary:
        print(f"note: the briefing opens with the summary below its header; write it in {display_path(path)}")
    print(f"next: python scripts/scrape.py add URL... --topic {slug}")
    return 0


def _create(path: Path, text: str) -> None:
    """Write a new file whole, never over an existing one (FileExistsError)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temporary, 0o644)
        os.link(temporary, path)  # fails if the file appeared meanwhile: nothing is overwritten
    finally:
        os.unlink(temporary)


# -- list --------------------------------------------------------------------------------------------


def _list(args: argparse.Namespace) -> int:
    folder = ContentFolder.read(args.content, _settings(args.content))
    if not folder.topics:
        print(f"no topics in {display_path(args.content / TOPICS_FOLDER)}; start one with scripts/topic.py new TITLE --match KEYWORD")
        return 0
    entries = _last_build_entries(args.cache or args.content.resolve().parent / "cache")
    rows = [(t.slug, str(len(t.articles)), str(len(entries[t.slug])) if entries and t.slug in entries else "-", t.title)
            for t in folder.topics]
    header = ("topic", "articles", "entries", "title")
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(3)]
    for row in [header, *rows]:
        print(f"{row[0]:<{widths[0]}}  {row[1]:>{widths[1]}}  {row[2]:>{widths[2]}}  {row[3]}")
    errors = [p for p in folder.problems if p.is_error]
    notes = ["entries: on the timeline as of the last build" if entries is not None else "entries: no build yet (make html)"]
    if errors:
        notes.append(f"{_count(len(errors), 'error')} in the content files: scripts/topic.py check")
    print("\n" + "; ".join(notes))
    return 0


def _last_build_entries(cache: Path) -> dict[str, list[str]] | None:
    try:
        data = json.loads((cache / ENTRIES_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


# -- check -------------------------------------------------------------------------------------------


def _check(args: argparse.Namespace) -> int:
    folder = ContentFolder.read(args.content, _settings(args.content))
    sources: Path = args.sources or args.content / "sources.txt"
    problems = sorted(folder.problems + _source_problems(sources, [t.slug for t in folder.topics]), key=lambda p: (p.path, p.line))
    for problem in problems:
        print(f"{problem.severity}: {problem}")
    errors = sum(p.is_error for p in problems)
    warnings = len(problems) - errors
    checked = f"checked {_count(len(folder.topics), 'topic')}, {_count(len(folder.articles), 'article')}" + (
        f" and {display_path(sources)}" if sources.exists() else "")
    print(f"{checked}: {_count(errors, 'error')}, {_count(warnings, 'warning')}", file=sys.stderr)
    return EXIT_PROBLEMS if errors or (args.strict and warnings) else 0


def _source_problems(path: Path, topics: list[str]) -> list[Problem]:
    """The sources list's bad lines: what `make scrape` would refuse."""
    if not path.exists():
        return []
    problems = []
    for entry in read_sources(path):
        where, _, line = entry.where.rpartition(":")
        shown = display_path(where)
        if entry.error:
            problems.append(Problem(shown, int(line), entry.error.split(": ", 1)[1], "a URL, then the topic slugs it belongs to"))
        for slug in entry.topics if not entry.error else ():
            if slug not in topics:
                problems.append(Problem(shown, int(line), f"{slug}: no such topic, so the scraper refuses this line",
                                        f"one of {', '.join(topics) or '(no topics yet)'}"))
    return problems


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


# -- arguments ---------------------------------------------------------------------------------------


def _settings(content: Path) -> dict[str, Any]:
    """The site's Pelican settings (what the Markdown reader needs), for this content folder."""
    from pelican.settings import read_settings

    return read_settings(str(SETTINGS), override={"PATH": str(content.resolve())})


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="topic.py", description="Start, list and check the briefing topics.")
    commands = parser.add_subparsers(required=True, metavar="COMMAND")
    content = argparse.ArgumentParser(add_help=False)
    content.add_argument("--content", type=Path, default=REPO / "content", metavar="DIR", help="content folder (default: the repo's content/)")

    new = commands.add_parser("new", parents=[content], help="start a topic: content/topics/<slug>.md")
    new.add_argument("title", help="the briefing's headline")
    new.add_argument("--match", action="append", metavar="KEYWORDS",
                     help="keywords (repeatable or comma-separated): an article naming no topic joins this one when it mentions one")
    new.add_argument("--slug", help="the topic's slug, used in --topic and its URL (default: from the title)")
    new.add_argument("--summary", help="the editor's summary that opens the briefing page")
    new.add_argument("--fiscal-year-start", metavar="MONTH", help="month the fiscal year starts (4 for Japanese companies)")
    new.add_argument("--timeline-size", metavar="N", help="entries on the key timeline (default: chosen by the story)")
    new.add_argument("--figures-size", metavar="N", help="key figures shown (default: 8)")
    new.set_defaults(run=_new)

    listing = commands.add_parser("list", parents=[content], help="every topic with its articles and timeline entries")
    listing.add_argument("--cache", type=Path, metavar="DIR", help="the build cache (default: cache/ beside the content folder)")
    listing.set_defaults(run=_list)

    check = commands.add_parser("check", parents=[content], help="check every topic, article and source line without building")
    check.add_argument("--sources", type=Path, default=None, metavar="FILE", help="the sources list (default: DIR/sources.txt)")
    check.add_argument("--strict", action="store_true", help="warnings fail too, as in the production build")
    check.set_defaults(run=_check)
    return parser
