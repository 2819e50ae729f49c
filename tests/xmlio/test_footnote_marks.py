"""Footnotes carry block revision marks in the file, like clauses."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "export"))

from footnotedocs import tracked_footnotes_document

from editor.xmlio import read_bytes, to_bytes
from tests.factories import FIXED_DATE


def test_footnote_marks_survive_save_and_reopen_byte_for_byte() -> None:
    doc, _ = tracked_footnotes_document()
    data = to_bytes(doc)
    assert f'<footnote key="1" rev="del" rev-id="1" rev-author="ARB" rev-date="{FIXED_DATE}">'.encode() in data
    assert f'<footnote key="3" rev="ins" rev-id="3" rev-author="ARB" rev-date="{FIXED_DATE}">'.encode() in data
    again = read_bytes(data)
    res = again.proposals[0].resolution
    assert res is not None
    assert [(f.key, f.change.kind if f.change else None) for f in res.footnotes] == [("1", "del"), ("2", None), ("3", "ins")]
    assert to_bytes(again) == data

