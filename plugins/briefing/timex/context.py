"""What the words around an expression say: its sentence and clause, and the tense there.

Underspecified dates ("in May", "on Friday") are resolved towards the past or the future of the
document date depending on the tense of the verbs nearest to them, as HeidelTime's news mode does
with part-of-speech tags; here a few cue-word lists stand in for the tagger.
"""

from __future__ import annotations

import bisect
import re
from functools import cached_property

PAST, FUTURE, PRESENT, UNKNOWN = "past", "future", "present", "unknown"
INTENT = "intent"  # a cue kind: future for what follows it, no cue for what precedes it

# Sentence ends: a stop followed by space and a capital, digit or quote, or a line break before a
# capital. Stops after abbreviations that never end a sentence ("Mr.", "Sept. 14") are skipped.
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s+(?=[\"“‘(]?[A-Z0-9])|\n\s*\n|\n(?=[A-Z\"“])")
_WORD_BEFORE_STOP = re.compile(r"(\w+)\.$")
_TITLES = {"mr", "mrs", "ms", "dr", "st", "no", "jr", "sr", "vs", "gen", "gov", "sen", "rep", "lt", "col",
           "sgt", "capt", "prof", "rev", "ft", "mt", "messrs"}
_MONTH_ABBREVIATIONS = {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}


def _sentence_ends(text: str) -> list[int]:
    ends = []
    for m in _SENTENCE_END.finditer(text):
        before = _WORD_BEFORE_STOP.search(text, max(0, m.start() - 12), m.start() + 1)
        if before:
            word = before.group(1)
            if len(word) == 1 and word.isupper() or word.lower() in _TITLES:
                continue
            if word.lower() in _MONTH_ABBREVIATIONS and text[m.end():m.end() + 1].isdigit():
                continue
            if word.lower() == "m" and text[m.end():m.end() + 1] == "(" and text[m.start() - 3:m.start()].lower() in ("a.m", "p.m"):
                continue  # "at 10:35 a.m. (0735 GMT) Friday": the time in another zone, no new sentence
        ends.append(m.end())
    return ends


# Clause breaks inside a sentence.
_CLAUSE_BREAK = re.compile(r"[;:]|\s[–—]\s|\s--\s|,\s+(?:but|while|whereas|although|though)\b|"
                           r"\s(?:and|but)\s+(?=(?:will|would|is|are|was|were|has|have|had|plans|expects|said|says)\b)",
                           re.I)

# A verb or noun of intent with its infinitive ("agreed to hold talks", "the offer to host", "standing
# by to fly") puts what follows it ahead; a date before it ("In January, she decided to go") dates the
# decision, a past one.
_INTENT_CUES = (
    r"(?:(?:agreed|agrees|decided|decides|voted|votes|pledged|pledges|promised|promises|vowed|vows|"
    r"offered|offers|sought|seeks|wanted|wants|hoped|was|were)\s+to\s+(?!be\s+\w+ed\b)\w+|"
    r"(?:offers?|bids?|ready|standing\s+by|poised|prepared|preparing)\s+to\s+(?!be\s+\w+ed\b)[a-z]+)"
)
_FUTURE_CUES = (
    r"will|won't|wo\s+n't|'ll|shall|going\s+to|gonna|(?:is|are|am)\s+to|"
    r"expects?\s+to|expected|expecting|supposed\s+to|plans?\s+to|planned|planning|intends?\s+to|intended|"
    r"aims?\s+to|hopes?\s+to|scheduled|slated|due\s+(?:to|in|on|by)|set\s+to|upcoming|"
    r"forecasts?(?!\s+(?:of|for|on|in|at|by|from|and|was|were|is|are|had|has)\b|\s*[,.;])|projected|projects?\s+to|likely\s+to|"
    # a modal perfect ("may have taken part in June", "could have been") looks back, not ahead
    r"(?:would|could|might|may(?=\s+(?:be|have)\b))(?!\s+have\s+(?:been|[a-z]+(?:ed|en|wn|ght|id|ne|ld|ng|ft|st|ut|et|it)\b))|"
    r"next(?!\s+to\b)|coming|future|later\s+this|until|by\s+the\s+end|payable|effective|expires?|expiring|deadline"
)
# Reporting verbs say when something was reported, not when it happens: they are no cue.
_REPORTING = r"said|says|told|tells|announced|announces|reported|reports|added|adds|noted|notes|stated|according"
_PAST_IRREGULAR = (
    "was|were|had|did|ago|last|earlier|previously|rose|fell|grew|began|came|went|"
    "took|made|saw|got|gave|left|held|sold|bought|paid|lost|won|met|became|led|ran|spent|built|"
    "hit|struck|brought|thought|felt|kept|wrote|spoke|broke|chose|drove|flew|knew|stood|"
    "sought|taught|fought|caught|dealt|meant|sent|lent|slid|sank|withdrew|underwent|undertook|"
    "overtook|fled|shot|found|heard|slept|swept|wept|woke|wore|forgot|froze|stole|swore|sank|"
    "dropped|since|then|already"
)
_NOT_PAST_ED = (
    "expected|scheduled|planned|slated|projected|intended|needed|based|related|limited|listed|"
    "proposed|anticipated|called|so-called|indeed|need|speed|seed|feed|bed|red|shed|bred|hundred|"
    "succeed|proceed|exceed|heed|breed|bleed|greed|deed|weed|"
    "united|used|concerned|interested|involved|advanced|detailed|required|allowed|supposed|"
    "owned|controlled|traded|priced|valued|estimated|indicated|unexpected|unprecedented"
)
_CUE = re.compile(
    rf"\b(?P<report>{_REPORTING})\b"
    rf"|\b(?P<intent>{_INTENT_CUES})\b"
    rf"|\b(?P<future>{_FUTURE_CUES})\b"
    rf"|\b(?<!\bbe\s)(?<!\bbeen\s)(?<!\bbeing\s)(?<!\bis\s)(?<!\bare\s)"
    # -ed words after a determiner or adverb, and un-...-ed words, are adjectives ("a still
    # unspecified date", "the announced plan"), not past-tense verbs.
    rf"(?<!\ba\s)(?<!\ban\s)(?<!\bthe\s)(?<!\bits\s)(?<!\bstill\s)(?<!\bnewly\s)(?<!\bpreviously\s)"
    rf"(?P<past>{_PAST_IRREGULAR}|(?!(?:{_NOT_PAST_ED}|un[a-z]+)\b)[a-z]{{2,}}ed)\b"
    # Past forms that look like the present ("cut", "shut") count when a verb use is plain: not after
    # "to", a modal or "do", and followed by their object ("Nissan cut its forecast on Thursday").
    r"|\b(?<!\bto\s)(?<!\bwill\s)(?<!\bwould\s)(?<!\bcould\s)(?<!\bmay\s)(?<!\bmight\s)(?<!\bcan\s)"
    r"(?<!\bshould\s)(?<!\bmust\s)(?<!\bdid\s)(?<!\bdo\s)(?<!\bdoes\s)(?<!n't\s)(?<!'ll\s)(?<!\bnot\s)"
    r"(?P<past_plain>cut|shut|quit|shed)\b(?=\s+(?:its|their|the|a|an|his|her|back|off|down|\d))"
    r"|\b(?P<present>is|are|am|has|have|says|does|do|remains?|continues|seems?)\b"
    # "we're meeting on Saturday", "I've got": contracted present forms.
    r"|(?<=\w)(?P<present_contracted>['’](?:re|ve|m))\b",
    re.I,
)


_KIND = {"past_plain": PAST, "present_contracted": PRESENT}


class TextContext:
    """Sentence and clause lookups for one text, computed once."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._cue_cache: dict[int, list[tuple[int, int, str]]] = {}

    @cached_property
    def _ends(self) -> list[int]:
        """Sentence ends, found when a lookup first needs them (many texts' expressions need none)."""
        return _sentence_ends(self.text)

    def sentence(self, start: int, end: int) -> tuple[int, int]:
        """Character bounds of the sentence holding text[start:end]."""
        i = bisect.bisect_right(self._ends, start)
        lo = self._ends[i - 1] if i > 0 else 0
        hi = self._ends[i] if i < len(self._ends) else len(self.text)
        while hi < end and i < len(self._ends):
            i += 1
            hi = self._ends[i] if i < len(self._ends) else len(self.text)
        return lo, hi

    def clause(self, start: int, end: int) -> tuple[int, int]:
        """Character bounds of the clause holding text[start:end] (sentence cut at ; : dashes)."""
        lo, hi = self.sentence(start, end)
        clause_lo, clause_hi = lo, hi
        for m in _CLAUSE_BREAK.finditer(self.text, lo, hi):
            if m.end() <= start:
                clause_lo = m.end()
            elif m.start() >= end:
                clause_hi = m.start()
                break
        return clause_lo, clause_hi

    def _cues(self, lo: int, hi: int) -> list[tuple[int, int, str]]:
        """(start, end, kind) of the tense cues in the sentence text[lo:hi], computed once."""
        cues = self._cue_cache.get(lo)
        if cues is None:
            cues = [(m.start(), m.end(), _KIND.get(m.lastgroup or "", m.lastgroup or UNKNOWN))
                    for m in _CUE.finditer(self.text, lo, hi) if m.lastgroup != "report"]
            self._cue_cache[lo] = cues
        return cues

    def tense(self, start: int, end: int) -> str:
        """PAST, FUTURE, PRESENT or UNKNOWN: the tense of the verb cue nearest to text[start:end]."""
        return self.tense_cue(start, end)[0]

    def tense_cue(self, start: int, end: int) -> tuple[str, int | None]:
        """The tense of the verb cue nearest to text[start:end] and its distance in characters.

        The nearest cue in the expression's own clause decides; without one, the nearest in the
        sentence; without any, (UNKNOWN, None).
        """
        cues = self._cues(*self.sentence(start, end))
        for lo, hi in (self.clause(start, end), self.sentence(start, end)):
            nearest: tuple[int, str] | None = None
            for cue_start, cue_end, kind in cues:
                if not lo <= cue_start < hi or start <= cue_start < end or kind == INTENT and cue_start >= end:
                    continue
                distance = start - cue_end if cue_end <= start else cue_start - end
                if nearest is None or distance < nearest[0]:
                    nearest = (distance, FUTURE if kind == INTENT else kind)
            if nearest is not None:
                return nearest[1], nearest[0]
        return UNKNOWN, None
