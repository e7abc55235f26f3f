"""Where a headline, caption, photo credit or page stamp was glued onto the sentence after it.

Scrapers and corpora that lose line breaks run a headline into the lede ("UK Disasters
Emergency Committee launches Haiti appeal The UK's Disasters Emergency Committee has
launched ..."): no stop ends the headline, so the splitter sees one sentence. `glued_cuts`
finds the offsets where such a piece ends; sentences.py makes a sentence of each piece, and
the headline, having no final stop, is then dropped as no event (eventness.sentence_flaw).

A cut is made:
- after a page stamp: "Page last updated at 11:24 GMT, Tuesday, 27 September 2011 12:24 UK"
  (and "(an error occurred while processing this directive)" after it);
- before and after a publication stamp anywhere: "Thursday 31 March 2005 00.05 BST",
  "5 January 2011 Last updated at 06:50 GMT";
- after a live report's clock time opening the sentence: "1656 Pope Benedict XVI appeals ..."
  (a valid 24-hour time outside 1900-2029, which could be a year, before a capital), so the
  time is not read as a year;
- after a photo credit: "Photograph: Jane Doe/AP", "Photo: AP", "Photo: Jane Doe" before a
  sentence opener;
- before a sentence opener ("The", "A", "An", "More", "Many", "Some", "Most", "Several",
  "Nearly", "Almost", "Scores", "Thousands", "Hundreds", "Dozens", "He", "She", "They", "His",
  "Her", "Their", "There", or a clause opener: "In", "On", "At", "After", "As", "When", "While",
  "Despite", "Although", "Following", "During", "Since", "Before", "Once", "If", "But") that
  follows a run of at least three words holding no stop (and not a date alone, as a
  chronology's "3 March 2011 The trial is delayed ..." opens), when the rest
  is a complete sentence (five words or more, a finite verb) and the word before the opener
  could end a headline: not a function word ("of", "said", "the" ...), not a noun that names a
  title ("film", "band", "newspaper": "the film The Godfather"), not an "-ing" word ("reading
  The Times"), not a possessive ("BBC's The One Show"), not inside open quotes or brackets.
  "A" and "An" must have a lower-case word among the next two ("A seven-year-old boy", "A British
  man"), and "A" must not follow a word it labels ("Plan A", "Group A"); a clause opener must be
  followed by a lower-case word or a number ("In 2009, ...", not the title "In Cold Blood").
"""

from __future__ import annotations

import re

from .eventness import has_finite_verb

_STAMP = re.compile(
    r"^Page last updated at \d{1,2}:\d\d GMT,? (?:\w+,? )?\d{1,2} \w+,? \d{4}(?: \d{1,2}:\d\d (?:UK|GMT|BST))?"
    r"(?:\s*\(an error occurred while processing this directive\))?\s+"
)
_PUBLICATION_STAMP = re.compile(
    r"(?:^|(?<=\s))(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day \d{1,2} [A-Z][a-z]+ \d{4} \d\d[.:]\d\d "
    r"(?:BST|GMT|CET|EST|EDT|PST|PDT)\b|(?:\d{1,2} [A-Z][a-z]+ \d{4} )?Last updated at \d{1,2}:\d\d (?:GMT|BST)(?: Help)?)\s*"
)
_CLOCK_TIME = re.compile(r"^([01]\d|2[0-3])([0-5]\d) (?=[A-Z])")
_CREDIT_LABEL = re.compile(r"^(?:Photo(?:graph)?s?|Image|Pictures?)\s*:\s+")
_OPENERS = frozenset(
    """The A An In On At After As When While More Many Some Thousands Hundreds Dozens He She They His Her Their
    There I It This Tens""".split()
)
_CLAUSE_OPENERS = frozenset(
    "In On At After As When While Despite Although Following During Since Before Once If But".split()
)
_HEADLINE_OPENERS = _CLAUSE_OPENERS | frozenset(
    """The A An More Many Some Most Several Nearly Almost Scores Thousands Hundreds Dozens He She They His Her Their
    There""".split()
)
# A mid-sentence opener with a space before and after: the candidates for a headline cut.
_CANDIDATE = re.compile(r"(?<=\S) (?=(?:" + "|".join(sorted(_HEADLINE_OPENERS)) + r") \S)")
_NOT_HEADLINE_ENDS = frozenset(
    """a an the of in on at to by for from with and or but nor as than that which who whom whose about into onto
    upon over under via per like unlike including called named titled dubbed entitled said says say told tells
    wrote writes read reads is are was were be been being has have had do does did will would can could may might
    must shall should not no its his her their our my your this these those its film movie band group book novel
    newspaper paper magazine journal album song single show series play programme program documentary musical
    opera ship vessel brand label website site blog channel station column poem game exhibition team club
    while whereas although though because if when since after before until unless so then also only just even
    still where whether""".split()
)
_LABELLED_BY_A = frozenset(
    """plan grade class type vitamin group category part section series formula hepatitis model exhibit appendix
    division league level option row block wing gate terminal platform box company squad pool flight""".split()
)
# A chronology's date opening its item ("3 March 2011 The trial is delayed ..."): no headline.
_DATE_ONLY = re.compile(r"^(?:\d{1,2} [A-Z][a-z]+,? \d{4}|[A-Z][a-z]+ \d{1,2},? \d{4})$")
_MIN_HEADLINE_WORDS = 3
_MIN_REST_WORDS = 5


