"""The cleaner's tunable thresholds and named rules in one value, so that the benchmark can switch
each rule off or move each threshold and judge it by k-fold cross-validation (bench_extract.py):
a rule stays only if it helps on pages it was not chosen on."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Rules:
    """Thresholds (numbers) and rules (on/off) of pruning, scoring and body cleaning."""

    # Scoring (score.py)
    short_block_chars: int = 25  # a block shorter than this is more often a label than prose: it never scores positive
    link_weight: float = 2.0  # each linked character counts this much against a block's prose
    strong_discount: float = 0.2  # text inside strong furniture (comments, related, ads) counts this much ...
    weak_discount: float = 0.5  # ... and inside weak furniture (a "sidebar" layout wrapper) this much
    content_bonus: float = 1.2  # head start of an element named as the article body ("entry-content")
    teaser_cards: bool = True  # series of headline-plus-blurb siblings are furniture
    labelled_sections: bool = True  # a section opened by "Related articles", "3 Comments" ... is furniture
    # Pruning (prune.py)
    link_clusters: bool = True  # runs of links hidden inside a paragraph (hover cards) go
    embeds: bool = True  # embedded social posts, their credits and watch/listen widgets go
    # Body cleaning (body.py)
    continuations: bool = True  # twin containers after the body (same tag and class) join it
    link_dense: float = 0.5  # blocks whose text is more than this share of links are lists of other pages ...
    link_dense_paragraph: float = 0.75  # ... while a sentence may link more of its words
    max_boilerplate_chars: int = 200  # longer blocks are never judged by their wording alone
    drop_furniture: bool = True  # furniture (by tag, class, label) inside the body goes
    drop_links: bool = True  # link lists inside the body go
    drop_title: bool = True  # the headline repeated in the body goes
    drop_wording: bool = True  # short blocks worded as furniture ("Share this", "Photo: ...") go
    drop_bylines: bool = True  # a line starting with an author's name goes
    drop_datelines: bool = True  # a line that only dates the article goes


DEFAULT_RULES = Rules()
# Rules the product requires whatever the benchmark says, so cross-validation does not choose them:
# embedded posts are never article text (issue 15), though the benchmark's truth keeps tweets.
REQUIRED = frozenset({"embeds"})
