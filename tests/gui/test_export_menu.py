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
    monkeypatch.setattr(export_actions, "ask_path", lambda _parent, suffix, _kind: tmp_path / f"out{suffix}")
    window.set_view_mode("original")
    menu.act_docx.trigger()
    assert offered == ["original"]
    body = zipfile.ZipFile(tmp_path / "out.docx").read("word/document.xml").decode("utf-8")
    assert "<w:ins " not in body and "Geneva, 2022" in body  # the final view was chosen
    menu.act_pdf.trigger()
    assert (tmp_path / "out.pdf").read_bytes().startswith(b"%PDF")
