"""A scrape killed midway (SIGKILL while a slow page is being fetched) leaves content/ consistent,
holds off a second scrape only while it runs, and the next run cleans up after it."""

from __future__ import annotations

import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from scraper import cli
from scraper.article_file import parse_article

REPO = Path(__file__).resolve().parents[1]


def _page(n: int) -> str:
    story = "".join(
        f"<p>Paragraph {p} of story {n}: Nissan and Foxconn discussed electric vehicle production at the Oppama plant, "
        f"which employs about 3,900 people, people familiar with the matter said.</p>"
        for p in range(1, 5)
    )
    return (
        f'<html lang="en"><head><meta charset="utf-8"><title>Story {n} about Oppama</title>'
        f'<meta property="article:published_time" content="2025-06-0{n}T08:00:00+00:00"></head>'
        f"<body><article><h1>Story {n} about Oppama</h1>{story}</article></body></html>"
    )


def _assert_consistent(content: Path) -> list[Path]:
    """Every article parses, is unedited and has its snapshot; returns the articles."""
    articles = sorted((content / "articles").glob("*.md"))
    for path in articles:
        article = parse_article(path.read_text(encoding="utf-8"))
        assert not article.edited, path
        assert (content / article.raw).is_file(), path
        assert (content / "raw" / f"{path.stem}.json").is_file(), path
    return articles


def test_killed_scrape_leaves_content_consistent(tmp_path, capsys):
    content = tmp_path / "content"
    slow_started = threading.Event()
    release = threading.Event()

    def slow(request: Request) -> Response:
        slow_started.set()
        release.wait(30)
        return Response(_page(9), content_type="text/html")

    server = HTTPServer(host="127.0.0.1", port=0, threaded=True)
    server.start()
    try:
        server.expect_request("/robots.txt").respond_with_data("", status=404)
        for n in (1, 2, 3):
            server.expect_request(f"/story/{n}").respond_with_data(_page(n), content_type="text/html")
        server.expect_request("/slow").respond_with_handler(slow)
        urls = [server.url_for(f"/story/{n}") for n in (1, 2, 3)] + [server.url_for("/slow")]
        scrape = subprocess.Popen(
            [sys.executable, str(REPO / "scripts" / "scrape.py"), "add", "--content", str(content), *urls, "--delay", "0", "--read-timeout", "60"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        )
        try:
            assert slow_started.wait(30), "the scrape never reached the slow page"
            time.sleep(0.2)  # let the fast pages' writes race the kill

            code = cli.main(["add", "--content", str(content), urls[0], "--delay", "0"])
            assert code == cli.EXIT_LOCKED
            assert "another scrape is running on this content folder" in capsys.readouterr().err

            scrape.send_signal(signal.SIGKILL)
            scrape.wait(10)
        finally:
            if scrape.poll() is None:
                scrape.kill()
            scrape.communicate()
            release.set()
        assert scrape.returncode == -signal.SIGKILL

        killed_with = _assert_consistent(content)
        assert not any(p.stem.startswith("2025-06-09") for p in killed_with)  # the slow page never landed

        # The next run gets the lock, removes any leftovers, and completes the set.
        code = cli.main(["add", "--content", str(content), *urls[:3], "--delay", "0"])
        assert code == 0, capsys.readouterr().err
        assert len(_assert_consistent(content)) == 3
        leftovers = [p for p in content.rglob(".scrape*") if p.is_file()]
        assert leftovers == []  # neither temporary files nor the killed run's lock file
        stems = {p.name.removesuffix(".html.gz").removesuffix(".json") for p in (content / "raw").iterdir()}
        assert stems == {p.stem for p in (content / "articles").glob("*.md")}
    finally:
        server.stop()
