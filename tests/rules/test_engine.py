"""The live engine: incremental rechecks equal a full check, listeners, fixes as undoable transactions."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from editor.model import Clause, Document, Section
from editor.model.nodes import Annex
from editor.model.session import EditSession
from editor.rules.engine import RuleEngine, check_document
from editor.rules.problem import Problem
from editor.xmlio import to_bytes
from tests.factories import assert_valid, mod_document
from tests.rules.documents import labels, mod_of, seed_like


def test_engine_starts_with_a_full_check_and_follows_edits() -> None:
    doc = seed_like()
    session = EditSession(doc)
    engine = RuleEngine(session)
    assert engine.problems == check_document(doc) and engine.problems
    seen: list[list[Problem]] = []
    def heard() -> None:
        seen.append(engine.problems)
    engine.add_listener(heard)
    noting = doc.proposals[0].resolution.sections[1]  # type: ignore[union-attr]
    session.set_text(noting.clauses[3].label, "d)")
    assert len(seen) == 1 and seen[0] == engine.problems == check_document(doc)
    assert ("noting", 4) not in [(p.section, p.clause) for p in engine.problems]
    engine.remove_listener(heard)
    session.undo()
    assert len(seen) == 1
    assert engine.problems == check_document(doc)
    engine.close()
    session.set_text(noting.clauses[3].label, "x)")
    assert engine.problems != check_document(doc)  # closed: no longer follows the session
    assert_valid(doc)


def test_problems_are_in_document_order() -> None:
    doc = seed_like()
    engine = RuleEngine(EditSession(doc))
    order = {"considering": 0, "noting": 1, "recognizing": 2, "resolves": 3}
    keys = [(order[p.section], p.clause) for p in engine.problems if p.section]  # type: ignore[index]
    assert keys == sorted(keys)


def test_apply_fix_is_one_undoable_step() -> None:
    doc = seed_like()
    session = EditSession(doc)
    engine = RuleEngine(session)
    before = to_bytes(doc)
    problem = next(p for p in engine.problems if p.section == "noting")
    assert engine.fixable(problem)
    engine.apply_fix(problem)
    assert len(session.undo_stack) == 1
    assert labels(doc.proposals[0].resolution.sections[1])[-1] == "k)"  # type: ignore[union-attr]
    assert not [p for p in engine.problems if p.section == "noting"]
    assert engine.problems == check_document(doc)
    session.undo()
    assert to_bytes(doc) == before
    assert engine.problems == check_document(doc)
    assert_valid(doc)


def test_apply_fix_inside_an_enclosing_transaction() -> None:
    doc = seed_like()
    session = EditSession(doc)
    engine = RuleEngine(session)
    fixable = [p for p in engine.problems if engine.fixable(p)]
    with session.transaction("Fix several"):
        for problem in fixable:
            engine.apply_fix(problem)
    assert len(session.undo_stack) == 1
    assert engine.problems == check_document(doc)
    assert not [p for p in engine.problems if p.rule.startswith(("lettering.", "punctuation."))]
    assert_valid(doc)


def test_original_view_and_reference_problems_are_not_fixable() -> None:
    res = seed_like().proposals[0].resolution
    doc, session = mod_of(res)
    engine = RuleEngine(session)
    session.delete_node(res.sections[1].clauses[3])  # type: ignore[union-attr]
    original = [p for p in engine.problems if p.view == "original"]
    assert original and not any(engine.fixable(p) for p in original)
    stale = next(p for p in engine.problems if p.view == "final")
    session.undo()
    session.delete_node(res.sections[1])  # type: ignore[union-attr]
    assert engine.problems == check_document(doc)
    engine.apply_fix(stale)  # the problem's node still exists; applying must not break the document
    assert_valid(doc)


LABELS = ["a)", "b)", "c)", "d)", "b)bis", "1", "2", "3", "1bis", "", "i)", "ii)", "–", "•", "z)", "1.1", "2.1"]
ENDINGS = [";", ",", ".", ":", "; and", ""]


def _lists(doc: Document) -> list[Section | Clause | Annex]:
    return [n for n in doc.walk() if isinstance(n, Section | Annex) or (isinstance(n, Clause) and n.level < 2)]  # type: ignore[misc]


def _children(owner: Section | Clause | Annex) -> list[Clause]:
    if isinstance(owner, Annex):
        return owner.paragraphs
    return owner.clauses if isinstance(owner, Section) else owner.items


def _with_annex(doc: Document, session: EditSession) -> None:
    """Give the resolution an annex with an outline and a clause-like list, outside the undo history."""
    res = doc.proposals[0].resolution
    assert res is not None
    tracking, session.tracking = session.tracking, False
    session.insert_node(res, "annexes", len(res.annexes), Annex("ANNEX", "Methods", [
        Clause("1", "Scope"), Clause("", "The group shall:"), Clause("a)", "meet;"), Clause("b)", "report:"),
        Clause("i)", "once;"), Clause("ii)", "twice;"), Clause("c)", "stop."), Clause("2", "Procedures")]))
    session.tracking = tracking
    session.undo_stack.clear()


@settings(max_examples=80, deadline=None)
@given(st.data())
def test_incremental_equals_full_check_after_random_edits(data: st.DataObject) -> None:
    doc, session = mod_document() if data.draw(st.booleans(), label="mod") else (seed_like(), None)
    session = session or EditSession(doc)
    if data.draw(st.booleans(), label="annex"):
        _with_annex(doc, session)
    engine = RuleEngine(session)
    for _ in range(data.draw(st.integers(1, 12), label="edits")):
        session.tracking = data.draw(st.booleans(), label="tracking") and doc.proposals[0].action == "MOD"
        annexes = [o for o in _lists(doc) if isinstance(o, Annex)]
        in_annex = bool(annexes) and data.draw(st.booleans(), label="in annex")  # an annex is one list among dozens
        owner = annexes[0] if in_annex else data.draw(st.sampled_from(_lists(doc)), label="list")
        items = _children(owner)
        field = "paragraphs" if isinstance(owner, Annex) else "clauses" if isinstance(owner, Section) else "items"
        op = data.draw(st.sampled_from(["insert", "delete", "move", "label", "ending", "keyword", "undo", "proposal", "dates"]), label="op")
        if op == "insert":
            clause = Clause(data.draw(st.sampled_from(LABELS)), "that it is inserted" + data.draw(st.sampled_from(ENDINGS)))
            session.insert_node(owner, field, data.draw(st.integers(0, len(items))), clause)
        elif op == "delete" and items:
            session.delete_node(data.draw(st.sampled_from(items)))
        elif op == "move" and items:
            target = data.draw(st.sampled_from([o for o in _lists(doc) if isinstance(o, Section | Annex)]))
            moved = data.draw(st.sampled_from(items))
            if not (isinstance(target, Annex) and moved.items):  # an annex paragraph has no sub-items
                where = "paragraphs" if isinstance(target, Annex) else "clauses"
                session.move_node(moved, target, where, data.draw(st.integers(0, len(_children(target)))))
        elif op == "label" and items:
            session.set_text(data.draw(st.sampled_from(items)).label, data.draw(st.sampled_from(LABELS)))
        elif op == "ending" and items:
            clause = data.draw(st.sampled_from(items))
            body = data.draw(st.sampled_from(["that it changes", "as noting c) says", "under resolves 2 and considering b)bis",
                                                  "as resolves 1 a) and b) say"]))
            session.set_text(clause.text, body + data.draw(st.sampled_from(ENDINGS)))
        elif op == "keyword" and isinstance(owner, Section):
            session.set_text(owner.keyword, data.draw(st.sampled_from(["noting", "Noting:", "resolves", "considering", "notting", ""])))
        elif op == "undo":
            session.undo()
        elif op == "proposal":
            proposal = doc.proposals[0]
            what = data.draw(st.sampled_from(["identifier", "action", "reasons"]))
            if what == "identifier":
                session.set_attr(proposal, "identifier", data.draw(st.sampled_from(["ARB/36A2/1", "ARB/36A2/2", "bad"])))
            elif what == "action":
                session.set_attr(proposal, "action", data.draw(st.sampled_from(["MOD", "ADD", "NOC", None])))
            else:
                session.set_text(proposal.reasons, data.draw(st.sampled_from(["", "Because."])))
        elif op == "dates":
            res = doc.proposals[0].resolution
            assert res is not None
            if doc.cover is not None and data.draw(st.booleans()):
                session.set_attr(doc.cover, "place_dates", data.draw(st.sampled_from(["Geneva, 1-9 March 2022", "New Delhi, 2024", ""])))
            else:
                session.set_text(res.preamble, data.draw(st.sampled_from(
                    ["The World Telecommunication Standardization Assembly (Geneva, 2022),", "The Assembly (Hammamet, 2016)"])))
        assert engine.problems == check_document(doc)
    assert_valid(doc)


def test_relabelling_one_section_rechecks_references_made_elsewhere() -> None:
    doc = seed_like()
    session = EditSession(doc)
    engine = RuleEngine(session)
    res = doc.proposals[0].resolution
    assert res is not None
    session.set_text(res.sections[3].clauses[0].text, "to act as noting k) asks;")
    assert [p.rule for p in engine.problems if p.section == "resolves"] == ["xref.missing", "lettering.duplicate"]
    session.insert_node(res.sections[1], "clauses", 11, Clause("j)", "that one more clause is noted,"))
    session.set_text(res.sections[1].clauses[10].text, "that it goes on;")
    session.set_text(res.sections[1].clauses[11].label, "k)")
    assert "xref.missing" not in [p.rule for p in engine.problems]
    assert engine.problems == check_document(doc)
    assert_valid(doc)


def test_cover_and_proposal_edits_recheck_dates_and_identifiers() -> None:
    doc, session = mod_document()
    engine = RuleEngine(session)
    assert engine.problems == []
    session.set_attr(doc.cover, "place_dates", "New Delhi, 15-24 October 2024")
    assert [p.rule for p in engine.problems] == ["dates.conference"]
    session.set_attr(doc.proposals[0], "identifier", "ARB/36A2/2")
    assert [p.rule for p in engine.problems] == ["proposal.numbering", "dates.conference"]
    assert all(p.proposal == "ARB/36A2/2" for p in engine.problems)
    session.set_attr(doc.proposals[0], "action", "NOC")
    assert [p.rule for p in engine.problems] == ["proposal.numbering"]
    assert engine.problems == check_document(doc)
    assert_valid(doc)


def test_tracked_fix_in_a_mod_undoes_to_the_same_bytes() -> None:
    res = seed_like().proposals[0].resolution
    doc, session = mod_of(res)
    engine = RuleEngine(session)
    before = to_bytes(doc)
    problem = next(p for p in engine.problems if p.section == "noting")
    engine.apply_fix(problem)
    assert doc.proposals[0].resolution.sections[1].clauses[3].label.has_marks()  # type: ignore[union-attr]
    assert session.tracking  # restored after the fix
    session.undo()
    assert to_bytes(doc) == before
    assert engine.problems == check_document(doc)
    assert_valid(doc)
