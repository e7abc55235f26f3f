"""A page as we received it: the bytes plus the HTTP facts needed to re-clean it or ask again."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Snapshot:
    """Raw page bytes and where they came from; stored gzipped next to the article they made."""

    body: bytes
    url: str  # the URL asked for (or given with --url for a saved page)
    final_url: str  # after redirects
    content_type: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    source: str = "http"  # "http", or the saved file's name for pages added offline

    def sidecar(self) -> dict[str, str | None]:
        """The fetch facts kept in content/raw/<stem>.json (conditional requests, offline re-cleaning)."""
        return {
            "url": self.url,
            "final_url": self.final_url,
            "content_type": self.content_type,
            "etag": self.etag,
            "last_modified": self.last_modified,
            "source": self.source,
        }
