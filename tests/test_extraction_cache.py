"""The plugin's extraction cache: hits after a save, invalidation by engine version, no stale growth."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from briefing.cache import ExtractionCache, Store, cached_reader, content_key, engine_version
from briefing.model import SourceDoc


def computed(log: list[str], value: str):
    def compute() -> str:
        log.append(value)
        return value

    return compute


def test_second_build_reads_what_the_first_computed(tmp_path: Path) -> None:
    calls: list[str] = []
    first = ExtractionCache(tmp_path, load=True, save=True, version="v1")
    assert first.store("texts").get_or_compute("a", computed(calls, "A")) == "A"
    assert first.store("texts").get_or_compute("a", computed(calls, "again")) == "A"  # once per build
    first.save()

    second = ExtractionCache(tmp_path, load=True, save=True, version="v1")
    assert second.store("texts").get_or_compute("a", computed(calls, "recomputed")) == "A"
    assert calls == ["A"]
    assert (second.hits, second.misses) == (1, 0)


def test_new_engine_version_starts_cold_and_removes_the_old_folder(tmp_path: Path) -> None:
    old = ExtractionCache(tmp_path, load=True, save=True, version="v1")
    old.store("texts").get_or_compute("a", lambda: "old result")
    old.save()

    new = ExtractionCache(tmp_path, load=True, save=True, version="v2")
    assert new.store("texts").get_or_compute("a", lambda: "new result") == "new result"
    new.save()
    assert [p.name for p in tmp_path.iterdir()] == ["briefing-v2"]


def test_entries_and_stores_not_used_by_the_last_build_are_dropped(tmp_path: Path) -> None:
    first = ExtractionCache(tmp_path, load=True, save=True, version="v1")
    first.store("texts").get_or_compute("kept", lambda: 1)
    first.store("texts").get_or_compute("deleted article", lambda: 2)
    first.store("articles-deleted-topic").get_or_compute("x", lambda: 3)
    first.save()
    second = ExtractionCache(tmp_path, load=True, save=True, version="v1")
    second.store("texts").get_or_compute("kept", lambda: 0)
    second.save()
    assert sorted(p.name for p in (tmp_path / "briefing-v1").iterdir()) == ["texts.pickle"]

    third = ExtractionCache(tmp_path, load=True, save=True, version="v1")
    assert third.store("texts").get_or_compute("deleted article", lambda: "recomputed") == "recomputed"


def test_a_store_named_but_not_used_keeps_its_file(tmp_path: Path) -> None:
    first = ExtractionCache(tmp_path, load=True, save=True, version="v1")
    first.store("articles-topic").get_or_compute("a", lambda: 1)
    first.save()
    second = ExtractionCache(tmp_path, load=True, save=True, version="v1")
    second.store("articles-topic")  # its briefing was a hit: readings not needed this build
    second.save()
    third = ExtractionCache(tmp_path, load=True, save=True, version="v1")
    assert third.store("articles-topic").get_or_compute("a", lambda: "recomputed") == 1


def test_unchanged_store_is_not_rewritten(tmp_path: Path) -> None:
    first = ExtractionCache(tmp_path, load=True, save=True, version="v1")
    first.store("texts").get_or_compute("a", lambda: 1)
    first.save()
    path = tmp_path / "briefing-v1" / "texts.pickle"
    inode = path.stat().st_ino  # a save writes a new file and renames it over the old one

    second = ExtractionCache(tmp_path, load=True, save=True, version="v1")
    second.store("texts").get_or_compute("a", lambda: 0)
    second.save()
    assert path.stat().st_ino == inode


def test_switches_follow_pelicans_content_cache_settings(tmp_path: Path) -> None:
    writer = ExtractionCache.from_settings({"CACHE_PATH": str(tmp_path), "CACHE_CONTENT": True})
    writer.store("texts").get_or_compute("a", lambda: 1)
    writer.save()
    assert writer.store("texts").path.exists()

    not_loading = ExtractionCache.from_settings({"CACHE_PATH": str(tmp_path), "CACHE_CONTENT": True})
    assert not_loading.store("texts").get_or_compute("a", lambda: "fresh") == "fresh"

    not_saving = ExtractionCache.from_settings({"CACHE_PATH": str(tmp_path / "off"), "LOAD_CONTENT_CACHE": True})
    not_saving.store("texts").get_or_compute("a", lambda: 1)
    not_saving.save()
    assert not (tmp_path / "off").exists()


def test_corrupt_file_is_a_cold_start(tmp_path: Path) -> None:
    path = tmp_path / "texts.pickle"
    path.write_bytes(b"not a pickle")
    assert Store(path, load=True, save=True).get_or_compute("a", lambda: "computed") == "computed"


def test_reader_results_are_keyed_by_every_field_of_the_doc_and_the_fiscal_year(tmp_path: Path) -> None:
    calls: list[tuple[str, int]] = []

    def read(doc: SourceDoc, fiscal_year_start: int) -> str:
        calls.append((doc.title, fiscal_year_start))
        return doc.title

    doc = SourceDoc(url="https://x.example/a", title="A", publisher="X", text="In May.",
                    published=datetime(2025, 6, 1, tzinfo=timezone.utc))
    read_cached = cached_reader(Store(tmp_path / "s.pickle", load=True, save=True), read)
    read_cached(doc, 4)
    read_cached(doc, 4)
    read_cached(doc, 1)
    read_cached(SourceDoc(**{**doc.__dict__, "title": "B"}), 4)
    read_cached(SourceDoc(**{**doc.__dict__, "published": datetime(2025, 7, 1, tzinfo=timezone.utc)}), 4)
    assert calls == [("A", 4), ("A", 1), ("B", 4), ("A", 4)]


def test_keys_separate_their_parts_and_version_is_stable() -> None:
    assert content_key("ab", "c") != content_key("a", "bc")
    assert engine_version() == engine_version()
    assert len(engine_version()) == 16
