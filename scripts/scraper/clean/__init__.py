"""Article cleaner: one raw HTML page in, the article's body (text, Markdown, HTML) and metadata out.

    from scraper.clean import clean_page, CleanArticle

Steps (pipeline.py): decode the bytes as a browser would (encoding.py), cut out script and style
blocks where that is certainly safe (scripts.py) and parse the page once into a BeautifulSoup tree
with the lxml parser (document.py). One walk over that tree (survey.py) notes where the metadata
sits and what never holds article text; metadata is read from JSON-LD, Open Graph, Dublin Core,
<meta>, <time> and bylines (metadata.py, jsonld.py, dates.py); then that markup goes, with link
clusters and excess nesting (prune.py). Every element is scored by the prose it holds against link
text and furniture named by tag or class (score.py, signals.py) and the best is taken as the body,
without the furniture inside it (body.py); then plain text (text.py), sanitized HTML (sanitize.py,
nh3) and Markdown (markdown.py, markdownify on a small BeautifulSoup tree of the sanitized body).

Speed: the BeautifulSoup parse alone costs most of a trafilatura extraction, so the rest is built
to stay small: few walks, all iterative (tree.py; the tree can be thousands of levels deep), figures
summed bottom-up in one pass instead of asking subtrees for their text, tags looked at through
their name and attribute dict only. bs4 hashes a Tag by serializing it: tables are keyed by id().
"""

from .article import CleanArticle
from .pipeline import clean_page

__all__ = ["CleanArticle", "clean_page"]
