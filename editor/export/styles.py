"""ITU style facts as data: one table read by the DOCX writer and the print path.

Values follow ../shared/docs/itu-conventions.md section 1.5 (the 12-pt
conference variant), with the number line taken from the published form
(centred, capitals, not bold).  Keeping them as plain data (no Qt, no docx)
means the Word file and the printed page cannot drift apart.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from editor.model.body import Picture

Align = Literal["left", "center", "right", "both"]

FONT = "Times New Roman"
#: Where Times New Roman is not installed (Linux), its metric-compatible twin, then any serif: screen and print.
FONT_FALLBACKS: tuple[str, ...] = ("Liberation Serif", "DejaVu Serif", "serif")

#: ITU tab grid (twips): 1.40 / 2.10 / 2.80 / 3.50 cm.
ITU_TABS: tuple[int, ...] = (794, 1191, 1588, 1985)
TITLE_TABS: tuple[int, ...] = (567, 1134, 1701, 2268, 2835)
#: Tab grid of table cells (Table_head, Table_text): every 0.5 cm to 7 cm, as in the published Resolution 1.
TABLE_TABS: tuple[int, ...] = (284, 567, 851, 1134, 1418, 1701, 1985, 2268, 2552, 2835, 3119, 3402, 3686, 3969)


@dataclass(frozen=True)
class Page:
    """A4 with 2 cm margins all round, header 1 cm from the edge (twips)."""

    width: int = 11907
    height: int = 16840
    margin: int = 1134
    header: int = 567

    @property
    def text_width(self) -> int:
        return self.width - 2 * self.margin


PAGE = Page()


@dataclass(frozen=True)
class ParagraphStyle:
    """One paragraph style: ITU styleId, ITU display name and its resolved formatting.

    `builtin` marks the styles Word has of its own (Normal, heading 1-3,
    header, footer, footnote text): Word knows them by name, the others are
    the ITU's and are flagged custom in the file.  `outline_level` puts a
    heading in Word's navigation pane (0 for heading 1).
    """

    style_id: str
    name: str
    based_on: str | None = "Normal"
    next_id: str | None = None
    size: float = 12.0
    bold: bool = False
    italic: bool = False
    caps: bool = False
    align: Align = "both"
    left: int = 0
    hanging: int = 0
    before: float = 6.0
    after: float = 0.0
    tabs: tuple[int, ...] = ITU_TABS
    right_tabs: tuple[int, ...] = ()
    center_tabs: tuple[int, ...] = ()
    keep_next: bool = False
    keep_lines: bool = False
    outline_level: int | None = None
    builtin: bool = False


def _styles(*styles: ParagraphStyle) -> dict[str, ParagraphStyle]:
    return {s.style_id: s for s in styles}


STYLES: dict[str, ParagraphStyle] = _styles(
    ParagraphStyle("Normal", "Normal", based_on=None, builtin=True),
    ParagraphStyle("Proposal", "Proposal", next_id="Normal", bold=True, before=12, keep_next=True),
    # 12 pt before: between the published form (0, after a section break) and the BR form (24 pt),
    # so that the number line stands clear of the proposal line above it.
    ParagraphStyle("ResNo", "Res_No", next_id="Restitle", size=14, caps=True, align="center", before=12, tabs=(),
                   keep_next=True, keep_lines=True),
    ParagraphStyle("Restitle", "Res_title", next_id="Resref", size=14, bold=True, align="center", before=18,
                   keep_next=True, keep_lines=True),
    ParagraphStyle("Resref", "Res_ref", next_id="Normalaftertitle", italic=True, align="center", before=6, tabs=(),
                   keep_next=True, keep_lines=True),
    ParagraphStyle("Normalaftertitle", "Normal_after_title", next_id="Normal", before=18),
    ParagraphStyle("Call", "Call", next_id="Normal", italic=True, align="left", left=794, before=8,
                   keep_next=True, keep_lines=True),
    ParagraphStyle("enumlev1", "enumlev1", left=794, hanging=794, before=4),
    ParagraphStyle("enumlev2", "enumlev2", based_on="enumlev1", left=1191, hanging=397, before=4),
    ParagraphStyle("enumlev3", "enumlev3", based_on="enumlev2", left=1588, hanging=397, before=4),
    ParagraphStyle("Headingb", "Heading_b", next_id="Normal", bold=True, align="left", before=8, keep_next=True),
    ParagraphStyle("Reasons", "Reasons"),
    ParagraphStyle("Source", "Source", next_id="Normalaftertitle", size=14, bold=True, align="center", before=42, after=10),
    ParagraphStyle("Title1", "Title 1", based_on="Source", next_id="Normal", size=14, caps=True, align="center", before=12,
                   tabs=TITLE_TABS),
    ParagraphStyle("AnnexNo", "Annex_No", next_id="Annextitle", size=14, caps=True, align="center", before=24, after=4,
                   keep_next=True, keep_lines=True),
    ParagraphStyle("Annextitle", "Annex_title", next_id="Normal", size=14, bold=True, align="center", before=12, after=14,
                   keep_next=True, keep_lines=True),
    ParagraphStyle("Note", "Note", size=11, before=4),
    ParagraphStyle("FootnoteText", "footnote text", based_on="Note", size=11, left=255, hanging=255, before=4,
                   tabs=(255, *ITU_TABS), keep_lines=True, builtin=True),
    ParagraphStyle("Header", "header", size=10, align="center", before=0, tabs=(), builtin=True),
    ParagraphStyle("Footer", "footer", tabs=(), center_tabs=(PAGE.text_width // 2,), right_tabs=(PAGE.text_width,), builtin=True),
    # The body of a long resolution (Resolution 1: sections, headings, dates, tables, figures, appendices), in the
    # 12-pt family: the published Resolution 1's styles (conventions §1.2) at the body size of §1.5.  Heading_i
    # takes the 8 pt before of this family's Heading_b, heading 1 the 18 pt of the 12-pt template (§1.3), heading 2
    # and 3 the publication's 18 and 12 pt; lines are single, as everywhere in this table.
    ParagraphStyle("Resdate", "Res_date", next_id="Normalaftertitle", italic=True, align="right", tabs=(),
                   keep_next=True, keep_lines=True),
    ParagraphStyle("SectionNo", "Section_No", next_id="Sectiontitle", size=14, caps=True, align="center", before=36,
                   keep_next=True, keep_lines=True),
    ParagraphStyle("Sectiontitle", "Section_title", next_id="Normalaftertitle", size=14, bold=True, align="center",
                   before=18, after=6, keep_next=True, keep_lines=True),
    ParagraphStyle("Heading1", "heading 1", next_id="Normal", bold=True, align="left", left=794, hanging=794, before=18,
                   keep_next=True, keep_lines=True, outline_level=0, builtin=True),
    ParagraphStyle("Heading2", "heading 2", based_on="Heading1", next_id="Normal", bold=True, align="left", left=794,
                   hanging=794, before=18, keep_next=True, keep_lines=True, outline_level=1, builtin=True),
    ParagraphStyle("Heading3", "heading 3", based_on="Heading1", next_id="Normal", bold=True, align="left", left=794,
                   hanging=794, before=12, keep_next=True, keep_lines=True, outline_level=2, builtin=True),
    ParagraphStyle("Headingi", "Heading_i", next_id="Normal", italic=True, align="left", before=8, keep_next=True),
    ParagraphStyle("AppendixNo", "Appendix_No", next_id="Appendixtitle", size=14, caps=True, align="center", before=24,
                   after=4, keep_next=True, keep_lines=True),
    ParagraphStyle("Appendixtitle", "Appendix_title", next_id="Normal", size=14, bold=True, align="center", before=12,
                   after=14, keep_next=True, keep_lines=True),
    ParagraphStyle("Tablehead", "Table_head", next_id="Tabletext", size=10, bold=True, align="center", before=4, after=4,
                   tabs=TABLE_TABS, keep_next=True),
    ParagraphStyle("Tabletext", "Table_text", size=10, align="left", before=2, after=2, tabs=TABLE_TABS),
    ParagraphStyle("Figure", "Figure", align="center", before=12, after=6, keep_next=True, keep_lines=True),
    ParagraphStyle("TableNoTitle", "Table_NoTitle", next_id="Tablehead", size=10, bold=True, align="center", before=18,
                   after=6, keep_next=True, keep_lines=True),
    ParagraphStyle("Figuretitle", "Figure_title", next_id="Normal", bold=True, align="center", before=0, after=24,
                   keep_lines=True),
    ParagraphStyle("Figurelegend", "Figure_legend", size=9, align="left", before=1, after=1, tabs=(),
                   keep_next=True, keep_lines=True),
    # Cover page of a contribution: the conference line and the two-column lines
    # ("PLENARY MEETING ⇥ Addendum 2 to Document 36-E"), typed with a right tab.
    ParagraphStyle("Coverconference", "Cover_conference", size=14, bold=True, align="left", before=0, tabs=(),
                   right_tabs=(PAGE.text_width,)),
    ParagraphStyle("Coverline", "Cover_line", align="left", before=0, tabs=(), right_tabs=(PAGE.text_width,)),
)

#: Character style of footnote references: 8 pt, raised 3 pt (conventions §1.2).
FOOTNOTE_REFERENCE = ("FootnoteReference", "footnote reference")
FOOTNOTE_REFERENCE_SIZE = 8.0
FOOTNOTE_REFERENCE_RAISE = 3.0

#: Colours of marks shown as formatting (the screen, the PDF, the print view) and of change bars.
INSERT_COLOR = "0000CC"
DELETE_COLOR = "CC0000"
CHANGE_BAR_COLOR = "000000"


@dataclass(frozen=True)
class Typography:
    """What a document's language changes in the styles: direction, complex-script font and size, Word's language tags.

    Arabic is read from ITU's Arabic template (E.119-A, styles.xml: Normal has
    w:bidi, Latin Times New Roman, complex script "Traditional Arabic" with
    w:szCs 30, i.e. 15 pt for 12-pt Latin text, and w:lang w:bidi ar-SA in the
    document defaults).  The complex-script size of the other styles is scaled
    by the same 15/12 (the template's own: Res_title 20 pt for 14 pt is 10/7,
    close to it).  Traditional Arabic is a Windows font: where it is missing the
    screen and the PDF use `cs_fallbacks`, the first installed.  Noto Sans Arabic
    comes first because Qt's PDF keeps its text: pdftotext gives back every
    letter, where with Amiri or Noto Naskh Arabic it loses the lam-alef ligatures.
    """

    direction: Literal["ltr", "rtl"] = "ltr"
    cs_font: str = FONT
    cs_scale: float = 1.0  # complex-script size over Latin size
    cs_fallbacks: tuple[str, ...] = ()
    lang: str = "en-GB"  # w:lang w:val
    bidi_lang: str = "ar-SA"  # w:lang w:bidi
    east_asia_lang: str = "en-US"

    def cs_size(self, size: float) -> float:
        return round(size * self.cs_scale * 2) / 2


#: By language code.  Only Arabic is read from an ITU template; the Chinese and Russian templates' fonts and
#: sizes are unverified (the Chinese E.119 file is not in ../shared/fixtures), so they keep the Latin styles.
TYPOGRAPHY: dict[str, Typography] = {
    "ar": Typography("rtl", "Traditional Arabic", 15 / 12, ("Noto Sans Arabic", "Amiri", "Noto Naskh Arabic", "DejaVu Sans"),
                     lang="ar-SA", bidi_lang="ar-SA"),
    "en": Typography(),
    "es": Typography(lang="es-ES"),
    "fr": Typography(lang="fr-FR"),
    "ru": Typography(lang="ru-RU"),
    "zh": Typography(lang="zh-CN", east_asia_lang="zh-CN", cs_fallbacks=("Noto Sans CJK SC", "Noto Serif CJK SC", "WenQuanYi Zen Hei")),
}


def typography(language: str) -> Typography:
    """The typography of a document in `language` (the English one for a code without its own)."""
    return TYPOGRAPHY.get(language, TYPOGRAPHY["en"])


def resolved(style_id: str) -> ParagraphStyle:
    """The style of a block, Normal when the id is unknown."""
    return STYLES.get(style_id, STYLES["Normal"])


_RTL_LETTERS = re.compile(r"[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")


def right_to_left(text: str) -> bool:
    """Whether a run holds letters of a right-to-left script (it takes the complex-script size)."""
    return _RTL_LETTERS.search(text) is not None


#: A picture without a size of its own prints this wide (points), its height in proportion.
PICTURE_WIDTH = 300.0


def picture_extent(picture: Picture) -> tuple[float, float] | None:
    """A figure's printed width and height in points, no wider than the text; None when the picture has no size
    (the writer then reads it from the image)."""
    width, height = picture.width, picture.height
    if width <= 0 or height <= 0:
        return None
    limit = PAGE.text_width / 20
    if width > limit:
        width, height = limit, height * limit / width
    return width, height


_LEFT_TO_RIGHT_START = re.compile(r"[A-Za-z0-9\u00c0-\u024f]")


def left_to_right_run(text: str) -> bool:
    """Whether a run ("a)", "ITU-T", "1") reads left to right inside a right-to-left line and must be isolated there:
    without it the bracket of "a)" takes the line's direction and mirrors, and the label shows as "(a"."""
    return _LEFT_TO_RIGHT_START.match(text) is not None and not right_to_left(text)
