"""What is wrong with an invalid document, in the drafter's words, with its line.

libxml2's RELAX NG messages speak of patterns ("Element resolution failed
to validate attributes", "Did not expect element section there") and often
name the parent rather than the culprit.  The schema itself says what each
element may hold: the attributes it must or may carry and their values,
the elements it must have and their order.  This module reads that from
schemas/resolution.rng (no second copy of the vocabulary) and turns the
first validation error into a sentence about the element at fault.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache

from lxml import etree

from editor.xmlio.schema import RNG_NS, ROOTS, schema_tree, vocabulary

XSD = "http://www.w3.org/2001/XMLSchema-datatypes"
_RNG = f"{{{RNG_NS}}}"
_OPTIONAL = {f"{_RNG}optional", f"{_RNG}zeroOrMore", f"{_RNG}choice"}
TYPE_WORDS = {
    "dateTime": "a date and time such as 2022-02-01T10:00:00Z",
    "positiveInteger": "a whole number from 1 to 999999999",
    "string": "text that is not empty",
}


_XML_NAMESPACE = "{http://www.w3.org/XML/1998/namespace}"


@dataclass
class ElementRules:
    """What the schema lets one element name hold (all its definitions together)."""

    attributes: dict[str, list[etree._Element]] = field(default_factory=dict)  # name -> its <attribute> patterns
    required_attributes: set[str] | None = None  # required in every definition
    children: list[str] = field(default_factory=list)  # element names in content-model order
    required_children: set[str] | None = None


def _walk(pattern: etree._Element, defines: dict[str, etree._Element], seen: frozenset[str],
          optional: bool) -> Iterator[tuple[etree._Element, bool]]:
    """The <attribute> and <element> patterns of an element's own content, with whether each is required."""
    for child in pattern:
        if not isinstance(child.tag, str):
            continue
        if child.tag in (f"{_RNG}attribute", f"{_RNG}element"):
            yield child, not optional
        elif child.tag == f"{_RNG}ref":
            name = str(child.get("name"))
            if name not in seen:
                yield from _walk(defines[name], defines, seen | {name}, optional)
        else:
            yield from _walk(child, defines, seen, optional or child.tag in _OPTIONAL)


def _defines() -> dict[str, etree._Element]:
    return {str(d.get("name")): d for d in schema_tree().iterfind(f".//{_RNG}define")}


def _merge(rule: ElementRules, element: etree._Element, defines: dict[str, etree._Element]) -> None:
    """Add one definition of an element to its rules."""
    required_attributes: set[str] = set()
    required_children: set[str] = set()
    for pattern, required in _walk(element, defines, frozenset(), False):
        name = str(pattern.get("name"))
        if pattern.tag == f"{_RNG}attribute":
            rule.attributes.setdefault(name, []).append(pattern)
            if required:
                required_attributes.add(name)
        else:
            if name not in rule.children:
                rule.children.append(name)
            if required:
                required_children.add(name)
    rule.required_attributes = required_attributes if rule.required_attributes is None else rule.required_attributes & required_attributes
    rule.required_children = required_children if rule.required_children is None else rule.required_children & required_children


@cache
def rules() -> dict[str, ElementRules]:
    """The rules of every element name, read from the schema (all definitions of a name together)."""
    defines = _defines()
    out: dict[str, ElementRules] = {}
    for element in schema_tree().iterfind(f".//{_RNG}element"):
        _merge(out.setdefault(str(element.get("name")), ElementRules()), element, defines)
    return out


@cache
def root_rules() -> dict[str, ElementRules]:
    """The rules of the elements a file may start with (a standalone <resolution> carries a version)."""
    defines = _defines()
    out: dict[str, ElementRules] = {}
    start = schema_tree().find(f"{_RNG}start")
    assert start is not None
    for element, _required in _walk(start, defines, frozenset(), False):
        _merge(out.setdefault(str(element.get("name")), ElementRules()), element, defines)
    return out


@cache
def _value_schema(pattern: etree._Element) -> etree.RelaxNG:
    """A schema for one attribute's value alone, built from the attribute's own pattern."""
    grammar = etree.Element(f"{_RNG}grammar", datatypeLibrary=XSD)
    attribute = etree.SubElement(etree.SubElement(etree.SubElement(grammar, f"{_RNG}start"), f"{_RNG}element", name="x"),
                                 f"{_RNG}attribute", name="a")
    for child in pattern:
        if isinstance(child.tag, str):
            attribute.append(copy.deepcopy(child))
    return etree.RelaxNG(grammar)


def _accepts(pattern: etree._Element, value: str) -> bool:
    values = [v.text or "" for v in pattern.iter(f"{_RNG}value")]
    if values and not any(True for _ in pattern.iter(f"{_RNG}data")):
        return value in values
    if not any(isinstance(c.tag, str) for c in pattern):  # <attribute name="x"/>: any text
        return True
    return bool(_value_schema(pattern).validate(etree.Element("x", a=value)))


def _expected(patterns: list[etree._Element]) -> str:
    values = [v.text or "" for p in patterns for v in p.iter(f"{_RNG}value")]
    if values:
        return "one of " + ", ".join(values) if len(values) > 1 else f'"{values[0]}"'
    types = [str(d.get("type")) for p in patterns for d in p.iter(f"{_RNG}data")]
    return " or ".join(TYPE_WORDS.get(t, t) for t in dict.fromkeys(types)) or "text"


