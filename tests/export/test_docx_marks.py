"""Revision marks become real Word revisions; the clean views carry none; print shows them as formatting."""

from __future__ import annotations

from collections import Counter

import pytest
from docxread import NS, W, assert_valid, exported_parts, marked_document, paragraph_text, parts, style_of
from factories import FIXED_DATE
from lxml import etree

from editor.export.docx.writer import to_bytes


@pytest.fixture(scope="module")
def markup() -> dict[str, etree._Element]:
    return exported_parts("markup")


def revisions(p: dict[str, etree._Element]) -> list[etree._Element]:
    return [el for part in p.values() for el in part.iter(W + "ins", W + "del")]


def test_every_revision_has_id_author_and_date(markup: dict[str, etree._Element]) -> None:
    revs = revisions(markup)
    assert revs
    for el in revs:
        assert el.get(W + "author") == "ARB"
        assert el.get(W + "date") == FIXED_DATE
    ids = Counter(el.get(W + "id") for el in revs)
    assert ids and max(ids.values()) == 1, "revision ids must be unique in the document"


def test_deleted_text_is_in_del_as_deltext_and_inserted_text_in_ins(markup: dict[str, etree._Element]) -> None:
    xml = markup["word/document.xml"]
    (resno,) = [p for p in xml.iter(W + "p") if style_of(p) == "ResNo"]
    deleted = "".join(t.text for t in resno.findall("w:del/w:r/w:delText", NS))
    inserted = "".join(t.text for t in resno.findall("w:ins/w:r/w:t", NS))
    assert (deleted, inserted) == ("Hammamet, 2016", "Geneva, 2022")
    assert not xml.findall(".//w:del//w:t", NS), "deleted text uses w:delText only"
    assert not xml.findall(".//w:ins//w:delText", NS) or xml.findall(".//w:ins/w:del", NS)


def test_deleted_clause_deletes_its_paragraph_mark_and_its_sub_items(markup: dict[str, etree._Element]) -> None:
    paras = list(markup["word/document.xml"].iter(W + "p"))
    deleted = [p for p in paras if p.find("w:pPr/w:rPr/w:del", NS) is not None]
    assert [paragraph_text(p) for p in deleted] == [
        "2\tthat the necessary contacts should be at the appropriate levels:",
        "–\tfor work where text should be drawn up mutually; and",
        "–\tfor other activities where coordination is required;",
    ]
    for p in deleted:
        assert p.findall("w:r", NS) == [], "every run of a deleted clause is inside w:del"
        assert paragraph_text(p, deleted=False) == ""


def test_inserted_clause_inserts_its_paragraph_mark(markup: dict[str, etree._Element]) -> None:
    paras = list(markup["word/document.xml"].iter(W + "p"))
    inserted = [p for p in paras if p.find("w:pPr/w:rPr/w:ins", NS) is not None]
    assert [paragraph_text(p) for p in inserted] == ["c)\tthe increasing cost of developing standards,"]
    assert inserted[0].findall("w:r", NS) == []


def test_track_changes_stays_on_in_the_markup_file(markup: dict[str, etree._Element]) -> None:
    assert markup["word/settings.xml"].find("w:trackRevisions", NS) is not None


@pytest.mark.parametrize("view", ["final", "original", "print"])
def test_other_views_carry_no_revisions(view: str) -> None:
    doc, _ = marked_document()
    p = parts(to_bytes(doc, view))
    assert revisions(p) == []
    assert p["word/settings.xml"].find("w:trackRevisions", NS) is None


@pytest.mark.parametrize(("view", "present", "absent"), [
    ("final", "Geneva, 2022", "Hammamet, 2016)"),
    ("original", "Hammamet, 2016)", "Geneva, 2022"),
])
def test_clean_views_accept_or_reject(view: str, present: str, absent: str) -> None:
    doc, _ = marked_document()
    xml = parts(to_bytes(doc, view))["word/document.xml"]
    text = "\n".join(paragraph_text(p) for p in xml.iter(W + "p"))
    assert present in text and absent not in text


def test_print_view_shows_marks_as_coloured_underline_and_strike() -> None:
    doc, _ = marked_document()
    xml = parts(to_bytes(doc, "print"))["word/document.xml"]
    (resno,) = [p for p in xml.iter(W + "p") if style_of(p) == "ResNo"]
    struck = [r for r in resno.findall("w:r", NS) if r.find("w:rPr/w:strike", NS) is not None]
    underlined = [r for r in resno.findall("w:r", NS) if r.find("w:rPr/w:u", NS) is not None]
    assert [paragraph_text(r) for r in struck] == ["Hammamet, 2016"]
    assert [paragraph_text(r) for r in underlined] == ["Geneva, 2022"]
    for r in struck + underlined:
        assert r.find("w:rPr/w:color", NS) is not None


def test_revision_ids_are_unique_across_body_and_footnotes() -> None:
    doc, session = marked_document()
    res = doc.proposals[0].resolution
    assert res is not None
    note = res.footnotes[0].text
    session.insert_text(note, len(note.text()) - 1, "; Helsinki, 1993")
    assert_valid(doc)
    p = parts(to_bytes(doc, "markup"))
    in_notes = list(p["word/footnotes.xml"].iter(W + "ins"))
    assert ["".join(t.text for t in el.iter(W + "t")) for el in in_notes] == ["; Helsinki, 1993"]
    ids = [el.get(W + "id") for el in revisions(p)]
    assert len(ids) == len(set(ids))
