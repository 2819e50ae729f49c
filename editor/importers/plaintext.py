"""Plain-text import: text copied out of PDFs, web pages or Word, turned into a document.

`import_text` never raises on odd text: whatever it cannot place it keeps as
a note of the proposal and reports as an ImportMessage with the line number;
only a text too large to import in bounded memory is refused, with a
DocumentError.  `import_file` adds reading the file; an unreadable file is a
DocumentError.  The work is split by job, in two layers:

- recognising one paragraph, reusable by an importer of Word files:
  `recognise` (proposal and number lines, keywords, preambles, history,
  Reasons, annexes), `markers` (labels), `furniture` (page numbers, running
  headers), `footnotes` (glued references), all reading the words of the
  text's language through `vocabulary` (from editor.languages);
- the text as it comes: `decoding` (bytes to text), `language` (which
  language), `cleaning` (Word residue), `flattened` (HTML tags, preview
  chunks, prefixes, page markers), `inline` (paragraphs inside one line),
  `wordlists` (is a cut inside a word);

and `assembly` (with `annexes`) builds the model from the paragraphs.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from editor.importers.assembly import Assembler
from editor.importers.cleaning import SourceLine
from editor.importers.decoding import read_text
from editor.importers.flattened import TooManyParagraphs, flatten
from editor.importers.language import detect
from editor.importers.messages import ImportMessage, place
from editor.importers.vocabulary import vocabulary
from editor.languages import CODES
from editor.model.nodes import Document
from editor.xmlio.errors import DocumentError

__all__ = ["MAX_CHARS", "MAX_PARAGRAPHS", "ImportMessage", "ImportResult", "import_file", "import_text"]

# Bounds that keep an import linear and its memory within about ten times the text (issue 12):
# a contribution of 100 resolutions and 3,000 clauses is about 0.5 MB and 5,000 paragraphs.
MAX_CHARS = 16 * 1024 * 1024
MAX_PARAGRAPHS = 100_000
DENSE_PARAGRAPHS = 5_000  # above this many, paragraphs must average MIN_AVERAGE characters
MIN_AVERAGE = 64


@dataclass
class ImportResult:
    """The imported document, what the importer had to judge, and the name of the text."""

    document: Document
    messages: list[ImportMessage] = field(default_factory=list)
    source: str = "<text>"
    language: str = "en"  # the language the text was read in (ar, en, es, fr, ru, zh)
    language_reason: str = ""  # why: detected from the script or the keywords, or given by the caller

    def report(self) -> list[str]:
        """The messages as the command line prints them: "SRC:LINE: message"."""
        return [m.render(self.source) for m in self.messages]


def import_text(text: str, source: str = "<text>", language: str | None = None) -> ImportResult:
    """The document a plain text describes, and what the importer had to judge.

    `source` names the text (a file name) in `ImportResult.report()`.
    `language` forces the language of the keywords read (one of
    editor.languages.CODES); by default it is detected from the text.
    """
    if language is None:
        found = detect(text)
        code, reason = found.code, found.reason
    elif language in CODES:
        code, reason = language, "given"
    else:
        raise ValueError(f"unknown language '{language}'; one of {', '.join(CODES)}")
    if len(text) > MAX_CHARS:
        raise DocumentError(source, f"is {len(text) / 1e6:.1f} million characters of text; an import reads at most "
                                    f"{MAX_CHARS / 1e6:.1f} million (a contribution of 100 resolutions is about 0.5 million): "
                                    "split it into its proposals")
    _check_counts(text.splitlines(), source)  # before the work, from the lines alone
    vocab = vocabulary(code)
    try:
        flat = flatten(text, vocab, MAX_PARAGRAPHS)
    except TooManyParagraphs as exc:  # a line that splits into more paragraphs than an import takes
        raise DocumentError(source, f"holds more than {exc.count:,} paragraphs; an import reads at most {MAX_PARAGRAPHS:,} "
                                    "(a contribution of 100 resolutions has about 5,000): split it into its proposals") from None
    _check_density(flat.lines, source)  # a line may hold many paragraphs
    assembler = Assembler(flat.lines, vocab, flat.width)
    document = assembler.run()
    document.language = code  # the language read is the document's
    ordered = sorted([*flat.messages, *assembler.messages], key=lambda m: (m.line, m.column))
    placed = place(ordered, assembler.starts)
    return ImportResult(document, placed, source, code, reason)


def _check_density(lines: list[SourceLine], source: str) -> None:
    """Refuse a text of too many paragraphs, or of very many very short ones (a list or a table, not a resolution).

    Each paragraph becomes a node, so their number, not the text's size,
    decides the memory an import takes.
    """
    _check_counts([line.text for line in lines], source)


def _check_counts(texts: list[str], source: str) -> None:
    count = chars = 0
    for text in texts:
        stripped = len(text.strip())
        if stripped:
            count, chars = count + 1, chars + stripped
    if count > MAX_PARAGRAPHS:
        raise DocumentError(source, f"holds {count:,} paragraphs; an import reads at most {MAX_PARAGRAPHS:,} "
                                    "(a contribution of 100 resolutions has about 5,000): split it into its proposals")
    if count > DENSE_PARAGRAPHS and chars / count < MIN_AVERAGE:
        raise DocumentError(source, f"holds {count:,} paragraphs of {chars / count:.0f} characters on average: a list or "
                                    "a table rather than the text of resolutions, which is not imported")


def import_file(path: str | Path, language: str | None = None) -> ImportResult:
    """Import a text file (UTF-8, UTF-16 with BOM, or Windows-1252); DocumentError when unreadable."""
    text, notes = read_text(Path(path))
    result = import_text(text, str(path), language)
    result.messages[:0] = notes
    return result
