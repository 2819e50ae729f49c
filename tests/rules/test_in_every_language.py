"""The checks in each of ITU's six languages: the same rules and fixes, with each language's words and marks.

Every document here is written from the language data (tests/factories.py
`language_document`), so a test that breaks one part checks that rule in
that language; a correct document gives no problem in any language.
"""

from __future__ import annotations

import pytest

from editor.languages import CODES
from editor.model import Clause, Document, Section
from editor.model.session import EditSession
from editor.rules.engine import check_document, fix_all
from editor.rules.wording import wording
from tests.factories import assert_valid, language_document


def _session(code: str) -> tuple[Document, EditSession]:
    doc = language_document(code)
    return doc, EditSession(doc, author="T")


def _res(doc: Document):  # type: ignore[no-untyped-def]
    res = doc.proposals[0].resolution
    assert res is not None
    return res


def _rules(doc: Document) -> list[str]:
    return [p.rule for p in check_document(doc)]


@pytest.mark.parametrize("code", CODES)
def test_a_text_written_in_the_languages_own_words_has_no_problem(code: str) -> None:
    doc = language_document(code)
    assert check_document(doc) == []
    assert_valid(doc)


@pytest.mark.parametrize("code", CODES)
def test_english_keywords_are_unknown_in_another_language_and_its_own_are_known(code: str) -> None:
    doc, session = _session(code)
    section = _res(doc).sections[0]
    session.set_text(section.keyword, "considering" if code != "en" else "considérant")
    found = [p for p in check_document(doc) if p.rule == "keyword.unknown"]
    assert len(found) == 1 and found[0].node_uid == section.uid


@pytest.mark.parametrize(("code", "typed", "fixed"), [
    ("fr", "Considérant:", "considérant"), ("es", "Considerando", "considerando"), ("ru", "Учитывая,", "учитывая"),
    ("en", "Considering", "considering"), ("ar", "إذ تضع في اعتبارها:", "إذ تضع في اعتبارها"), ("zh", "考虑到：", "考虑到"),
])
def test_keyword_case_and_punctuation_are_fixed_in_each_language(code: str, typed: str, fixed: str) -> None:
    doc, session = _session(code)
    section = _res(doc).sections[0]
    session.set_text(section.keyword, typed)
    assert {"keyword.case", "keyword.punctuation"} & set(_rules(doc))
    fix_all(session, "keyword")
    assert section.keyword.text() == fixed
    assert check_document(doc) == []


@pytest.mark.parametrize(("code", "kind_word"), [("fr", "décide"), ("es", "resuelve"), ("ru", "решает"), ("zh", "做出决议"),
                                                 ("ar", "تقرر")])
def test_an_operative_keyword_in_a_preambular_section_is_found_in_each_language(code: str, kind_word: str) -> None:
    doc, session = _session(code)
    session.set_text(_res(doc).sections[0].keyword, kind_word)
    assert "keyword.kind" in _rules(doc)


def test_french_and_arabic_keywords_agree_with_the_body() -> None:
    doc, session = _session("fr")  # WTSA: l'Assemblée, feminine
    res = _res(doc)
    res.sections.insert(1, Section("conscient du fait", "preambular", [Clause("", "que tout va bien,")]))
    res._adopt()
    problem = next(p for p in check_document(doc) if p.rule == "keyword.agreement")
    assert "consciente du fait" in problem.message
    fix_all(session, "keyword")
    assert res.sections[1].keyword.text() == "consciente du fait"
    arabic, session = _session("ar")
    res = _res(arabic)
    session.set_text(res.sections[1].keyword, "يقرر")  # masculine, after الجمعية (feminine)
    assert _rules(arabic) == ["keyword.agreement"]
    fix_all(session, "keyword")
    assert res.sections[1].keyword.text() == "تقرر"


@pytest.mark.parametrize("code", ["ar", "fr", "ru", "zh", "es"])
def test_a_missing_keyword_is_inferred_in_the_language(code: str) -> None:
    doc, session = _session(code)
    res = _res(doc)
    session.set_text(res.sections[1].keyword, "")
    problem = next(p for p in check_document(doc) if p.rule == "keyword.missing")
    fix_all(session, "keyword")
    assert res.sections[1].keyword.text() == language_document(code).proposals[0].resolution.sections[1].keyword.text()  # type: ignore[union-attr]
    assert problem.fix is not None


