"""Script and style blocks cut out of the page text before it is parsed.

Pruning drops them anyway, but every block costs the BeautifulSoup builder Python calls while
parsing (about 7% of the parse on real pages), and on oversized pages megabytes of inline script
would push the article past the size cap. JSON-LD scripts stay: they hold the metadata.

A block is cut only where the parser would certainly read the same block: comments and raw-text
elements (<title>, <textarea> ...) are skipped over, and at the first thing a regular expression
cannot judge safely (a "<script" inside a tag, "<!--" then "<script" inside a script, where HTML's
double-escaped state skips the first end tag, an odd end tag) the rest of the page is left to the
parser untouched.
"""

from __future__ import annotations

import re

# Markup that changes how the text after it is read.
_SPECIAL = re.compile(r"<!--|<(script|style|title|textarea|xmp|iframe|noembed|noframes|plaintext)(?=[\s/>])", re.I)
_CLOSE = {name: re.compile(rf"</{name}(?=[\s/>])", re.I)
          for name in ("script", "style", "title", "textarea", "xmp", "iframe", "noembed", "noframes")}
_END_TAG = {name: re.compile(rf"</{name}\s*>", re.I) for name in ("script", "style")}
_SCRIPT_START = re.compile(r"<script(?=[\s/>])", re.I)


def _inside_tag(text: str, start: int, floor: int) -> bool:
    """Whether position start lies inside a tag opened earlier (an attribute value, a bogus comment);
    text before floor was already judged and ends with ">" or is the page start."""
    last_close = text.rfind(">", floor, start)
    return text.find("<", max(last_close + 1, floor), start) != -1


def _double_escaped(text: str, start: int, end: int) -> bool:
    """Whether script text may open a script inside a comment, so that its first end tag is not its end."""
    comment = text.find("<!--", start, end)
    return comment != -1 and _SCRIPT_START.search(text, comment, end) is not None


def without_scripts(text: str) -> str:
    """The text without its <script> and <style> blocks but JSON-LD, in one linear scan; an unclosed
    block ends the text, as it does for the parser."""
    parts: list[str] = []
    kept_from = scan = 0
    while (found := _SPECIAL.search(text, scan)) is not None:
        start = found.start()
        if found.group(1) is None:  # a comment: nothing inside it is markup
            end = text.find("-->", found.end())
            if end == -1:
                break
            scan = end + 3
            continue
        name = found.group(1).lower()
        opening_end = text.find(">", found.end())
        if name == "plaintext" or opening_end == -1 or _inside_tag(text, start, max(scan - 1, 0)):
            break
        closing = _CLOSE[name].search(text, opening_end + 1)
        if name not in _END_TAG:  # text-only element: skip its content
            if closing is None:
                break
            scan = closing.end()
            continue
        if closing is None:  # unclosed: the rest of the page is script text
            if "ld+json" not in text[start:opening_end].lower():
                parts.append(text[kept_from:start])
                kept_from = len(text)
            break
        end = _END_TAG[name].match(text, closing.start())
        if end is None or (name == "script" and _double_escaped(text, opening_end, closing.start())):
            break
        scan = end.end()
        if "ld+json" not in text[start:opening_end].lower():
            parts.append(text[kept_from:start])
            kept_from = scan
    parts.append(text[kept_from:])
    return "".join(parts)
