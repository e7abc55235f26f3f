"""Content scoring: every element gets the summed 'article-ness' of the text blocks inside it.

A text block is the text whose nearest block-level ancestor is one element. Its score rewards long
prose and punishes link text, short fragments and text inside furniture (nav, footer, comment,
share ... by tag or class/id). Furniture counts against the elements
around it, not against its own content, so a layout wrapper with a misleading class name can still
be the body. The article body is then the element with the highest total: it gathers all
paragraphs, while climbing further would add more furniture than prose."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from bs4.element import Tag

from .signals import (
    BLOCK_TAGS, CONTENT, FURNITURE_TAGS, HEADINGS, SECTION_LABEL, STRONG, WEAK, WEAK_FURNITURE_TAGS, class_signal,
)
from .tree import TEXT_TYPES, has_text, text_content

SHORT_BLOCK_CHARS = 25  # a block shorter than this is more often a label than prose: it never scores positive
HEADLINE_CHARS = 15  # a block at least this long that is all link reads as a headline pointing elsewhere
CARD_REPEATS = 3  # siblings of one kind that each hold a headline are teasers of other articles
CARD_MAX_CHARS = 800  # a teaser is a headline and a blurb, not a section of an article
_CARD_TAGS = frozenset({"div", "li", "article", "section", "aside", "dd", "tr", "td"})
# Table cells are not blocks here: a row of a data table reads as one line, a cell is a fragment.
UNIT_TAGS = BLOCK_TAGS - {"td", "th"}


@dataclass
class Scores:
    """Per-element figures for one page, keyed by id(element) (bs4 hashes a Tag by serializing it)."""

    root: Tag  # the page's <html>: it has no parent here
    chars: dict = field(default_factory=dict)  # text characters in the subtree
    link_chars: dict = field(default_factory=dict)  # ... of which inside links
    direct_chars: dict = field(default_factory=dict)  # text directly in the element (its own strings)
    score: dict = field(default_factory=dict)  # summed block scores, furniture counted negative
    plain: dict = field(default_factory=dict)  # summed block scores ignoring class/id and tag signals
    furniture: dict = field(default_factory=dict)  # True when the element itself is furniture
    discount: dict = field(default_factory=dict)  # < 1 when the element or an ancestor is furniture
    order: list = field(default_factory=list)  # elements in document order


def _length(text: str) -> int:
    return len(" ".join(text.split())) if text and not text.isspace() else 0


def block_score(chars: int, link_chars: int, tag: str) -> float:
    """Score of one text block: its unlinked text minus its linked text (prose scores its length,
    a list of links scores minus its length); short blocks can only lose, except data-table rows."""
    value = float(chars - 2 * link_chars)
    return min(value, 0.0) if chars < SHORT_BLOCK_CHARS and tag != "tr" else value


def _leading_text(el: Tag) -> bool:
    """Whether el starts with text of its own before any child element (lxml's el.text)."""
    for node in el.contents:
        if type(node) is Tag:
            return False
        if type(node) in TEXT_TYPES and not node.isspace():
            return True
    return False


def _text_before(node: Tag, parent: Tag) -> bool:
    """Whether any text precedes node among parent's children (their whole subtrees)."""
    for sibling in parent.contents:
        if sibling is node:
            return False
        if type(sibling) is Tag:
            if has_text(sibling):
                return True
        elif type(sibling) in TEXT_TYPES and not sibling.isspace():
            return True
    return False


class _Headings:
    """The page's headings by position in document order, to ask whether a subtree holds one of a rank."""

    def __init__(self, headings: list[Tag], order: list[Tag]) -> None:
        self.position = {id(el): i for i, el in enumerate(order)}
        # For each rank h1..h6: sorted positions of the headings of that rank or higher.
        self.at_least = {rank: [self.position[id(h)] for h in headings if h.name <= rank] for rank in sorted(HEADINGS)}

    def count(self, rank: str, el: Tag) -> int:
        """How many headings of this rank or higher el holds (el included)."""
        last = el
        while (child := next((c for c in reversed(last.contents) if type(c) is Tag), None)) is not None:
            last = child
        positions = self.at_least[rank]
        return bisect_right(positions, self.position[id(last)]) - bisect_left(positions, self.position[id(el)])


def labelled_sections(s: Scores, headings: list[Tag]) -> set:
    """Sections opened by a furniture heading ("3 Comments", "Related articles", "Latest news"): the
    largest ancestor that starts with the heading and holds no other heading of its rank or higher."""
    found = set()
    index = None
    for heading in headings:
        if not SECTION_LABEL.match(" ".join(text_content(heading).split())):
            continue
        index = index or _Headings(headings, s.order)
        rank = heading.name
        section = None
        node = heading
        while node is not s.root:
            ancestor = node.parent
            if ancestor.name in ("body", "html") or _text_before(node, ancestor):
                break
            if index.count(rank, ancestor) > 1:
                break
            section = node = ancestor
        if section is not None:
            found.add(id(section))
    return found


# Text inside furniture wins only when the rest of the page has far less: inside strong furniture
# (comments, related links, ads ...) hardly ever, inside weak furniture (a "sidebar" layout wrapper) sooner.
STRONG_DISCOUNT = 0.2
WEAK_DISCOUNT = 0.5


def _own_discount(el: Tag, labelled: set) -> float:
    """How much the element's own tag, class/id or heading label says it is furniture."""
    tag = el.name
    if tag in FURNITURE_TAGS:
        return WEAK_DISCOUNT if tag in WEAK_FURNITURE_TAGS else STRONG_DISCOUNT
    if labelled and id(el) in labelled:
        return STRONG_DISCOUNT
    if tag == "body" or not el.attrs:
        return 1.0
    signal = class_signal(el)
    return STRONG_DISCOUNT if signal == STRONG else WEAK_DISCOUNT if signal == WEAK else 1.0


def score_tree(root: Tag) -> Scores:
    """One forward walk assigns text to blocks, one backward pass over the elements sums blocks into
    ancestors, one forward pass hands furniture discounts down."""
    s = Scores(root)
    order = s.order
    block_of: dict = {}  # id(element) -> id(its block)
    in_link: dict = {}
    own_chars: dict = {}  # id(block) -> its text
    own_links: dict = {}
    text_chars = s.direct_chars
    text_links: dict = {}
    kinds: dict = {}  # (id(parent), tag, class) -> number of such siblings
    headings: list[Tag] = []

    rid = id(root)
    block_of[rid], in_link[rid] = rid, False
    order.append(root)
    stack = [(rid, iter(root.contents))]
    run: list = []  # strings of the element on top of the stack since its last child element
    while stack:
        eid, children = stack[-1]
        for node in children:
            kind = type(node)
            if kind is not Tag:
                if kind in TEXT_TYPES:
                    run.append(node)
                continue
            if run:  # text before this child: the element's own (lxml's text or a child's tail)
                n = _length(run[0] if len(run) == 1 else "".join(run))
                run = []
                if n:
                    block = block_of[eid]
                    own_chars[block] = own_chars.get(block, 0) + n
                    text_chars[eid] = text_chars.get(eid, 0) + n
                    if in_link[eid]:
                        own_links[block] = own_links.get(block, 0) + n
                        text_links[eid] = text_links.get(eid, 0) + n
            nid, tag = id(node), node.name
            block_of[nid] = nid if tag in UNIT_TAGS else block_of[eid]
            in_link[nid] = tag == "a" or in_link[eid]
            order.append(node)
            if tag in _CARD_TAGS:
                kind_key = (eid, tag, node.attrs.get("class"))
                kinds[kind_key] = kinds.get(kind_key, 0) + 1
            elif tag in HEADINGS:
                headings.append(node)
            stack.append((nid, iter(node.contents)))
            break
        else:
            if run:
                n = _length(run[0] if len(run) == 1 else "".join(run))
                run = []
                if n:
                    block = block_of[eid]
                    own_chars[block] = own_chars.get(block, 0) + n
                    text_chars[eid] = text_chars.get(eid, 0) + n
                    if in_link[eid]:
                        own_links[block] = own_links.get(block, 0) + n
                        text_links[eid] = text_links.get(eid, 0) + n
            stack.pop()

    labelled = labelled_sections(s, headings) if headings else set()
    chars, links, score, plain = s.chars, s.link_chars, s.score, s.plain
    furniture, own_discount = s.furniture, s.discount  # own discounts first, handed down below
    # Whether an element's first sizeable text block is a headline (all link): teaser cards start so.
    first_child_lead: dict = {}
    for el in reversed(order):
        eid, tag = id(el), el.name
        c = own_chars.get(eid, 0)
        if c:
            lc = own_links.get(eid, 0)
            p = block_score(c, lc, tag)
            own_headline = c >= HEADLINE_CHARS and lc >= 0.8 * c
            lead = own_headline if _leading_text(el) else first_child_lead.get(eid, own_headline)
        else:
            p = 0.0
            lead = first_child_lead.get(eid, False)
        subtree_chars = chars.get(eid, 0) + text_chars.get(eid, 0)
        chars[eid] = subtree_chars
        link_total = links[eid] = links.get(eid, 0) + text_links.get(eid, 0)
        plain_total = plain[eid] = plain.get(eid, 0.0) + p
        score_total = score[eid] = score.get(eid, 0.0) + p
        if el is root:
            furniture[eid], own_discount[eid] = False, 1.0
            continue
        own = _own_discount(el, labelled)
        is_furniture = own < 1.0
        pid = id(el.parent)
        # Inline elements holding no block speak through the block around them, not on their own.
        if subtree_chars >= HEADLINE_CHARS and (tag in UNIT_TAGS or eid in first_child_lead):
            first_child_lead[pid] = lead  # reverse order: the first child with text writes last
        if (lead and tag in _CARD_TAGS and subtree_chars <= CARD_MAX_CHARS
                and kinds.get((pid, tag, el.attrs.get("class")), 0) >= CARD_REPEATS):
            is_furniture, own = True, STRONG_DISCOUNT  # a teaser card: headline link plus blurb, one of a series
        furniture[eid], own_discount[eid] = is_furniture, own
        chars[pid] = chars.get(pid, 0) + subtree_chars
        links[pid] = links.get(pid, 0) + link_total
        plain[pid] = plain.get(pid, 0.0) + plain_total
        # Furniture counts against the elements around it, not against its own content.
        score[pid] = score.get(pid, 0.0) + (-subtree_chars if is_furniture else score_total)
    discount = s.discount
    for el in order[1:]:  # what lies inside furniture (teaser cards included) is inside furniture too
        eid, pid = id(el), id(el.parent)
        if discount[pid] < discount[eid]:
            discount[eid] = discount[pid]
    return s


CONTENT_BONUS = 1.2  # an element named as the article body ("entry-content", itemprop=articleBody) gets a head start


def best_element(s: Scores, key: str = "score") -> tuple[Tag | None, float]:
    """The element with the highest total; on ties the deeper one (less wrapper around the same text)."""
    table = getattr(s, key)
    best, best_value = None, 0.0
    for el in s.order:
        value = table[id(el)] * s.discount[id(el)]
        if value <= 0 or value * CONTENT_BONUS < best_value:
            continue
        if class_signal(el) == CONTENT:
            value *= CONTENT_BONUS
        if value >= best_value:
            best, best_value = el, value
    return best, best_value
