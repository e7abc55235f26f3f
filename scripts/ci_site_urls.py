"""Every URL a built site file refers to, with its line and what it is used for.

The publishing check (ci_check_site.py) judges each URL by its role: a browser *loads*
an asset (script, stylesheet, image, font, manifest, search bundle), a reader *follows*
a link, a feed or JSON reader *reads* data. Only the file formats a static site ships
are read: HTML, CSS, JS, JSON, XML (feeds, sitemap, SVG), text sitemaps and robots.txt.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from bs4 import BeautifulSoup, Tag
from lxml import etree

ASSET, LINK, DATA = "asset", "link", "data"

# Attributes that hold one URL, and the role of that URL.
_LINK_ATTRS = {("a", "href"), ("area", "href"), ("blockquote", "cite"), ("q", "cite"), ("del", "cite"), ("ins", "cite")}
_URL_ATTRS = ("href", "src", "poster", "action", "formaction", "data", "background", "xlink:href", "manifest", "cite")
_NAVIGATION_LINK_RELS = {"canonical", "alternate", "prev", "next", "author", "license", "home", "index", "search"}
_META_URL_NAMES = {"og:url", "og:image", "og:image:url", "og:image:secure_url", "og:audio", "og:video",
                   "twitter:image", "twitter:url", "msapplication-tileimage", "msapplication-config"}
_CSS_URL = re.compile(r"""url\(\s*(['"]?)(.*?)\1\s*\)|@import\s+(['"])(.*?)\3""", re.S)
# A quoted JS string that is a root-relative, protocol-relative or absolute http(s) URL.
_JS_URL = re.compile(r"""(["'`])((?:https?:)?//[^"'`\s]+|/[A-Za-z0-9_.~%-][^"'`\s]*)\1""")
_TEXT_URL = re.compile(r"""https?://[^\s<>"']+""")
_REFRESH = re.compile(r"^\s*\d+\s*;\s*url\s*=\s*(.+)$", re.I)
_HTML_TEXT_TYPES = {"html", "xhtml", "text/html"}


@dataclass(frozen=True)
class UrlRef:
    """One URL as written in a file: where it is and whether it is loaded, followed or read."""

    line: int
    url: str
    role: str
    where: str  # e.g. 'img[src]', 'url() in CSS', 'JSON string'


def urls_in_file(path: Path) -> Iterator[UrlRef]:
    """The URLs in one built file, chosen by its extension; other files have none."""
    suffix = path.suffix.lower()
    if suffix in (".html", ".htm"):
        yield from urls_in_html(path.read_text(encoding="utf-8"))
    elif suffix == ".css":
        yield from urls_in_css(path.read_text(encoding="utf-8"))
    elif suffix in (".js", ".mjs"):
        yield from urls_in_js(path.read_text(encoding="utf-8"))
    elif suffix in (".json", ".webmanifest"):
        yield from urls_in_json(path.read_text(encoding="utf-8"))
    elif suffix in (".xml", ".atom", ".rss", ".svg", ".xsl"):
        yield from urls_in_xml(path.read_bytes())
    elif path.name == "robots.txt":
        yield from urls_in_robots(path.read_text(encoding="utf-8"))
    elif path.suffix == ".txt" and path.name.startswith("sitemap"):
        yield from urls_in_text_sitemap(path.read_text(encoding="utf-8"))


def urls_in_html(text: str, first_line: int = 1) -> Iterator[UrlRef]:
    soup = BeautifulSoup(text, "html.parser")
    for tag in soup.find_all(True):
        line = first_line + (tag.sourceline or 1) - 1
        yield from _tag_urls(tag, line)
        if tag.name == "style" and tag.string:
            yield from urls_in_css(tag.string, line)
        elif tag.name == "script" and tag.string:
            kind = (tag.get("type") or "").lower()
            if kind.endswith("json"):
                yield from urls_in_json(tag.string, line)
            elif kind in ("", "module", "text/javascript", "application/javascript"):
                yield from urls_in_js(tag.string, line)


def _tag_urls(tag: Tag, line: int) -> Iterator[UrlRef]:
    name = tag.name
    rels = {r.lower() for r in tag.get_attribute_list("rel") if r}
    for attr in _URL_ATTRS:
        value = tag.get(attr)
        if not isinstance(value, str) or not value.strip():
            continue
        if (name, attr) in _LINK_ATTRS or (name == "link" and attr == "href" and rels and rels <= _NAVIGATION_LINK_RELS):
            role = LINK
        else:
            role = ASSET
        yield UrlRef(line, value.strip(), role, f"{name}[{attr}]")
    for attr in ("srcset", "imagesrcset"):
        value = tag.get(attr)
        if isinstance(value, str):
            for candidate in value.split(","):
                if candidate.strip():
                    yield UrlRef(line, candidate.split()[0], ASSET, f"{name}[{attr}]")
    if isinstance(tag.get("style"), str):
        for ref in urls_in_css(tag["style"], line):
            yield UrlRef(ref.line, ref.url, ASSET, f"{name}[style] url()")
    if name == "meta" and isinstance(tag.get("content"), str):
        yield from _meta_urls(tag, line)


def _meta_urls(tag: Tag, line: int) -> Iterator[UrlRef]:
    content = tag["content"].strip()
    key = str(tag.get("property") or tag.get("name") or "").lower()
    refresh = _REFRESH.match(content) if str(tag.get("http-equiv", "")).lower() == "refresh" else None
    if refresh:
        yield UrlRef(line, refresh.group(1).strip("'\" "), LINK, "meta refresh")
    elif key in _META_URL_NAMES or content.startswith(("/", "http://", "https://")):
        role = LINK if key in ("og:url", "twitter:url") else ASSET
        yield UrlRef(line, content, role, f"meta[content] ({key or 'unnamed'})")


def urls_in_css(text: str, first_line: int = 1) -> Iterator[UrlRef]:
    for match in _CSS_URL.finditer(text):
        url = (match.group(2) if match.group(2) is not None else match.group(4)).strip()
        if url and not url.startswith(("data:", "#")):
            yield UrlRef(first_line + text.count("\n", 0, match.start()), url, ASSET, "url() in CSS")


def urls_in_js(text: str, first_line: int = 1) -> Iterator[UrlRef]:
    for match in _JS_URL.finditer(text):
        yield UrlRef(first_line + text.count("\n", 0, match.start()), match.group(2), ASSET, "string in JS")


def urls_in_json(text: str, first_line: int = 1) -> Iterator[UrlRef]:
    for value in _json_strings(json.loads(text)):
        if value.startswith(("/", "http://", "https://")) and len(value) > 1:
            offset = text.find(json.dumps(value)[1:-1])
            line = first_line + (text.count("\n", 0, offset) if offset >= 0 else 0)
            yield UrlRef(line, value, DATA, "JSON string")


def _json_strings(node: object) -> Iterator[str]:
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for value in node.values():
            yield from _json_strings(value)
    elif isinstance(node, list):
        for value in node:
            yield from _json_strings(value)


def urls_in_xml(data: bytes) -> Iterator[UrlRef]:
    """Attributes and texts that are URLs; HTML carried in feed entries (Atom type="html",
    RSS description) is read as HTML."""
    root = etree.fromstring(data, parser=etree.XMLParser(resolve_entities=False, no_network=True))
    before = root.getprevious()
    while before is not None:  # <?xml-stylesheet href=...?>: a browser loads it to show the file
        if isinstance(before, etree._ProcessingInstruction) and before.target == "xml-stylesheet" and before.get("href"):
            yield UrlRef(before.sourceline or 1, before.get("href"), ASSET, "<?xml-stylesheet href=?>")
        before = before.getprevious()
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        line = element.sourceline or 1
        for name, value in element.attrib.items():
            value = value.strip()
            if name.endswith("}base") or value.startswith(("/", "http://", "https://")):
                if len(value) > 1:
                    yield UrlRef(line, value, DATA, f"<{etree.QName(element).localname} {etree.QName(name).localname}=>")
        text = (element.text or "").strip()
        if not text:
            continue
        if element.get("type", "").lower() in _HTML_TEXT_TYPES or etree.QName(element).localname == "description":
            yield from urls_in_html(text, line)
        elif text.startswith(("/", "http://", "https://")) and len(text) > 1 and not any(c.isspace() for c in text):
            yield UrlRef(line, text, DATA, f"<{etree.QName(element).localname}> text")


def urls_in_robots(text: str) -> Iterator[UrlRef]:
    """Only Sitemap lines hold URLs: Allow/Disallow values are path patterns, root-relative by definition."""
    for number, line in enumerate(text.splitlines(), start=1):
        field, _, value = line.partition(":")
        if field.strip().lower() == "sitemap" and value.strip():
            yield UrlRef(number, value.strip(), DATA, "robots.txt Sitemap")
        else:
            for match in _TEXT_URL.finditer(line):
                yield UrlRef(number, match.group(0), DATA, "robots.txt")


def urls_in_text_sitemap(text: str) -> Iterator[UrlRef]:
    """A text sitemap is one URL a line (sitemaps.org), and every line must be one."""
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            yield UrlRef(number, line.strip(), DATA, "sitemap.txt entry")
