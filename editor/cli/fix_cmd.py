"""`main.py fix FILE [--rule ID] -o OUT.xml [--author NAME] [--no-track]`: apply the quick fixes.

In MOD proposals the fixes are recorded as revision marks by NAME (unless
--no-track), like any other change to the text being modified; elsewhere
they are plain edits.  The result is validated and written atomically; the
problems left are listed as `validate` would list them.  Exit status as for
`validate`, about the fixed document: 0 no error left, 1 errors left, 2 the
input is unreadable (or the rule unknown).
"""

from __future__ import annotations

import argparse
import sys

from editor.cli import EXIT_OK, EXIT_PROBLEMS, EXIT_UNREADABLE
from editor.cli.common import load, write
from editor.cli.validate_cmd import text_line
from editor.model.session import EditSession
from editor.rules.engine import RULES, check_document, fix_all
from editor.xmlio.errors import printable


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> list[str]:
    p = sub.add_parser("fix", help="apply the quick fixes of the drafting checks and write the result")
    p.add_argument("file")
    p.add_argument("--rule", help="only this rule (e.g. lettering.duplicate) or family (e.g. lettering)")
    p.add_argument("-o", "--output", required=True, help="where to write the fixed document")
    p.add_argument("--author", default="Resolution Editor", help="author of the revision marks in MOD proposals")
    p.add_argument("--no-track", action="store_true", help="do not record the fixes as revision marks")
    p.set_defaults(func=run)
    return ["fix"]


def run(args: argparse.Namespace) -> int:
    if args.rule and not any(r == args.rule or r.startswith(args.rule + ".") for r in RULES):
        print(f"error: there is no check named '{args.rule}'; see docs/checks.md for the rule ids", file=sys.stderr)
        return EXIT_UNREADABLE
    document = load(args.file)
    session = EditSession(document, author=args.author, tracking=not args.no_track)
    count = fix_all(session, args.rule)
    write(document, args.output)
    left = check_document(document)
    for problem in left:
        print(text_line(printable(args.output), problem))
    print(f"{printable(args.output)}: {count} fix(es) applied, {len(left)} problem(s) left")
    return EXIT_PROBLEMS if any(p.severity == "error" for p in left) else EXIT_OK
