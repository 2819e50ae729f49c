"""The ITU styles built in code from editor.export.styles, with ITU styleIds and display names.

The styles part of python-docx's default template is emptied and refilled,
so a file never carries styles a drafter did not ask for, and the template is
reproducible from this code rather than edited by hand in a word processor.
"""

from __future__ import annotations

from lxml import etree

from editor.export.docx.oxml import W, w
from editor.export.styles import (
    FONT,
    FOOTNOTE_REFERENCE,
    FOOTNOTE_REFERENCE_RAISE,
    FOOTNOTE_REFERENCE_SIZE,
    STYLES,
    ParagraphStyle,
    Typography,
    typography,
)

ENGLISH = typography("en")


def _half_points(pt: float) -> str:
    return str(round(pt * 2))


def _twips(pt: float) -> str:
    return str(round(pt * 20))


def _fonts(rpr: etree._Element, kind: Typography = ENGLISH) -> None:
    w(rpr, "rFonts", ascii=FONT, hAnsi=FONT, cs=kind.cs_font, eastAsia=FONT)


def paragraph_properties(style: ParagraphStyle, parent: etree._Element, kind: Typography = ENGLISH) -> None:
    """pPr children in the order the schema requires (keepNext … jc)."""
    ppr = w(parent, "pPr")
    if style.keep_next:
        w(ppr, "keepNext")
    if style.keep_lines:
        w(ppr, "keepLines")
    if kind.direction == "rtl" and style.style_id == "Normal":  # as E.119-A's Normal
        w(ppr, "bidi")
    inherited = STYLES[style.based_on].tabs if style.based_on in STYLES else ()
    cleared = [t for t in inherited if t not in style.tabs]
    if style.tabs or style.right_tabs or cleared:
        tabs = w(ppr, "tabs")
        stops = [(t, "clear") for t in cleared] + [(t, "left") for t in style.tabs] + [(t, "right") for t in style.right_tabs]
        for pos, tab_kind in sorted(stops):
            w(tabs, "tab", val=tab_kind, pos=str(pos))
    w(ppr, "spacing", before=_twips(style.before), after=_twips(style.after), line="240", lineRule="auto")
    if style.left or style.hanging:
        ind = w(ppr, "ind", left=str(style.left))
        if style.hanging:
            ind.set(W + "hanging", str(style.hanging))
    w(ppr, "jc", val=style.align)


def run_properties(style: ParagraphStyle, parent: etree._Element, kind: Typography = ENGLISH) -> None:
    """Run formatting; a flag the base style sets and this one does not is switched off explicitly."""
    rpr = w(parent, "rPr")
    _fonts(rpr, kind)
    base = STYLES.get(style.based_on or "")
    for name, tags in (("bold", ("b", "bCs")), ("italic", ("i", "iCs")), ("caps", ("caps",))):
        own, inherited = getattr(style, name), base is not None and getattr(base, name)
        for tag in tags:
            if own:
                w(rpr, tag)
            elif inherited:
                w(rpr, tag, val="0")
    w(rpr, "sz", val=_half_points(style.size))
    w(rpr, "szCs", val=_half_points(kind.cs_size(style.size)))


def style_element(style: ParagraphStyle, parent: etree._Element, kind: Typography = ENGLISH) -> etree._Element:
    el = w(parent, "style", type="paragraph", styleId=style.style_id)
    if style.style_id == "Normal":
        el.set(W + "default", "1")
    w(el, "name", val=style.name)
    if style.based_on:
        w(el, "basedOn", val=style.based_on)
    if style.next_id:
        w(el, "next", val=style.next_id)
    w(el, "qFormat")
    paragraph_properties(style, el, kind)
    run_properties(style, el, kind)
    return el


def _character_styles(styles: etree._Element) -> None:
    default = w(styles, "style", type="character", default="1", styleId="DefaultParagraphFont")
    w(default, "name", val="Default Paragraph Font")
    w(default, "uiPriority", val="1")
    w(default, "semiHidden")
    ref_id, ref_name = FOOTNOTE_REFERENCE
    ref = w(styles, "style", type="character", styleId=ref_id)
    w(ref, "name", val=ref_name)
    w(ref, "basedOn", val="DefaultParagraphFont")
    rpr = w(ref, "rPr")
    w(rpr, "position", val=_half_points(FOOTNOTE_REFERENCE_RAISE))
    w(rpr, "sz", val=_half_points(FOOTNOTE_REFERENCE_SIZE))
    table = w(styles, "style", type="table", default="1", styleId="TableNormal")
    w(table, "name", val="Normal Table")
    w(table, "semiHidden")


def install(styles: etree._Element, kind: Typography = ENGLISH) -> None:
    """Replace every style of a styles part root (w:styles) by the ITU set, in the document language's typography."""
    for el in styles.findall(W + "style"):
        styles.remove(el)
    defaults = styles.find(W + "docDefaults")
    if defaults is not None:
        styles.remove(defaults)
    defaults = w(styles, "docDefaults")
    rpr = w(w(defaults, "rPrDefault"), "rPr")
    _fonts(rpr, kind)
    w(rpr, "sz", val="24")
    w(rpr, "szCs", val=_half_points(kind.cs_size(12)))
    w(rpr, "lang", val=kind.lang, eastAsia=kind.east_asia_lang, bidi=kind.bidi_lang)
    w(defaults, "pPrDefault")
    styles.insert(0, defaults)
    for style in STYLES.values():
        style_element(style, styles, kind)
    _character_styles(styles)
