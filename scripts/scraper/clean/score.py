"""Content scoring: every element gets the summed 'article-ness' of the text blocks inside it.

A text block is the text whose nearest block-level ancestor is one element. Its score rewards long
prose and punishes link text, short fragments and text inside furniture (nav, footer, comment,
share ... by tag or class/id). Furniture counts against the elements
around it, not against its own content, so a layout wrapper with a misleading class name can still
be the body. The article body is then the element with the highest total: it gathers all
paragraphs, while climbing further would add more furniture than prose."""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml.html import HtmlElement

from .rules import Rules
from .signals import (
    BLOCK_TAGS, CONTENT, FURNITURE_TAGS, HEADINGS, SECTION_LABEL, STRONG, WEAK, WEAK_FURNITURE_TAGS, class_signal,
)

HEADLINE_CHARS = 15  # a block at least this long that is all link reads as a headline pointing elsewhere
CARD_REPEATS = 3  # siblings of one kind that each hold a headline are teasers of other articles
CARD_MAX_CHARS = 800  # a teaser is a headline and a blurb, not a section of an article
_CARD_TAGS = frozenset({"div", "li", "article", "section", "aside", "dd", "tr", "td"})
# Table cells are not blocks here: a row of a data table reads as one line, a cell is a fragment.
UNIT_TAGS = BLOCK_TAGS - {"td", "th"}


@dataclass
class Scores:
    """Per-element figures for one page, keyed by element."""

    chars: dict = field(default_factory=dict)  # text characters in the subtree
    link_chars: dict = field(default_factory=dict)  # ... of which inside links
    direct_chars: dict = field(default_factory=dict)  # text directly in the element (.text and children's tails)
    score: dict = field(default_factory=dict)  # summed block scores, furniture counted negative
    plain: dict = field(default_factory=dict)  # summed block scores ignoring class/id and tag signals
    furniture: dict = field(default_factory=dict)  # True when the element itself is furniture
    discount: dict = field(default_factory=dict)  # < 1 when the element or an ancestor is furniture
    order: list = field(default_factory=list)  # elements in document order


def _length(text: str | None) -> int:
    return len(" ".join(text.split())) if text and not text.isspace() else 0


def block_score(chars: int, link_chars: int, tag: str, rules: Rules) -> float:
    """Score of one text block: its unlinked text minus its linked text (prose scores its length,
    a list of links scores minus its length); short blocks can only lose, except data-table rows."""
    value = float(chars - rules.link_weight * link_chars)
    return min(value, 0.0) if chars < rules.short_block_chars and tag != "tr" else value


def _has_text_before(el: HtmlElement, within: HtmlElement) -> bool:
    """Whether any text precedes el inside `within` (el is not the first thing a reader sees there)."""
    node = el
    while node is not within:
        parent = node.getparent()
        if parent.text and not parent.text.isspace():
            return True
        for sibling in node.itersiblings(preceding=True):
            if (sibling.tail and not sibling.tail.isspace()) or any(not t.isspace() for t in sibling.itertext() if t):
                return True
        node = parent
    return False


def labelled_sections(root: HtmlElement) -> set:
    """Sections opened by a furniture heading ("3 Comments", "Related articles", "Latest news"): the
    largest ancestor that starts with the heading and holds no other heading of its rank or higher."""
    found = set()
    for heading in root.iter(*HEADINGS):
        if not SECTION_LABEL.match(" ".join(heading.text_content().split())):
            continue
        rank = heading.tag
        section = None
        for ancestor in heading.iterancestors():
            if ancestor.tag in ("body", "html") or _has_text_before(heading, ancestor):
                break
            if any(h is not heading and h.tag <= rank for h in ancestor.iter(*HEADINGS)):
                break
            section = ancestor
        if section is not None:
            found.add(section)
    return found


def _own_discount(el: HtmlElement, labelled: set, rules: Rules) -> float:
    """How much the element's own tag, class/id or heading label says it is furniture: text inside
    furniture wins only when the rest of the page has far less (inside strong furniture hardly ever)."""
    tag = el.tag
    if tag in FURNITURE_TAGS:
        return rules.weak_discount if tag in WEAK_FURNITURE_TAGS else rules.strong_discount
    if el in labelled:
        return rules.strong_discount
    if tag == "body":
        return 1.0
    signal = class_signal(el)
    return rules.strong_discount if signal == STRONG else rules.weak_discount if signal == WEAK else 1.0


