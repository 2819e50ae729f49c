"""Spelling problems of a document: located as the drafter reads them, kept current edit by edit."""

from __future__ import annotations

import random
import threading
from pathlib import Path

from editor.importers.plaintext import import_file
from editor.model import Clause
from editor.model.inline import Inline, Span, slice_spans
from editor.model.marks import Mark
from editor.model.nodes import Document, Footnote, Proposal, Resolution, Section
from editor.model.session import EditSession
from editor.model.views import clone
from editor.spelling.checker import Misspelling, SpellingChecker
from editor.spelling.reading import read
from editor.spelling.speller import Finding, Speller
from editor.xmlio import read_file
from tests.factories import FIXED_DATE, base_document, base_resolution, mod_document
from tests.spelling.support import noting


def underlined(problem: Misspelling, doc: Document) -> str:
    """The markup characters a problem underlines."""
    node = doc.find(problem.node_uid or 0)
    assert node is not None and problem.field is not None and problem.offset is not None
    return str(getattr(node, problem.field).text("markup")[problem.offset:problem.offset + (problem.length or 0)])


def test_problems_are_located_as_the_problems_panel_shows_them(speller: Speller) -> None:
    doc, _ = mod_document()
    res = doc.proposals[0].resolution
    assert res is not None
    res.sections[1].clauses[1].text.spans = [Span("that other activites may require coordination;")]
    res.sections[2].clauses[1].items[0].text.spans = [Span("for work where text shoud be drawn up mutually; and")]
    res.title.spans = [Span("Colaboration with the International Organization for Standardization")]
    problems = SpellingChecker(doc, speller).check_all()
    assert [(p.location(), p.word, p.severity, p.rule) for p in problems] == [
        ("MOD ARB/36A2/1, title", "Colaboration", "spelling", "spelling"),
        ("MOD ARB/36A2/1, noting, clause 2 (b))", "activites", "spelling", "spelling"),
        ("MOD ARB/36A2/1, resolves, clause 2, item 1 (–)", "shoud", "spelling", "spelling"),
    ]
    assert problems[1].message == '"activites" is not in the English dictionary'
    assert [underlined(p, doc) for p in problems] == ["Colaboration", "activites", "shoud"]


def test_words_are_read_without_deleted_text_and_underlined_in_markup(speller: Speller) -> None:
    """A word partly deleted and partly inserted is the word the drafter reads; its underline covers it in markup."""
    ins, dele = Mark("ins", "ARB", FIXED_DATE, 1), Mark("del", "ARB", FIXED_DATE, 2)
    spans = [Span("the orga"), Span("ni", mark=dele), Span("nisatoin", mark=ins), Span(" shal meet")]
    (first, second) = speller.findings(read(spans))
    assert first == Finding(4, 14, "organisatoin")
    assert "".join(s.text for s in slice_spans(spans, first.offset, first.offset + first.length)) == "organinisatoin"
    assert second == Finding(19, 4, "shal")
    # a word whose deleted part made it wrong is right in the final view: not flagged
    assert speller.findings(read([Span("the organ"), Span("xx", mark=dele), Span("ization")])) == []


def test_a_footnote_reference_inside_the_paragraph_does_not_shift_the_offsets(speller: Speller) -> None:
    spans = [Span("Member States"), Span("", footnote="1"), Span(" shal recieve")]
    found = speller.findings(read(spans))
    assert [(f.word, f.offset, f.length) for f in found] == [("shal", 14, 4), ("recieve", 19, 7)]
    assert Inline(spans).text("markup")[19:26] == "recieve"


def test_deleted_blocks_and_sup_proposals_are_not_checked(speller: Speller) -> None:
    doc = base_document()
    section = noting(doc)
    section.clauses[0].text.spans = [Span("that teh methods differ;")]
    assert [p.word for p in SpellingChecker(doc, speller).check_all()] == ["teh"]
    section.clauses[0].change = Mark("del", "ARB", FIXED_DATE, 9)
    assert SpellingChecker(doc, speller).check_all() == []
    section.clauses[0].change = None
    doc.proposals[0].action = "SUP"
    assert SpellingChecker(doc, speller).check_all() == []


def test_footnotes_notes_annex_and_reasons_are_checked(speller: Speller) -> None:
    doc, _ = mod_document()
    proposal = doc.proposals[0]
    res = proposal.resolution
    assert res is not None
    proposal.reasons.spans = [Span("To reflect curent practice.")]
    footnote = Footnote("1", "See the relevent Recommendation.")
    footnote.parent = res
    res.footnotes.append(footnote)
    assert [(p.location(), p.word) for p in SpellingChecker(doc, speller).check_all()] == [
        ("MOD ARB/36A2/1, footnote 1", "relevent"), ("MOD ARB/36A2/1, Reasons", "curent")]


