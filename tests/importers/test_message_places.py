"""Each import message leads to the node its line went into, so the window can take the drafter there."""

from __future__ import annotations

from pathlib import Path

from editor.importers.plaintext import ImportResult, import_file
from editor.model import Clause, Document, Node
from tests.importers.support import imported, sections

PROPOSALS = """\
Cover page text of the contribution
MOD\tARB/36A2/1
RESOLUTION 7 (Rev. Hammamet, 2016)
Collaboration with others
(Malaga-Torremolinos, 1984; Hammamet, 2016)
The World Telecommunication Standardization Assembly (Geneva, 2022),
considering
a)\tthat a first thing is true;
b)\tthat a second thing is true;
that was broken after a semicolon
- 2 -
c)\tthat a third thing is true,
noting
a)\tthat one thing is set.
A stray paragraph after the final clause.
proposes
1\tto do something.
ANNEX
Guidelines
1\tIntroduction of the guidelines.
Page 3 of 9
2\tScope of the guidelines.
Reasons:\tBecause the guidelines
- 4 -
are needed.
ADD
"""


def node_of(result: ImportResult, line: int) -> Node | None:
    """The node the message about `line` leads to (the only message of that line)."""
    [message] = [m for m in result.messages if m.line == line]
    return None if message.uid is None else result.document.find(message.uid)


def clauses_of(doc: Document, section: int) -> list[Clause]:
    return sections(doc)[section].clauses


def test_an_unplaced_paragraph_leads_to_the_note_that_keeps_it() -> None:
    result = imported(PROPOSALS)
    notes = result.document.proposals[0].notes
    assert [n.text.text() for n in notes] == ["Cover page text of the contribution", "A stray paragraph after the final clause."]
    assert node_of(result, 1) is notes[0]
    assert node_of(result, 15) is notes[1]


def test_a_joined_line_and_a_removed_page_number_lead_to_the_clause_they_stood_in() -> None:
    result = imported(PROPOSALS)
    b, c = clauses_of(result.document, 0)[1:3]
    assert "joined to clause 'b)'" in result.messages[1].message
    assert node_of(result, 10) is b
    assert node_of(result, 11) is b, "the page number stood after clause b), before c)"
    assert c.label.text() == "c)"


def test_an_unknown_keyword_leads_to_its_section_and_a_half_proposal_line_to_its_proposal() -> None:
    result = imported(PROPOSALS)
    assert node_of(result, 16) is sections(result.document)[2]
    second = result.document.proposals[1]
    assert second.action == "ADD" and not second.identifier
    assert node_of(result, 26) is second


def test_a_running_header_in_an_annex_leads_to_the_annex_paragraph_above_it() -> None:
    result = imported(PROPOSALS)
    resolution = result.document.proposals[0].resolution
    assert resolution is not None
    first = resolution.annexes[0].paragraphs[0]
    assert first.label.text() == "1"
    assert node_of(result, 21) is first


def test_a_page_number_inside_the_reasons_leads_to_the_reasons_of_its_proposal() -> None:
    result = imported(PROPOSALS)
    first = result.document.proposals[0]
    assert first.reasons.text() == "Because the guidelines are needed."
    assert node_of(result, 24) is first
    assert [m.field for m in result.messages if m.line == 24] == ["reasons"]
    assert {m.field for m in result.messages if m.line != 24} == {None}


def test_a_label_alone_and_a_too_deep_sub_item_lead_to_their_own_clauses() -> None:
    text = """\
RESOLUTION 9 (Geneva, 2022)
Title
The World Telecommunication Standardization Assembly (Geneva, 2022),
resolves
1\tthat the work includes:
a)\tthe first part, covering:
i)\tone aspect, namely:
–\ta third level of sub-items;
•\ta fourth level;
2\tto continue;
b)
"""
    result = imported(text)
    top = clauses_of(result.document, 0)
    third = top[0].items[0].items
    deepest = third[0].items
    assert [c.label.text() for c in deepest] == ["–", "•"], "the fourth level is kept at the third"
    assert node_of(result, 9) is deepest[1]
    alone = top[1].items[0]
    assert alone.label.text() == "b)" and not alone.text.text()
    assert node_of(result, 11) is alone


def test_a_message_about_the_whole_file_leads_nowhere(tmp_path: Path) -> None:
    source = tmp_path / "latin.txt"
    source.write_bytes("RESOLUTION 9 (Gen\xe8ve, 2022)\n".encode("cp1252"))
    result = import_file(source)
    encoding = [m for m in result.messages if "Windows-1252" in m.message]
    assert encoding and encoding[0].uid is None
    assert all(m.uid is not None for m in result.messages if m not in encoding)
