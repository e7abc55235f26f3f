"""The note shown on an entry or figure when sources disagree on a number."""

from __future__ import annotations

NAMED = 3  # publishers named before "and N others"


def disagreement(sides: list[tuple[list[str], str]]) -> str:
    """"Sources disagree: Alpha reports 3,900 employees; Beta, Gamma report 4,100 employees."

    Each side is (its publishers, the amount as shown); long lists name the first few.
    """
    parts = []
    for publishers, amount in sides:
        names = sorted(set(publishers))
        shown = ", ".join(names) if len(names) <= NAMED else f"{', '.join(names[:2])} and {len(names) - 2} others"
        parts.append(f"{shown} {'reports' if len(names) == 1 else 'report'} {amount}")
    return f"Sources disagree: {'; '.join(parts)}."
