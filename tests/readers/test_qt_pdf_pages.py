"""Our PDF's pages read back: Word's pagination habits (widow/orphan control, keep lines together,
paragraphs that break by lines above the footnotes) and change bars beside the changed lines only."""

from __future__ import annotations

import re
import subprocess
from collections import defaultdict
from pathlib import Path

import pytest
from docxread import assert_valid
from readertools import require

from editor.model import Clause, Cover, Document, Footnote, Proposal, Resolution, Section, Span
from editor.model.session import EditSession

pytestmark = pytest.mark.readers

WORD = re.compile(r"p(\d+)w(\d+)")


def paragraph_document(lengths: list[int]) -> Document:
    """A MOD contribution whose "resolves" clauses are made of words "p<clause>w<word>", `lengths[k]` words each."""
    clauses = [Clause(str(k + 1), " ".join(f"p{k}w{j}" for j in range(n)) + ";") for k, n in enumerate(lengths)]
    res = Resolution(number="7", adoption="Rev. Hammamet, 2016", title="Collaboration with other organizations",
                     preamble="The World Telecommunication Standardization Assembly (Hammamet, 2016),",
                     sections=[Section("resolves", "operative", clauses)])
    cover = Cover(conference="World Telecommunication Standardization Assembly", acronym="WTSA-20",
                  place_dates="Geneva, 1-9 March 2022", meeting="PLENARY MEETING", document="36", addendum="2",
                  languages="English", source="Arab States Administrations", title="Proposed modification of Resolution 7")
    return Document([Proposal("MOD", "ARB/36A2/1", res, reasons="To reflect current practice.")], cover)


def words(path: Path) -> list[list[tuple[float, float, float, str]]]:
    """Per page, every word as (left, top, bottom, text) in points."""
    out = subprocess.run([require("pdftotext"), "-bbox", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return [[(float(m[1]), float(m[2]), float(m[3]), m[4])
             for m in re.finditer(r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<', page)]
            for page in out.split("<page ")[1:]]


def write(doc: Document, path: Path, view: str = "final") -> list[list[tuple[float, float, float, str]]]:
    from editor.export.pdf import ensure_gui_application, write_pdf

    require("pdftotext")
    ensure_gui_application()
    assert_valid(doc)
    write_pdf(doc, path, view)  # type: ignore[arg-type]
    return words(path)


def lines_per_page(pages: list[list[tuple[float, float, float, str]]]) -> dict[int, dict[int, int]]:
    """Clause -> page -> how many of its lines that page prints."""
    lines: dict[int, dict[int, set[int]]] = defaultdict(lambda: defaultdict(set))
    for number, page in enumerate(pages):
        for _, top, _, text in page:
            if (m := WORD.fullmatch(text.rstrip(";"))) is not None:
                lines[int(m[1])][number].add(round(top))
    return {k: {p: len(ys) for p, ys in by_page.items()} for k, by_page in lines.items()}


def test_short_clauses_stay_whole_and_no_page_starts_or_ends_with_a_single_line(tmp_path: Path) -> None:
    lengths = [12, 30, 45, 60, 75, 100, 140, 9, 200, 55, 170] * 5
    counts = lines_per_page(write(paragraph_document(lengths), tmp_path / "widows.pdf"))
    assert sorted(counts) == list(range(len(lengths)))
    split = {k: by_page for k, by_page in counts.items() if len(by_page) > 1}
    assert split, "some clause must run over a page boundary, or the test proves nothing"
    for k, by_page in split.items():
        assert sum(by_page.values()) > 4, f"clause {k + 1} of {sum(by_page.values())} lines is split over pages {sorted(by_page)}"
        assert min(by_page.values()) >= 2, f"clause {k + 1} leaves a single line on a page: {by_page}"
        assert sorted(by_page) == list(range(min(by_page), max(by_page) + 1))


def test_a_long_clause_breaks_by_lines_above_its_footnote(tmp_path: Path) -> None:
    """The clause holding the reference starts on the page where the one before it ends, its note at that page's foot."""
    doc = paragraph_document([150, 1000])
    res = doc.proposals[0].resolution
    assert res is not None
    res.footnotes.append(Footnote("n1", "ZZNOTE one"))
    long = res.sections[0].clauses[1]
    first, rest = long.text.text().split(" ", 1)
    long.text.spans = [Span(first), Span("", footnote="n1"), Span(" " + rest)]
    pages = write(doc, tmp_path / "note.pdf")
    page_of = {text: number for number, page in enumerate(pages) for _, _, _, text in page}
    assert page_of["p0w149;"] == page_of["p1w0"] == page_of["ZZNOTE"]
    note_page = pages[page_of["ZZNOTE"]]
    note_top = min(top for _, top, _, text in note_page if text == "ZZNOTE")
    body = [(top, bottom) for _, top, bottom, text in note_page if WORD.fullmatch(text.rstrip(";"))]
    assert max(bottom for _, bottom in body) < note_top
    assert lines_per_page(pages)[1][page_of["p1w0"]] >= 2
    assert page_of["p1w999;"] > page_of["p1w0"]


def test_change_bars_stand_beside_the_changed_lines_only(tmp_path: Path) -> None:
    from PySide6.QtGui import QImage

    doc = paragraph_document([200])
    session = EditSession(doc, author="ARB", tracking=True, clock=lambda: "2022-02-01T10:00:00Z")
    res = doc.proposals[0].resolution
    assert res is not None
    clause = res.sections[0].clauses[0]
    session.insert_text(clause.text, clause.text.text().index(" p0w150"), " ZZINS")
    pages = write(doc, tmp_path / "bars.pdf", "markup")
    number = next(n for n, page in enumerate(pages) if any(text == "ZZINS" for *_, text in page))
    placed = {text: (top, bottom) for _, top, bottom, text in pages[number]}
    assert placed["p0w0"][0] < placed["ZZINS"][0], "the clause's first line and the changed line must differ"
    image_base = tmp_path / "bars"
    subprocess.run([require("pdftoppm"), "-r", "72", "-png", "-singlefile", "-f", str(number + 1), "-l", str(number + 1),
                    str(tmp_path / "bars.pdf"), str(image_base)], check=True, capture_output=True)
    image = QImage(str(image_base) + ".png")
    assert not image.isNull()

    def bar_beside(top: float, bottom: float) -> bool:
        """Whether the left margin (1.5 cm from the edge, where the bars stand) is inked beside the line's middle."""
        y = round((top + bottom) / 2)
        return any(image.pixelColor(x, y).lightness() < 128 for x in range(36, 50))

    assert bar_beside(*placed["ZZINS"])
    assert not bar_beside(*placed["p0w0"])
    assert not bar_beside(*placed["p0w199;"])
    assert_valid(doc)
