"""Bad editor input in a real `pelican` run: one line per problem naming file and line, no traceback,
a non-zero exit for errors; warnings (unknown topic, topic without articles) are fatal only with
--fatal warnings, as `make publish` runs."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from conftest import REPO, build_site

from briefing.report import BriefingInputError

TOPIC = """
    Title: Google Stadia
    Match: Stadia
    Pin: 2019-11-19 | Stadia launches

    Google's cloud gaming service, from launch to shutdown.
    """
ARTICLE = """
    Title: Google shuts down Stadia
    Date: 2022-09-29T17:00:00+00:00
    Publisher: The Verge
    Original_url: https://verge.example/stadia
    Topics: google-stadia

    Google will shut down Stadia in January 2023, the company said on Thursday.
    """


def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")


def site(root: Path, topic: str = TOPIC, article: str = ARTICLE) -> Path:
    write(root / "content" / "topics" / "google-stadia.md", topic)
    write(root / "content" / "articles" / "2022-09-29-stadia.md", article)
    write(root / "content" / "articles" / "2019-06-06-stadia-price.md", ARTICLE.replace("shuts down", "prices").replace(
        "2022-09-29T17", "2019-06-06T17").replace("/stadia", "/stadia-price"))
    return root


def pelican(root: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    """`pelican` as `make html` runs it (plain log lines), in `root`, so files are named relative to it."""
    command = [sys.executable, "-m", "pelican", "content", "--settings", str(REPO / "pelican.conf.py"), "--output", "output",
               "--cache-path", str(root / "cache"), "--log-handler", "plain", *extra]
    return subprocess.run(command, cwd=root, capture_output=True, text=True, timeout=300)


def lines(result: subprocess.CompletedProcess[str]) -> list[str]:
    """The build's log lines (stderr; the summaries go to stdout)."""
    return [line for line in result.stderr.splitlines() if line.strip()]


def test_a_bad_pin_date_fails_the_build_with_one_line(tmp_path: Path) -> None:
    root = site(tmp_path, TOPIC.replace("2019-11-19", "2019-13-01"))
    result = pelican(root)
    assert result.returncode == 1
    assert lines(result) == [
        "content/topics/google-stadia.md:3: Pin: 2019-13-01 | Stadia launches: '2019-13-01' is not a date (no month 13); "
        "expected 'Pin: YYYY[-MM[-DD]] [to YYYY[-MM[-DD]]] | TEXT'",
        "1 file with errors (above) left out of the site: the build failed",
    ]


def test_every_topic_problem_is_reported_and_the_files_left_out(tmp_path: Path) -> None:
    root = site(tmp_path, TOPIC.replace("Match: Stadia", "Match: Stadia\n    Fiscal_year_start: 13\n    Hdie: Stadia launches\n    Reword: Stadia"))
    write(root / "content" / "topics" / "other.md", "Title: Other\nTimeline_size: 0\n\nSummary.\n")
    result = pelican(root)
    assert result.returncode == 1
    assert lines(result) == [
        "content/topics/google-stadia.md:3: Fiscal_year_start: 13: not a month number; expected 1-12, the month the fiscal year starts (4 for April)",
        "content/topics/google-stadia.md:4: unknown key Hdie; expected Hide (a typo?)",
        "content/topics/google-stadia.md:5: Reword: Stadia: no '=>' between the text and its new wording; expected 'Reword: OLD TEXT => NEW TEXT'",
        "content/topics/other.md:2: Timeline_size: 0: not a number of entries; expected a whole number, 1 or more",
        "2 files with errors (above) left out of the site: the build failed",
    ]


