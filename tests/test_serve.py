"""`make serve` is a live preview: the exact command it runs serves the site on 127.0.0.1 and
rebuilds when a content file changes."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import textwrap
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from conftest import REPO

TIMEOUT = 120  # seconds for the first build and for a rebuild, on a busy two-core machine


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def serve_command(port: int) -> str:
    """The pelican command `make serve` runs after its `make html` step."""
    dry_run = subprocess.run(["make", "--no-print-directory", "-n", "serve", f"SERVE_PORT={port}"], cwd=REPO,
                             capture_output=True, text=True, check=True)
    (command,) = [line for line in dry_run.stdout.splitlines() if "--autoreload" in line]
    return command


def fetch(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return ""


def wait_until(condition: Callable[[], bool], what: str) -> None:
    deadline = time.monotonic() + TIMEOUT
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"gave up after {TIMEOUT} s waiting for {what}")
        time.sleep(0.5)


@pytest.fixture
def preview(tmp_path: Path) -> Iterator[tuple[Path, str]]:
    """The make serve command running on a copy of a small site, with the repo's settings, plugins
    and theme; yields the site folder and the server's base URL; stops the server's process group."""
    for name in ("pelican.conf.py", "plugins", "theme", ".venv"):
        (tmp_path / name).symlink_to(REPO / name)
    topic = tmp_path / "content" / "topics" / "acme.md"
    topic.parent.mkdir(parents=True)
    topic.write_text("Title: Acme's battery plant\nMatch: Acme\n\nAcme builds batteries.\n", encoding="utf-8")
    article = tmp_path / "content" / "articles" / "2025-06-10-acme.md"
    article.parent.mkdir(parents=True)
    article.write_text(textwrap.dedent("""\
        Title: Acme opens its Ohio battery plant
        Date: 2025-06-10T08:00:00+00:00
        Publisher: Battery Weekly
        Original_url: https://batteries.example/acme
        Topics: acme

        Acme opened its battery plant in Ohio on Tuesday, creating 1,200 jobs.
        """), encoding="utf-8")
    port = free_port()
    log = (tmp_path / "serve.log").open("w")
    server = subprocess.Popen(serve_command(port), shell=True, cwd=tmp_path, start_new_session=True, stdout=log, stderr=log,
                              env={**os.environ, "BRIEFING_WORKERS": "1", "COLUMNS": "400"})
    try:
        yield tmp_path, f"http://127.0.0.1:{port}"
    finally:
        os.killpg(server.pid, signal.SIGTERM)  # pelican's server and rebuild loop are child processes
        server.wait(timeout=30)
        log.close()


def test_serve_rebuilds_when_a_topic_changes(preview: tuple[Path, str]) -> None:
    root, base = preview
    page = f"{base}/topics/acme/"
    wait_until(lambda: "Acme&#39;s battery plant" in fetch(page) or "Acme's battery plant" in fetch(page), "the first build")
    topic = root / "content" / "topics" / "acme.md"
    topic.write_text(topic.read_text(encoding="utf-8").replace("Acme's battery plant", "Acme's Ohio gigafactory"), encoding="utf-8")
    wait_until(lambda: "gigafactory" in fetch(page), "the rebuild after the topic's title changed")
    assert "gigafactory" in fetch(f"{base}/")

    # A typo while previewing: one line in the log, the last good site stays up, the fix is picked up.
    text = topic.read_text(encoding="utf-8")
    topic.write_text(text.replace("Match: Acme", "Match: Acme\nPin: 2025-13 | Acme picks Ohio"), encoding="utf-8")
    log = root / "serve.log"
    wait_until(lambda: "content/topics/acme.md:3: Pin: 2025-13 | Acme picks Ohio: '2025-13' is not a date (no month 13)" in log.read_text(),
               "the bad pin's one-line error")
    time.sleep(3)  # Pelican's autoreload re-runs a build that raised at once: ours must wait for the fix instead
    assert log.read_text().count("'2025-13' is not a date") == 1
    assert "the preview waits for the fix" in log.read_text() and "Traceback" not in log.read_text()
    topic.write_text(text.replace("Match: Acme", "Match: Acme\nPin: 2025-03 | Acme picks Ohio"), encoding="utf-8")
    wait_until(lambda: "Acme picks Ohio" in fetch(page), "the rebuild after the fix")
