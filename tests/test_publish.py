"""The production build as GitHub Pages serves it: under a sub-path, reproducible, strict.

A project site is served at https://USER.github.io/REPO/, so these tests build with
SITEURL=https://example.github.io/briefing through `make publish` (publishconf.py, exactly
what CI deploys) into temp folders, then:
  - every URL in every HTML/XML/JSON/CSS/JS file stays under that sub-path and points at a
    file the build contains, and nothing is loaded from another host (ci_check_site.py);
  - two builds of the same content are byte-identical (the second with another
    PYTHONHASHSEED, so set-ordering shows up), and no page carries the build's date.
The first tests pin the checker itself on small hand-made sites.
"""

from __future__ import annotations

import datetime as dt
import mimetypes
import os
import subprocess
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import pytest

from ci_check_site import check_site, publisher_hosts

ROOT = Path(__file__).resolve().parent.parent
SITE_URL = "https://example.github.io/briefing"


# --- the checker on hand-made sites -------------------------------------------------------

def write(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def problems_in(tmp_path: Path, files: dict[str, str], hosts: frozenset[str] = frozenset({"electrive.com"})) -> list[str]:
    site = write(tmp_path / "site", {"index.html": "<p>home</p>", "theme/css/site.css": "", **files})
    return [str(p) for p in check_site(site, SITE_URL, set(hosts))]


def test_checker_accepts_urls_under_the_sub_path_and_publisher_links(tmp_path: Path) -> None:
    page = f"""<!DOCTYPE html><html><head>
<link rel="stylesheet" href="{SITE_URL}/theme/css/site.css">
<link rel="canonical" href="https://www.electrive.com/2025/06/03/story/">
<link rel="alternate" type="application/atom+xml" href="{SITE_URL}/feeds/all.atom.xml">
</head><body><a href="{SITE_URL}/">Home</a> <a href="{SITE_URL}">Home</a> <a href="#top">Top</a>
<a href="https://electrive.com/other/">Source</a> <a href="mailto:desk@example.org">Mail</a>
<a href="../../index.html">Up</a></body></html>"""
    assert problems_in(tmp_path, {"articles/a/index.html": page, "feeds/all.atom.xml": "<feed/>"}) == []


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("index2.html", '<a href="/articles/a/">A</a>', "index2.html:1: a[href]: root-relative URL"),
        ("index2.html", '<img srcset="theme/css/site.css 1x, /y.png 2x">', "index2.html:1: img[srcset]: root-relative URL"),
        ("index2.html", '<meta property="og:image" content="/cover.png">', "meta[content] (og:image): root-relative"),
        ("index2.html", '<div style="background: url(/bg.png)"></div>', "div[style] url(): root-relative"),
        ("index2.html", '\n\n<script src="https://cdn.example.net/x.js"></script>', "index2.html:3: script[src]: asset loaded from another host"),
        ("index2.html", '<link rel="stylesheet" href="//fonts.example.net/f.css">', "protocol-relative URL"),
        ("index2.html", '<a href="https://example.github.io/other-repo/">x</a>', "same host but outside the site's sub-path /briefing/"),
        ("index2.html", '<a href="http://localhost:8000/articles/a/">x</a>', "external link to a host no content file names"),
        ("index2.html", f'<a href="{SITE_URL}/articles/missing/">x</a>', "internal URL to a file the build does not contain"),
        ("index2.html", '<script>fetch("/pagefind/pagefind.js")</script>', "string in JS: root-relative URL"),
        ("theme/js/search.js", 'var base = "/pagefind/";', "theme/js/search.js:1: string in JS: root-relative URL"),
        ("theme/css/x.css", "a{}\nb { background: url('/img/b.png') }", "theme/css/x.css:2: url() in CSS: root-relative"),
        ("theme/js/x.js", 'const u = "/topics/x/briefing.json";', "theme/js/x.js:1: string in JS: root-relative"),
        ("topics/x/briefing.json", '{"sources": [{"url": "/articles/a/"}]}', "topics/x/briefing.json:1: JSON string: root-relative"),
        ("sitemap.xml", '<urlset>\n<url><loc>/articles/a/</loc></url></urlset>', "sitemap.xml:2: <loc> text: root-relative"),
        ("feeds/all.atom.xml", '<feed><entry>\n<content type="html">&lt;img src="/a.png"&gt;</content></entry></feed>',
         "feeds/all.atom.xml:2: img[src]: root-relative"),
        ("feeds/all.atom.xml", '<?xml version="1.0"?>\n<?xml-stylesheet type="text/xsl" href="/feeds/feed.xsl"?>\n<feed/>',
         "feeds/all.atom.xml:2: <?xml-stylesheet href=?>: root-relative"),
        ("feeds/all.atom.xml", '<?xml-stylesheet type="text/xsl" href="missing.xsl"?><feed/>',
         "<?xml-stylesheet href=?>: internal URL to a file the build does not contain"),
        ("robots.txt", "User-agent: *\nDisallow: /pagefind/\nSitemap: /sitemap.xml\n", "robots.txt:3: robots.txt Sitemap: root-relative"),
        ("sitemap.txt", f"{SITE_URL}/\n{SITE_URL}/topics/gone/\n", "sitemap.txt:2: sitemap.txt entry: internal URL to a file the build does not contain"),
        ("sitemap.txt", f"{SITE_URL}/\n/articles/a/\n", "sitemap.txt:2: sitemap.txt entry: root-relative URL"),
        ("broken.json", "{not json", "broken.json:1: cannot be parsed"),
    ],
)
def test_checker_names_the_file_line_and_reason(tmp_path: Path, name: str, text: str, expected: str) -> None:
    problems = problems_in(tmp_path, {name: text})
    assert len(problems) == 1 and expected in problems[0], problems


