"""Checks that a production build works where GitHub Pages serves it, under a sub-path.

A project site lives at https://USER.github.io/REPO/, so a root-relative URL ("/theme/...")
or one built for another host silently breaks there. Every URL in the build must be:
  - under SITEURL/ and point at a file the build contains, or
  - a link a reader follows (a[href], canonical, cite, feed or JSON data) to a source
    publisher the content itself names (content/sources.txt, articles, topics, pages).
Nothing a browser loads (script, stylesheet, image, font, manifest, search bundle) may come
from anywhere else. CI runs this on the artifact before deploying; tests run it too.

Usage: python scripts/ci_check_site.py OUTPUT_DIR --site-url URL [--content content]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

from ci_site_urls import ASSET, DATA, UrlRef, urls_in_file

_CONTENT_URL = re.compile(r"""https?://[^\s<>"'()\[\]]+""")
_CONTENT_FILES = ("sources.txt", "articles/**/*.md", "topics/**/*.md", "pages/**/*.md")
_NOT_CHECKED_SCHEMES = ("mailto:", "tel:", "data:", "#", "javascript:void(0)")
# Pagefind's generated bundle is minified third-party JS whose strings (regex literals, the
# SVG namespace, dummy bases for URL parsing, a "/pagefind/" fallback it never uses in a
# browser) are not URLs it loads. What it really requests is checked where it happens: the
# browser tests in tests/test_publish.py refuse every request outside SITEURL/.
_CHECKED_IN_BROWSER = ("pagefind/",)
# JSON-LD names its vocabulary with IRIs (https://schema.org/ItemList): identifiers, never fetched.
_VOCABULARY_HOSTS = {"schema.org"}


@dataclass(frozen=True)
class Problem:
    """One URL that would not work, or would load from elsewhere, once deployed."""

    file: str
    line: int
    url: str
    reason: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.reason}: {self.url}"


def publisher_hosts(content_dir: Path) -> set[str]:
    """Hosts the editors' own files link to: the only places an external link may go."""
    hosts: set[str] = set()
    for pattern in _CONTENT_FILES:
        for path in content_dir.glob(pattern):
            for match in _CONTENT_URL.finditer(path.read_text(encoding="utf-8")):
                hosts.add(_host(match.group(0)))
    hosts.discard("")
    return hosts


def _host(url: str) -> str:
    host = (urlsplit(url).hostname or "").lower()
    return host.removeprefix("www.")


def check_site(output_dir: Path, site_url: str, allowed_hosts: set[str]) -> list[Problem]:
    """Every problem in the built site, in file then line order."""
    site = site_url.rstrip("/") + "/"
    problems: list[Problem] = []
    for path in sorted(p for p in output_dir.rglob("*") if p.is_file()):
        relative = path.relative_to(output_dir).as_posix()
        page_url = urljoin(site, relative)
        if relative.startswith(_CHECKED_IN_BROWSER) and path.suffix == ".js":
            continue
        try:
            refs = list(urls_in_file(path))
        except (ValueError, SyntaxError) as error:  # bad JSON/XML/encoding is a broken build too
            problems.append(Problem(relative, 1, "", f"cannot be parsed ({error})"))
            continue
        for ref in refs:
            reason = _judge(ref, page_url, site, output_dir, allowed_hosts)
            if reason:
                problems.append(Problem(relative, ref.line, ref.url, f"{ref.where}: {reason}"))
    return problems


def _judge(ref: UrlRef, page_url: str, site: str, output_dir: Path, allowed_hosts: set[str]) -> str | None:
    """Why this URL breaks under the sub-path or comes from the wrong host, or None if fine."""
    url = ref.url
    if url.lower().startswith(_NOT_CHECKED_SCHEMES):
        return None
    if url.startswith("//"):
        return "protocol-relative URL (resolves against another host)"
    if url.startswith("/"):
        return f"root-relative URL (escapes the sub-path {urlsplit(site).path})"
    absolute = urljoin(page_url, url)
    parts = urlsplit(absolute)
    if parts.scheme not in ("http", "https"):
        return None if parts.scheme else "relative URL that cannot be resolved"
    if absolute.startswith(site) or absolute == site.rstrip("/"):
        return None if _exists(absolute[len(site):], output_dir) else "internal URL to a file the build does not contain"
    site_parts = urlsplit(site)
    if parts.hostname == site_parts.hostname:
        return f"same host but outside the site's sub-path {site_parts.path}"
    if ref.role == ASSET:
        return "asset loaded from another host (everything a page loads must be under SITEURL)"
    if ref.role == DATA and _host(absolute) in _VOCABULARY_HOSTS:
        return None
    if _host(absolute) not in allowed_hosts:
        return "external link to a host no content file names (not a source publisher)"
    return None


def _exists(path_in_site: str, output_dir: Path) -> bool:
    """Whether GitHub Pages would serve something at this path of the site."""
    path = unquote(urlsplit(path_in_site).path)
    target = output_dir / path
    if path == "" or path.endswith("/"):
        return (target / "index.html").is_file()
    return target.is_file() or (target / "index.html").is_file()


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", type=Path, help="the built site (e.g. output/)")
    parser.add_argument("--site-url", required=True, help="the deployment's base URL (SITEURL)")
    parser.add_argument("--content", type=Path, default=Path("content"), help="content folder naming the publishers")
    args = parser.parse_args(list(argv) if argv is not None else None)
    if not args.output.is_dir():
        print(f"ci_check_site: {args.output} is not a directory (build the site first)", file=sys.stderr)
        return 2
    problems = check_site(args.output, args.site_url, publisher_hosts(args.content))
    for problem in problems:
        print(problem)
    files = sum(1 for p in args.output.rglob("*") if p.is_file())
    print(f"ci_check_site: {len(problems)} problem(s) in {files} files under {args.site_url}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
