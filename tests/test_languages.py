"""The language data: every table loads, round-trips, says of each entry whether it is verified;
a user's copy overrides entries, and a broken one falls back with one sentence."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from editor import languages
from editor.languages import CODES, Entry, KeywordForm, LanguageDataError, WordList, dumps, load, loads, user_folder

TAG = re.compile(r"^(?:[VSMI](?: [\w.,;§ -]+)?|unverified)$")


@pytest.fixture(autouse=True)
def fresh() -> None:
    languages.clear_cache()


@pytest.mark.parametrize("code", CODES)
def test_every_table_loads_and_round_trips(code: str, tmp_path: Path) -> None:
    language = load(code, tmp_path)
    assert language.code == code and language.problems == ()
    again = loads(dumps(language))
    assert sorted(again.entries(), key=lambda e: e[0]) == sorted(language.entries(), key=lambda e: e[0])
    assert again.keywords == language.keywords and again.fixed == language.fixed and again.bodies == language.bodies


@pytest.mark.parametrize("code", CODES)
def test_every_entry_says_whether_it_is_verified_and_where_from(code: str, tmp_path: Path) -> None:
    entries = list(load(code, tmp_path).entries())
    assert entries
    for key, entry in entries:
        assert isinstance(entry, Entry | WordList | KeywordForm)
        assert isinstance(entry.verified, bool), key
        assert TAG.match(entry.source), f"{code} {key}: source {entry.source!r} is not a tag of languages.md"
        if entry.verified:  # verified only where languages.md saw it in an ITU source
            assert entry.source[:2] in ("V ", "S "), f"{code} {key}"


def test_what_languages_md_marks_unverified_stays_unverified(tmp_path: Path) -> None:
    arabic = load("ar", tmp_path)
    assert not any(k.verified for k in arabic.keywords)  # no Arabic resolution text was available (§7.1)
    assert not arabic.fixed["reasons"].verified and not arabic.labels["letters"].verified  # type: ignore[union-attr]
    french = load("fr", tmp_path)
    assert not french.fixed["reasons"].verified and not french.fixed["draft_new_resolution"].verified
    assert french.fixed["resolution"] == Entry("RÉSOLUTION", True, "S WTSA12-62-F")


def test_keywords_agree_with_the_body_in_french_and_arabic(tmp_path: Path) -> None:
    french = load("fr", tmp_path)
    aware = {b: [k.text for k in french.keyword_forms(b) if k.concept == "aware"] for b in ("WTSA", "COUNCIL")}
    assert aware == {"WTSA": ["consciente du fait"], "COUNCIL": ["conscient du fait"]}
    arabic = load("ar", tmp_path)
    resolves = {b: [k.text for k in arabic.keyword_forms(b) if k.concept == "resolves"] for b in ("WTSA", "PP")}
    assert resolves == {"WTSA": ["تقرر"], "PP": ["يقرر"]}


def test_the_fixed_words_of_each_language(tmp_path: Path) -> None:
    words = {code: load(code, tmp_path).fixed_word("resolution") for code in CODES}
    assert words == {"ar": "القرار", "en": "RESOLUTION", "es": "RESOLUCIÓN", "fr": "RÉSOLUTION", "ru": "РЕЗОЛЮЦИЯ", "zh": "第{number}号决议"}
    assert {code: load(code, tmp_path).suffix.text for code in CODES} == {"ar": "A", "en": "E", "es": "S", "fr": "F", "ru": "R", "zh": "C"}
    assert [e.text for e in load("ar", tmp_path).punctuation["section"]] == ["،"]
    assert [e.text for e in load("zh", tmp_path).punctuation["clause"]] == ["；"]


def test_the_number_line_in_each_language(tmp_path: Path) -> None:
    lines = {code: load(code, tmp_path).number_line("7", "Rev. Geneva, 2022") for code in ("en", "fr", "zh")}
    assert lines == {"en": "RESOLUTION 7 (Rev. Geneva, 2022)", "fr": "RÉSOLUTION 7 (Rev. Geneva, 2022)",
                     "zh": "第7号决议（Rev. Geneva, 2022）"}
    assert load("ar", tmp_path).number_line("[ACP-1]", draft=True) == "مشروع قرار جديد [ACP-1]"


@pytest.mark.parametrize("code", CODES)
def test_reading_gives_back_what_filled_prints(code: str, tmp_path: Path) -> None:
    """The importers read a fixed word with the pattern made from the template the writer fills."""
    language = load(code, tmp_path)
    reference = language.document_reference("36", "2")
    assert language.reading("addendum", number=r"\S+").fullmatch(reference).groupdict() == {"number": "2", "document": "36"}  # type: ignore[union-attr]
    assert language.reading("document").fullmatch(language.document_reference("40")).groupdict() == {"document": "40"}  # type: ignore[union-attr]
    assert language.reading("original").fullmatch(language.filled("original", language="English")).group("language") == "English"  # type: ignore[union-attr]
    assert language.reading("document").fullmatch(f"Document 40-{'X' if language.suffix.text != 'X' else 'Y'}") is None
    # a user's correction of the template corrects the reading too
    folder = tmp_path / "user"
    folder.mkdir()
    (folder / f"{code}.toml").write_text('[fixed]\ndocument = { text = "Doc. {document}/{suffix}", verified = false, source = "I" }\n',
                                          encoding="utf-8")
    corrected = load(code, folder)
    assert corrected.reading("document").fullmatch(corrected.document_reference("40")).group("document") == "40"  # type: ignore[union-attr]
    languages.clear_cache()


def test_a_corrected_keyword_list_replaces_the_built_in_one_and_keeps_the_kind(tmp_path: Path) -> None:
    """The correction docs/languages.md walks through: an Arabic keyword marked verified in the user's copy."""
    (tmp_path / "ar.toml").write_text(
        '[keywords.considering]\nforms = [\n'
        '  { text = "إذ تضع في اعتبارها", gender = "feminine", verified = true, source = "S my reading" },\n'
        '  { text = "إذ يضع في اعتباره", gender = "masculine", verified = false, source = "I" },\n]\n', encoding="utf-8")
    arabic = load("ar", tmp_path)
    assert arabic.problems == ()
    forms = [k for k in arabic.keywords if k.concept == "considering"]
    assert [(k.text, k.verified, k.kind) for k in forms] == [("إذ تضع في اعتبارها", True, "preambular"), ("إذ يضع في اعتباره", False, "preambular")]


