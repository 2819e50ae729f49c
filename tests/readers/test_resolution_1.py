"""The published Resolution 1 (Rev. Hammamet, 2016) imports whole, and its export reads as the original does.

The measure of the model's growth: the number line, title and history line
with its footnotes, considering a) … i) with b)bis, the one unnumbered
resolves paragraph, every body section with its number and title, every
heading and numbered provision, the lists at their levels, the notes, the
figures with their legends, the footnotes and both appendices; every
non-empty paragraph of the file placed or named in a message; and through
pandoc the export is the same text as the original from the number line on.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from readertools import require

from editor.export.blocks import layout
from editor.export.docx.writer import write
from editor.importers.docx import import_docx
from editor.importers.docx.numbering import Numbering
from editor.importers.docx.package import read_package
from editor.importers.docx.paragraphs import Marks, Reader
from editor.importers.docx.styles import read_styles
from editor.importers.plaintext import ImportResult
from editor.model.body import Figure, Heading, Table
from editor.model.nodes import Annex, Note, Resolution
from editor.model.outline import outline
from editor.rules.engine import check_document
from tests.factories import assert_valid

#: The outline `main.py import` then `main.py outline` prints, in part (docs/import.md shows it whole).
OUTLINE_LINES = [
    "considering: a) b) b)bis c) d) e) f) g) h) i)",
    "resolves: ·",
    "SECTION 1 – World Telecommunication Standardization Assembly: 1.1 1.2 1.3 [a) b) c) d)] 1.4 [a) b)] "
    "1.5 [a) b) [i) ii) iii) iv) v) [\u2212 \u2212 \u2212] vi) vii)]] 1.6 1.7 1.8 1.9 1.10 [a) b)] 1.11 1.11.1 1.11.2 1.11.3 1.12",
    "  1.13 Voting: ·",
    "Section 1bis – Documentation of ITU\u2011T:",
    "  1bis.1.1 Presentation of texts: 1bis.1.1.1 1bis.1.1.2 1bis.1.1.3 1bis.1.1.4 1bis.1.1.5",
    "  1bis.5.1 Definition: · note",
    "  2.4 Reports of study groups to WTSA: 2.4.1 2.4.2 [– – – – – – –]",
    "SECTION 4 – Telecommunication Standardization Advisory Group: 4.1 4.2 4.3 4.3bis 4.4 4.5 4.6 4.7 4.8 4.9",
    "  7.2 Approval of new or revised Questions between WTSAs (see Figure 7.1a): 7.2.1 figure 7.2.2 [a) b)] "
    "7.2.3 [a) b) [– –] c)] 7.2.4 7.2.5",
    "  9.8.2 Deletion of Recommendations between WTSAs: 9.8.2.1 9.8.2.2 figure ·",
    "Appendix I (to Resolution 1 (Rev. Hammamet, 2016)) – Information for submission of a Question: • • • • • • • [– – – –] ·",
    "Appendix II (to Resolution 1 (Rev. Hammamet, 2016)) – Suggested text of the note to be included in the circular: ·",
]


@pytest.fixture(scope="module")
def imported(published_docx: Path) -> ImportResult:
    return import_docx(published_docx)


@pytest.fixture(scope="module")
def resolution(imported: ImportResult) -> Resolution:
    res = next(imported.document.resolutions())
    return res


def test_the_heading_lines_and_the_preamble(resolution: Resolution) -> None:
    assert resolution.number_line() == "RESOLUTION 1 (Rev.\u00a0Hammamet, 2016)"
    assert resolution.title.text() == "Rules of procedure of the ITU Telecommunication \nStandardization Sector"
    assert resolution.history.text() == "Hammamet, 2016, bis"  # "(Hammamet, 2016)¹, ¹bis": two footnotes after it
    keys = [s.footnote for s in resolution.history.spans if s.footnote is not None]
    assert len(keys) == 2
    first, second = (resolution.footnote(k) for k in keys)
    assert first is not None and first.custom == "1" and first.text.text().startswith("Previously published (Geneva, 1956")
    assert second is not None and second.custom == "" and "moved the contents" not in second.text.text()
    assert len(resolution.footnotes) == 6


def test_the_outline_holds_every_section_heading_provision_and_list(imported: ImportResult) -> None:
    lines = outline(imported.document)
    missing = [line for line in OUTLINE_LINES if line not in lines]
    assert not missing, "\n".join(missing)


def test_the_body_has_its_sections_headings_notes_figures_and_appendices(resolution: Resolution) -> None:
    assert [p.heading.text().strip() for p in resolution.parts] == [
        "SECTION\u00a01", "Section 1bis", *(f"SECTION\u00a0{n}" for n in range(2, 10))]
    assert all(p.title.text() for p in resolution.parts)
    paragraphs = [p for part in resolution.parts for p in part.paragraphs]
    headings = [p for p in paragraphs if isinstance(p, Heading)]
    assert len(headings) == 61 and {h.depth for h in headings} == {2, 3}
    assert headings[0].label.text() == "1.13" and headings[0].text.text() == "Voting"
    assert sum(isinstance(p, Note) for p in paragraphs) == 5
    figures = [p for p in paragraphs if isinstance(p, Figure)]
    assert len(figures) == 3 and all(f.picture is not None and f.picture.data[:4] == b"\x89PNG" for f in figures)
    assert [f.title.text() for f in figures[:2]] == ["Figure 7.1a – Approval of new or revised Questions between WTSAs",
                                                     "Figure\u00a07.1b – Approval of new or revised Questions at WTSA"]
    assert figures[2].legend.text().count("NOTE") == 10
    assert not any(isinstance(p, Table) for p in paragraphs)  # the file's one table is the publication's cover
    appendices = [a for a in resolution.annexes if isinstance(a, Annex)]
    assert [a.kind for a in appendices] == ["appendix", "appendix"]
    assert appendices[0].title.text() == "Information for submission of a Question"


def test_every_non_empty_paragraph_is_placed_or_named_in_a_message(published_docx: Path, imported: ImportResult) -> None:
    package = read_package(published_docx)
    paragraphs = Reader(read_styles(package.styles), Numbering(package.numbering), Marks(), package.images).body(package.document)
    printed = layout(imported.document)  # the placed text as it prints: "RESOLUTION 1 (…)", the history's parentheses
    model = " ".join(_words(b.text()) for b in printed.blocks) + " ".join(_words("".join(r.text for r in f.runs))
                                                                          for f in printed.footnotes)
    named: set[int] = set()
    for message in imported.messages:
        found = re.search(r"paragraphs? (\d+)(?: to (\d+))?", message.message)
        first, last = (int(found.group(1)), int(found.group(2) or found.group(1))) if found else (message.line, message.line)
        named.update(range(first, last + 1))
        named.add(message.line)
    lost = [p.number for p in paragraphs if _words(p.final()) and _words(p.final()) not in model and p.number not in named]
    assert lost == []


def test_it_passes_every_drafting_check(imported: ImportResult) -> None:
    assert check_document(imported.document) == []
    assert_valid(imported.document)


def test_its_export_reads_through_pandoc_as_the_same_text(published_docx: Path, imported: ImportResult, tmp_path: Path) -> None:
    ours = tmp_path / "res1.docx"
    write(imported.document, ours)
    assert _pandoc_words(ours) == _pandoc_words(published_docx)


def _words(text: str) -> str:
    return " ".join(text.replace("\u00ad", "").replace("\u2011", "-").replace("\u00a0", " ").split())


def _pandoc_words(path: Path) -> str:
    """The words pandoc reads from the number line on (a superscript's marks and table rules left out)."""
    out = subprocess.run([require("pandoc"), "-f", "docx", "-t", "plain", "--wrap=none", str(path)], check=True,
                         capture_output=True, text=True, timeout=120).stdout
    text = out[out.index("RESOLUTION 1"):]
    text = re.sub(r"\^\(([^)]*)\)", r"\1", text)
    return " ".join(w for w in _words(text).split() if not re.fullmatch(r"-+", w))


def test_main_py_import_prints_the_outline_of_what_it_imported(published_docx: Path, tmp_path: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    from editor.cli import main

    out = tmp_path / "res1.xml"
    assert main(["import", str(published_docx), "-o", str(out), "--outline"]) == 0
    captured = capsys.readouterr()
    lines = captured.out.splitlines()
    assert all(line in lines for line in OUTLINE_LINES)
    assert main(["outline", str(out)]) == 0
    assert capsys.readouterr().out.splitlines() == lines
    said = captured.err
    for what in ("a table outside a body section or an annex", "a picture outside the body sections", "before the first proposal",
                 "a list (style enumlev1) with no paragraph above it"):
        assert what in said, what  # the publication's cover, logo and foreword, and Appendix I's list
