"""What happened to each page of a run, as counted in the summary table."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


class Status(Enum):
    """One page's result; the value is the summary table's label."""

    ADDED = "added"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    ALREADY_STORED = "already stored"  # --sources: a content file exists, not fetched again
    ROBOTS = "skipped by robots"
    EDITED = "editor-changed"  # an editor changed the stored body: left as it is
    FAILED = "failed"


@dataclass
class Outcome:
    """The result for one input (URL, saved page or stem), with the reason when it did not get added."""

    target: str  # URL, file path or stem, as the user named it
    status: Status
    detail: str = ""  # reason or the file written
    warnings: list[str] = field(default_factory=list)
    written: list[str] = field(default_factory=list)  # files this input wrote, as the summary names them

    @property
    def failed(self) -> bool:
        return self.status is Status.FAILED
