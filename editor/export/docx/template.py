"""The blank package every Word export starts from: python-docx's default template, without what it leaves behind.

`docx.Document()` opens the template python-docx ships (docx/templates/
default.docx, saved by Word 2010 for Mac).  Left as it is, every export
would carry that file's history: word/stylesWithEffects.xml (a Word 2010
copy of the styles that no longer matches ours, which validators report),
a numbering part whose lists point at styles that do not exist (the export
types its labels and uses no Word numbering), a bibliography part, a
blank thumbnail that settings.xml asks Word to keep up to date
(w:savePreviewPicture), the template's rsids, spelling state and document
id, Word 2010's compatibility
mode with w:useFELayout, and docProps/app.xml naming "Microsoft Macintosh
Word" 14.0.  `blank()` takes these out through the package's relationships
(a part nobody relates to is not written, so no relationship dangles) and
names this application and its version instead.
"""

from __future__ import annotations

import importlib.metadata
import re
from xml.sax.saxutils import escape

import docx
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from lxml import etree

import editor
from editor.export.docx.oxml import W, w

APPLICATION = "Resolution Editor"
DISTRIBUTION = "resolution-editor"  # the name pyproject.toml gives the package

STYLES_WITH_EFFECTS = "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects"
#: Relationships of the main document part to parts of the template that no export uses.
UNUSED_DOCUMENT_PARTS = (STYLES_WITH_EFFECTS, RT.NUMBERING, RT.CUSTOM_XML)
#: Package relationships to parts of the template that no export uses.
UNUSED_PACKAGE_PARTS = (RT.THUMBNAIL,)

WORD_NS = "http://schemas.microsoft.com/office/word"
#: Word 2013 and later (Word opens an older mode's file in "Compatibility Mode").
COMPATIBILITY_MODE = "15"
W14 = "{http://schemas.microsoft.com/office/word/2010/wordml}"
#: Settings of the template that describe that one file: its preview picture, its editing sessions, its spelling
#: state (w:proofState "clean" would tell Word that our text was checked already, and hide its misspellings) and
#: its document id (w14:docId, the same in every export otherwise).
UNUSED_SETTINGS = (W + "savePreviewPicture", W + "rsids", W + "proofState", W14 + "docId")


def version() -> str:
    """This application's version, from the installed package's metadata (editor.__version__ feeds both)."""
    try:
        return importlib.metadata.version(DISTRIBUTION)
    except importlib.metadata.PackageNotFoundError:  # run from a checkout that was never installed
        return editor.__version__


def app_version(text: str) -> str:
    """docProps/app.xml's AppVersion, which ECMA-376 wants as XX.YYYY: "0.1.0" -> "00.0100", "1.12.3" -> "01.1203", "3.1rc1" -> "03.0100"."""
    major, minor, patch = (min(int(m.group()), 99) if (m := re.match(r"\d+", part)) else 0
                           for part in [*text.split("."), "0", "0"][:3])
    return f"{major:02d}.{minor:02d}{patch:02d}"


def blank() -> docx.document.Document:
    """python-docx's default document, cleaned: the starting point of every export."""
    package = docx.Document()
    _drop_relationships(package)
    _name_application(package)
    _settings(package.settings.element)
    _strip_rsids(package.element)
    return package


def _drop_relationships(package: docx.document.Document) -> None:
    """Unrelate the unused parts: python-docx writes only the parts reachable through relationships."""
    part = package.part
    for rel in [r for r in part.rels.values() if r.reltype in UNUSED_DOCUMENT_PARTS]:
        part.drop_rel(rel.rId)
    opc = part.package
    for rel in [r for r in opc.rels.values() if r.reltype in UNUSED_PACKAGE_PARTS]:
        del opc.rels[rel.rId]


def app_properties() -> bytes:
    """docProps/app.xml naming this application and its version (and nothing counted by another one)."""
    return (
        "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
        f"<Application>{escape(APPLICATION)}</Application>"
        "<DocSecurity>0</DocSecurity>"
        f"<AppVersion>{app_version(version())}</AppVersion>"
        "</Properties>"
    ).encode()


def _name_application(package: docx.document.Document) -> None:
    """Replace the template's app.xml part by ours, under the same name and relationship type."""
    opc = package.part.package
    for rel in [r for r in opc.rels.values() if r.reltype == RT.EXTENDED_PROPERTIES]:
        del opc.rels[rel.rId]
    opc.relate_to(Part(PackURI("/docProps/app.xml"), CT.OFC_EXTENDED_PROPERTIES, app_properties(), opc),
                  RT.EXTENDED_PROPERTIES)


def _settings(settings: etree._Element) -> None:
    """Word 2013 compatibility mode, no w:useFELayout, none of the template's own settings (UNUSED_SETTINGS)."""
    for tag in UNUSED_SETTINGS:
        for el in settings.findall(tag):
            settings.remove(el)
    compat = settings.find(W + "compat")
    if compat is None:  # the template has one (its place in the schema's order is fixed)
        return
    for el in compat.findall(W + "useFELayout"):
        compat.remove(el)
    mode = next((el for el in compat.findall(W + "compatSetting") if el.get(W + "name") == "compatibilityMode"), None)
    if mode is None:
        mode = w(compat, "compatSetting", name="compatibilityMode", uri=WORD_NS)
    mode.set(W + "val", COMPATIBILITY_MODE)


def _strip_rsids(root: etree._Element) -> None:
    """The template's revision-session ids (w:rsidR, w:rsidSect … on what it left in the body)."""
    for el in root.iter():
        for name in [n for n in el.attrib if str(n).startswith(W + "rsid")]:
            del el.attrib[name]
