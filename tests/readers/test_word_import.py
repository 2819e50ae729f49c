"""Word files made or re-saved by LibreOffice come in as the document they hold, marks and comments included.

- our export of the marked document, re-saved by LibreOffice (which renames
  styles, splits insertions, gives a paragraph after a deleted one the
  deleted one's style), imports as the same document with the same marks;
- a colleague's tracked changes: a flat ODT with the changes of two authors
  converted by LibreOffice imports with both authors' marks and dates where
  they were made, and accepting or rejecting them in the model gives the
  texts pandoc gives with --track-changes=accept / reject.

The conversions are slow, so each is made once per module.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from readertools import pandoc_paragraphs

from editor.export.docx.writer import write
from editor.importers.docx import import_docx
from editor.importers.plaintext import ImportResult
from editor.model.comments import in_text_order
from editor.model.views import project
from tests.factories import commented_document, marked_body_document, marked_document, word_canonical

pytestmark = pytest.mark.readers

Convert = Callable[[Path, str], Path]

DRAFTER = ("A. Drafter", "2024-05-01T10:00:00Z")
COLLEAGUE = ("B. Colleague", "2024-05-06T07:08:09Z")


def _info(who: tuple[str, str]) -> str:
    """ODF change info: the author, and the date as LibreOffice writes it (local time, no zone)."""
    return f"<office:change-info><dc:creator>{who[0]}</dc:creator><dc:date>{who[1].removesuffix('Z')}</dc:date></office:change-info>"


_REGIONS = (
    f'<text:changed-region text:id="ct1"><text:insertion>{_info(DRAFTER)}</text:insertion></text:changed-region>'
    f'<text:changed-region text:id="ct2"><text:insertion>{_info(COLLEAGUE)}</text:insertion></text:changed-region>'
    f'<text:changed-region text:id="ct3"><text:deletion>{_info(COLLEAGUE)}'
    "<text:p>all the </text:p></text:deletion></text:changed-region>"
)
_PARAGRAPHS = (
    "RESOLUTION 7 (Rev. Hammamet, 2016)", "Collaboration with other bodies", "(Hammamet, 2016)",
    "The World Telecommunication Standardization Assembly (Hammamet, 2016),", "considering",
    'a)<text:tab/>that the <text:change-start text:change-id="ct1"/>growing <text:change-end text:change-id="ct1"/>work goes on;',
    'b)<text:tab/>that <text:change text:change-id="ct3"/>members agree<text:change-start text:change-id="ct2"/> on the plan'
    '<text:change-end text:change-id="ct2"/>,',
    "resolves", "1<text:tab/>to continue the work.",
)
COLLEAGUES_FODT = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text"><office:body><office:text>'
    f'<text:tracked-changes text:track-changes="true">{_REGIONS}</text:tracked-changes>'
    + "".join(f"<text:p>{p}</text:p>" for p in _PARAGRAPHS)
    + "</office:text></office:body></office:document>"
)


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("word-import")


@pytest.fixture(scope="module")
def resaved_marked(soffice_convert: Convert, folder: Path) -> ImportResult:
    ours = folder / "marked.docx"
    write(marked_document(), ours)
    return import_docx(soffice_convert(ours, "docx:MS Word 2007 XML"))


@pytest.fixture(scope="module")
def resaved_body(soffice_convert: Convert, folder: Path) -> ImportResult:
    ours = folder / "body.docx"
    write(marked_body_document(), ours)
    return import_docx(soffice_convert(ours, "docx:MS Word 2007 XML"))


@pytest.fixture(scope="module")
def resaved_commented(soffice_convert: Convert, folder: Path) -> ImportResult:
    ours = folder / "commented.docx"
    write(commented_document()[0], ours)
    return import_docx(soffice_convert(ours, "docx:MS Word 2007 XML"))


@pytest.fixture(scope="module")
def colleagues(soffice_convert: Convert, folder: Path) -> Path:
    source = folder / "colleagues.fodt"
    source.write_text(COLLEAGUES_FODT, encoding="utf-8")
    return soffice_convert(source, "docx")


def test_libreoffice_resave_of_our_export_comes_back_unchanged(resaved_marked: ImportResult) -> None:
    assert word_canonical(resaved_marked.document) == word_canonical(marked_document())
    assert not [m for m in resaved_marked.messages if "paragraph mark" in m.message]


def test_libreoffice_resave_of_a_body_with_tables_figures_and_marks_comes_back_unchanged(resaved_body: ImportResult) -> None:
    """Body sections, headings, notes, a table whose rows were inserted and deleted, figures with their pictures."""
    assert word_canonical(resaved_body.document) == word_canonical(marked_body_document())


def test_libreoffice_resave_keeps_every_comment_on_its_words_and_the_resolved_state(resaved_commented: ImportResult) -> None:
    original, _ = commented_document()
    remarks = {(c.author, c.text, c.quoted(), c.resolved) for c in original.comments}
    remarks |= {(r.author, r.text, c.quoted(), c.resolved) for c in original.comments for r in c.replies}
    back = in_text_order(resaved_commented.document)
    # LibreOffice writes no threads: a reply comes back as a comment of its own on the same words
    assert {(c.author, c.text, c.quoted(), c.resolved) for c in back} == remarks
    assert len(back) == len(remarks)


def test_a_colleagues_tracked_changes_come_in_with_both_authors_and_dates(colleagues: Path) -> None:
    result = import_docx(colleagues)
    res = result.document.proposals[0].resolution
    assert res is not None
    first, second = res.sections[0].clauses
    assert [(s.text, s.mark.kind, s.mark.author, s.mark.date) for s in first.text.spans if s.mark] == [("growing ", "ins", *DRAFTER)]
    assert [(s.text, s.mark.kind, s.mark.author, s.mark.date) for s in second.text.spans if s.mark] == [
        ("all the ", "del", *COLLEAGUE), (" on the plan", "ins", *COLLEAGUE)]
    assert first.label.text() == "a)" and second.label.text() == "b)" and res.sections[1].keyword.text() == "resolves"


@pytest.mark.parametrize(("view", "pandoc"), [("final", "accept"), ("original", "reject")])
def test_accepting_or_rejecting_a_colleagues_changes_gives_pandocs_text(colleagues: Path, view: str, pandoc: str, tmp_path: Path) -> None:
    ours = tmp_path / f"{view}.docx"
    write(project(import_docx(colleagues).document, view), ours)  # type: ignore[arg-type]
    assert pandoc_paragraphs(ours) == pandoc_paragraphs(colleagues, pandoc)
