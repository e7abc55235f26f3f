"""The plugin's extraction cache: hits after a save, invalidation by engine version, no stale growth."""

from __future__ import annotations

from pathlib import Path

from briefing.cache import ExtractionCache, content_key, engine_version


def computed(log: list[str], value: str):
    def compute() -> str:
        log.append(value)
        return value

    return compute


def test_second_build_reads_what_the_first_computed(tmp_path: Path) -> None:
    calls: list[str] = []
    first = ExtractionCache(tmp_path, load=True, save=True, version="v1")
    assert first.get_or_compute("a", computed(calls, "A")) == "A"
    assert first.get_or_compute("a", computed(calls, "again")) == "A"  # within a build: computed once
    first.save()

    second = ExtractionCache(tmp_path, load=True, save=True, version="v1")
    assert second.get_or_compute("a", computed(calls, "recomputed")) == "A"
    assert calls == ["A"]
    assert (second.hits, second.misses) == (1, 0)


def test_new_engine_version_starts_cold_and_removes_the_old_file(tmp_path: Path) -> None:
    old = ExtractionCache(tmp_path, load=True, save=True, version="v1")
    old.get_or_compute("a", lambda: "old result")
    old.save()

    new = ExtractionCache(tmp_path, load=True, save=True, version="v2")
    assert new.get_or_compute("a", lambda: "new result") == "new result"
    new.save()
    assert [p.name for p in tmp_path.glob("briefing-*.pickle")] == ["briefing-v2.pickle"]


def test_entries_not_used_by_the_last_build_are_dropped(tmp_path: Path) -> None:
    first = ExtractionCache(tmp_path, load=True, save=True, version="v1")
    first.get_or_compute("kept", lambda: 1)
    first.get_or_compute("deleted article", lambda: 2)
    first.save()
    second = ExtractionCache(tmp_path, load=True, save=True, version="v1")
    second.get_or_compute("kept", lambda: 0)
    second.save()

    third = ExtractionCache(tmp_path, load=True, save=True, version="v1")
    assert third.get_or_compute("deleted article", lambda: "recomputed") == "recomputed"


def test_unchanged_build_does_not_rewrite_the_file(tmp_path: Path) -> None:
    first = ExtractionCache(tmp_path, load=True, save=True, version="v1")
    first.get_or_compute("a", lambda: 1)
    first.save()
    inode = first.path.stat().st_ino  # a save writes a new file and renames it over the old one

    second = ExtractionCache(tmp_path, load=True, save=True, version="v1")
    second.get_or_compute("a", lambda: 0)
    second.save()
    assert second.path.stat().st_ino == inode


def test_switches_follow_pelicans_content_cache_settings(tmp_path: Path) -> None:
    writer = ExtractionCache.from_settings({"CACHE_PATH": str(tmp_path), "CACHE_CONTENT": True})
    writer.get_or_compute("a", lambda: 1)
    writer.save()
    assert writer.path.exists()

    not_loading = ExtractionCache.from_settings({"CACHE_PATH": str(tmp_path), "CACHE_CONTENT": True})
    assert not_loading.get_or_compute("a", lambda: "fresh") == "fresh"

    not_saving = ExtractionCache.from_settings({"CACHE_PATH": str(tmp_path / "off"), "LOAD_CONTENT_CACHE": True})
    not_saving.get_or_compute("a", lambda: 1)
    not_saving.save()
    assert not (tmp_path / "off").exists()


def test_corrupt_file_is_a_cold_start(tmp_path: Path) -> None:
    cache = ExtractionCache(tmp_path, load=False, save=True, version="v1")
    cache.path.write_bytes(b"not a pickle")
    reread = ExtractionCache(tmp_path, load=True, save=True, version="v1")
    assert reread.get_or_compute("a", lambda: "computed") == "computed"


def test_keys_separate_their_parts_and_version_is_stable() -> None:
    assert content_key("ab", "c") != content_key("a", "bc")
    assert engine_version() == engine_version()
    assert len(engine_version()) == 16
