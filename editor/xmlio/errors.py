"""The one error a user sees when a file cannot be read: file, place, reason.

File names and messages are printed on terminals and shown in dialogs, and
both can hold anything a file name or a file can: a newline, an escape
sequence that reprograms the terminal, a right-to-left override that makes
"gpj.exe" read as "exe.jpg", bytes that are not UTF-8.  `printable` turns
every such character into a visible escape, so a message is always one
honest line.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

# Characters that reorder or hide text when displayed: the bidirectional controls.
_BIDI = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def _escape(char: str) -> str:
    code = ord(char)
    if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8, kept by Python's surrogateescape
        return f"\\x{code - 0xDC00:02x}"
    if code < 0x100:
        return {"\n": "\\n", "\r": "\\r", "\t": "\\t"}.get(char, f"\\x{code:02x}")
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


def _unsafe(char: str) -> bool:
    return char in _BIDI or unicodedata.category(char) in ("Cc", "Cs", "Zl", "Zp")


def printable(text: str, *, keep: str = "") -> str:
    """`text` with control, bidirectional-override, separator and undecodable characters shown as escapes.

    `keep` names characters left as they are (a report keeps its newlines).
    """
    if text.isprintable() and not any(c in _BIDI for c in text):
        return text
    return "".join(_escape(c) if _unsafe(c) and c not in keep else c for c in text)


class DocumentError(Exception):
    """A file could not be read or written; the message is a sentence for the user."""

    def __init__(self, path: str | Path | None, message: str, line: int | None = None, column: int | None = None) -> None:
        self.path = str(path) if path is not None else "<input>"
        self.message = printable(message)
        self.line = line if line is None or line > 0 else None
        self.column = column if self.line is not None and column is not None and column > 0 else None
        super().__init__(str(self))

    def where(self) -> str:
        """"FILE", "FILE:LINE" or "FILE:LINE:COLUMN", the file name printable."""
        parts = [printable(self.path)]
        if self.line is not None:
            parts.append(str(self.line))
            if self.column is not None:
                parts.append(str(self.column))
        return ":".join(parts)

    def __str__(self) -> str:
        return f"{self.where()}: {self.message}"
