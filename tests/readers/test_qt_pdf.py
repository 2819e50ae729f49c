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


def test_footnotes_sit_at_the_foot_of_the_page_and_text_keeps_clear(tmp_path: Path) -> None:
    """Many footnotes on a long text: each note is printed once, below every line of body text on its page."""
    import re
    import sys

    from editor.export.pdf import ensure_gui_application, write_pdf
    from editor.model import Footnote, Span

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
    from generate import large_document

    pdftotext = require("pdftotext")
    ensure_gui_application()
    doc = large_document(resolutions=4)
    count = 0
    for res in doc.resolutions():
        for sec in res.sections:
            for clause in sec.clauses[::3]:
                count += 1
                key = f"n{count}"
                res.footnotes.append(Footnote(key, f"ZZNOTE{count}"))
                clause.text.spans = [*clause.text.spans, Span("", footnote=key)]
    assert_valid(doc)
    path = tmp_path / "notes.pdf"
    write_pdf(doc, path, "final")
    html = subprocess.run([pdftotext, "-bbox", str(path), "-"], capture_output=True, text=True, check=True).stdout
    pages = html.split("<page ")[1:]
    seen: list[str] = []
    for page in pages:
        words = [(float(m[1]), float(m[2]), m[3]) for m in re.finditer(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<', page)]
        notes = [w for w in words if w[2].startswith("ZZNOTE")]
        seen += [w[2] for w in notes]
        if not notes:
            continue
        area_top = min(top for top, _, _ in notes)
        body = [w for w in words if not w[2].startswith("ZZNOTE") and not w[2].isdigit()]
        assert max(bottom for _, bottom, _ in body) < area_top
    assert sorted(seen) == sorted(f"ZZNOTE{i}" for i in range(1, count + 1))


def test_no_line_is_lost_or_doubled_at_page_boundaries(tmp_path: Path) -> None:
    """Paragraphs that straddle two pages print each line once (drawContents would hide doubles by clipping)."""
    import re
    import sys

    from editor.export.pdf import ensure_gui_application, write_pdf
    from editor.model import Clause

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
    from generate import large_document

    pdftotext = require("pdftotext")
    ensure_gui_application()
    doc = large_document(resolutions=12)
    path = tmp_path / "long.pdf"
    write_pdf(doc, path, "final")
    # -raw keeps the order of drawing (line by line), not pdftotext's guess at reading order,
    # which splits widely justified lines; the running header is drawn after each page's text.
    text = subprocess.run([pdftotext, "-raw", str(path), "-"], capture_output=True, text=True, check=True).stdout
    body = normalise(re.sub(r"- \d+ -\s+WTSA-20/1\(Add\.1\)-E", " ", text))
    clauses = [normalise(n.text.text("final")) for n in doc.walk() if isinstance(n, Clause)]
    missing = [c for c in clauses if c not in body]
    assert missing == []
    doubled = [c for c in set(clauses) if body.count(c) > clauses.count(c)]
    assert doubled == []
