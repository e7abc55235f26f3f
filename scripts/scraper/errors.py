"""The one error type the scraper raises on bad input, so callers can report it in one line."""


class ScrapeError(Exception):
    """A page or file could not be turned into an article.

    The message is one line naming the file or URL and the reason, e.g.
    ``https://example.com/x: no article found``.
    """
