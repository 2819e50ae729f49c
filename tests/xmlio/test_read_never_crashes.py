"""Whatever bytes are opened, the reader gives a document or one DocumentError with a line - never a traceback.

Random bytes rarely get past the XML parser, so most examples start from a
valid document and damage it the way files get damaged: cut short, a byte
changed, a stretch cut out or pasted in, a tag renamed.  The test files of
tests/xmlio/test_hostile_input.py name each known attack; this one looks for
the inputs nobody thought of.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from editor.xmlio import DocumentError, to_bytes
from editor.xmlio.reader import read_bytes
from tests.factories import base_document, mod_document

SOUND = [to_bytes(base_document()), to_bytes(mod_document()[0])]
SNIPPETS = [b"<", b">", b"</", b"&", b"&amp;", b"]]>", b"<!--", b"-->", b"<?xml", b"\x00", b"\xff\xfe", b"\xc3",
            b"<clause>", b"</clause>", b'rev="ins"', b'rev="del"', b'key=""', b"<!DOCTYPE x>", b"<![CDATA[", b"\r\n", b"\xe2\x80\x93"]


@st.composite
def damaged(draw: st.DrawFn) -> bytes:
    """A valid document with one to three kinds of damage."""
    data = bytearray(draw(st.sampled_from(SOUND)))
    for _ in range(draw(st.integers(1, 3))):
        at = draw(st.integers(0, len(data)))
        kind = draw(st.sampled_from(["cut", "flip", "drop", "insert", "swap-tag"]))
        if kind == "cut":
            del data[at:]
        elif kind == "flip" and at < len(data):
            data[at] = draw(st.integers(0, 255))
        elif kind == "drop":
            del data[at:at + draw(st.integers(1, 200))]
        elif kind == "insert":
            data[at:at] = draw(st.one_of(st.sampled_from(SNIPPETS), st.binary(max_size=20)))
        elif kind == "swap-tag":
            data = bytearray(bytes(data).replace(draw(st.sampled_from([b"clause", b"text", b"label", b"section", b"ins", b"del"])),
                                                 draw(st.sampled_from([b"clauses", b"p", b"b", b"note", b"x"])), draw(st.integers(1, 3))))
    return bytes(data)


def _read_or_refuse(data: bytes) -> None:
    try:
        document = read_bytes(data, "draft.xml")
    except DocumentError as exc:
        assert exc.line is not None and exc.line >= 1, str(exc)
        assert exc.path == "draft.xml"
    else:
        assert to_bytes(read_bytes(to_bytes(document))) == to_bytes(document)  # what is read, saves and reads again


@settings(max_examples=300, deadline=None)
@given(damaged())
def test_damaged_documents_read_or_refuse_with_a_line(data: bytes) -> None:
    _read_or_refuse(data)


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.binary(max_size=400), st.text(max_size=200).map(str.encode)))
def test_any_bytes_read_or_refuse_with_a_line(data: bytes) -> None:
    _read_or_refuse(data)


def test_parser_messages_are_one_line() -> None:
    """lxml's message for a bad character ends with a newline; the drafter gets one line."""
    with pytest.raises(DocumentError) as caught:
        read_bytes(b'<\x00xml version="1.0"?>\n<resolution/>', "draft.xml")
    assert "\n" not in caught.value.message
