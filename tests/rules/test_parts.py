"""Body sections of a long resolution: hierarchical numbers (1.11.1 after 1.11, 1bis.1 under Section 1bis), the
section numbers themselves, and their quick fixes, in plain and tracked sessions."""

from __future__ import annotations

from editor.model.body import Part
from editor.model.nodes import Clause, Document
from editor.model.session import EditSession
from editor.rules.engine import check_document, fix_all
from editor.rules.problem import Problem
from tests.factories import assert_valid, body_document


def part(doc: Document, index: int) -> Part:
    res = doc.proposals[0].resolution
    assert res is not None
    return res.parts[index]


def labels(p: Part, view: str = "final") -> list[str]:
    return [c.label.text(view) for c in p.clauses() if c.visible_in(view)]  # type: ignore[arg-type]


def found(doc: Document, rule_prefix: str) -> list[Problem]:
    return [p for p in check_document(doc) if p.rule.startswith(rule_prefix)]


def test_the_body_as_resolution_1_has_it_passes_every_check() -> None:
    assert check_document(body_document()) == []


def test_a_repeated_provision_number_is_reported_and_renumbered() -> None:
    doc = body_document()
    first = part(doc, 0)
    first.paragraphs.insert(2, Clause("1.2", "It shall meet once a year."))
    first._adopt()
    problems = found(doc, "lettering")
    assert [p.rule for p in problems] == ["lettering.duplicate"]
    assert problems[0].section == "section 1" and "1.2 is already" in problems[0].message
    assert problems[0].fix is not None
    assert fix_all(EditSession(doc, tracking=False), "lettering") >= 1
    assert labels(first) == ["1.1", "1.2", "1.3", "1.4", ""]  # the heading 1.3 moves on to 1.4
    assert found(doc, "lettering") == []


def relabelled(index: int, label: str) -> list[Problem]:
    """The lettering problems of the body once paragraph `index` of Section 1bis is numbered `label`."""
    doc = body_document()
    paragraph = part(doc, 1).paragraphs[index]
    assert isinstance(paragraph, Clause)
    EditSession(doc, tracking=False).set_text(paragraph.label, label)
    return found(doc, "lettering")


def test_a_section_numbered_under_another_section_is_a_gap() -> None:
    problems = relabelled(0, "2.1")  # the heading 1bis.1
    assert problems and problems[0].rule == "lettering.gap"
    assert "start at 1bis.1" in problems[0].message


def test_a_deeper_number_must_open_at_one() -> None:
    problems = relabelled(2, "1bis.1.1.3")  # the provision 1bis.1.1.1
    assert [p.rule for p in problems] == ["lettering.gap"]
    assert "should be 1bis.1.1.1" in problems[0].message


def test_the_renumbering_of_a_mod_is_recorded_as_marks() -> None:
    doc = body_document()
    first = part(doc, 0)
    first.paragraphs.insert(1, Clause("1.1", "The assembly shall have a chair."))
    first._adopt()
    doc.proposals[0].action = "MOD"
    doc.proposals[0].identifier = "ARB/1/1"
    session = EditSession(doc, author="ARB", tracking=True, clock=lambda: "2022-02-01T10:00:00Z")
    fix_all(session, "lettering")
    numbers = [c.label.text("final") for c in first.clauses()]
    assert numbers[:4] == ["1.1", "1.2", "1.3", "1.4"]
    assert [c.label.text("original") for c in first.clauses()][:4] == ["1.1", "1.1", "1.2", "1.3"]
    marks = [m for c in first.clauses() for m in c.label.marks()]
    assert marks and all(m.author == "ARB" for m in marks)
    assert_valid(doc)
    session.undo()
    assert [c.label.text("final") for c in first.clauses()][:3] == ["1.1", "1.1", "1.2"]


def test_body_section_numbers_follow_each_other() -> None:
    doc = body_document()
    session = EditSession(doc, tracking=False)
    session.set_text(part(doc, 1).heading, "Section 3")
    problems = found(doc, "numbering.section")
    assert len(problems) == 1
    assert problems[0].message == "body section 3 does not follow the section before it: it should be 2"
    assert problems[0].node_uid == part(doc, 1).uid and problems[0].field == "heading"
    assert fix_all(session, "numbering") == 1
    assert part(doc, 1).heading.text() == "Section 2"
    assert found(doc, "numbering.section") == []


def test_a_bis_section_keeps_its_place_and_a_repeat_is_reported() -> None:
    doc = body_document()
    session = EditSession(doc, tracking=False)
    assert found(doc, "numbering.section") == []  # SECTION 1, Section 1bis
    session.set_text(part(doc, 1).heading, "SECTION 1")
    problems = found(doc, "numbering.section")
    assert [p.message for p in problems] == ["body section 1 is already a section's number: it should be 2"]
