"""Our own Word export comes back as the document it was: import(export(doc)) == doc, marks with authors and dates included.

Compared as the canonical XML, after two normalisations that say what a
Word file cannot tell apart: mark ids are renumbered in order of
appearance (Word numbers each revision element itself), and "ITU-T" comes
back with the non-breaking hyphen the writer prints it with.  LibreOffice's
re-save of the same export is checked in tests/readers/test_word_import.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.generate import large_document
from editor.export.docx.writer import write
from editor.importers.docx import import_docx
from editor.languages import CODES
from editor.model.inline import Inline
from editor.model.nodes import Cover, Document, Proposal
from editor.model.views import project
from editor.xmlio.reader import read_file
from tests.factories import base_document, body_document, language_resolution, marked_body_document, marked_document, mod_document
from tests.factories import word_canonical as canonical

ROOT = Path(__file__).resolve().parents[3]
EXAMPLES = sorted((ROOT / "examples").glob("*.xml"))


def round_trip(document: Document, folder: Path, view: str = "markup", language: str | None = None) -> Document:
    path = folder / "out.docx"
    write(document, path, view)  # type: ignore[arg-type]
    return import_docx(path, language).document


CASES = {"base": base_document, "mod": lambda: mod_document()[0], "marked": marked_document, "body": body_document,
         "marked-body": marked_body_document,
         "large": lambda: large_document(resolutions=3, clauses=12)}


@pytest.mark.parametrize("name", sorted(CASES))
def test_generated_documents_come_back_unchanged(name: str, tmp_path: Path) -> None:
    document = CASES[name]()
    back = round_trip(document, tmp_path)
    assert canonical(back) == canonical(document)
    if name == "marked":
        authors = {(m.author, m.date) for _, m, _ in back.marks()}
        assert authors == {("ARB", "2022-02-01T10:00:00Z"), ("EUR", "2022-03-04T05:06:07Z")}
        assert {type(n).__name__ for n, _, inline in back.marks() if inline is None} >= {"Section", "Clause", "Annex"}
    if name == "marked-body":
        blocks = {(type(n).__name__, m.kind) for n, m, inline in back.marks() if inline is None}
        assert blocks == {("Heading", "ins"), ("Note", "del"), ("Row", "ins"), ("Row", "del"), ("Figure", "ins"), ("Part", "ins")}
        inline_owners = {type(n).__name__ for n, _, inline in back.marks() if inline is not None}
        assert inline_owners == {"Clause", "Part", "Cell", "Figure"}
        assert {m.author for _, m, _ in back.marks()} == {"ARB", "EUR"}


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_every_example_comes_back_unchanged(path: Path, tmp_path: Path) -> None:
    document = read_file(path)
    assert canonical(round_trip(document, tmp_path)) == canonical(document)


@pytest.mark.parametrize("code", CODES)
@pytest.mark.parametrize("addendum", ["2", ""])
def test_a_contribution_in_each_language_comes_back_with_its_fixed_words_read(code: str, addendum: str, tmp_path: Path) -> None:
    """The cover's document line, "Original:", the abstract, the number line and Reasons are read in the document's words.

    The language is given: the made-up text is mostly Latin letters, which detection would read as English.
    """
    cover = Cover(conference="Conference", acronym="PP-22", place_dates="Bucharest, 2022", meeting="PLENARY", document="36",
                  addendum=addendum, date="1 February 2022", languages="X", source="Source", title="Title", abstract="Summary.")
    proposal = Proposal("MOD", "ARB/36A2/1", resolution=language_resolution(code), reasons=Inline.plain("Because."))
    document = Document([proposal], cover, language=code)
    back = round_trip(document, tmp_path, language=code)
    assert back.cover is not None and (back.cover.document, back.cover.addendum, back.cover.languages, back.cover.abstract) == (
        "36", addendum, "X", "Summary.")
    assert canonical(back) == canonical(document)


@pytest.mark.parametrize("view", ["final", "original"])
@pytest.mark.parametrize("make", [marked_document, marked_body_document], ids=["clauses", "body"])
def test_the_final_and_original_views_come_back_as_accept_and_reject(view: str, make: object, tmp_path: Path) -> None:
    document = make()  # type: ignore[operator]
    back = round_trip(document, tmp_path, view)
    assert not list(back.marks())
    assert canonical(back) == canonical(project(document, view))  # type: ignore[arg-type]


def test_a_picture_in_a_file_without_itu_styles_is_named_not_dropped(tmp_path: Path) -> None:
    """The recogniser path has no figure to put a picture in: it says so, by paragraph."""
    import docx

    from tests.factories import png

    path = tmp_path / "plain.docx"
    package = docx.Document()
    package.add_paragraph("considering")
    package.add_paragraph("a)\tthat pictures travel;")
    (tmp_path / "p.png").write_bytes(png(8, 8))
    package.add_picture(str(tmp_path / "p.png"))
    package.save(str(path))
    messages = [m.message for m in import_docx(path).messages]
    assert any(m.startswith("a picture is not kept") for m in messages)
