"""scripts/scrape.py end to end, with the real cleaner: add (saved pages, URLs, sources), extract, reclean."""

from __future__ import annotations

import gzip
import io
import json
import subprocess
import sys
from pathlib import Path

import markdown
import pytest
from bs4 import BeautifulSoup
from filelock import FileLock

from scraper import cli
from scraper.article_file import parse_article
from scraper.outcome import Outcome, Status
from scraper.report import Reporter

REPO = Path(__file__).resolve().parents[1]
PAGES = REPO / "tests" / "fixtures" / "pages"
FAST = ["--delay", "0", "--backoff", "0.01", "--retries", "1", "--read-timeout", "2"]
SEEDS = {
    "electrive-nissan-foxconn": dict(
        title="Nissan considers Foxconn tie-up to produce EVs in Japan",
        date="2025-06-03T09:12:41+00:00",
        authors=["Nora Lindqvist"],
        publisher="electrive.com",
        original_url="https://www.electrive.com/2025/06/03/nissan-considers-foxconn-tie-up-to-produce-evs-in-japan/",
        stem="2025-06-03-nissan-considers-foxconn-tie-up-to-produce-evs-in-japan",
    ),
    "investing-nissan-foxconn": dict(
        title="Nissan in advanced talks with Foxconn to build EVs at Oppama plant - Nikkei",
        date="2025-06-02T06:41:10+00:00",
        authors=["Daniel Okafor"],
        publisher="Investing.com",
        original_url="https://www.investing.com/news/stock-market-news/nissan-in-advanced-talks-with-foxconn-to-build-evs-at-oppama-plant--nikkei-4071562",
        stem="2025-06-02-nissan-in-advanced-talks-with-foxconn-to-build-evs-at-oppama",
    ),
}


def article_page(title: str, canonical: str, published: str = "2025-06-04T08:00:00+00:00", paragraphs: int = 4) -> str:
    """A plain news page the cleaner reads like a real one."""
    body = "\n".join(
        f"<p>Paragraph {n} of the story about {title}: Nissan and Foxconn discussed production at the Oppama plant, "
        f"which employs about 3,900 people, according to people familiar with the matter.</p>"
        for n in range(1, paragraphs + 1)
    )
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title} - Example News</title>
<link rel="canonical" href="{canonical}"><meta property="og:title" content="{title}">
<meta property="og:site_name" content="Example News"><meta property="article:published_time" content="{published}">
<meta name="author" content="Kim Reporter"></head><body><header><nav><a href="/">Home</a> <a href="/cars">Cars</a></nav></header>
<main><article><h1>{title}</h1><p class="byline">By Kim Reporter</p>{body}</article></main>
<footer><p>Copyright Example News. All rights reserved.</p></footer></body></html>"""


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def counts(out: str) -> dict[str, int]:
    """The summary's count table: result label -> pages (the table ends at the first blank line)."""
    table = out.split("\n\n")[0].splitlines()[2:]
    return {line.rsplit(None, 1)[0].strip(): int(line.rsplit(None, 1)[1]) for line in table}


def content_files(content: Path) -> list[str]:
    """What the scraper wrote: every file but the lock and the topics the test set up."""
    files = (p.relative_to(content) for p in content.rglob("*") if p.is_file() and p.name != cli.LOCK_NAME)
    return sorted(str(p) for p in files if p.parts[0] != "topics")


def with_topics(content: Path, *slugs: str) -> Path:
    """A content folder holding a topic file for each slug, as `--topic SLUG` requires."""
    for slug in slugs:
        path = content / "topics" / f"{slug}.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"Title: Topic {slug}\nMatch: {slug}\n\nWhat the {slug} briefing follows.\n", encoding="utf-8")
    return content


def body_paragraphs(md_body: str) -> str:
    """What a reader sees of the body: rendered Markdown as text, whitespace normalised."""
    soup = BeautifulSoup(markdown.markdown(md_body, extensions=["extra"]), "lxml")
    return "\n".join(" ".join(block.get_text().split()) for block in soup.find_all(["p", "li", "h2", "h3", "blockquote"]))


