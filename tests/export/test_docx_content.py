"""Content as the ITU types it: proposal line, number line, labels, Reasons, footnotes, cover, header."""

from __future__ import annotations

import pytest
from docxread import NS, W, assert_valid, exported_parts, paragraph_text, parts, style_of
from lxml import etree

from editor.export.docx.writer import to_bytes


@pytest.fixture(scope="module")
def final_parts() -> dict[str, etree._Element]:
    return exported_parts("final")


def body(p: dict[str, etree._Element]) -> list[etree._Element]:
    return p["word/document.xml"].findall("w:body/w:p", NS)


def by_style(p: dict[str, etree._Element], style: str) -> list[etree._Element]:
    return [para for para in body(p) if style_of(para) == style]


def test_proposal_line_is_action_tab_identifier(final_parts: dict[str, etree._Element]) -> None:
    (line,) = by_style(final_parts, "Proposal")
    assert paragraph_text(line) == "MOD\tARB/36A2/1"


def test_number_line_switches_capitals_off_for_rev_and_place(final_parts: dict[str, etree._Element]) -> None:
    (line,) = by_style(final_parts, "ResNo")
    assert paragraph_text(line) == "RESOLUTION 7 (Rev. Geneva, 2022)"
    caps_off = "".join(paragraph_text(r) for r in line.findall("w:r", NS) if r.find("w:rPr/w:caps[@w:val='0']", NS) is not None)
    assert caps_off == "Rev. Geneva, 2022"
    assert line.find("w:r[1]/w:rPr/w:caps", NS) is None, "RESOLUTION keeps the style's capitals"


def test_clauses_are_label_tab_text_with_italic_letters_and_no_word_numbering(final_parts: dict[str, etree._Element]) -> None:
    xml = final_parts["word/document.xml"]
    assert not xml.findall(".//w:numPr", NS)
    texts = {paragraph_text(p): p for p in by_style(final_parts, "Normal")}
    lettered = texts["a)\tthat the working methods are not the same;"]
    label_run = lettered.find("w:r", NS)
    assert paragraph_text(label_run) == "a)" and label_run.find("w:rPr/w:i", NS) is not None
    numbered = texts["1\tto invite ISO and IEC to examine the study programme;"]
    assert numbered.find("w:r/w:rPr/w:i", NS) is None, "operative numbers are upright"
    items = by_style(final_parts, "enumlev1")
    assert [paragraph_text(p) for p in items] == [], "the deleted clause took its sub-items with it in the final view"


def test_sub_items_use_enumlev_styles() -> None:
    from factories import mod_document

    doc, _ = mod_document()
    p = parts(to_bytes(doc, "final"))
    assert [paragraph_text(x) for x in by_style(p, "enumlev1")] == [
        "–\tfor work where text should be drawn up mutually; and",
        "–\tfor other activities where coordination is required;",
    ]


def test_itu_t_is_typed_with_a_non_breaking_hyphen(final_parts: dict[str, etree._Element]) -> None:
    xml = final_parts["word/document.xml"]
    assert "ITU\u2011T" in "".join(paragraph_text(p) for p in body(final_parts))
    assert xml.findall(".//w:noBreakHyphen", NS)
    assert not any("ITU-T" in (t.text or "") for t in xml.iter(W + "t"))


def test_reasons_paragraph_has_bold_label_then_tab(final_parts: dict[str, etree._Element]) -> None:
    (reasons,) = by_style(final_parts, "Reasons")
    assert paragraph_text(reasons) == "Reasons:\tTo reflect current practice."
    first = reasons.find("w:r", NS)
    assert paragraph_text(first) == "Reasons:" and first.find("w:rPr/w:b", NS) is not None


def test_footnotes_are_real_word_footnotes(final_parts: dict[str, etree._Element]) -> None:
    refs = final_parts["word/document.xml"].findall(".//w:footnoteReference", NS)
    assert [r.get(W + "id") for r in refs] == ["1"]
    (resref,) = by_style(final_parts, "Resref")
    last = resref.findall("w:r", NS)[-1]
    assert last.find("w:footnoteReference", NS) is not None, "the marker follows the closing parenthesis"
    assert last.find("w:rPr/w:i[@w:val='0']", NS) is not None, "and stays upright in the italic line"
    assert paragraph_text(resref).endswith("Geneva, 2022)")
    notes = final_parts["word/footnotes.xml"].findall("w:footnote", NS)
    real = [n for n in notes if n.get(W + "type") is None]
    assert [n.get(W + "id") for n in real] == ["1"]
    assert paragraph_text(real[0]) == "\tPreviously published (Malaga-Torremolinos, 1984)."
    assert style_of(real[0].find("w:p", NS)) == "FootnoteText"
    rels = final_parts["word/_rels/document.xml.rels"]
    assert any(r.get("Target") == "footnotes.xml" for r in rels)


