"""Find and replace over what the drafter reads: the editable fields, in print order.

Qt-free: it walks the rows of the document view, so "next" means the next
place on the page, and a match never spans two fields (a label and its
text are different things).  Replacing goes through the session, so it is
undoable and recorded as a revision when Track Changes is on.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from editor.gui.document_view.rows import Row
from editor.model.inline import Inline
from editor.model.session import EditSession


@dataclass(frozen=True)
class Match:
    row: int
    inline: Inline
    start: int  # markup offsets in the field
    end: int
    view_start: int  # positions in the row as shown (footnote markers counted)
    view_end: int


def _occurrences(haystack: str, needle: str, case_sensitive: bool) -> Iterator[int]:
    if not case_sensitive:
        haystack, needle = haystack.casefold(), needle.casefold()
    at = haystack.find(needle)
    while at >= 0:
        yield at
        at = haystack.find(needle, at + max(1, len(needle)))


def find_all(rows: Sequence[Row], needle: str, case_sensitive: bool = False) -> list[Match]:
    """Every occurrence of `needle` in the fields of `rows`, in order."""
    if not needle:
        return []
    found: list[Match] = []
    for n, row in enumerate(rows):
        for part, start in row.fields():
            inline = part.inline
            if inline is None:
                continue
            for at in _occurrences(inline.text("markup"), needle, case_sensitive):
                end = at + len(needle)
                found.append(Match(n, inline, at, end, start + part.to_view(at), start + part.to_view(end)))
    return found


def next_match(matches: Sequence[Match], row: int, pos: int, backwards: bool = False) -> Match | None:
    """The first match after (row, position in row), wrapping around; before it when `backwards`."""
    if not matches:
        return None
    if backwards:
        earlier = [m for m in matches if (m.row, m.view_start) < (row, pos)]
        return earlier[-1] if earlier else matches[-1]
    later = [m for m in matches if (m.row, m.view_start) >= (row, pos)]
    return later[0] if later else matches[0]


def replace_all(session: EditSession, matches: Sequence[Match], replacement: str) -> int:
    """Replace every match in one transaction (one undo step); returns how many."""
    with session.transaction("Replace all"):
        for m in reversed(matches):  # right to left keeps the earlier offsets valid
            session.replace_text(m.inline, m.start, m.end, replacement)
    return len(matches)
