"""LibreOffice and pandoc read our comments: author, text and the commented words, replies in order."""

from __future__ import annotations

import json
import subprocess
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from docxread import assert_valid
from lxml import etree
from readertools import require

from editor.export.docx.writer import write
from editor.model.comments import threads
from tests.factories import commented_document

pytestmark = pytest.mark.readers

OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
DC = "http://purl.org/dc/elements/1.1/"


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[tuple[str, str]], Path]:
    doc, _ = commented_document()
    assert_valid(doc)
    path = tmp_path_factory.mktemp("comments") / "commented.docx"
    write(doc, path)
    expected = [(reply.author, reply.text) if reply is not None else (comment.author, comment.text) for comment, reply in threads(doc)]
    return expected, path


def test_libreoffice_shows_every_comment_and_reply_with_its_author(exported: tuple[list[tuple[str, str]], Path],
                                                                   soffice_convert: Callable[[Path, str], Path]) -> None:
    expected, path = exported
    with zipfile.ZipFile(soffice_convert(path, "odt")) as z:
        content = etree.fromstring(z.read("content.xml"))
    annotations = content.findall(f".//{{{OFFICE}}}annotation")
    got = [(a.findtext(f"{{{DC}}}creator"), "".join(p.xpath("string()") for p in a.findall(f"{{{TEXT}}}p"))) for a in annotations]
    assert sorted(got) == sorted(expected)  # LibreOffice puts a reply before its comment when both start at one place
    resolved = [a.findtext(f"{{{DC}}}creator") for a in annotations if a.get("{urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0}resolved") == "true"]
    assert resolved == ["CEPT"]  # the resolved comment (its author), read from commentsExtended.xml
    ends = content.findall(f".//{{{OFFICE}}}annotation-end")
    assert len(ends) == len(expected)  # each comment covers a stretch, not a point
    assert sorted(a.get(f"{{{OFFICE}}}name") for a in annotations) == sorted(e.get(f"{{{OFFICE}}}name") for e in ends)


def _comment_spans(node: Any, out: list[dict[str, Any]], inside: dict[str, list[str]]) -> None:
    """pandoc's comment-start spans in order, with the text between start and end collected."""
    if isinstance(node, dict):
        if node.get("t") == "Span":
            (_, classes, attrs), content = node["c"]
            attributes = dict(attrs)
            if "comment-start" in classes:
                out.append({"id": attributes["id"], "author": attributes.get("author"), "text": _plain(content), "covered": ""})
                inside[attributes["id"]] = []
            elif "comment-end" in classes:
                entry = next(e for e in out if e["id"] == attributes["id"])
                entry["covered"] = "".join(inside.pop(attributes["id"], []))
        elif node.get("t") == "Str":
            for words in inside.values():
                words.append(node["c"])
        elif node.get("t") == "Space":
            for words in inside.values():
                words.append(" ")
        if node.get("t") == "Span" and "comment-start" in node["c"][0][1]:
            return
        for value in node.values():
            _comment_spans(value, out, inside)
    elif isinstance(node, list):
        for value in node:
            _comment_spans(value, out, inside)


def _plain(content: list[Any]) -> str:
    return "".join(c["c"] if c["t"] == "Str" else " " for c in _flat(content) if c["t"] in ("Str", "Space"))


def _flat(items: list[Any]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for item in items:
        out.append(item)
        if isinstance(item.get("c"), list) and item["t"] in ("Para", "Plain", "Emph", "Strong"):
            out.extend(_flat(item["c"]))
    return out


def test_pandoc_reads_every_comment_with_its_author_text_and_words(exported: tuple[list[tuple[str, str]], Path]) -> None:
    expected, path = exported
    pandoc = require("pandoc")
    result = subprocess.run([pandoc, "--track-changes=all", "-f", "docx", "-t", "json", str(path)],
                            check=True, capture_output=True, text=True, timeout=60)
    spans: list[dict[str, Any]] = []
    _comment_spans(json.loads(result.stdout), spans, {})
    assert [(s["author"], s["text"]) for s in spans] == expected
    covered = {s["text"]: s["covered"] for s in spans}
    assert "purposes" in covered["Which purposes? Cite Article 1."]
    # a range ending in struck-out or inserted words (pandoc lost such a range's end while it stood inside the w:del)
    assert covered["Replaced by the new revision."] == "Hammamet"
    noting = covered["Check the order of the noting clauses."]
    assert noting.startswith("noting") and noting.endswith("the increasing cost of developing standards,")
