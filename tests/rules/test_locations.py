"""Where a problem is: its location reads like the proposal line, and it names the field and offset to reveal."""

from __future__ import annotations

from editor.model import Clause, Document, Proposal
from editor.model.inline import Inline, markup_offset
from editor.model.session import EditSession
from editor.rules.engine import RuleEngine, check_document
from editor.rules.problem import JSON_KEYS, Problem
from tests.factories import assert_valid, base_resolution
from tests.rules.documents import mod_of, seed_like, wtsa_cover


def _one(problems: list[Problem], rule: str) -> Problem:
    found = [p for p in problems if p.rule == rule]
    assert len(found) == 1, problems
    return found[0]


def _mod_clause(index: int) -> tuple[Document, EditSession, Clause]:
    """The tracked MOD of the base text and its considering clause `index`."""
    doc, session = mod_of()
    return doc, session, next(doc.resolutions()).sections[0].clauses[index]


def _as_mod(doc: Document) -> Document:
    proposal = doc.proposals[0]
    return Document([Proposal("MOD", "ARB/36A2/1", proposal.resolution, reasons="")], wtsa_cover())


def test_clause_problems_read_like_the_proposal_line() -> None:
    found = check_document(_as_mod(seed_like()))
    places = {p.location() for p in found if p.rule.startswith(("lettering.", "punctuation."))}
    assert "MOD ARB/36A2/1, noting, clause 4 (b))" in places
    assert "MOD ARB/36A2/1, resolves, clause 2 (1)" in places
    assert "MOD ARB/36A2/1, recognizing, clause 1" in places


def test_whole_proposal_and_date_problems_say_which_line() -> None:
    doc = _as_mod(seed_like())
    found = check_document(doc)
    assert _one(found, "proposal.reasons").location() == "MOD ARB/36A2/1, Reasons"
    assert _one(found, "proposal.mod-no-marks").location() == "MOD ARB/36A2/1, proposal line"
    dates = [p for p in found if p.rule.startswith("dates.")]
    assert dates and {p.location() for p in dates} <= {"MOD ARB/36A2/1, number line", "MOD ARB/36A2/1, history line",
                                                       "MOD ARB/36A2/1, preamble"}
    assert "MOD ARB/36A2/1, number line" in {p.location() for p in dates}


def test_a_standalone_text_and_a_proposal_without_identifier() -> None:
    res = base_resolution()
    res.preamble.spans = Inline.plain("The Assembly (Hammamet, 2016).").spans
    assert _one(check_document(Document([Proposal(resolution=res)])), "punctuation.preamble").location() == "preamble"
    doc = Document([Proposal("ADD", "", base_resolution(), reasons="Why.")])
    assert _one(check_document(doc), "proposal.identifier").location() == "ADD, proposal line"


def test_json_keeps_its_keys() -> None:
    for problem in check_document(_as_mod(seed_like())):
        data = problem.as_json()
        assert tuple(data) == JSON_KEYS
        assert data["proposal"] == "ARB/36A2/1"


def test_lettering_points_at_the_label_and_punctuation_after_the_final_mark() -> None:
    doc = seed_like()
    found = check_document(doc)
    lettering = [p for p in found if p.rule.startswith("lettering.")]
    assert lettering and all((p.field, p.offset) == ("label", 0) for p in lettering)
    recognizing = doc.proposals[0].resolution.sections[2].clauses[0]  # type: ignore[union-attr]
    problem = _one(found, "punctuation.clause")
    assert problem.node_uid == recognizing.uid
    assert problem.field == "text" and problem.offset == len(recognizing.text.text())


def test_punctuation_offset_counts_deleted_text_in_a_tracked_mod() -> None:
    doc, session, clause = _mod_clause(-1)  # the last considering clause ends with ","
    text = clause.text.text()
    session.replace_text(clause.text, len(text) - 1, len(text), ";")  # struck "," then inserted ";"
    assert clause.text.text("markup").endswith(",;")
    problem = next(p for p in check_document(doc) if p.rule == "punctuation.clause" and p.node_uid == clause.uid)
    assert problem.offset == len(clause.text.text("markup"))  # after the inserted ";", the struck "," included
    assert_valid(doc)


def test_date_spots_point_into_their_field() -> None:
    res = base_resolution()
    doc = Document([Proposal("MOD", "ARB/36A2/1", res, reasons="Why.")], wtsa_cover())
    session = EditSession(doc, author="ARB", tracking=True)
    session.replace_text(res.adoption, 5, len(res.adoption.text()), "Geneva, 2022")
    problem = _one(check_document(doc), "dates.conference")  # the history line is the first spot still wrong
    assert problem.field == "history"
    assert res.history.text()[problem.offset:].startswith("Hammamet, 2016")
    assert problem.location() == "MOD ARB/36A2/1, history line"
    assert_valid(doc)


def test_an_action_change_relocates_every_problem_incrementally() -> None:
    doc = seed_like()
    session = EditSession(doc)
    engine = RuleEngine(session)
    before = {p.location() for p in engine.problems}
    assert "noting, clause 4 (b))" in before
    session.set_attr(doc.proposals[0], "action", "ADD")
    assert "ADD, noting, clause 4 (b))" in {p.location() for p in engine.problems}
    assert engine.problems == check_document(doc)
    assert_valid(doc)


def test_markup_offset_skips_what_the_view_does_not_show() -> None:
    doc, session, clause = _mod_clause(0)
    session.replace_text(clause.text, 0, 4, "This")  # struck "that " start, inserted "This"
    markup, final, original = (clause.text.text(v) for v in ("markup", "final", "original"))  # type: ignore[arg-type]
    for view, shown in (("final", final), ("original", original)):
        for index in (0, 3, 6, len(shown) - 1):
            assert markup[markup_offset(clause.text, index, view)] == shown[index]  # type: ignore[arg-type]
    assert markup_offset(clause.text, len(final), "final", end=True) == len(markup)
    assert_valid(doc)


def test_sub_item_problems_name_the_item() -> None:
    doc = seed_like()
    res = doc.proposals[0].resolution
    assert res is not None
    noting = res.sections[1]
    noting.clauses[0] = Clause("a)", "that the list reads:", [Clause("–", "first item;"), Clause("•", "second item;")])
    doc = assert_valid(doc)  # reread: parents set as the reader sets them
    problem = next(p for p in check_document(doc) if p.subitem)
    assert problem.rule == "lettering.scheme" and problem.field == "label"
    assert problem.location() == "noting, clause 1, item 2 (•)"  # the label shown is the item's


def test_a_message_does_not_repeat_what_its_location_says() -> None:
    """`validate` prints "LOCATION: MESSAGE"; the proposal line belongs to the location only."""
    doc = _as_mod(seed_like())
    doc.proposals.append(Proposal("SUP", "ARB/36A2/1", base_resolution()))
    doc.proposals[-1].parent = doc
    for problem in check_document(doc):
        heading = problem.heading()
        assert heading is None or heading not in problem.message, (problem.location(), problem.message)
