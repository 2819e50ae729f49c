"""Where a problem's wavy underline goes in a row: the spot the problem is about, not the whole node.

A problem names its node, the field of that node (`Problem.field`) and the
markup offset in it (`Problem.offset`), with a length when it is about a
stretch (`Problem.length`).  A drafter looks for the wrong thing itself, so
the underline covers just the wrong label, the final punctuation mark, the
date spot, or the labels of a cross-reference to a missing clause; a problem whose field is shown on another row of the
same node (a date in the preamble, not the number line) is underlined there
only.  Plain Python over rows, so the choice is tested without painting.
"""

from __future__ import annotations

from typing import Protocol

from editor.gui.document_view.rows import Part, Row


class Located(Protocol):
    """What the underline needs of a problem (editor.rules.problem.Problem has it)."""

    @property
    def rule(self) -> str: ...
    @property
    def node_uid(self) -> int | None: ...
    @property
    def field(self) -> str | None: ...
    @property
    def offset(self) -> int | None: ...
    @property
    def length(self) -> int | None: ...


def shows_field(row: Row, problem: Located) -> bool:
    """Whether `row` shows the field the problem is about."""
    return _field(row, problem) is not None


def problem_span(row: Row, problem: Located, whole: bool) -> tuple[int, int] | None:
    """Row positions [start, end) to underline for `problem`, None when this row is not where it shows.

    `whole` says that no row of the node shows the problem's field (no field
    given, or one that is not text, such as a proposal's action): the node's
    first row is then underlined in full, as it was before problems had fields.
    """
    found = _field(row, problem)
    if found is None:
        return (0, sum(p.length() for p in row.parts)) if whole else None
    part, start = found
    length = part.length()
    if not length:
        return (0, sum(p.length() for p in row.parts))
    lo, hi = _spot(part, problem)
    return start + lo, start + hi


def _field(row: Row, problem: Located) -> tuple[Part, int] | None:
    if not problem.field:
        return None
    for part, start in row.fields():
        if part.node is not None and part.node.uid == problem.node_uid and part.field == problem.field:
            return part, start
    return None


def _spot(part: Part, problem: Located) -> tuple[int, int]:
    """View offsets in the (non-empty) field: label, final mark, date spot, or the whole field."""
    length = part.length()
    inline = part.inline
    text = inline.text("markup") if inline is not None else part.text
    offset = max(0, min(problem.offset or 0, len(text)))
    if problem.field == "label":
        return 0, length
    if problem.rule.startswith("punctuation."):  # the offset is just after the wrong final mark
        at = max(offset - 1, 0)
        return part.to_view(at), part.to_view(at) + 1
    if problem.rule.startswith("dates."):
        return _date_spot(part, text, offset)
    if problem.length and problem.offset is not None and offset < len(text):  # a stretch: a cross-reference's labels
        return part.to_view(offset), part.to_view(min(offset + problem.length, len(text)))
    return 0, length


def _date_spot(part: Part, text: str, offset: int) -> tuple[int, int]:
    """The "(Place, Year)" at the offset, the history entry from it to the end, or the mark where a missing one belongs."""
    if offset >= len(text.rstrip().rstrip(",")) and offset > 0:  # missing: the spot belongs here, before the final ","
        at = offset if offset < len(text) else offset - 1
        return part.to_view(at), part.to_view(at) + 1
    end = len(text)
    if offset < len(text) and text[offset] == "(":
        close = text.find(")", offset)
        end = close + 1 if close >= 0 else end
    return part.to_view(offset), part.to_view(end)