def test_a_user_copy_overrides_an_entry(tmp_path: Path) -> None:
    (tmp_path / "fr.toml").write_text('[fixed]\nreasons = { text = "Motif:", verified = true, source = "S my copy" }\n', encoding="utf-8")
    french = load("fr", tmp_path)
    assert french.fixed["reasons"] == Entry("Motif:", True, "S my copy")
    assert french.fixed["resolution"].text == "RÉSOLUTION"  # the rest stays
    assert french.files == (languages.DATA_FOLDER / "fr.toml", tmp_path / "fr.toml") and french.problems == ()


@pytest.mark.parametrize(("content", "named"), [
    ("[fixed\n", "not valid TOML"),
    ('[fixed]\nreasons = { text = "Motif:", verified = "yes" }\n', "fixed.reasons.verified: must be true or false, not a string"),
    ('[keywords.new]\nkind = "operative"\nforms = [{ text = "statue", source = "I" }]\n', "keywords.new.forms[0].verified: is missing"),
    ('[keywords.considering]\nkind = "both"\n', "keywords.considering.kind: must be one of preambular, operative"),
    ('[punctuation]\nclause = ";"\n', "punctuation.clause: must be a list of entries"),
])
def test_a_broken_user_copy_gives_one_sentence_and_falls_back(tmp_path: Path, content: str, named: str) -> None:
    user = tmp_path / "fr.toml"
    user.write_text(content, encoding="utf-8")
    french = load("fr", tmp_path)
    assert len(french.problems) == 1
    assert french.problems[0].startswith(f"{user}:") and named in french.problems[0]
    assert french.problems[0].endswith("the built-in French data is used instead")
    assert french.fixed["reasons"].text == "Motifs:" and french.files == (languages.DATA_FOLDER / "fr.toml",)


def test_a_user_copy_that_is_not_toml_is_named_with_the_parser_s_line_and_column(tmp_path: Path) -> None:
    (tmp_path / "fr.toml").write_text('[fixed]\nreasons = { text = "Motifs :", verified = true\nsource = "S" }\n', encoding="utf-8")
    (problem,) = load("fr", tmp_path).problems
    assert problem == f"{tmp_path / 'fr.toml'}:2:47: not valid TOML: Unclosed inline table; the built-in French data is used instead"
    assert languages.user_problems() == []  # the user folder of the tests holds no file


def test_the_user_folder_is_the_app_data_location_of_linux() -> None:
    assert user_folder({"XDG_DATA_HOME": "/x/share", "HOME": "/h"}) == Path("/x/share/ResolutionEditor/languages")
    assert user_folder({"HOME": "/h"}) == Path("/h/.local/share/ResolutionEditor/languages")


def test_an_unknown_language_is_named() -> None:
    with pytest.raises(LanguageDataError, match="no language 'de'"):
        load("de")


def test_the_english_checks_read_their_keywords_from_the_data(tmp_path: Path) -> None:
    from editor.rules.keywords import KNOWN

    assert set(KNOWN) == {k.text for k in load("en", tmp_path).keywords}


def test_docs_list_every_entry_as_the_data_has_it() -> None:
    from tests.languages_doc import PAGE, page_with_tables

    assert PAGE.read_text(encoding="utf-8") == page_with_tables(), "run python -m tests.languages_doc"
