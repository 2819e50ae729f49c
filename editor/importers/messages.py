"""What the importer tells the drafter: one sentence per line it had to judge."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, replace

Start = tuple[int, int, str | None]  # (source line, uid of the node that line started, field or None)


@dataclass(frozen=True, slots=True)
class ImportMessage:
    """Something the importer could not place or had to guess, with its source line."""

    line: int
    message: str
    uid: int | None = None  # the node built from (or nearest to) the line, for the window to reveal
    field: str | None = None  # the node's field, when the line went into one other than its first (Reasons)
    quoted: str = ""  # the source text the message names as removed or rejoined (it is not in the document as typed)
    column: int = 0  # where on the line (from 1), when a line held several paragraphs (0: not given)
    unit: str = "line"  # what `line` counts: lines of a text, or "paragraph"s of a Word file (0: the whole file)

    def placed(self, start: Start) -> ImportMessage:
        """The same message, leading to the node (and field) of `start`."""
        return replace(self, uid=start[1], field=start[2])

    def render(self, source: str) -> str:
        """The form the command line prints: "SRC:LINE: message", or "SRC: paragraph N: message" for a Word file."""
        if self.unit == "paragraph":
            return f"{source}: paragraph {self.line}: {self.message}" if self.line else f"{source}: {self.message}"
        where = f"{self.line}:{self.column}" if self.column else f"{self.line}"
        return f"{source}:{where}: {self.message}"


def place(messages: list[ImportMessage], starts: list[Start]) -> list[ImportMessage]:
    """Lead each message to the node its line went into: the last node started at or before that line.

    `starts` holds (source line, uid, field) with parents before their children, so
    among nodes that start on the same line the innermost wins (a clause
    over its section, a note over its proposal).  A line before every node
    leads to the first one; messages are unchanged when nothing was built.
    """
    if not starts:
        return list(messages)
    ordered = sorted(starts, key=lambda start: start[0])  # stable: parents stay before children
    lines = [start[0] for start in ordered]
    return [m.placed(ordered[max(bisect_right(lines, m.line) - 1, 0)]) for m in messages]
