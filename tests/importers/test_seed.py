"""The ARB/36A2/1 seed: the outline of issue 2 and its text, clause by clause."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from editor.importers.plaintext import import_file, import_text
from editor.model.outline import outline
from editor.xmlio import to_bytes
from editor.xmlio.schema import validate_tree
from editor.xmlio.writer import to_tree
from tests.importers.ledger import lost_words

ISSUE_OUTLINE = [
    "considering: a) b) c) d) e) f)",
    "noting: a) b) c) b) c) d) e) f) g) h) i)",
    "recognizing: ·",
    "resolves: 1 1 2 3 4 5 6 7 8 9 10",
]
LABELLED = re.compile(r"^(?P<label>[a-z]\)|\d+|•)\t(?P<text>.*)$")


def seed_paragraphs(path: Path) -> list[tuple[str, str]]:
    """(label, text) of every clause paragraph of the seed, read directly from the file."""
    out: list[tuple[str, str]] = []
    lines = path.read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.strip() == "considering")
    for line in lines[start:]:
        m = LABELLED.match(line)
        if m:
            out.append((m.group("label"), m.group("text").strip()))
        elif line.strip().startswith("that "):
            out.append(("", line.strip()))
    return out


def test_seed_outline_is_the_one_in_issue_2(seed_path: Path) -> None:
    result = import_file(seed_path)
    assert outline(result.document) == ISSUE_OUTLINE
    assert result.messages == []
    validate_tree(to_tree(result.document), seed_path)


def test_seed_text_equals_the_seed_paragraphs_clause_by_clause(seed_path: Path) -> None:
    doc = import_file(seed_path).document
    res = doc.proposals[0].resolution
    assert res is not None
    got = [
        (node.label.text(), node.text.text())
        for section in res.sections
        for clause in section.clauses
        for node in (clause, *clause.items)
    ]
    assert got == seed_paragraphs(seed_path)


def test_seed_heading_keeps_flattened_marks_as_text(seed_path: Path) -> None:
    doc = import_file(seed_path).document
    prop = doc.proposals[0]
    res = prop.resolution
    assert res is not None
    assert (prop.action, prop.identifier) == ("MOD", "ARB/36A2/1")
    assert res.number.text() == "7"
    assert res.adoption.text() == "Rev.\u00a0Hammamet, 2016Geneva, 2022"
    assert res.title.text() == ("Collaboration with the International Organization for Standardization\n"
                                "and the International Electrotechnical Commission")
    assert res.history.text().startswith("Malaga-Torremolinos, 1984; Helsinki, 1993;")
    assert "Montreal, 2000; Florianópolis, 2004" in res.history.text()
    assert res.preamble.text() == "The World Telecommunication Standardization Assembly (Hammamet, 2016Geneva, 2022),"
    assert [s.kind for s in res.sections] == ["preambular", "preambular", "preambular", "operative"]
    assert "bookmark" not in to_bytes(doc).decode()


def _seed_shapes(path: Path) -> dict[str, str]:
    """The seed as web pages and PDFs give text: one line, HTML tags, a dash before every line, preview chunks,
    and line breaks removed without a space."""
    lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    flat = " ".join(lines)
    chunks = [flat[i:i + 150].strip() for i in range(0, len(flat), 150)]
    return {
        "one line": flat,
        "html": "<p>" + "</p><p>".join(lines) + "</p>",
        "dash": "\n".join(f"- {line}" for line in lines),
        "chunks": "\n".join(f"{n}、{chunk}" for n, chunk in enumerate(chunks, 1)),
        "glued": "".join(lines),
    }


@pytest.mark.parametrize("shape", ["one line", "html", "dash", "chunks", "glued"])
def test_the_seed_damaged_as_copies_damage_text_keeps_its_outline(seed_path: Path, shape: str) -> None:
    text = _seed_shapes(seed_path)[shape]
    result = import_text(text)
    assert result.language == "en"
    assert outline(result.document) == ISSUE_OUTLINE
    assert lost_words(text, result) == {}
