"""`main.py outline FILE [--view final|original]`: sections and clause labels, one line per section."""

from __future__ import annotations

import argparse

from editor.cli.common import load
from editor.model.outline import outline


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> list[str]:
    p = sub.add_parser("outline", help="print each section's keyword and clause labels")
    p.add_argument("file")
    p.add_argument("--view", choices=("final", "original"), default="final",
                   help="final: marks accepted (default); original: marks rejected, the base text")
    p.set_defaults(func=run)
    return ["outline"]


def run(args: argparse.Namespace) -> int:
    for line in outline(load(args.file), args.view):
        print(line)
    return 0
