"""Fixtures of the spelling tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor.spelling.speller import Speller
from tests.spelling.support import require


@pytest.fixture
def speller(tmp_path: Path) -> Speller:
    """An English speller over the installed dictionary, its user dictionary in the test's folder."""
    return require("en", tmp_path)
