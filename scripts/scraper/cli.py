"""Command line: `add` pages to the content folder, `extract` them as JSON, `reclean` kept snapshots.

Exit codes: 0 all went well, 1 some page failed (the others were still processed), 2 bad usage,
3 another scrape holds the content folder's lock.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

from .article_file import TOPIC_SLUG
from .clean_pool import CleanerPool
from .errors import ScrapeError
from .extract import extract_pages
from .fetch import DEFAULT_USER_AGENT, FetchPolicy
from .known_topics import known_topics, unknown_topic
from .lock import LOCK_NAME, ContentLock, FolderBusy
from .outcome import Outcome
from .pipeline import FailedJob, Job, PageJob, Pipeline, RecleanJob, UrlJob, dedupe, pages_to_clean
from .report import Reporter, summary_text, write_github_summary
from .sources import read_sources
from .store import ContentStore
from .urls import is_web_url

REPO_CONTENT = Path(__file__).resolve().parents[2] / "content"
EXIT_FAILED, EXIT_USAGE, EXIT_LOCKED = 1, 2, 3


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        return args.run(args)
    except UsageError as exc:
        parser.print_usage(sys.stderr)
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except ScrapeError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print("error: interrupted; files already written are complete, nothing is half-written", file=sys.stderr)
        return 130


class UsageError(Exception):
    """Arguments that do not make sense together."""


# -- commands ---------------------------------------------------------------------------------------


def _add(args: argparse.Namespace) -> int:
    if args.refresh and not args.sources:
        raise UsageError("--refresh goes with --sources (a URL named on the command line is always fetched)")
    known = known_topics(args.content)
    topics = _topics(args.topic, known, args.content)
    jobs: list[Job] = [UrlJob(url, topics) if is_web_url(url) else FailedJob(url, _not_a_url(url)) for url in args.urls]
    jobs += [PageJob(path, url, topics) for path, url in _saved_pages(args.html, args.url)]
    if args.sources:
        for entry in read_sources(args.sources):
            unknown = [t for t in entry.topics if t not in known]
            if entry.error or unknown:
                jobs.append(FailedJob(entry.where, entry.error or f"{entry.where}: {unknown_topic(unknown[0], known, args.content)}"))
            else:
                jobs.append(UrlJob(entry.url, tuple(dict.fromkeys(entry.topics + topics)), skip_stored=not args.refresh))
    if not jobs and not args.sources:
        raise UsageError("nothing to add: name URLs, --html PAGE or --sources FILE")
    return _run(args, dedupe(jobs), "scrape", _policy(args))


def _reclean(args: argparse.Namespace) -> int:
    def jobs(store: ContentStore) -> list[Job]:
        stems = args.stems or sorted(store.stems)
        return [RecleanJob(stem.removesuffix(".md")) for stem in stems]

    return _run(args, jobs, "reclean", FetchPolicy(max_bytes=int(args.max_mb * 1024 * 1024)))


def _extract(args: argparse.Namespace) -> int:
    failed = False
    for result in extract_pages(_saved_pages(args.pages, args.url), int(args.max_mb * 1024 * 1024), args.jobs):
        if isinstance(result, ScrapeError):
            failed = True
            print(f"error: {result}", file=sys.stderr)
        else:
            print(json.dumps(result, ensure_ascii=False), flush=True)
    return EXIT_FAILED if failed else 0


def _run(args: argparse.Namespace, jobs: list[Job] | Callable[[ContentStore], list[Job]], title: str, policy: FetchPolicy) -> int:
    """Lock the content folder, run the jobs, print the summary; jobs may be a function of the store."""
    content: Path = args.content
    content.mkdir(parents=True, exist_ok=True)
    try:
        with ContentLock(content):
            outcomes = _run_locked(content, jobs, title, policy, args.jobs)
    except FolderBusy:
        print(f"error: {content}: another scrape is running on this content folder (lock {content / LOCK_NAME})", file=sys.stderr)
        return EXIT_LOCKED
    print(summary_text(outcomes), end="")
    write_github_summary(outcomes, f"{title}: {content}")
    return EXIT_FAILED if any(o.failed for o in outcomes) else 0


def _run_locked(
    content: Path, jobs: list[Job] | Callable[[ContentStore], list[Job]], title: str, policy: FetchPolicy, workers: int | None
) -> list[Outcome]:
    store = ContentStore(content)
    notes = store.prepare()
    job_list = jobs(store) if callable(jobs) else jobs
    # The cleaner pool first: its workers fork before the progress bar starts a thread.
    with CleanerPool(pages_to_clean(job_list, store), workers) as cleaner, Reporter(len(job_list), title) as reporter:
        for note in notes:
            reporter.note(note)
        return Pipeline(store, policy, cleaner).run(job_list, reporter)


def _not_a_url(text: str) -> str:
    hint = " (a saved page? add it with --html PAGE)" if Path(text).is_file() else ""
    return f"{text}: not an http(s) URL{hint}"


def _topics(values: list[str] | None, known: list[str], content: Path) -> tuple[str, ...]:
    """The --topic slugs (repeatable, or comma-separated), each one a topic file of the content folder."""
    topics = tuple(dict.fromkeys(t.strip() for v in values or [] for t in v.split(",") if t.strip()))
    bad = [t for t in topics if not TOPIC_SLUG.match(t)]
    if bad:
        raise UsageError(f"--topic {bad[0]!r}: a topic slug is lower-case letters, digits and dashes")
    unknown = [t for t in topics if t not in known]
    if unknown:
        raise UsageError(f"--topic {unknown[0]}: {unknown_topic(unknown[0], known, content)}")
    return topics


def _saved_pages(pages: list[Path] | None, urls: list[str] | None) -> list[tuple[Path, str | None]]:
    """Each saved page with the URL it came from: the --url in the same position, or none (the page
    is then stored under its own canonical URL). Counts that do not pair up are refused."""
    pages, urls = pages or [], urls or []
    if urls and not pages:
        raise UsageError("--url goes with --html (to add a URL, name it without --url)")
    if urls and len(urls) != len(pages):
        raise UsageError(
            f"{len(pages)} saved page{'s' * (len(pages) != 1)} but {len(urls)} --url: give one --url per page, in the same order, "
            "or none (each page is then stored under its canonical URL)"
        )
    for url in urls:
        if not is_web_url(url):
            raise UsageError(f"--url {url!r}: not an http(s) URL")
    return list(zip(pages, urls or [None] * len(pages)))


def _policy(args: argparse.Namespace) -> FetchPolicy:
    return FetchPolicy(
        user_agent=args.user_agent,
        per_host=args.per_host,
        total=args.concurrency,
        delay=args.delay,
        connect_timeout=args.connect_timeout,
        read_timeout=args.read_timeout,
        deadline=args.deadline,
        max_redirects=args.max_redirects,
        max_bytes=int(args.max_mb * 1024 * 1024),
        retries=args.retries,
        backoff=args.backoff,
        max_wait=args.max_wait,
    )


# -- arguments --------------------------------------------------------------------------------------


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="scrape.py", description="Scrape news pages into briefing content files.")
    commands = parser.add_subparsers(required=True, metavar="COMMAND")
    defaults = FetchPolicy()

    content = argparse.ArgumentParser(add_help=False)
    content.add_argument("--content", type=Path, default=REPO_CONTENT, metavar="DIR", help="content folder (default: the repo's content/)")
    cleaning = argparse.ArgumentParser(add_help=False)
    cleaning.add_argument("--jobs", type=int, default=None, metavar="N", help="cleaner processes (default: all cores for many pages)")
    cleaning.add_argument("--max-mb", type=float, default=defaults.max_bytes / 1024 / 1024, metavar="MB", help="page size cap (default: %(default)s)")

    fetching = argparse.ArgumentParser(add_help=False)
    group = fetching.add_argument_group("fetching")
    group.add_argument("--user-agent", default=DEFAULT_USER_AGENT, help="User-Agent header, also matched against robots.txt")
    group.add_argument("--per-host", type=_positive_int, default=defaults.per_host, metavar="N", help="requests at a time per host (default: %(default)s)")
    group.add_argument("--concurrency", type=_positive_int, default=defaults.total, metavar="N", help="requests at a time overall (default: %(default)s)")
    group.add_argument("--delay", type=_seconds, default=defaults.delay, metavar="S", help="pause between requests to one host (default: %(default)s)")
    group.add_argument("--connect-timeout", type=_seconds, default=defaults.connect_timeout, metavar="S")
    group.add_argument("--read-timeout", type=_seconds, default=defaults.read_timeout, metavar="S")
    group.add_argument("--deadline", type=_seconds, default=defaults.deadline, metavar="S", help="longest time for one response")
    group.add_argument("--max-redirects", type=int, default=defaults.max_redirects, metavar="N")
    group.add_argument("--retries", type=int, default=defaults.retries, metavar="N", help="retries after connection errors, 429, 5xx")
    group.add_argument("--backoff", type=_seconds, default=defaults.backoff, metavar="S", help="first retry's wait, doubling")
    group.add_argument("--max-wait", type=_seconds, default=defaults.max_wait, metavar="S", help="cap on Retry-After and backoff")

    add = commands.add_parser("add", parents=[content, cleaning, fetching], help="fetch or read pages and store them as articles")
    add.add_argument("urls", nargs="*", metavar="URL")
    add.add_argument("--html", type=Path, action="append", metavar="PAGE", help="a saved page (.html or .html.gz) instead of fetching (repeatable)")
    add.add_argument("--url", action="append", help="the URL the saved page came from (optional; one per --html, in order; default: the page's canonical URL)")
    add.add_argument("--sources", type=Path, metavar="FILE", help="add every URL listed in FILE that is not stored yet")
    add.add_argument("--refresh", action="store_true", help="with --sources: also re-check stored URLs (conditional requests)")
    add.add_argument("--topic", action="append", metavar="SLUG", help="briefing topic of the articles (repeatable): a file content/topics/SLUG.md")
    add.set_defaults(run=_add)

    extract = commands.add_parser("extract", parents=[cleaning], help="print the cleaned article of saved pages as JSON lines")
    extract.add_argument("pages", nargs="+", type=Path, metavar="PAGE")
    extract.add_argument("--url", action="append", help="the URL a page came from (optional; one per page, in order)")
    extract.set_defaults(run=_extract)

    reclean = commands.add_parser("reclean", parents=[content, cleaning], help="re-run the cleaner on kept snapshots")
    reclean.add_argument("stems", nargs="*", metavar="STEM", help="articles to re-clean (default: all)")
    reclean.set_defaults(run=_reclean)
    return parser


def _positive_int(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def _seconds(text: str) -> float:
    value = float(text)
    if value < 0:
        raise argparse.ArgumentTypeError("must not be negative")
    return value
