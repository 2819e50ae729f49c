"""Texts with the shapes drafters actually paste, written from the conventions document."""

from __future__ import annotations

from editor.model.outline import outline
from tests.importers.support import imported, message_lines, sections, texts

# A draft new resolution as P3 flattens it: the TAB between symbol and identifier lost,
# a bracketed provisional number, sections in an unusual order, labels on their own lines.
DRAFT_NEW = """\
ADDAFCP/42A1/1
DRAFT NEW RESOLUTION [AFCP-1]
Evaluation of the implementation of WTSA resolutions
(Yasmine Hammamet, 2016)
The World Telecommunication Standardization Assembly (Yasmine Hammamet, 2016),
recognizing
a)
that many resolutions call for action by the membership;
b)
that the implementation of some resolutions is not followed up,
noting
that a periodic review helps the assembly to decide which texts to keep,
considering
a)\tthat resources are limited;
b)bis\tthat duplicate texts confuse the reader,
instructs the Director of the Telecommunication Standardization Bureau
a)\tto develop, in consultation with TSAG, an evaluation of each resolution;
b)\tto make proposals to improve the implementation of resolutions,
invites Member States and Sector Members
to contribute to the evaluation.
Reasons:\tThe implementation of resolutions needs to be followed up.
"""


def test_run_together_symbol_draft_number_and_labels_on_their_own_lines() -> None:
    result = imported(DRAFT_NEW)
    doc = result.document
    prop = doc.proposals[0]
    assert (prop.action, prop.identifier) == ("ADD", "AFCP/42A1/1")
    res = prop.resolution
    assert res is not None and res.draft and res.number.text() == "[AFCP-1]"
    assert res.history.text() == "Yasmine Hammamet, 2016"
    assert res.body == "WTSA"
    assert outline(doc) == [
        "recognizing: a) b)",
        "noting: ·",
        "considering: a) b)bis",
        "instructs the Director of the Telecommunication Standardization Bureau: a) b)",
        "invites Member States and Sector Members: ·",
    ]
    assert texts(sections(doc)[0].clauses) == [
        ("a)", "that many resolutions call for action by the membership;"),
        ("b)", "that the implementation of some resolutions is not followed up,"),
    ]
    assert [s.kind for s in sections(doc)] == ["preambular", "preambular", "preambular", "operative", "operative"]
    assert prop.reasons.text() == "The implementation of resolutions needs to be followed up."
    assert result.messages == []


# Page numbers and running headers between clauses and inside one; Word residue.
PAGINATED = """\
MOD\tUSA/48A16/3
[bookmark: _Toc475345219]RESOLUTION 43 (Rev. Dubai, 2012)
[bookmark: _Toc89767770][bookmark: _Toc475345220]Regional preparations for world telecommunication
standardization assemblies
(Florianópolis, 2004; Johannesburg, 2008; Dubai, 2012)
The World Telecommunication Standardization Assembly (Dubai, 2012),
considering
a)\tthat many regional telecommunication organizations have prepared common proposals;
- 2 -
WTSA16/48(Add.16)-E

b)\tthat many common proposals have been submitted
3
to the assembly by these organizations;
18\tWTSA-16 – Resolution 43
c)\tthat the regional preparations have been effective,
Page 4 of 9
resolves
1\tto invite the regional organizations to continue their preparations;
4
2\tto instruct the Director to report to the next assembly.
"""


def test_page_numbers_running_headers_and_word_residue_are_removed_and_reported() -> None:
    result = imported(PAGINATED)
    doc = result.document
    res = doc.proposals[0].resolution
    assert res is not None
    assert res.title.text() == "Regional preparations for world telecommunication\nstandardization assemblies"
    assert outline(doc) == ["considering: a) b) c)", "resolves: 1 2"]
    assert sections(doc)[0].clauses[1].text.text() == (
        "that many common proposals have been submitted to the assembly by these organizations;"
    )
    assert message_lines(result) == [9, 10, 13, 15, 17, 20]
    assert all("page number" in m.message for m in result.messages)
    assert "bookmark" not in res.title.text()


