"""New proposals from an in-force resolution: MOD, SUP, NOC, ADD."""

from __future__ import annotations

import pytest

from editor.languages import CODES, load
from editor.model import Adoption, Cover, Document, Inline, Proposal, Resolution
from editor.model.session import EditSession
from editor.revisions.newmod import ProposalError, new_contribution, new_proposal
from editor.revisions.review import list_changes
from editor.rules.engine import check_document
from editor.rules.wording import wording
from tests.factories import assert_valid, base_document, base_resolution, language_document, language_resolution, mod_document
from tests.revisions.checks import FIXED, assert_unique_ids, resolution_bytes, saved_and_reopened


def _new(action: str = "MOD", source: Document | None = None) -> Document:
    return new_contribution(source or base_document(), "Geneva", 2022, action, identifier="ARB/36A2/1",  # type: ignore[arg-type]
                            author="ARB", clock=lambda: FIXED)


def _res(doc: Document) -> Resolution:
    res = doc.proposals[0].resolution
    assert res is not None
    return res


def test_mod_records_the_three_date_updates_as_first_marks() -> None:
    doc = _new()
    res = _res(doc)
    assert doc.proposals[0].heading() == "MOD ARB/36A2/1"
    assert res.number_line("original") == "RESOLUTION 7 (Rev. Hammamet, 2016)"
    assert res.number_line("final") == "RESOLUTION 7 (Rev. Geneva, 2022)"
    assert res.history.text("final") == res.history.text("original") + "; Geneva, 2022"
    assert res.preamble.text("original").endswith("(Hammamet, 2016),")
    assert res.preamble.text("final").endswith("(Geneva, 2022),")
    rows = [(c.kind, c.text, c.location.split(", ")[-1], c.author, c.date) for c in list_changes(doc)]
    assert rows == [
        ("del", "Hammamet, 2016", "number line", "ARB", FIXED),
        ("ins", "Geneva, 2022", "number line", "ARB", FIXED),
        ("ins", "; Geneva, 2022", "history line", "ARB", FIXED),
        ("del", "Hammamet, 2016", "preamble", "ARB", FIXED),
        ("ins", "Geneva, 2022", "preamble", "ARB", FIXED),
    ]
    saved_and_reopened(doc)


def test_mod_pins_the_base_text_as_its_original_view() -> None:
    doc = _new()
    assert resolution_bytes(doc, "original") == resolution_bytes(base_document(), "markup")


def test_mod_of_a_marked_file_pins_its_final_text() -> None:
    marked, _ = mod_document()
    doc = _new(source=marked)
    assert resolution_bytes(doc, "original") == resolution_bytes(marked, "final")
    assert len(list_changes(doc)) == 0, "dates already updated: nothing more to record"


def test_first_adoption_gains_rev() -> None:
    res = base_resolution()
    EditSession(Document([Proposal(resolution=res)])).set_text(res.adoption, "Hammamet, 2016")
    proposal = new_proposal(res, "Geneva", "2022", author="ARB", clock=lambda: FIXED)
    assert proposal.resolution is not None
    assert proposal.resolution.adoption.text("final") == "Rev. Geneva, 2022"
    assert proposal.resolution.adoption.text("original") == "Hammamet, 2016"


def test_sup_keeps_only_number_line_and_title() -> None:
    doc = _new("SUP")
    res = _res(doc)
    assert res.number_line() == "RESOLUTION 7 (Rev. Hammamet, 2016)"
    assert res.title.text() == base_resolution().title.text()
    assert not res.sections and not res.history.text() and not res.preamble.text()
    assert not list_changes(doc)
    saved_and_reopened(doc)


def test_noc_keeps_the_text_without_marks() -> None:
    doc = _new("NOC")
    assert not list_changes(doc)
    assert resolution_bytes(doc, "markup") == resolution_bytes(base_document(), "markup")
    saved_and_reopened(doc)


def test_add_gives_a_draft_new_resolution_with_no_marks() -> None:
    doc = _new("ADD")
    res = _res(doc)
    assert res.draft and res.number_line() == "DRAFT NEW RESOLUTION [ARB-1]"
    assert res.preamble.text() == "The World Telecommunication Standardization Assembly (Geneva, 2022),"
    assert not list_changes(doc)
    assert not EditSession(doc, tracking=None).tracking
    saved_and_reopened(doc)


def test_new_proposal_joins_an_open_contribution_with_unique_ids() -> None:
    doc, session = mod_document()
    proposal = new_proposal(base_resolution(), "Geneva", 2022, identifier="ARB/36A2/2", author="ARB", clock=lambda: FIXED)
    session.insert_node(doc, "proposals", 1, proposal)
    assert_unique_ids(doc)
    assert len(list_changes(doc)) == 8 + 5, "the open document's 8 changes and the new proposal's 5 date updates"
    saved_and_reopened(doc)


@pytest.mark.parametrize(("place", "year"), [("", 2022), ("Geneva", "22"), ("Geneva", "twenty")])
def test_bad_conference_is_a_sentence(place: str, year: object) -> None:
    with pytest.raises(ProposalError, match="conference"):
        new_contribution(base_document(), place, year)  # type: ignore[arg-type]


