"""Which importer reads a file: Word files (.docx, and the .doc a drafter may try) or plain text."""

from __future__ import annotations

from pathlib import Path

from editor.importers.docx import import_docx, is_word_file
from editor.importers.plaintext import ImportResult, import_file

__all__ = ["import_path", "is_word_file"]


def import_path(path: str | Path, language: str | None = None) -> ImportResult:
    """The import of `path` by the importer its name calls for; DocumentError when unreadable."""
    if is_word_file(path):
        return import_docx(path, language)
    return import_file(path, language)
