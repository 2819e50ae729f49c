"""An inline's text as the drafter reads it, and where each of its characters sits in the markup.

Spelling is checked on the final view (deleted text left out), so a word
partly inserted and partly deleted ("recei" + struck "ve" + inserted "ving")
is read as the drafter now reads it ("receiving").  The session and the
window count in markup offsets (deleted text included), so each word found
is mapped back: its underline starts on its first shown character and ends
after its last one, covering the struck text between them.  A footnote
reference (a zero-width span) ends a word: "Members" followed by a
reference and "States" is not "MembersStates".
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from editor.model.inline import Inline, Span


@dataclass(frozen=True)
class Reading:
    """The final-view text of some spans, the markup offset of each shown stretch, and the footnote breaks."""

    text: str
    starts: tuple[int, ...] = (0,)
    """Final-view offsets where a shown stretch of markup begins (ascending, first 0)."""
    markups: tuple[int, ...] = (0,)
    """The markup offset of each of those stretches."""
    breaks: tuple[int, ...] = ()
    """Final-view offsets of footnote references."""

    def markup(self, index: int) -> int:
        """Markup offset of final-view character `index`."""
        k = bisect_right(self.starts, index) - 1
        return self.markups[k] + index - self.starts[k]

    def markup_range(self, start: int, end: int) -> tuple[int, int]:
        """Markup (offset, length) of final-view characters [start, end), deleted text inside included."""
        first = self.markup(start)
        return first, self.markup(end - 1) + 1 - first


def read(spans: list[Span]) -> Reading:
    """The reading of a span list (an inline's `spans`)."""
    if len(spans) == 1 and spans[0].mark is None:
        return Reading(spans[0].text)
    text: list[str] = []
    starts: list[int] = []
    markups: list[int] = []
    breaks: list[int] = []
    shown = markup = 0
    for span in spans:
        if span.mark is None or span.mark.visible_in("final"):
            if span.footnote is not None:
                breaks.append(shown)
            elif span.text:
                if not starts or markups[-1] + shown - starts[-1] != markup:  # deleted text was skipped
                    starts.append(shown)
                    markups.append(markup)
                text.append(span.text)
                shown += len(span.text)
        markup += len(span.text)
    if not starts:
        starts, markups = [0], [0]
    return Reading("".join(text), tuple(starts), tuple(markups), tuple(breaks))


def read_inline(inline: Inline) -> Reading:
    return read(inline.spans)
