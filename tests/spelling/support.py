"""Helpers of the spelling tests: the installed dictionaries (skip a language without one, or fail under
REQUIRE_READERS=1), and the section the tests edit.

CI installs every dictionary the README lists (.ci/run sets
REQUIRE_READERS=1), so a missing one there is a failure, not a skip.
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

import pytest

from editor.model.nodes import Document, Section
from editor.spelling.dictionary import Dictionary, Missing, open_dictionary
from editor.spelling.languages import language
from editor.spelling.speller import Speller
from editor.spelling.wordlists import UserDictionary


@cache
def _dictionary(code: str) -> Dictionary | Missing:
    return open_dictionary(language(code))


def _missing(message: str) -> None:
    if os.environ.get("REQUIRE_READERS") == "1":
        pytest.fail(message + " (REQUIRE_READERS=1)", pytrace=False)
    pytest.skip(message)


def require(code: str, folder: Path, *, first: bool = False) -> Speller:
    """A speller of `code` over its installed dictionary, its user dictionary in `folder`.

    With `first`, the language's preferred dictionary must be the one in
    use (for English, aspell's en_GB-ize, the Oxford spelling).
    """
    found = _dictionary(code)
    if isinstance(found, Missing):
        _missing(found.details)
    assert isinstance(found, Dictionary)
    preferred = language(code).dictionaries[0]
    if first and not found.name.startswith(preferred.describe()):
        _missing(f"{preferred.describe()} is not installed (Debian package {preferred.package}); in use: {found.name}")
    return Speller(code, dictionary=found, user=UserDictionary.for_language(code, folder))


def noting(doc: Document) -> Section:
    """The noting section of the factories' resolution."""
    res = doc.proposals[0].resolution
    assert res is not None
    return res.sections[1]