# Hard line breaks inside clauses (a PDF copy), including after a comma and inside a hyphenated word,
# and sub-items to three levels.
BROKEN_LINES = """\
RESOLUTION 7 (Rev. Hammamet, 2016)
Collaboration with the International Organization for Standardization and the
International Electrotechnical Commission
(Malaga-Torremolinos, 1984; Helsinki, 1993; Geneva, 1996; Montreal, 2000;
Florianópolis, 2004; Johannesburg, 2008; Dubai, 2012; Hammamet, 2016)
The World Telecommunication Standardization Assembly
(Hammamet, 2016),
considering
a)\tthe purposes of the Union set forth in Article 1 of the ITU Constitution relating
to the harmonization of telecommunication facilities;
b)\tthe common interest of ISO and IEC in the development of standards, which take full account of the needs of all interested stakeholders, including manufacturers,
users and those responsible for communication systems,
resolves
1\tthat the necessary contacts with ISO and/or IEC should be at the appropriate levels and coordination methods should be mutually agreed:
a)\tfor work where text should be drawn up mutually, the standards-
development procedures of Recommendation ITU-T A.23:
i)\tfor common texts;
–\ttext aligned;
–\tfigures aligned;
ii)\tfor twin texts;
b)\tfor other activities, clear means of coordination;
2\tto invite administrations to contribute to the coordination.
"""


def test_hard_line_breaks_are_joined_and_sub_items_nest() -> None:
    result = imported(BROKEN_LINES)
    doc = result.document
    assert doc.cover is None  # no proposal line: a standalone resolution
    res = doc.proposals[0].resolution
    assert res is not None
    assert res.history.text().count(";") == 7 and "2000; Florianópolis" in res.history.text()
    assert res.preamble.text() == "The World Telecommunication Standardization Assembly (Hammamet, 2016),"
    considering, resolves = sections(doc)
    assert considering.clauses[0].text.text() == (
        "the purposes of the Union set forth in Article 1 of the ITU Constitution relating "
        "to the harmonization of telecommunication facilities;"
    )
    assert considering.clauses[1].text.text().endswith("including manufacturers, users and those responsible for communication systems,")
    first = resolves.clauses[0]
    assert [i.label.text() for i in first.items] == ["a)", "b)"]
    assert "the standards-development procedures" in first.items[0].text.text()
    assert [i.label.text() for i in first.items[0].items] == ["i)", "ii)"]
    assert [i.label.text() for i in first.items[0].items[0].items] == ["–", "–"]
    assert outline(doc) == ["considering: a) b)", "resolves: 1 2"]
    assert result.messages == []


# Symbol and identifier on separate lines (both orders), a SUP without text, wrong lettering kept.
SEVERAL = """\
MOD
ARB/36A2/1
RESOLUTION 7 (Rev. Hammamet, 2016)
Collaboration with ISO and IEC
The World Telecommunication Standardization Assembly (Hammamet, 2016),
noting
a)\tthat the working methods are not the same;
b)\tthat other activities may require coordination;
b)\tthe increasing cost of standards;
d)\tthe value of priorities,
resolves
to invite ISO and IEC to examine the study programme.
Reasons:\tTo reflect current practice.
ARB/36A2/2
SUP
RESOLUTION 12 (Rev. Dubai, 2012)
Old text
Reasons:
The text is obsolete.
"""


def test_several_proposals_keep_labels_exactly_as_typed() -> None:
    result = imported(SEVERAL)
    doc = result.document
    assert [(p.action, p.identifier) for p in doc.proposals] == [("MOD", "ARB/36A2/1"), ("SUP", "ARB/36A2/2")]
    assert outline(doc) == ["MOD ARB/36A2/1", "noting: a) b) b) d)", "resolves: ·", "SUP ARB/36A2/2"]
    assert doc.proposals[1].reasons.text() == "The text is obsolete."
    sup = doc.proposals[1].resolution
    assert sup is not None and sup.body == "WTSA" and sup.title.text() == "Old text"
    assert result.messages == []


