"""The style table's one translation into Qt: what the screen and the PDF lay out."""

from __future__ import annotations

import pytest

from editor.export.blocks import Block, Run
from editor.export.styles import PAGE, STYLES


@pytest.fixture
def formats(qapp):  # type: ignore[no-untyped-def]
    from editor.export.text_formats import TextFormats

    return TextFormats(96.0)


def test_the_footer_has_its_centre_and_right_tab_in_order(formats) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QTextOption

    tabs = formats.block("Footer").tabPositions()
    assert [(t.type, round(t.position)) for t in tabs] == [
        (QTextOption.TabType.CenterTab, round(formats.twips(PAGE.text_width // 2))),
        (QTextOption.TabType.RightTab, round(formats.twips(PAGE.text_width))),
    ]


@pytest.mark.parametrize(("space_before", "expected"), [(None, STYLES["ResNo"].before), (0.0, 0.0)])
def test_a_block_s_own_space_before_replaces_the_style_s(formats, space_before: float | None, expected: float) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QTextCursor, QTextDocument

    from editor.export.text_formats import BlockWriter

    doc = QTextDocument()
    BlockWriter(formats, show_marks=False, printed=True).fill(QTextCursor(doc), Block("ResNo", [Run("RESOLUTION 7")], space_before=space_before))
    assert doc.begin().blockFormat().topMargin() == pytest.approx(formats.points(expected))
    assert formats.block("ResNo").topMargin() == pytest.approx(formats.points(STYLES["ResNo"].before)), "the shared format is left alone"


@pytest.mark.parametrize("printed", [False, True], ids=["screen", "page"])
def test_table_cells_are_shaded_on_screen_and_left_to_the_grid_on_the_page(formats, printed: bool) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QTextCursor, QTextDocument, QTextFormat

    from editor.export.text_formats import BlockWriter

    shades = []
    for style in ("Tablehead", "Tabletext", "Normal"):
        doc = QTextDocument()
        BlockWriter(formats, True, printed=printed).fill(QTextCursor(doc), Block(style, [Run("cell")]))
        shades.append(doc.begin().blockFormat().hasProperty(QTextFormat.Property.BackgroundBrush))
    assert shades == ([False, False, False] if printed else [True, True, False])
