"""`main.py compare OLD.xml NEW.xml -o MARKED.xml [--author NAME] [--date ISO]`."""

from __future__ import annotations

import argparse
import re
import sys

from editor.cli.common import load, write
from editor.revisions.compare import compare
from editor.revisions.review import list_changes
from editor.xmlio.errors import printable

_ISO = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> list[str]:
    p = sub.add_parser("compare", help="mark the changes from OLD to NEW as a MOD document")
    p.add_argument("old", help="the earlier text (for example the in-force resolution)")
    p.add_argument("new", help="the later text")
    p.add_argument("-o", "--output", required=True, help="where to write the marked document")
    p.add_argument("--author", help="author of the marks (default: the source on NEW's cover page)")
    p.add_argument("--date", help="date of the marks, e.g. 2022-02-01T10:00:00Z (default: now)")
    p.set_defaults(func=run)
    return ["compare"]


def run(args: argparse.Namespace) -> int:
    if args.date and not _ISO.fullmatch(args.date):
        print(f"error: --date '{args.date}' is not a date and time such as 2022-02-01T10:00:00Z", file=sys.stderr)
        return 2
    old = load(args.old)
    new = load(args.new)
    author = args.author or (new.cover.source if new.cover is not None and new.cover.source else "Compare")
    marked = compare(old, new, author, args.date)
    write(marked, args.output)
    count = len(list_changes(marked))
    print(f"{printable(args.output)}: {count} change{'s' if count != 1 else ''} marked")
    return 0
