"""What `accept` and `reject` share: read a file, resolve every mark one way, save."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from editor.cli.common import load, write
from editor.model.session import EditSession
from editor.revisions.review import list_changes
from editor.xmlio.errors import printable


def register_resolver(sub: argparse._SubParsersAction[argparse.ArgumentParser], name: str, help_text: str, resolve: Callable[[EditSession], None]) -> list[str]:
    p = sub.add_parser(name, help=help_text)
    p.add_argument("file", help="a document with revision marks")
    p.add_argument("-o", "--output", required=True, help="where to write the document without marks")

    def run(args: argparse.Namespace) -> int:
        doc = load(args.file)
        count = len(list_changes(doc))
        session = EditSession(doc, tracking=False)
        resolve(session)
        write(doc, args.output)
        print(f"{printable(args.output)}: {count} change{'s' if count != 1 else ''} {name}ed")
        return 0

    p.set_defaults(func=run)
    return [name]
