"""Fixtures of the export tests; the helpers live in docxread.py."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from docxread import marked_document

from editor.model import Document
from editor.model.session import EditSession


@pytest.fixture
def marked() -> tuple[Document, EditSession]:
    return marked_document()
