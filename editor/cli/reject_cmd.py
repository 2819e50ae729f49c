"""`main.py reject FILE -o OUT.xml`: the document with every change rejected (its original view)."""

from __future__ import annotations

import argparse

from editor.cli.review_common import register_resolver
from editor.revisions.review import reject_all


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> list[str]:
    return register_resolver(sub, "reject", "reject every revision mark (the original text)", reject_all)
