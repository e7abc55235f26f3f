"""Articles read by a spare core while Pelican is still reading the rest.

Pelican reads (parses Markdown of) every article in one process before our generator runs; on a
cold build the other cores sit idle for those seconds. As each article object is created
(content_object_init), its HTML goes to a forked worker that converts it to text, finds its
topics and reads it (timeline.read_article) for each fiscal-year start among them. The briefing
generator takes the texts finished when it starts, lets the worker go on while it matches articles
to topics, then raises a stop flag: the worker returns what it has read of its chunk and skips the
chunks still queued, and is then shut down cleanly (Pool.terminate() can hang for good while its
task thread is sending a chunk larger than the pipe's buffer). Whatever was not read early is read
as before.

An early result is only used where it provably equals the late one: its text where the article's
final HTML (links resolved) is the HTML that was read, its reading where the SourceDoc built then
equals the one built now. Only cold builds (no cache folder of this engine version yet) start
the worker: on a warm build the readings come from the cache and early work would be wasted.
"""

from __future__ import annotations

import dataclasses
import multiprocessing
import pickle
from ctypes import c_byte
from multiprocessing.pool import AsyncResult, Pool
from types import SimpleNamespace
from typing import Any

from .batch import yield_to_pelican
from .cache import ExtractionCache
from .model import SourceDoc, TopicSpec
from .sources import html_to_text, source_doc, topic_members
from .timeline import read_article

CHUNK = 8  # articles per task: small, so that little is lost when the worker is stopped

# (html, the article without its text, its topics' slugs as named in its metadata / its title)
_Pending = tuple[str, SourceDoc, Any]
# the texts of the chunk's first articles (as many as were read; the HTML does not travel back),
# and (article's index in its chunk, fiscal-year start, pickled reading)
_ChunkResult = tuple[list[str], list[tuple[int, int, bytes]]]
_PROTOCOL = pickle.HIGHEST_PROTOCOL
_stop: c_byte | None = None  # in the worker: set by finish(), read before each article


class EarlyReader:
    """A one-process pool reading articles handed to it, chunk by chunk, until stopped."""

    def __init__(self, specs: list[TopicSpec], workers: int) -> None:
        self._specs = specs
        context = multiprocessing.get_context("fork")
        self._stop = context.Value("b", 0, lock=False)
        self._pool: Pool | None = context.Pool(workers, initializer=_start_worker, initargs=(self._stop,))
        self._pending: list[_Pending] = []
        self._submitted: list[tuple[list[_Pending], AsyncResult]] = []
        self._finished: list[tuple[list[_Pending], dict[str, str], list[tuple[int, int, bytes]]]] = []

    @classmethod
    def for_build(cls, specs: list[TopicSpec], cache: ExtractionCache, workers: int) -> EarlyReader | None:
        """A reader when this is a cold build with a core to spare and fork available, else None."""
        warm = cache.load_enabled and cache.root is not None and cache.root.is_dir()
        if warm or workers <= 1 or "fork" not in multiprocessing.get_all_start_methods():
            return None
        return cls(specs, workers - 1)

    def add(self, article: Any) -> None:
        """Queue one article (called as Pelican creates it); a full chunk goes to the worker."""
        proxy = SimpleNamespace(title=article.title, metadata={"topics": article.metadata.get("topics", "")})
        self._pending.append((article._content, source_doc(article, ""), proxy))
        if len(self._pending) >= CHUNK and self._pool is not None:
            self._submitted.append((self._pending, self._pool.apply_async(_read_chunk, (self._pending, self._specs))))
            self._pending = []

    def texts(self) -> dict[str, str]:
        """HTML -> text of the chunks finished so far (the worker goes on reading)."""
        texts: dict[str, str] = {}
        for _, chunk_texts, _ in self._collect():
            texts.update(chunk_texts)
        return texts

    def finish(self) -> dict[tuple[int, SourceDoc], bytes]:
        """The readings made so far, by (fiscal-year start, doc); the worker is stopped.

        Readings stay pickled: the briefing workers unpickle those they use, in parallel, instead
        of this process unpickling them all.
        """
        if self._pool is not None:
            self._stop.value = 1
            self._pool.close()
            self._pool.join()
            self._pool = None
        readings: dict[tuple[int, SourceDoc], bytes] = {}
        for chunk, chunk_texts, chunk_readings in self._collect():
            for index, fiscal_year_start, reading in chunk_readings:
                html, bare, _ = chunk[index]
                readings[(fiscal_year_start, dataclasses.replace(bare, text=chunk_texts[html]))] = reading
        self._submitted = []
        self._pending = []
        return readings

    def _collect(self) -> list[tuple[list[_Pending], dict[str, str], list[tuple[int, int, bytes]]]]:
        """Each finished chunk with its results (results are fetched once)."""
        still_running = []
        for chunk, result in self._submitted:
            if result.ready():
                if result.successful():
                    texts, readings = result.get()
                    self._finished.append((chunk, {chunk[i][0]: text for i, text in enumerate(texts)}, readings))
            else:
                still_running.append((chunk, result))
        self._submitted = still_running
        return self._finished


def _start_worker(stop: c_byte) -> None:
    global _stop
    _stop = stop
    yield_to_pelican()


def _read_chunk(pending: list[_Pending], specs: list[TopicSpec]) -> _ChunkResult:
    """In the worker: text, topics and readings (pickled) of a chunk of articles, up to the stop flag."""
    texts: list[str] = []
    readings: list[tuple[int, int, bytes]] = []
    for index, (html, bare, proxy) in enumerate(pending):
        if _stop is not None and _stop.value:
            break
        text = html_to_text(html)
        texts.append(text)
        doc = dataclasses.replace(bare, text=text)
        members = topic_members([proxy], [text], specs)
        for fiscal_year_start in {spec.fiscal_year_start for spec, found in zip(specs, members) if found}:
            readings.append((index, fiscal_year_start, pickle.dumps(read_article(doc, fiscal_year_start), _PROTOCOL)))
    return texts, readings
