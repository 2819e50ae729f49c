"""Plain-text import: text copied out of PDFs, web pages or Word, turned into a document.

`import_text` never raises on odd text: whatever it cannot place it keeps as
a note of the proposal and reports as an ImportMessage with the line number.
`import_file` adds reading the file; an unreadable file is a DocumentError.
The work is split by job: `cleaning` (Word residue, page numbers, running
headers), `markers` (labels), `recognise` (the kind of a line),
`assembly` (building the model), `annexes` (annex paragraphs),
`decoding` (bytes to text).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from editor.importers.assembly import Assembler
from editor.importers.cleaning import clean_lines
from editor.importers.decoding import read_text
from editor.importers.messages import ImportMessage, place
from editor.model.nodes import Document

__all__ = ["ImportMessage", "ImportResult", "import_file", "import_text"]


@dataclass
class ImportResult:
    """The imported document, what the importer had to judge, and the name of the text."""

    document: Document
    messages: list[ImportMessage] = field(default_factory=list)
    source: str = "<text>"

    def report(self) -> list[str]:
        """The messages as the command line prints them: "SRC:LINE: message"."""
        return [m.render(self.source) for m in self.messages]


def import_text(text: str, source: str = "<text>") -> ImportResult:
    """The document a plain text describes, and what the importer had to judge.

    `source` names the text (a file name) in `ImportResult.report()`.
    """
    lines, messages = clean_lines(text)
    assembler = Assembler(lines)
    document = assembler.run()
    placed = place(sorted([*messages, *assembler.messages], key=lambda m: m.line), assembler.starts)
    return ImportResult(document, placed, source)


def import_file(path: str | Path) -> ImportResult:
    """Import a text file (UTF-8, UTF-16 with BOM, or Windows-1252); DocumentError when unreadable."""
    text, notes = read_text(Path(path))
    result = import_text(text, str(path))
    result.messages[:0] = notes
    return result
