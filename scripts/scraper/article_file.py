"""The content file format: a Pelican Markdown metadata header, a blank line, the Markdown body.

Pelican (and our briefing plugin) read these files, so rendering and parsing live together here
and round-trip exactly. Title and publisher are written HTML-escaped, which is
Pelican's convention for titles (themes print ``article.title`` as HTML): a hostile title such as
``<script>`` reaches the site as text, never as markup. Author names lose '<', '>' and ';' instead
(see _author).
"""

from __future__ import annotations

import hashlib
import html
import re
import unicodedata
from dataclasses import dataclass, field
from urllib.parse import urlsplit

# Every key we write, in the order we write them.
FIELD_ORDER = (
    "Title",
    "Date",
    "Modified",
    "Authors",
    "Publisher",
    "Original_url",
    "Topics",
    "Lang",
    "Partial",
    "Slug",
    "Raw",
    "Content_sha256",
)
_HEADER_LINE = re.compile(r"^(?P<key>[A-Za-z0-9_-]+):[ \t]*(?P<value>.*)$")
# Line breaks of every kind (Python's str.splitlines() set) and other control characters.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]+")
_SPACES = re.compile(r"\s+")
_AUTHOR_UNSAFE = re.compile(r"[<>]")
_SLUG_JUNK = re.compile(r"[^a-z0-9]+")
TOPIC_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
SLUG_MAX = 60


@dataclass
class ArticleFile:
    """One content file: its metadata (plain, unescaped values) and Markdown body."""

    title: str
    date: str  # ISO 8601
    publisher: str
    original_url: str
    slug: str  # the file stem
    raw: str  # snapshot path relative to content/
    body: str
    modified: str | None = None
    authors: list[str] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)
    lang: str | None = None
    partial: bool = False  # the page held only part of the article (paywall, gate, cut text)
    content_sha256: str = ""  # as read from the file; render() writes the body's actual hash

    def render(self) -> str:
        """The file's full text, header then blank line then body (ending in one newline)."""
        body = normalise_body(self.body)
        values = {
            "Title": _text(self.title),
            "Date": _line(self.date),
            "Modified": _line(self.modified or ""),
            "Authors": _authors(self.authors),
            "Publisher": _text(self.publisher),
            "Original_url": _line(self.original_url),
            "Topics": ", ".join(_line(t) for t in self.topics),
            "Lang": _line(self.lang or ""),
            "Partial": "true" if self.partial else "",
            "Slug": _line(self.slug),
            "Raw": _line(self.raw),
            "Content_sha256": body_sha256(body),
        }
        header = "".join(f"{key}: {values[key]}\n" for key in FIELD_ORDER if values[key])
        return f"{header}\n{body}"

    @property
    def edited(self) -> bool:
        """True when someone changed the body after the scraper wrote it."""
        return body_sha256(normalise_body(self.body)) != self.content_sha256


def parse_article(text: str) -> ArticleFile:
    """Read a content file written by render(); ValueError when it is not one."""
    header, sep, body = text.partition("\n\n")
    if not sep:
        raise ValueError("no blank line after the metadata header")
    meta: dict[str, str] = {}
    for line in header.split("\n"):
        match = _HEADER_LINE.match(line)
        if not match:
            raise ValueError(f"malformed metadata line {line[:60]!r}")
        meta[match["key"].lower()] = match["value"].strip()
    missing = [k for k in ("title", "date", "original_url", "slug", "raw") if not meta.get(k)]
    if missing:
        raise ValueError(f"missing metadata: {', '.join(missing)}")
    return ArticleFile(
        title=html.unescape(meta["title"]),
        date=meta["date"],
        modified=meta.get("modified") or None,
        authors=[a.strip() for a in meta.get("authors", "").split(";") if a.strip()],
        publisher=html.unescape(meta.get("publisher", "")),
        original_url=meta["original_url"],
        topics=[t.strip() for t in meta.get("topics", "").split(",") if t.strip()],
        lang=meta.get("lang") or None,
        partial=meta.get("partial", "").lower() == "true",
        slug=meta["slug"],
        raw=meta["raw"],
        content_sha256=meta.get("content_sha256", ""),
        body=body,
    )


def normalise_body(markdown: str) -> str:
    """The body exactly as written: Unix newlines, no surrounding blank lines, one final newline."""
    text = markdown.replace("\r\n", "\n").replace("\r", "\n").strip("\n")
    return text + "\n"


def body_sha256(body: str) -> str:
    """Hash of a body as written, stored in the header so a later scrape can spot an editor's change."""
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def slugify(title: str, max_len: int = SLUG_MAX) -> str:
    """ASCII slug of a title, cut at a word boundary to at most max_len characters."""
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    slug = _SLUG_JUNK.sub("-", ascii_title.lower()).strip("-")
    if len(slug) > max_len:
        cut = slug[: max_len + 1]
        slug = cut.rsplit("-", 1)[0] if "-" in cut else cut[:max_len]
    return slug.strip("-")


def url_slug(url: str) -> str:
    """Fallback slug from the last meaningful URL path segment (titles in non-Latin scripts)."""
    segments = [s for s in urlsplit(url).path.split("/") if s]
    for segment in reversed(segments):
        slug = slugify(re.sub(r"\.[a-z0-9]{2,5}$", "", segment))
        if slug and not slug.isdigit():
            return slug
    return "article"


def single_line(value: str) -> str:
    """A metadata value on one line: control characters and runs of whitespace become one space."""
    return _SPACES.sub(" ", _CONTROL.sub(" ", value)).strip()


def _line(value: str) -> str:
    return single_line(value)


def _text(value: str) -> str:
    return html.escape(single_line(value), quote=False)


def _author(name: str) -> str:
    """One author name, safe in a Pelican list: no ';' (the separator) and no markup characters.

    Names cannot be HTML-escaped like titles because every entity ends in ';', which Pelican
    would take for a separator; a name has no business containing '<' or '>' anyway.
    """
    return single_line(_AUTHOR_UNSAFE.sub(" ", name.replace(";", ",")))


def _authors(names: list[str]) -> str:
    """Semicolon-separated names; a lone name gets a trailing ';' so Pelican never splits it on commas."""
    cleaned = [n for n in (_author(n) for n in names) if n]
    if len(cleaned) == 1 and "," in cleaned[0]:
        return cleaned[0] + ";"
    return "; ".join(cleaned)
