"""What a Word file holds that the document cannot: named with its paragraph, its text kept where it has text.

Text boxes (DrawingML inside mc:AlternateContent, as Word writes them, and
VML), fields other than page numbers, page headers and footers, pictures
inline and anchored to the page; in a file in the ITU styles and in one
without them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from editor.export.docx.writer import write
from editor.importers.docx import import_docx
from editor.importers.plaintext import ImportResult
from tests.factories import assert_valid, base_document
from tests.wordfiles import heading, imported, para, part, run

WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
WPS = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"


def text_box(*lines: str) -> str:
    """A run holding a text box as Word 2010+ writes it: DrawingML in mc:Choice, VML in mc:Fallback."""
    content = "".join(f"<w:p><w:r><w:t>{line}</w:t></w:r></w:p>" for line in lines)
    return (f'<w:r><mc:AlternateContent xmlns:mc="{MC}"><mc:Choice Requires="wps"><w:drawing><wp:anchor xmlns:wp="{WP}">'
            f'<wp:positionH relativeFrom="column"/><a:graphic xmlns:a="{A}"><a:graphicData><wps:wsp xmlns:wps="{WPS}"><wps:txbx>'
            f"<w:txbxContent>{content}</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>"
            f'</mc:Choice><mc:Fallback><w:pict><w:txbxContent>{content}</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r>')


def picture(relative: str | None, description: str = "Figure 1") -> str:
    """A run holding a picture, inline (relative None) or anchored relative to the "page" or a "column"."""
    docpr = f'<wp:docPr id="1" name="Picture 1" descr="{description}"/>'
    if relative is None:
        return f'<w:r><w:drawing><wp:inline xmlns:wp="{WP}">{docpr}</wp:inline></w:drawing></w:r>'
    return (f'<w:r><w:drawing><wp:anchor xmlns:wp="{WP}"><wp:positionH relativeFrom="{relative}"/>'
            f'<wp:positionV relativeFrom="{relative}"/>{docpr}</wp:anchor></w:drawing></w:r>')


def field(instruction: str, shown: str) -> str:
    """A complex field (w:fldChar begin, instruction, separate, the result it shows, end)."""
    return (f'<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> {instruction} </w:instrText></w:r>'
            f'<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>{shown}</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>')


def messages(result: ImportResult) -> list[tuple[int, str]]:
    return [(m.line, m.message) for m in result.messages]


def notes(result: ImportResult) -> list[str]:
    return [n.text.text() for prop in result.document.proposals for n in prop.notes]


@pytest.fixture(params=["itu-styles", "normal-only"])
def styled(request: pytest.FixtureRequest) -> bool:
    return bool(request.param == "itu-styles")


def test_a_text_box_is_reported_and_its_text_kept_as_a_note(styled: bool, tmp_path: Path) -> None:
    clause = para("", run("a)\tthat the work goes on;"), text_box("Draft for discussion", "Not for publication"))
    result = imported(tmp_path, [*heading(styled=styled), clause])
    assert_valid(result.document)
    assert notes(result) == ["Draft for discussion\nNot for publication"]
    assert (5, "a text box cannot be placed in the document: its text is kept as a note") in messages(result)
    res = result.document.proposals[-1].resolution
    assert res is not None and res.sections[0].clauses[0].text.text() == "that the work goes on;"


@pytest.mark.parametrize(("relative", "said"), [
    ("page", "a picture (Figure 1) anchored to the page, not to the text, is not kept"),
    (None, "a picture (Figure 1) is not kept"),
])
def test_a_picture_is_reported_with_its_paragraph(relative: str | None, said: str, styled: bool, tmp_path: Path) -> None:
    result = imported(tmp_path, [*heading(styled=styled), para("", run("a)\tthat the work goes on;"), picture(relative))])
    assert [n for n, m in messages(result) if m.startswith(said)] == [5]


def test_a_field_other_than_page_keeps_the_text_it_shows_and_is_reported(styled: bool, tmp_path: Path) -> None:
    clause = para("", run("a)\tthat the report of "), field('DATE \\@ "d MMMM yyyy"', "1 May 2024"), run(" is noted;"))
    page = para("", run("b)\tthat page "), field("PAGE", "3"), run(" is cited,"))
    result = imported(tmp_path, [*heading(styled=styled), clause, page])
    res = result.document.proposals[-1].resolution
    assert res is not None
    assert [c.text.text() for c in res.sections[0].clauses] == ["that the report of 1 May 2024 is noted;", "that page 3 is cited,"]
    assert [(n, m) for n, m in messages(result) if "field" in m] == [(5, "the field DATE is kept as the text it shows")]


def _with_furniture(header: str, footer: str) -> dict[str, bytes]:
    """A header whose first line starts with its page number (a PAGE field, as the ITU's do), then a "- 2 -" line; a footer."""
    number = field("PAGE", "18")
    return {"header": part("hdr", f"<w:p>{number}<w:r><w:t>{header}</w:t></w:r></w:p><w:p><w:r><w:t>- 2 -</w:t></w:r></w:p>"),
            "footer": part("ftr", f"<w:p><w:r><w:t>{footer}</w:t></w:r></w:p>")}


def test_a_publications_headers_and_footers_are_reported_and_kept_as_notes(styled: bool, tmp_path: Path) -> None:
    result = imported(tmp_path, [*heading(styled=styled), para("", run("a)\tthat the work goes on;"))],
                      **_with_furniture("ITU-T Rec. A.1 (2016)", "T-RES-T.1-2016-MSW-E.docx"))
    said = [m for n, m in messages(result) if n == 0 and "page" in m]
    assert said == [
        "the page header 'ITU-T Rec. A.1 (2016)' is kept as a note at the start of the document (the editor prints its own "
        "page headers and footers)",
        "the page footer 'T-RES-T.1-2016-MSW-E.docx' is kept as a note at the start of the document (the editor prints its "
        "own page headers and footers)"]
    assert notes(result) == ["ITU-T Rec. A.1 (2016)", "T-RES-T.1-2016-MSW-E.docx"]
    assert_valid(result.document)
    first = result.document.proposals[0].notes[0]
    assert [m.uid for m in result.messages if m.message.startswith("the page header '")] == [first.uid], "the message leads to its note"


def test_our_own_running_header_and_page_numbers_pass_silently(tmp_path: Path) -> None:
    write(base_document(), tmp_path / "ours.docx")
    result = import_docx(tmp_path / "ours.docx")
    assert not [m for m in result.messages if "page header" in m.message or "page footer" in m.message]
    assert not result.document.proposals[0].notes


def test_the_running_header_gives_the_body_a_preamble_does_not_name(tmp_path: Path) -> None:
    paragraphs = [para("ResNo", run("RESOLUTION 7 (Rev. Hammamet, 2016)")), para("Restitle", run("Collaboration")),
                  para("Call", run("considering")), para("", run("a)\tthat the work goes on;"))]
    result = imported(tmp_path, paragraphs, header=part("hdr", "<w:p><w:r><w:t>WTDC – Resolution 7</w:t></w:r></w:p>"))
    res = result.document.proposals[0].resolution
    assert res is not None and res.body == "WTDC"


def test_what_a_footnote_holds_that_cannot_be_placed_is_named_with_the_footnote(styled: bool, tmp_path: Path) -> None:
    reference = '<w:r><w:footnoteReference w:id="7"/></w:r>'
    note = part("footnotes", f'<w:footnote w:id="7"><w:p>{run("See the report of ")}{field("DATE", "1 May")}'
                             f'{text_box("Box in a note")}</w:p></w:footnote>')
    result = imported(tmp_path, [*heading(styled=styled), para("", run("a)\tthat the work goes on;"), reference)], footnotes=note)
    said = [m for n, m in messages(result) if n == 0 and m.startswith("in footnote")]
    assert said == ["in footnote 1: the field DATE is kept as the text it shows",
                    "in footnote 1: a text box cannot be placed in the document; its text is not kept: 'Box in a note'"]
    res = result.document.proposals[-1].resolution
    assert res is not None and res.footnotes[0].text.text() == "See the report of 1 May"
