"""`main.py validate FILE`: schema validation (and the drafting checks, once registered)."""

from __future__ import annotations

import argparse
import sys

from editor.cli.common import load, print_json
from editor.xmlio.errors import DocumentError


def register(sub: argparse._SubParsersAction) -> list[str]:  # type: ignore[type-arg]
    p = sub.add_parser("validate", help="check a document: schema, then drafting conventions")
    p.add_argument("file")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(func=run)
    return ["validate"]


def run(args: argparse.Namespace) -> int:
    try:
        load(args.file)
    except DocumentError as exc:
        if args.format == "json":
            print_json([{"severity": "fatal", "rule": "file", "message": str(exc)}])
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.format == "json":
        print_json([])
    else:
        print(f"{args.file}: valid")
    return 0
