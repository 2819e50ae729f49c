"""Every kind of Word revision comes in as revision marks with its author and date, or is reported and accepted.

Each test is a small .docx holding one kind of revision (tests/wordfiles.py),
by an author and at a date the test checks on the marks the import makes;
the final and original views of the import are what accepting and
rejecting the revision in Word give.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from editor.importers.plaintext import ImportResult
from editor.model.nodes import Clause, Document
from editor.model.views import project
from tests.factories import assert_valid
from tests.wordfiles import COLLEAGUE, heading, imported, mark, para, revised, run

DRAFTER = ("A. Drafter", "2024-05-01T10:00:00Z")


@pytest.fixture(params=["itu-styles", "normal-only"])
def head(request: pytest.FixtureRequest) -> list[str]:
    """The heading of the resolution in the ITU styles (built by style) or all Normal (through the text recogniser)."""
    return heading(styled=request.param == "itu-styles")


def clauses(document: Document) -> list[Clause]:
    """The clauses of the first section of the only resolution (of a document valid against the schema)."""
    res = assert_valid(document).proposals[0].resolution
    assert res is not None
    return res.sections[0].clauses


def texts(document: Document, view: str) -> list[str]:
    """The clauses of the first section in `view`, as "label|text"."""
    return [f"{c.label.text()}|{c.text.text()}" for c in clauses(project(document, view))]  # type: ignore[arg-type]


def marked(result: ImportResult) -> list[tuple[str, str, str, str, str]]:
    """Every mark of the import: (node kind, kind, author, date, the text it covers; "" for a block mark)."""
    out = []
    for node, m, inline in result.document.marks():
        covered = "".join(s.text for s in inline.spans if s.mark == m) if inline is not None else ""
        out.append((type(node).__name__, m.kind, m.author, m.date, covered))
    return out


def messages(result: ImportResult) -> list[tuple[int, str]]:
    return [(m.line, m.message) for m in result.messages]


def test_an_insertion_is_an_ins_mark_with_its_author_and_date(head: list[str], tmp_path: Path) -> None:
    result = imported(tmp_path, [*head, para("", run("a)\tthat the "), revised("ins", run("growing ")), run("work goes on;"))])
    assert marked(result) == [("Clause", "ins", *COLLEAGUE, "growing ")]
    assert texts(result.document, "final") == ["a)|that the growing work goes on;"]
    assert texts(result.document, "original") == ["a)|that the work goes on;"]


def test_a_deletion_keeps_its_deleted_text_as_a_del_mark(head: list[str], tmp_path: Path) -> None:
    result = imported(tmp_path, [*head, para("", run("a)\tthat "), revised("del", run("all the ")), run("members agree;"))])
    assert marked(result) == [("Clause", "del", *COLLEAGUE, "all the ")]
    assert texts(result.document, "final") == ["a)|that members agree;"]
    assert texts(result.document, "original") == ["a)|that all the members agree;"]


def test_a_move_is_a_deletion_where_the_text_was_and_an_insertion_where_it_went(head: list[str], tmp_path: Path) -> None:
    result = imported(tmp_path, [*head, para("", run("a)\tthat "), revised("moveFrom", run("soon ")), run("the work goes on"),
                                                  revised("moveTo", run(" soon")), run(";"))])
    assert marked(result) == [("Clause", "del", *COLLEAGUE, "soon "), ("Clause", "ins", *COLLEAGUE, " soon")]
    assert texts(result.document, "final") == ["a)|that the work goes on soon;"]
    assert texts(result.document, "original") == ["a)|that soon the work goes on;"]


def test_two_authors_revisions_keep_each_their_author_and_date(head: list[str], tmp_path: Path) -> None:
    result = imported(tmp_path, [*head, para("", run("a)\tthat "), revised("ins", run("the "), author=DRAFTER), run("work"),
                                                  revised("del", run(" here"), author=COLLEAGUE), run(";"))])
    assert marked(result) == [("Clause", "ins", *DRAFTER, "the "), ("Clause", "del", *COLLEAGUE, " here")]


def test_a_whole_inserted_paragraph_is_a_block_mark(head: list[str], tmp_path: Path) -> None:
    added = para("", revised("ins", run("b)\tthat two,")), ppr=mark("ins"))
    result = imported(tmp_path, [*head, para("", run("a)\tthat one;")), added])
    assert marked(result) == [("Clause", "ins", *COLLEAGUE, "")]
    assert texts(result.document, "final") == ["a)|that one;", "b)|that two,"]
    assert texts(result.document, "original") == ["a)|that one;"]


def test_a_whole_deleted_paragraph_is_a_block_mark(head: list[str], tmp_path: Path) -> None:
    gone = para("", revised("del", run("b)\tthat two,")), ppr=mark("del"))
    result = imported(tmp_path, [*head, para("", run("a)\tthat one;")), gone, para("", run("c)\tthat three,"))])
    assert marked(result) == [("Clause", "del", *COLLEAGUE, "")]
    assert texts(result.document, "final") == ["a)|that one;", "c)|that three,"]
    assert texts(result.document, "original") == ["a)|that one;", "b)|that two,", "c)|that three,"]


def test_a_deleted_paragraph_mark_joins_the_two_paragraphs_in_the_final_view(tmp_path: Path) -> None:
    first = para("", run("a)\tthat the work"), ppr=mark("del"))
    result = imported(tmp_path, [*heading(), first, para("", run(" goes on;")), para("", run("b)\tthat two,"))])
    assert texts(result.document, "final") == ["a)|that the work goes on;", "b)|that two,"]
    assert texts(result.document, "original") == ["a)|that the work", "| goes on;", "b)|that two,"]
    assert marked(result) == [("Clause", "ins", *COLLEAGUE, " goes on;"), ("Clause", "del", *COLLEAGUE, "")]
    (number, message), = [(n, m) for n, m in messages(result) if "paragraph mark" in m]
    assert number == 5 and "deleted by B. Colleague (2024-05-06T07:08:09Z)" in message and "paragraph 6" in message


def test_an_inserted_paragraph_mark_splits_a_paragraph_in_the_final_view(tmp_path: Path) -> None:
    first = para("", run("a)\tthat the work goes on;"), ppr=mark("ins"))
    result = imported(tmp_path, [*heading(), first, para("", run("b)\tthat two,"))])
    assert texts(result.document, "final") == ["a)|that the work goes on;", "b)|that two,"]
    assert texts(result.document, "original") == ["a)|that the work goes on;b)\tthat two,"]
    assert marked(result) == [("Clause", "del", *COLLEAGUE, "b)\tthat two,"), ("Clause", "ins", *COLLEAGUE, "")]
    assert any("inserted by B. Colleague (2024-05-06T07:08:09Z), splitting it in two" in m for _, m in messages(result))


def test_a_chain_of_deleted_paragraph_marks_joins_every_paragraph(tmp_path: Path) -> None:
    result = imported(tmp_path, [*heading(), para("", run("a)\tone"), ppr=mark("del")), para("", run(" two"), ppr=mark("del")),
                                 para("", run(" three;"))])
    assert texts(result.document, "final") == ["a)|one two three;"]
    assert texts(result.document, "original") == ["a)|one", "| two", "| three;"]


def test_without_the_itu_styles_a_paragraph_mark_change_is_read_as_the_final_text_and_reported(tmp_path: Path) -> None:
    """The recogniser joins a paragraph that goes on to the one before by its text: the final view is read, the change named."""
    plain = heading(styled=False)
    joined = imported(tmp_path, [*plain, para("", run("a)\tthat the work"), ppr=mark("del")), para("", run("goes on;"))])
    assert texts(joined.document, "final") == texts(joined.document, "original") == ["a)|that the work goes on;"]
    split = imported(tmp_path, [*plain, para("", run("a)\tthat one;"), ppr=mark("ins")), para("", run("b)\tthat two,"))])
    assert texts(split.document, "final") == ["a)|that one;", "b)|that two,"]
    for result, what in ((joined, "deleted"), (split, "inserted")):
        assert [n for n, m in messages(result) if f"paragraph mark at the end of this paragraph was {what} by B. Colleague "
                "(2024-05-06T07:08:09Z)" in m and "read as the final text shows them" in m] == [5]


def test_without_the_itu_styles_a_whole_deleted_paragraph_read_into_the_one_above_is_reported(tmp_path: Path) -> None:
    """The recogniser joins a paragraph that goes on to the clause above by its text: the deletion cannot be a mark there."""
    gone = para("", revised("del", run("and the other work")), ppr=mark("del"))
    result = imported(tmp_path, [*heading(styled=False), para("", run("a)\tthat the work")), gone, para("", run("goes on;"))])
    assert texts(result.document, "final") == ["a)|that the work and the other work goes on;"]
    assert [(n, m) for n, m in messages(result) if "could not be kept" in m] == [
        (6, "the whole deleted paragraph by B. Colleague (2024-05-06T07:08:09Z) could not be kept as revision marks: the text "
            "recogniser joined this paragraph's text to the text around it, where it stands as plain text; accept or reject the "
            "revisions in Word and import the file again")]


def test_a_formatting_change_is_reported_and_accepted_as_it_stands(head: list[str], tmp_path: Path) -> None:
    rpr_change = (f'<w:r><w:rPr><w:i/><w:rPrChange w:id="3" w:author="{COLLEAGUE[0]}" w:date="{COLLEAGUE[1]}"><w:rPr/>'
                  '</w:rPrChange></w:rPr><w:t>standards</w:t></w:r>')
    ppr_change = f'<w:pPrChange w:id="4" w:author="{DRAFTER[0]}" w:date="{DRAFTER[1]}"><w:pPr/></w:pPrChange>'
    result = imported(tmp_path, [*head, para("", run("a)\tthat the "), rpr_change, run(" are shared;"), ppr=ppr_change)])
    (clause,) = clauses(result.document)
    assert [(s.text, s.italic) for s in clause.text.spans] == [("that the ", False), ("standards", True), (" are shared;", False)]
    assert not marked(result)
    assert [(n, m) for n, m in messages(result) if "formatting" in m] == [
        (5, "a change of paragraph formatting by A. Drafter (2024-05-01T10:00:00Z) was accepted as it stands "
            "(formatting changes are not kept as marks)"),
        (5, "a change of text formatting by B. Colleague (2024-05-06T07:08:09Z) was accepted as it stands "
            "(formatting changes are not kept as marks)"),
    ]


def _table(*rows: str) -> str:
    return f"<w:tbl>{''.join(rows)}</w:tbl>"


def _row(kind: str | None, *cells: str) -> str:
    trpr = f"<w:trPr><w:{kind} w:id=\"9\" w:author=\"{COLLEAGUE[0]}\" w:date=\"{COLLEAGUE[1]}\"/></w:trPr>" if kind else ""
    return f"<w:tr>{trpr}{''.join(f'<w:tc>{c}</w:tc>' for c in cells)}</w:tr>"


@pytest.mark.parametrize("kind", ["ins", "del"])
@pytest.mark.parametrize("cell_marks", [True, False], ids=["cell-marks-revised", "only-the-row-revised"])
@pytest.mark.parametrize("styled", [True, False], ids=["itu-styles", "normal-only"])
def test_an_inserted_or_deleted_table_row_is_reported_and_kept_as_a_revised_note(kind: str, cell_marks: bool, styled: bool,
                                                                                   tmp_path: Path) -> None:
    """A table among the clauses has no place: each row is kept as a note; a revised row's note has its revision,
    author and date (tests/importers/docx/test_round_trip.py: a table in a body section is kept as a table)."""
    ppr = mark(kind) if cell_marks else ""
    table = _table(_row(None, para("", run("Place")), para("", run("Year"))),
                   _row(kind, para("", revised(kind, run("Geneva")), ppr=ppr), para("", revised(kind, run("2022")), ppr=ppr)))
    result = imported(tmp_path, [*heading("RESOLUTION 7 (Rev. Hammamet, 2016)", "considering", "resolves", styled=styled), table,
                                 para("", run("1\tto act."))])
    assert_valid(result.document)

    def rows(view: str) -> list[str]:
        return [n.text.text() for n in project(result.document, view).proposals[0].notes]  # type: ignore[arg-type]

    assert rows("markup") == ["Place / Year", "Geneva / 2022"]
    assert rows("final" if kind == "ins" else "original") == ["Place / Year", "Geneva / 2022"]
    assert rows("original" if kind == "ins" else "final") == ["Place / Year"]
    assert [(type(n).__name__, m.kind, m.author, m.date, i) for n, m, i in result.document.marks()] == [("Note", kind, *COLLEAGUE, None)]
    what = "inserted" if kind == "ins" else "deleted"
    assert [n for n, m in messages(result) if f"table row {what} by B. Colleague (2024-05-06T07:08:09Z)" in m] == [8]
    assert [n for n, m in messages(result) if "a table outside a body section or an annex" in m] == [6]
    res = result.document.proposals[-1].resolution
    assert res is not None and [c.text.text() for c in res.sections[1].clauses] == ["to act."]
