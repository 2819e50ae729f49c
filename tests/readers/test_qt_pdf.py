"""Our own PDF read back with pdftotext: cover page without header, running header from page 2, marks in markup only."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from docxread import assert_valid, dated_document
from readertools import normalise, require

pytestmark = pytest.mark.readers


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[str]]:
    from editor.export.pdf import ensure_gui_application, write_pdf

    pdftotext = require("pdftotext")
    ensure_gui_application()
    doc, _ = dated_document()
    assert_valid(doc)
    folder = tmp_path_factory.mktemp("qtpdf")
    out: dict[str, list[str]] = {}
    for view in ("markup", "final", "original"):
        path = folder / f"{view}.pdf"
        write_pdf(doc, path, view)  # type: ignore[arg-type]
        text = subprocess.run([pdftotext, "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
        out[view] = [normalise(page) for page in text.split("\f") if page.strip()]
    return out


def test_cover_page_has_no_running_header(pages: dict[str, list[str]]) -> None:
    first = pages["final"][0]
    assert "Arab States Administrations" in first and "WTSA-20/36(Add.2)-E" not in first


def test_following_pages_carry_page_number_and_reference(pages: dict[str, list[str]]) -> None:
    second = pages["final"][1]
    assert second.replace(" ", "").startswith("-2-WTSA-20/36(Add.2)-E"), "pdftotext may drop the spaces around the number"


def test_markup_shows_both_texts_and_clean_views_one(pages: dict[str, list[str]]) -> None:
    markup, final, original = (" ".join(pages[v]) for v in ("markup", "final", "original"))
    assert "Hammamet, 2016Geneva, 2022" in markup
    assert "RESOLUTION 7 (Rev. Geneva, 2022)" in final and "Hammamet, 2016)," not in final
    assert "RESOLUTION 7 (Rev. Hammamet, 2016)" in original and "Geneva, 2022" not in original.split("Geneva, 1-9 March")[1]


def test_itu_t_keeps_its_hyphen_in_print(pages: dict[str, list[str]]) -> None:
    assert "(ITU-T)" in " ".join(pages["final"])


def test_keywords_and_number_lines_never_end_a_page(tmp_path: Path) -> None:
    """Keep-with-next: on this generated text, plain pagination leaves "noting" or "MOD …" at the foot of some pages."""
    import sys

    from editor.export.pdf import ensure_gui_application, write_pdf

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
    from generate import large_document

    pdftotext = require("pdftotext")
    ensure_gui_application()
    path = tmp_path / "long.pdf"
    write_pdf(large_document(resolutions=25), path, "final")
    text = subprocess.run([pdftotext, str(path), "-"], capture_output=True, text=True, check=True).stdout
    last_lines = [page.strip().splitlines()[-1].strip() for page in text.split("\f") if page.strip()]
    assert len(last_lines) > 40
    stranded = [line for line in last_lines if line in ("considering", "noting", "recognizing", "resolves") or line.startswith(("MOD", "RESOLUTION"))]
    assert stranded == []
