"""After each build, what every briefing gained and lost since the previous one (kept in the build cache)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import build_site
from test_plugin import make_content

from briefing.history import ENTRIES_FILE, REPORT_FILE, compare
from briefing.report import BriefingInputError


def cached_build(content: Path, root: Path) -> Path:
    return build_site(content, root / "output", CACHE_CONTENT=True, LOAD_CONTENT_CACHE=True, CACHE_PATH=str(root / "cache"))


def test_two_builds_report_the_entries_added_and_dropped(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    content = make_content(tmp_path)
    cached_build(content, tmp_path)
    assert "briefing changes: no previous build to compare with; 1 topic recorded for the next build" in capsys.readouterr().out
    entries = json.loads((tmp_path / "cache" / ENTRIES_FILE).read_text())
    assert list(entries) == ["acme-batteries"] and "2023-01  Acme announces its battery strategy" in entries["acme-batteries"]

    cached_build(content, tmp_path)
    assert "briefing changes since the previous build: none (1 topic)" in capsys.readouterr().out

    topic = content / "topics" / "acme-batteries.md"
    topic.write_text(topic.read_text().replace("Pin: 2023-01 | Acme announces its battery strategy",
                                               "Pin: 2023-02 to 2023-03 | Acme picks Ohio for its plant"))
    cached_build(content, tmp_path)
    out = capsys.readouterr().out.splitlines()
    start = out.index("briefing changes since the previous build:")
    assert out[start + 1 : start + 4] == [
        f"  acme-batteries: 1 added, 1 dropped, {len(entries['acme-batteries'])} entries now",
        "    + 2023-02 to 2023-03  Acme picks Ohio for its plant",
        "    - 2023-01  Acme announces its battery strategy",
    ]
    assert (tmp_path / "cache" / REPORT_FILE).read_text().splitlines()[1:4] == out[start + 1 : start + 4]


def test_without_the_cache_nothing_is_compared_or_kept(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    build_site(make_content(tmp_path), tmp_path / "output", CACHE_PATH=str(tmp_path / "cache"))
    assert "briefing changes" not in capsys.readouterr().out
    assert not (tmp_path / "cache" / ENTRIES_FILE).exists()


def test_new_and_gone_topics_and_long_lists_are_summed_up() -> None:
    previous = {"kept": [f"2025-01-0{n}  Entry {n}" for n in range(1, 9)], "gone": ["2024  Old"]}
    current = {"kept": ["2025-01-01  Entry 1", "2025-01-01  Entry 1"], "new": ["2025  A", "2026  B"]}
    assert compare(previous, current, shown=2) == [
        "briefing changes since the previous build:",
        "  gone: no longer published (had 1 entry)",
        "  kept: 1 added, 7 dropped, 2 entries now",
        "    + 2025-01-01  Entry 1",
        "    - 2025-01-02  Entry 2",
        "    - 2025-01-03  Entry 3",
        f"    - ... and 5 more ({REPORT_FILE} in the cache folder)",
        "  new: new topic, 2 entries",
    ]


def test_a_failed_build_is_compared_but_not_kept(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    content = make_content(tmp_path)
    cached_build(content, tmp_path)
    kept = (tmp_path / "cache" / ENTRIES_FILE).read_text()
    topic = content / "topics" / "acme-batteries.md"
    good = topic.read_text()
    topic.write_text(good.replace("Pin: 2023-01", "Pin: 2023-13"))
    capsys.readouterr()
    with pytest.raises(BriefingInputError):
        cached_build(content, tmp_path)
    out = capsys.readouterr().out
    assert "acme-batteries" not in out  # left out for its error: not "gone"
    assert (tmp_path / "cache" / ENTRIES_FILE).read_text() == kept
    topic.write_text(good)
    cached_build(content, tmp_path)
    assert "briefing changes since the previous build: none (1 topic)" in capsys.readouterr().out
