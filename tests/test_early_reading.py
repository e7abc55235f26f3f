"""Early reading (briefing.early): articles read by a spare core while Pelican reads the rest."""

from __future__ import annotations

import multiprocessing
import pickle
import threading
import time
from datetime import datetime, timezone
from pathlib import Path
from types import SimpleNamespace

from briefing.cache import ExtractionCache
from briefing.early import CHUNK, EarlyReader
from briefing.model import TopicSpec
from briefing.sources import html_to_text, source_doc
from briefing.timeline import read_article
from conftest import build_site
from make_corpus import generate, write_corpus

SPECS = [TopicSpec(slug="ev", title="EV plants", match=("Oppama",), fiscal_year_start=4),
         TopicSpec(slug="chips", title="Chips", match=("wafer",))]


def article(number: int) -> SimpleNamespace:
    html = (f"<p>Nissan said on March {number % 28 + 1}, 2025 it would stop building cars at Oppama by the end "
            f"of fiscal 2027.</p><p>The plant employs {3000 + number} workers, a year earlier it had 4,500.</p>")
    return SimpleNamespace(_content=html, title=f"Oppama plant {number}", metadata={"original_url": f"https://x.test/{number}"},
                           url=f"articles/{number}.html", date=datetime(2025, 5, 1, tzinfo=timezone.utc))


def test_readings_equal_those_made_late_for_the_topics_fiscal_years() -> None:
    reader = EarlyReader(SPECS, 1)
    articles = [article(n) for n in range(2 * CHUNK)]
    for item in articles:
        reader.add(item)
    deadline = time.monotonic() + 30
    while len(reader.texts()) < len(articles) and time.monotonic() < deadline:
        time.sleep(0.05)
    texts = reader.texts()
    readings = reader.finish()
    assert texts == {a._content: html_to_text(a._content) for a in articles}
    # Only the Oppama topic matches: each article is read once, for its fiscal year (April).
    assert {fy for fy, _ in readings} == {4}
    for item in articles:
        doc = source_doc(item, texts[item._content])
        assert pickle.dumps(pickle.loads(readings[(4, doc)])) == pickle.dumps(read_article(doc, 4))


def test_only_cold_builds_with_a_spare_core_read_early(tmp_path: Path) -> None:
    cold = ExtractionCache(tmp_path, load=True, save=True)
    reader = EarlyReader.for_build(SPECS, cold, 2)
    assert reader is not None
    reader.finish()
    assert EarlyReader.for_build(SPECS, cold, 1) is None
    cold.root.mkdir(parents=True)  # a previous build of this engine version left its cache
    assert EarlyReader.for_build(SPECS, ExtractionCache(tmp_path, load=True, save=True), 2) is None


def test_site_is_the_same_with_and_without_early_reading(tmp_path: Path) -> None:
    content = tmp_path / "content"
    topic_files, article_files = generate(60, 3, seed=3)
    write_corpus(content, topic_files + article_files)
    early = build_site(content, tmp_path / "early", BRIEFING_WORKERS=2)
    serial = build_site(content, tmp_path / "serial", BRIEFING_WORKERS=1)
    files = sorted(p.relative_to(early) for p in early.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(serial) for p in serial.rglob("*") if p.is_file())
    for name in files:
        assert (early / name).read_bytes() == (serial / name).read_bytes(), name


def test_finish_stops_a_worker_with_many_large_chunks_queued() -> None:
    """Chunks larger than a pipe holds, most still queued: finish() returns what was read and the
    worker exits (Pool.terminate() could hang here for good, with its task thread mid-send)."""
    reader = EarlyReader(SPECS, 1)
    articles = [article(n) for n in range(20 * CHUNK)]
    for item in articles:
        item._content += "<p>" + "Filler words about the Oppama plant. " * 400 + "</p>"  # ~15 KB each
        reader.add(item)
    finished: list[dict] = []
    stopper = threading.Thread(target=lambda: finished.append(reader.finish()), daemon=True)
    stopper.start()
    stopper.join(timeout=120)
    assert finished, "finish() did not return"
    assert not multiprocessing.active_children()
    readings = finished[0]
    assert len(readings) < len(articles)  # stopped early, not after reading everything
    for (fiscal_year_start, doc), reading in readings.items():
        assert pickle.loads(reading) == read_article(doc, fiscal_year_start)
