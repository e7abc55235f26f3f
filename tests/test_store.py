"""The content folder: identity by canonical URL, idempotent writes, editors' changes kept, leftovers removed."""

from __future__ import annotations

import gzip
import json
from dataclasses import replace
from datetime import datetime, timezone

import pytest

from scraper.article_file import parse_article
from scraper.clean import CleanArticle
from scraper.errors import ScrapeError
from scraper.outcome import Status
from scraper.snapshot import Snapshot
from scraper.store import ContentStore

CANONICAL = "https://news.example.com/2025/06/03/nissan-foxconn/"


def _cleaned(**overrides) -> CleanArticle:
    fields = dict(
        url=CANONICAL,
        title="Nissan considers Foxconn tie-up",
        published="2025-06-03T09:12:41+00:00",
        modified=None,
        authors=["Nora Lindqvist"],
        publisher="Example News",
        language="en",
        image=None,
        text="First paragraph.\n\nSecond paragraph.",
        markdown="First paragraph.\n\nSecond paragraph.",
        html="<p>First paragraph.</p><p>Second paragraph.</p>",
    )
    fields.update(overrides)
    return CleanArticle(**fields)


def _snapshot(url: str = CANONICAL, body: bytes = b"<html>page</html>", **overrides) -> Snapshot:
    return Snapshot(body=body, url=url, final_url=url, **overrides)


@pytest.fixture
def store(tmp_path):
    store = ContentStore(tmp_path / "content")
    store.prepare()
    return store


def _files(store: ContentStore) -> dict[str, bytes]:
    return {str(p.relative_to(store.root)): p.read_bytes() for p in sorted(store.root.rglob("*")) if p.is_file()}


def test_new_article_writes_snapshot_sidecar_and_article(store):
    saved = store.save(_cleaned(), _snapshot(etag='"v1"', content_type="text/html"), ["nissan-foxconn"])
    assert saved.status is Status.ADDED and saved.stem == "2025-06-03-nissan-considers-foxconn-tie-up"
    article = store.read_article(saved.stem)
    assert article.raw == f"raw/{saved.stem}.html.gz"
    assert gzip.decompress((store.root / article.raw).read_bytes()) == b"<html>page</html>"
    sidecar = json.loads((store.raw_dir / f"{saved.stem}.json").read_text())
    assert sidecar["etag"] == '"v1"' and sidecar["content_type"] == "text/html" and sidecar["final_url"] == CANONICAL
    assert store.conditional_headers(CANONICAL) == {"If-None-Match": '"v1"'}


def test_saving_the_same_article_again_writes_nothing(store):
    store.save(_cleaned(), _snapshot(), ["nissan-foxconn"])
    before = {p: (p.stat().st_mtime_ns, p.read_bytes()) for p in store.root.rglob("*") if p.is_file()}
    again = ContentStore(store.root)
    again.prepare()
    assert again.save(_cleaned(), _snapshot(), ["nissan-foxconn"]).status is Status.UNCHANGED
    assert {p: (p.stat().st_mtime_ns, p.read_bytes()) for p in store.root.rglob("*") if p.is_file()} == before


def test_same_canonical_under_another_url_is_stored_once_and_remembered(store):
    first = store.save(_cleaned(), _snapshot("https://news.example.com/a?utm_source=x"))
    second = store.save(_cleaned(), _snapshot("https://m.news.example.com/a"))
    assert second.status is Status.UNCHANGED and second.stem == first.stem
    assert len(list(store.articles_dir.glob("*.md"))) == 1
    reopened = ContentStore(store.root)
    reopened.prepare()
    for url in ("https://news.example.com/a?utm_source=x", "https://m.news.example.com/a", CANONICAL, "HTTPS://News.Example.com:443/2025/06/03/nissan-foxconn/#top"):
        assert reopened.find(url) == first.stem


def test_changed_page_updates_the_article_and_keeps_its_file_name(store):
    first = store.save(_cleaned(), _snapshot(), ["nissan-foxconn"])
    changed = _cleaned(title="Nissan and Foxconn in advanced talks", markdown="Updated paragraph.")
    saved = store.save(changed, _snapshot(body=b"<html>new</html>"), ["ev-japan"])
    assert saved.status is Status.UPDATED and saved.stem == first.stem
    article = store.read_article(first.stem)
    assert article.title == "Nissan and Foxconn in advanced talks"
    assert article.topics == ["nissan-foxconn", "ev-japan"]
    assert gzip.decompress(store.raw_path(first.stem).read_bytes()) == b"<html>new</html>"


def test_an_editors_change_is_never_overwritten(store):
    stem = store.save(_cleaned(), _snapshot()).stem
    path = store.article_path(stem)
    edited = path.read_text().replace("Second paragraph.", "Second paragraph, fixed by the desk.")
    path.write_text(edited)
    saved = store.save(_cleaned(markdown="Publisher's new text."), _snapshot(body=b"<html>new</html>"))
    assert saved.status is Status.EDITED
    assert "changed by an editor" in saved.warnings[0]
    assert path.read_text() == edited
    assert gzip.decompress(store.raw_path(stem).read_bytes()) == b"<html>page</html>"


