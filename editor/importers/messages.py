"""What the importer tells the drafter: one sentence per line it had to judge."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ImportMessage:
    """Something the importer could not place or had to guess, with its source line."""

    line: int
    message: str

    def render(self, source: str) -> str:
        """The compiler-style form "SRC:LINE: message" the command line prints."""
        return f"{source}:{self.line}: {self.message}"
