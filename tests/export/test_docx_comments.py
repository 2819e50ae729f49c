"""Comments in the Word file: comments.xml, ranges around the commented text, threads, resolved states."""

from __future__ import annotations

import pytest
from docxread import W, parts
from lxml import etree

from editor.export.docx.comments import W15_NS
from editor.export.docx.writer import to_bytes
from editor.model.comments import in_text_order
from tests.factories import assert_valid, commented_document

W15 = f"{{{W15_NS}}}"
W14_PARA = "{http://schemas.microsoft.com/office/word/2010/wordml}paraId"


def ranged_text(body: etree._Element, cid: str) -> str:
    """The text (deleted text included) between a comment's range start and end, in document order."""
    inside, out = False, []
    for el in body.iter(W + "commentRangeStart", W + "commentRangeEnd", W + "t", W + "delText"):
        if el.tag == W + "commentRangeStart" and el.get(W + "id") == cid:
            inside = True
        elif el.tag == W + "commentRangeEnd" and el.get(W + "id") == cid:
            return "".join(out)
        elif inside and el.tag in (W + "t", W + "delText"):
            out.append(el.text or "")
    raise AssertionError(f"comment {cid} has no complete range")


@pytest.fixture(scope="module")
def exported() -> tuple[list[tuple[str, str, str]], dict[str, etree._Element]]:
    doc, _ = commented_document()
    assert_valid(doc)
    expected = []
    for comment in in_text_order(doc):
        expected.append((comment.author, comment.text, comment.quoted()))
        expected.extend((reply.author, reply.text, comment.quoted()) for reply in comment.replies)
    return expected, parts(to_bytes(doc, "markup"))


def test_each_comment_and_reply_is_a_word_comment_with_author_initials_and_date(exported: tuple[list[tuple[str, str, str]], dict[str, etree._Element]]) -> None:
    expected, xml = exported
    comments = xml["word/comments.xml"].findall(W + "comment")
    got = [(c.get(W + "author"), "".join(t.text or "" for t in c.iter(W + "t"))) for c in comments]
    assert got == [(author, text) for author, text, _ in expected]
    assert {c.get(W + "initials") for c in comments} == {"AS", "CEPT"}
    assert all(c.get(W + "date") == "2022-02-01T10:00:00Z" for c in comments)


def test_each_range_covers_the_commented_text_and_ends_with_its_reference(exported: tuple[list[tuple[str, str, str]], dict[str, etree._Element]]) -> None:
    expected, xml = exported
    body = xml["word/document.xml"].find(W + "body")
    assert body is not None
    for cid, (_, _, quoted) in enumerate(expected):
        text = ranged_text(body, str(cid))
        if quoted == "noting":  # the whole-section comment covers the section's paragraphs
            assert text.startswith("noting") and "standards" in text
        else:
            assert text == quoted
        order = [(etree.QName(el).localname, el.get(W + "id")) for el in body.iter(W + "commentRangeEnd", W + "commentReference")]
        end = order.index(("commentRangeEnd", str(cid)))
        assert ("commentReference", str(cid)) in order[end:]
        reference = body.find(f".//{W}commentReference[@{W}id='{cid}']")
        assert reference is not None and not any(a.tag in (W + "ins", W + "del") for a in reference.iterancestors())


def test_a_reply_is_threaded_under_its_comment_and_the_resolved_one_is_done(exported: tuple[list[tuple[str, str, str]], dict[str, etree._Element]]) -> None:
    expected, xml = exported
    paras = [c.findall(W + "p")[-1].get(W14_PARA) for c in xml["word/comments.xml"].findall(W + "comment")]
    extended = xml["word/commentsExtended.xml"].findall(W15 + "commentEx")
    assert [e.get(W15 + "paraId") for e in extended] == paras
    reply = next(k for k, (author, _, _) in enumerate(expected) if author == "CEPT")
    assert extended[reply].get(W15 + "paraIdParent") == paras[reply - 1]
    done = [expected[k][1] for k, e in enumerate(extended) if e.get(W15 + "done") == "1"]
    assert done == ["Check the order of the noting clauses."]


def test_comments_change_no_revision_and_no_word_of_the_text() -> None:
    doc, _ = commented_document()
    with_comments, without = parts(to_bytes(doc)), parts(to_bytes(doc, comments=False))
    assert "word/comments.xml" not in without

    def words(xml: dict[str, etree._Element]) -> list[tuple[str, str]]:
        body = xml["word/document.xml"]
        return [(etree.QName(el).localname, el.text or "") for el in body.iter(W + "t", W + "delText")]

    assert "".join(t for _, t in words(with_comments)) == "".join(t for _, t in words(without))
    assert revisions(with_comments) == revisions(without)


def revisions(xml: dict[str, etree._Element]) -> list[tuple[str, str, str, str] | None]:
    """The revisions as a reader of Word shows them: kind, author, date and text, in order (None between two).

    A comment's range marks and reference run between two w:ins (or w:del) of
    one author and date do not part them: they are one insertion to the reader.
    """
    out: list[tuple[str, str, str, str] | None] = []
    for p in xml["word/document.xml"].iter(W + "p"):
        out.append(None)
        for el in p:
            if el.tag in (W + "commentRangeStart", W + "commentRangeEnd") or el.find(W + "commentReference") is not None:
                continue
            if el.tag not in (W + "ins", W + "del"):
                out.append(None)
                continue
            text = "".join(t.text or "" for t in el.iter(W + "t", W + "delText"))
            key = (etree.QName(el).localname, el.get(W + "author") or "", el.get(W + "date") or "")
            last = out[-1]
            out[-1:] = [(*key, last[3] + text)] if last is not None and last[:3] == key else [last, (*key, text)]
    return [r for n, r in enumerate(out) if r is not None or (n and out[n - 1] is not None)]


@pytest.mark.parametrize("view", ["markup", "print"])
def test_the_range_marks_stand_between_revisions_as_word_writes_them(view: str) -> None:
    """pandoc loses a comment whose range ends inside a w:ins or w:del: the marks are the paragraph's children."""
    doc, _ = commented_document()
    body = parts(to_bytes(doc, view))["word/document.xml"]  # type: ignore[arg-type]
    marks = list(body.iter(W + "commentRangeStart", W + "commentRangeEnd", W + "commentReference"))
    assert len(marks) == 12  # four comments (a reply among them), each a start, an end and a reference
    assert not [m for m in marks if any(a.tag in (W + "ins", W + "del") for a in m.iterancestors())]
    struck = next(m for m in marks if m.tag == W + "commentRangeStart" and m.get(W + "id") == "0")
    assert ranged_text(body.find(W + "body"), "0") == "Hammamet"  # the struck-out words, still deleted text
    assert struck.getnext().tag == (W + "del" if view == "markup" else W + "r")  # print: the marks are colours, not revisions
    ids = [el.get(W + "id") for el in body.iter(W + "ins", W + "del")]
    assert len(ids) == len(set(ids))  # a revision parted by a comment mark is two elements with ids of their own


@pytest.mark.parametrize("view", ["final", "original", "print"])
def test_every_view_keeps_every_comment_with_a_complete_range(view: str) -> None:
    doc, _ = commented_document()
    xml = parts(to_bytes(doc, view))  # type: ignore[arg-type]
    body = xml["word/document.xml"].find(W + "body")
    assert body is not None
    count = len(xml["word/comments.xml"].findall(W + "comment"))
    assert count == 4
    for cid in range(count):
        ranged_text(body, str(cid))
    if view == "original":
        assert ranged_text(body, "0") == "Hammamet"
