"""The body of a long resolution: numbered sections, headings, notes, tables and figures.

The published Resolution 1 (Rev. Hammamet, 2016) is the measure: after its
considering and resolves it has a body of sections ("SECTION 1", "Section
1bis" with a title), numbered headings ("1.13 Voting"), numbered provisions
("1.11.1"), lists at three levels, notes ("NOTE – …"), figures with a
legend, a table, and appendices with the same content.

A body section is a `Part` here, because `Section` already names a keyword
section (considering, resolves …).  A part and an annex hold the same
paragraphs (`Paragraph`): a numbered or unnumbered provision is a `Clause`
(its label "1.11.1", its list items in `items`, as a clause's sub-items), a
heading is a `Heading` (label "1bis.1", text "General principles"), a note is
a `Note`, and `Table` and `Figure` are here.  Labels stay inline text typed
before a TAB, as the ITU types them, so that renumbering is an ordinary
revision.  Plain Python, no Qt.
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass
from typing import ClassVar, TypeAlias

from editor.model.inline import Inline
from editor.model.marks import View
from editor.model.nodes import Clause, Division, Node, Note

#: Heading levels: Word's heading 1 to 3 (the published Resolution 1 uses 2 and 3 under a section title).
HEADING_LEVELS = (1, 2, 3)

#: Picture formats a figure can hold: those Word, LibreOffice and Qt all show.
PICTURE_TYPES = ("image/png", "image/jpeg", "image/gif")


def _inline(value: Inline | str) -> Inline:
    return Inline.plain(value) if isinstance(value, str) else value


class Heading(Clause):
    """A numbered or unnumbered heading inside a part or an annex ("1.13⇥Voting").

    It is a clause that prints as a heading and holds no list items: the
    numbering checks, the references and the editing commands read its label
    and text as they read a provision's, so "1.13" takes its place in the
    outline between 1.12 and 1.13.1.  `depth` is the Word heading level
    (`level` stays a clause's nesting, always 0 here).
    """

    CHILD_LISTS: ClassVar[tuple[str, ...]] = ()

    def __init__(self, label: Inline | str = "", text: Inline | str = "", depth: int = 2) -> None:
        if depth not in HEADING_LEVELS:
            raise ValueError(f"a heading level is 1, 2 or 3, not {depth}")
        super().__init__(label, text)
        self.depth = depth

    def __repr__(self) -> str:
        return f"Heading({self.label.text()!r}, {self.text.text()[:30]!r}, depth={self.depth})"


class Cell(Node):
    """One cell of a table row: inline text (line breaks for several lines)."""

    INLINE_FIELDS = ("text",)

    def __init__(self, text: Inline | str = "") -> None:
        super().__init__()
        self.text = _inline(text)
        self._adopt()


class Row(Node):
    """A table row; `header` rows print in Table_head and repeat on each page, as Word does."""

    CHILD_LISTS = ("cells",)

    def __init__(self, cells: list[Cell] | None = None, header: bool = False) -> None:
        super().__init__()
        self.cells: list[Cell] = cells or []
        self.header = header
        self._adopt()


class Table(Node):
    """A table: its title line ("Table 1 – …", may be empty) and its rows; a row can be inserted or deleted as a block."""

    INLINE_FIELDS = ("title",)
    CHILD_LISTS = ("rows",)

    def __init__(self, rows: list[Row] | None = None, title: Inline | str = "") -> None:
        super().__init__()
        self.title = _inline(title)
        self.rows: list[Row] = rows or []
        self._adopt()

    @property
    def columns(self) -> int:
        return max((len(r.cells) for r in self.rows), default=0)


@dataclass(frozen=True)
class Picture:
    """The picture of a figure, kept in the document itself so the file travels alone.

    `width` and `height` are its printed size in points (Word's extent);
    `data` its bytes in one of PICTURE_TYPES; `description` the text a
    reader hears or sees in its place (Word's alternative text).
    """

    data: bytes
    media_type: str = "image/png"
    width: float = 0.0
    height: float = 0.0
    description: str = ""

    def encoded(self) -> str:
        """The bytes as base64 text, as the XML keeps them: lines of 76 characters (MIME's), so that the source view
        and a diff show a picture as a block of short lines rather than one line of hundreds of kilobytes."""
        text = base64.b64encode(self.data).decode("ascii")
        return "\n".join(text[i:i + 76] for i in range(0, len(text), 76))

    @classmethod
    def decoded(cls, text: str, media_type: str, width: float, height: float, description: str = "") -> Picture:
        """The picture of an XML element's base64 text; ValueError when the text is not base64."""
        try:
            data = base64.b64decode("".join(text.split()), validate=True)
        except (binascii.Error, ValueError):
            raise ValueError("the picture of a figure is not base64 text") from None
        return cls(data, media_type, width, height, description)


class Figure(Node):
    """A figure: the picture, its title ("Figure 7.1a – …", may be empty) and its legend (line breaks between notes)."""

    INLINE_FIELDS = ("title", "legend")

    def __init__(self, picture: Picture | None = None, title: Inline | str = "", legend: Inline | str = "") -> None:
        super().__init__()
        self.picture = picture
        self.title = _inline(title)
        self.legend = _inline(legend)
        self._adopt()


#: What a part or an annex holds, in order (a Heading is a Clause).
Paragraph: TypeAlias = Clause | Note | Table | Figure


class Part(Division):
    """A numbered body section of a resolution: its number line ("SECTION 1"), its title and its paragraphs."""

    def number(self, view: View = "final") -> str:
        """The section number the heading line gives ("1bis" of "Section 1bis"), "" when it has none."""
        words = self.heading.text(view).split()
        return words[-1] if words else ""

    def __repr__(self) -> str:
        return f"Part({self.heading.text()!r}, {len(self.paragraphs)} paragraphs)"
