"""Words judged with the real dictionaries: misspellings, suggestions, ITU terms, the user's words, every language."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor.model.inline import Span
from editor.spelling.reading import read
from editor.spelling.speller import Speller
from editor.spelling.wordlists import UserDictionary
from tests.spelling.support import require


def flagged(speller: Speller, text: str) -> list[str]:
    return [f.word for f in speller.findings(read([Span(text)]))]


def test_misspelled_words_are_flagged_with_the_right_word_among_the_suggestions(tmp_path: Path) -> None:
    speller = require("en", tmp_path)
    assert flagged(speller, "teh organisatoin shal recieve the report") == ["teh", "organisatoin", "shal", "recieve"]
    for wrong, right in (("teh", "the"), ("organisatoin", "organization"), ("shal", "shall"), ("recieve", "receive")):
        assert right in speller.suggestions(wrong)


def test_english_is_british_with_oxford_ize_spelling(tmp_path: Path) -> None:
    speller = require("en", tmp_path, first=True)
    ok = "organization standardization recognizing harmonization programme centre analyse labour licence Bureaux"
    assert flagged(speller, ok) == []
    assert flagged(speller, "organisation standardisation recognising color center analyze") == [
        "organisation", "standardisation", "recognising", "color", "center", "analyze"]
    assert "standardization" in speller.suggestions("standardisation")


def test_itu_terms_are_never_flagged(tmp_path: Path) -> None:
    speller = require("en", tmp_path)
    text = ("ITU-T, ITU-R and ITU-D, TSB, BDT, BR, TSAG, WTSA, PP, WTDC, RA, WRC, Member States, Sector Members, "
            "Associates, IoT, ICT and ICTs, APT, ASMG, ATU, CEPT, CITEL, RCC, ARB, AFCP, ACP, IAP, EUR; resolves 1bis, "
            "b)ter and c)quater; Res. 7 (Rev. Hammamet, 2016); Dubai, Johannesburg, Florianópolis, Marrakesh, "
            "Malaga-Torremolinos, Antalya, Guadalajara, Busan; the ITU's work; HAMMAMET")
    assert flagged(speller, text) == []


def test_a_word_added_to_the_user_dictionary_is_no_longer_flagged_and_is_kept_in_its_file(tmp_path: Path) -> None:
    speller = require("en", tmp_path)
    assert flagged(speller, "the Kigalo plan") == ["Kigalo"]
    speller.add("Kigalo")
    assert flagged(speller, "the Kigalo plan, KIGALO") == []
    path = tmp_path / "dictionary-en.txt"
    assert path.read_text(encoding="utf-8") == "Kigalo\n"
    assert "Kigalo" in UserDictionary.for_language("en", tmp_path)  # a later session reads it back


def test_adding_appends_and_never_rewrites_the_file(tmp_path: Path) -> None:
    path = tmp_path / "dictionary-en.txt"
    path.write_bytes(b"Kigalo")  # written by hand, no final newline
    user = UserDictionary(path)
    user.add("Abuja")
    assert path.read_bytes() == b"Kigalo\nAbuja\n"


def test_an_unreadable_user_dictionary_is_named_and_kept(tmp_path: Path) -> None:
    path = tmp_path / "dictionary-en.txt"
    path.write_bytes(b"\xff\xfeKigalo\n")
    user = UserDictionary(path)
    assert user.problem is not None and str(path) in user.problem
    user.add("Abuja")
    assert path.read_bytes() == b"\xff\xfeKigalo\nAbuja\n"


def test_a_language_without_a_dictionary_is_named_and_nothing_is_flagged(tmp_path: Path) -> None:
    missing = Speller("xx", settings=tmp_path)
    assert not missing.available
    assert missing.status == "Spelling: no dictionary for 'xx'"
    assert flagged(missing, "teh organisatoin") == []
    assert missing.suggestions("teh") == []
    chinese = Speller("zh", settings=tmp_path)
    assert chinese.status == "Spelling: no dictionary for Chinese"
    assert flagged(chinese, "国际电联 teh 标准化") == []


@pytest.mark.parametrize(("code", "right", "wrong", "meant"), [
    ("fr", "L'Assemblée mondiale de normalisation des télécommunications de l'Union, considérant que l'UIT",
     "la normalisasion des télécomunications", {"normalisasion": "normalisation", "télécomunications": "télécommunications"}),
    ("es", "La Asamblea Mundial de Normalización de las Telecomunicaciones, considerando que los Estados Miembros",
     "la Normalizacion de las Telecomunicasiones", {"Normalizacion": "Normalización", "Telecomunicasiones": "Telecomunicaciones"}),
    ("ru", "Всемирная ассамблея по стандартизации электросвязи, учитывая, что Государства-Члены МСЭ-Т",
     "стандартизацыи электросвзи", {"стандартизацыи": "стандартизации", "электросвзи": "электросвязи"}),
    ("ar", "الجمعية العالمية للاتصالات الدول الأعضاء مكتب", "الاتصالت", {"الاتصالت": "الاتصالات"}),
])
def test_each_language_is_checked_with_its_own_dictionary(tmp_path: Path, code: str, right: str, wrong: str,
                                                          meant: dict[str, str]) -> None:
    speller = require(code, tmp_path)
    assert flagged(speller, right) == []
    assert flagged(speller, wrong) == list(meant)
    for word, correct in meant.items():
        assert correct in speller.suggestions(word)
    assert speller.status == f"Spelling: {speller.language.name}"
