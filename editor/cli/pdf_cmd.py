"""`main.py pdf FILE -o OUT.pdf [--view markup|final|original|print] [--no-comments]`: the printed page as a PDF."""

from __future__ import annotations

import argparse

from editor.cli.common import load
from editor.cli.export_cmd import add_view_option
from editor.xmlio.errors import printable


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> list[str]:
    p = sub.add_parser("pdf", help="print a document to PDF in the ITU layout (marks and change bars in the markup view)")
    p.add_argument("file")
    p.add_argument("-o", "--output", required=True, metavar="OUT.pdf", help="the PDF file to write (replaced atomically)")
    add_view_option(p)
    p.add_argument("--no-comments", action="store_true", help="leave out the comments (else numbered notes at the end)")
    p.set_defaults(func=run)
    return ["pdf"]


def run(args: argparse.Namespace) -> int:
    document = load(args.file)
    from editor.export import pdf

    pdf.ensure_gui_application()
    pdf.write_pdf(document, args.output, args.view, comments=not args.no_comments)
    left_out = ", comments left out" if args.no_comments and document.comments else ""
    print(f"{printable(args.output)}: written ({args.view} view{left_out})")
    return 0
