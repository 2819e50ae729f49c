"""Proposals: marks against the action, SUP without text, Reasons, identifiers."""

from __future__ import annotations

from editor.model import Cover, Document, Proposal, Resolution
from editor.model.session import EditSession
from editor.rules.engine import check_document, fix_all
from tests.factories import assert_valid, base_resolution, mod_document
from tests.rules.documents import rules, wtsa_cover


def proposal_problems(doc: Document) -> list:
    return [p for p in check_document(doc) if p.rule.startswith("proposal.")]


def test_well_formed_mod_passes() -> None:
    assert proposal_problems(mod_document()[0]) == []


def test_add_with_marks_and_mod_without() -> None:
    doc, _ = mod_document()
    doc.proposals[0].action = "ADD"
    assert "proposal.add-marks" in rules(proposal_problems(doc))
    assert_valid(doc)
    plain = Document([Proposal("MOD", "ARB/36A2/1", base_resolution(), reasons="Why.")], wtsa_cover())
    assert rules(proposal_problems(plain)) == ["proposal.mod-no-marks"]


def test_sup_carries_no_clauses() -> None:
    doc = Document([Proposal("SUP", "ARB/36A2/1", base_resolution(), reasons="Obsolete.")], wtsa_cover())
    assert rules(proposal_problems(doc)) == ["proposal.sup-text"]
    bare = Resolution(number="7", adoption="Rev. Hammamet, 2016", title="Title")
    assert proposal_problems(Document([Proposal("SUP", "ARB/36A2/1", bare, reasons="Obsolete.")], wtsa_cover())) == []


def test_missing_reasons_is_a_warning() -> None:
    doc, _ = mod_document()
    doc.proposals[0].reasons.spans = []
    found = proposal_problems(doc)
    assert [(p.rule, p.severity) for p in found] == [("proposal.reasons", "warning")]
    assert found[0].message == "the proposal has no Reasons"
    assert_valid(doc)


def test_the_missing_reasons_message_quotes_the_languages_word() -> None:
    doc, _ = mod_document()
    doc.proposals[0].reasons.spans = []
    doc.language = "fr"
    assert [p.message for p in proposal_problems(doc) if p.rule == "proposal.reasons"] == ['the proposal has no Reasons ("Motifs")']


def test_identifiers_form_uniqueness_and_numbering_with_fix() -> None:
    bare = lambda: Resolution(number="7", adoption="Rev. Hammamet, 2016", title="T")  # noqa: E731
    doc = Document([Proposal("SUP", "ARB/36A2/1", bare(), reasons="R."), Proposal("SUP", "ARB/36A2/1", bare(), reasons="R."),
                    Proposal("SUP", "ARB/36A2/4", bare(), reasons="R."), Proposal("SUP", "arb-36", bare(), reasons="R.")], wtsa_cover())
    found = proposal_problems(doc)
    assert [(p.rule, p.proposal) for p in found] == [
        ("proposal.numbering", "ARB/36A2/1"), ("proposal.duplicate", "ARB/36A2/1"), ("proposal.numbering", "ARB/36A2/4"),
        ("proposal.identifier", "arb-36")]
    fix_all(EditSession(doc), "proposal")
    assert [p.identifier for p in doc.proposals] == ["ARB/36A2/1", "ARB/36A2/2", "ARB/36A2/3", "arb-36"]
    assert rules(proposal_problems(doc)) == ["proposal.identifier"]
    assert_valid(doc)


def test_identifier_names_the_cover_document() -> None:
    doc, _ = mod_document()
    doc.proposals[0].identifier = "ARB/37A2/1"
    found = proposal_problems(doc)
    assert [(p.rule, p.severity) for p in found] == [("proposal.identifier", "warning")]
    assert_valid(doc)


def test_an_empty_cover_is_named_field_by_field() -> None:
    res = base_resolution()
    full = Document([Proposal("MOD", "ARB/36A2/1", res, reasons="Why.")], wtsa_cover())
    assert not [p for p in check_document(full) if p.rule == "cover.empty"]
    empty = Document([Proposal("MOD", "ARB/36A2/1", base_resolution(), reasons="Why.")], Cover(conference="World Telecommunication Standardization Assembly"))
    found = [p for p in check_document(empty) if p.rule == "cover.empty"]
    assert [(p.severity, p.message, p.node_uid) for p in found] == [
        ("warning", "the cover page has no document number, source, title yet", empty.uid)]
    standalone = Document([Proposal(resolution=base_resolution())])
    assert not [p for p in check_document(standalone) if p.rule == "cover.empty"]
