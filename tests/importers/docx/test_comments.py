"""Word comments come in as the document's comments, anchored to the words they were made on, with their threads."""

from __future__ import annotations

from pathlib import Path

from editor.export.docx.writer import write
from editor.importers.docx import import_docx
from editor.model.comments import in_text_order
from editor.model.nodes import Clause, Section
from tests.factories import commented_document
from tests.wordfiles import W_NS, heading, imported, para, part, run

W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
W15 = "http://schemas.microsoft.com/office/word/2012/wordml"
WHO = 'w:author="B. Colleague" w:initials="BC" w:date="2024-05-06T07:08:09Z"'


def comment(cid: str, text: str, para_id: str, who: str = WHO) -> str:
    return f'<w:comment w:id="{cid}" {who}><w:p w14:paraId="{para_id}"><w:r><w:t>{text}</w:t></w:r></w:p></w:comment>'


def comments_part(*comments: str) -> bytes:
    return f'<w:comments xmlns:w="{W_NS}" xmlns:w14="{W14}">{"".join(comments)}</w:comments>'.encode()


def extended(*entries: tuple[str, str, bool]) -> bytes:
    items = "".join(f'<w15:commentEx w15:paraId="{pid}"{f" w15:paraIdParent={chr(34)}{parent}{chr(34)}" if parent else ""} '
                    f'w15:done="{int(done)}"/>' for pid, parent, done in entries)
    return f'<w15:commentsEx xmlns:w15="{W15}">{items}</w15:commentsEx>'.encode()


def start(cid: str) -> str:
    return f'<w:commentRangeStart w:id="{cid}"/>'


def end(cid: str) -> str:
    return f'<w:commentRangeEnd w:id="{cid}"/><w:r><w:commentReference w:id="{cid}"/></w:r>'


RESOLUTION = heading()


def test_our_export_comes_back_with_its_comments_threads_and_resolved_state(tmp_path: Path) -> None:
    document, _ = commented_document()
    write(document, tmp_path / "c.docx")
    back = import_docx(tmp_path / "c.docx").document

    def shape(doc: object) -> list[tuple[object, ...]]:
        return [(c.author, c.initials, c.date, c.text, type(c.anchor.node).__name__, c.anchor.field, c.anchor.start, c.anchor.end,
                 c.quoted(), c.resolved, c.replies) for c in in_text_order(doc)]  # type: ignore[arg-type]

    assert shape(back) == shape(document)
    assert [c.id for c in in_text_order(back)] == [1, 2, 3]


def test_a_range_inside_a_clause_is_anchored_to_its_words_after_the_label(tmp_path: Path) -> None:
    clause = para("", run("a)\tthat the "), start("0"), run("standards", "i"), run(" are"), end("0"), run(" shared;"))
    result = imported(tmp_path, [*RESOLUTION, clause], comments=comments_part(comment("0", "Which ones?", "00000001")))
    (only,) = result.document.comments  # type: ignore[attr-defined]
    assert isinstance(only.anchor.node, Clause) and only.anchor.field == "text"
    assert only.quoted() == "standards are"
    assert (only.author, only.initials, only.date, only.text) == ("B. Colleague", "BC", "2024-05-06T07:08:09Z", "Which ones?")
    assert not only.replies and not only.resolved


def test_replies_and_resolved_state_come_from_comments_extended(tmp_path: Path) -> None:
    clause = para("", start("0"), start("1"), run("a)\tthat the standards are shared;"), end("0"), end("1"))
    other = 'w:author="Arab States" w:date="2024-05-07T00:00:00Z"'
    result = imported(tmp_path, [*RESOLUTION, clause],
                      comments=comments_part(comment("0", "Check.", "0000000A"), comment("1", "Done.", "0000000B", other)),
                      commentsExtended=extended(("0000000A", "", True), ("0000000B", "0000000A", True)))
    (only,) = result.document.comments  # type: ignore[attr-defined]
    assert only.text == "Check." and only.resolved
    assert [(r.author, r.date, r.text) for r in only.replies] == [("Arab States", "2024-05-07T00:00:00Z", "Done.")]
    assert isinstance(only.anchor.node, Clause) and only.anchor.field is None  # the whole paragraph, label included


def test_without_comments_extended_every_comment_stands_alone(tmp_path: Path) -> None:
    clause = para("", run("a)\tthat "), start("0"), run("all"), end("0"), run(" "), start("1"), run("agree"), end("1"), run(";"))
    result = imported(tmp_path, [*RESOLUTION, clause],
                      comments=comments_part(comment("0", "One.", "1"), comment("1", "Two.", "2")))
    assert [(c.text, c.quoted()) for c in in_text_order(result.document)] == [("One.", "all"), ("Two.", "agree")]  # type: ignore[attr-defined]


def test_a_range_over_several_paragraphs_is_a_comment_on_their_block(tmp_path: Path) -> None:
    paragraphs = [*RESOLUTION[:3], para("Call", start("0"), run("considering")), para("", run("a)\tthat one;")),
                  para("", run("b)\tthat two,"), end("0")), para("Call", run("resolves")), para("", run("1\tto act."))]
    result = imported(tmp_path, paragraphs, comments=comments_part(comment("0", "Reorder.", "1")))
    (only,) = result.document.comments  # type: ignore[attr-defined]
    assert isinstance(only.anchor.node, Section) and only.anchor.field is None
    assert only.anchor.node.keyword.text() == "considering"


def test_the_number_line_and_a_file_without_itu_styles_are_anchored_too(tmp_path: Path) -> None:
    number = para("ResNo", run("RESOLUTION 7 (Rev. "), start("0"), run("Hammamet"), end("0"), run(", 2016)"))
    result = imported(tmp_path, [number, *RESOLUTION[1:]], comments=comments_part(comment("0", "Place?", "1")))
    (only,) = result.document.comments  # type: ignore[attr-defined]
    assert (only.anchor.field, only.quoted()) == ("adoption", "Hammamet")
    plain = [para("", run("RESOLUTION 7 (Rev. Hammamet, 2016)")), para("", run("Collaboration")),
             para("", run("The World Telecommunication Standardization Assembly (Hammamet, 2016),")),
             para("", run("considering")), para("", run("a)\tthat "), start("0"), run("work"), end("0"), run(" goes on;"))]
    result = imported(tmp_path, plain, comments=comments_part(comment("0", "What work?", "1")))
    (only,) = result.document.comments  # type: ignore[attr-defined]
    assert (type(only.anchor.node).__name__, only.anchor.field, only.quoted()) == ("Clause", "text", "work")


def test_a_comment_in_a_footnote_is_listed_not_dropped(tmp_path: Path) -> None:
    history = para("Resref", run("(Hammamet, 2016)"), '<w:r><w:footnoteReference w:id="5"/></w:r>')
    note = part("footnotes", f'<w:footnote w:id="5"><w:p>{start("0")}{run("Previously 12.")}{end("0")}</w:p></w:footnote>')
    result = imported(tmp_path, [RESOLUTION[0], RESOLUTION[1], history, *RESOLUTION[2:]], footnotes=note,
                      comments=comments_part(comment("0", "Which year?", "1")))
    assert not result.document.comments  # type: ignore[attr-defined]
    assert [m.message for m in result.messages if "Which year?" in m.message] == [  # type: ignore[attr-defined]
        "comment by B. Colleague (2024-05-06T07:08:09Z) on 'Previously 12.', in a footnote, is not kept: Which year?"]
