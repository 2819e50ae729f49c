"""Revision marks: who inserted or deleted what, and when.

A mark is immutable and shared by every span (or block) it covers, so that
"the same change" is simply "the same Mark object" (or an equal one after a
reload: marks compare by value, and ids are unique within a document).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Literal

MarkKind = Literal["ins", "del"]
View = Literal["markup", "final", "original"]
VIEWS: tuple[View, ...] = ("markup", "final", "original")


@dataclass(frozen=True, slots=True)
class Mark:
    """One tracked change (Word's w:ins / w:del)."""

    kind: MarkKind
    author: str
    date: str
    id: int

    def visible_in(self, view: View) -> bool:
        """Whether content carrying this mark shows in `view`.

        Markup shows everything; final accepts (drops deletions), original
        rejects (drops insertions).
        """
        if view == "final":
            return self.kind == "ins"
        if view == "original":
            return self.kind == "del"
        return True


def visible(mark: Mark | None, view: View) -> bool:
    """Visibility of unmarked-or-marked content in a view."""
    return mark is None or mark.visible_in(view)


def now_iso() -> str:
    """Timestamp in the form Word writes in w:date (UTC, seconds)."""
    return datetime.now(UTC).replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")
