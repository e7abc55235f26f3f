"""Shared test helpers: real Pelican builds in temp dirs, a local HTTP server, the browser fixtures."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from pelican import Pelican
from pelican.settings import read_settings
from pytest_httpserver import HTTPServer

from browser_support import chromium, indexed_site, site_url  # noqa: F401 - session fixtures of the reader tests

REPO = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def build_site(content: Path, output: Path, **overrides: object) -> Path:
    """Run Pelican with the project's settings on `content`, writing to `output`."""
    settings = read_settings(
        str(REPO / "pelican.conf.py"),
        override={
            "PATH": str(content),
            "OUTPUT_PATH": str(output),
            "THEME": str(REPO / "theme"),
            "PLUGIN_PATHS": [str(REPO / "plugins")],
            "CACHE_CONTENT": False,
            "LOAD_CONTENT_CACHE": False,
            **overrides,
        },
    )
    Pelican(settings).run()
    return output


@pytest.fixture(scope="session")
def shipped_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site built from the repository's own content/ (the shipped briefings)."""
    return build_site(REPO / "content", tmp_path_factory.mktemp("site"))


@pytest.fixture
def pelican_warnings(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    caplog.set_level(logging.WARNING)
    return caplog


@pytest.fixture(scope="module")
def web() -> Iterator[HTTPServer]:
    """A threaded HTTP server on 127.0.0.1 for one test module: tests never leave the machine."""
    server = HTTPServer(host="127.0.0.1", port=0, threaded=True)
    server.start()
    yield server
    server.stop()
