"""The content folder: which articles exist, and writing new ones without ever losing an old one.

Layout under the content root:
  articles/<stem>.md        the article (see article_file)
  raw/<stem>.html.gz        the page as fetched, gzipped
  raw/<stem>.json           fetch facts (URLs, ETag, Last-Modified, Content-Type)

Write order is raw snapshot, sidecar, article: the article appears last, so a run killed at any
point leaves at most a snapshot without an article, which prepare() removes on the next run.
"""

from __future__ import annotations

import gzip
import json
import re
import threading
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Protocol

from .article_file import TOPIC_SLUG, ArticleFile, parse_article, slugify, url_slug
from .atomic import remove_stale_temp_files, sync_folders, write_atomic
from .errors import ScrapeError
from .outcome import Status
from .snapshot import Snapshot
from .urls import is_web_url, normalise_url, safe_url

_LANG = re.compile(r"^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*$")
RAW_SUFFIX = ".html.gz"
SIDECAR_SUFFIX = ".json"


class Cleaned(Protocol):
    """The fields of scraper.clean.CleanArticle the store reads."""

    url: str
    title: str
    published: str | None
    modified: str | None
    authors: list[str]
    publisher: str | None
    language: str | None
    markdown: str
    partial: bool


@dataclass
class Saved:
    """What save() did, for the run summary: the files it wrote, in write order."""

    status: Status
    stem: str
    warnings: list[str] = field(default_factory=list)
    written: list[Path] = field(default_factory=list)


@dataclass
class Plan:
    """What commit() will write for one article (text None: nothing, e.g. an editor's file)."""

    status: Status
    stem: str
    warnings: list[str] = field(default_factory=list)
    text: str | None = None
    snapshot: Snapshot | None = None
    sequence: int = 0


