"""`main.py export` and `main.py pdf`: files written atomically, one-line errors."""

from __future__ import annotations

import sys
import zipfile
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "export"))

from docxread import assert_valid, marked_document

from editor.cli import main
from editor.xmlio import save


@pytest.fixture
def source(tmp_path: Path) -> Path:
    doc, _ = marked_document()
    assert_valid(doc)
    path = tmp_path / "ARB-36A2-1.xml"
    save(doc, path)
    return path


@pytest.mark.parametrize("view", ["markup", "final", "original", "print"])
def test_export_writes_a_word_file_in_each_view(source: Path, tmp_path: Path, view: str) -> None:
    out = tmp_path / f"{view}.docx"
    assert main(["export", str(source), "--docx", str(out), "--view", view]) == 0
    with zipfile.ZipFile(out) as z:
        document = z.read("word/document.xml")
    assert (b"<w:ins " in document) == (view == "markup")
    assert not list(tmp_path.glob("*.tmp")) and not list(tmp_path.glob("*.bak"))


def test_pdf_command_writes_a_pdf(source: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.pdf"
    assert main(["pdf", str(source), "-o", str(out), "--view", "print"]) == 0
    assert out.read_bytes().startswith(b"%PDF")


def test_unreadable_input_is_one_line_and_writes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.xml"
    bad.write_text("<contribution>", encoding="utf-8")
    out = tmp_path / "out.docx"
    assert main(["export", str(bad), "--docx", str(out)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("error: ") and "bad.xml" in err and "\n" not in err
    assert not out.exists()


def test_unwritable_target_is_one_line(source: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "missing-folder" / "out.docx"
    assert main(["export", str(source), "--docx", str(out)]) == 2
    err = capsys.readouterr().err.strip()
    assert "out.docx" in err and "could not be saved" in err and "\n" not in err
