"""Word styles -> the ITU style a paragraph stands in, by style id or by the name Word shows.

ITU files name their styles "Res_No", "Call", "enumlev1" and give them ids
without the underscores ("ResNo"); LibreOffice's re-save renames some
("Enumlev1", "Footnote"), a drafter's template may add a style based on an
ITU one.  Matching the id, then the display name, then the style it is based
on (each with case, spaces and underscores ignored) finds the ITU style in
all of these.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

from editor.export.styles import STYLES
from editor.importers.docx.wordml import W, child, on, val

#: ITU styles the model has no element for yet (body sections, headings, notes, figures, tables, appendices).
BODY_STYLES = (
    "SectionNo", "Sectiontitle", "Headingi", "Resdate", "Note", "AppendixNo", "Appendixtitle", "Figure", "Figurelegend",
    "FigureNotitle", "Tablehead", "Tabletext", "TableNotitle", "Tablelegend", "Heading1", "Heading2", "Heading3", "Heading4",
    "Title2", "Title3", "Title4", "Equation",
)
KNOWN = (*STYLES, *BODY_STYLES)
_ALIASES = {
    "normalaftertitle0": "Normalaftertitle", "footnote": "FootnoteText", "footnotetext": "FootnoteText", "resno": "ResNo",
    "restitle": "Restitle", "resref": "Resref", "annexno": "AnnexNo", "annextitle": "Annextitle", "headingb": "Headingb",
    "title1": "Title1", "recno": "ResNo", "rectitle": "Restitle", "recref": "Resref", "heading1": "Heading1",
    "heading2": "Heading2", "heading3": "Heading3", "heading4": "Heading4", "textbody": "Normal", "default": "Normal",
    "defaultparagraphstyle": "Normal", "standard": "Normal",
}
_BY_KEY = {**{s.lower(): s for s in KNOWN}, **_ALIASES}


def _key(name: str) -> str:
    return "".join(c for c in name.lower() if c.isalnum())


@dataclass
class StyleSheet:
    """The file's paragraph and character styles, resolved to ITU style ids and run formatting."""

    paragraph: dict[str, str] = field(default_factory=dict)  # styleId -> ITU id ("" when none)
    names: dict[str, str] = field(default_factory=dict)  # styleId -> display name
    character: dict[str, tuple[bool, bool]] = field(default_factory=dict)  # styleId -> (italic, bold)
    numbering: dict[str, tuple[str, str]] = field(default_factory=dict)  # paragraph styleId -> (numId, ilvl)
    default: str = "Normal"

    def itu(self, style_id: str | None) -> str:
        """The ITU style of a paragraph with w:pStyle `style_id` (the default paragraph style when None)."""
        if not style_id:
            return self.paragraph.get(self.default, "Normal")
        if style_id in self.paragraph:
            return self.paragraph[style_id]
        return _BY_KEY.get(_key(style_id), "")

    def name(self, style_id: str | None) -> str:
        return self.names.get(style_id or self.default, style_id or "Normal")


def read_styles(root: etree._Element | None) -> StyleSheet:
    sheet = StyleSheet()
    if root is None:
        return sheet
    based: dict[str, str] = {}
    found: dict[str, str] = {}
    for style in root.iter(W + "style"):
        sid = val(style, "styleId") or ""
        name = val(child(style, "name")) or sid
        kind = val(style, "type")
        if kind == "character":
            rpr = child(style, "rPr")
            sheet.character[sid] = (on(child(rpr, "i")), on(child(rpr, "b")))
            continue
        if kind != "paragraph":
            continue
        sheet.names[sid] = name
        if val(style, "default") in ("1", "true"):
            sheet.default = sid
        found[sid] = _BY_KEY.get(_key(sid), "") or _BY_KEY.get(_key(name), "")
        parent = val(child(style, "basedOn"))
        if parent:
            based[sid] = parent
        numpr = child(style, "pPr", "numPr")
        if numpr is not None:
            sheet.numbering[sid] = (val(child(numpr, "numId")) or "0", val(child(numpr, "ilvl")) or "0")
    for sid in found:
        walk, seen = sid, 0
        while not found.get(walk) and walk in based and seen < 8:
            walk, seen = based[walk], seen + 1
        sheet.paragraph[sid] = found.get(walk, "")
    return sheet
