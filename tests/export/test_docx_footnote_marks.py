"""An inserted or deleted footnote is a tracked reference and tracked footnote text in Word."""

from __future__ import annotations

import pytest
from docxread import NS, W, assert_valid, parts
from footnotedocs import DELETED_NOTE, INSERTED_NOTE, KEPT_NOTE, tracked_footnotes_document
from lxml import etree

from editor.export.docx.writer import to_bytes
from editor.xmlio import read_bytes
from editor.xmlio import to_bytes as xml_bytes


def _exported(view: str) -> dict[str, etree._Element]:
    doc, _ = tracked_footnotes_document()
    assert_valid(doc)
    reopened = read_bytes(xml_bytes(doc))  # the marks as saved, not only as held in memory
    return parts(to_bytes(reopened, view))  # type: ignore[arg-type]


def _notes(p: dict[str, etree._Element]) -> dict[str, etree._Element]:
    """Footnote text (deleted text included) -> its w:footnote."""
    out = {}
    for note in p["word/footnotes.xml"].findall("w:footnote", NS):
        if note.get(W + "type") is None:
            text = "".join(t.text or "" for t in note.iter(W + "t", W + "delText"))
            out[text] = note
    return out


def _revision_around(el: etree._Element) -> str | None:
    """The kind of the nearest w:ins / w:del around `el` inside its paragraph, if any."""
    for a in el.iterancestors():
        if a.tag in (W + "ins", W + "del"):
            return a.tag[len(W):]
        if a.tag == W + "p":
            return None
    return None


@pytest.fixture(scope="module")
def markup() -> dict[str, etree._Element]:
    return _exported("markup")


@pytest.mark.parametrize(("note", "kind"), [(INSERTED_NOTE, "ins"), (DELETED_NOTE, "del"), (KEPT_NOTE, None)])
def test_reference_run_is_under_the_footnotes_revision(markup: dict[str, etree._Element], note: str, kind: str | None) -> None:
    number = _notes(markup)[note].get(W + "id")
    (ref,) = [r for r in markup["word/document.xml"].iter(W + "footnoteReference") if r.get(W + "id") == number]
    assert _revision_around(ref) == kind


@pytest.mark.parametrize(("note", "kind"), [(INSERTED_NOTE, "ins"), (DELETED_NOTE, "del"), (KEPT_NOTE, None)])
def test_footnote_text_is_under_the_footnotes_revision(markup: dict[str, etree._Element], note: str, kind: str | None) -> None:
    footnote = _notes(markup)[note]
    texts = list(footnote.iter(W + "t", W + "delText"))
    assert texts
    assert {_revision_around(t) for t in texts} == {kind}
    assert all((t.tag == W + "delText") == (kind == "del") for t in texts), "deleted text is w:delText, other text w:t"
    rpr_marks = footnote.findall("w:p/w:pPr/w:rPr/*", NS)
    assert [m.tag[len(W):] for m in rpr_marks if m.tag in (W + "ins", W + "del")] == ([kind] if kind else []), \
        "the footnote's paragraph mark is tracked too"


@pytest.mark.parametrize(("view", "shown"), [("final", [KEPT_NOTE, INSERTED_NOTE]), ("original", [DELETED_NOTE, KEPT_NOTE])])
def test_clean_views_hold_only_their_footnotes(view: str, shown: list[str]) -> None:
    exported = _exported(view)
    notes = _notes(exported)
    assert sorted(notes) == sorted(shown)
    refs = [r.get(W + "id") for r in exported["word/document.xml"].iter(W + "footnoteReference")]
    assert sorted(refs) == sorted(n.get(W + "id") for n in notes.values())
    assert not [el for part in exported.values() for el in part.iter(W + "ins", W + "del")]