class ContentStore:
    """Index of the stored articles by every URL they are known under, and the only writer of content/."""

    def __init__(self, root: Path):
        self.root = root
        self.articles_dir = root / "articles"
        self.raw_dir = root / "raw"
        self._stem_by_url: dict[str, str] = {}
        self._sidecars: dict[str, dict] = {}
        self.stems: set[str] = set()
        self._planned: dict[str, tuple[int, str]] = {}  # stem -> (sequence, text) of its latest plan
        self._sequence = 0
        self._committed: dict[str, int] = {}  # stem -> sequence of the plan last written
        self._locks: dict[str, threading.Lock] = {}
        self._locks_lock = threading.Lock()

    # -- start of a run ---------------------------------------------------------------------------

    def prepare(self) -> list[str]:
        """Create the folders, remove what an interrupted run left, and index what is stored.

        Returns notes for the user (files removed, content files that are not ours).
        """
        self.articles_dir.mkdir(parents=True, exist_ok=True)
        self.raw_dir.mkdir(parents=True, exist_ok=True)
        notes = [f"removed leftover temporary file {p}" for p in remove_stale_temp_files(self.articles_dir)]
        notes += [f"removed leftover temporary file {p}" for p in remove_stale_temp_files(self.raw_dir)]
        for path in sorted(self.raw_dir.iterdir()):
            stem = _snapshot_stem(path)
            if stem and not (self.articles_dir / f"{stem}.md").exists():
                path.unlink()
                notes.append(f"removed snapshot without an article {path}")
        for path in sorted(self.articles_dir.glob("*.md")):
            try:
                article = parse_article(path.read_text(encoding="utf-8"))
            except (ValueError, UnicodeDecodeError) as exc:
                if "Content_sha256:" in path.read_text(encoding="utf-8", errors="replace"):
                    notes.append(f"{path}: scraped content file no longer readable ({exc}); left alone")
                continue  # else written by hand: not ours to index
            sidecar = self._read_sidecar(path.stem)
            self._sidecars[path.stem] = sidecar
            self._index(path.stem, [article.original_url, sidecar.get("url"), sidecar.get("final_url"), *sidecar.get("aliases", [])])
        return notes

    def _index(self, stem: str, urls: list[str | None]) -> None:
        """Remember stem under each URL (the first article known under a URL keeps it)."""
        self.stems.add(stem)
        for url in urls:
            if url and is_web_url(url):
                self._stem_by_url.setdefault(normalise_url(url), stem)

    def _read_sidecar(self, stem: str) -> dict:
        path = self.raw_dir / f"{stem}{SIDECAR_SUFFIX}"
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    # -- lookups ----------------------------------------------------------------------------------

    def find(self, url: str) -> str | None:
        """Stem of the stored article known under url (original, canonical, fetched or alias URL)."""
        if not is_web_url(url):
            return None
        return self._stem_by_url.get(normalise_url(url))

    def conditional_headers(self, url: str) -> dict[str, str]:
        """If-None-Match / If-Modified-Since from the snapshot kept for url, so an unchanged page costs a 304."""
        stem = self.find(url)
        if stem is None or not self.raw_path(stem).exists():
            return {}
        sidecar = self._sidecars.get(stem, {})
        headers = {}
        if sidecar.get("etag"):
            headers["If-None-Match"] = sidecar["etag"]
        if sidecar.get("last_modified"):
            headers["If-Modified-Since"] = sidecar["last_modified"]
        return headers

    def raw_path(self, stem: str) -> Path:
        return self.raw_dir / f"{stem}{RAW_SUFFIX}"

    def article_path(self, stem: str) -> Path:
        return self.articles_dir / f"{stem}.md"

    def load_snapshot(self, stem: str) -> Snapshot:
        """The kept page and fetch facts of a stored article, for re-cleaning offline."""
        path = self.raw_path(stem)
        try:
            body = gzip.decompress(path.read_bytes())
        except FileNotFoundError:
            raise ScrapeError(f"{stem}: no raw snapshot {path}") from None
        except (OSError, EOFError) as exc:
            raise ScrapeError(f"{stem}: unreadable raw snapshot {path}: {exc}") from None
        sidecar = self._read_sidecar(stem)
        article = self.read_article(stem)
        url = sidecar.get("url") or article.original_url
        return Snapshot(
            body=body,
            url=url,
            final_url=sidecar.get("final_url") or url,
            content_type=sidecar.get("content_type"),
            etag=sidecar.get("etag"),
            last_modified=sidecar.get("last_modified"),
            source=sidecar.get("source") or "http",
        )

    def read_article(self, stem: str) -> ArticleFile:
        path = self.article_path(stem)
        try:
            return parse_article(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise ScrapeError(f"{stem}: no content file {path}") from None
        except (ValueError, UnicodeDecodeError) as exc:
            raise ScrapeError(f"{path}: not a scraped content file ({exc})") from None

    # -- writing ----------------------------------------------------------------------------------

    def flush(self) -> None:
        """Make this run's renames durable; called once at the end of a run."""
        sync_folders(self.raw_dir, self.articles_dir)

    def save(
        self,
        cleaned: Cleaned,
        snapshot: Snapshot,
        topics: list[str] | tuple[str, ...] = (),
        *,
        stem: str | None = None,
    ) -> Saved:
        """Store one cleaned article now: plan() then commit()."""
        return self.commit(self.plan(cleaned, snapshot, topics, stem=stem))

    def plan(
        self,
        cleaned: Cleaned,
        snapshot: Snapshot,
        topics: list[str] | tuple[str, ...] = (),
        *,
        stem: str | None = None,
    ) -> Plan:
        """Decide what storing one cleaned article means: new, rewritten, unchanged, or refused
        because an editor changed it. Writes nothing; call from one thread only.

        The article is identified by its canonical URL (also by the URLs it was fetched under), so
        the same article fetched twice or under two URLs is stored once. stem forces the target
        (re-cleaning a kept snapshot). The index learns the article at once, so a later plan for
        the same article finds it even before this one is committed.
        """
        for topic in topics:
            if not TOPIC_SLUG.match(topic):
                raise ScrapeError(f"{topic!r}: not a topic slug (lower-case letters, digits and dashes)")
        original_url = _original_url(cleaned.url, snapshot)
        title = (cleaned.title or "").strip()
        if not title:
            raise ScrapeError(f"{snapshot.url}: no article title found")
        if not (cleaned.markdown or "").strip():
            raise ScrapeError(f"{snapshot.url}: no article found (empty body)")
        warnings: list[str] = []
        stem = stem or self.find(original_url) or self.find(snapshot.final_url) or self.find(snapshot.url)
        existing_text = self._latest_text(stem) if stem else None
        existing = self._parse_current(stem, existing_text) if stem and existing_text is not None else None
        if existing is not None and existing.edited:
            return Plan(Status.EDITED, stem, [f"{self.article_path(stem)}: body changed by an editor; not overwritten"])

        published = _iso_or_none(cleaned.published, "publication date", snapshot.url, warnings)
        if published is None:
            if existing is not None:
                published = existing.date
            else:
                published = datetime.now(timezone.utc).replace(microsecond=0).isoformat()
                warnings.append(f"{snapshot.url}: no publication date found; dated today ({published[:10]})")
        if stem is None:
            stem = self._new_stem(published[:10], title, original_url)
        article = ArticleFile(
            title=title,
            date=published,
            modified=_iso_or_none(cleaned.modified, "modification date", snapshot.url, warnings),
            authors=[a for a in (cleaned.authors or []) if a and a.strip()],
            publisher=(cleaned.publisher or "").strip() or _host_name(original_url),
            original_url=original_url,
            topics=_merge(existing.topics if existing else [], topics),
            lang=cleaned.language if cleaned.language and _LANG.match(cleaned.language) else None,
            partial=cleaned.partial,
            slug=stem,
            raw=f"raw/{stem}{RAW_SUFFIX}",
            body=cleaned.markdown,
        )
        text = article.render()
        status = Status.ADDED if existing is None else Status.UNCHANGED if text == existing_text else Status.UPDATED
        self._sequence += 1
        self._planned[stem] = (self._sequence, text)
        self._index(stem, [original_url, snapshot.url, snapshot.final_url])
        return Plan(status, stem, warnings, text, snapshot, self._sequence)

    def commit(self, plan: Plan) -> Saved:
        """Write a plan: snapshot first, article last, each file whole or not at all.

        Safe to call from several threads at once (the fsyncs of different articles then share
        the file system's journal commits); plans for one article are written one at a time and a
        plan older than one already written is dropped.
        """
        written: list[Path] = []
        if plan.text is not None and plan.snapshot is not None:
            with self._stem_lock(plan.stem):
                if plan.sequence > self._committed.get(plan.stem, 0):
                    written = self._write(plan.stem, plan.text, plan.snapshot)
                    self._committed[plan.stem] = plan.sequence
        return Saved(plan.status, plan.stem, plan.warnings, written)

    def _latest_text(self, stem: str) -> str | None:
        """The article's text as this run planned it while that plan is not written yet, else as it
        is on disk now (an editor may have changed it since prepare())."""
        sequence, text = self._planned.get(stem, (0, ""))
        if sequence > self._committed.get(stem, 0):
            return text
        try:
            return self.article_path(stem).read_text(encoding="utf-8")
        except FileNotFoundError:
            return None
        except UnicodeDecodeError as exc:
            raise ScrapeError(f"{self.article_path(stem)}: not a scraped content file ({exc}); left alone") from None

    def _parse_current(self, stem: str, text: str) -> ArticleFile:
        try:
            return parse_article(text)
        except ValueError as exc:
            raise ScrapeError(f"{self.article_path(stem)}: not a scraped content file ({exc}); left alone") from None

    def _stem_lock(self, stem: str) -> threading.Lock:
        with self._locks_lock:
            return self._locks.setdefault(stem, threading.Lock())

    def _write(self, stem: str, text: str, snapshot: Snapshot) -> list[Path]:
        """Write what differs, snapshot first and article last, and say which files that was; a new
        article that fails to be written (disk full, permissions) takes its snapshot with it."""
        path = self.article_path(stem)
        sidecar_path = self.raw_dir / f"{stem}{SIDECAR_SUFFIX}"
        new_article = not path.exists()
        written: list[Path] = []
        try:
            raw_path = self.raw_path(stem)
            raw = gzip.compress(snapshot.body, compresslevel=6, mtime=0)
            if not raw_path.exists() or raw_path.read_bytes() != raw:
                write_atomic(raw_path, raw)
                written.append(raw_path)
            sidecar = self._sidecar_for(stem, snapshot)
            if sidecar != self._read_sidecar(stem):
                write_atomic(sidecar_path, _json_bytes(sidecar))
                written.append(sidecar_path)
            self._sidecars[stem] = sidecar
            data = text.encode("utf-8")
            if new_article or path.read_bytes() != data:
                write_atomic(path, data)
                written.append(path)
        except OSError:
            if new_article:
                for leftover in (self.raw_path(stem), sidecar_path):
                    leftover.unlink(missing_ok=True)
            raise
        return written

    def _sidecar_for(self, stem: str, snapshot: Snapshot) -> dict:
        """New fetch facts, remembering every URL the article was asked for under (skipped next time)."""
        old = self._read_sidecar(stem)
        sidecar: dict = snapshot.sidecar()
        known = [old.get("url"), *old.get("aliases", [])] if old else []
        if old.get("url") and normalise_url(old["url"]) != normalise_url(snapshot.url):
            sidecar["url"] = old["url"]
        aliases = [u for u in dict.fromkeys([*known, snapshot.url]) if u and u != sidecar["url"]]
        if aliases:
            sidecar["aliases"] = aliases
        return sidecar

    def _new_stem(self, date: str, title: str, url: str) -> str:
        base = f"{date}-{slugify(title) or url_slug(url)}"
        stem, n = base, 2
        while stem in self.stems or self.article_path(stem).exists() or self.raw_path(stem).exists():
            stem, n = f"{base}-{n}", n + 1
        return stem


def _snapshot_stem(path: Path) -> str | None:
    for suffix in (RAW_SUFFIX, SIDECAR_SUFFIX):
        if path.name.endswith(suffix) and not path.name.startswith("."):
            return path.name[: -len(suffix)]
    return None


def _original_url(canonical: str | None, snapshot: Snapshot) -> str:
    """The page's own canonical URL when it is a web URL, else the URL we fetched it from."""
    for url in (canonical, snapshot.final_url, snapshot.url):
        if url and is_web_url(url):
            return safe_url(url)
    raise ScrapeError(f"{snapshot.url}: no http(s) URL for the article (give --url)")


def _iso_or_none(value: str | None, what: str, url: str, warnings: list[str]) -> str | None:
    """An ISO 8601 date from the cleaner, or None (with a warning) when it does not parse as one."""
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.strip()).isoformat()
    except ValueError:
        warnings.append(f"{url}: ignored malformed {what} {value[:40]!r}")
        return None


def _host_name(url: str) -> str:
    host = normalise_url(url).split("/")[2]
    return host.removeprefix("www.")


def _merge(old: list[str], new: list[str] | tuple[str, ...]) -> list[str]:
    return list(dict.fromkeys([*old, *new]))


def _json_bytes(data: dict) -> bytes:
    return (json.dumps(data, indent=2, ensure_ascii=False, sort_keys=True) + "\n").encode("utf-8")