def test_checker_leaves_pagefinds_bundle_to_the_browser_test_and_reads_json_ld_vocabulary(tmp_path: Path) -> None:
    bundle = 'x.replace(/"/g,"&quot;");try{p=new URL(document.currentScript.src).pathname}catch{p="/pagefind/"}'
    json_ld = '<script type="application/ld+json">{"@context": "https://schema.org", "itemListOrder": "https://schema.org/ItemListOrderAscending"}</script>'
    assert problems_in(tmp_path, {"pagefind/pagefind-ui.js": bundle, "index2.html": json_ld}) == []
    assert problems_in(tmp_path, {"pagefind/pagefind-ui.css": "a { background: url(/x.png) }"}) != []


def test_publisher_hosts_come_from_the_editors_files(tmp_path: Path) -> None:
    content = write(tmp_path / "content", {
        "sources.txt": "# one a line\nhttps://www.electrive.com/2025/06/03/a/ nissan-foxconn\n",
        "articles/a.md": "Title: A\nSource: https://www.investing.com/news/x\n\nSee [Nikkei](https://asia.nikkei.com/b).\n",
        "raw/a.html": '<script src="https://ads.example.net/x.js"></script>',
    })
    assert publisher_hosts(content) == {"electrive.com", "investing.com", "asia.nikkei.com"}


# --- the real production build --------------------------------------------------------------

def publish(output: Path, cache: Path, hash_seed: str, site_url: str | None = SITE_URL) -> subprocess.CompletedProcess[str]:
    """`make publish` into `output` with Pelican's caches in `cache`, as CI runs it."""
    env = {k: v for k, v in os.environ.items() if k not in ("SITEURL", "MAKEFLAGS", "MAKELEVEL")}
    env["PYTHONHASHSEED"] = hash_seed
    if site_url is not None:
        env["SITEURL"] = site_url
    command = ["make", "--no-print-directory", "publish", f"PUBLISH_OUTPUT={output}", f"PUBLISH_CACHE={cache}"]
    return subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)


@pytest.fixture(scope="module")
def builds(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    """Three production builds of the same content into fresh folders: cold with hash seed 1,
    cold with seed 2 (set ordering), and warm on the first one's cache with seed 2 (what CI
    does with its restored cache)."""
    runs = [("cold-1", "cold-1", "1"), ("cold-2", "cold-2", "2"), ("warm-2", "cold-1", "2")]
    outputs = []
    for name, cache, seed in runs:
        output = tmp_path_factory.mktemp(name) / "output"
        result = publish(output, tmp_path_factory.getbasetemp() / f"cache-{cache}", seed)
        assert result.returncode == 0, f"make publish ({name}) failed:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
        outputs.append(output)
    return outputs[0], outputs[1], outputs[2]


def site_files(root: Path) -> list[str]:
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file())


