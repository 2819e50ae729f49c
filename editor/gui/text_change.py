"""Turning "the field now reads X" into the smallest text edit, so a MOD records what changed.

A form field (Reasons, the history line, the adoption line) hands back its
whole new text.  EditSession.set_text would record that as "everything
deleted, everything inserted", which is right for a label but not for
"Malaga-Torremolinos, 1984; Helsinki, 1993; Hammamet, 2016" gaining
"; Geneva, 2022": the ITU expects exactly that insertion and nothing else.
So the common beginning and end are kept (widened to whole words, as a
drafter reads a change), and only the middle is replaced through
EditSession.replace_text, which tracks it when Track Changes is on.

Plain Python (no Qt): the panels call it inside host.perform.
"""

from __future__ import annotations

from collections.abc import Sequence

from editor.model.inline import Inline
from editor.model.marks import visible
from editor.model.session import EditSession


def _word_char(text: str, index: int) -> bool:
    return 0 <= index < len(text) and text[index].isalnum()


def common_ends(old: Sequence[object], new: Sequence[object]) -> tuple[int, int]:
    """Lengths of the common beginning and end of two sequences (not overlapping).

    The one diff the panels need: an edit changes one stretch of a text, of
    the source's lines, of the list of problems or changes.
    """
    limit = min(len(old), len(new))
    start = 0
    while start < limit and old[start] == new[start]:
        start += 1
    end = 0
    while end < limit - start and old[-1 - end] == new[-1 - end]:
        end += 1
    return start, end


def changed_range(old: str, new: str) -> tuple[int, int, int]:
    """(start, old_end, new_end): old[start:old_end] becomes new[start:new_end], on word bounds."""
    start, end = common_ends(old, new)
    while start > 0 and _word_char(old, start - 1) and (_word_char(old, start) or _word_char(new, start)):
        start -= 1
    while end > 0 and _word_char(old, len(old) - end) and (
        _word_char(old, len(old) - end - 1) or _word_char(new, len(new) - end - 1)
    ):
        end -= 1
    return start, len(old) - end, len(new) - end


def markup_offset(inline: Inline, final_offset: int, *, after_deleted: bool) -> int:
    """The markup offset of a final-view offset.

    At a point where deleted text sits, `after_deleted` chooses the side:
    a replacement starts after struck-through text (Word's order: deletion,
    then insertion), a range ends before it.
    """
    markup = final = 0
    for span in inline.spans:
        length = len(span.text)
        if visible(span.mark, "final"):
            if final + length > final_offset or (final + length == final_offset and not after_deleted):
                return markup + final_offset - final
            final += length
        markup += length
    return markup


def change_text(session: EditSession, inline: Inline, new: str) -> None:
    """Make the final text of `inline` read `new` with the smallest tracked edit."""
    old = inline.text("final")
    if old == new:
        return
    start, old_end, new_end = changed_range(old, new)
    begin = markup_offset(inline, start, after_deleted=True)
    finish = markup_offset(inline, old_end, after_deleted=False) if old_end > start else begin
    session.replace_text(inline, begin, max(begin, finish), new[start:new_end])
