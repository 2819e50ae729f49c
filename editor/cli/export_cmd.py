"""`main.py export FILE --docx OUT.docx [--view markup|final|original|print] [--no-comments]`: an ITU-styled Word file."""

from __future__ import annotations

import argparse

from editor.cli.common import load
from editor.export.blocks import EXPORT_VIEWS
from editor.xmlio.errors import printable


def add_view_option(parser: argparse.ArgumentParser) -> None:
    """--view, shared by the export and pdf commands."""
    parser.add_argument(
        "--view", choices=EXPORT_VIEWS, default="markup",
        help="markup: tracked changes (default); final / original: clean text with the changes accepted / rejected; "
             "print: changes shown as coloured underline and strike-through",
    )


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> list[str]:
    p = sub.add_parser("export", help="export a document as an ITU-styled Word file with real revision marks")
    p.add_argument("file")
    p.add_argument("--docx", required=True, metavar="OUT.docx", help="the Word file to write (replaced atomically)")
    add_view_option(p)
    p.add_argument("--no-comments", action="store_true", help="leave the document's comments out of the Word file")
    p.set_defaults(func=run)
    return ["export"]


def run(args: argparse.Namespace) -> int:
    from editor.export.docx.writer import write

    document = load(args.file)
    write(document, args.docx, args.view, comments=not args.no_comments)
    left_out = ", comments left out" if args.no_comments and document.comments else ""
    print(f"{printable(args.docx)}: written ({args.view} view{left_out})")
    return 0
