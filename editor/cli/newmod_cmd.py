"""`main.py new-mod RES.xml --place Geneva --year 2022 [--action MOD|SUP|NOC|ADD] -o OUT.xml`."""

from __future__ import annotations

import argparse
import sys

from editor.cli.common import load, write
from editor.model.nodes import ACTIONS
from editor.revisions.newmod import ProposalError, new_contribution
from editor.xmlio.errors import printable


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> list[str]:
    p = sub.add_parser("new-mod", help="start a proposal on an in-force resolution for a conference")
    p.add_argument("resolution", help="the in-force resolution (for example examples/R07-Hammamet-2016.xml)")
    p.add_argument("--place", required=True, help="the conference's city, e.g. Geneva")
    p.add_argument("--year", required=True, help="the conference's year, e.g. 2022")
    p.add_argument("--action", choices=ACTIONS, default="MOD", help="MOD (default), SUP, NOC or ADD")
    p.add_argument("--id", default="", help="the proposal identifier, e.g. ARB/36A2/1")
    p.add_argument("--author", default="", help="author of the first marks (the date updates)")
    p.add_argument("-o", "--output", required=True, help="where to write the new contribution")
    p.set_defaults(func=run)
    return ["new-mod"]


def run(args: argparse.Namespace) -> int:
    source = load(args.resolution)
    try:
        doc = new_contribution(source, args.place, args.year, args.action, identifier=args.id, author=args.author)
    except ProposalError as exc:
        print(f"error: {printable(args.resolution)}: {exc}", file=sys.stderr)
        return 2
    write(doc, args.output)
    print(f"{printable(args.output)}: {args.action} proposal for {args.place.strip()}, {args.year}")
    return 0
