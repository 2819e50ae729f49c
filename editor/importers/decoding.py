"""From the bytes of a text file to text, or one clear reason why not."""

from __future__ import annotations

from pathlib import Path

from editor.importers.messages import ImportMessage
from editor.xmlio.errors import DocumentError
from editor.xmlio.reader import load_bytes

MAX_BYTES = 16 * 1024 * 1024


def read_text(path: Path) -> tuple[str, list[ImportMessage]]:
    """The file's text and, when its encoding had to be guessed, a message saying so."""
    data = load_bytes(path, MAX_BYTES, "a text import reads")
    return decode(data, path)


def decode(data: bytes, path: Path | str) -> tuple[str, list[ImportMessage]]:
    if data[:2] == b"PK":
        raise DocumentError(path, "is a ZIP archive (a Word or OpenDocument file?), not plain text; a Word file is imported under its .docx name (main.py import FILE.docx)", 1)
    if data[:5] == b"%PDF-":
        raise DocumentError(path, "is a PDF file, not plain text; copy its text into a .txt file first", 1)
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        try:
            return data.decode("utf-16"), []
        except UnicodeDecodeError:
            raise DocumentError(path, "announces UTF-16 but is not valid UTF-16 text", 1) from None
    if b"\x00" in data:
        line = data.count(b"\n", 0, data.index(b"\x00")) + 1
        raise DocumentError(path, "is not a text file (it contains binary data)", line)
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError as exc:
        bad_line = data.count(b"\n", 0, exc.start) + 1
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        raise DocumentError(path, "is neither UTF-8 nor Windows-1252 text", bad_line) from None
    return text, [ImportMessage(bad_line, "the file is not UTF-8; it was read as Windows-1252 text")]
