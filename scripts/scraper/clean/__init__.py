"""Article cleaner: one raw HTML page in, the article's body (text, Markdown, HTML) and metadata out.

    from scraper.clean import clean_page, CleanArticle
"""

from .article import CleanArticle
from .pipeline import clean_page

__all__ = ["CleanArticle", "clean_page"]
