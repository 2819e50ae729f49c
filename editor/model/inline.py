"""Inline content: the text of a clause, title or label as a list of spans.

A span is a run of text with one formatting and at most one revision mark.
Editing works on character offsets into the *markup* text (all spans,
deleted ones included), which is what the document view shows; final and
original texts are projections.  Zero-width spans carry footnote references.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from editor.model.marks import Mark, View, visible

if TYPE_CHECKING:
    from editor.model.nodes import Node


@dataclass(frozen=True, slots=True)
class Span:
    """A run of text with uniform formatting and revision mark.

    `footnote` makes the span a zero-width footnote reference (text is "");
    `xref` names the clause a cross-reference points to ("considering e)").
    """

    text: str
    italic: bool = False
    bold: bool = False
    mark: Mark | None = None
    footnote: str | None = None
    xref: str | None = None

    def same_format(self, other: Span) -> bool:
        """Whether two spans can be merged into one."""
        return (
            self.italic == other.italic
            and self.bold == other.bold
            and self.mark == other.mark
            and self.xref == other.xref
            and self.footnote is None
            and other.footnote is None
        )


def normalize(spans: Iterable[Span]) -> list[Span]:
    """Merge neighbours of equal format and drop empty text spans.

    Every producer of spans calls this, so equal content always has one
    representation: this is what makes serialisation canonical.
    """
    out: list[Span] = []
    for span in spans:
        if not span.text and span.footnote is None:
            continue
        if out and out[-1].same_format(span):
            out[-1] = replace(out[-1], text=out[-1].text + span.text)
        else:
            out.append(span)
    return out


class Inline:
    """Mutable holder of a span list, owned by one node field.

    The object identity is stable for the life of the node, so undo commands
    and change notices can point at it; only `spans` is replaced.
    """

    __slots__ = ("field", "owner", "spans")

    def __init__(self, spans: Iterable[Span] = (), owner: Node | None = None, field: str = "") -> None:
        self.spans: list[Span] = normalize(spans)
        self.owner = owner
        self.field = field

    @classmethod
    def plain(cls, text: str) -> Inline:
        """Inline holding unformatted, unmarked text."""
        return cls([Span(text)])

    def text(self, view: View = "markup") -> str:
        """The characters shown in `view`."""
        return "".join(s.text for s in self.spans if visible(s.mark, view))

    def __str__(self) -> str:
        return self.text("final")

    def __repr__(self) -> str:
        return f"Inline({self.spans!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Inline) and self.spans == other.spans

    __hash__ = None  # type: ignore[assignment]

    def has_marks(self) -> bool:
        return any(s.mark is not None for s in self.spans)

    def marks(self) -> Iterator[Mark]:
        """Distinct marks in document order."""
        seen: set[Mark] = set()
        for s in self.spans:
            if s.mark is not None and s.mark not in seen:
                seen.add(s.mark)
                yield s.mark

    def projected(self, view: View) -> list[Span]:
        """Spans of `view` with marks removed (accepted or rejected)."""
        if view == "markup" or not self.has_marks():
            return list(self.spans)
        return normalize(s if s.mark is None else replace(s, mark=None) for s in self.spans if visible(s.mark, view))

    def copy(self) -> Inline:
        return Inline(self.spans)


def split_at(spans: list[Span], offset: int) -> tuple[list[Span], list[Span]]:
    """Split a span list at a markup-text offset (zero-width spans go left)."""
    left: list[Span] = []
    right: list[Span] = []
    pos = 0
    for s in spans:
        end = pos + len(s.text)
        if end <= offset:
            left.append(s)
        elif pos >= offset:
            right.append(s)
        else:
            cut = offset - pos
            left.append(replace(s, text=s.text[:cut]))
            right.append(replace(s, text=s.text[cut:]))
        pos = end
    return left, right


def slice_spans(spans: list[Span], start: int, end: int) -> list[Span]:
    """The spans covering markup offsets [start, end)."""
    _, rest = split_at(spans, start)
    middle, _ = split_at(rest, end - start)
    return middle


def markup_offset(inline: Inline, index: int, view: View = "final", *, end: bool = False) -> int:
    """Markup offset of the character at `index` of `inline.text(view)`.

    Checks and form fields read one view; the session and the window count
    in markup (deleted and inserted text both).  At a point where text that
    `view` hides stands, a start position goes after it (a replacement
    follows the struck text, as Word orders a deletion and an insertion);
    with `end`, `index` is an end position: the offset just after character
    `index - 1`, so hidden text after the last shown character is not
    jumped over.
    """
    if end and index > 0:
        return markup_offset(inline, index - 1, view) + 1
    markup = seen = 0
    for span in inline.spans:
        size = len(span.text)
        if visible(span.mark, view):
            if seen + size > index:
                return markup + index - seen
            seen += size
        markup += size
    return markup
