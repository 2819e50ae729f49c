"""File > Export and Print in the window: the view shown is the one offered first, and is printed."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from editor.gui import export_actions
from tests.factories import mod_document


def test_export_menu_writes_the_chosen_view(window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    window.load_document(mod_document()[0])
    menu = window.export
    assert menu.act_print.shortcut().toString() == "Ctrl+P"
    offered: list[str] = []
    monkeypatch.setattr(export_actions, "ask_view", lambda _parent, default="markup": offered.append(default) or "final")
    suggested: list[Path | None] = []
    monkeypatch.setattr(export_actions, "ask_path", lambda _parent, suffix, _kind, start=None: suggested.append(start) or tmp_path / f"out{suffix}")
    window.set_view_mode("original")
    menu.act_docx.trigger()
    assert offered == ["original"]
    body = zipfile.ZipFile(tmp_path / "out.docx").read("word/document.xml").decode("utf-8")
    assert "<w:ins " not in body and "Geneva, 2022" in body  # the final view was chosen
    menu.act_pdf.trigger()
    assert (tmp_path / "out.pdf").read_bytes().startswith(b"%PDF")
    assert [p.name for p in suggested if p is not None] == ["ARB-36A2-1.docx", "ARB-36A2-1.pdf"]  # named after the proposal


def test_a_contribution_whose_cover_is_empty_is_exported_only_when_the_drafter_says_so(window, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    doc = mod_document()[0]
    assert doc.cover is not None
    doc.cover.document = doc.cover.title = ""
    window.load_document(doc)
    asked: list[list[str]] = []
    answer = [False]
    monkeypatch.setattr(export_actions, "confirm_cover", lambda _parent, missing: asked.append(missing) or answer[0])
    monkeypatch.setattr(export_actions, "ask_view", lambda _parent, default="markup": "markup")
    monkeypatch.setattr(export_actions, "ask_path", lambda _parent, suffix, _kind, start=None: tmp_path / f"out{suffix}")
    assert window.export.export("docx") is None and not (tmp_path / "out.docx").exists()
    assert asked == [["document number", "title"]]
    answer[0] = True
    assert window.export.export("docx") == tmp_path / "out.docx"
