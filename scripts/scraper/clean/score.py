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
    """Whether el starts with text of its own, before any child element."""
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
    ancestors, one forward pass hands furniture discounts down. Figures are kept in lists by
    document position while computing, and keyed by id(element) at the end."""
    order = [root]
    parent = [-1]  # position of each element's parent
    block = [0]  # position of each element's block
    in_link = [False]
    own_chars = [0]  # text of the block at this position
    own_links = [0]
    text_chars = [0]  # text directly in the element at this position
    text_links = [0]
    kinds: dict = {}  # (parent position, tag, class) -> number of such siblings
    headings: list[Tag] = []

    stack = [(0, iter(root.contents))]
    run: list = []  # strings of the element on top of the stack since its last child element
    while stack:
        i, children = stack[-1]
        for node in children:
            kind = type(node)
            if kind is not Tag:
                if kind in TEXT_TYPES:
                    run.append(node)
                continue
            if run:  # text before this child is the element's own
                n = _length(run[0] if len(run) == 1 else "".join(run))
                run = []
                if n:
                    b = block[i]
                    own_chars[b] += n
                    text_chars[i] += n
                    if in_link[i]:
                        own_links[b] += n
                        text_links[i] += n
            j, tag = len(order), node.name
            order.append(node)
            parent.append(i)
            block.append(j if tag in UNIT_TAGS else block[i])
            in_link.append(tag == "a" or in_link[i])
            own_chars.append(0)
            own_links.append(0)
            text_chars.append(0)
            text_links.append(0)
            if tag in _CARD_TAGS:
                kind_key = (i, tag, node.attrs.get("class"))
                kinds[kind_key] = kinds.get(kind_key, 0) + 1
            elif tag in HEADINGS:
                headings.append(node)
            stack.append((j, iter(node.contents)))
            break
        else:
            if run:
                n = _length(run[0] if len(run) == 1 else "".join(run))
                run = []
                if n:
                    b = block[i]
                    own_chars[b] += n
                    text_chars[i] += n
                    if in_link[i]:
                        own_links[b] += n
                        text_links[i] += n
            stack.pop()

    s = Scores(root, order=order)
    labelled = labelled_sections(s, headings) if headings else set()
    count = len(order)
    chars = text_chars[:]  # children add theirs below
    links = text_links[:]
    plain = [0.0] * count
    score = [0.0] * count
    furniture = [False] * count
    discount = [1.0] * count
    # Whether an element's first sizeable text block is a headline (all link): teaser cards start so.
    first_child_lead: list = [None] * count
    for i in range(count - 1, 0, -1):
        subtree_chars = chars[i]
        if not subtree_chars:  # no text: adds nothing, and nothing later asks whether it is furniture
            continue
        el = order[i]
        tag = el.name
        c = own_chars[i]
        if c:
            lc = own_links[i]
            p = block_score(c, lc, tag)
            own_headline = c >= HEADLINE_CHARS and lc >= 0.8 * c
            lead = own_headline if _leading_text(el) or first_child_lead[i] is None else first_child_lead[i]
            plain[i] += p
            score[i] += p
        else:
            lead = bool(first_child_lead[i])
        own = _own_discount(el, labelled)
        j = parent[i]
        # Inline elements holding no block speak through the block around them, not on their own.
        if subtree_chars >= HEADLINE_CHARS and (tag in UNIT_TAGS or first_child_lead[i] is not None):
            first_child_lead[j] = lead  # reverse order: the first child with text writes last
        if (lead and tag in _CARD_TAGS and subtree_chars <= CARD_MAX_CHARS
                and kinds.get((j, tag, el.attrs.get("class")), 0) >= CARD_REPEATS):
            own = STRONG_DISCOUNT  # a teaser card: headline link plus blurb, one of a series
        if own < 1.0:
            furniture[i], discount[i] = True, own
            score[j] -= subtree_chars  # furniture counts against the elements around it, not its own content
        else:
            score[j] += score[i]
        chars[j] += subtree_chars
        links[j] += links[i]
        plain[j] += plain[i]
    if own_chars[0]:
        p = block_score(own_chars[0], own_links[0], root.name)
        plain[0] += p
        score[0] += p
    for i in range(1, count):  # what lies inside furniture (teaser cards included) is inside furniture too
        if discount[parent[i]] < discount[i]:
            discount[i] = discount[parent[i]]
    ids = [id(el) for el in order]
    s.chars, s.link_chars, s.direct_chars = dict(zip(ids, chars)), dict(zip(ids, links)), dict(zip(ids, text_chars))
    s.score, s.plain = dict(zip(ids, score)), dict(zip(ids, plain))
    s.furniture, s.discount = dict(zip(ids, furniture)), dict(zip(ids, discount))
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
