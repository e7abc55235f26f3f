"""Extraction results kept between builds, so a rebuild only reads new or edited articles.

Reading an article (HTML to text, dates, statements, figures) is the plugin's expensive part and
depends only on the article itself and its topic's fiscal-year start; a topic's briefing
depends only on its spec and its articles. Both are cached under keys that hash exactly those
inputs, inside a folder named after the engine version (a hash of the plugin's source files):
editing any engine module starts a fresh folder, so a stale result never survives a code change.

Layout under Pelican's CACHE_PATH (next to Pelican's own content cache, so CI caches one folder):

    briefing-<version>/texts.pickle              article HTML -> plain text
    briefing-<version>/briefings.pickle          topic spec + its articles -> Briefing
    briefing-<version>/articles-<topic>.pickle   one topic's article readings

A few pickle files rather than one per article: on our build machines a file create costs
0.2-0.9 ms, which for 10,000 articles would add seconds to every cold build. Per-topic files keep
a rebuild from loading (and rewriting) the readings of topics whose articles did not change:
when a topic's briefing is a hit, its readings file is not even opened. Each file is written
only when something in it changed, atomically, and holds only the entries the last build used,
so nothing grows with edited or deleted articles. Switches follow Pelican's: LOAD_CONTENT_CACHE
reads, CACHE_CONTENT writes.
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import shutil
import tempfile
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

from .model import SourceDoc

logger = logging.getLogger(__name__)
T = TypeVar("T")
_PACKAGE = Path(__file__).resolve().parent
_PREFIX = "briefing-"


@cache
def engine_version() -> str:
    """Hash of every Python source file of the briefing package (timex included)."""
    digest = hashlib.sha256()
    for path in sorted(_PACKAGE.rglob("*.py")):
        digest.update(path.relative_to(_PACKAGE).as_posix().encode())
        digest.update(b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()[:16]


def content_key(*parts: str) -> str:
    """A cache key from the inputs a result depends on (NUL-separated so parts cannot run together)."""
    return hashlib.sha256("\0".join(parts).encode("utf-8")).hexdigest()


def doc_key(doc: SourceDoc) -> str:
    """Every field of a SourceDoc: results quote the doc they came from, so any change must miss."""
    return content_key(doc.url, doc.title, doc.publisher, doc.published.isoformat(), doc.local_url, doc.text)


class Store:
    """One pickle file of results: loaded on first use, saved only when this build changed it."""

    def __init__(self, path: Path | None, load: bool, save: bool) -> None:
        self.path = path
        self._load_enabled = load and path is not None
        self._save_enabled = save and path is not None
        self._entries: dict[str, Any] | None = None
        self._used: dict[str, Any] = {}
        self.hits = 0
        self.misses = 0

    def find(self, key: str) -> tuple[bool, Any]:
        """(True, result) when `key` is stored, else (False, None); either way the key counts as used."""
        if key in self._used:
            return True, self._used[key]
        entries = self._loaded()
        if key in entries:
            self.hits += 1
            self._used[key] = entries[key]
            return True, entries[key]
        return False, None

    def put(self, key: str, value: Any) -> None:
        """Keep a result computed in this build."""
        if key not in self._used:
            self.misses += 1
        self._used[key] = value

    def get_or_compute(self, key: str, compute: Callable[[], T]) -> T:
        """The stored result for `key`, else compute() (kept for the next build)."""
        found, value = self.find(key)
        if not found:
            value = compute()
            self.put(key, value)
        return value

    def save(self) -> None:
        """Write the entries this build used, unless it used none (file left alone) or exactly those loaded."""
        if not self._save_enabled or self.path is None or self._entries is None and not self._used:
            return
        if self.misses == 0 and self._used.keys() == self._loaded().keys():
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=self.path.parent, prefix=".", suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as out:
                pickle.dump(self._used, out, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temporary, self.path)
        except BaseException:
            os.unlink(temporary)
            raise

    def _loaded(self) -> dict[str, Any]:
        if self._entries is None:
            self._entries = self._read() if self._load_enabled else {}
        return self._entries

    def _read(self) -> dict[str, Any]:
        assert self.path is not None
        try:
            with open(self.path, "rb") as cached:
                entries = pickle.load(cached)
        except FileNotFoundError:
            return {}
        except Exception as error:  # a truncated or foreign file is a cold start, not a failed build
            logger.warning("briefing cache %s unreadable, rebuilding it: %s", self.path, error)
            return {}
        return entries if isinstance(entries, dict) else {}


class ExtractionCache:
    """The plugin's cache folder for this engine version: named stores, one pickle file each."""

    def __init__(self, directory: str | os.PathLike | None, load: bool, save: bool, version: str | None = None):
        self.version = version or engine_version()
        self.parent = Path(directory) if directory else None
        self.root = self.parent / f"{_PREFIX}{self.version}" if self.parent else None
        self.load_enabled = load and self.root is not None
        self.save_enabled = save and self.root is not None
        self._stores: dict[str, Store] = {}
        self._counts = {"hits": 0, "misses": 0}

    @classmethod
    def from_settings(cls, settings: dict) -> ExtractionCache:
        return cls(settings.get("CACHE_PATH"), load=settings.get("LOAD_CONTENT_CACHE", False),
                   save=settings.get("CACHE_CONTENT", False))

    def store(self, name: str) -> Store:
        """The store `name` (a file name stem), opened once per build."""
        if name not in self._stores:
            path = self.root / f"{name}.pickle" if self.root else None
            self._stores[name] = Store(path, self.load_enabled, self.save_enabled)
        return self._stores[name]

    def count(self, hits: int, misses: int) -> None:
        """Add lookups made elsewhere (a worker process) to this build's totals."""
        self._counts["hits"] += hits
        self._counts["misses"] += misses

    @property
    def hits(self) -> int:
        return self._counts["hits"] + sum(s.hits for s in self._stores.values())

    @property
    def misses(self) -> int:
        return self._counts["misses"] + sum(s.misses for s in self._stores.values())

    def save(self) -> None:
        """Save every store; drop files no store of this build named, and other engine versions."""
        if not self.save_enabled or self.root is None or self.parent is None:
            return
        for store in self._stores.values():
            store.save()
        if self.root.is_dir():
            for path in self.root.iterdir():
                if path.suffix == ".pickle" and path.stem not in self._stores:
                    path.unlink(missing_ok=True)
        for other in self.parent.glob(f"{_PREFIX}*"):
            if other != self.root and other.is_dir():
                shutil.rmtree(other, ignore_errors=True)


def cached_reader(store: Store, read: Callable[[SourceDoc, int], T]) -> Callable[[SourceDoc, int], T]:
    """`read(doc, fiscal_year_start)` answered from `store` when the same doc was read before."""

    def read_cached(doc: SourceDoc, fiscal_year_start: int) -> T:
        key = content_key("article", str(fiscal_year_start), doc_key(doc))
        return store.get_or_compute(key, lambda: read(doc, fiscal_year_start))

    return read_cached