@pytest.mark.parametrize("code", CODES)
def test_clause_punctuation_is_the_languages_and_the_fix_writes_it(code: str) -> None:
    w = wording(code)
    doc, session = _session(code)
    res = _res(doc)
    first, last = res.sections[0].clauses[0], res.sections[1].clauses[-1]
    session.set_text(first.text, first.text.text()[:-1] + w.final[0])  # "." where ";" belongs
    session.set_text(last.text, last.text.text()[:-1])  # no final mark
    found = [p for p in check_document(doc) if p.rule == "punctuation.clause"]
    assert [p.node_uid for p in found] == [first.uid, last.uid]
    assert f'"{w.clause[0]}"' in found[0].message and f'"{w.final[0]}"' in found[1].message
    fix_all(session, "punctuation")
    assert first.text.text().endswith(w.clause[0]) and last.text.text().endswith(w.final[0])
    assert check_document(doc) == []


def test_arabic_and_chinese_marks_are_told_from_latin_ones() -> None:
    arabic, session = _session("ar")
    res = _res(arabic)
    session.set_text(res.sections[0].clauses[1].text, "أن بيتا,")  # Latin comma ending a section: the data asks ،
    assert _rules(arabic) == ["punctuation.clause"]
    session.set_text(res.sections[0].clauses[0].text, "أن ألفا;")  # Latin ; is one of the two clause endings the data accepts
    fix_all(session, "punctuation")
    assert res.sections[0].clauses[1].text.text() == "أن بيتا،"
    assert res.sections[0].clauses[0].text.text() == "أن ألفا;"
    chinese, session = _session("zh")
    res = _res(chinese)
    session.set_text(res.sections[1].clauses[0].text, "gamma;")  # half-width ; in Chinese text
    assert _rules(chinese) == ["punctuation.clause"]
    fix_all(session, "punctuation")
    assert res.sections[1].clauses[0].text.text() == "gamma；"


@pytest.mark.parametrize("code", CODES)
def test_the_preamble_ends_with_the_languages_comma(code: str) -> None:
    doc, session = _session(code)
    res = _res(doc)
    session.set_text(res.preamble, res.preamble.text()[:-1])
    assert _rules(doc) == ["punctuation.preamble"]
    fix_all(session, "punctuation")
    assert res.preamble.text().endswith(wording(code).section[0])
    assert check_document(doc) == []


@pytest.mark.parametrize("code", CODES)
def test_date_spots_in_the_languages_patterns_disagree_and_are_aligned(code: str) -> None:
    w = wording(code)
    doc, session = _session(code)
    res = _res(doc)
    session.set_text(res.preamble, res.preamble.text().replace("2016", "2012"))
    problem = next(p for p in check_document(doc) if p.rule == "dates.mismatch")
    assert w.spot_text("Hammamet", "2016") in problem.message and w.spot_text("Hammamet", "2012") in problem.message
    fix_all(session, "dates")
    assert "2012" not in res.preamble.text() and check_document(doc) == []


@pytest.mark.parametrize("code", CODES)
def test_a_contribution_moves_every_spot_to_the_conference_in_the_language(code: str) -> None:
    from editor.model import Cover

    w = wording(code)
    doc = language_document(code)
    proposal = doc.proposals[0]
    proposal.action, proposal.identifier, proposal.reasons = "MOD", "ARB/1/1", proposal.reasons
    doc.cover = Cover(place_dates="Geneva, 1-9 March 2022")
    session = EditSession(doc, author="T")
    session.set_text(proposal.reasons, "Why.")
    assert "dates.conference" in _rules(doc)
    fix_all(session, "dates")
    res = _res(doc)
    assert res.adoption.text() == w.adoption_text(True, "Geneva", "2022")
    assert res.history.text().endswith(w.spot_text("Geneva", "2022"))
    assert w.spot_text("Geneva", "2022") in res.preamble.text()
    assert not [r for r in _rules(doc) if r.startswith("dates.")]


