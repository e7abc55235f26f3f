"""Article cleaner: one raw HTML page in, the article's body (text, Markdown, HTML) and metadata out.

    from scraper.clean import clean_page, CleanArticle

Steps (pipeline.py): decode the bytes as a browser would (encoding.py), cut out script and style
blocks where that is certainly safe (scripts.py) and parse the page once with lxml (document.py); read
metadata from JSON-LD, Open Graph, Dublin Core, <meta>, <time> and bylines (metadata.py, jsonld.py,
dates.py); drop what never holds article text (prune.py) and embedded social posts and players
(embeds.py); score every element by the prose it holds against link text and furniture named by tag
or class (score.py, signals.py) and take the best as the body, without the furniture inside it
(body.py); tell whether the page held only part of the article (partial.py); render plain text
(text.py), sanitized HTML (sanitize.py, nh3) and Markdown (markdown.py: markdownify on a
BeautifulSoup tree of the small cleaned body). Every threshold and on/off rule is a field of
rules.Rules, which the benchmark varies to cross-validate them. Only lxml walks the whole page: a BeautifulSoup tree of a full page alone costs more
than a whole trafilatura extraction (measured: the BeautifulSoup version was 1.5x trafilatura's
median time, this one 0.8x, with the same text and Markdown on every benchmark page).
"""

from .article import CleanArticle
from .pipeline import clean_page

__all__ = ["CleanArticle", "clean_page"]