@pytest.fixture
def site(web):
    web.expect_request("/robots.txt").respond_with_data("User-agent: *\nDisallow: /private/\n", content_type="text/plain")
    yield web
    web.clear()


@pytest.mark.parametrize("name", sorted(SEEDS))
def test_add_saved_seed_page(tmp_path, capsys, name):
    expected = SEEDS[name]
    content = with_topics(tmp_path / "content", "nissan-foxconn")
    page = PAGES / f"{name}.html"
    code, out, err = run(capsys, "add", "--content", content, "--html", page, "--url", expected["original_url"], "--topic", "nissan-foxconn")
    assert code == 0, err
    assert "added" in out and err == ""
    assert sorted(p.name for p in content.iterdir()) == ["articles", "raw", "topics"]  # no lock file left behind
    stem = expected["stem"]
    assert content_files(content) == [f"articles/{stem}.md", f"raw/{stem}.html.gz", f"raw/{stem}.json"]
    article = parse_article((content / "articles" / f"{stem}.md").read_text(encoding="utf-8"))
    assert (article.title, article.date, article.authors, article.publisher) == (expected["title"], expected["date"], expected["authors"], expected["publisher"])
    assert (article.original_url, article.topics, article.slug, article.raw) == (expected["original_url"], ["nissan-foxconn"], stem, f"raw/{stem}.html.gz")
    assert not article.edited
    seen = body_paragraphs(article.body)
    for paragraph in (PAGES / f"{name}.paragraphs.txt").read_text(encoding="utf-8").splitlines():
        if paragraph.strip():
            assert " ".join(paragraph.split()) in seen
    assert gzip.decompress((content / article.raw).read_bytes()) == page.read_bytes()
    sidecar = json.loads((content / "raw" / f"{stem}.json").read_text())
    assert sidecar["url"] == expected["original_url"] and sidecar["source"] == page.name


def test_adding_the_same_page_twice_writes_nothing_new(tmp_path, capsys):
    content = with_topics(tmp_path / "content", "nissan-foxconn")
    page = PAGES / "electrive-nissan-foxconn.html"
    assert run(capsys, "add", "--content", content, "--html", page, "--topic", "nissan-foxconn")[0] == 0
    before = {p: p.stat().st_mtime_ns for p in content.rglob("*") if p.is_file()}
    code, out, _ = run(capsys, "add", "--content", content, "--html", page, "--topic", "nissan-foxconn")
    assert code == 0 and "unchanged" in out and "added" not in out
    assert {p: p.stat().st_mtime_ns for p in content.rglob("*") if p.is_file()} == before


def test_gzipped_saved_page_is_accepted(tmp_path, capsys):
    gz = tmp_path / "page.html.gz"
    gz.write_bytes(gzip.compress((PAGES / "investing-nissan-foxconn.html").read_bytes()))
    code, _, err = run(capsys, "add", "--content", tmp_path / "content", "--html", gz)
    assert code == 0, err
    assert content_files(tmp_path / "content")[0] == f"articles/{SEEDS['investing-nissan-foxconn']['stem']}.md"


def test_extract_prints_one_json_object_per_page(tmp_path, capsys):
    pages = [PAGES / f"{name}.html" for name in sorted(SEEDS)]
    code, out, err = run(capsys, "extract", *pages)
    assert code == 0 and err == ""
    records = [json.loads(line) for line in out.splitlines()]
    assert [set(r) for r in records] == [{"path", "url", "title", "published", "authors", "publisher", "language", "text", "markdown", "partial"}] * 2
    for record, name in zip(records, sorted(SEEDS)):
        assert record["path"] == str(PAGES / f"{name}.html")
        assert (record["title"], record["published"], record["authors"]) == (SEEDS[name]["title"], SEEDS[name]["date"], SEEDS[name]["authors"])
        first = (PAGES / f"{name}.paragraphs.txt").read_text(encoding="utf-8").splitlines()[0]
        assert record["text"].split("\n\n")[0] == first and record["partial"] is False
    assert not (tmp_path / "content").exists()


