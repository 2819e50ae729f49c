"""Line cleaning: what a copy out of Word or a PDF leaves that is not the drafter's text.

Word residue ("[bookmark: _Toc475345219]") is removed wherever it stands;
lines that are only a page number or a running header are dropped and
reported, so the drafter can see that nothing else went.  A bare number is
not dropped here: it may be a clause number typed on its own line, which
only the assembler can tell from its neighbours.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from editor.importers.furniture import is_noise
from editor.importers.messages import ImportMessage

__all__ = ["CONTROL", "INVISIBLE", "SourceLine", "clean_lines", "clean_text", "is_noise"]

# Field and bookmark residue Word leaves in "plain text" exports and copies.
_RESIDUE = re.compile(r"\[(?:bookmark|image|comment|footnote|endnote)[^\]\n]*\]", re.IGNORECASE)
# Characters that carry no text: zero-width spaces and joiners, the BOM, soft hyphens, page breaks.
INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad\f\v]")
# Control characters XML cannot hold (what a binary paste or a stray escape leaves).
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")

@dataclass(frozen=True, slots=True)
class SourceLine:
    """One line of the source after cleaning; `number` counts from 1 as editors do."""

    number: int
    text: str
    column: int = 0  # where in its source line the paragraph starts, when a line held several (0: the whole line)

    @property
    def blank(self) -> bool:
        return not self.text


def clean_text(line: str) -> str:
    """The line without Word residue, invisible characters and outer whitespace."""
    return CONTROL.sub("", INVISIBLE.sub("", _RESIDUE.sub("", line))).strip()


def clean_lines(text: str) -> tuple[list[SourceLine], list[ImportMessage]]:
    """The paragraphs of `text` in English, and what was removed on the way (see `flattened.flatten`)."""
    from editor.importers.flattened import flatten
    from editor.importers.vocabulary import vocabulary

    result = flatten(text, vocabulary("en"))
    return result.lines, result.messages
