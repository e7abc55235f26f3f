"""`extract`: clean saved pages and describe each as one JSON object, writing nothing."""

from __future__ import annotations

import asyncio
from pathlib import Path

from .clean_pool import CleanerPool
from .errors import ScrapeError
from .local_pages import naming_file, page_url, read_page
from .snapshot import Snapshot


def extract_pages(pages: list[tuple[Path, str | None]], max_bytes: int, workers: int | None = None) -> list[dict | ScrapeError]:
    """For each (path, the URL it came from or None) in order: the JSON-ready record of its article,
    or the error that stopped it."""
    with CleanerPool(len(pages), workers) as pool:
        return asyncio.run(_extract_all(pool, pages, max_bytes))


async def _extract_all(pool: CleanerPool, pages: list[tuple[Path, str | None]], max_bytes: int) -> list[dict | ScrapeError]:
    return list(await asyncio.gather(*(_extract_one(pool, path, url, max_bytes) for path, url in pages)))


async def _extract_one(pool: CleanerPool, path: Path, url: str | None, max_bytes: int) -> dict | ScrapeError:
    try:
        body = read_page(path, max_bytes)
        where = page_url(path, url)
        article = await pool.clean(Snapshot(body=body, url=where, final_url=where, source=path.name))
    except ScrapeError as exc:
        return ScrapeError(naming_file(path, url, str(exc)))
    return {
        "path": str(path),
        "url": article.url,
        "title": article.title,
        "published": article.published,
        "authors": list(article.authors),
        "publisher": article.publisher,
        "language": article.language,
        "text": article.text,
        "markdown": article.markdown,
        "partial": article.partial,
    }
