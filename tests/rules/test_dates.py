"""The three date spots, "Rev." and "No.": agreement, conference, and the alignment fix."""

from __future__ import annotations

import pytest

from editor.model import Document, Proposal
from editor.model.session import EditSession
from editor.rules.engine import check_document, fix_all
from tests.factories import assert_valid, base_document, base_resolution, mod_document
from tests.rules.documents import rules, wtsa_cover


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


PREAMBLE = "The World Telecommunication Standardization Assembly ({}),"


@pytest.mark.parametrize(
    ("field", "typed", "rule", "fixed"),
    [
        ("preamble", PREAMBLE.format("Geneva, 2016"), "dates.mismatch", PREAMBLE.format("Hammamet, 2016")),
        ("adoption", "Hammamet, 2016", "dates.rev", "Rev. Hammamet, 2016"),
        ("number", "No. 7", "dates.number", "7"),
        ("preamble", "The World Telecommunication Standardization Assembly,", "dates.missing", PREAMBLE.format("Hammamet, 2016")),
    ],
)
def test_standalone_text_identity(field: str, typed: str, rule: str, fixed: str) -> None:
    """A standalone text: spots agree with the number line, "Rev." on a revision, no "No.", place and year present."""
    doc = base_document()
    res = doc.proposals[0].resolution
    assert res is not None
    session = EditSession(doc)
    session.set_text(getattr(res, field), typed)
    found = date_problems(doc)
    assert rules(found) == [rule]
    assert fix_all(session, rule) == 1
    assert getattr(res, field).text() == fixed
    assert date_problems(doc) == []
    assert_valid(doc)


def test_rev_on_a_new_text() -> None:
    new = base_resolution()
    new.draft = True
    add = Document([Proposal("ADD", "ARB/36A2/1", new, reasons="New.")], wtsa_cover())
    assert "dates.rev" in rules(date_problems(add))


def test_dates_run_together_are_unreadable_and_the_fix_strikes_the_old_one() -> None:
    res = base_resolution()
    doc = Document([Proposal("MOD", "ARB/36A2/1", res, reasons="Why.")], wtsa_cover())
    session = EditSession(doc, author="ARB", tracking=True)
    session.tracking = False  # as a flattened copy reads: old and new date side by side, no marks
    session.set_text(res.adoption, "Rev.\u00a0Hammamet, 2016Geneva, 2022")
    session.tracking = True
    found = date_problems(doc)
    assert ("dates.missing", "bring the dates into line with the conference") in [(p.rule, p.fix) for p in found]
    number = next(p for p in found if p.rule == "dates.missing" and p.field == "adoption")
    assert 'runs two dates together ("Hammamet, 2016Geneva, 2022")' in number.message
    fix_all(session, "dates")
    assert res.adoption.text("final") == "Rev.\u00a0Geneva, 2022"
    assert [(s.text, s.mark.kind if s.mark else None) for s in res.adoption.spans] == [
        ("Rev.\u00a0", None), ("Hammamet, 2016", "del"), ("Geneva, 2022", None)]
    assert date_problems(doc) == []
    assert_valid(doc)
