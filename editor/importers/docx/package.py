"""The parts of a Word file, read with limits: a hostile or broken file is refused in one sentence.

A .docx is a ZIP archive of XML parts.  Only the parts the importer needs
are inflated, each through a stream that counts the bytes as they come (a
ZIP's header may lie about sizes), so a ZIP bomb stops at the limit rather
than filling the memory.  Each part is parsed by the editor's hardened XML
parser (no DTD, no entity, no network) and a part declaring a document type
is refused.  Files that are not Word documents at all (an OLE compound file:
a .doc or a password-protected document; an OpenDocument text; any other
ZIP) are named for what they are, with what to do.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from lxml import etree

from editor.xmlio.errors import DocumentError
from editor.xmlio.reader import load_bytes, parse_xml

__all__ = ["MAX_FILE", "MAX_PART", "MAX_TOTAL", "WordPackage", "read_package"]

MiB = 1024 * 1024
MAX_FILE = 64 * MiB  # the .docx itself, compressed (Resolution 1 with its pictures is 0.6 MiB)
MAX_PART = 64 * MiB  # one part, inflated
MAX_TOTAL = 256 * MiB  # every part read, inflated, together
MAX_ENTRIES = 10_000

MAIN_TYPES = (
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
    "application/vnd.ms-word.document.macroEnabled.main+xml",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
    "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
)
_FURNITURE = ("header", "footer")  # page headers and footers: read to report what they hold
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_CT = "{http://schemas.openxmlformats.org/package/2006/content-types}"
_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_REL_TYPES = {
    "styles": "/styles", "numbering": "/numbering", "footnotes": "/footnotes", "comments": "/comments", "settings": "/settings",
    "commentsExtended": "/commentsExtended",
}


@dataclass
class WordPackage:
    """The parsed parts the importer reads; a part the file does not have is None."""

    document: etree._Element
    styles: etree._Element | None = None
    numbering: etree._Element | None = None
    footnotes: etree._Element | None = None
    comments: etree._Element | None = None
    comments_extended: etree._Element | None = None  # Word 2013's threads and resolved states of the comments
    headers: list[etree._Element] = field(default_factory=list)
    footers: list[etree._Element] = field(default_factory=list)
    images: dict[str, Image] = field(default_factory=dict)  # relationship id -> a picture the main part shows


@dataclass(frozen=True)
class Image:
    """A picture part of the file: its bytes and its media type (None when no reader of ours shows that format)."""

    data: bytes
    media_type: str | None


#: Picture formats a figure keeps, by file extension (EMF, WMF, TIFF … cannot be shown by every reader: reported).
IMAGE_TYPES = {".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".gif": "image/gif"}


class _Budget:
    """The bytes inflated so far, against the per-part and total limits."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.total = 0

    def inflate(self, archive: zipfile.ZipFile, name: str) -> bytes:
        out = bytearray()
        try:
            with archive.open(name) as stream:
                while chunk := stream.read(1 << 20):
                    out += chunk
                    self.total += len(chunk)
                    if len(out) > MAX_PART:
                        raise DocumentError(self.path, f"is refused: its part {name} inflates to more than {MAX_PART // MiB} MiB "
                                                       "(a ZIP bomb, or not a resolution)")
                    if self.total > MAX_TOTAL:
                        raise DocumentError(self.path, f"is refused: its parts inflate to more than {MAX_TOTAL // MiB} MiB "
                                                       "in all (a ZIP bomb, or not a resolution)")
        except DocumentError:
            raise
        except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, ValueError, NotImplementedError, RuntimeError) as exc:
            raise DocumentError(self.path, f"is a damaged Word document: its part {name} cannot be inflated ({_reason(exc)})") from None
        return bytes(out)


def _reason(exc: BaseException) -> str:
    text = str(exc).strip().rstrip(".")
    return text[:120] or type(exc).__name__


def _ole_kind(data: bytes) -> str:
    """What an OLE compound file holds, from its directory's stream names (UTF-16)."""
    if "EncryptedPackage".encode("utf-16-le") in data or "EncryptionInfo".encode("utf-16-le") in data:
        return ("is a password-protected (encrypted) Word document: open it in Word, remove the password "
                "(File > Info > Protect Document > Encrypt with Password) and save it again, then import that")
    if "WordDocument".encode("utf-16-le") in data:
        return "is a Word 97-2003 document (.doc), which this editor does not read: save it in Word or LibreOffice as a Word document (.docx) and import that"
    return "is an OLE compound file (an older Office format), not a Word document (.docx)"


