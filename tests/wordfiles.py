"""Small Word files built at test time: a main part and the parts a test needs, as a .docx's bytes."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape

if TYPE_CHECKING:
    from editor.importers.plaintext import ImportResult

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_TYPES = (b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" '
          b'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
_RELS = '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{}</Relationships>'
_REL = '<Relationship Id="r{0}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/{1}" Target="{2}"/>'
COLLEAGUE = ("B. Colleague", "2024-05-06T07:08:09Z")  # the author and date of the revisions these files hold


def zipped(members: dict[str, bytes], *, compress: bool = True) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return out.getvalue()


def body(paragraphs: str) -> bytes:
    return f'<w:document xmlns:w="{W_NS}"><w:body>{paragraphs}</w:body></w:document>'.encode()


def part(root: str, content: str) -> bytes:
    """A related part (w:footnotes, w:comments, w:numbering, w:styles) holding `content`."""
    return f'<w:{root} xmlns:w="{W_NS}">{content}</w:{root}>'.encode()


def package(document: bytes, **parts: bytes) -> bytes:
    """A minimal .docx: content types, the main part, and `parts` (styles=…, footnotes=…) related to it."""
    rels = "".join(_REL.format(i, kind, f"{kind}.xml") for i, kind in enumerate(parts))
    members = {"[Content_Types].xml": _TYPES, "word/document.xml": document, "word/_rels/document.xml.rels": _RELS.format(rels).encode()}
    members.update({f"word/{kind}.xml": data for kind, data in parts.items()})
    return zipped(members)


def run(text: str, *props: str) -> str:
    """A w:r with run properties ("i", "b") and its text (a TAB as w:tab)."""
    rpr = f"<w:rPr>{''.join(f'<w:{p}/>' for p in props)}</w:rPr>" if props else ""
    pieces = "<w:tab/>".join(f'<w:t xml:space="preserve">{escape(t)}</w:t>' for t in text.split("\t"))
    return f"<w:r>{rpr}{pieces}</w:r>"


def para(style: str, *runs: str, ppr: str = "") -> str:
    pstyle = f'<w:pStyle w:val="{style}"/>' if style else ""
    return f"<w:p><w:pPr>{pstyle}{ppr}</w:pPr>{''.join(runs)}</w:p>"


def who(author: tuple[str, str] = COLLEAGUE, rid: int = 1) -> str:
    """The w:id, w:author and w:date of a revision element."""
    return f'w:id="{rid}" w:author="{author[0]}" w:date="{author[1]}"'


def revised(kind: str, *runs: str, author: tuple[str, str] = COLLEAGUE) -> str:
    """Runs inside a revision element: w:ins, w:del, w:moveTo, w:moveFrom (a deleted run's text as w:delText)."""
    inner = "".join(r.replace("<w:t ", "<w:delText ").replace("</w:t>", "</w:delText>") if kind in ("del", "moveFrom") else r
                    for r in runs)
    return f"<w:{kind} {who(author)}>{inner}</w:{kind}>"


def mark(kind: str, author: tuple[str, str] = COLLEAGUE) -> str:
    """Paragraph properties whose paragraph mark is inserted or deleted (kind "ins" or "del"), for `para(…, ppr=mark(…))`."""
    return f"<w:rPr><w:{kind} {who(author)}/></w:rPr>"


def heading(number: str = "RESOLUTION 7 (Rev. Hammamet, 2016)", *keywords: str, styled: bool = True) -> list[str]:
    """The number line, title and preamble of a resolution, then keyword paragraphs: in the ITU styles, or all Normal."""
    styles = ("ResNo", "Restitle", "Normalaftertitle", "Call") if styled else ("", "", "", "")
    return [para(styles[0], run(number)), para(styles[1], run("Collaboration")),
            para(styles[2], run("The World Telecommunication Standardization Assembly (Hammamet, 2016),")),
            *(para(styles[3], run(k)) for k in keywords or ("considering",))]


def imported(folder: Path, paragraphs: list[str], **parts: bytes) -> ImportResult:
    """The import of a .docx holding `paragraphs` (and `parts`), written as in.docx in `folder`."""
    from editor.importers.docx import import_docx

    path = folder / "in.docx"
    path.write_bytes(package(body("".join(paragraphs)), **parts))
    return import_docx(path)
