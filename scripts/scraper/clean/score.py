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
    """One forward pass assigns text to blocks, one backward pass sums blocks into ancestors. Figures
    are kept in lists by document position while computing (an element's parent by its position,
    each tag read once) and keyed by element at the end."""
    s = Scores()
    labelled = labelled_sections(root) if rules.labelled_sections else set()
    order = s.order
    position: dict = {}
    parents: list[int] = []  # position of each element's parent (-1 for the root)
    tags: list[str] = []
    block: list[int] = []  # position of the block each element's own text belongs to
    in_link: list[bool] = []
    leading: list[bool] = []  # whether the element starts with text of its own
    own_chars: list[int] = []  # text of the block at this position
    own_links: list[int] = []
    text_chars: list[int] = []  # text directly in the element (.text and children's tails)
    text_links: list[int] = []
    furniture: list[bool] = []
    discount: list[float] = []
    card_kind: list = []  # (parent position, tag, class) for elements that may be teaser cards
    kinds: dict = {}  # (parent position, tag, class) -> number of such siblings

    def credit(at: int, n: int) -> None:
        """n characters of text directly in the element at position `at`, counted to its block."""
        b = block[at]
        own_chars[b] += n
        text_chars[at] += n
        if in_link[at]:
            own_links[b] += n
            text_links[at] += n

    for el in root.iter():
        tag = el.tag
        if not isinstance(tag, str):
            continue
        i = len(order)
        parent = el.getparent()
        order.append(el)
        position[el] = i
        tags.append(tag)
        own_chars.append(0)
        own_links.append(0)
        text_chars.append(0)
        text_links.append(0)
        if parent is None:
            p = -1
            block.append(i)
            in_link.append(False)
            furniture.append(False)
            discount.append(1.0)
            card_kind.append(None)
        else:
            p = position[parent]
            block.append(i if tag in UNIT_TAGS else block[p])
            in_link.append(tag == "a" or in_link[p])
            own = _own_discount(el, labelled, rules)
            furniture.append(own < 1.0)
            discount.append(min(own, discount[p]))
            kind = (p, tag, el.get("class")) if tag in _CARD_TAGS else None
            if kind is not None:
                kinds[kind] = kinds.get(kind, 0) + 1
            card_kind.append(kind)
            if (n := _length(el.tail)):  # a child's tail is its parent's own text
                credit(p, n)
        parents.append(p)
        n = _length(el.text)
        leading.append(n > 0)
        if n:
            credit(i, n)
    count = len(order)
    chars = [0] * count
    links = [0] * count
    plain = [0.0] * count
    score = [0.0] * count
    # Whether an element's first sizeable text block is a headline (all link): teaser cards start so.
    first_child_lead: dict = {}
    cards_found = False
    for i in range(count - 1, -1, -1):
        c, lc, tag = own_chars[i], own_links[i], tags[i]
        p_score = block_score(c, lc, tag, rules) if c else 0.0
        own_headline = c >= HEADLINE_CHARS and lc >= 0.8 * c
        lead = own_headline if c and leading[i] else first_child_lead.get(i, own_headline)
        parent = parents[i]
        subtree_chars = chars[i] + text_chars[i]
        # Inline elements holding no block speak through the block around them, not on their own.
        speaks = tag in UNIT_TAGS or i in first_child_lead
        if parent >= 0 and speaks and subtree_chars >= HEADLINE_CHARS:
            first_child_lead[parent] = lead  # reverse order: the first child with text writes last
        if (rules.teaser_cards and lead and card_kind[i] is not None and subtree_chars <= CARD_MAX_CHARS
                and kinds[card_kind[i]] >= CARD_REPEATS):
            furniture[i] = cards_found = True  # a teaser card: headline link plus blurb, one of a series
            discount[i] = rules.strong_discount
        chars[i] = subtree_chars
        links[i] += text_links[i]
        plain[i] += p_score
        score[i] += p_score
        if parent >= 0:
            chars[parent] += subtree_chars
            links[parent] += links[i]
            plain[parent] += plain[i]
            # Furniture counts against the elements around it, not against its own content.
            score[parent] += -subtree_chars if furniture[i] else score[i]
    if cards_found:  # cards are known only now: what lies inside them is inside furniture too
        for i in range(1, count):
            discount[i] = min(discount[i], discount[parents[i]])
    s.chars, s.link_chars, s.direct_chars = dict(zip(order, chars)), dict(zip(order, links)), dict(zip(order, text_chars))
    s.score, s.plain = dict(zip(order, score)), dict(zip(order, plain))
    s.furniture, s.discount = dict(zip(order, furniture)), dict(zip(order, discount))
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
