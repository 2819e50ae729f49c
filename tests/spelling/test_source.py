"""The window's spelling source: suggestions as quick fixes, Add to Dictionary, Ignore All, merging, status."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from editor.model.inline import Span
from editor.model.nodes import Document
from editor.model.session import EditSession
from editor.rules.engine import RuleEngine
from editor.rules.problem import Problem
from editor.spelling.checker import Misspelling
from editor.spelling.source import SpellingSource
from editor.spelling.speller import Speller
from tests.factories import assert_valid, mod_document
from tests.spelling.support import noting


def started(speller: Speller, text: str = "that the Bureau shal recieve the reports;") -> tuple[Document, EditSession, SpellingSource]:
    doc, session = mod_document()
    noting(doc).clauses[0].text.spans = [Span(text)]
    source = SpellingSource(session, speller=speller)
    source.check_all()
    return doc, session, source


def misspelling(source: SpellingSource, word: str) -> Misspelling:
    found = [p for p in source.problems if isinstance(p, Misspelling) and p.word == word]
    assert len(found) == 1
    return found[0]


def test_a_suggestion_replaces_the_word_as_a_tracked_edit_and_one_undo_step(speller: Speller) -> None:
    doc, session, source = started(speller)
    problem = misspelling(source, "recieve")
    assert source.fixable(problem)
    assert "receive" in source.suggestions(problem)
    steps = len(session.undo_stack)
    assert source.replace(problem, "receive")
    clause = noting(doc).clauses[0]
    assert clause.text.text("final") == "that the Bureau shal receive the reports;"
    assert {s.mark.kind for s in clause.text.spans if s.mark is not None} == {"del", "ins"}  # a MOD: recorded as marks
    assert len(session.undo_stack) == steps + 1
    assert [p.word for p in source.problems if isinstance(p, Misspelling)] == ["shal"]
    assert not source.fixable(problem)
    assert not source.replace(problem, "receive")  # the word is no longer there: nothing done
    assert_valid(doc)
    session.undo()
    assert clause.text.text("final") == "that the Bureau shal recieve the reports;"


def test_apply_fix_takes_the_first_suggestion(speller: Speller) -> None:
    doc, _, source = started(speller, "that the Bureau shal report;")
    problem = misspelling(source, "shal")
    first = source.suggestions(problem)[0]
    source.apply_fix(problem)
    assert noting(doc).clauses[0].text.text("final") == f"that the Bureau {first} report;"


def test_add_to_dictionary_and_ignore_all(speller: Speller, tmp_path: Path) -> None:
    _, session, source = started(speller, "that the Bureau shal recieve the Kigalo plan and the Kigalo report;")
    heard: list[list[Problem]] = []
    source.add_listener(lambda: heard.append(source.problems))
    assert source.add_to_dictionary(misspelling(source, "shal")) is None
    assert "shal" in (tmp_path / "dictionary-en.txt").read_text(encoding="utf-8").split()
    assert [p.word for p in source.problems if isinstance(p, Misspelling)] == ["recieve", "Kigalo", "Kigalo"]
    source.ignore_all("Kigalo")
    assert [p.word for p in source.problems if isinstance(p, Misspelling)] == ["recieve"]
    assert heard[-1] == source.problems
    clause = noting(session.document).clauses[0]
    session.insert_text(clause.text, 0, "Kigalo ")  # ignored words stay ignored in new text
    assert [p.word for p in source.problems if isinstance(p, Misspelling)] == ["recieve"]
    other = SpellingSource(session, speller=speller)
    assert [p.word for p in other.check_all() if isinstance(p, Misspelling)] == ["Kigalo", "recieve", "Kigalo", "Kigalo"]


def test_a_user_dictionary_that_cannot_be_written_is_named(speller: Speller, tmp_path: Path) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("", encoding="utf-8")
    stuck = Speller("en", dictionary=speller.dictionary, settings=blocked)
    _, _, source = started(stuck)
    message = source.add_to_dictionary("shal")
    assert message is not None and str(blocked / "dictionary-en.txt") in message


def test_merge_puts_spelling_among_the_drafting_problems_in_reading_order(speller: Speller) -> None:
    doc, session = mod_document()
    res = doc.proposals[0].resolution
    assert res is not None
    res.title.spans = [Span("Colaboration with the International Organization for Standardization")]
    noting(doc).clauses[0].text.spans = [Span("that teh methods differ")]  # also a punctuation error
    source = SpellingSource(session, speller=speller)
    source.check_all()
    engine = RuleEngine(session)
    merged = source.merge(engine.problems)
    assert sorted(map(id, merged)) == sorted(map(id, engine.problems + source.problems))
    rules = [(p.rule, p.location()) for p in merged]
    title, clause = ("spelling", "MOD ARB/36A2/1, title"), ("spelling", "MOD ARB/36A2/1, noting, clause 1 (a))")
    punctuation = next(r for r in rules if r[0] == "punctuation.clause")
    assert rules.index(title) < rules.index(clause) < rules.index(punctuation)


def test_the_status_names_the_language_or_the_missing_dictionary(speller: Speller) -> None:
    _, _, source = started(speller)
    assert source.status == "Spelling: English"
    assert "en_GB" in source.details
    source.set_language("xx")
    assert source.status == "Spelling: no dictionary for 'xx'"
    assert source.check_all() == []
    source.set_language("zh")
    assert source.status == "Spelling: no dictionary for Chinese"
    assert "not checked" in source.details


def test_listeners_hear_each_slice_and_each_edit(speller: Speller) -> None:
    doc, session = mod_document()
    noting(doc).clauses[0].text.spans = [Span("that teh methods differ;")]
    source = SpellingSource(session, speller=speller)
    heard: list[int] = []
    source.add_listener(lambda: heard.append(len(source.problems)))
    while source.run(0):
        pass
    assert heard and heard[-1] == 1
    session.insert_text(noting(doc).clauses[1].text, 0, "shal ")
    assert heard[-1] == 2
    source.close()
    session.insert_text(noting(doc).clauses[1].text, 0, "teh ")
    assert heard[-1] == 2


def test_merge_keeps_reading_order_after_clauses_come_and_go(speller: Speller) -> None:
    """The places are kept per proposal and forgotten with it: after structural edits the order is still the text's."""
    from editor.model import Clause
    from editor.model.views import clone

    doc, session = mod_document()
    first = doc.proposals[0]
    second = clone(first)
    session.insert_node(doc, "proposals", 1, second)
    source = SpellingSource(session, speller=speller)
    source.check_all()
    engine = RuleEngine(session)
    source.merge(engine.problems)  # places learnt before the edits
    for proposal, words in ((second, "teh seccond"), (first, "teh firstt")):
        res = proposal.resolution
        assert res is not None
        items = [Clause("–", "an item;"), Clause("–", "another item;"), Clause("–", f"that {words} item;")]
        session.insert_node(res.sections[1], "clauses", 0, Clause("a)", "that the clause:", items))
    merged = source.merge(engine.problems)
    order = {node.uid: n for n, node in enumerate(doc.walk())}
    keys = [order[p.node_uid] for p in merged if p.node_uid in order]
    assert keys == sorted(keys)
    words = [p.message for p in merged if p.rule == "spelling"]
    assert [w for w in words if "firstt" in w or "seccond" in w] == sorted(
        (w for w in words if "firstt" in w or "seccond" in w), key=lambda w: "seccond" in w)