@pytest.mark.parametrize("command", ["add", "extract"])
def test_missing_or_non_html_file_is_a_one_line_error(tmp_path, capsys, command):
    content = tmp_path / "content"
    binary = tmp_path / "photo.html"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40)
    for bad, reason in ((tmp_path / "missing.html", "no such file"), (binary, "not an HTML page")):
        args = ["add", "--content", content, "--html", bad] if command == "add" else ["extract", bad]
        code, out, err = run(capsys, *args)
        assert code == 1
        errors = [line for line in err.splitlines() if line.startswith("error:")]
        assert errors == [f"error: {bad}: {reason}"], err
        assert (out == "") if command == "extract" else (counts(out) == {"failed": 1, "total": 1})
    assert not content.exists() or content_files(content) == []


def test_add_urls_from_a_server_and_refetch_conditionally(tmp_path, capsys, site):
    content = with_topics(tmp_path / "content", "nissan-foxconn", "ev-japan")
    for n in (1, 2):
        site.expect_request(f"/news/{n}").respond_with_data(
            article_page(f"Story number {n} on Oppama", site.url_for(f"/news/{n}")), content_type="text/html; charset=utf-8", headers={"ETag": f'"v{n}"'}
        )
    urls = [site.url_for("/news/1"), site.url_for("/news/2")]
    code, out, err = run(capsys, "add", "--content", content, *urls, "--topic", "nissan-foxconn", *FAST)
    assert code == 0, err
    assert counts(out) == {"added": 2, "total": 2}
    stems = [p.stem for p in sorted((content / "articles").glob("*.md"))]
    assert stems == ["2025-06-04-story-number-1-on-oppama", "2025-06-04-story-number-2-on-oppama"]
    assert json.loads((content / "raw" / f"{stems[0]}.json").read_text())["etag"] == '"v1"'

    site.clear()
    site.expect_request("/robots.txt").respond_with_data("", status=404)
    site.expect_request("/news/1", headers={"If-None-Match": '"v1"'}).respond_with_data("", status=304)
    code, out, err = run(capsys, "add", "--content", content, urls[0], *FAST)
    assert code == 0, err
    assert counts(out) == {"unchanged": 1, "total": 1} and len(site.log) == 2

    # Still 304, but the article joins another briefing: re-cleaned from the kept snapshot.
    code, out, err = run(capsys, "add", "--content", content, urls[0], "--topic", "ev-japan", *FAST)
    assert code == 0, err
    assert counts(out) == {"updated": 1, "total": 1} and len(site.log) == 4
    assert parse_article((content / "articles" / f"{stems[0]}.md").read_text()).topics == ["nissan-foxconn", "ev-japan"]


def test_same_article_under_two_urls_is_stored_once(tmp_path, capsys, site):
    canonical = site.url_for("/news/canonical")
    page = article_page("One story two addresses", canonical)
    site.expect_request("/amp/story").respond_with_data(page, content_type="text/html")
    site.expect_request("/story", query_string="utm_source=feed").respond_with_data(page, content_type="text/html")
    code, out, err = run(capsys, "add", "--content", tmp_path, site.url_for("/amp/story"), site.url_for("/story?utm_source=feed"), *FAST)
    assert code == 0, err
    assert len(list((tmp_path / "articles").glob("*.md"))) == 1
    assert counts(out) == {"added": 1, "unchanged": 1, "total": 2}
    article = parse_article(next((tmp_path / "articles").glob("*.md")).read_text())
    assert article.original_url == canonical