def test_build_has_pages_topics_and_the_nojekyll_marker(builds: tuple[Path, Path, Path]) -> None:
    files = set(site_files(builds[0]))
    assert {"index.html", ".nojekyll"} <= files
    assert any(f.startswith("topics/") and f.endswith("/index.html") for f in files)
    assert any(f.startswith("topics/") and f.endswith("/briefing.json") for f in files)


def test_every_url_works_under_the_project_pages_sub_path(builds: tuple[Path, Path, Path]) -> None:
    problems = check_site(builds[0], SITE_URL, publisher_hosts(ROOT / "content"))
    shown = "\n".join(map(str, problems[:40]))
    assert not problems, f"{len(problems)} URL(s) would break under {SITE_URL}/:\n{shown}"


@pytest.mark.parametrize("other", [1, 2], ids=["cold-builds-with-another-hash-seed", "warm-cache-build"])
def test_builds_of_the_same_content_are_byte_identical(builds: tuple[Path, Path, Path], other: int) -> None:
    first, second = builds[0], builds[other]
    assert site_files(first) == site_files(second), "the two builds wrote different sets of files"
    for name in site_files(first):
        a, b = (first / name).read_bytes(), (second / name).read_bytes()
        if a != b:
            pytest.fail(f"builds differ in {name}: {first_difference(a, b)}")


def first_difference(a: bytes, b: bytes) -> str:
    """The first differing line of two versions of a file (or the byte offset for binaries)."""
    try:
        lines_a, lines_b = a.decode("utf-8").splitlines(), b.decode("utf-8").splitlines()
    except UnicodeDecodeError:
        offset = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
        return f"binary, first differing byte at offset {offset}"
    for number, (line_a, line_b) in enumerate(zip(lines_a, lines_b), start=1):
        if line_a != line_b:
            return f"line {number}:\n- {line_a[:300]}\n+ {line_b[:300]}"
    return f"one build has {abs(len(lines_a) - len(lines_b))} more line(s) after line {min(len(lines_a), len(lines_b))}"


def test_no_page_carries_the_build_date(builds: tuple[Path, Path, Path]) -> None:
    """A build timestamp would change every page on every deploy; dates must come from content."""
    content = "\n".join(p.read_text(encoding="utf-8", errors="replace") for p in (ROOT / "content").rglob("*") if p.is_file())
    today = dt.datetime.now(dt.timezone.utc).date()
    stamps = {s for day in (today, today - dt.timedelta(days=1)) for s in date_spellings(day) if s not in content}
    for name in site_files(builds[0]):
        text = (builds[0] / name).read_text(encoding="utf-8", errors="replace")
        for number, line in enumerate(text.splitlines(), start=1):
            found = next((s for s in stamps if s in line), None)
            assert found is None, f"{name}:{number} carries the build date {found!r}: {line.strip()[:200]}"


def date_spellings(day: dt.date) -> list[str]:
    return [day.isoformat(), day.strftime("%d %B %Y"), f"{day.day} {day:%B %Y}", f"{day:%B} {day.day}, {day.year}",
            f"{day.day} {day:%b %Y}", f"{day:%b} {day.day}, {day.year}"]


def test_production_build_refuses_to_run_without_siteurl(tmp_path: Path) -> None:
    result = publish(tmp_path / "output", tmp_path / "cache", "1", site_url=None)
    assert result.returncode != 0
    assert "publishconf.py: SITEURL is not set" in result.stderr


# --- the deployed site in a real browser, served at the sub-path ------------------------------
# (`chromium` is the session's Debian Chromium from tests/browser_support.py)

class PagesHost:
    """Answers https://example.github.io/briefing/... from a build folder, as GitHub Pages would;
    every request to any other address is refused and remembered."""

    def __init__(self, root: Path, not_found_page: bool = False) -> None:
        self.root = root
        self.not_found_page = not_found_page  # answer a missing path with 404.html, as Pages does
        self.refused: list[str] = []
        self.missing: list[str] = []

    def handle(self, route) -> None:  # playwright Route
        url = route.request.url
        if not url.startswith(SITE_URL + "/"):
            self.refused.append(url)
            route.abort()
            return
        path = unquote(urlsplit(url).path)[len(urlsplit(SITE_URL).path) + 1:]
        target = self.root / path
        if path == "" or path.endswith("/") or target.is_dir():
            target = target / "index.html"
        if not target.is_file():
            self.missing.append(url)
            page = self.root / "404.html"
            if self.not_found_page and page.is_file():
                route.fulfill(status=404, body=page.read_bytes(), headers={"content-type": "text/html"})
            else:
                route.fulfill(status=404, body="not found")
            return
        kind = mimetypes.guess_type(target.name)[0] or "application/octet-stream"
        route.fulfill(status=200, body=target.read_bytes(), headers={"content-type": kind})


