"""The annex heading as the ITU writes it, and the number line of a clean resolution at the top of its page."""

from __future__ import annotations

import pytest
from docxread import W, paragraph_text, parts, style_of
from factories import FIXED_DATE, annexed_document, base_document, mod_document
from lxml import etree

from editor.export.docx.writer import to_bytes
from editor.model import Cover, Document
from editor.model.session import EditSession

ONE_LINE = "Annex A (to Resolution 7 (Rev. Hammamet, 2016))"


def _paragraphs(data: bytes, style: str) -> list[etree._Element]:
    return [p for p in parts(data)["word/document.xml"].iter(W + "p") if style_of(p) == style]


def _lines(p: etree._Element) -> list[list[tuple[str, bool]]]:
    """The heading's lines, each as (text, capitals off) per run of text."""
    lines: list[list[tuple[str, bool]]] = [[]]
    for r in p.iter(W + "r"):
        caps = r.find(f"{W}rPr/{W}caps")
        off = caps is not None and caps.get(W + "val") == "0"
        for el in r:
            if el.tag == W + "br":
                lines.append([])
            elif el.tag in (W + "t", W + "delText"):
                lines[-1].append((el.text or "", off))
    return lines


@pytest.mark.parametrize("heading", [ONE_LINE, "Annex A\n(to Resolution 7 (Rev. Hammamet, 2016))",
                                     "Annex A   (to Resolution 7 (Rev. Hammamet, 2016))"])
def test_number_then_a_line_break_then_the_reference_with_capitals_off(heading: str) -> None:
    """However the drafter typed it, Annex_No shows "ANNEX A" and, below it, the reference in lower case."""
    (p,) = _paragraphs(to_bytes(annexed_document(heading), "final"), "AnnexNo")
    first, second = _lines(p)
    assert "".join(text for text, _ in first) == "Annex A"
    assert not any(off for _, off in first), "the number keeps the style's capitals (ANNEX A)"
    assert "".join(text for text, _ in second) == "(to Resolution 7 (Rev. Hammamet, 2016))"
    assert all(off for _, off in second), "the reference is not capitalised"
    assert paragraph_text(p) == "Annex A\n(to Resolution 7 (Rev. Hammamet, 2016))"


def test_appendix_and_headings_without_reference() -> None:
    (p,) = _paragraphs(to_bytes(annexed_document("Appendix I (to Resolution 1 (Rev. Hammamet, 2016))"), "final"), "AnnexNo")
    assert ["".join(t for t, _ in line) for line in _lines(p)] == ["Appendix I", "(to Resolution 1 (Rev. Hammamet, 2016))"]
    (p,) = _paragraphs(to_bytes(annexed_document("ANNEX"), "final"), "AnnexNo")
    assert _lines(p) == [[("ANNEX", False)]], "no reference: one line, no break"


def test_a_tracked_change_in_the_reference_stays_in_lower_case() -> None:
    doc = annexed_document()
    annex = next(doc.resolutions()).annexes[0]
    session = EditSession(doc, author="ARB", tracking=True, clock=lambda: FIXED_DATE)
    start = annex.heading.text().index("Hammamet, 2016")
    session.replace_text(annex.heading, start, start + len("Hammamet, 2016"), "Geneva, 2022")
    (p,) = _paragraphs(to_bytes(doc, "markup"), "AnnexNo")
    first, second = _lines(p)
    assert "".join(t for t, _ in first) == "Annex A"
    assert "".join(t for t, _ in second) == "(to Resolution 7 (Rev. Hammamet, 2016Geneva, 2022))"
    assert all(off for _, off in second)
    assert p.find(f".//{W}del") is not None and p.find(f".//{W}ins") is not None


def _space_before(p: etree._Element) -> str | None:
    spacing = p.find(f"{W}pPr/{W}spacing")
    return spacing.get(W + "before") if spacing is not None else None


def test_a_clean_resolution_starts_its_page_without_space_above_the_number_line() -> None:
    body = parts(to_bytes(base_document(), "final"))["word/document.xml"].find(f"{W}body")
    number = body[0]
    assert style_of(number) == "ResNo", "the number line is the first paragraph of the page"
    assert _space_before(number) == "0"


def test_after_the_cover_too_but_not_under_a_proposal_line() -> None:
    clean = base_document()
    clean.cover = Cover(conference="World Telecommunication Standardization Assembly", place_dates="Geneva, 1-9 March 2022")
    (number,) = _paragraphs(to_bytes(clean, "final"), "ResNo")
    assert number.find(f"{W}pPr/{W}pageBreakBefore") is not None and _space_before(number) == "0"
    doc, _ = mod_document()
    (number,) = _paragraphs(to_bytes(doc, "final"), "ResNo")
    assert _space_before(number) is None, "under MOD⇥ARB/36A2/1 the number line keeps Res_No's 12 pt"


def test_two_clean_resolutions_the_second_keeps_its_space() -> None:
    first, second = base_document(), base_document()
    doc = Document(first.proposals + second.proposals)
    numbers = _paragraphs(to_bytes(doc, "final"), "ResNo")
    assert [_space_before(p) for p in numbers] == ["0", None]
