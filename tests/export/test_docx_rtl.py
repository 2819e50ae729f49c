"""The DOCX of an Arabic document: right to left paragraph by paragraph, Arabic runs marked, the E.119-A fonts."""

from __future__ import annotations

from docxread import parts

from editor.export.docx.oxml import W
from editor.export.docx.writer import to_bytes
from editor.rules.engine import check_document
from tests.factories import arabic_document, base_document, language_document


def test_every_paragraph_of_an_arabic_export_is_right_to_left() -> None:
    doc = arabic_document()
    assert check_document(doc) == []
    for view in ("markup", "final", "print"):
        body = parts(to_bytes(doc, view))["word/document.xml"]  # type: ignore[arg-type]
        paragraphs = body.findall(f".//{W}p")
        assert paragraphs and all(p.find(f"{W}pPr/{W}bidi") is not None for p in paragraphs), view


def test_arabic_runs_are_rtl_and_latin_runs_are_not() -> None:
    body = parts(to_bytes(arabic_document()))["word/document.xml"]
    runs = [(r.findtext(f"{W}t") or "", r.find(f"{W}rPr/{W}rtl") is not None) for r in body.iter(f"{W}r")]
    assert ("أن يتعاون:", True) in runs
    labels = [(text, rtl) for text, rtl in runs if text.strip("\u200e") in ("a)", "b)", "1", "2")]
    assert labels and all(not rtl and text.startswith("\u200e") for text, rtl in labels)


def test_the_arabic_styles_are_the_e119_templates() -> None:
    styles = parts(to_bytes(arabic_document()))["word/styles.xml"]
    normal = styles.find(f"{W}style[@{W}styleId='Normal']")
    assert normal is not None
    assert normal.find(f"{W}pPr/{W}bidi") is not None
    fonts = normal.find(f"{W}rPr/{W}rFonts")
    assert fonts is not None and fonts.get(f"{W}cs") == "Traditional Arabic" and fonts.get(f"{W}ascii") == "Times New Roman"
    assert normal.find(f"{W}rPr/{W}szCs").get(f"{W}val") == "30"  # type: ignore[union-attr]
    assert normal.find(f"{W}rPr/{W}sz").get(f"{W}val") == "24"  # type: ignore[union-attr]
    lang = styles.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}lang")
    assert lang is not None and lang.get(f"{W}bidi") == "ar-SA"


def test_a_left_to_right_document_has_no_right_to_left_settings() -> None:
    for doc in (base_document(), language_document("fr"), language_document("zh")):
        data = parts(to_bytes(doc))
        assert data["word/document.xml"].find(f".//{W}bidi") is None
        assert data["word/document.xml"].find(f".//{W}rtl") is None


def test_the_fixed_words_are_the_documents_language() -> None:
    text = "".join(t.text or "" for t in parts(to_bytes(arabic_document()))["word/document.xml"].iter(f"{W}t"))
    assert "القرار" in text and "RESOLUTION" not in text
    chinese = "".join(t.text or "" for t in parts(to_bytes(language_document("zh")))["word/document.xml"].iter(f"{W}t"))
    assert "第7号决议（2016年，Hammamet，修订版）" in chinese