def score_tree(root: HtmlElement, rules: Rules) -> Scores:
    """One forward pass assigns text to blocks, one backward pass sums blocks into ancestors."""
    s = Scores()
    labelled = labelled_sections(root) if rules.labelled_sections else set()
    block_of: dict = {}
    in_link: dict = {}
    own_chars: dict = {}
    own_links: dict = {}
    text_chars = s.direct_chars
    text_links: dict = {}
    furniture, discount = s.furniture, s.discount
    kinds: dict = {}  # (parent, tag, class) -> number of such siblings
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        parent = el.getparent()
        s.order.append(el)
        tag = el.tag
        if parent is None:
            block_of[el], in_link[el], furniture[el], discount[el] = el, False, False, 1.0
        else:
            block_of[el] = el if tag in UNIT_TAGS else block_of[parent]
            in_link[el] = tag == "a" or in_link[parent]
            own = _own_discount(el, labelled, rules)
            furniture[el] = own < 1.0
            discount[el] = min(own, discount[parent])
            if tag in _CARD_TAGS:
                kind = (parent, tag, el.get("class"))
                kinds[kind] = kinds.get(kind, 0) + 1
            if (n := _length(el.tail)):
                block = block_of[parent]
                own_chars[block] = own_chars.get(block, 0) + n
                text_chars[parent] = text_chars.get(parent, 0) + n
                if in_link[parent]:
                    own_links[block] = own_links.get(block, 0) + n
                    text_links[parent] = text_links.get(parent, 0) + n
        if (n := _length(el.text)):
            block = block_of[el]
            own_chars[block] = own_chars.get(block, 0) + n
            text_chars[el] = text_chars.get(el, 0) + n
            if in_link[el]:
                own_links[block] = own_links.get(block, 0) + n
                text_links[el] = text_links.get(el, 0) + n
    chars, links, score, plain = s.chars, s.link_chars, s.score, s.plain
    # Whether an element's first sizeable text block is a headline (all link): teaser cards start so.
    first_child_lead: dict = {}
    cards_found = False
    for el in reversed(s.order):
        c = own_chars.get(el, 0)
        lc = own_links.get(el, 0)
        p = block_score(c, lc, el.tag, rules) if c else 0.0
        own_headline = c >= HEADLINE_CHARS and lc >= 0.8 * c
        if c and el.text and not el.text.isspace():
            lead = own_headline
        else:
            lead = first_child_lead.get(el, own_headline)
        parent = el.getparent()
        subtree_chars = chars.get(el, 0) + text_chars.get(el, 0)
        # Inline elements holding no block speak through the block around them, not on their own.
        speaks = el.tag in UNIT_TAGS or el in first_child_lead
        if parent is not None and speaks and subtree_chars >= HEADLINE_CHARS:
            first_child_lead[parent] = lead  # reverse order: the first child with text writes last
        if (rules.teaser_cards and lead and parent is not None and el.tag in _CARD_TAGS and subtree_chars <= CARD_MAX_CHARS
                and kinds.get((parent, el.tag, el.get("class")), 0) >= CARD_REPEATS):
            furniture[el] = cards_found = True  # a teaser card: headline link plus blurb, one of a series
            discount[el] = rules.strong_discount
        chars[el] = subtree_chars
        links[el] = links.get(el, 0) + text_links.get(el, 0)
        plain[el] = plain.get(el, 0.0) + p
        score[el] = score.get(el, 0.0) + p
        if parent is not None:
            chars[parent] = chars.get(parent, 0) + chars[el]
            links[parent] = links.get(parent, 0) + links[el]
            plain[parent] = plain.get(parent, 0.0) + plain[el]
            # Furniture counts against the elements around it, not against its own content.
            score[parent] = score.get(parent, 0.0) + (-chars[el] if furniture[el] else score[el])
    if cards_found:  # cards are known only now: what lies inside them is inside furniture too
        for el in s.order[1:]:
            discount[el] = min(discount[el], discount[el.getparent()])
    return s


def best_element(s: Scores, rules: Rules, key: str = "score") -> tuple[HtmlElement | None, float]:
    """The element with the highest total; on ties the deeper one (less wrapper around the same text).
    An element named as the article body ("entry-content", itemprop=articleBody) gets a head start."""
    table = getattr(s, key)
    best, best_value = None, 0.0
    for el in s.order:
        value = table[el] * s.discount[el]
        if value <= 0 or value * rules.content_bonus < best_value:
            continue
        if class_signal(el) == CONTENT:
            value *= rules.content_bonus
        if value >= best_value:
            best, best_value = el, value
    return best, best_value