def test_failures_are_reported_and_the_other_pages_still_added(tmp_path, capsys, site):
    site.expect_request("/ok").respond_with_data(article_page("A good page", site.url_for("/ok")), content_type="text/html")
    site.expect_request("/down").respond_with_data("", status=500)
    site.expect_request("/private/secret").respond_with_data(article_page("Secret", site.url_for("/private/secret")), content_type="text/html")
    site.expect_request("/empty").respond_with_data("<html><body><nav>Home</nav></body></html>", content_type="text/html")
    urls = [site.url_for(p) for p in ("/down", "/ok", "/private/secret", "/empty")]
    code, out, err = run(capsys, "add", "--content", tmp_path, *urls, *FAST)
    assert code == 1
    assert sorted(line for line in err.splitlines() if line.startswith("error:")) == [
        f"error: {urls[0]}: HTTP 500 after 2 attempts",
        f"error: {urls[3]}: no article found",
    ]
    assert counts(out) == {"added": 1, "skipped by robots": 1, "failed": 2, "total": 4}
    assert f"skipped by robots  {urls[2]}  disallowed by robots.txt" in out
    assert content_files(tmp_path) == ["articles/2025-06-04-a-good-page.md", "raw/2025-06-04-a-good-page.html.gz", "raw/2025-06-04-a-good-page.json"]
    assert not [r for r, _ in site.log if r.path == "/private/secret"]


def test_sources_file_adds_only_what_is_not_stored(tmp_path, capsys, site):
    content = with_topics(tmp_path / "content", "nissan-foxconn", "ev-japan")
    stored = SEEDS["electrive-nissan-foxconn"]
    assert run(capsys, "add", "--content", content, "--html", PAGES / "electrive-nissan-foxconn.html", "--url", site.url_for("/old-address"))[0] == 0
    site.expect_request("/new").respond_with_data(article_page("A new source", site.url_for("/new")), content_type="text/html", headers={"ETag": '"n1"'})
    sources = tmp_path / "sources.txt"
    sources.write_text(
        "# Nissan and Foxconn\n\n"
        f"{stored['original_url']}   nissan-foxconn\n"
        f"{site.url_for('/old-address')}\n"
        f"{site.url_for('/new')}  nissan-foxconn, ev-japan  # found via a newsletter\n"
        "ftp://example.com/file\n",
        encoding="utf-8",
    )
    code, out, err = run(capsys, "add", "--content", content, "--sources", sources, *FAST)
    assert code == 1  # the ftp line
    assert f"error: {sources}:6: not an http(s) URL: ftp://example.com/file" in err
    assert counts(out) == {"added": 1, "already stored": 2, "failed": 1, "total": 4}
    assert [r.path for r, _ in site.log] == ["/robots.txt", "/new"]
    new = parse_article((content / "articles" / "2025-06-04-a-new-source.md").read_text())
    assert new.topics == ["nissan-foxconn", "ev-japan"]

    # --refresh re-checks what is stored: the page fetched before answers 304 to its validators.
    site.clear()
    site.expect_request("/robots.txt").respond_with_data("", status=404)
    site.expect_request("/new", headers={"If-None-Match": '"n1"'}).respond_with_data("", status=304)
    site.expect_request("/new").respond_with_data("", status=500)
    sources.write_text(f"{site.url_for('/new')}\n")
    code, out, err = run(capsys, "add", "--content", content, "--sources", sources, "--refresh", *FAST)
    assert code == 0, err
    assert counts(out) == {"unchanged": 1, "total": 1}


def test_second_scrape_on_a_locked_folder_exits_clearly(tmp_path, capsys):
    tmp_path.mkdir(exist_ok=True)
    with FileLock(tmp_path / cli.LOCK_NAME):
        code, _, err = run(capsys, "add", "--content", tmp_path, "--html", PAGES / "electrive-nissan-foxconn.html")
    assert code == cli.EXIT_LOCKED
    assert err.strip() == f"error: {tmp_path}: another scrape is running on this content folder (lock {tmp_path / cli.LOCK_NAME})"
    assert content_files(tmp_path) == []


def test_github_job_summary_gets_a_markdown_table(tmp_path, capsys, monkeypatch):
    summary = tmp_path / "summary.md"
    summary.write_text("# Earlier step\n")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    run(capsys, "add", "--content", tmp_path / "content", "--html", PAGES / "electrive-nissan-foxconn.html")
    run(capsys, "add", "--content", tmp_path / "content", "--html", tmp_path / "missing.html")
    text = summary.read_text()
    assert text.startswith("# Earlier step\n### scrape: ")
    assert "| added | 1 |" in text and "| failed | 1 |" in text
    assert f"| failed | {tmp_path / 'missing.html'} | no such file |" in text