def _shown(value: str) -> str:
    return value if len(value) <= 40 else value[:37] + "…"


def _line(element: etree._Element) -> int | None:
    line = element.sourceline
    return line if isinstance(line, int) and line > 0 else None


def _stranger(root: etree._Element) -> str | None:
    """The first element outside the vocabulary: libxml2 often only says its parent "failed to validate"."""
    known = vocabulary()
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag not in known:
            parent = element.getparent()
            inside = f" (inside <{parent.tag}>)" if parent is not None else ""
            return f"<{element.tag}> is not an element of this vocabulary{inside}"
    return None


def _attribute_problem(element: etree._Element, *, values: bool) -> str | None:
    """What is wrong with one element's attributes: unknown, missing, or (with `values`) a value not allowed."""
    rule = (root_rules() if element.getparent() is None else rules()).get(str(element.tag))
    if rule is None:
        return None
    for raw_name, value in element.attrib.items():
        name = str(raw_name).replace(_XML_NAMESPACE, "xml:")  # the schema names xml:lang as written
        if name not in rule.attributes:
            return f'<{element.tag}> has an attribute {name}="{_shown(str(value))}", which this vocabulary does not give it'
    for name in sorted(rule.required_attributes or ()):
        if name not in element.attrib:
            return f"<{element.tag}> has no {name} attribute, which it must have ({_expected(rule.attributes[name])})"
    if values:
        for raw_name, value in element.attrib.items():
            name = str(raw_name).replace(_XML_NAMESPACE, "xml:")
            patterns = rule.attributes[name]
            if not any(_accepts(p, str(value)) for p in patterns):
                return f'<{element.tag}> has {name}="{_shown(str(value))}", where {_expected(patterns)} is expected'
    return None


_NAMED = re.compile(r"(?:^Element (\S+) |for element (\S+)$)")


def _at(root: etree._Element, error: etree._LogEntry) -> Iterator[etree._Element]:
    """The elements an error may be about, in document order: on the error's line, with the tag its message
    names ("Element resolution failed …"; libxml2's path then often ends at the next element) or its path ends in."""
    named = _NAMED.search(error.message)
    steps = [re.sub(r"\[\d+\]$", "", s) for s in (error.path or "").split("/") if s]
    tag = next(g for g in named.groups() if g) if named else (steps[-1] if steps else None)
    for element in root.iter(tag) if tag else root.iter():
        if isinstance(element.tag, str) and (error.line <= 0 or element.sourceline == error.line):
            yield element


def _children_problem(element: etree._Element, culprit: str | None) -> str | None:
    """A required child missing, or `culprit` standing out of the schema's order."""
    rule = rules().get(str(element.tag))
    if rule is None:
        return None
    present = [str(c.tag) for c in element if isinstance(c.tag, str)]
    missing = [name for name in rule.children if name in (rule.required_children or ()) and name not in present]
    if missing:
        return f"<{element.tag}> has no <{missing[0]}>, which it must have"
    if culprit is not None and culprit in rule.children:
        order = ", ".join(f"<{n}>" for n in rule.children)
        return f"<{culprit}> is out of place inside <{element.tag}>, whose elements come in the order {order}"
    if culprit is not None:
        return f"<{culprit}> cannot stand inside <{element.tag}>"
    return None


_MESSAGES = [
    (re.compile(r"Did not expect element (?P<name>\S+) there"), "parent"),
    (re.compile(r"Expecting element (?P<expected>\S+), got (?P<name>\S+)"), "parent"),
    (re.compile(r"Expecting an element (?P<expected>\S+), got nothing"), "self"),
    (re.compile(r"Element (?P<owner>\S+) has extra content: (?P<name>\S+)"), "self"),
]


def diagnose(root: etree._Element, error: etree._LogEntry | None) -> tuple[str, int | None, int | None]:
    """(message, line, column) for an invalid tree whose first validation error is `error`."""
    if root.tag not in ROOTS:
        return f"the root element is <{root.tag}>, where a <resolution> or a <contribution> is expected (a file of another kind?)", _line(root), None
    stranger = _stranger(root)
    if stranger is not None:
        element = next(e for e in root.iter() if isinstance(e.tag, str) and e.tag not in vocabulary())
        return stranger, _line(element), None
    for element in root.iter():  # unknown and missing attributes: a cheap look at every element
        problem = _attribute_problem(element, values=False) if isinstance(element.tag, str) else None
        if problem is not None:
            return problem, _line(element), None
    if error is None:
        return "does not match the schema", None, None
    line = error.line if error.line > 0 else None
    for element in _at(root, error):
        problem = _attribute_problem(element, values=True)
        if problem is not None:
            return problem, _line(element), None
    for pattern, whose in _MESSAGES:
        m = pattern.search(error.message)
        if m is None:
            continue
        name = m.groupdict().get("name")
        for element in _at(root, error):
            holder = element.getparent() if whose == "parent" else element
            if holder is not None:
                problem = _children_problem(holder, None if name in (None, "text") else name)
                if problem is not None:
                    return problem, _line(element), None
            if name == "text":
                return f"<{element.tag}> holds text outside its elements, which it cannot", _line(element), None
    if "base64Binary" in error.message:  # the only element whose text has a type: a figure's picture
        return "the <picture> of a figure holds text that is not a picture in base64", line, None
    return error.message, line, error.column
