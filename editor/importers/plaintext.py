"""Plain-text import (contract; the implementation follows)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from editor.model.nodes import Document


@dataclass(frozen=True)
class ImportMessage:
    """Something the importer could not place or had to guess, with its source line."""

    line: int
    message: str


@dataclass
class ImportResult:
    document: Document
    messages: list[ImportMessage] = field(default_factory=list)


def import_text(text: str, source: str = "<text>") -> ImportResult:
    raise NotImplementedError("plain-text import is being written")


def import_file(path: str | Path) -> ImportResult:
    return import_text(Path(path).read_text(encoding="utf-8-sig"), str(path))
