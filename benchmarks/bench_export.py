"""DOCX export and PDF printing of the large generated document (issue 6).

Targets: DOCX export under 3 s.  For comparison, pandoc writes a DOCX from
HTML generated here from the same blocks (no revision marks, no ITU styles:
a lower bound for "some other tool writes the same content"), and the PDF
path (QTextDocument + QPdfWriter) is timed on the same document.
"""

from __future__ import annotations

import html
import shutil
import subprocess
import tempfile
from pathlib import Path

from generate import clause_count, large_document
from timing import median_seconds

from editor.export.blocks import Layout, layout
from editor.export.docx.writer import to_bytes

TARGET_DOCX_S = 3.0




def blocks_html(lay: Layout) -> str:
    """The blocks as HTML (one <p class="Style"> per block, <ins>/<del> for marks), for pandoc."""
    out = ["<html><head><meta charset='utf-8'><title>bench</title></head><body>"]
    for block in lay.blocks:
        parts = []
        for run in block.runs:
            text = html.escape(run.text).replace("\t", "&#9;").replace("\n", "<br/>")
            if run.italic:
                text = f"<i>{text}</i>"
            if run.bold:
                text = f"<b>{text}</b>"
            mark = run.mark or block.mark
            if mark is not None:
                text = f"<{mark.kind}>{text}</{mark.kind}>"
            parts.append(text)
        out.append(f"<p class='{block.style}'>{''.join(parts)}</p>")
    out.append("</body></html>")
    return "\n".join(out)


def main() -> None:
    doc = large_document()
    print(f"document: {len(doc.proposals)} resolutions, {clause_count(doc)} clauses")
    lay = layout(doc, "markup")
    print(f"blocks (markup view):            {len(lay.blocks)} paragraphs, {len(lay.marks())} marks")
    data = to_bytes(doc, "markup")
    for view in ("markup", "final", "print"):
        seconds = median_seconds(lambda v=view: to_bytes(doc, v))  # type: ignore[misc]
        verdict = "ok" if seconds < TARGET_DOCX_S else "OVER TARGET"
        print(f"DOCX export, {view:<7} view:       {seconds:6.2f} s  (target < {TARGET_DOCX_S:.0f} s: {verdict}; median of 3)")
    print(f"DOCX size:                        {len(data) / 1024:6.0f} KiB")
    pandoc = shutil.which("pandoc")
    if pandoc is None:
        print("pandoc HTML -> DOCX:              pandoc not installed")
    else:
        with tempfile.TemporaryDirectory() as tmp:
            source = Path(tmp) / "large.html"
            source.write_text(blocks_html(lay), encoding="utf-8")
            out = Path(tmp) / "large.docx"

            def run_pandoc() -> None:
                subprocess.run([pandoc, "-f", "html", "-t", "docx", "-o", str(out), str(source)], check=True)

            print(f"pandoc HTML -> DOCX (same blocks): {median_seconds(run_pandoc, 1):6.2f} s  (one run; no ITU styles, no revisions)")
    try:
        from editor.export.pdf import ensure_gui_application, to_pdf_bytes
    except ImportError as exc:  # PySide6 missing
        print(f"PDF: not measured ({exc})")
        return
    ensure_gui_application()
    pdf = to_pdf_bytes(doc, "markup")
    seconds = median_seconds(lambda: to_pdf_bytes(doc, "markup"))
    print(f"PDF (QTextDocument + QPdfWriter):  {seconds:6.2f} s  ({len(pdf) / 1024:.0f} KiB, markup view with change bars; median of 3)")
