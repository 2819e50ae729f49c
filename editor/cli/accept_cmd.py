"""`main.py accept FILE -o OUT.xml`: the document with every change accepted (its final view)."""

from __future__ import annotations

import argparse

from editor.cli.review_common import register_resolver
from editor.revisions.review import accept_all


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> list[str]:
    return register_resolver(sub, "accept", "accept every revision mark (the final text)", accept_all)
