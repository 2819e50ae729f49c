"""The document's language: xml:lang on the root, read back, refused when not one of ITU's six."""

from __future__ import annotations

import pytest

from editor.languages import CODES
from editor.xmlio import DocumentError, read_bytes, to_bytes
from tests.factories import base_document, mod_document


@pytest.mark.parametrize("code", CODES)
@pytest.mark.parametrize("make", [base_document, lambda: mod_document()[0]], ids=["resolution", "contribution"])
def test_the_language_round_trips_on_both_roots(make, code: str) -> None:  # type: ignore[no-untyped-def]
    doc = make()
    doc.language = code
    data = to_bytes(doc)
    assert f'xml:lang="{code}"'.encode() in data.splitlines()[1]
    again = read_bytes(data)
    assert again.language == code
    assert to_bytes(again) == data


def test_a_file_without_a_language_is_english() -> None:
    data = to_bytes(base_document()).replace(b' xml:lang="en"', b"")
    assert b"xml:lang" not in data
    assert read_bytes(data).language == "en"


def test_a_language_outside_the_six_is_refused() -> None:
    data = to_bytes(base_document()).replace(b'xml:lang="en"', b'xml:lang="de"')
    with pytest.raises(DocumentError):
        read_bytes(data)
