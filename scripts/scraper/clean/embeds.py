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
