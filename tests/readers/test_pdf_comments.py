"""Comments on paper, read back with pdftotext: "[n]" after the commented words, the numbered notes at the end."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from docxread import assert_valid
from readertools import normalise, require

from editor.model.comments import in_text_order
from tests.factories import commented_document

pytestmark = pytest.mark.readers


@pytest.fixture(scope="module")
def texts(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """The markup view's PDF as text, with the comments and without them."""
    from editor.export.pdf import ensure_gui_application, write_pdf

    pdftotext = require("pdftotext")
    ensure_gui_application()
    doc, _ = commented_document()
    assert_valid(doc)
    folder = tmp_path_factory.mktemp("pdfcomments")
    out: dict[str, str] = {}
    for name, comments in (("with", True), ("without", False)):
        path = folder / f"{name}.pdf"
        write_pdf(doc, path, "markup", comments=comments)
        text = subprocess.run([pdftotext, str(path), "-"], capture_output=True, text=True, check=True).stdout
        out[name] = normalise(text)
    return out


def test_each_comment_is_a_numbered_note_at_the_end_with_its_replies(texts: dict[str, str]) -> None:
    doc, _ = commented_document()
    notes = texts["with"].split("Comments")[-1]
    ordered = in_text_order(doc)
    for number, comment in enumerate(ordered, start=1):
        at = notes.index(f"[{number}]")
        assert notes.index(comment.author, at) < notes.index(comment.text[:30], at)
        for reply in comment.replies:
            assert notes.index(f"Reply by {reply.author}", at) < notes.index(reply.text[:30], at)
    resolved = next(n for n, c in enumerate(ordered, start=1) if c.resolved)
    assert "resolved" in notes.split(f"[{resolved}]")[1].split(f"[{resolved + 1}]")[0]


def test_the_number_follows_the_commented_words(texts: dict[str, str]) -> None:
    doc, _ = commented_document()
    body = texts["with"].rsplit("Comments", 1)[0]
    number = next(n for n, c in enumerate(in_text_order(doc), start=1) if c.text.startswith("Which purposes"))
    assert re.search(rf"purposes\s*\[{number}\]", body)


def test_without_comments_the_pdf_has_neither_numbers_nor_notes(texts: dict[str, str]) -> None:
    assert "Which purposes" not in texts["without"] and "[1]" not in texts["without"]
    assert "Reply by" not in texts["without"]


def test_cli_pdf_no_comments(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from editor.cli import main
    from editor.xmlio import save

    pdftotext = require("pdftotext")
    doc, _ = commented_document()
    source, out = tmp_path / "c.xml", tmp_path / "c.pdf"
    save(doc, source)
    assert main(["pdf", str(source), "-o", str(out), "--no-comments"]) == 0
    assert "comments left out" in capsys.readouterr().out
    text = subprocess.run([pdftotext, str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "Which purposes" not in text
