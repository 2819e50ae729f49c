"""A drafter's own Word file, without the ITU styles, is read by the text importer's recogniser, formatting kept.

Two shapes: Normal paragraphs with labels typed before a TAB, and the same
text numbered by Word (numbering.xml: a) b) c) letters, 1. 2. numbers, a
second level), whose labels come in as typed labels, as they print.  And
our own export with its styles taken off, which the recogniser must give
back whole (formatting, marks, footnotes, the title's line break), apart
from the cover page, which it keeps as unplaced paragraphs.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.generate import large_document, without_styles
from editor.export.docx.writer import to_bytes
from editor.importers.docx import import_docx
from editor.importers.plaintext import ImportResult
from editor.model.nodes import Clause, Document, Resolution
from tests.factories import assert_valid, base_document, marked_document, word_canonical
from tests.wordfiles import heading, imported, para, part, run

LETTERS, NUMBERS = "1", "2"  # the two lists of numbering.xml
NUMBERING = part("numbering", (
    '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/>'
    '<w:lvlText w:val="%1)"/></w:lvl></w:abstractNum>'
    '<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/>'
    '</w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/><w:lvlText w:val="%2)"/></w:lvl></w:abstractNum>'
    f'<w:num w:numId="{LETTERS}"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="{NUMBERS}"><w:abstractNumId w:val="1"/></w:num>'
))


def numbered(num: str, *runs: str, level: int = 0) -> str:
    """A Normal paragraph numbered by Word: list `num` at `level`."""
    return para("", *runs, ppr=f'<w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{num}"/></w:numPr>')


def resolution(result: ImportResult) -> Resolution:
    res = assert_valid(result.document).proposals[0].resolution
    assert res is not None
    return res


def shape(res: Resolution) -> list[tuple[str, list[tuple[str, list[tuple[str, bool, bool]]]]]]:
    """Each section's keyword with its clauses (and sub-items) as label and (text, italic, bold) spans."""
    def clause(c: Clause) -> list[tuple[str, list[tuple[str, bool, bool]]]]:
        return [(c.label.text(), [(s.text, s.italic, s.bold) for s in c.text.spans]), *(x for item in c.items for x in clause(item))]

    return [(sec.keyword.text(), [x for c in sec.clauses for x in clause(c)]) for sec in res.sections]


EXPECTED = [
    ("considering", [("a)", [("that the ", False, False), ("standards", True, False), (" are shared;", False, False)]),
                     ("b)", [("that work ", False, False), ("must", False, True), (" go on,", False, False)])]),
    ("resolves", [("1", [("to continue the work;", False, False)]), ("2", [("to report.", False, False)])]),
]


def test_normal_paragraphs_with_typed_labels_are_recognised_with_their_formatting(tmp_path: Path) -> None:
    result = imported(tmp_path, [
        *heading(styled=False),
        para("", run("a)\tthat the "), run("standards", "i"), run(" are shared;")),
        para("", run("b)\tthat work "), run("must", "b"), run(" go on,")),
        para("", run("resolves")),
        para("", run("1\tto continue the work;")),
        para("", run("2\tto report.")),
    ])
    res = resolution(result)
    assert (res.number.text(), res.adoption.text(), res.title.text(), res.body) == ("7", "Rev. Hammamet, 2016", "Collaboration", "WTSA")
    assert shape(res) == EXPECTED
    assert result.messages[0].message.startswith("the file does not use the ITU styles")


def test_word_automatic_numbering_becomes_typed_labels_as_they_print(tmp_path: Path) -> None:
    result = imported(tmp_path, [
        *heading(styled=False),
        numbered(LETTERS, run("that the "), run("standards", "i"), run(" are shared;")),
        numbered(LETTERS, run("that work "), run("must", "b"), run(" go on,")),
        para("", run("resolves")),
        numbered(NUMBERS, run("to continue the work:")),
        numbered(NUMBERS, run("in study groups;"), level=1),
        numbered(NUMBERS, run("in workshops;"), level=1),
        numbered(NUMBERS, run("to report.")),
    ], numbering=NUMBERING)
    res = resolution(result)
    considering, resolves = shape(res)
    assert considering == EXPECTED[0]
    assert resolves == ("resolves", [("1.", [("to continue the work:", False, False)]), ("i)", [("in study groups;", False, False)]),
                                     ("ii)", [("in workshops;", False, False)]), ("2.", [("to report.", False, False)])])
    first = res.sections[1].clauses[0]
    assert [item.label.text() for item in first.items] == ["i)", "ii)"]  # the second level: sub-items of clause 1.


def _without_cover(document: Document) -> Document:
    """The document without its cover page and the notes it became: the text recogniser does not read covers."""
    document.cover = None
    for proposal in document.proposals:
        proposal.notes = []
    return document


@pytest.mark.parametrize("name", ["base", "marked", "large"])
def test_our_export_without_its_styles_comes_back_through_the_recogniser(name: str, tmp_path: Path) -> None:
    """One recogniser: the text importer's rules rebuild the structure, the Word spans give back formatting, marks and footnotes."""
    document = {"base": base_document, "marked": marked_document, "large": lambda: large_document(resolutions=3, clauses=12)}[name]()
    path = tmp_path / "plain.docx"
    path.write_bytes(without_styles(to_bytes(document)))
    result = import_docx(path)
    assert result.messages[0].message.startswith("the file does not use the ITU styles")
    assert word_canonical(_without_cover(result.document)) == word_canonical(_without_cover(document))