def test_merge_places_each_misspelling_after_the_drafting_problems_up_to_its_place(speller: Speller) -> None:
    """Whichever problems of each kind are listed, the merged list is both kinds in reading order, drafting first on a tie."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    doc, session = mod_document()
    res = doc.proposals[0].resolution
    assert res is not None
    clauses = noting(doc).clauses
    clauses[0].text.spans = [Span("that teh methods differ")]  # a misspelling and a punctuation error in one clause
    clauses[1].text.spans = [Span("shal the Bureau recieve")]
    res.title.spans = [Span("Colaboration with the ISO")]
    source = SpellingSource(session, speller=speller)
    source.check_all()
    order = {node.uid: n for n, node in enumerate(doc.walk())}

    def reading(problem: Problem) -> tuple[int, int]:
        return order[problem.node_uid] if problem.node_uid is not None else -1, problem.offset or 0

    spelling = source.problems  # and a drafting problem at the very place of the second misspelling: a tie
    tie = dataclasses.replace(RuleEngine(session).problems[0], node_uid=spelling[1].node_uid, offset=spelling[1].offset)
    drafting = sorted([*RuleEngine(session).problems, tie], key=reading)  # in reading order, as the engine gives them
    assert len(spelling) >= 4 and len(drafting) >= 3

    @settings(max_examples=60, deadline=None)
    @given(st.lists(st.booleans(), min_size=len(drafting), max_size=len(drafting)),
           st.lists(st.booleans(), min_size=len(spelling), max_size=len(spelling)))
    def check(keep_drafting: list[bool], keep_spelling: list[bool]) -> None:
        some_drafting = [p for p, keep in zip(drafting, keep_drafting, strict=True) if keep]
        some_spelling = [p for p, keep in zip(spelling, keep_spelling, strict=True) if keep]
        expected = sorted([(reading(p), 0, n, p) for n, p in enumerate(some_drafting)]
                          + [(reading(p), 1, n, p) for n, p in enumerate(some_spelling)], key=lambda row: row[:3])
        assert source.merge(some_drafting, some_spelling) == [row[3] for row in expected]

    check()
