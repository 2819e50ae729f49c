"""What a check reports: one problem, located the way a drafter reads a document."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass
from typing import Any, Literal

Severity = Literal["error", "warning", "spelling"]
"""How serious a problem is.  "spelling" is the spelling check's own (editor.spelling): a misspelled word
neither fails a document nor counts as one of its drafting errors or warnings, and the drafter can hide them."""

SPOTS: dict[str, str] = {
    "number": "number line", "adoption": "number line", "title": "title", "history": "history line",
    "preamble": "preamble", "action": "proposal line", "identifier": "proposal line", "reasons": "Reasons",
}
"""How a drafter names the line a field of a resolution or proposal prints on (for problems outside sections)."""

JSON_KEYS = ("severity", "rule", "message", "proposal", "section", "clause", "label", "subitem", "fix")


@dataclass(frozen=True)
class Problem:
    """One finding of a drafting check.

    Location fields name what the drafter sees: the proposal identifier (and
    its action, so the location reads like the proposal line "MOD ARB/36A2/1"),
    the section keyword, the clause counted from 1 within its section, the
    label as typed, and the sub-item path ("2.1") when inside sub-items.
    `node_uid` ties the problem to the model node for the window (jump to it,
    underline it); `field` names the node's field the problem is about
    ("label", "text", "adoption", "reasons" …) and `offset` the markup offset
    in that field where the cursor belongs, so revealing a problem lands on
    the wrong label or after the wrong final mark rather than at the start of
    the clause.  `length` (markup characters from `offset`) is given when the
    problem is about a stretch of the text, such as a cross-reference, so the
    window underlines just that stretch.  `fix` describes the quick fix when
    there is one.
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
    action: str | None = None
    field: str | None = None
    offset: int | None = None
    noun: str = "clause"
    """How the location names the place: "clause", or "paragraph" for an annex paragraph (as the message does)."""
    length: int | None = None

    def as_json(self) -> dict[str, Any]:
        """The keys `main.py validate --format json` promises."""
        data = asdict(self)
        return {k: data[k] for k in JSON_KEYS}

    def heading(self) -> str | None:
        """The proposal as its proposal line reads ("MOD ARB/36A2/1"); None outside proposals."""
        if self.action and self.proposal and self.proposal != self.action:
            return f"{self.action} {self.proposal}"
        return self.proposal or self.action

    def location(self) -> str:
        """"MOD ARB/36A2/1, noting, clause 4 (b))", "… clause 1, item 2 (•)", "…, annex 1, paragraph 3 (2)",
        or "MOD ARB/36A2/1, number line" outside sections."""
        parts = [p for p in (self.heading(), self.section) if p]
        label = f" ({self.label})" if self.label else ""  # the label typed on the clause, or on the item when in one
        if self.clause is not None:
            parts.append(f"{self.noun} {self.clause}" + ("" if self.subitem else label))
        elif self.section is None and self.field in SPOTS:
            parts.append(SPOTS[self.field])
        if self.subitem:
            parts.append(f"item {self.subitem}{label}")
        return ", ".join(parts)


def severity_counts(problems: Iterable[Problem]) -> dict[Severity, int]:
    """How many problems of each severity: count errors and warnings from this, not as "all but the errors"."""
    counts: dict[Severity, int] = {"error": 0, "warning": 0, "spelling": 0}
    for problem in problems:
        counts[problem.severity] += 1
    return counts
