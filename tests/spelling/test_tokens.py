"""The words of ITU text a dictionary is asked about, and those it never sees."""

from __future__ import annotations

import pytest

from editor.spelling.tokens import lookup_form, words


def texts(text: str, script: str = "latin", breaks: tuple[int, ...] = ()) -> list[str]:
    return [w.text for w in words(text, script, breaks)]  # type: ignore[arg-type]


def test_references_labels_numbers_and_addresses_are_not_words() -> None:
    text = ("see Recommendation ITU-T E.164 and Res. 7 (Rev. Hammamet, 2016), resolves 2 b)bis and 1ter, "
            "IMT-2020, 5G, iii) and XIV, https://www.itu.int/en/ITU-T/Pages/default.aspx, tsbdir@itu.int, itu.int.")
    assert texts(text) == ["see", "Recommendation", "ITU", "and", "Res", "Rev", "Hammamet", "resolves", "bis", "and",
                           "IMT", "and"]


def test_positions_are_those_of_the_text_and_apostrophes_stay_inside_words() -> None:
    text = "l'Union’s Malaga-Torremolinos\u2011ITU"
    found = list(words(text, "latin"))
    assert [(w.start, w.end) for w in found] == [(0, 9), (10, 16), (17, 29), (30, 33)]
    assert [w.text for w in found] == ["l'Union's", "Malaga", "Torremolinos", "ITU"]  # the typographic apostrophe looked up as "'"


def test_words_of_another_script_are_left_to_their_own_dictionary() -> None:
    mixed = "учитывая ITU-T 标准化 الاتصالات"
    assert texts(mixed, "latin") == ["ITU"]
    assert texts(mixed, "cyrillic") == ["учитывая"]
    assert texts(mixed, "arabic") == ["الاتصالات"]
    assert texts(mixed, None) == []  # type: ignore[arg-type]


def test_arabic_marks_and_tatweel_stay_inside_the_word() -> None:
    (word,) = words("الاتصـالاتُ", "arabic")
    assert (word.start, word.end) == (0, 11)
    assert word.text == "الاتصالاتُ"  # the tatweel is not looked up; the harakat are (Hunspell's Arabic ignores them)


@pytest.mark.parametrize(("raw", "form"), [("soft\u00adware", "software"), ("cafe\u0301", "café"), ("Union’s", "Union's")])
def test_lookup_form(raw: str, form: str) -> None:
    assert lookup_form(raw) == form


def test_a_footnote_break_ends_a_word() -> None:
    assert texts("MembersStates", breaks=(7,)) == ["Members", "States"]
    assert texts("Members’", breaks=(7,)) == ["Members"]