class CountingSpeller(Speller):
    """Records the text of every paragraph read."""

    read_texts: list[str]

    def findings(self, reading, ignored=()):  # type: ignore[no-untyped-def]
        self.read_texts.append(reading.text)
        return super().findings(reading, ignored)


def test_an_edit_rechecks_only_the_paragraph_it_touched(speller: Speller) -> None:
    doc, session = mod_document()
    counting = CountingSpeller("en", dictionary=speller.dictionary, user=speller.user)
    counting.read_texts = []
    checker = SpellingChecker(doc, counting)
    session.subscribe(checker.update)
    checker.check_all()
    assert len(counting.read_texts) > 10
    counting.read_texts.clear()
    clause = noting(doc).clauses[0]
    session.insert_text(clause.text, 5, "teh ")
    assert counting.read_texts == [clause.text.text("final")]
    assert [(p.location(), p.word) for p in checker.problems] == [("MOD ARB/36A2/1, noting, clause 1 (a))", "teh")]
    counting.read_texts.clear()
    session.insert_node(noting(doc), "clauses", 0, Clause("a)", "that a new clause comes first;"))
    assert counting.read_texts == ["that a new clause comes first;"]  # the others are located anew, not read again
    assert [(p.location(), p.word) for p in checker.problems] == [("MOD ARB/36A2/1, noting, clause 2 (a))", "teh")]


def test_the_incremental_result_is_the_full_check_after_random_edits(speller: Speller) -> None:
    doc, session = mod_document()
    checker = SpellingChecker(doc, speller)
    session.subscribe(checker.update)
    checker.check_all()
    rng = random.Random(5)
    for step in range(120):
        clauses = [n for n in doc.walk() if isinstance(n, Clause)]
        clause = rng.choice(clauses)
        markup = clause.text.text("markup")
        action = rng.random()
        if action < 0.5:
            session.insert_text(clause.text, rng.randrange(len(markup) + 1), rng.choice(["teh ", "x", " recieve", "s"]))
        elif action < 0.7 and markup:
            start = rng.randrange(len(markup))
            session.delete_text(clause.text, start, min(len(markup), start + rng.randint(1, 6)))
        elif action < 0.75 and isinstance(clause.parent, Section):
            session.insert_node(clause.parent, "clauses", 0, Clause("a)", "that the Bureu reports;"))
        elif action < 0.8 and isinstance(section := clause.parent, Section) and isinstance(section.parent, Resolution):
            # a new group before the others: the reading order of the groups changes
            session.insert_node(section.parent, "sections", 0, Section("notting", "preambular", [Clause("a)", "that teh work,")]))
        elif action < 0.85 and isinstance(section := clause.parent, Section) and isinstance(section.parent, Resolution) \
                and len(section.parent.sections) > 1:
            session.delete_node(section)
        elif action < 0.9 and clause.parent is not None:
            session.delete_node(clause)
        elif session.undo_stack:
            session.undo()
        assert checker.problems == SpellingChecker(doc, speller).check_all(), f"differs after step {step}"


def test_the_first_check_runs_in_slices_and_an_edit_meanwhile_is_rechecked_at_once(speller: Speller) -> None:
    doc, session = mod_document()
    res = doc.proposals[0].resolution
    assert res is not None
    res.sections[2].clauses[0].text.spans = [Span("to invite ISO and IEC to examin the study programme;")]
    checker = SpellingChecker(doc, speller)
    session.subscribe(checker.update)
    total = checker.pending
    assert total > 3 and checker.problems == []
    assert checker.run(0) is True  # a slice checks at least one group
    assert checker.pending == total - 1
    clause = noting(doc).clauses[0]
    session.insert_text(clause.text, 5, "teh ")
    assert [p.word for p in checker.problems] == ["teh"]  # the edited section is checked before its turn
    while checker.run(0):
        pass
    assert checker.pending == 0
    assert [p.word for p in checker.problems] == ["teh", "examin"]


