"""`main.py comments` lists comments in text order; `main.py export --no-comments` leaves them out."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from editor.cli import main
from editor.xmlio import save
from tests.factories import commented_document


@pytest.fixture
def source(tmp_path: Path) -> Path:
    doc, _ = commented_document()
    path = tmp_path / "commented.xml"
    save(doc, path)
    return path


def test_comments_lists_each_comment_with_its_replies_in_text_order(source: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["comments", str(source)]) == 0
    out = capsys.readouterr().out
    assert out.index("Replaced by the new revision.") < out.index("Which purposes?") < out.index("Check the order")
    assert "CEPT" in out and "Those of Article 1 of the Constitution." in out
    assert "(resolved) on \u201cnoting" in out


def test_comments_as_json(source: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["comments", str(source), "--format", "json"]) == 0
    records = json.loads(capsys.readouterr().out)
    assert [r["quoted"] for r in records] == ["Hammamet", "purposes", records[2]["quoted"]]
    assert records[1]["replies"][0]["author"] == "CEPT" and records[1]["field"] == "text"
    assert [r["resolved"] for r in records] == [False, False, True] and records[2]["field"] is None


@pytest.mark.parametrize("flag", [[], ["--no-comments"]])
def test_export_keeps_or_leaves_out_the_comments(source: Path, tmp_path: Path, flag: list[str]) -> None:
    out = tmp_path / "out.docx"
    assert main(["export", str(source), "--docx", str(out), *flag]) == 0
    with zipfile.ZipFile(out) as z:
        names = z.namelist()
        body = z.read("word/document.xml")
    assert ("word/comments.xml" in names) == (not flag)
    assert (b"commentRangeStart" in body) == (not flag)


def test_a_document_without_comments_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    doc, _ = commented_document()
    doc.comments = []
    path = tmp_path / "plain.xml"
    save(doc, path)
    assert main(["comments", str(path)]) == 0
    assert "no comments" in capsys.readouterr().out
