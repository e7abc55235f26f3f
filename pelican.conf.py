"""Pelican settings for the briefing site (local builds; CI overrides SITEURL for GitHub Pages)."""

import os

SITENAME = "Industry Briefings"
SITESUBTITLE = "Curated timelines of the stories that move an industry"
AUTHOR = "Briefings desk"
# Local builds link pages to each other by relative URLs, so output/ also opens straight from
# disk. What must stay absolute even then (feeds, sitemap, robots.txt, Open Graph) is built on
# SITEURL: the deployment's base URL (publishconf.py), else BRIEFING_PUBLIC_URL from the
# environment, else the address `make serve` listens on.
SITEURL = (os.environ.get("SITEURL") or os.environ.get("BRIEFING_PUBLIC_URL") or "http://127.0.0.1:8000").rstrip("/")
RELATIVE_URLS = not os.environ.get("SITEURL")
TIMEZONE = "UTC"
DEFAULT_LANG = "en"
DEFAULT_DATE_FORMAT = "%-d %B %Y"

PATH = "content"
ARTICLE_PATHS = ["articles"]  # content/raw/ (snapshots) and content/topics/ are read by our plugin only
PAGE_PATHS = ["pages"]
STATIC_PATHS: list[str] = []
THEME = "theme"

PLUGIN_PATHS = ["plugins"]
PLUGINS = ["briefing", "pelican.plugins.sitemap"]
BRIEFING_TOPICS_PATH = "topics"  # relative to PATH: one Markdown file per topic

ARTICLE_URL = "articles/{slug}/"
ARTICLE_SAVE_AS = "articles/{slug}/index.html"
PAGE_URL = "{slug}/"
PAGE_SAVE_AS = "{slug}/index.html"
DIRECT_TEMPLATES = ["index", "sources", "search", "robots"]
SOURCES_SAVE_AS = "sources/index.html"  # every source of every briefing, newest first
SEARCH_SAVE_AS = "search/index.html"  # Pagefind's UI; scripts/postbuild.py writes the index
ROBOTS_SAVE_AS = "robots.txt"
# Plain-text sitemap: the XML one stamps pages without a date (home, sources) with the build
# time, and builds must be reproducible.
SITEMAP = {"format": "txt", "exclude": [r"^robots\.txt$", r"^search/", r"^404\.html$", r"^feeds/"]}
DEFAULT_PAGINATION = False
# A briefing site is organised by topic, not by Pelican's blog archives.
AUTHOR_SAVE_AS = AUTHORS_SAVE_AS = ""
CATEGORY_SAVE_AS = CATEGORIES_SAVE_AS = ""
TAG_SAVE_AS = TAGS_SAVE_AS = ""
ARCHIVES_SAVE_AS = ""
YEAR_ARCHIVE_SAVE_AS = MONTH_ARCHIVE_SAVE_AS = DAY_ARCHIVE_SAVE_AS = ""
DRAFT_SAVE_AS = DRAFT_LANG_SAVE_AS = ""

FEED_ALL_ATOM = None
CATEGORY_FEED_ATOM = None
TRANSLATION_FEED_ATOM = None
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None

MARKDOWN = {
    "extension_configs": {
        "markdown.extensions.extra": {},
        "markdown.extensions.meta": {},
    },
    "output_format": "html5",
}

# Build caches, both under CACHE_PATH (git-ignored; CI should cache this folder between runs, keyed
# on pelican.conf.py and requirements.lock, since Pelican does not notice a settings change):
# Pelican's content cache keeps each article's rendered Markdown, and the briefing plugin's
# extraction cache (plugins/briefing/cache.py) each article's dates, events and figures; the
# plugin also keeps compiled Jinja templates there (cache/jinja).
# Files are compared by content hash rather than mtime, so a fresh CI checkout still hits.
# Uncompressed: gzip cost ~0.25 s per 1,000 articles on every warm build (scripts/bench_build.py).
CACHE_CONTENT = True
LOAD_CONTENT_CACHE = True
CHECK_MODIFIED_METHOD = "sha256"
CACHE_PATH = "cache"  # relative to this file
GZIP_CACHE = False
