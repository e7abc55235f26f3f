"""Session fixtures for the reader tests: the shipped site with its search index, served over
HTTP on 127.0.0.1, and one Debian Chromium driven by Playwright (never a downloaded browser)."""

from __future__ import annotations

import functools
import shutil
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from postbuild import index_site

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync",
]


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the base class's name
        pass


@pytest.fixture(scope="session")
def indexed_site(shipped_site: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the shipped site with its Pagefind index, as `make html` leaves output/."""
    site = tmp_path_factory.mktemp("indexed") / "output"
    shutil.copytree(shipped_site, site)
    index_site(site)
    return site


@pytest.fixture(scope="session")
def site_url(indexed_site: Path) -> Iterator[str]:
    """The indexed site served over HTTP on 127.0.0.1 (search fetches its index, file:// cannot)."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(indexed_site)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def chromium() -> Iterator[object]:
    """One headless Debian Chromium per test module (only test_browser.py uses it).

    Not per session: Playwright's sync API keeps an asyncio loop running on the main thread
    while it is open, and later tests that call asyncio.run() would fail.
    """
    from playwright.sync_api import sync_playwright

    assert CHROMIUM.exists(), f"{CHROMIUM} is missing: `make test` installs it (apt-get install chromium)"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()