def test_pages_load_everything_from_under_the_sub_path(builds: tuple[Path, Path, Path], chromium) -> None:
    host = PagesHost(builds[0])
    context = chromium.new_context()
    context.route("**/*", host.handle)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    files = site_files(builds[0])
    visited = ["index.html", "search/index.html", "404.html", "feeds/all.atom.xml"]
    visited += [next(f for f in files if f.startswith(prefix) and f.endswith(suffix))
                for prefix, suffix in (("topics/", "/index.html"), ("topics/", "/timeline/index.html"), ("articles/", "/index.html"))]
    for name in visited:
        response = page.goto(f"{SITE_URL}/{name.removesuffix('index.html')}", wait_until="load")
        assert response is not None and response.ok, f"{name}: {response.status if response else 'no response'}"
    page.wait_for_load_state("networkidle")
    context.close()
    assert not host.missing, f"requests for files the build lacks: {host.missing}"
    assert not host.refused, f"requests to other hosts: {host.refused}"
    assert not errors, f"script errors: {errors}"


def test_a_missing_address_at_any_depth_gets_the_404_page_in_the_sites_look(builds: tuple[Path, Path, Path], chromium) -> None:
    host = PagesHost(builds[0], not_found_page=True)
    context = chromium.new_context()
    context.route("**/*", host.handle)
    page = context.new_page()
    missing = f"{SITE_URL}/topics/no-such-topic/timeline/"
    response = page.goto(missing, wait_until="load")
    assert response is not None and response.status == 404
    assert page.locator("h1").inner_text() == "Page not found"
    assert page.evaluate("getComputedStyle(document.body).fontFamily").startswith("system-ui"), "site.css did not load"
    home = page.locator(".site-header .site-name").get_attribute("href")
    assert urljoin(page.url, home) == f"{SITE_URL}/index.html"
    context.close()
    assert host.missing == [missing] and not host.refused, (host.missing, host.refused)


def test_search_results_link_into_the_sub_path(builds: tuple[Path, Path, Path], chromium) -> None:
    host = PagesHost(builds[0])
    context = chromium.new_context()
    context.route("**/*", host.handle)
    page = context.new_page()
    page.goto(f"{SITE_URL}/search/?q=Foxconn", wait_until="load")
    link = page.locator(".pagefind-ui__result-link").first
    link.wait_for(timeout=15000)
    href = link.get_attribute("href") or ""
    target = urljoin(page.url, href)
    assert target.startswith(SITE_URL + "/"), f"search result points outside the site: {href}"
    assert page.goto(target).ok, f"search result {target} is not in the build"
    context.close()
    assert not host.refused and not host.missing, (host.refused, host.missing)


def test_first_difference_names_the_line() -> None:
    assert first_difference(b"a\nb\nc\n", b"a\nB\nc\n") == "line 2:\n- b\n+ B"
    assert first_difference(b"a\n", b"a\nb\n") == "one build has 1 more line(s) after line 1"
    assert first_difference(b"\xff\x00", b"\xff\x01") == "binary, first differing byte at offset 1"


def test_production_build_fails_on_any_pelican_warning(tmp_path: Path) -> None:
    """The exact pelican command `make publish` runs, given one unknown plugin, must fail."""
    dry_run = subprocess.run(["make", "--no-print-directory", "-n", "publish", f"PUBLISH_OUTPUT={tmp_path / 'out'}",
                              f"PUBLISH_CACHE={tmp_path / 'cache'}"], cwd=ROOT, capture_output=True, text=True, check=True)
    (command,) = [line for line in dry_run.stdout.splitlines() if "/pelican " in line]
    assert "--settings publishconf.py" in command and "--fatal warnings" in command
    env = {**os.environ, "SITEURL": SITE_URL}
    broken = subprocess.run(f"{command} --extra-settings 'PLUGINS=[\"briefing\", \"no_such_plugin\"]'", shell=True,
                            cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert broken.returncode != 0, "a plugin that cannot be loaded did not fail the production build"
    assert "no_such_plugin" in broken.stdout + broken.stderr