def read_package(path: str | Path) -> WordPackage:
    """The parts of the Word file at `path`, or a DocumentError naming the file and what is wrong."""
    p = Path(path)
    data = load_bytes(p, MAX_FILE, "a Word import reads")
    if data.startswith(_OLE):
        raise DocumentError(p, _ole_kind(data))
    if data[:2] != b"PK":
        what = "is empty" if not data else "is not a Word document (.docx): it is not a ZIP archive"
        raise DocumentError(p, what)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, ValueError) as exc:
        raise DocumentError(p, f"is a damaged ZIP archive, not a readable Word document ({_reason(exc)})") from None
    if len(infos) > MAX_ENTRIES:
        raise DocumentError(p, f"is refused: its ZIP archive holds {len(infos):,} entries, more than the {MAX_ENTRIES:,} a Word file may")
    names = {info.filename for info in infos}
    if any(info.flag_bits & 0x1 for info in infos):
        raise DocumentError(p, "is an encrypted ZIP archive, not a Word document this editor can read")
    budget = _Budget(p)
    main = _main_part(p, archive, names, budget)
    targets = _related(p, archive, names, main, budget)
    for kind in ("footnotes", "comments"):
        if kind in targets and targets[kind] not in names:
            raise DocumentError(p, f"is a damaged Word document: its {kind} part {targets[kind]} is missing")
    wanted = {"document": main, **{kind: t for kind, t in targets.items() if t in names and (kind in _REL_TYPES or kind.startswith(_FURNITURE))}}
    raw = {kind: budget.inflate(archive, name) for kind, name in wanted.items()}  # every limit checked before any parse
    parsed = {kind: _parse(p, wanted[kind], data) for kind, data in raw.items()}
    headers = [el for kind, el in parsed.items() if kind.startswith("header")]
    footers = [el for kind, el in parsed.items() if kind.startswith("footer")]
    images = {rid[len(_IMAGE):]: Image(budget.inflate(archive, name), IMAGE_TYPES.get(PurePosixPath(name).suffix.lower()))
              for rid, name in targets.items() if rid.startswith(_IMAGE) and name in names}
    return WordPackage(parsed["document"], parsed.get("styles"), parsed.get("numbering"), parsed.get("footnotes"),
                       parsed.get("comments"), parsed.get("commentsExtended"), headers, footers, images)


def _main_part(p: Path, archive: zipfile.ZipFile, names: set[str], budget: _Budget) -> str:
    """The main document part's name, from [Content_Types].xml (word/document.xml in every Word file)."""
    if "mimetype" in names and "content.xml" in names:
        raise DocumentError(p, "is an OpenDocument file (.odt), not a Word document: save it from LibreOffice as Word (.docx) and import that")
    if "[Content_Types].xml" not in names:
        what = "has no word/document.xml" if "word/document.xml" not in names else "has no [Content_Types].xml part"
        raise DocumentError(p, f"is a ZIP archive but not a Word document: it {what}")
    types = _parse(p, "[Content_Types].xml", budget.inflate(archive, "[Content_Types].xml"))
    for override in types.iter(_CT + "Override"):
        if override.get("ContentType") in MAIN_TYPES:
            name = (override.get("PartName") or "").lstrip("/")
            if name in names:
                return name
            raise DocumentError(p, f"is a damaged Word document: its main part {name} is missing")
    raise DocumentError(p, "is a ZIP archive but not a Word document: it has no main document part (word/document.xml)")


def _related(p: Path, archive: zipfile.ZipFile, names: set[str], main: str, budget: _Budget) -> dict[str, str]:
    """Kind ("styles", "footnotes", "header1", "footer1" …) -> part name, from the main part's relationships."""
    folder = PurePosixPath(main).parent
    rels = f"{folder}/_rels/{PurePosixPath(main).name}.rels"
    if rels not in names:
        return {}
    root = _parse(p, rels, budget.inflate(archive, rels))
    out: dict[str, str] = {}
    furniture = dict.fromkeys(_FURNITURE, 0)
    for rel in root.iter(_REL + "Relationship"):
        if rel.get("TargetMode") == "External":
            continue
        kind = (rel.get("Type") or "").rsplit("/", 1)[-1]
        target = rel.get("Target") or ""
        name = target.lstrip("/") if target.startswith("/") else str(PurePosixPath(folder, target))
        if kind in furniture:
            furniture[kind] += 1
            out[f"{kind}{furniture[kind]}"] = name
        elif kind == "image":
            out[_IMAGE + (rel.get("Id") or "")] = name
        elif f"/{kind}" in _REL_TYPES.values():
            out[kind] = name
    return out


_IMAGE = "image:"  # the prefix of a picture's relationship id among the related parts


def _parse(p: Path, name: str, data: bytes) -> etree._Element:
    try:
        return parse_xml(data, None)
    except DocumentError as exc:
        message = exc.message.removeprefix("is ").replace("documents of this editor never have", "Word files never have")
        raise DocumentError(p, f"is a damaged or unsafe Word document: its part {name} {_verb(message)}") from None


def _verb(message: str) -> str:
    """The reader's sentence ("not well-formed XML: …", "contains a DOCTYPE …") after "its part NAME"."""
    return message if message.startswith(("contains", "holds")) else f"is {message}"