def test_file_with_several_resolutions_is_refused() -> None:
    two = Document([Proposal("MOD", "A/1/1", base_resolution()), Proposal("MOD", "A/1/2", base_resolution())])
    with pytest.raises(ProposalError, match="holds 2 resolutions"):
        new_contribution(two, "Geneva", 2022)


def test_the_cover_names_the_conference_in_the_language_of_the_resolution() -> None:
    base = Document([Proposal(resolution=base_resolution())], language="fr")
    cover = new_contribution(base, "Genève", "2024", identifier="F/40A1/1").cover
    assert cover is not None and cover.conference == "Assemblée mondiale de normalisation des télécommunications"


def test_the_cover_takes_the_document_from_the_identifier_and_the_conference_from_the_open_contribution() -> None:
    base = Document([Proposal(resolution=base_resolution())])
    first = new_contribution(base, "Geneva", "2022", identifier="ARB/36A2/1")
    assert first.cover is not None
    assert (first.cover.conference, first.cover.place_dates) == ("World Telecommunication Standardization Assembly", "Geneva, 2022")
    assert (first.cover.document, first.cover.addendum, first.cover.source, first.cover.title) == ("36", "2", "", "")
    previous = Cover(conference="World Telecommunication Standardization Assembly", acronym="WTSA-20", place_dates="Geneva, 1-9 March 2022",
                     meeting="PLENARY MEETING", languages="English", source="Arab States Administrations", document="36", addendum="2",
                     title="Proposed modification of Resolution 7")
    second = new_contribution(base, "Geneva", "2022", identifier="ARB/36A3/1", previous=previous)
    assert second.cover is not None
    assert (second.cover.acronym, second.cover.place_dates, second.cover.meeting, second.cover.source) == (
        "WTSA-20", "Geneva, 1-9 March 2022", "PLENARY MEETING", "Arab States Administrations")
    assert (second.cover.document, second.cover.addendum, second.cover.title) == ("36", "3", "")  # the title is the drafter's
    no_addendum = new_contribution(base, "Geneva", "2022", identifier="USA/12/3")
    assert no_addendum.cover is not None and (no_addendum.cover.document, no_addendum.cover.addendum) == ("12", "")


def _errors(doc: Document) -> list[str]:
    return [f"{p.rule}: {p.message}" for p in check_document(doc) if p.severity == "error"]


@pytest.mark.parametrize("code", CODES)
def test_a_draft_new_resolution_takes_its_enacting_formula_and_keywords_from_the_language_data(code: str) -> None:
    language = load(code)
    doc = new_contribution(language_document(code), "Genève", 2024, "ADD", identifier="FRA/40A1/1")
    res = _res(doc)
    assert res.preamble.text() == language.enacting("WTSA", "Genève", "2024")
    assert [s.keyword.text() for s in res.sections] == [language.first_keyword("considering", "WTSA"),
                                                         language.first_keyword("resolves", "WTSA")]
    assert not _errors(doc), "a new draft validates with no error in its language"
    assert_valid(doc)


def test_a_french_and_an_arabic_draft_read_as_their_language_writes_them() -> None:
    french = _res(new_contribution(language_document("fr"), "Genève", 2024, "ADD", identifier="FRA/40A1/1"))
    assert french.preamble.text() == "L'Assemblée mondiale de normalisation des télécommunications (Genève, 2024),"
    assert [s.keyword.text() for s in french.sections] == ["considérant", "décide"]
    arabic = _res(new_contribution(language_document("ar"), "جنيف", 2024, "ADD", identifier="ARB/36A2/1"))
    assert arabic.preamble.text() == "إن الجمعية العالمية لتقييس الاتصالات (جنيف، 2024)،"  # unverified entry (docs/languages.md)
    assert arabic.sections[0].keyword.text() == "إذ تضع في اعتبارها", "the feminine form, agreeing with the Assembly"


def test_a_draft_for_a_body_the_language_has_no_formula_for_redates_the_in_force_one() -> None:
    res = language_resolution("fr")
    res.body, res.preamble = "RA", Inline.plain("L'Assemblée des radiocommunications (Genève, 2019),")
    assert "RA" not in load("fr").bodies
    draft = _res(new_contribution(Document([Proposal(resolution=res)], language="fr"), "Dubaï", 2027, "ADD",
                                  identifier="FRA/40A1/1"))
    assert draft.preamble.text() == "L'Assemblée des radiocommunications (Dubaï, 2027),"


@pytest.mark.parametrize("code", CODES)
def test_a_mod_updates_the_dates_in_the_language_s_patterns(code: str) -> None:
    doc = new_contribution(language_document(code), "Genève", 2024, "MOD", identifier="FRA/40A1/1", clock=lambda: FIXED)
    res = _res(doc)
    w = wording(code)
    assert w.parse_adoption(res.adoption.text("final")) == Adoption(True, "Genève", "2024")
    assert res.history.text("final").endswith(w.history_separator + w.spot_text("Genève", "2024"))
    assert not _errors(doc), "a new MOD validates with no error in its language"
    assert list_changes(doc), "the date updates are marks"
