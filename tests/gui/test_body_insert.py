"""Insert > Body in the window: the menu's commands land the cursor in the new element; a bad picture file is named."""

from __future__ import annotations

from pathlib import Path

from editor.gui.body_actions import read_picture
from editor.model.body import Figure, Table
from editor.xmlio import read_bytes, to_bytes
from tests.factories import body_document, png


def _loaded(window):  # type: ignore[no-untyped-def]
    window.load_document(read_bytes(to_bytes(body_document())))
    return window.controller.session.document.proposals[0].resolution


def test_insert_table_then_typing_fills_its_first_cell(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    res = _loaded(window)
    provision = res.parts[1].paragraphs[2]
    window.view.place_cursor(provision, "text", 0)
    window.body.actions["table"].trigger()
    table = res.parts[1].paragraphs[3]
    assert isinstance(table, Table) and len(table.rows) == 2
    qtbot.keyClicks(window.view, "Body")
    assert table.rows[0].cells[0].text.text() == "Body"
    window.body.actions["row"].trigger()
    assert len(table.rows) == 3


def test_insert_figure_takes_the_picture_file_and_refuses_a_bad_one(window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    res = _loaded(window)
    good, bad = tmp_path / "chart.png", tmp_path / "notes.png"
    good.write_bytes(png(96, 48))
    bad.write_bytes(b"not a picture")
    window.view.place_cursor(res.parts[0].paragraphs[0], "text", 0)
    window.body.ask_picture = lambda: bad
    window.body.actions["figure"].trigger()
    assert "notes.png: not a picture this editor can show" in window.statusBar().currentMessage()
    window.body.ask_picture = lambda: good
    window.body.actions["figure"].trigger()
    figure = res.parts[0].paragraphs[1]
    assert isinstance(figure, Figure) and figure.picture is not None and figure.picture.data == good.read_bytes()
    assert abs(figure.picture.width - 72) < 0.1 and figure.picture.description == "chart"  # 96 pixels at 96 dpi
    assert window.view.location()[0] is figure


def test_outside_a_body_the_window_says_where_to_put_the_cursor(window) -> None:  # type: ignore[no-untyped-def]
    res = _loaded(window)
    messages: list[str] = []
    window.view.message.connect(messages.append)
    window.view.place_cursor(res.sections[0].clauses[0], "text", 0)
    window.body.actions["note"].trigger()
    assert messages and "body section" in messages[-1]


def test_read_picture_names_what_is_wrong(tmp_path: Path) -> None:
    text = tmp_path / "chart.txt"
    text.write_text("x")
    assert read_picture(text) == "chart.txt: a figure takes a PNG, JPEG or GIF picture"
    assert str(read_picture(tmp_path / "missing.png")).startswith("missing.png: could not be read")
