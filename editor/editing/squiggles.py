"""Where a problem's wavy underline goes in a paragraph: the spot the problem is about, not the whole node.

A problem names its node, the field of that node (`Problem.field`) and the
markup offset in it (`Problem.offset`), with a length when it is about a
stretch (`Problem.length`).  A drafter looks for the wrong thing itself, so
the underline covers just the wrong label, the final punctuation mark, the
date spot, or the labels of a cross-reference to a missing clause; a
problem whose field is shown in another paragraph of the same node (a date
in the preamble, not the number line) is underlined there only.  Plain
Python over blocks, so the choice is tested without painting.
"""

from __future__ import annotations

from typing import Protocol

from editor.export.blocks import Block, Field


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


def shows_field(block: Block, problem: Located) -> bool:
    """Whether `block` shows the field the problem is about."""
    return _field(block, problem) is not None


def problem_span(block: Block, problem: Located, whole: bool) -> tuple[int, int] | None:
    """Positions [start, end) of `block` to underline for `problem`, None when this paragraph is not where it shows.

    `whole` says that no paragraph of the node shows the problem's field (no
    field given, or one that is not text, such as a proposal's action): the
    node's first paragraph is then underlined in full.
    """
    found = _field(block, problem)
    if found is None:
        return (0, len(block.shown())) if whole else None
    if not found.length:
        return 0, len(block.shown())
    return _spot(found, problem)


def _field(block: Block, problem: Located) -> Field | None:
    if not problem.field:
        return None
    return next((f for f in block.fields() if f.node.uid == problem.node_uid and f.name == problem.field), None)


def _spot(field: Field, problem: Located) -> tuple[int, int]:
    """Positions in the (non-empty) field: label, final mark, date spot, or the whole field."""
    text = field.inline.text("markup")
    offset = max(0, min(problem.offset or 0, len(text)))
    whole = field.start, field.start + field.length
    if problem.field == "label":
        return whole
    if problem.rule.startswith("punctuation."):  # the offset is just after the wrong final mark
        at = max(offset - 1, 0)
        return field.to_view(at), field.to_view(at) + 1
    if problem.rule.startswith("dates."):
        return _date_spot(field, text, offset)
    if problem.length and problem.offset is not None and offset < len(text):  # a stretch: a cross-reference's labels
        return field.to_view(offset), field.to_view(min(offset + problem.length, len(text)))
    return whole


def _date_spot(field: Field, text: str, offset: int) -> tuple[int, int]:
    """The "(Place, Year)" at the offset, the history entry from it to the end, or the mark where a missing one belongs."""
    if offset >= len(text.rstrip().rstrip(",")) and offset > 0:  # missing: the spot belongs here, before the final ","
        at = offset if offset < len(text) else offset - 1
        return field.to_view(at), field.to_view(at) + 1
    end = len(text)
    if offset < len(text) and text[offset] == "(":
        close = text.find(")", offset)
        end = close + 1 if close >= 0 else end
    return field.to_view(offset), field.to_view(end)