UNPLACEABLE = """\
Arab States Common Proposals
MOD\tARB/36A2/1
RESOLUTION 7 (Rev. Hammamet, 2016)
Collaboration with ISO and IEC
The World Telecommunication Standardization Assembly (Hammamet, 2016),
Editor's note: to be aligned with Resolution 1.
considering
a)\tthe purposes of the Union;
b)\tthe duties of the Sector.
Annex to be provided later.
commends the work of the joint coordination activity
that the work continues,
"""


def test_text_it_cannot_place_is_kept_and_reported() -> None:
    result = imported(UNPLACEABLE)
    doc = result.document
    notes = [n.text.text() for n in doc.proposals[0].notes]
    assert notes == [
        "Arab States Common Proposals",
        "Editor's note: to be aligned with Resolution 1.",
        "Annex to be provided later.",
    ]
    assert message_lines(result) == [1, 6, 10, 11]
    assert all(m.message.startswith("kept as an unplaced paragraph") for m in result.messages[:3])
    assert result.messages[3].message == (
        "'commends the work of the joint coordination activity' read as a section keyword (operative), a word this importer does not know"
    )
    assert outline(doc) == ["considering: a) b)", "commends the work of the joint coordination activity: ·"]


def test_a_line_without_label_after_a_complete_clause_is_joined_and_reported() -> None:
    result = imported("RESOLUTION 1\nT\nresolves\n1\tto do this;\nand that as well;\n2\tto do more.\n")
    resolves = sections(result.document)[0]
    assert texts(resolves.clauses) == [("1", "to do this; and that as well;"), ("2", "to do more.")]
    assert message_lines(result) == [5]
    assert "joined to clause '1'" in result.messages[0].message


def test_a_label_without_text_is_kept_and_reported() -> None:
    result = imported("RESOLUTION 1\nT\nconsidering\na)\nb)\tthe duties,\n")
    assert texts(sections(result.document)[0].clauses) == [("a)", ""), ("b)", "the duties,")]
    assert message_lines(result) == [4]


def test_empty_text_gives_an_empty_valid_document_and_says_so() -> None:
    for text in ("", "\n\n  \n"):
        result = imported(text)
        assert result.document.proposals == []
        assert [(m.line, m.message) for m in result.messages] == [
            (1, "the text holds no proposal line, number line or section keyword: the document is empty"),
        ]


# A web copy: CRLF line ends, blank lines between paragraphs, tabs turned into spaces,
# numbers on their own lines, a keyword typed against the conventions.
WEB_COPY = (
    "RESOLUTION 5 (Geneva, 2022)\r\n\r\nTitle of the text\r\n\r\n"
    "The World Telecommunication Standardization Assembly (Geneva, 2022),\r\n\r\n"
    "Considering:\r\n\r\na) the first thing;\r\n\r\nb) the second\r\nthing,\r\n\r\n"
    "resolves\r\n\r\n1\r\n\r\nto invite ISO and IEC to examine the\r\n2\r\nstudy programme;\r\n\r\n2\r\nto request TSB.\r\n"
)


def test_web_copy_with_blank_lines_numbers_alone_and_a_page_number_inside_a_clause() -> None:
    result = imported(WEB_COPY)
    considering, resolves = sections(result.document)
    assert considering.keyword.text() == "Considering:"  # kept as typed, for the checks to show
    assert texts(considering.clauses) == [("a)", "the first thing;"), ("b)", "the second thing,")]
    assert texts(resolves.clauses) == [("1", "to invite ISO and IEC to examine the study programme;"), ("2", "to request TSB.")]
    assert [(m.line, m.message) for m in result.messages] == [(19, "removed '2', read as a page number")]


NESTED = """\
RESOLUTION 5
Title
considering
g)\tthe x;
h)\tthe following:
i)\tfirst;
ii)\tsecond;
i)\tthe next,
resolves
1\tthat:
a)\tfoo;
b)\tfoo:
i)\tbar;
ii)\tbar;
iii)\tbar;
iv)\tbar;
v)\tbar:
–\tbaz;
c)\tqux.
"""


