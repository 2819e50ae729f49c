"""`main.py validate FILE [--spelling]`: schema validation first, then the drafting checks (and spelling).

Exit status: 0 when no error (warnings allowed), 1 when the checks found an
error, 2 when the file cannot be read or does not match the schema.
Misspelled words never change it: a valid document with a typo is still
valid (they are reported with their own severity, "spelling"), and neither
does a user language file that cannot be used (a warning on standard error
naming the file and the line; the built-in data checks the text).
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace

from editor.cli import EXIT_OK, EXIT_PROBLEMS, EXIT_UNREADABLE
from editor.cli.common import load, print_json
from editor.model.nodes import Document
from editor.rules.engine import check_document
from editor.rules.problem import Problem, severity_counts
from editor.spelling import check_spelling
from editor.spelling.languages import LANGUAGES
from editor.xmlio.errors import DocumentError, printable


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> list[str]:
    p = sub.add_parser("validate", help="check a document: schema, then drafting conventions (and spelling)")
    p.add_argument("file")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.add_argument("--spelling", action="store_true", help="also report misspelled words (they do not change the exit status)")
    p.add_argument("--language", default=None, metavar="CODE",
                   help=f"language of the text for --spelling: {', '.join(LANGUAGES)} (default: the document's, xml:lang)")
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


def spelling_problems(path: str, document: Document, language: str) -> list[Problem]:
    """The misspelled words, each with its first suggestion as the fix; a note on stderr when no dictionary checks them."""
    found, speller = check_spelling(document, language)
    if not speller.available:
        print(f"{path}: spelling not checked: {speller.details}", file=sys.stderr)
    out: list[Problem] = []
    for problem in found:
        suggestions = speller.suggestions(problem.word)
        out.append(replace(problem, fix=f'replace with "{suggestions[0]}"') if suggestions else problem)
    return out


def summary(problems: list[Problem], spelling: bool) -> str:
    """"valid", "2 error(s), 1 warning(s)", then ", 3 misspelled word(s)" when spelling was checked and found some."""
    counts = severity_counts(problems)
    text = "valid" if not counts["error"] and not counts["warning"] else f"{counts['error']} error(s), {counts['warning']} warning(s)"
    return text + (f", {counts['spelling']} misspelled word(s)" if spelling and counts["spelling"] else "")


def run(args: argparse.Namespace) -> int:
    try:
        document = load(args.file)
    except DocumentError as exc:
        if args.format == "json":
            print_json([{"severity": "fatal", "rule": "file", "message": str(exc)}])
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_UNREADABLE
    problems = check_document(document)
    if args.spelling:
        problems += spelling_problems(args.file, document, args.language or document.language)
    if args.format == "json":
        print_json([p.as_json() for p in problems])
    else:
        for problem in problems:
            print(text_line(printable(args.file), problem))
        print(f"{printable(args.file)}: {summary(problems, args.spelling)}")
    return EXIT_PROBLEMS if severity_counts(problems)["error"] else EXIT_OK