@pytest.mark.parametrize(("code", "rev_missing"), [("fr", "Hammamet, 2016"), ("ru", "Хаммамет, 2016 г."),
                                                   ("zh", "2016年，Hammamet"), ("ar", "Hammamet، 2016")])
def test_rev_is_the_languages_word(code: str, rev_missing: str) -> None:
    w = wording(code)
    doc, session = _session(code)
    res = _res(doc)
    session.set_text(res.adoption, rev_missing.replace("Хаммамет", "Hammamet"))
    problem = next(p for p in check_document(doc) if p.rule == "dates.rev")
    assert w.rev in problem.message
    fix_all(session, "dates")
    assert res.adoption.text() == w.adoption_text(True, "Hammamet", "2016")


@pytest.mark.parametrize(("code", "reference", "wrong"), [
    ("fr", "comme indiqué au considérant a) et b)", "considérant c)"),
    ("es", "conforme al anterior resuelve 1", "resuelve 3"),
    ("ru", "как указано в учитывая a) и b)", "учитывая c)"),
    ("en", "as in considering a) and b)", "considering c)"),
    ("zh", "见考虑到a)和b)", "考虑到c)"),
    ("ar", "كما في إذ تضع في اعتبارها a)", "إذ تضع في اعتبارها c)"),
])
def test_cross_references_name_the_languages_keywords(code: str, reference: str, wrong: str) -> None:
    w = wording(code)
    doc, session = _session(code)
    res = _res(doc)
    clause = res.sections[1].clauses[0]
    session.set_text(clause.text, f"{reference}{w.clause[0]}")
    assert check_document(doc) == []
    session.set_text(clause.text, f"{wrong}{w.clause[0]}")
    found = [p for p in check_document(doc) if p.rule == "xref.missing"]
    assert len(found) == 1 and found[0].node_uid == clause.uid


def test_a_reference_to_another_resolution_in_french_is_left_alone() -> None:
    doc, session = _session("fr")
    clause = _res(doc).sections[1].clauses[0]
    session.set_text(clause.text, "conformément au décide 5 de la Résolution 22;")
    assert check_document(doc) == []


def test_relettering_rewrites_french_references() -> None:
    doc, session = _session("fr")
    res = _res(doc)
    session.set_text(res.sections[0].clauses[1].label, "c)")
    session.set_text(res.sections[1].clauses[0].text, "que le considérant c) s'applique;")
    fix_all(session, "lettering")
    assert res.sections[0].clauses[1].label.text() == "b)"
    assert res.sections[1].clauses[0].text.text() == "que le considérant b) s'applique;"


@pytest.mark.parametrize("code", ["ru", "en", "fr"])
def test_cyrillic_lookalike_letters_in_a_label_are_an_error_with_a_fix(code: str) -> None:
    doc, session = _session(code)
    res = _res(doc)
    clause = res.sections[0].clauses[0]
    session.set_text(clause.label, "\u0430)")  # CYRILLIC SMALL LETTER A
    found = check_document(doc)
    assert [p.rule for p in found] == ["lettering.lookalike"]  # one problem, not a broken list as well
    assert "Cyrillic" in found[0].message and found[0].fix == "change to a)"
    fix_all(session, "lettering")
    assert clause.label.text() == "a)" and check_document(doc) == []


def test_a_russian_text_typed_on_a_cyrillic_keyboard() -> None:
    doc, session = _session("ru")
    res = _res(doc)
    res.sections[0].clauses.append(Clause("\u0441)", "что гамма,"))  # с) for c)
    res.sections[0]._adopt()
    session.set_text(res.sections[0].clauses[1].text, "что бета;")
    assert _rules(doc) == ["lettering.lookalike"]
    fix_all(session)
    assert [c.label.text() for c in res.sections[0].clauses] == ["a)", "b)", "c)"]
    assert check_document(doc) == []


def test_changing_the_language_rechecks_everything() -> None:
    from editor.rules.engine import RuleEngine

    doc = language_document("fr")
    session = EditSession(doc, author="T")
    live = RuleEngine(session)
    assert live.problems == []
    session.set_attr(doc, "language", "en")
    assert "keyword.unknown" in [p.rule for p in live.problems]
    assert live.problems == check_document(doc)
    session.undo()
    assert live.problems == []
    live.close()

