"""The shipped example (examples/ARB-36A2-1.xml) exports in every view and reads back in pandoc and LibreOffice."""

from __future__ import annotations

import re
import subprocess
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from lxml import etree
from readertools import normalise, pandoc_paragraphs, pdf_text, require, typed

from editor.export.blocks import layout
from editor.export.docx.writer import write
from editor.model import Document
from editor.xmlio import read_file

pytestmark = pytest.mark.readers

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "ARB-36A2-1.xml"
VIEWS = ("markup", "final", "original", "print")


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> tuple[Document, Path]:
    if not EXAMPLE.exists():
        pytest.skip("examples/ARB-36A2-1.xml is not in this checkout yet")
    doc = read_file(EXAMPLE)
    folder = tmp_path_factory.mktemp("example")
    for view in VIEWS:
        write(doc, folder / f"{view}.docx", view)
    return doc, folder


@pytest.mark.parametrize(("track_changes", "clean_view"), [("accept", "final"), ("reject", "original")])
def test_pandoc_accept_and_reject_give_the_clean_views(exported: tuple[Document, Path], track_changes: str, clean_view: str) -> None:
    doc, folder = exported
    tracked = pandoc_paragraphs(folder / "markup.docx", track_changes)
    assert tracked == pandoc_paragraphs(folder / f"{clean_view}.docx")
    res = doc.proposals[0].resolution
    assert res is not None
    assert normalise(res.number_line(clean_view)) in tracked  # type: ignore[arg-type]


def test_libreoffice_reads_the_marks_and_prints(exported: tuple[Document, Path], soffice_convert: Callable[[Path, str], Path]) -> None:
    doc, folder = exported
    odt = soffice_convert(folder / "markup.docx", "odt")
    with zipfile.ZipFile(odt) as z:
        content = etree.fromstring(z.read("content.xml"))
    regions = content.findall(".//{urn:oasis:names:tc:opendocument:xmlns:text:1.0}changed-region")
    # Every mark of the example has the same author and minute, so LibreOffice joins touching ones.
    assert 0 < len(regions) <= len(layout(doc, "markup").marks())
    pdf = soffice_convert(folder / "final.docx", "pdf")
    pdfinfo = require("pdfinfo")
    info = subprocess.run([pdfinfo, str(pdf)], capture_output=True, text=True, check=True).stdout
    pages = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
    assert pages >= 2, "cover page and the proposal"


FRENCH = EXAMPLE.parent / "R62-MOD-fr.xml"
ARABIC = EXAMPLE.parent / "ACP-67A1-ar.xml"


@pytest.mark.parametrize("path", [FRENCH, ARABIC], ids=lambda p: p.name)
def test_pandoc_reads_the_french_and_arabic_examples_in_logical_order(path: Path, tmp_path: Path) -> None:
    doc = read_file(path)
    write(doc, tmp_path / "markup.docx", "markup")
    write(doc, tmp_path / "final.docx", "final")
    accepted = [typed(re.sub(r"\[\d+\]", "", p)) for p in pandoc_paragraphs(tmp_path / "markup.docx", "accept")]  # footnote numbers out
    assert accepted == [typed(re.sub(r"\[\d+\]", "", p)) for p in pandoc_paragraphs(tmp_path / "final.docx")]
    res = doc.proposals[0].resolution
    assert res is not None and doc.cover is not None
    expected = [doc.cover.title, res.preamble.text("final")]
    expected += [c.text.text("final") for s in res.sections for c in s.clauses]
    for text in expected:  # each paragraph's text as typed: Latin runs and numbers in their logical place
        assert any(p.endswith(typed(text)) for p in accepted), text


@pytest.mark.parametrize("path", [FRENCH, ARABIC], ids=lambda p: p.name)
def test_our_pdf_of_the_french_and_arabic_examples_reads_in_logical_order(path: Path, tmp_path: Path) -> None:
    from editor.export.pdf import write_pdf

    doc = read_file(path)
    write_pdf(doc, tmp_path / "final.pdf", "final")
    # pdftotext misplaces the brackets and commas next to a number inside Arabic text ("(2010 ،" for "، 2010)"):
    # the letters are compared without them, and without spaces, which it drops or adds beside a number there.
    text = unbracketed(pdf_text(tmp_path / "final.pdf"))
    res = doc.proposals[0].resolution
    assert res is not None
    for section in res.sections:
        assert unbracketed(typed(section.keyword.text("final"))) in text
        for clause in section.clauses:  # a line's first words, as a line break may fall anywhere after them
            assert unbracketed(" ".join(typed(clause.text.text("final")).split()[:4])) in text


def unbracketed(text: str) -> str:
    return re.sub(r"[()،,\s]", "", text)


def test_the_example_carries_a_reply_and_a_resolved_comment_that_pandoc_reads(exported: tuple[Document, Path]) -> None:
    doc, folder = exported
    assert any(c.replies for c in doc.comments) and any(c.resolved for c in doc.comments)
    pandoc = require("pandoc")
    text = subprocess.run([pandoc, "--track-changes=all", "-t", "markdown", "--wrap=none", str(folder / "markup.docx")],
                          capture_output=True, text=True, check=True).stdout
    for comment in doc.comments:
        for author, words in [(comment.author, comment.text), *((r.author, r.text) for r in comment.replies)]:
            assert f"[{words}]{{.comment-start" in text and f'author="{author}"' in text.split(words, 1)[1][:120]
