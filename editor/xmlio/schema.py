"""The RELAX NG schema, loaded once, and validation with readable messages."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from lxml import etree

from editor.xmlio.errors import DocumentError

SCHEMA_PATH = Path(__file__).resolve().parents[2] / "schemas" / "resolution.rng"


@cache
def relaxng() -> etree.RelaxNG:
    return etree.RelaxNG(etree.parse(str(SCHEMA_PATH)))


RNG_NS = "http://relaxng.org/ns/structure/1.0"
ROOTS = ("resolution", "contribution")


@cache
def vocabulary() -> frozenset[str]:
    """Every element name the schema defines."""
    rng = etree.parse(str(SCHEMA_PATH))
    names = rng.xpath("//rng:element/@name", namespaces={"rng": RNG_NS})
    assert isinstance(names, list)
    return frozenset(str(name) for name in names)


def _stranger(tree: etree._ElementTree | etree._Element) -> etree._Element | None:
    """The first element outside our vocabulary: libxml2 often only says the parent "failed to validate"."""
    root = tree.getroot() if isinstance(tree, etree._ElementTree) else tree
    known = vocabulary()
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag not in known:
            return element
    return None


def _diagnosis(tree: etree._ElementTree | etree._Element) -> tuple[str, int | None] | None:
    root = tree.getroot() if isinstance(tree, etree._ElementTree) else tree
    if root.tag not in ROOTS:
        return f"the root element is <{root.tag}>, where a <resolution> or a <contribution> is expected (a file of another kind?)", _line(root)
    stranger = _stranger(root)
    if stranger is not None:
        parent = stranger.getparent()
        inside = f" (inside <{parent.tag}>)" if parent is not None else ""
        return f"<{stranger.tag}> is not an element of this vocabulary{inside}", _line(stranger)
    return None


def _line(element: etree._Element) -> int | None:
    line = element.sourceline
    return line if isinstance(line, int) else None


def validate_tree(tree: etree._ElementTree | etree._Element, path: str | Path | None) -> None:
    """Raise DocumentError with the schema's first message and its line if invalid."""
    schema = relaxng()
    if schema.validate(tree):
        return
    err = schema.error_log.filter_from_errors()[0] if schema.error_log.filter_from_errors() else schema.error_log.last_error
    message = err.message if err is not None else "does not match the schema"
    line = err.line if err is not None and err.line > 0 else None
    column = err.column if line and err is not None else None
    diagnosis = _diagnosis(tree)
    if diagnosis is not None:
        message, line = diagnosis[0], diagnosis[1] or line
        column = None
    raise DocumentError(path, f"not a valid Resolution Editor document: {message}", line, column)
