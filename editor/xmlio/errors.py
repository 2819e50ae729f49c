"""The one error a user sees when a file cannot be read: file, place, reason."""

from __future__ import annotations

from pathlib import Path


class DocumentError(Exception):
    """A file could not be read or written; the message is a sentence for the user."""

    def __init__(self, path: str | Path | None, message: str, line: int | None = None, column: int | None = None) -> None:
        self.path = str(path) if path is not None else "<input>"
        self.message = message
        self.line = line
        self.column = column
        super().__init__(str(self))

    def where(self) -> str:
        """"FILE", "FILE:LINE" or "FILE:LINE:COLUMN"."""
        parts = [self.path]
        if self.line is not None:
            parts.append(str(self.line))
            if self.column is not None:
                parts.append(str(self.column))
        return ":".join(parts)

    def __str__(self) -> str:
        return f"{self.where()}: {self.message}"
