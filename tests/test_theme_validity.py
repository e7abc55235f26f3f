"""Every built page is valid HTML (the Nu Html Checker, with our stylesheet as CSS), the feeds
as their XSL stylesheet shows them included, and no internal link is broken (LinkChecker,
offline: external URLs are left alone)."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
VNU = REPO / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


def test_nu_html_checker_finds_no_errors(indexed_site: Path, tmp_path: Path) -> None:
    java = shutil.which("java")
    assert java, "java is missing: the Nu Html Checker needs a Java 11+ runtime (apt-get install default-jre-headless)"
    assert VNU.exists(), f"{VNU} is missing: `make test` runs npm ci"
    pages = sorted(indexed_site.rglob("*.html"))
    css = sorted((indexed_site / "theme").rglob("*.css"))
    assert len(pages) >= 5
    pages += feed_pages(indexed_site, tmp_path)
    control = tmp_path / "invalid.html"  # proves, in the same JVM run, that errors are reported
    control.write_text('<!DOCTYPE html><html lang="en"><title>x</title><p id="a"></p><p id="a"></p></html>', encoding="utf-8")
    result = subprocess.run(
        [java, "-jar", str(VNU), "--errors-only", "--format", "json", "--also-check-css", *map(str, [*pages, *css, control])],
        capture_output=True, text=True, timeout=300, check=False,
    )
    errors: dict[str, list[str]] = {}
    for m in json.loads(result.stderr or result.stdout)["messages"]:
        if m.get("type") == "error" or m.get("subType") == "fatal":
            errors.setdefault(m.get("url", "").removeprefix("file:"), []).append(f"{m.get('lastLine')}: {m['message']}")
    assert errors.pop(str(control), None), "the checker let a duplicate id through"
    assert not errors, "\n".join(f"{name}:{line}" for name, lines in errors.items() for line in lines[:10])


def feed_pages(site: Path, folder: Path) -> list[Path]:
    """Each feed as a browser shows it: transformed by the XSL stylesheet it names (libxslt,
    the engine Chromium uses), written as an HTML file."""
    from lxml import etree

    pages = []
    for feed in sorted((site / "feeds").glob("*.xml")):
        document = etree.parse(str(feed))
        href = document.getroot().getprevious().get("href")
        transform = etree.XSLT(etree.parse(str(feed.parent / href)))
        pages.append(folder / f"feed-{feed.stem}.html")
        pages[-1].write_text(str(transform(document)), encoding="utf-8")
    assert pages, "the site has no feed"
    return pages


@pytest.fixture
def world_readable() -> Iterator[callable]:
    """Copies of sites that LinkChecker can read: run as root, it drops to user `nobody`, who
    cannot enter pytest's private temp folders."""
    roots: list[Path] = []

    def copy(site: Path) -> Path:
        roots.append(Path(tempfile.mkdtemp(prefix="linkcheck-")))
        target = roots[-1] / "site"
        shutil.copytree(site, target)
        for path in [roots[-1], *roots[-1].rglob("*")]:
            path.chmod(0o755 if path.is_dir() else 0o644)
        return target

    yield copy
    for root in roots:
        shutil.rmtree(root)


def broken_links(start: Path) -> tuple[int, list[str]]:
    """LinkChecker's exit code and its failures, checking only this site's own files."""
    result = subprocess.run(
        [sys.executable, "-m", "linkcheck", "--no-warnings", "--no-status", "--output=csv",
         "--ignore-url=^https?://", "--ignore-url=^mailto:", str(start)],
        capture_output=True, text=True, timeout=300, check=False,
    )
    rows = [line for line in result.stdout.splitlines() if line and not line.startswith("#")]
    records = csv.DictReader(io.StringIO("\n".join(rows)), delimiter=";")
    return result.returncode, [f"{r['parentname']}:{r['line']}: {r['urlname']}: {r['result']}" for r in records if r["valid"] != "True"]


def test_linkchecker_finds_no_broken_internal_link(indexed_site: Path, world_readable) -> None:
    code, broken = broken_links(world_readable(indexed_site) / "index.html")
    assert not broken, "\n".join(broken)
    assert code == 0


def test_linkchecker_reports_a_broken_link(tmp_path: Path, world_readable) -> None:
    """The check above can fail: a page linking to a missing folder is reported."""
    (tmp_path / "index.html").write_text('<!DOCTYPE html><title>t</title><a href="missing/">gone</a>', encoding="utf-8")
    code, broken = broken_links(world_readable(tmp_path) / "index.html")
    assert code == 1 and len(broken) == 1 and "missing/" in broken[0]
