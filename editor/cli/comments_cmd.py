"""`main.py comments FILE [--format text|json]`: the document's comments and their replies, in text order."""

from __future__ import annotations

import argparse
from typing import Any

from editor.cli.common import load, print_json
from editor.model.comments import Comment, comment_path, in_text_order
from editor.model.nodes import Document


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> list[str]:
    p = sub.add_parser("comments", help="list the comments left on a document, with their replies")
    p.add_argument("file")
    p.add_argument("--format", choices=("text", "json"), default="text", help="text: one block per comment (default); json: a list")
    p.set_defaults(func=run)
    return ["comments"]


def as_record(document: Document, comment: Comment) -> dict[str, Any]:
    anchor = comment.anchor
    return {
        "id": comment.id, "author": comment.author, "initials": comment.initials, "date": comment.date,
        "text": comment.text, "resolved": comment.resolved, "anchor": comment_path(document, anchor.node),
        "field": anchor.field, "start": anchor.start, "end": anchor.end, "quoted": comment.quoted(),
        "replies": [{"author": r.author, "initials": r.initials, "date": r.date, "text": r.text} for r in comment.replies],
    }


def run(args: argparse.Namespace) -> int:
    document = load(args.file)
    comments = in_text_order(document)
    if args.format == "json":
        print_json([as_record(document, c) for c in comments])
        return 0
    if not comments:
        print(f"{args.file}: no comments")
    for comment in comments:
        state = " (resolved)" if comment.resolved else ""
        print(f"#{comment.id} {comment.author}, {comment.date}{state} on \u201c{comment.quoted()}\u201d")
        print(f"    {comment.text}")
        for reply in comment.replies:
            print(f"    \u21b3 {reply.author}, {reply.date}: {reply.text}")
    return 0
