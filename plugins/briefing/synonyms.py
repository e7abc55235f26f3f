"""Words business news uses interchangeably for the same thing, folded to one word before comparing.

Publishers retell a fact in their own words ("paused output at the plant", "the factory
suspended production", "lines stood still"); matching on words alone would keep those apart.
Each group lists the forms (after lower-casing and dropping a plural "s") that mean the same
in a company story; the first is the one they fold to. Kept small and literal on purpose:
a word belongs here only if swapping it never changes which event a sentence reports.
"""

from __future__ import annotations

_GROUPS = [
    "plant factory facility site works",
    "production output manufacturing",
    "produce build manufacture producing building",
    "halt pause suspend stop halted paused suspended stopped idled halting pausing suspending",
    "talk discussion negotiation talking discussing negotiating discussed negotiated",
    "cut reduce shrink slash trim eliminate shed cutting reducing shrinking slashing trimming eliminating shedding "
    "reduced shrank shrunk slashed trimmed eliminated",
    "job position",
    "sign signed signing agree agreed",
    "announce announced unveil unveiled present presented",
    "appoint appointed name named",
    "ceo chief",
    "invest invested investing investment spend spent commit committed",
    "stake holding",
    "buy bought acquire acquired purchase purchased",
    "approach approached",
    "reject rejected rebuff rebuffed",
    "collapse collapsed fail failed",
    "merger merge",
    "memorandum mou",
    "partnership tie-up alliance cooperation collaboration",
    "loss deficit",
    "hire hired hiring recruit recruited recruiting recruitment",
    "worker employee staff",
    "start begin starting beginning started began commence",
]

CANONICAL = {form: group.split()[0] for group in _GROUPS for form in group.split()}
