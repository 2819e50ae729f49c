"""What a single line is taken for: parameter tables over the shapes in the conventions document."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor.importers.cleaning import clean_text, is_noise
from editor.importers.decoding import decode
from editor.importers.markers import families, find_label
from editor.importers.recognise import enacting_formula, keyword_kind, number_line, proposal_line, proposal_row
from editor.importers.vocabulary import vocabulary
from editor.xmlio.errors import DocumentError


@pytest.mark.parametrize(("line", "action", "identifier", "rest"), [
    ("MOD\tARB/36A2/1", "MOD", "ARB/36A2/1", ""),
    ("ADDAFCP/42A1/1", "ADD", "AFCP/42A1/1", ""),
    ("SEN/56/1  ADD  DRAFT RESOLUTION [SEN-1]", "ADD", "SEN/56/1", "DRAFT RESOLUTION [SEN-1]"),
    ("MOD EUR/XX/1 RESOLUTION 28 (REV.WRC-15)", "MOD", "EUR/XX/1", "RESOLUTION 28 (REV.WRC-15)"),
    ("NOC", "NOC", "", ""),
    ("USA/16/47", None, "USA/16/47", ""),
    ("NOC RESOLUTION 1 (REV.WRC-97) Notification of frequency assignments", "NOC", "",
     "RESOLUTION 1 (REV.WRC-97) Notification of frequency assignments"),
    ("MOD ARTICLE 1", "MOD", "", "ARTICLE 1"),
])
def test_proposal_lines(line: str, action: str | None, identifier: str, rest: str) -> None:
    found = proposal_line(line)
    assert found is not None
    assert (found.action, found.identifier, found.rest) == (action, identifier, rest)


def test_variant_symbols_are_read_and_said() -> None:
    found = proposal_line("(MOD)\tARB/36A2/4")
    assert found is not None and found.action == "MOD" and "(MOD)" in found.note
    assert proposal_line("MODERN TIMES") is None


@pytest.mark.parametrize(("line", "number", "adoption", "draft"), [
    ("RESOLUTION\u00a07 (Rev.\u00a0Hammamet, 2016Geneva, 2022)", "7", "Rev.\u00a0Hammamet, 2016Geneva, 2022", False),
    ("DRAFT NEW RESOLUTION [AFCP-1]", "[AFCP-1]", "", True),
    ("Resolution 43 (Rev. Dubai, 2012)", "43", "Rev. Dubai, 2012", False),
])
def test_number_lines(line: str, number: str, adoption: str, draft: bool) -> None:
    found = number_line(line)
    assert found is not None and (found.number, found.adoption, found.draft) == (number, adoption, draft)


@pytest.mark.parametrize(("line", "code", "number", "adoption", "word"), [
    ("RESOLUTION ITU-R 52", "en", "ITU-R 52", "", "RESOLUTION"),
    ("ITU-R RESOLUTION 52", "en", "ITU-R 52", "", "RESOLUTION"),  # the Sector's name before the heading word
    ("RESOLUTION 804 (REV.WRC-12)", "en", "804", "REV.WRC-12", "RESOLUTION"),
    ("RÉSOLUTION 62 (Rév. Dubaï, 2012)", "fr", "62", "Rév. Dubaï, 2012", "RÉSOLUTION"),
    ("RESOLUCIN UIT-R 12-1", "es", "UIT-R 12-1", "", "RESOLUCIN"),
    ("Decision 482 (Modified 2004)", "en", "482", "Modified 2004", "Decision"),
    ("DRAFT RESOLUTION [SEN-1]", "en", "[SEN-1]", "", "DRAFT RESOLUTION"),
])
def test_number_lines_in_their_variants(line: str, code: str, number: str, adoption: str, word: str) -> None:
    found = number_line(line, vocabulary(code))
    assert found is not None and (found.number, found.adoption, found.word) == (number, adoption, word)


def test_a_chinese_number_line_is_built_around_its_number() -> None:
    found = number_line("第71号决议（2014年，釜山，修订版）", vocabulary("zh"))
    assert found is not None and (found.number, found.adoption) == ("71", "2014年，釜山，修订版")


def test_a_page_number_and_remarks_around_a_number_line_are_given_apart() -> None:
    glued = number_line("1RESOLUCIN UIT-R 12-1", vocabulary("es"))
    assert glued is not None and glued.page == "1"
    remarks = number_line("RESOLUTION 1291 (MOD)(adopted by correspondence)")
    assert remarks is not None and (remarks.adoption, remarks.remarks) == ("MOD", "(adopted by correspondence)")


@pytest.mark.parametrize(("line", "code", "expected"), [
    ("The Council,", "en", True),
    ("The ITU-Radiocommunication Assembly,", "en", True),
    ("La Asamblea de Radiocomunicaciones de la UIT,", "es", True),
    ("The World Telecommunication Standardization Assembly (WTSA), which meets every four years,", "en", False),
    ("The International Telecommunication Union (ITU) is the United Nations agency,", "en", False),
])
def test_an_enacting_formula_names_a_body_and_dates_its_parentheses(line: str, code: str, expected: bool) -> None:
    assert enacting_formula(line, vocabulary(code)) is expected


def test_a_table_row_holding_an_action() -> None:
    row = proposal_row("4 1 NOC X [X] [2]")
    assert row is not None and row[0].action == "NOC" and row[1:] == ("4 1", "X [X] [2]")
    assert proposal_row("NOC") is None and proposal_row("ADD = addition of a new provision") is None


@pytest.mark.parametrize(("line", "code", "kind"), [
    ("teniendo en cuenta", "es", "preambular"),
    ("considrant", "fr", "preambular"),  # its accented letter dropped by the copy
    ("décide", "fr", "operative"),
    ("учитывая", "ru", "preambular"),
])
def test_keywords_of_other_languages(line: str, code: str, kind: str) -> None:
    assert keyword_kind(line, vocabulary(code)) == (kind, True)


def test_a_keyword_shape_with_a_comma_inside_is_no_keyword() -> None:
    assert keyword_kind("telecommunications, information and communication technologies") is None


def test_a_clause_citing_a_resolution_is_not_a_number_line() -> None:
    assert number_line("Resolution 72 (Rev. Busan, 2014) of the Plenipotentiary Conference, on the strategic plan,") is None


@pytest.mark.parametrize(("line", "label", "strong"), [
    ("a)\tthe purposes", "a)", True),
    ("b)bis\tthe need", "b)bis", True),
    ("1bis\tto invite", "1bis", True),
    ("10\tto invite", "10", True),
    ("•\tfor work", "•", True),
    ("– for work", "–", False),
    ("17 and its counterparts", "17", False),
    ("iii)", "iii)", True),
])
def test_labels_are_kept_exactly_as_typed(line: str, label: str, strong: bool) -> None:
    found = find_label(line)
    assert found is not None and (found.label, found.strong) == (label, strong)


@pytest.mark.parametrize("line", ["2016Geneva, 2022", "that the work", "ITU-T", "Resolution 7"])
def test_running_text_has_no_label(line: str) -> None:
    assert find_label(line) is None


def test_label_families() -> None:
    assert families("i)") == {"letter", "roman"}
    assert families("ii)") == {"roman"}
    assert families("b)bis") == {"letter"}
    assert families("1bis.2") == {"number"}
    assert families("–") != families("•")


@pytest.mark.parametrize(("line", "kind"), [
    ("considering", "preambular"),
    ("considering further", "preambular"),
    ("bearing in mind", "preambular"),
    ("further resolves", "operative"),
    ("instructs the Director of the Telecommunication Standardization Bureau", "operative"),
    ("invites Member States and Sector Members", "operative"),
    ("that the collaboration", None),
    ("to the harmonization of telecommunication facilities", None),
    ("considering;", None),
    ("instructs the Director of the Telecommunication Standardization Bureau, in collaboration with the Director of BDT,", "operative"),
    ("Considering", "preambular"),  # a slip the checks show: kept as typed
    ("noting:", "preambular"),
    ("Commends the work", None),
    ("commends the work:", None),
])
def test_keyword_lines(line: str, kind: str | None) -> None:
    found = keyword_kind(line)
    assert (found[0] if found else None) == kind


@pytest.mark.parametrize(("line", "noise"), [
    ("- 2 -", True),
    ("Page 4 of 9", True),
    ("WTSA16/42(Add.1)-E", True),
    ("- 2 - WTSA16/42(Add.1)-E", True),
    ("18\tWTSA-16 – Resolution 1", True),
    ("3/30", True),
    ("3", False),  # maybe a clause number on its own line: the assembler decides
    ("a)\tthe purposes", False),
    ("ITU-D/RPM-ASP17/21-E", True),
    ("PP-06/DT/001-E", True),
    ("WTSA16/" + "X" * 50_000 + "/42-E", False),  # a paragraph, not a running header (and refused at once)
])
def test_page_numbers_and_running_headers(line: str, noise: bool) -> None:
    assert is_noise(line) is noise


def test_word_residue_is_removed() -> None:
    assert clean_text("[bookmark: _Toc89767770][bookmark: _Toc475345220]Collaboration\u200b ") == "Collaboration"


def test_text_encodings() -> None:
    assert decode("Florianópolis".encode("utf-16"), "f.txt") == ("Florianópolis", [])
    text, messages = decode("considering\nFlorianópolis".encode("cp1252"), "f.txt")
    assert text == "considering\nFlorianópolis" and messages[0].line == 2


@pytest.mark.parametrize(("data", "words"), [
    (b"PK\x03\x04rest", "ZIP archive"),
    (b"%PDF-1.7\n", "PDF file"),
    (b"text\n\x00\x01binary", "binary data"),
])
def test_files_that_are_not_text_are_refused_with_one_sentence(data: bytes, words: str) -> None:
    with pytest.raises(DocumentError) as info:
        decode(data, Path("in.txt"))
    assert words in str(info.value) and str(info.value).startswith("in.txt:")