def test_page_without_a_date_is_dated_today_with_a_warning(store):
    saved = store.save(_cleaned(published=None), _snapshot())
    today = datetime.now(timezone.utc).date().isoformat()
    assert saved.stem.startswith(today)
    assert any("no publication date" in w for w in saved.warnings)
    # The first date sticks: a later scrape of the same undated page keeps the file where it is.
    again = store.save(_cleaned(published=None), _snapshot())
    assert again.status is Status.UNCHANGED and not again.warnings


def test_malformed_dates_are_ignored_with_a_warning(store):
    saved = store.save(_cleaned(published="yesterday", modified="2025-13-45"), _snapshot())
    assert any("malformed publication date 'yesterday'" in w for w in saved.warnings)
    assert any("malformed modification date" in w for w in saved.warnings)
    assert store.read_article(saved.stem).modified is None


def test_two_articles_with_the_same_title_and_day_get_distinct_files(store):
    a = store.save(_cleaned(), _snapshot())
    b = store.save(_cleaned(url="https://other.example.org/nissan"), _snapshot("https://other.example.org/nissan"))
    assert b.status is Status.ADDED and b.stem == f"{a.stem}-2"
    assert store.read_article(b.stem).slug == b.stem


def test_unsafe_canonical_falls_back_to_the_fetched_url(store):
    saved = store.save(_cleaned(url="javascript:alert(1)"), _snapshot("https://news.example.com/real"))
    assert store.read_article(saved.stem).original_url == "https://news.example.com/real"
    quoted = store.save(_cleaned(url='https://news.example.com/x"><script>'), _snapshot("https://news.example.com/x"))
    assert store.read_article(quoted.stem).original_url == "https://news.example.com/x%22%3E%3Cscript%3E"


def test_invalid_input_writes_nothing(store):
    with pytest.raises(ScrapeError, match="no article title"):
        store.save(_cleaned(title="  "), _snapshot())
    with pytest.raises(ScrapeError, match="not a topic slug"):
        store.save(_cleaned(), _snapshot(), ["Not A Slug"])
    with pytest.raises(ScrapeError, match="no article found"):
        store.save(_cleaned(markdown="\n\n"), _snapshot())
    assert _files(store) == {}


def test_prepare_removes_what_an_interrupted_run_left(tmp_path):
    store = ContentStore(tmp_path)
    store.prepare()
    kept = store.save(_cleaned(), _snapshot()).stem
    (store.articles_dir / ".scrape-x.md.abc.tmp").write_text("half")
    (store.raw_dir / ".scrape-y.html.gz.abc.tmp").write_bytes(b"half")
    (store.raw_dir / "2025-01-01-orphan.html.gz").write_bytes(gzip.compress(b"<html></html>"))
    (store.raw_dir / "2025-01-01-orphan.json").write_text("{}")
    (store.articles_dir / "handwritten.md").write_text("Title: Editor's note\nDate: 2025-06-01\n\nHello\n")
    (store.articles_dir / "broken.md").write_text("Title: Half a header\nContent_sha256: 00\nno colon here\n\nBody\n")
    notes = ContentStore(tmp_path).prepare()
    assert sorted(p.name for p in store.articles_dir.iterdir()) == [f"{kept}.md", "broken.md", "handwritten.md"]
    assert sorted(p.name for p in store.raw_dir.iterdir()) == [f"{kept}.html.gz", f"{kept}.json"]
    assert sum("temporary" in n for n in notes) == 2 and sum("without an article" in n for n in notes) == 2
    assert [n for n in notes if "left alone" in n] == [f"{store.articles_dir / 'broken.md'}: scraped content file no longer readable (malformed metadata line 'no colon here'); left alone"]


def test_reclean_target_keeps_stem_and_topics(store):
    stem = store.save(_cleaned(), _snapshot(), ["nissan-foxconn"]).stem
    snapshot = store.load_snapshot(stem)
    assert snapshot.body == b"<html>page</html>" and snapshot.url == CANONICAL
    better = replace(_cleaned(), url="https://elsewhere.example.com/", markdown="Better cleaning.")
    saved = store.save(better, snapshot, stem=stem)
    assert saved.status is Status.UPDATED and saved.stem == stem
    assert parse_article(store.article_path(stem).read_text()).topics == ["nissan-foxconn"]


def test_plans_for_one_article_are_written_newest_last(store):
    first = store.plan(_cleaned(), _snapshot("https://news.example.com/a"))
    same = store.plan(_cleaned(), _snapshot("https://news.example.com/b"))  # same canonical, not yet written
    newer = store.plan(_cleaned(markdown="Corrected text."), _snapshot("https://news.example.com/c"))
    assert (first.status, same.status, newer.status) == (Status.ADDED, Status.UNCHANGED, Status.UPDATED)
    assert first.stem == same.stem == newer.stem
    store.commit(newer)
    store.commit(first)  # a slower writer thread finishing late must not bring old text back
    assert store.read_article(first.stem).body == "Corrected text.\n"


def test_a_new_article_that_cannot_be_written_leaves_nothing(store, monkeypatch):
    import scraper.store as store_module

    real_write = store_module.write_atomic

    def disk_full_on_articles(path, data):
        if path.suffix == ".md":
            raise OSError(28, "No space left on device")
        real_write(path, data)

    monkeypatch.setattr(store_module, "write_atomic", disk_full_on_articles)
    with pytest.raises(OSError):
        store.save(_cleaned(), _snapshot())
    assert _files(store) == {}
