"""`main.py validate FILE`: schema validation first, then the drafting checks.

Exit status: 0 when no error (warnings allowed), 1 when the checks found an
error, 2 when the file cannot be read or does not match the schema.
"""

from __future__ import annotations

import argparse
import sys

from editor.cli import EXIT_OK, EXIT_PROBLEMS, EXIT_UNREADABLE
from editor.cli.common import load, print_json
from editor.rules.engine import check_document
from editor.rules.problem import Problem
from editor.xmlio.errors import DocumentError, printable


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> list[str]:
    p = sub.add_parser("validate", help="check a document: schema, then drafting conventions")
    p.add_argument("file")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(func=run)
    return ["validate"]


def text_line(path: str, problem: Problem) -> str:
    """One line per problem, "FILE: SEVERITY: LOCATION: MESSAGE [RULE; fix: FIX]".

    The location is the one the Problems panel shows (`Problem.location()`),
    so a line can be grepped by proposal, section or clause, and the fields
    keep a fixed order a script can split on ": " and " [".
    """
    where = problem.location()
    location = f"{where}: " if where else ""
    fix = f"; fix: {problem.fix}" if problem.fix else ""
    return f"{path}: {problem.severity}: {location}{problem.message} [{problem.rule}{fix}]"


def run(args: argparse.Namespace) -> int:
    try:
        document = load(args.file)
    except DocumentError as exc:
        if args.format == "json":
            print_json([{"severity": "fatal", "rule": "file", "message": str(exc)}])
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_UNREADABLE
    problems = check_document(document)
    errors = sum(1 for p in problems if p.severity == "error")
    if args.format == "json":
        print_json([p.as_json() for p in problems])
    else:
        for problem in problems:
            print(text_line(printable(args.file), problem))
        warnings = len(problems) - errors
        print(f"{printable(args.file)}: {'valid' if not problems else f'{errors} error(s), {warnings} warning(s)'}")
    return EXIT_PROBLEMS if errors else EXIT_OK
