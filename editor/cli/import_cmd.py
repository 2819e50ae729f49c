"""`main.py import SRC -o OUT.xml [--lang CODE] [--outline]`: plain text or a Word file to a structured, schema-valid document."""

from __future__ import annotations

import argparse
import sys

from editor.cli.common import write
from editor.importers.files import import_path
from editor.languages import CODES
from editor.languages import load as load_language
from editor.model.outline import outline
from editor.xmlio.errors import printable


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> list[str]:
    p = sub.add_parser("import", help="turn a plain-text or Word (.docx) resolution or proposal into a document")
    p.add_argument("source", metavar="SRC", help="text copied from a PDF, a web page or Word (.txt), or a Word file (.docx)")
    p.add_argument("-o", "--output", metavar="OUT.xml", required=True, help="the document to write")
    p.add_argument("--lang", choices=CODES, help="the language of the text's keywords (default: detected from the text)")
    p.add_argument("--outline", action="store_true", help="print the outline of what was imported (as main.py outline)")
    p.set_defaults(func=run)
    return ["import"]


def run(args: argparse.Namespace) -> int:
    """Exit 0 when imported (messages go to stderr as SRC:LINE: message), 2 when unreadable or refused.

    A text read in another language than English says so first, with why.
    """
    result = import_path(args.source, args.lang)
    if result.language != "en" or args.lang:
        name = load_language(result.language).name
        print(f"{args.source}: read as {name} ({result.language_reason})", file=sys.stderr)
    for line in result.report():
        print(printable(line), file=sys.stderr)  # one line each, even for a file name holding a newline
    write(result.document, args.output)
    if args.outline:
        for line in outline(result.document):
            print(printable(line))
    return 0
