"""The Word package holds only what the export uses: no part of python-docx's template left over, no dangling
relationship, this application named in docProps/app.xml, Word 2013's compatibility mode; an OOXML validator agrees."""

from __future__ import annotations

import importlib.metadata
import io
import posixpath
import re
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from docxread import W
from factories import annexed_document, arabic_document, base_document, commented_document, mod_document
from footnotedocs import tracked_footnotes_document
from lxml import etree

from editor.export.docx.template import APPLICATION, app_version
from editor.export.docx.writer import to_bytes
from editor.model import Document

R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
CT_NS = "{http://schemas.openxmlformats.org/package/2006/content-types}"
APP_NS = "{http://schemas.openxmlformats.org/officeDocument/2006/extended-properties}"

DOCUMENTS: dict[str, tuple[Callable[[], Document], str]] = {
    "in-force text, final": (base_document, "final"),
    "MOD proposal, markup": (lambda: mod_document()[0], "markup"),
    "MOD proposal, print": (lambda: mod_document()[0], "print"),
    "tracked footnotes, markup": (lambda: tracked_footnotes_document()[0], "markup"),
    "comments, markup": (lambda: commented_document()[0], "markup"),
    "Arabic, final": (arabic_document, "final"),
    "annex, original": (annexed_document, "original"),
}


@pytest.fixture(scope="module", params=list(DOCUMENTS))
def exported(request: pytest.FixtureRequest) -> bytes:
    make, view = DOCUMENTS[request.param]
    return to_bytes(make(), view)  # type: ignore[arg-type]


def _zip(data: bytes) -> zipfile.ZipFile:
    return zipfile.ZipFile(io.BytesIO(data))


def _rels_of(z: zipfile.ZipFile, name: str) -> str:
    folder, base = posixpath.split(name)
    return posixpath.join(folder, "_rels", base + ".rels")


def test_nothing_of_the_template_that_the_export_does_not_use(exported: bytes) -> None:
    names = set(_zip(exported).namelist())
    for left_over in ("word/stylesWithEffects.xml", "word/numbering.xml", "docProps/thumbnail.jpeg", "customXml/item1.xml"):
        assert left_over not in names
    assert not any(n.startswith("customXml/") for n in names)
    types = _zip(exported).read("[Content_Types].xml").decode()
    assert "stylesWithEffects" not in types and "numbering" not in types


def test_every_relationship_reaches_a_part_and_every_part_is_reached(exported: bytes) -> None:
    z = _zip(exported)
    names = set(z.namelist())
    reached: set[str] = set()
    for rels in (n for n in names if n.endswith(".rels")):
        source_folder = posixpath.dirname(posixpath.dirname(rels))  # word/_rels/document.xml.rels -> word
        source = posixpath.join(source_folder, posixpath.basename(rels)[: -len(".rels")])
        assert source in names or rels == "_rels/.rels", f"{rels} belongs to no part"
        ids = set()
        for rel in etree.fromstring(z.read(rels)).iter(PKG_RELS):
            ids.add(rel.get("Id"))
            if rel.get("TargetMode") == "External":
                continue
            target = posixpath.normpath(posixpath.join(source_folder, rel.get("Target", "")))
            assert target in names, f"{rels}: {rel.get('Id')} points at {target}, which the package does not hold"
            reached.add(target)
        if source.endswith(".xml") and source in names:  # every r:id the part uses is one of its relationships
            used = {v for el in etree.fromstring(z.read(source)).iter() for k, v in el.attrib.items() if str(k).startswith(f"{{{R_NS}}}")}
            assert used <= ids, f"{source} refers to {sorted(used - ids)}"
    parts = {n for n in names if not n.endswith(".rels") and n != "[Content_Types].xml"}
    assert parts == reached, f"parts nobody relates to: {sorted(parts - reached)}"
    overrides = {el.get("PartName", "").lstrip("/") for el in etree.fromstring(z.read("[Content_Types].xml")).iter(CT_NS + "Override")}
    assert overrides <= names, f"content types for missing parts: {sorted(overrides - names)}"


def test_app_properties_name_this_application_and_its_version(exported: bytes) -> None:
    app = etree.fromstring(_zip(exported).read("docProps/app.xml"))
    assert app.findtext(APP_NS + "Application") == APPLICATION == "Resolution Editor"
    version = app.findtext(APP_NS + "AppVersion") or ""
    assert re.fullmatch(r"\d\d\.\d{4}", version), "ECMA-376 wants AppVersion as XX.YYYY"
    assert version == app_version(importlib.metadata.version("resolution-editor"))
    assert b"Microsoft" not in _zip(exported).read("docProps/app.xml")


@pytest.mark.parametrize(("version", "expected"), [("0.1.0", "00.0100"), ("1.12.3", "01.1203"), ("2", "02.0000"), ("3.1rc1", "03.0100")])
def test_app_version_is_written_as_ecma_wants_it(version: str, expected: str) -> None:
    assert app_version(version) == expected


def test_settings_ask_for_word_2013_and_carry_no_history(exported: bytes) -> None:
    settings = etree.fromstring(_zip(exported).read("word/settings.xml"))
    modes = [el.get(W + "val") for el in settings.iter(W + "compatSetting") if el.get(W + "name") == "compatibilityMode"]
    assert modes == ["15"]
    mode = next(el for el in settings.iter(W + "compatSetting") if el.get(W + "name") == "compatibilityMode")
    assert mode.get(W + "uri") == "http://schemas.microsoft.com/office/word"
    for gone in ("useFELayout", "savePreviewPicture", "rsids", "proofState"):
        assert settings.find(f".//{W}{gone}") is None, gone
    assert settings.find("{http://schemas.microsoft.com/office/word/2010/wordml}docId") is None


def test_no_part_carries_rsids(exported: bytes) -> None:
    z = _zip(exported)
    for name in (n for n in z.namelist() if n.endswith(".xml")):
        assert b"w:rsid" not in z.read(name), name


def test_an_ooxml_validator_finds_nothing(exported: bytes, tmp_path: Path) -> None:
    """openxml-audit (the Open XML SDK's checks in Python): schema, semantics and package."""
    from openxml_audit import OpenXmlValidator

    path = tmp_path / "export.docx"
    path.write_bytes(exported)
    result = OpenXmlValidator(max_errors=0).validate(path)
    assert result.is_valid, "\n".join(str(e) for e in result.errors)
    assert not result.errors
