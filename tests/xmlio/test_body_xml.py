"""Body sections, headings, notes, tables and figures in the XML: canonical, valid, and bad content refused by name."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor.model.body import Figure, Heading, Table
from editor.model.nodes import Note
from editor.xmlio.errors import DocumentError
from editor.xmlio.fragments import fragment_bytes, read_fragment
from editor.xmlio.reader import read_file
from editor.xmlio.writer import to_bytes
from tests.factories import assert_valid, body_document, marked_body_document


@pytest.mark.parametrize("make", [body_document, marked_body_document], ids=["body", "marked"])
def test_a_body_round_trips_byte_for_byte(make: object) -> None:
    document = make()  # type: ignore[operator]
    back = assert_valid(document)
    res = back.proposals[0].resolution
    assert res is not None and len(res.parts) >= 2
    kinds = {type(p).__name__ for part in res.parts for p in part.paragraphs}
    assert kinds >= {"Clause", "Heading", "Table", "Figure"}
    figure = next(p for part in res.parts for p in part.paragraphs if isinstance(p, Figure))
    assert figure.picture is not None and figure.picture.data.startswith(b"\x89PNG")


def test_every_kind_of_paragraph_is_a_fragment_of_its_own() -> None:
    res = body_document().proposals[0].resolution
    assert res is not None
    paragraphs = [p for part in res.parts for p in part.paragraphs]
    for kind in (Heading, Note, Table, Figure):
        node = next(p for p in paragraphs if isinstance(p, kind))
        back = read_fragment(fragment_bytes(node, "paragraphs"), "paragraphs")
        assert type(back) is kind
        assert fragment_bytes(back, "paragraphs") == fragment_bytes(node, "paragraphs")  # type: ignore[arg-type]
    with pytest.raises(DocumentError, match=r"holds a <section> where a <p> or <h> or <note> or <table> or <figure> belongs"):
        read_fragment(b"<section kind='preambular'><keyword>noting</keyword></section>", "paragraphs")


def _written(tmp_path: Path, old: bytes, new: bytes) -> Path:
    data = to_bytes(body_document())
    assert old in data
    path = tmp_path / "body.xml"
    path.write_bytes(data.replace(old, new, 1))
    return path


def test_a_picture_that_is_not_base64_is_refused_with_its_place(tmp_path: Path) -> None:
    path = _written(tmp_path, b'height="90">iVBOR', b'height="90">!!not-base64!! iVBOR')
    with pytest.raises(DocumentError, match=r"body\.xml:\d+: .*the <picture> of a figure holds text that is not a picture in base64$"):
        read_file(path)


def test_a_heading_of_level_four_is_refused(tmp_path: Path) -> None:
    path = _written(tmp_path, b'<h level="3">', b'<h level="4">')
    with pytest.raises(DocumentError, match=r'body\.xml:\d+: .*<h> has level="4", where one of 1, 2, 3 is expected'):
        read_file(path)


def test_a_table_without_rows_is_refused(tmp_path: Path) -> None:
    data = to_bytes(body_document())
    start, end = data.index(b"<row header"), data.index(b"</table>")
    path = tmp_path / "body.xml"
    path.write_bytes(data[:start] + data[end:])
    with pytest.raises(DocumentError):
        read_file(path)