def test_a_bad_article_date_is_one_line_and_fails_the_build_after_the_rest_is_built(tmp_path: Path) -> None:
    root = site(tmp_path, article=ARTICLE.replace("2022-09-29T17:00:00+00:00", "2022-09-31"))
    result = pelican(root)
    assert result.returncode == 1
    assert lines(result) == [
        "content/articles/2022-09-29-stadia.md:2: Date: 2022-09-31: not a date (no day 31 in 2022-09); "
        "expected an ISO 8601 date like 2025-06-03T09:12:41+00:00 or 2025-06-03",
        "1 file with errors (above) left out of the site: the build failed",
    ]
    assert [p.parent.name for p in (root / "output" / "articles").glob("*/index.html")] == ["google-prices-stadia"]
    assert (root / "output" / "topics" / "google-stadia" / "index.html").exists()


def test_an_article_without_title_names_the_missing_line(tmp_path: Path) -> None:
    root = site(tmp_path, article=ARTICLE.replace("Title: Google shuts down Stadia\n", ""))
    result = pelican(root)
    assert result.returncode == 1
    assert lines(result)[0] == (
        "content/articles/2022-09-29-stadia.md:1: no Title: line, so Pelican skips the article; "
        "expected 'Title: <the article's headline>' in the header"
    )


def test_unknown_topic_is_a_warning_and_fatal_in_the_production_build(tmp_path: Path) -> None:
    root = site(tmp_path, article=ARTICLE.replace("Topics: google-stadia", "Topics: google-stadai"))
    warning = (
        "content/articles/2022-09-29-stadia.md:5: Topics: google-stadai: no such topic (no content/topics/google-stadai.md); "
        "expected one of google-stadia, or create the topic with scripts/topic.py new"
    )
    result = pelican(root)
    assert result.returncode == 0, result.stderr
    assert lines(result) == [warning]
    strict = pelican(root, "--fatal", "warnings")
    assert strict.returncode == 1
    assert lines(strict) == [warning, "the build stopped at the warning or error above (warnings are fatal in this build)"]


def test_topic_without_articles_is_fatal_in_the_production_build(tmp_path: Path) -> None:
    root = site(tmp_path)
    write(root / "content" / "topics" / "zeppelins.md", "Title: Zeppelins\nMatch: zeppelin\n\nAirships.\n")
    strict = pelican(root, "--fatal", "warnings")
    assert strict.returncode == 1
    assert lines(strict)[0].startswith("content/topics/zeppelins.md: topic zeppelins has no articles")
    assert "Traceback" not in strict.stderr


def test_in_process_builds_raise_the_one_line_error(tmp_path: Path) -> None:
    root = site(tmp_path, TOPIC.replace("2019-11-19", "2019-11-31"))
    with pytest.raises(BriefingInputError, match=r"^1 file with errors \(above\) left out of the site: the build failed$"):
        build_site(root / "content", root / "output")


def test_each_build_reports_its_problems_again(tmp_path: Path, pelican_warnings) -> None:
    """Under make serve every rebuild runs in one process: a rebuild must still say what is wrong."""
    root = site(tmp_path, article=ARTICLE.replace("Topics: google-stadia", "Topics: google-stadai"))
    for _ in range(2):
        pelican_warnings.clear()
        build_site(root / "content", root / "output")
        assert [r.getMessage() for r in pelican_warnings.records if "google-stadai" in r.getMessage()] != []


def test_an_override_that_matches_nothing_is_named_at_its_line(tmp_path: Path) -> None:
    root = site(tmp_path, TOPIC.replace("Pin: 2019-11-19 | Stadia launches", "Pin: 2019-11-19 | Stadia launches\n    Hide: Tetris\n    Reword: shut  down  Tetris=>close"))
    result = pelican(root)
    assert result.returncode == 0, result.stderr
    assert lines(result) == [
        "content/topics/google-stadia.md:4: Hide: Tetris: matched nothing on the timeline; "
        "expected words of an extracted entry (topics/google-stadia/briefing.json lists them), or remove the line",
        "content/topics/google-stadia.md:5: Reword: shut  down  Tetris => close: matched nothing on the timeline; "
        "expected words of an extracted entry (topics/google-stadia/briefing.json lists them), or remove the line",
    ]
