"""Any file's bytes either import or give one DocumentError with a line - never a traceback.

tests/importers/test_never_fails.py shows that any text imports; before a
file is text it is bytes: binary data, other encodings, BOMs, a Word or PDF
file renamed .txt.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from editor.importers.plaintext import import_file
from editor.xmlio import DocumentError, read_bytes, to_bytes
from editor.xmlio.schema import validate_tree
from editor.xmlio.writer import to_tree
from tests.importers.test_never_fails import TEXTS


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
