"""Finding the article body in a pruned page and removing the furniture that sits inside it."""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from .dates import iso_date
from .embeds import MAX_EMBED_CHARS, POST_BLOCKS, is_post, post_before_credit
from .partial import read_on_gate
from .rules import Rules
from .score import Scores, best_element, score_tree
from .signals import BLOCK_TAGS, BOILERPLATE_TEXT, HEADINGS, LONG_BOILERPLATE_TEXT, MAX_LONG_BOILERPLATE_CHARS, PROMO_ENDING

MIN_BODY_CHARS = 80  # less text than this is not an article
MAX_BODY_CHARS = 300_000  # far beyond any article; the rest of a larger body is cut
_SPACE = re.compile(r"\s+")
# Blocks judged as a whole; inline elements are judged only where they stand alone, outside a paragraph.
_REMOVABLE_BLOCKS = frozenset({
    "p", "div", "section", "ul", "ol", "dl", "li", "dd", "dt", "table", "h1", "h2", "h3", "h4", "h5", "h6",
    "blockquote", "figure", "header", "footer", "aside", "nav", "form", "center", "address",
})


def _norm(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def _stands_alone(el: HtmlElement, parent: HtmlElement, s: Scores) -> bool:
    """An inline element used as a block: its parent has no text of its own and no other inline text,
    like a caption <span> between paragraphs (but not a link beside a <strong> label)."""
    if parent.tag not in BLOCK_TAGS or s.direct_chars.get(parent, 0):
        return False
    return all(sib is el or not isinstance(sib.tag, str) or sib.tag in BLOCK_TAGS or not s.chars.get(sib, 0) for sib in parent)


def _is_title(heading: str, title: str) -> bool:
    """The page headline repeated in the body, possibly with or without the site's suffix."""
    if not heading or not title:
        return False
    return heading == title or (min(len(heading), len(title)) >= 12 and (heading in title or title in heading))


_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_CLOCK = re.compile(r"(?<!\d)\d{1,2}[:h.]\d\d(?!\d)")
_NUMBER_GROUPS = re.compile(r"\d+")
MAX_DATELINE_CHARS = 70


def _is_dateline(text: str) -> bool:
    """A line that only dates the article ("June 3, 2025", "sexta-feira, 22 de outubro de 2010 às 20:13")."""
    if len(text) > MAX_DATELINE_CHARS or len(text.split()) > 9 or not _YEAR.search(text):
        return False
    if iso_date(text) is not None:
        return True
    return bool(_CLOCK.search(text)) or len(_NUMBER_GROUPS.findall(text)) >= 3


_BYLINE_START = r"^(?:\W*(?:\w+\s+){0,2}(?:by|von|par|por|di|door)\s+)?"


_BY = re.compile(r"^\W*(?:\w+\s+){0,2}(?:by|von|par|por|di|door)\s", re.I)


def _is_byline(text: str, authors: list[str]) -> bool:
    """A short line that starts with an author's name, or with "by" and the name ("By Jane Doe, Staff
    Writer", "Written by Jane Doe"): the byline is metadata, not body. A one-word author is a brand
    more often than a person ("Beachbody"): a line starting with it is a byline only after "by"."""
    return any(len(text) <= len(a) + 40 and (" " in a or _BY.match(text)) and re.match(_BYLINE_START + re.escape(a), text, re.I)
               for a in authors)


# The rule (a Rules field) that allows each reason for dropping a block.
_RULE_OF_REASON = {
    "furniture": "drop_furniture", "links": "drop_links", "title": "drop_title",
    "wording": "drop_wording", "byline": "drop_bylines", "date": "drop_datelines", "embed": "embeds",
}
def _is_long_boilerplate(text: str) -> bool:
    """A legal notice, a how-to-cite line or an author's promotion, whatever its length."""
    return LONG_BOILERPLATE_TEXT.match(text) is not None or PROMO_ENDING.search(text) is not None


def _furniture_inside(body: HtmlElement, s: Scores, title: str, authors: list[str], rules: Rules) -> list[tuple[HtmlElement, str]]:
    """The outermost elements to drop from the body, each with its reason: furniture, link lists,
    captions, credits, bylines, date lines and the repeated title."""
    body_plain = max(s.plain.get(body, 0.0), 1.0)
    title_key = _norm(title).lower()
    drops: list[tuple[HtmlElement, str]] = []
    gone: set = set()  # dropped elements and everything inside them
    prose_seen = False  # an <h1> above the first paragraph is the headline, whatever its wording
    for el in body.iterdescendants():
        parent = el.getparent()
        if parent in gone:
            gone.add(el)
            continue
        chars = s.chars.get(el, 0)
        if not chars or not isinstance(el.tag, str):
            continue
        reason = None
        # Furniture by tag or class; but a link inside a sentence (its parent holds text of its own) is
        # part of that sentence, whatever its class says: keyword links classed "tag", "textTag" ...
        in_sentence = el.tag == "a" and s.direct_chars.get(parent, 0) > 0
        if s.furniture.get(el) and s.plain.get(el, 0.0) < body_plain * 0.5 and not in_sentence:
            reason = "furniture"
        elif el.tag in _REMOVABLE_BLOCKS or (el.tag not in BLOCK_TAGS and _stands_alone(el, parent, s)):
            links = s.link_chars.get(el, 0)
            # List items are judged with their list: a list of linked facts is content, a list of links is not.
            density = rules.link_dense_paragraph if el.tag == "p" else rules.link_dense
            # Headings are kept: a linked subheading in a body names what follows (a product, a source).
            if el.tag != "li" and el.tag not in HEADINGS and links > chars * density and (chars - links) < 200:
                reason = "links"
            elif el.tag in POST_BLOCKS and chars <= MAX_EMBED_CHARS and is_post(el):
                reason = "embed"
            elif chars <= rules.max_boilerplate_chars:
                text = _norm(el.text_content())
                if (el.tag in HEADINGS and _is_title(text.lower(), title_key)) or (el.tag == "h1" and not prose_seen):
                    reason = "title"
                elif BOILERPLATE_TEXT.match(text):
                    reason = "wording"
                elif _is_byline(text, authors):
                    reason = "byline"
                elif _is_dateline(text):
                    reason = "date"
                elif _is_long_boilerplate(text):
                    reason = "wording"
            elif chars <= MAX_LONG_BOILERPLATE_CHARS:
                text = _norm(el.text_content())
                if _is_long_boilerplate(text):
                    reason = "wording"
        if reason and getattr(rules, _RULE_OF_REASON[reason]):
            drops.append((el, reason))
            gone.add(el)
            if reason == "embed" and (post := post_before_credit(el)) is not None and post not in gone:
                # The post was passed over already: it replaces whatever was dropped inside it.
                drops = [(d, r) for d, r in drops if not any(a is post for a in d.iterancestors())]
                drops.append((post, reason))
                gone.add(post)
        elif s.direct_chars.get(el, 0) >= MIN_BODY_CHARS:
            prose_seen = True
    return drops


def extract_body(root: HtmlElement, title: str, authors: list[str], rules: Rules) -> tuple[HtmlElement, bool] | None:
    """The element holding the article body, cleaned in place, and whether it ended on a "continue
    reading" gate before cleaning (partial.read_on_gate); None when the page has no article."""
    s = score_tree(root, rules)
    body, _ = best_element(s, rules, "score")
    if body is None or s.chars.get(body, 0) < MIN_BODY_CHARS:
        # The page may file its article under a misleading class name: retry trusting text alone.
        body, _ = best_element(s, rules, "plain")
    if body is None or s.chars.get(body, 0) < MIN_BODY_CHARS:
        return None
    if rules.continuations:
        body = _with_continuations(body, s)
    gated = read_on_gate(body)
    drops = _furniture_inside(body, s, title, authors, rules)
    if s.chars[body] - sum(s.chars[el] for el, _ in drops) < MIN_BODY_CHARS:
        # Cleaning would leave no article: the rules misjudged this page, so recover what they dropped.
        drops = [(el, reason) for el, reason in drops if reason == "title"]
    for el, _ in drops:
        el.drop_tree()
    _truncate(body, s, MAX_BODY_CHARS)
    return body, gated


def _with_continuations(body: HtmlElement, s: Scores) -> HtmlElement:
    """The body plus its siblings of the same kind (same tag and class, holding prose): an article
    split around a related-links box or an ad continues in a twin container after it. Several
    parts are moved, in order, into one new wrapper in the body's place."""
    parent, kind = body.getparent(), body.get("class")
    if parent is None or not kind:
        return body
    parts = [el for el in parent if el is body or (
        el.tag == body.tag and el.get("class") == kind and s.plain.get(el, 0.0) > 0 and not s.furniture.get(el))]
    if len(parts) == 1:
        return body
    wrapper = parent.makeelement("div", {})
    body.addprevious(wrapper)
    for part in parts:
        wrapper.append(part)
    for table in (s.chars, s.link_chars, s.plain, s.score):
        table[wrapper] = sum(table.get(part, 0) for part in parts)
    s.direct_chars[wrapper] = 0
    s.furniture[wrapper], s.discount[wrapper] = False, s.discount[body]
    return wrapper


def _truncate(el: HtmlElement, s: Scores, budget: int) -> None:
    """Keep about the first `budget` characters of text below el: whole children while they fit,
    the one that does not fit trimmed the same way, nothing after it."""
    for child in list(el):
        chars = s.chars.get(child, 0)
        if budget <= 0:
            el.remove(child)
        elif chars <= budget:
            budget -= chars
        else:
            _truncate(child, s, budget)
            budget = 0
