"""Any text, and any file's bytes, either import or give one DocumentError with a line - never a traceback.

tests/importers/test_never_fails.py feeds short printable lines mixed with
ITU-shaped ones; this adds what a copy out of Word or a PDF can also hold:
control characters, the Unicode line and paragraph separators, form feeds,
lone carriage returns, very long lines - and the bytes of a file before they
are text (binary data, other encodings, BOMs).
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from editor.importers.plaintext import import_file
from editor.xmlio import DocumentError, read_bytes, to_bytes
from editor.xmlio.schema import validate_tree
from editor.xmlio.writer import to_tree
from tests.importers.support import imported
from tests.importers.test_never_fails import LINES

ODD = st.sampled_from(["\r", "\r\n", "\x0b", "\x0c", "\x85", "\u2028", "\u2029", "\t", "\u00a0", "\ufeff", "\u200b",
                       "\x00", "\x1b", "\u202e", "\ufffd", "–", "•", "\U0001f600"])
PIECES = st.one_of(LINES, ODD, st.text(max_size=200))
TEXTS = st.lists(PIECES, max_size=30).map("".join)


@settings(max_examples=150, deadline=None)
@given(TEXTS)
def test_any_text_imports_to_a_valid_document(text: str) -> None:
    result = imported(text)  # validates and round-trips
    assert all(m.line >= 1 for m in result.messages)


@settings(max_examples=150, deadline=None)
@given(st.one_of(st.binary(max_size=300), TEXTS.map(lambda t: t.encode("utf-8", "surrogatepass")),
                 st.tuples(st.sampled_from([b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"PK", b"%PDF-"]), st.binary(max_size=100))
                 .map(b"".join)))
def test_any_file_imports_or_is_refused_with_a_line(tmp_path_factory, data: bytes) -> None:  # type: ignore[no-untyped-def]
    path: Path = tmp_path_factory.mktemp("import") / "pasted.txt"
    path.write_bytes(data)
    try:
        result = import_file(path)
    except DocumentError as exc:
        assert exc.line is not None and exc.line >= 1 and exc.path == str(path)
    else:
        assert all(m.line >= 1 for m in result.messages)
        validate_tree(to_tree(result.document), str(path))
        assert to_bytes(read_bytes(to_bytes(result.document))) == to_bytes(result.document)
