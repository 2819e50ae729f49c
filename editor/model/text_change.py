"""The smallest change between two texts, so a MOD records what changed and nothing more.

A form field (Reasons, the history line, the adoption line) or a quick fix
hands back a whole new text.  Replacing all of it would record "everything
deleted, everything inserted", which is right for a label but not for
"Malaga-Torremolinos, 1984; Helsinki, 1993; Hammamet, 2016" gaining
"; Geneva, 2022": the ITU expects exactly that insertion and nothing else.
So the common beginning and end are kept (widened to whole words, as a
drafter reads a change), and only the middle is replaced
(EditSession.change_text does the replacing).  `common_ends` is also the
one diff the panels need: an edit changes one stretch of a text, of the
source's lines, of a list of problems or changes.
"""

from __future__ import annotations

from collections.abc import Sequence


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
    """(start, old_end, new_end): old[start:old_end] becomes new[start:new_end], on word bounds.

    A boundary that cuts a word of the new text moves to the word's edge, and
    so does one that cuts a word of the old text where the new text ends;
    where the new text has a space or a mark at the boundary, the cut stays:
    words the old text ran together ("2016Geneva", a flattened revision)
    are then parted exactly where they differ.
    """
    start, end = common_ends(old, new)
    while start > 0 and _word_char(old, start - 1) and (
        _word_char(new, start) or (_word_char(old, start) and start >= len(new))
    ):
        start -= 1
    while end > 0 and _word_char(old, len(old) - end) and (
        _word_char(new, len(new) - end - 1) or (_word_char(old, len(old) - end - 1) and len(new) - end - 1 < 0)
    ):
        end -= 1
    return start, len(old) - end, len(new) - end