def glued_cuts(sentence: str) -> list[int]:
    """Offsets in `sentence` where a glued piece ends and the next begins (see the module docstring)."""
    cuts: list[int] = []
    at = _prefix_end(sentence)
    if at:
        cuts.append(at)
    if ("day " in sentence or "updated at" in sentence) and (stamp := _PUBLICATION_STAMP.search(sentence, at)):
        cuts.extend(cut for cut in (stamp.start(), stamp.end()) if 0 < cut < len(sentence) and cut not in cuts)
        at = stamp.end()
    if _HEADLINE_OPENERS.isdisjoint(sentence[at:].split()[1:]):  # nearly every sentence: no opener inside it
        return cuts
    for found in _CANDIDATE.finditer(sentence, at):
        cut = found.end()
        if _headline_ends_at(sentence, cuts[-1] if cuts else 0, found.start(), cut):
            cuts.append(cut)
    return cuts


def _prefix_end(sentence: str) -> int:
    """Where a leading page stamp, clock time or photo credit ends (0: none)."""
    if sentence[:1].isdigit():
        clock = _CLOCK_TIME.match(sentence)
        return clock.end() if clock and not 1900 <= int(clock.group(1) + clock.group(2)) <= 2029 else 0
    if sentence.startswith("Page last updated"):
        stamp = _STAMP.match(sentence)
        return stamp.end() if stamp else 0
    label = _CREDIT_LABEL.match(sentence) if sentence.startswith(("Photo", "Image", "Picture")) else None
    if not label:
        return 0
    at = label.end()
    for _ in range(5):  # a credit is a few names, an agency after a slash ("Jane Doe/AP", "AP/RTL")
        space = sentence.find(" ", at)
        if space < 0:
            return 0
        word, following = sentence[at:space], sentence[space + 1 :].split(" ", 1)[0]
        if "/" in word or following in _OPENERS:
            return space + 1
        at = space + 1
    return 0


def _headline_ends_at(sentence: str, begin: int, end: int, rest_at: int) -> bool:
    """Whether sentence[begin:end] is a headline or caption glued to the sentence starting at rest_at."""
    head, rest = sentence[begin:end], sentence[rest_at:]
    head_words = head.split()
    if len(head_words) < _MIN_HEADLINE_WORDS or any(c in head for c in ".!?:;") or _DATE_ONLY.match(head):
        return False
    last = head_words[-1]
    if last.lower() in _NOT_HEADLINE_ENDS or last.endswith(("ing", "'s", "’s", "s'", ",", "-", "–", "—")):
        return False
    if head.count("(") > head.count(")") or head.count("“") > head.count("”") or head.count('"') % 2:
        return False
    opener, after, then = (rest.split(" ", 3) + ["", "", ""])[:3]
    if opener in ("A", "An") and (last.lower() in _LABELLED_BY_A or not (after[:1].islower() or then[:1].islower())):
        return False
    if opener in _CLAUSE_OPENERS and not (after[:1].islower() or after[:1].isdigit()):
        return False
    return len(rest.split()) >= _MIN_REST_WORDS and has_finite_verb(rest)
