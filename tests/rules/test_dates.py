"""The three date spots, "Rev." and "No.": agreement, conference, and the alignment fix."""

from __future__ import annotations

from editor.model import Document, Proposal
from editor.model.session import EditSession
from editor.rules.engine import check_document, fix_all
from tests.factories import base_document, base_resolution, mod_document
from tests.rules.documents import assert_valid, rules, wtsa_cover


def date_problems(doc: Document) -> list:
    return [p for p in check_document(doc) if p.rule.startswith("dates.")]


def test_in_force_text_and_updated_mod_pass() -> None:
    assert date_problems(base_document()) == []
    assert date_problems(mod_document()[0]) == []


def test_only_one_spot_updated_is_an_error_and_the_fix_aligns_all_three_tracked() -> None:
    res = base_resolution()
    doc = Document([Proposal("MOD", "ARB/36A2/1", res, reasons="Why.")], wtsa_cover())
    session = EditSession(doc, author="ARB", tracking=True)
    session.replace_text(res.adoption, 5, len(res.adoption.text()), "Geneva, 2022")
    found = date_problems(doc)
    assert [(p.rule, p.severity, p.proposal) for p in found] == [("dates.conference", "error", "ARB/36A2/1")]
    assert "Geneva, 2022" in found[0].message and "history line has Hammamet, 2016" in found[0].message
    assert fix_all(session, "dates") == 1
    assert res.adoption.text("final") == "Rev. Geneva, 2022"
    assert res.history.text("final").endswith("Hammamet, 2016; Geneva, 2022")
    assert res.preamble.text("final") == "The World Telecommunication Standardization Assembly (Geneva, 2022),"
    assert res.preamble.text("original") == "The World Telecommunication Standardization Assembly (Hammamet, 2016),"
    assert res.preamble.has_marks() and res.history.has_marks()
    assert date_problems(doc) == []
    assert_valid(doc)


def test_standalone_spots_must_agree_with_the_number_line() -> None:
    doc = base_document()
    res = doc.proposals[0].resolution
    assert res is not None
    EditSession(doc).set_text(res.preamble, "The World Telecommunication Standardization Assembly (Geneva, 2016),")
    assert rules(date_problems(doc)) == ["dates.mismatch"]
    fix_all(EditSession(doc), "dates.mismatch")
    assert "(Hammamet, 2016)," in res.preamble.text()
    assert date_problems(doc) == []


def test_rev_missing_on_a_revision_and_present_on_a_new_text() -> None:
    doc = base_document()
    res = doc.proposals[0].resolution
    assert res is not None
    session = EditSession(doc)
    session.set_text(res.adoption, "Hammamet, 2016")
    assert rules(date_problems(doc)) == ["dates.rev"]
    fix_all(session, "dates.rev")
    assert res.adoption.text() == "Rev. Hammamet, 2016"
    new = base_resolution()
    new.draft = True
    add = Document([Proposal("ADD", "ARB/36A2/1", new, reasons="New.")], wtsa_cover())
    assert "dates.rev" in rules(date_problems(add))


def test_place_and_year_must_be_present() -> None:
    doc = base_document()
    res = doc.proposals[0].resolution
    assert res is not None
    EditSession(doc).set_text(res.preamble, "The World Telecommunication Standardization Assembly,")
    assert rules(date_problems(doc)) == ["dates.missing"]


def test_no_before_the_number() -> None:
    doc = base_document()
    res = doc.proposals[0].resolution
    assert res is not None
    session = EditSession(doc)
    session.set_text(res.number, "No. 7")
    assert rules(date_problems(doc)) == ["dates.number"]
    fix_all(session, "dates.number")
    assert res.number.text() == "7"
    assert_valid(doc)
