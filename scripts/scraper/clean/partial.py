"""Whether the page gave us only part of its article: a paywall or a "subscribe to read on" gate
cut it, or the text stops mid-word on an ellipsis. Such an article is stored with `Partial: true`
and the briefing marks its source as partial, so a reader knows the facts drawn from it are incomplete.

Signals, strongest first (as news archives and trafilatura's paywall handling read them): the page's
JSON-LD declares the article not free (isAccessibleForFree: false, on the article or one of its
parts, Google's paywalled-content markup); a gate's wording is visible on the page, or the body ends
on (or is followed by) a "Continue reading" / "Read the full story" link; the text ends on
a new paragraph's first words and an ellipsis ("... characters. All…"), which a finished article never does.
"""

from __future__ import annotations

import re

from lxml import etree
from lxml.html import HtmlElement

# Wording of a paywall or registration gate: an offer to read the rest, not a newsletter box.
GATE_TEXT = re.compile(
    r"\b(?:subscribe|subscription|sign in|log ?in|register|sign up|become a (?:member|subscriber)|start (?:your )?(?:free )?trial)\b"
    r"[^.!?\n]{0,60}\b(?:to (?:continue|keep) reading|to read (?:the|this|more|on)\b|to unlock|to access (?:the|this) (?:full )?(?:article|story))"
    r"|\b(?:continue|keep) reading (?:with|for) (?:a|your|only)\b[^.!?\n]{0,40}\b(?:subscription|membership|trial)"
    r"|\bthis (?:article|story|content|post) is (?:only )?(?:available|reserved|exclusive) (?:to|for) (?:paying |premium )?(?:subscribers|members)"
    r"|\b(?:the rest of|read the rest of) this (?:article|story) is (?:only )?(?:available )?(?:to|for) (?:subscribers|members)"
    r"|\byou(?:'ve| have) (?:reached|used) (?:your|all of your|the) (?:limit of )?(?:free|monthly) (?:articles?|stories|limit)",
    re.I,
)
# The body stops on an ellipsis right after the first words of a new paragraph ("... characters.\n\nAll…"):
# a paywall's cut. A longer last line trailing off ("Tell us what you think...") is the writer's own.
_CUT_END = re.compile(r"(?:^|\n)\W*\w+(?:\W+\w+){0,2}\s?(?:…|\.\.\.)\s*$")
_TEXT = etree.XPath("string()")


def not_free(value: object) -> bool:
    """Whether a JSON-LD isAccessibleForFree value says the article is not free (false or "False")."""
    return value is False or (isinstance(value, str) and value.strip().lower() == "false")


_CLASS_IN_SELECTOR = re.compile(r"\.([\w-]+)")
MIN_SERVED_CHARS = 200  # a paywalled part holding this much text was served whole (a metered paywall)


def paywall_cut(root: HtmlElement, article_free: object, parts: list) -> bool:
    """Whether JSON-LD marks the article or a part of it not free and the page lacks that part's text.
    Google's markup names the paid part by a CSS selector; a metered site serves it in full to a
    first visitor (the text is there: nothing was cut), a hard paywall leaves it out."""
    paid = [part for part in parts if isinstance(part, dict) and not_free(part.get("isAccessibleForFree"))]
    if not paid and not not_free(article_free):
        return False
    selectors = [part.get("cssSelector") for part in paid]
    classes = [name for sel in selectors if isinstance(sel, str) for name in _CLASS_IN_SELECTOR.findall(sel)]
    return not any(len(_TEXT(el).strip()) >= MIN_SERVED_CHARS for name in classes for el in root.find_class(name))


# Every gate's wording holds one of these: pages without any skip the regular expression.
_GATE_WORDS = ("reading", "to read", "unlock", "to access", "subscribers", "members", "limit", "free article", "free stories")


def gate_on_page(root: HtmlElement) -> bool:
    """Whether a paywall or registration gate's wording is visible on the (pruned) page."""
    text = _TEXT(root)
    lower = text.lower()
    return any(word in lower for word in _GATE_WORDS) and GATE_TEXT.search(text) is not None


# A "read more" gate: the article's text ends on a link to the rest ("Continue reading", "Read the full
# story at Reuters", "Read more »"), after a sentence; "Read more: <headline>" points elsewhere instead.
_READ_ON = re.compile(
    r"(?:^|[.!?…\"”’)\]]\s*)(?:read more|(?:continue reading|keep reading"
    r"|read (?:the )?(?:full|whole|entire|complete|rest of the) (?:article|story|post|report))(?: (?:at|on) [\w.'’ -]{1,40})?)"
    r"\W{0,3}$", re.I)
MAX_GATE_CHARS = 120  # a gate link after the article is one short line


def read_on_gate(body: HtmlElement) -> bool:
    """Whether the article body (before cleaning) ends on a "continue reading" link, or the element
    right after it (or after its container) is one: the page shows a teaser, the rest is behind the link."""
    if _READ_ON.search(" ".join(_TEXT(body)[-300:].split())):
        return True
    after = _element_after(body)
    text = " ".join(_TEXT(after).split()) if after is not None else ""
    return 0 < len(text) <= MAX_GATE_CHARS and _READ_ON.search(text) is not None


def _element_after(el: HtmlElement, levels: int = 3) -> HtmlElement | None:
    """The first element after el in the page, looking up to `levels` ancestors up when el is last."""
    for _ in range(levels):
        after = el.getnext()
        while after is not None and not isinstance(after.tag, str):
            after = after.getnext()
        if after is not None:
            return after
        el = el.getparent()
        if el is None:
            return None
    return None


def is_partial(paywalled: bool, gated: bool, text: str) -> bool:
    """The article is partial when the page says so (paywall markup, gate wording) or its text is cut."""
    return paywalled or gated or _CUT_END.search(text) is not None
