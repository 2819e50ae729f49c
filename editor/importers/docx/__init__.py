"""Word import: a .docx file -> a document, with its structure, formatting, footnotes and revision marks.

`import_docx(path)` returns the same ImportResult as the plain-text importer
(editor.importers.plaintext), its messages counted in paragraphs ("FILE:
paragraph N: message").  The work is split by job:

- `package`: the ZIP and its parts, read with limits and the hardened XML
  parser; a file that is no readable Word document is a DocumentError;
- `styles`, `numbering`: the ITU style each paragraph stands in, the labels
  Word's automatic numbering prints;
- `paragraphs`: runs, formatting, footnote references, revisions, comment ranges;
- `comments`: the comments anchored to the nodes their ranges fall in, with replies;
- `styled`: a file in the ITU styles, built by style;
- `recognised`: any other file, through the text importer's recognisers.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from editor.importers.docx import furniture
from editor.importers.docx.comments import anchor_comments
from editor.importers.docx.numbering import Numbering
from editor.importers.docx.package import read_package
from editor.importers.docx.paragraphs import Marks, Reader
from editor.importers.docx.recognised import build_recognised
from editor.importers.docx.styled import StyledBuilder, is_itu_styled
from editor.importers.docx.styles import read_styles
from editor.importers.language import detect
from editor.importers.messages import ImportMessage, place
from editor.importers.plaintext import ImportResult
from editor.importers.vocabulary import vocabulary
from editor.languages import CODES
from editor.model.marks import Mark
from editor.model.nodes import Document

__all__ = ["import_docx", "is_word_file", "renumber_marks"]

WORD_SUFFIXES = (".docx", ".docm", ".dotx", ".doc")


def is_word_file(path: str | Path) -> bool:
    """Whether `path` is named as a Word file (the importer still checks what it holds)."""
    return Path(path).suffix.lower() in WORD_SUFFIXES


def import_docx(path: str | Path, language: str | None = None) -> ImportResult:
    """The document a Word file holds, and what the importer could not place; DocumentError when unreadable."""
    package = read_package(path)
    marks = Marks()
    reader = Reader(read_styles(package.styles), Numbering(package.numbering), marks, package.images)
    reader.read_comments(package.comments)
    paragraphs = reader.body(package.document)
    notes = reader.footnotes(package.footnotes)
    text = "\n".join(p.final() for p in paragraphs)
    if language is not None and language not in CODES:
        raise ValueError(f"unknown language '{language}'; one of {', '.join(CODES)}")
    found = detect(text) if language is None else None
    code, reason = (found.code, found.reason) if found is not None else (language or "en", "given")
    vocab = vocabulary(code)
    headers, footers = furniture.lines(package.headers), furniture.lines(package.footers)
    header = furniture.running_header(headers, vocab.language)
    styled = is_itu_styled(paragraphs)
    reader.paragraph_marks(paragraphs, apply=styled)
    if styled:
        builder = StyledBuilder(paragraphs, notes, vocab, header, reader.custom_marks)
        document = builder.run()
        starts = builder.starts
        messages = place(sorted(builder.messages, key=lambda m: m.line), [(n, uid, None) for n, uid in starts])
    else:
        document, messages, starts = build_recognised(paragraphs, notes, vocab)
        messages[:0] = [ImportMessage(0, "the file does not use the ITU styles: its structure was recognised from the text "
                                         "of each paragraph, as for plain text", unit="paragraph")]
        # notes about a paragraph the builder did not report (the styled builder reports its own)
        messages.extend(ImportMessage(p.number, n, unit="paragraph") for p in paragraphs for n in p.notes)
        messages.extend(ImportMessage(p.number, "a picture is not kept: figures are read from files in the ITU styles "
                                                "(a paragraph in style Figure)", unit="paragraph")
                        for p in paragraphs if p.pictures)
    document.language = code  # the language read is the document's, as for plain text (and its running header's)
    messages.extend(furniture.kept({"header": headers, "footer": footers}, document))
    for key, footnote in notes.items():  # what the footnotes' paragraphs hold that cannot be placed (numbered as printed)
        for para in footnote:
            messages.extend(ImportMessage(0, f"in footnote {key.removeprefix('w')}: {note}", unit="paragraph") for note in para.notes)
    messages.extend(anchor_comments(document, paragraphs, reader.comments, package.comments_extended, starts))
    for author in sorted(marks.undated):
        messages.append(ImportMessage(0, f"revisions by {author} have no date: they are dated with the time of the import",
                                      unit="paragraph"))
    renumber_marks(document)
    messages.sort(key=lambda m: m.line)
    return ImportResult(document, messages, str(path), code, reason)


def renumber_marks(document: Document) -> None:
    """Mark ids 1, 2, 3 … in order of first appearance (a mark shared by several spans keeps one id)."""
    new: dict[Mark, Mark] = {}

    def renamed(mark: Mark) -> Mark:
        if mark not in new:
            new[mark] = replace(mark, id=len(new) + 1)
        return new[mark]

    for node in document.walk():
        if node.change is not None:
            node.change = renamed(node.change)
        for inline in node.inlines():
            if inline.has_marks():
                inline.spans = [s if s.mark is None else replace(s, mark=renamed(s.mark)) for s in inline.spans]
