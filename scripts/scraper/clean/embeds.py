"""Embedded social posts, their credits and media-player widgets: never article text.

A tweet quoted in a story is someone else's words with its own date ("Digital Foundry (@digitalfoundry)
November 18, 2019"); kept, it turns into timeline entries and figures of its own. Recognised by the
markup the embedding services publish (blockquote.twitter-tweet, .instagram-media, .tiktok-embed,
.fb-post, WordPress's wp-block-embed-twitter ...), by a media player's class, and, where the markup
is gone, by the credit line ending the post, as readability and trafilatura drop embeds and credits.
"""

from __future__ import annotations

import re
from functools import lru_cache

from lxml.html import HtmlElement

from .prune import CLASS_VALUES, elements_with
from .signals import class_words

# Services whose embeds carry a post, and words naming the embed around it.
_NETWORKS = frozenset({
    "twitter", "tweet", "instagram", "tiktok", "facebook", "fb", "reddit", "bluesky", "bsky", "mastodon",
    "threads", "youtube", "vimeo", "spotify", "soundcloud", "podcast", "social",
})
_EMBED_KINDS = frozenset({"tweet", "embed", "embedded", "oembed", "post", "media", "video", "player", "card", "timeline", "bq"})
# A share button ("click-to-tweet" boxes quote the article's own sentence) is not a post.
_SHARING = frozenset({"share", "sharing", "click", "button", "btn", "follow", "icon", "link"})
_MEDIA = frozenset({"video", "audio", "podcast", "media"})
MAX_EMBED_CHARS = 1500  # an element holding more text than a post is a layout wrapper, whatever its name
# The credit line closing an embedded post: "— Name (@handle) November 18, 2019" (the date may be "18 Nov 2019").
_MONTH_DATE = r"(?:[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]{2,8}\.? \d{4})"
EMBED_CREDIT = re.compile(rf"(?:^|[\s—–-])[^()\n]{{0,80}}\(@\w{{1,30}}\)\s*(?:on\s+)?{_MONTH_DATE}\.?\s*$")
# Class attribute values worth asking is_embed_class about (one regular expression per distinct value).
_HINTS = re.compile("tweet|twitter|instagram|tiktok|fb-|facebook|reddit|bluesky|bsky|mastodon|threads|youtube|vimeo"
                    "|spotify|soundcloud|podcast|social|player|embed", re.I)


@lru_cache(maxsize=4096)
def is_embed_class(names: str) -> bool:
    """Whether a class attribute names an embedded post or a media player: a network and an embed word
    in one class name ("twitter-tweet", "instagram-media", "wp-block-embed-twitter"), or a media word
    and "player"/"embed" ("video-player", "audio-embed")."""
    for name in names.split():
        words = set(class_words(name))
        if words & _SHARING:
            continue
        if len(words) > 1 and words & _NETWORKS and words & _EMBED_KINDS:
            return True
        if words & _MEDIA and words & {"player", "embed"}:
            return True
    return False


def _text_length(el: HtmlElement) -> int:
    return sum(len(t.strip()) for t in el.itertext())


def drop_embeds(root: HtmlElement) -> None:
    """Embedded posts and players go, with their text; the text after them stays."""
    # Distinct class values first (strings, no element objects), then one libxml2 pass for the embeds'.
    names = [("class", v) for v in set(CLASS_VALUES(root)) if _HINTS.search(v) and is_embed_class(v)]
    for el in elements_with(root, names):
        if el.getparent() is not None and el.tag not in ("html", "body") and _text_length(el) <= MAX_EMBED_CHARS:
            el.drop_tree()


# Blocks that may be an embedded post whose markup is gone, recognised by its closing credit line.
POST_BLOCKS = frozenset({"p", "blockquote", "div", "figure", "li"})
_LINKISH = re.compile(r"https?://|pic\.\w|[@#]\w")
MAX_CREDIT_CHARS = 160  # a credit line alone; longer, the post's text is in the credit's own block


def _norm(text: str) -> str:
    return " ".join(text.split())


def is_post(el: HtmlElement) -> bool:
    """A block closed by an embedded post's credit ("— Jane Doe (@jane) November 18, 2019")."""
    text = el.text_content()
    return "(@" in text and EMBED_CREDIT.search(_norm(text)) is not None


def post_before_credit(credit: HtmlElement) -> HtmlElement | None:
    """The post a lone credit line closes, when its markup is gone: the short block just before it,
    holding a link, a handle or a hashtag as posts do."""
    if len(_norm(credit.text_content())) > MAX_CREDIT_CHARS:
        return None
    post = credit.getprevious()
    while post is not None and not isinstance(post.tag, str):
        post = post.getprevious()
    if post is None or post.tag not in POST_BLOCKS:
        return None
    text = post.text_content()
    return post if len(text) <= MAX_EMBED_CHARS and _LINKISH.search(text) else None
