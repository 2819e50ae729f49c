"""What a check reports: one problem, located the way a drafter reads a document."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any, Literal

Severity = Literal["error", "warning"]


@dataclass(frozen=True)
class Problem:
    """One finding of a drafting check.

    Location fields name what the drafter sees: the proposal identifier, the
    section keyword, the clause counted from 1 within its section, the label
    as typed, and the sub-item path ("2.1") when inside sub-items.
    `node_uid` ties the problem to the model node for the window (jump to it,
    underline it); `fix` describes the quick fix when there is one.
    """

    severity: Severity
    rule: str
    message: str
    proposal: str | None = None
    section: str | None = None
    clause: int | None = None
    label: str | None = None
    subitem: str | None = None
    fix: str | None = None
    node_uid: int | None = None
    view: str = "final"

    def as_json(self) -> dict[str, Any]:
        """The keys `main.py validate --format json` promises."""
        data = asdict(self)
        return {k: data[k] for k in ("severity", "rule", "message", "proposal", "section", "clause", "label", "subitem", "fix")}

    def location(self) -> str:
        parts = [p for p in (self.proposal, self.section) if p]
        if self.clause is not None:
            parts.append(f"clause {self.clause}" + (f" ({self.label})" if self.label else ""))
        if self.subitem:
            parts.append(f"item {self.subitem}")
        return ", ".join(parts)