def test_i_is_a_letter_after_h_and_a_numeral_below_a_colon() -> None:
    considering, resolves = sections(imported(NESTED).document)
    assert [c.label.text() for c in considering.clauses] == ["g)", "h)", "i)"]
    assert [i.label.text() for i in considering.clauses[1].items] == ["i)", "ii)"]
    a_to_c = resolves.clauses[0].items
    assert [i.label.text() for i in a_to_c] == ["a)", "b)", "c)"]
    assert [i.label.text() for i in a_to_c[1].items] == ["i)", "ii)", "iii)", "iv)", "v)"]
    assert [i.label.text() for i in a_to_c[1].items[-1].items] == ["–"]


ANNEXED = """\
MOD\tARB/36A2/1
RESOLUTION 5 (Rev. Geneva, 2022)
Title
resolves
1\tto apply the guidelines in the Annex to this resolution.
ANNEX
(to Resolution 5 (Rev. Geneva, 2022))
Guidelines for
coordination
1\tIntroduction
This annex describes the
procedures.
2
Scope
Annex B
Other title
Reasons:\tTo add guidelines.
"""


def test_annexes_heading_title_and_paragraphs() -> None:
    result = imported(ANNEXED)
    res = result.document.proposals[0].resolution
    assert res is not None
    first, second = res.annexes
    assert first.heading.text() == "ANNEX\n(to Resolution 5 (Rev. Geneva, 2022))"
    assert first.title.text() == "Guidelines for\ncoordination"
    assert texts(first.paragraphs) == [("1", "Introduction"), ("", "This annex describes the procedures."), ("2", "Scope")]
    assert (second.heading.text(), second.title.text(), second.paragraphs) == ("Annex B", "Other title", [])
    assert result.document.proposals[0].reasons.text() == "To add guidelines."
    assert result.messages == []


def test_annex_to_follow_is_not_an_annex_heading() -> None:
    result = imported("RESOLUTION 5\nT\nresolves\n1\tto do.\nAnnex to follow.\n")
    res = result.document.proposals[0].resolution
    assert res is not None and res.annexes == []
    assert message_lines(result) == [5]


def test_unclosed_history_line_stops_at_the_preamble_and_a_long_heading_is_not_all_title() -> None:
    result = imported(
        "RESOLUTION 5\nTitle\n(Helsinki, 1993; Geneva, 1996;\n"
        "The World Telecommunication Standardization Assembly (Geneva, 2022),\nresolves\nthat it be done.\n"
    )
    res = result.document.proposals[0].resolution
    assert res is not None
    assert res.history.text() == "Helsinki, 1993; Geneva, 1996;"
    assert res.preamble.text().startswith("The World")
    assert [(m.line, m.message) for m in result.messages] == [
        (4, "the history line above this one does not end with a closing parenthesis"),
    ]
    long = imported("RESOLUTION 5\none\ntwo\nthree\nfour\nconsidering\nthat it is,\n")
    res = long.document.proposals[0].resolution
    assert res is not None and res.title.text() == "one\ntwo\nthree"
    assert [n.text.text() for n in long.document.proposals[0].notes] == ["four"]
    assert message_lines(long) == [5]


def test_number_line_over_two_lines_and_a_label_left_alone_before_a_keyword() -> None:
    result = imported("RESOLUTION 7\n(Rev. Hammamet, 2016)\nTitle\n(Helsinki, 1993; Hammamet, 2016)\n"
                      "considering\na)\tthe first,\nb)\nnoting\nthat it is,\n")
    res = result.document.proposals[0].resolution
    assert res is not None
    assert (res.adoption.text(), res.title.text(), res.history.text()) == (
        "Rev. Hammamet, 2016", "Title", "Helsinki, 1993; Hammamet, 2016")
    assert outline(result.document) == ["considering: a) b)", "noting: ·"]
    assert message_lines(result) == [7]