def test_a_worker_thread_may_run_the_first_check_while_the_document_is_edited(speller: Speller) -> None:
    doc, session = mod_document()
    for proposal in list(doc.proposals):
        for k in range(20):  # a longer document, so the worker and the edits overlap
            res = proposal.resolution
            assert res is not None
            section = Section("noting", "preambular", [Clause(f"{k})", "that the Bureau shal report on the studys;")])
            session.insert_node(res, "sections", 1, section)
    checker = SpellingChecker(doc, speller)
    session.subscribe(checker.update)
    worker = threading.Thread(target=checker.run)
    worker.start()
    clauses = [n for n in doc.walk() if isinstance(n, Clause)]
    rng = random.Random(2)
    for _ in range(50):
        session.insert_text(rng.choice(clauses).text, 0, "teh ")
    worker.join()
    assert checker.problems == SpellingChecker(doc, speller).check_all()


def _with_a_new_proposal(speller: Speller) -> tuple[EditSession, SpellingChecker, Resolution]:
    """A checked MOD contribution followed by a session that adds an ADD with two misspellings to it."""
    doc, session = mod_document()
    checker = SpellingChecker(doc, speller)
    session.subscribe(checker.update)
    checker.check_all()
    res = clone(base_resolution())
    res.sections[1].clauses[0].text.spans = [Span("that the working methds are not the same;")]
    session.insert_node(doc, "proposals", 1, Proposal("ADD", "ARB/36A2/2", res, reasons="A new resolutoin is needed."))
    return session, checker, res


def test_a_new_proposal_is_checked_in_the_next_slices_and_a_removed_one_forgotten(speller: Speller) -> None:
    session, checker, res = _with_a_new_proposal(speller)
    assert [(p.location(), p.word) for p in checker.problems] == [("ADD ARB/36A2/2, Reasons", "resolutoin")]
    assert checker.pending == 1 + len(res.sections)  # its resolution's groups wait for the next slices
    checker.run()
    assert [(p.location(), p.word) for p in checker.problems] == [
        ("ADD ARB/36A2/2, noting, clause 1 (a))", "methds"), ("ADD ARB/36A2/2, Reasons", "resolutoin")]
    session.undo()
    assert checker.problems == []


def test_a_proposal_removed_before_its_slices_ran_is_no_longer_pending(speller: Speller) -> None:
    session, checker, _ = _with_a_new_proposal(speller)
    assert checker.pending > 0
    session.undo()
    assert checker.pending == 0 and checker.problems == []
    checker.run()
    assert checker.problems == []


def test_real_itu_text_is_not_flagged(speller: Speller, root: Path) -> None:
    """The examples (Resolution 7 and the ARB/36A2/1 proposal, ITU's own wording) raise no spelling problem."""
    for name in ("ARB-36A2-1.xml", "R07-Hammamet-2016.xml"):
        assert SpellingChecker(read_file(root / "examples" / name), speller).check_all() == [], name


def test_the_seed_s_words_run_together_are_flagged(speller: Speller, seed_path: Path) -> None:
    """The flattened seed lost the spaces between a deleted and an inserted word: those are what spelling finds."""
    doc = import_file(seed_path).document
    assert [p.word for p in SpellingChecker(doc, speller).check_all()] == ["Statesin", "includingwith"]


def test_every_field_of_a_body_is_checked_where_it_stands(speller: Speller) -> None:
    """Headings, provisions, list items, notes, table cells, figure titles and legends, appendices; a deleted row not."""
    from editor.model.body import Figure, Heading, Table
    from editor.model.nodes import Note
    from tests.factories import body_document

    doc = body_document()
    res = doc.proposals[0].resolution
    assert res is not None
    first, second = res.parts
    heading = next(p for p in first.paragraphs if isinstance(p, Heading))
    heading.text.spans = [Span("Votting")]
    note = next(p for p in first.paragraphs if isinstance(p, Note))
    note.text.spans = [Span("NOTE – The comittees close.")]
    table = next(p for p in second.paragraphs if isinstance(p, Table))
    table.rows[1].cells[0].text.spans = [Span("Resolutoin")]
    table.rows[2].cells[0].text.spans = [Span("Questoin")]
    table.rows[2].change = Mark("del", "ARB", FIXED_DATE, 1)
    figure = next(p for p in second.paragraphs if isinstance(p, Figure))
    figure.legend.spans = [Span("NOTE 1 – The study group decdes.")]
    res.annexes[0].title.spans = [Span("Informaton")]
    found = [(p.location(), p.word) for p in SpellingChecker(doc, speller).check_all()]
    assert [w for _, w in found] == ["Votting", "comittees", "Resolutoin", "decdes", "Informaton"]
    assert found[0][0].startswith("section 1") and found[-1][0].startswith("appendix 1")