def test_cover_page_then_body_on_a_new_page(final_parts: dict[str, etree._Element]) -> None:
    texts = [(style_of(p), paragraph_text(p)) for p in body(final_parts)]
    first_proposal = next(i for i, (s, _) in enumerate(texts) if s == "Proposal")
    cover = texts[:first_proposal]
    assert ("Coverconference", "World Telecommunication Standardization Assembly (WTSA-20)") in cover
    assert ("Coverline", "Geneva, 1-9 March 2022") in cover
    assert ("Coverline", "PLENARY MEETING\tAddendum 2 to Document 36-E") in cover
    assert ("Coverline", "\tOriginal: English") in cover
    assert ("Source", "Arab States Administrations") in cover
    assert ("Title1", "Proposed modification of Resolution 7") in cover
    assert body(final_parts)[first_proposal].find("w:pPr/w:pageBreakBefore", NS) is not None


def test_running_header_from_page_two_with_reference_and_page_number(final_parts: dict[str, etree._Element]) -> None:
    sect = final_parts["word/document.xml"].find("w:body/w:sectPr", NS)
    assert sect.find("w:titlePg", NS) is not None, "the first page has its own (empty) header"
    refs = {h.get(W + "type"): h.get("{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id")
            for h in sect.findall("w:headerReference", NS)}
    rels = {r.get("Id"): r.get("Target") for r in final_parts["word/_rels/document.xml.rels"]}
    running = final_parts["word/" + rels[refs["default"]]]
    first = final_parts["word/" + rels[refs["first"]]]
    assert "WTSA-20/36(Add.2)-E" in [paragraph_text(p) for p in running.findall("w:p", NS)]
    assert running.find(".//w:fldSimple", NS).get(W + "instr").strip() == "PAGE"
    assert all(not paragraph_text(p) for p in first.findall("w:p", NS))


def test_standalone_resolution_has_no_cover_proposal_or_reasons() -> None:
    from factories import base_document

    doc = base_document()
    p = parts(to_bytes(doc, "final"))
    styles = [style_of(x) for x in body(p)]
    assert styles[0] == "ResNo"
    assert not {"Proposal", "Reasons", "Coverconference", "Source", "Title1"} & set(styles)
    headers = [paragraph_text(h) for name, part in p.items() if name.startswith("word/header") for h in part.findall("w:p", NS)]
    assert "WTSA – Resolution 7" in headers


def test_annex_and_draft_new_resolution() -> None:
    from editor.model import Annex, Clause, Document, Proposal, Resolution, Section

    res = Resolution(number="[ARB-1]", draft=True, title="Bridging the standardization gap",
                     preamble="The World Telecommunication Standardization Assembly (Geneva, 2022),",
                     sections=[Section("resolves", "operative", [Clause("", "to study the matter.")])],
                     annexes=[Annex("Annex (to Resolution [ARB-1])", "Terms of reference", [Clause("1", "The group shall meet.")])])
    doc = Document([Proposal("ADD", "ARB/36A2/2", res, reasons="A new topic.")])
    assert_valid(doc)
    p = parts(to_bytes(doc, "markup"))
    texts = [(style_of(x), paragraph_text(x)) for x in body(p)]
    assert texts[:2] == [("Proposal", "ADD\tARB/36A2/2"), ("ResNo", "DRAFT NEW RESOLUTION [ARB-1]")]
    assert ("Normal", "to study the matter.") in texts, "a single clause has no label and no TAB"
    assert ("AnnexNo", "Annex\n(to Resolution [ARB-1])") in texts, "the number, a line break, the reference"
    assert ("Annextitle", "Terms of reference") in texts
    assert ("Normal", "1\tThe group shall meet.") in texts
    assert texts[-1] == ("Reasons", "Reasons:\tA new topic.")


def test_file_properties_name_the_contribution_not_the_library(final_parts: dict[str, etree._Element]) -> None:
    core = final_parts["docProps/core.xml"]
    values = {etree.QName(el).localname: el.text for el in core}
    assert values["title"] == "Proposed modification of Resolution 7"
    assert values["creator"] == "Arab States Administrations"
    assert "python-docx" not in etree.tostring(core, encoding="unicode")


def test_an_empty_document_still_gives_a_word_body_with_a_paragraph() -> None:
    from editor.model import Document

    doc = Document([])
    assert_valid(doc)
    assert len(body(parts(to_bytes(doc, "markup")))) == 1
