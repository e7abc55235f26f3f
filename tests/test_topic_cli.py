"""scripts/topic.py: start a topic, list topics with their counts, check content files without building."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO, build_site
from editor import cli
from scraper import cli as scrape_cli
from test_plugin import make_content, write

PAGES = REPO / "tests" / "fixtures" / "pages"


def run(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_new_writes_a_topic_the_build_and_the_scraper_accept(tmp_path: Path, capsys, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    content = tmp_path / "content"
    code, out, err = run(capsys, "new", "Google Stadia: the rise and fall", "--match", "Stadia, cloud gaming", "--match", "Stadia",
                         "--fiscal-year-start", "4", "--timeline-size", "12", "--figures-size", "6", "--summary", "Google's cloud gaming.",
                         "--content", content)
    assert code == 0, err
    path = content / "topics" / "google-stadia-the-rise-and-fall.md"
    assert out.splitlines() == ["wrote content/topics/google-stadia-the-rise-and-fall.md",
                                "next: python scripts/scrape.py add URL... --topic google-stadia-the-rise-and-fall"]
    assert path.read_text() == (
        "Title: Google Stadia: the rise and fall\nMatch: Stadia, cloud gaming\nFiscal_year_start: 4\nTimeline_size: 12\n"
        "Figures_size: 6\n\nGoogle's cloud gaming.\n"
    )
    assert scrape_cli.main(["add", "--content", str(content), "--html", str(PAGES / "electrive-nissan-foxconn.html"),
                            "--topic", "google-stadia-the-rise-and-fall"]) == 0
    capsys.readouterr()
    assert run(capsys, "check", "--content", content)[0] == 0


def test_new_never_overwrites_and_refuses_bad_values(tmp_path: Path, capsys) -> None:
    content = tmp_path / "content"
    assert run(capsys, "new", "Acme batteries", "--content", content)[0] == 0
    path = content / "topics" / "acme-batteries.md"
    path.write_text("Title: Acme batteries\n\nThe editor's summary.\n")
    code, _, err = run(capsys, "new", "Acme batteries", "--match", "Acme", "--content", content)
    assert code == cli.EXIT_PROBLEMS
    assert err.strip() == f"error: {path}: already exists; edit it, or choose another --slug"
    assert path.read_text() == "Title: Acme batteries\n\nThe editor's summary.\n"
    code, _, err = run(capsys, "new", "Acme", "--timeline-size", "0", "--content", content)
    assert code == cli.EXIT_USAGE and err.splitlines()[-1] == "error: --timeline-size 0: not a number of entries; expected a whole number, 1 or more"
    code, _, err = run(capsys, "new", "Acme", "--slug", "Acme Corp", "--content", content)
    assert code == cli.EXIT_USAGE and "a topic slug is lower-case letters, digits and dashes" in err
    assert sorted(p.name for p in (content / "topics").iterdir()) == ["acme-batteries.md"]


def test_list_counts_the_articles_as_the_build_does(tmp_path: Path, capsys) -> None:
    content = make_content(tmp_path)
    write(content / "articles" / "2025-06-13-draft.md", """
        Title: Acme draft
        Date: 2025-06-13T10:00:00+00:00
        Status: draft
        Topics: acme-batteries

        Not yet.
        """)
    code, out, _ = run(capsys, "list", "--content", content)
    assert code == 0
    assert out.splitlines() == [
        "topic           articles  entries  title",
        "acme-batteries         2        -  Acme's battery plant",
        "empty-topic            0        -  A topic nobody wrote about",
        "",
        "entries: no build yet (make html)",
    ]
    (content / "articles" / "2025-06-13-draft.md").unlink()  # drafts break this site's build (category): not ours to test here
    build_site(content, tmp_path / "output", CACHE_CONTENT=True, LOAD_CONTENT_CACHE=True, CACHE_PATH=str(tmp_path / "cache"))
    briefing = json.loads((tmp_path / "output" / "topics" / "acme-batteries" / "briefing.json").read_text())
    capsys.readouterr()
    code, out, _ = run(capsys, "list", "--content", content)
    assert out.splitlines()[1] == f"acme-batteries         {len(briefing['sources'])}  {len(briefing['events']):>7}  Acme's battery plant"
    assert out.splitlines()[-1] == "entries: on the timeline as of the last build"


def test_check_reports_every_problem_one_line_each(tmp_path: Path, capsys, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    content = make_content(tmp_path)
    write(content / "topics" / "stadia.md", """
        Title: Stadia
        Match: Stadia
        Pin: 2019-13-01 | Stadia launches
        Hdie: rumour

        Google's cloud gaming.
        """)
    write(content / "articles" / "2022-09-29-stadia.md", """
        Title: Google shuts down Stadia
        Date: 2022-09-29T25:00:00+00:00
        Original_url: verge.example/stadia
        Topics: google-stadia

        Stadia closes.
        """)
    (content / "sources.txt").write_text("https://verge.example/stadia  stadia, google-stadia\nnot-a-url\n")
    write(content / "topics" / "Google_Stadia.md", "Title: Stadia again\nMatch: Stadia\n\nA copy.\n")
    code, out, err = run(capsys, "check", "--content", content)
    assert code == cli.EXIT_PROBLEMS
    assert out.splitlines() == [
        "error: content/articles/2022-09-29-stadia.md:2: Date: 2022-09-29T25:00:00+00:00: not a date; "
        "expected an ISO 8601 date like 2025-06-03T09:12:41+00:00 or 2025-06-03",
        "error: content/articles/2022-09-29-stadia.md:3: Original_url: verge.example/stadia: not an http(s) URL; "
        "expected the address the article was scraped from, e.g. 'Original_url: https://example.com/news/1'",
        "warning: content/articles/2022-09-29-stadia.md:4: Topics: google-stadia: no such topic (no content/topics/google-stadia.md); "
        "expected one of Google_Stadia, acme-batteries, empty-topic, stadia, or create the topic with scripts/topic.py new",
        "error: content/sources.txt:1: google-stadia: no such topic, so the scraper refuses this line; expected one of Google_Stadia, acme-batteries, empty-topic, stadia",
        "error: content/sources.txt:2: not an http(s) URL: not-a-url; expected a URL, then the topic slugs it belongs to",
        "warning: content/topics/Google_Stadia.md: Google_Stadia.md: the file name is not a topic slug, so no scraped article can name it; "
        "expected lower-case letters, digits and dashes, e.g. google-stadia.md",
        "warning: content/topics/Google_Stadia.md: topic Google_Stadia has no articles (none names it in Topics: or mentions its Match "
        "keywords: Stadia); not published; expected articles scraped with --topic Google_Stadia, or Match keywords they mention",
        "warning: content/topics/empty-topic.md: topic empty-topic has no articles (none names it in Topics: or mentions its Match "
        "keywords: zeppelin); not published; expected articles scraped with --topic empty-topic, or Match keywords they mention",
        "error: content/topics/stadia.md:3: Pin: 2019-13-01 | Stadia launches: '2019-13-01' is not a date (no month 13); "
        "expected 'Pin: YYYY[-MM[-DD]] [to YYYY[-MM[-DD]]] | TEXT'",
        "warning: content/topics/stadia.md:4: unknown key Hdie; expected Hide (a typo?)",
    ]
    assert err == "checked 4 topics, 4 articles and content/sources.txt: 5 errors, 5 warnings\n"


def test_check_passes_clean_content_and_strict_fails_on_warnings(tmp_path: Path, capsys) -> None:
    content = make_content(tmp_path)
    assert run(capsys, "check", "--content", content)[0] == 0  # the empty topic is a warning
    assert run(capsys, "check", "--content", content, "--strict")[0] == cli.EXIT_PROBLEMS
    (content / "topics" / "empty-topic.md").unlink()
    code, out, err = run(capsys, "check", "--content", content, "--strict")
    assert (code, out) == (0, "") and err == "checked 1 topic, 3 articles: 0 errors, 0 warnings\n"


def test_runs_as_a_plain_script_on_the_repo_content() -> None:
    result = subprocess.run([sys.executable, str(REPO / "scripts" / "topic.py"), "check"], capture_output=True, text=True, cwd="/", timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stderr.startswith("checked ")