def test_reclean_rewrites_stale_articles_and_spares_edited_ones(tmp_path, capsys):
    content = with_topics(tmp_path / "content", "nissan-foxconn")
    for name in SEEDS:
        assert run(capsys, "add", "--content", content, "--html", PAGES / f"{name}.html", "--topic", "nissan-foxconn")[0] == 0
    stale_path = content / "articles" / f"{SEEDS['electrive-nissan-foxconn']['stem']}.md"
    stale = parse_article(stale_path.read_text())
    stale.body = "What an older, worse cleaner kept.\n"
    stale_path.write_text(stale.render())  # consistent hash: written by the scraper, not an editor
    edited_path = content / "articles" / f"{SEEDS['investing-nissan-foxconn']['stem']}.md"
    edited_text = edited_path.read_text() + "\nEditor's note: confirmed by Nissan.\n"
    edited_path.write_text(edited_text)

    code, out, err = run(capsys, "reclean", "--content", content)
    assert code == 0, err
    assert counts(out) == {"updated": 1, "editor-changed": 1, "total": 2}
    assert "body changed by an editor; not overwritten" in err
    recleaned = parse_article(stale_path.read_text())
    assert "Oppama" in recleaned.body and recleaned.topics == ["nissan-foxconn"] and not recleaned.edited
    assert edited_path.read_text() == edited_text
    code, out, _ = run(capsys, "reclean", "--content", content, SEEDS["electrive-nissan-foxconn"]["stem"], "no-such-stem")
    assert code == 1 and "unchanged" in out and "no-such-stem  no raw snapshot" in out


