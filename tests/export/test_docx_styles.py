"""The Word file carries the ITU styles, ids and names, and the ITU page."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.shared import Pt, Twips
from docxread import W
from factories import base_document

from editor.export.docx.writer import build
from editor.export.styles import STYLES

ITU_STYLES = {
    "Normal": "Normal", "Proposal": "Proposal", "ResNo": "Res_No", "Restitle": "Res_title", "Resref": "Res_ref",
    "Normalaftertitle": "Normal_after_title", "Call": "Call", "enumlev1": "enumlev1", "enumlev2": "enumlev2",
    "enumlev3": "enumlev3", "Headingb": "Heading_b", "Reasons": "Reasons", "Source": "Source", "Title1": "Title 1",
    "AnnexNo": "Annex_No", "Annextitle": "Annex_title", "FootnoteText": "footnote text", "Header": "header",
}


@pytest.fixture(scope="module")
def exported() -> docx.document.Document:
    return build(base_document(), "final")


@pytest.mark.parametrize(("style_id", "name"), ITU_STYLES.items())
def test_each_itu_style_has_its_id_and_display_name(exported: docx.document.Document, style_id: str, name: str) -> None:
    el = exported.styles.element.find(f"{W}style[@{W}styleId='{style_id}']")
    assert el is not None, f"style {style_id} missing"
    assert el.find(W + "name").get(W + "val") == name


def test_ids_and_names_match_the_published_itu_resolution(published_docx: Path) -> None:
    """Where the published Resolution 1 has one of our styles, it uses the same id for the same name."""
    published = docx.Document(str(published_docx))
    theirs = {el.get(W + "styleId"): el.find(W + "name").get(W + "val") for el in published.styles.element.iter(W + "style")}
    shared = {sid: name for sid, name in ITU_STYLES.items() if sid in theirs}
    assert {"ResNo", "Restitle", "Resref", "Call", "enumlev1", "Normalaftertitle", "FootnoteText"} <= set(shared)
    for sid, name in shared.items():
        assert theirs[sid].lower() == name.lower(), sid


def test_formatting_follows_the_conference_template(exported: docx.document.Document) -> None:
    styles = exported.styles
    normal = styles["Normal"]
    assert normal.font.name == "Times New Roman" and normal.font.size == Pt(12)
    assert normal.paragraph_format.space_before == Pt(6)
    resno = styles["Res_No"]
    assert resno.font.all_caps and not resno.font.bold and resno.font.size == Pt(14)
    assert styles["Res_title"].font.bold and styles["Res_ref"].font.italic
    assert styles["Call"].font.italic and styles["Call"].paragraph_format.left_indent == Twips(794)
    enum1 = styles["enumlev1"].paragraph_format
    assert enum1.left_indent == Twips(794) and enum1.first_line_indent == Twips(-794)
    assert styles["Proposal"].font.bold and styles["Proposal"].paragraph_format.keep_with_next
    title1 = styles["Title 1"]
    assert title1.font.all_caps and title1.font.bold is False, "Title 1 must switch off the bold it inherits from Source"
    tabs = [t.position for t in normal.paragraph_format.tab_stops]
    assert tabs == [Twips(t) for t in (794, 1191, 1588, 1985)]


def test_page_is_a4_with_two_centimetre_margins(exported: docx.document.Document) -> None:
    section = exported.sections[0]
    assert (section.page_width, section.page_height) == (Twips(11907), Twips(16840))
    assert {section.top_margin, section.bottom_margin, section.left_margin, section.right_margin} == {Twips(1134)}


def test_style_table_is_the_single_source(exported: docx.document.Document) -> None:
    ids = {el.get(W + "styleId") for el in exported.styles.element.iter(W + "style")}
    assert set(STYLES) <= ids
