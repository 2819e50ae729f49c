"""Clause labels as values: parsing, ordering, continuing, and letters told apart from roman numerals."""

from __future__ import annotations

import pytest

from editor.model.labels import Label, continuation, detect_scheme, letter_style, read_labels, schemes_of, sequence


@pytest.mark.parametrize(
    ("text", "scheme", "ordinal", "suffix"),
    [
        ("a)", "letter", 1, 0),
        ("b)bis", "letter", 2, 1),
        ("b)ter", "letter", 2, 2),
        ("z)", "letter", 26, 0),
        ("aa)", "letter", 27, 0),
        ("ab)", "letter", 28, 0),
        ("ba)", "letter", 53, 0),
        ("1", "number", 1, 0),
        ("1ter", "number", 1, 2),
        ("12quater", "number", 12, 3),
        ("3)", "number-paren", 3, 0),
        ("i)", "roman", 1, 0),
        ("iv)", "roman", 4, 0),
        ("ix)", "roman", 9, 0),
        ("xiv)bis", "roman", 14, 1),
        ("–", "dash", 0, 0),
        ("•", "bullet", 0, 0),
    ],
)
def test_parse_reads_position_and_suffix(text: str, scheme: str, ordinal: int, suffix: int) -> None:
    label = Label.parse(text, scheme)  # type: ignore[arg-type]
    assert label is not None
    assert (label.ordinal, label.suffix) == (ordinal, suffix)
    assert label.text == text


@pytest.mark.parametrize(
    ("text", "scheme"),
    [("a", "letter"), ("1", "letter"), ("a)", "number"), ("iiii)", "roman"), ("b)", "roman"), ("•", "dash"), ("0", "number"), ("", "letter"), ("a)bus", "letter")],
)
def test_parse_refuses_what_is_not_written_in_the_scheme(text: str, scheme: str) -> None:
    assert Label.parse(text, scheme) is None  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "expected_next", "expected_insert"),
    [
        ("a)", "b)", "a)bis"),
        ("b)bis", "c)", "b)ter"),
        ("z)", "aa)", "z)bis"),
        ("az)", "ba)", "az)bis"),
        ("1", "2", "1bis"),
        ("9ter", "10", "9quater"),
    ],
)
def test_next_and_inserted_after(text: str, expected_next: str, expected_insert: str) -> None:
    scheme = schemes_of(text)[0]
    label = Label.parse(text, scheme)
    assert label is not None
    assert label.next().text == expected_next
    assert label.inserted_after().text == expected_insert


def test_roman_continues_as_roman() -> None:
    label = Label.parse("iii)", "roman")
    assert label is not None
    assert [label.next().text, label.next().next().text] == ["iv)", "v)"]


def test_z_prefix_style_continues_za_zb() -> None:
    assert letter_style(["y)", "z)", "za)", "zb)"]) == "z-prefix"
    assert letter_style(["y)", "z)", "aa)"]) == "double"
    z = Label.parse("z)", "letter", "z-prefix")
    assert z is not None
    assert [z.next().text, z.next().next().text] == ["za)", "zb)"]
    assert Label.parse("zb)", "letter", "z-prefix") == Label(28, 0, "letter", "z-prefix")


@pytest.mark.parametrize(
    ("previous", "current", "scheme", "follows"),
    [
        ("b)", "c)", "letter", True),
        ("b)", "b)bis", "letter", True),
        ("b)bis", "b)ter", "letter", True),
        ("b)bis", "c)", "letter", True),
        ("b)", "b)ter", "letter", False),
        ("b)", "d)", "letter", False),
        ("c)", "b)", "letter", False),
        ("1", "1bis", "number", True),
        ("1bis", "2", "number", True),
        ("1", "3", "number", False),
        ("iv)", "v)", "roman", True),
        ("h)", "i)", "letter", True),
        ("–", "–", "dash", True),
    ],
)
def test_follows(previous: str, current: str, scheme: str, follows: bool) -> None:
    p, c = Label.parse(previous, scheme), Label.parse(current, scheme)  # type: ignore[arg-type]
    assert p is not None and c is not None
    assert c.follows(p) is follows


def test_ordering_puts_insertions_between() -> None:
    labels = [Label.parse(t, "letter") for t in ("c)", "b)bis", "a)", "b)", "b)ter")]
    assert [lab.text for lab in sorted(labels)] == ["a)", "b)", "b)bis", "b)ter", "c)"]  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("labels", "default", "scheme"),
    [
        (["a)", "b)", "c)"], None, "letter"),
        (["i)", "ii)", "iii)"], None, "roman"),
        (["i)"], None, "roman"),
        (["–", "–"], None, "dash"),
        (["•", "–"], None, "bullet"),
        (["1", "2"], None, "number"),
        (["c)", "d)"], None, "letter"),
        (["i)", "j)"], "letter", "letter"),
        (["", "a)"], None, "letter"),
        ([], None, None),
    ],
)
def test_detect_scheme_by_context(labels: list[str], default: str | None, scheme: str | None) -> None:
    assert detect_scheme(labels, default) == scheme  # type: ignore[arg-type]


def test_letters_and_roman_told_apart_by_their_list() -> None:
    lettered = ["a)", "b)", "c)", "d)", "e)", "f)", "g)", "h)", "i)", "j)"]
    read = read_labels(lettered, detect_scheme(lettered))  # type: ignore[arg-type]
    assert [lab.ordinal for lab in read] == list(range(1, 11))  # type: ignore[union-attr]
    roman = ["i)", "ii)", "iii)", "iv)", "v)", "vi)"]
    read = read_labels(roman, detect_scheme(roman))  # type: ignore[arg-type]
    assert [lab.ordinal for lab in read] == [1, 2, 3, 4, 5, 6]  # type: ignore[union-attr]
    assert read[4].follows(read[3])  # type: ignore[union-attr]  # no false alarm for v) after iv)


def test_sequence() -> None:
    assert [lab.text for lab in sequence("letter", 28)][-3:] == ["z)", "aa)", "ab)"]
    assert [lab.text for lab in sequence("roman", 4)] == ["i)", "ii)", "iii)", "iv)"]
    assert [lab.text for lab in sequence("dash", 2)] == ["–", "–"]


@pytest.mark.parametrize(
    ("labels", "imposed", "expected"),
    [
        (["a)", "b)"], "letter", "c)"),
        (["a)", "b)", "b)bis"], "letter", "c)"),
        ([], "letter", "a)"),
        ([], "number", "1"),
        (["1", "2"], "number", "3"),
        (["i)", "ii)", "iii)"], None, "iv)"),
        (["–", "–"], None, "–"),
        (["y)", "z)", "za)"], "letter", "zb)"),
        ([], None, "–"),
    ],
)
def test_continuation(labels: list[str], imposed: str | None, expected: str) -> None:
    assert continuation(labels, imposed) == expected  # type: ignore[arg-type]