def test_runs_as_a_plain_script_with_the_repo_content_default():
    assert cli.REPO_CONTENT == REPO / "content"
    result = subprocess.run(
        [sys.executable, str(REPO / "scripts" / "scrape.py"), "extract", str(PAGES / "investing-nissan-foxconn.html")],
        capture_output=True, text=True, cwd="/", timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["publisher"] == "Investing.com"


def test_bad_usage_exits_2(tmp_path, capsys):
    assert run(capsys, "add", "--content", tmp_path)[0] == cli.EXIT_USAGE
    code, _, err = run(capsys, "add", "--content", tmp_path, "--html", PAGES / "electrive-nissan-foxconn.html", "--topic", "Not A Slug")
    assert code == cli.EXIT_USAGE and "--topic 'Not A Slug'" in err


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(("ci", "bar"), [(None, True), ("true", False)])
def test_progress_bar_only_on_a_terminal_outside_ci(monkeypatch, ci, bar):
    if ci is None:
        monkeypatch.delenv("CI", raising=False)
    else:
        monkeypatch.setenv("CI", ci)
    terminal = _Terminal()
    with Reporter(3, "scrape", terminal) as reporter:
        reporter.record(Outcome("https://example.com/a", Status.FAILED, "https://example.com/a: HTTP 500"))
    assert reporter.shows_progress is bar
    assert "error: https://example.com/a: HTTP 500" in terminal.getvalue()
    piped = io.StringIO()
    with Reporter(3, "scrape", piped) as reporter:
        reporter.record(Outcome("https://example.com/b", Status.ADDED, "x"))
    assert not reporter.shows_progress and piped.getvalue() == ""


def test_several_saved_pages_are_each_added_under_their_own_url(tmp_path, capsys):
    content = with_topics(tmp_path / "content", "nissan-foxconn")
    pages = []
    for name in sorted(SEEDS):
        gz = tmp_path / f"{name}.html.gz"
        gz.write_bytes(gzip.compress((PAGES / f"{name}.html").read_bytes()))
        pages.append(gz)
    urls = ["https://a.example/first", "https://b.example/second"]
    code, out, err = run(capsys, "add", "--content", content, "--html", pages[0], "--html", pages[1], "--url", urls[0], "--url", urls[1], "--topic", "nissan-foxconn")
    assert code == 0, err
    assert counts(out) == {"added": 2, "total": 2}
    for page, url, name in zip(pages, urls, sorted(SEEDS)):
        stem = SEEDS[name]["stem"]
        assert json.loads((content / "raw" / f"{stem}.json").read_text())["url"] == url
        written = [f"content/articles/{stem}.md", f"content/raw/{stem}.html.gz", f"content/raw/{stem}.json"]
        assert f"  {page} -> {', '.join(written)}" in out.splitlines()
    assert "files written (6):" in out


def test_saved_pages_without_url_keep_their_canonical_url(tmp_path, capsys):
    content = tmp_path / "content"
    code, out, err = run(capsys, "add", "--content", content, *(a for name in sorted(SEEDS) for a in ("--html", PAGES / f"{name}.html")))
    assert code == 0, err
    assert counts(out) == {"added": 2, "total": 2}
    for name, seed in SEEDS.items():
        assert parse_article((content / "articles" / f"{seed['stem']}.md").read_text()).original_url == seed["original_url"]


def test_saved_pages_and_urls_that_do_not_pair_up_are_refused(tmp_path, capsys):
    pages = [a for name in sorted(SEEDS) for a in ("--html", PAGES / f"{name}.html")]
    code, out, err = run(capsys, "add", "--content", tmp_path, *pages, "--url", "https://a.example/only-one")
    assert code == cli.EXIT_USAGE and out == ""
    assert err.splitlines()[-1] == (
        "error: 2 saved pages but 1 --url: give one --url per page, in the same order, or none (each page is then stored under its canonical URL)"
    )
    code, _, err = run(capsys, "add", "--content", tmp_path, *pages[:2], "--url", "not a url")
    assert code == cli.EXIT_USAGE and err.splitlines()[-1] == "error: --url 'not a url': not an http(s) URL"
    code, out, err = run(capsys, "extract", PAGES / "electrive-nissan-foxconn.html", "--url", "https://a.example/1", "--url", "https://a.example/2")
    assert code == cli.EXIT_USAGE and out == "" and err.splitlines()[-1].startswith("error: 1 saved page but 2 --url")
    code, _, err = run(capsys, "add", "--content", tmp_path, "https://a.example/1", "--refresh")
    assert code == cli.EXIT_USAGE and err.splitlines()[-1] == "error: --refresh goes with --sources (a URL named on the command line is always fetched)"
    assert content_files(tmp_path) == []


def test_unknown_topic_is_refused_with_the_known_ones(tmp_path, capsys, site):
    content = with_topics(tmp_path / "content", "nissan-foxconn", "ev-japan")
    code, out, err = run(capsys, "add", "--content", content, "--html", PAGES / "electrive-nissan-foxconn.html", "--topic", "google-stadia")
    assert code == cli.EXIT_USAGE and out == ""
    assert err.splitlines()[-1] == (
        f"error: --topic google-stadia: no such topic 'google-stadia' ({content / 'topics' / 'google-stadia.md'} does not exist); "
        "known topics: ev-japan, nissan-foxconn"
    )
    assert content_files(content) == []

    site.expect_request("/ok").respond_with_data(article_page("A good page", site.url_for("/ok")), content_type="text/html")
    sources = tmp_path / "sources.txt"
    sources.write_text(f"{site.url_for('/stadia')}  google-stadia\n{site.url_for('/ok')}  ev-japan\n", encoding="utf-8")
    code, out, err = run(capsys, "add", "--content", content, "--sources", sources, *FAST)
    assert code == 1
    assert f"error: {sources}:1: no such topic 'google-stadia'" in err
    assert counts(out) == {"added": 1, "failed": 1, "total": 2}
    assert not [r for r, _ in site.log if r.path == "/stadia"]


def test_topic_slug_with_no_topics_folder_says_how_to_start_one(tmp_path, capsys):
    code, _, err = run(capsys, "add", "--content", tmp_path, "--html", PAGES / "electrive-nissan-foxconn.html", "--topic", "ev-japan")
    assert code == cli.EXIT_USAGE
    assert "there are no topics yet (start one with scripts/topic.py new)" in err.splitlines()[-1]
