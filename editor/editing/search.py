"""Find and replace over what the drafter reads: the text of the view shown, field by field, in print order.

Qt-free: it walks the page's paragraphs, so "next" means the next place on
the page, and a match never spans two fields (a label and its text are
different things).  In the Markup view struck-through text is not searched:
it is gone from the text being drafted, and replacing inside it would put
insertions into a deletion.  Replacing goes through the session, so it is
undoable and recorded as a revision when Track Changes is on.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from editor.editing.page import Page
from editor.model.inline import Inline
from editor.model.session import EditSession


@dataclass(frozen=True)
class Match:
    """One occurrence: its paragraph and positions there, and the markup offsets [start, end) in its field."""

    index: int
    inline: Inline
    start: int
    end: int
    view_start: int
    view_end: int


@dataclass(frozen=True)
class Query:
    needle: str
    match_case: bool = False
    whole_words: bool = False


def _fold(text: str, match_case: bool) -> str:
    """Case folded character for character (so positions stay where they are)."""
    if match_case:
        return text
    return "".join(f if len(f := c.casefold()) == 1 else c for c in text)


def _word(char: str) -> bool:
    return char.isalnum() or char == "_"


def _live(inline: Inline) -> tuple[str, list[int]]:
    """The text a drafter reads in `inline` (deleted text left out) and the markup offset of each of its characters."""
    chars: list[str] = []
    offsets: list[int] = []
    pos = 0
    for span in inline.spans:
        if span.mark is None or span.mark.kind == "ins":
            chars.append(span.text)
            offsets.extend(range(pos, pos + len(span.text)))
        pos += len(span.text)
    return "".join(chars), offsets


def _occurrences(text: str, query: Query) -> Iterator[int]:
    haystack, needle = _fold(text, query.match_case), _fold(query.needle, query.match_case)
    at = haystack.find(needle)
    while at >= 0:
        end = at + len(needle)
        if not query.whole_words or ((at == 0 or not _word(text[at - 1])) and (end == len(text) or not _word(text[end]))):
            yield at
        at = haystack.find(needle, at + max(1, len(needle)))


def find_all(page: Page, query: Query) -> list[Match]:
    """Every occurrence of the query in the fields the page shows, in order."""
    if not query.needle:
        return []
    found: list[Match] = []
    for index, block in enumerate(page.blocks):
        seen: set[tuple[int, str]] = set()
        for f in block.fields():
            if (f.node.uid, f.name) in seen:
                continue  # the second stretch of a field (the history line's footnote numbers): searched with the first
            seen.add((f.node.uid, f.name))
            text, offsets = _live(f.inline)
            for at in _occurrences(text, query):
                start, end = offsets[at], offsets[at + len(query.needle) - 1] + 1
                found.append(Match(index, f.inline, start, end, f.to_view(start), f.to_view(end)))
    return found


def next_match(matches: Sequence[Match], index: int, position: int, backwards: bool = False) -> Match | None:
    """The first match after (paragraph, position), wrapping around; before it when `backwards`."""
    if not matches:
        return None
    if backwards:
        earlier = [m for m in matches if (m.index, m.view_start) < (index, position)]
        return earlier[-1] if earlier else matches[-1]
    later = [m for m in matches if (m.index, m.view_start) >= (index, position)]
    return later[0] if later else matches[0]


def replace_all(session: EditSession, matches: Sequence[Match], replacement: str) -> int:
    """Replace every match in one transaction (one undo step); returns how many."""
    with session.transaction("Replace all"):
        for m in reversed(matches):  # right to left keeps the earlier offsets valid
            session.replace_text(m.inline, m.start, m.end, replacement)
    return len(matches)
