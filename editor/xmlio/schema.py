"""The RELAX NG schema, loaded once, and validation with readable messages.

Validation time is linear in the document: libxml2 validates a long run of
siblings (40,000 clauses, 100,000 footnotes, a text of many spans) in
linear time only when the content model around it does not mix attributes
and elements in one referenced pattern, and when mixed content is written
as a repetition of text and elements rather than with `<mixed>`;
schemas/resolution.rng is written that way (see its README).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from lxml import etree

from editor.xmlio.errors import DocumentError

SCHEMA_PATH = Path(__file__).resolve().parents[2] / "schemas" / "resolution.rng"
RNG_NS = "http://relaxng.org/ns/structure/1.0"
ROOTS = ("resolution", "contribution")


@cache
def schema_tree() -> etree._ElementTree:
    return etree.parse(str(SCHEMA_PATH))


@cache
def relaxng() -> etree.RelaxNG:
    return etree.RelaxNG(schema_tree())


@cache
def vocabulary() -> frozenset[str]:
    """Every element name the schema defines."""
    names = schema_tree().xpath("//rng:element/@name", namespaces={"rng": RNG_NS})
    assert isinstance(names, list)
    return frozenset(str(name) for name in names)


def validate_tree(tree: etree._ElementTree | etree._Element, path: str | Path | None) -> None:
    """Raise DocumentError with what is wrong, in the drafter's words, and its line, if invalid."""
    from editor.xmlio.diagnosis import diagnose  # the diagnosis reads the schema again; only needed on failure

    schema = relaxng()
    if schema.validate(tree):
        return
    errors = schema.error_log.filter_from_errors()
    first = errors[0] if errors else schema.error_log.last_error
    root = tree.getroot() if isinstance(tree, etree._ElementTree) else tree
    message, line, column = diagnose(root, first)
    raise DocumentError(path, f"not a valid Resolution Editor document: {message}", line, column)
