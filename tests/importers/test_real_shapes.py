"""Texts of our own, of the kinds the corpus holds, to show the rules are general.

Each test builds a resolution of its own wording and damages it the way web
pages and PDFs do (one line, preview chunks, HTML tags, a bullet before every
line, hard line breaks with page furniture, lost keywords and labels, glued
words, stripped accents, a page starting mid-text, a second copy), then checks
the structure that comes back and that no word is lost silently.
"""

from __future__ import annotations

import pytest

from editor.importers.plaintext import ImportResult
from editor.model.outline import outline
from tests.importers.ledger import lost_words, quoted_in_message
from tests.importers.support import imported, sections

HEADING = ["RESOLUTION 77 (Rev. Lisbon, 2030)", "Shared monitoring of spectrum occupancy", "(Lisbon, 2030)",
           "The World Radiocommunication Conference (Lisbon, 2030),"]
BODY = [
    ("considering", [("a)", "that monitoring stations are costly to operate for a single administration;"),
                     ("b)", "that shared measurements reduce duplication of effort;"),
                     ("c)", "the benefit of comparable measurement methods across regions,")]),
    ("noting", [("a)", "that several regional groups already exchange measurement reports;"),
                ("b)", "that the exchange formats differ between those groups,")]),
    ("resolves", [("1", "to encourage administrations to share monitoring results with their neighbours;"),
                  ("2", "that the exchange should follow a common format,")]),
    ("instructs the Director of the Radiocommunication Bureau", [("1", "to publish the common format;"),
                                                                   ("2", "to report on its use to the next conference.")]),
]
OUTLINE = ["considering: a) b) c)", "noting: a) b)", "resolves: 1 2", "instructs the Director of the Radiocommunication Bureau: 1 2"]


def paragraphs(body: list[tuple[str, list[tuple[str, str]]]] = BODY, sep: str = "\t") -> list[str]:
    out = list(HEADING)
    for keyword, clauses in body:
        out.append(keyword)
        out += [f"{label}{sep}{text}" for label, text in clauses]
    return out


def checked(text: str) -> ImportResult:
    """Import, and prove that every word is in the document or named in a message."""
    result = imported(text)
    assert lost_words(text, result) == {}
    assert quoted_in_message(result) == []
    return result


def test_the_whole_resolution_on_one_line() -> None:
    result = checked(" ".join(paragraphs(sep=" ")))
    assert outline(result.document) == OUTLINE
    res = result.document.proposals[0].resolution
    assert res is not None and (res.number.text(), res.adoption.text(), res.history.text()) == ("77", "Rev. Lisbon, 2030", "Lisbon, 2030")
    assert res.title.text() == "Shared monitoring of spectrum occupancy" and res.body == "WRC"


@pytest.mark.parametrize("size", [97, 140, 211])
def test_a_preview_page_cut_into_numbered_chunks(size: int) -> None:
    flat = " ".join(paragraphs(sep=" "))
    chunks = [flat[i:i + size].strip() for i in range(0, len(flat), size)]
    text = "\n".join(f"{n}、{chunk}" for n, chunk in enumerate(chunks, 1))
    result = checked(text)
    assert outline(result.document) == OUTLINE
    assert all("chunk marker" in m.message for m in result.messages if "chunk" in m.message)


def test_html_paragraph_tags_left_in_the_text() -> None:
    text = "<p>" + "</p><p>".join(paragraphs(sep=" ")) + "</p>"
    result = checked(text)
    assert outline(result.document) == OUTLINE
    assert result.messages[0].message == "removed the HTML tags '<p>', '</p>' (read as paragraph breaks)"


def test_a_dash_before_every_line_headings_included() -> None:
    result = checked("\n".join(f"- {p}" for p in paragraphs()))
    assert outline(result.document) == OUTLINE
    assert [m.message for m in result.messages] == [
        "removed the '-' that starts every line (a list rendering of the page, not labels)"]


def wrapped(words: str, width: int = 72) -> list[str]:
    lines, line = [], ""
    for word in words.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return [*lines, line]


def test_a_pdf_page_labels_on_their_own_lines_hard_breaks_and_page_furniture() -> None:
    lines: list[str] = ["CONFERENCE DOCUMENT", "Page 3 of 12", *HEADING]
    for keyword, clauses in BODY:
        lines.append(keyword)
        for label, text in clauses:
            lines += [label, *wrapped(text, 40)]
        lines += ["- 7 -", "WRC30/12(Add.3)-E"]
    result = checked("\n".join(lines))
    assert outline(result.document) == OUTLINE
    considering = sections(result.document)[0]
    assert considering.clauses[0].text.text() == BODY[0][1][0][1]  # the hard breaks joined back
    assert {m.quoted for m in result.messages if m.quoted} >= {"Page 3 of 12", "- 7 -", "WRC30/12(Add.3)-E"}


def test_keywords_and_labels_lost_are_reported_not_invented() -> None:
    lines = list(HEADING)
    lost = [("", BODY[0][1]), ("", BODY[1][1]), ("resolves", BODY[2][1])]
    for keyword, clauses in lost:
        if keyword:
            lines.append(keyword)
        lines += [text for _, text in clauses]
    result = checked("\n".join(lines))
    assert outline(result.document) == [": · · ·", ": · ·", "resolves: · ·"]
    assert sum(m.message.startswith("a section without its keyword") for m in result.messages) == 2
    assert [s.keyword.text() for s in sections(result.document)] == ["", "", "resolves"]


def test_line_breaks_removed_without_spaces_glue_keywords_and_labels() -> None:
    text = "".join(paragraphs(sep=""))
    result = checked(text)
    assert outline(result.document) == OUTLINE
    glued = [m.message for m in result.messages if "glued" in m.message]
    assert glued and all("read as the keyword" in m for m in glued)


def test_a_french_text_with_its_keywords_and_a_spanish_one_without_accents() -> None:
    french = ["RÉSOLUTION 77 (Rév. Lisbonne, 2030)", "Surveillance partagée du spectre",
              "L'Assemblée mondiale de normalisation des télécommunications (Lisbonne, 2030),",
              "considérant", "a)\tque les stations coûtent cher;", "b)\tque les mesures partagées évitent les doublons,",
              "décide", "1\td'encourager les administrations à partager leurs résultats;", "2\tde suivre un format commun."]
    result = checked("\n".join(french))
    assert result.language == "fr" and outline(result.document) == ["considérant: a) b)", "décide: 1 2"]
    assert [s.kind for s in sections(result.document)] == ["preambular", "operative"]
    spanish = ("RESOLUCIN 77 La Asamblea Mundial de Normalizacin de las Telecomunicaciones (Lisboa, 2030), considerando a) que las "
               "estaciones son costosas; b) que las mediciones compartidas evitan duplicaciones, reconociendo que los formatos "
               "difieren, resuelve 1 que las administraciones compartan sus resultados; 2 que se siga un formato comn.")
    result = checked(spanish)
    assert result.language == "es"
    assert outline(result.document) == ["considerando: a) b)", "reconociendo: ·", "resuelve: 1 2"]


def test_a_page_that_starts_in_the_middle_of_the_operative_part() -> None:
    text = ("- 12 - 4 that the common format be reviewed every four years; 5 that the reports be public, "
            "invites Member States to take part in the exchange, instructs the Secretary-General 1 to circulate "
            "the format; 2 to collect comments.")
    result = checked(text)
    assert outline(result.document) == [": 4 5", "invites Member States: ·", "instructs the Secretary-General: 1 2"]
    assert [s.kind for s in sections(result.document)] == ["operative", "operative", "operative"]
    assert any("starts inside a resolution" in m.message for m in result.messages)


def test_a_second_copy_of_the_same_resolution_is_kept_aside_once() -> None:
    text = "\n".join([*paragraphs(), "", "Transcript", *paragraphs()])
    result = checked(text)
    assert outline(result.document) == OUTLINE
    assert len(list(result.document.resolutions())) == 1
    assert any("second copy" in m.message for m in result.messages)


def test_a_compilation_of_proposals_on_one_line() -> None:
    text = ("PROPOSALS ON ARTICLE 4 XYZ/7/1 MOD 12 a) to coordinate the monitoring of the spectrum; "
            "XYZ/7/2 SUP 13 XYZ/7/3 ADD 13A b) to publish the results, QRS/2/9 NOC ARTICLE 5")
    result = checked(text)
    doc = result.document
    assert [(p.action, p.identifier) for p in doc.proposals] == [
        ("MOD", "XYZ/7/1"), ("SUP", "XYZ/7/2"), ("ADD", "XYZ/7/3"), ("NOC", "QRS/2/9")]
    assert list(doc.resolutions()) == []  # provisions of another text, kept as notes, never clauses


def test_a_cover_page_with_lettered_abstract_is_not_clauses() -> None:
    text = "\n".join(["Document 12-E", "Abstract:", "(a) the monitoring network;", "(b) the exchange format.",
                      *paragraphs()])
    result = checked(text)
    assert outline(result.document) == OUTLINE
    notes = [n.text.text() for n in result.document.proposals[0].notes]
    assert "(a) the monitoring network;" in notes


def test_a_french_pdf_page_hard_wrapped_with_its_running_header() -> None:
    text = "\n".join([
        "RÉSOLUTION 12 (Rév. Lisbonne, 2030)", "Surveillance partagée", "(Genève, 2022; Lisbonne, 2030)",
        "L'Assemblée mondiale de normalisation des télécommunications (Lisbonne, 2030),",
        "considérant", "a)", "que les stations de surveillance coûtent cher à une administration seule et",
        "que les mesures partagées évitent les doublons;", "- 2 -", "AMNT-30 – Résolution 12",
        "b)", "que les formats diffèrent d'une région à l'autre,",
        "décide", "1\tque les administrations partagent leurs résultats;", "2\tqu'un format commun soit suivi.",
    ])
    result = checked(text)
    assert result.language == "fr"
    assert outline(result.document) == ["considérant: a) b)", "décide: 1 2"]
    first = sections(result.document)[0].clauses[0].text.text()
    assert first == ("que les stations de surveillance coûtent cher à une administration seule et que les mesures "
                     "partagées évitent les doublons;")
    assert {m.quoted for m in result.messages} >= {"- 2 -", "AMNT-30 – Résolution 12"}


def test_chinese_and_arabic_texts_are_read_with_their_own_words() -> None:
    chinese = checked("第71号决议（2014年，釜山，修订版）\n标题\n国际电联全权代表大会（2014年，釜山），\n考虑到\n"
                      "a)\t成员国的需要；\nb)\t资源有限，\n做出决议\n1\t鼓励合作。")
    assert chinese.language == "zh" and outline(chinese.document) == ["考虑到: a) b)", "做出决议: 1"]
    res = chinese.document.proposals[0].resolution
    assert res is not None and (res.number.text(), res.adoption.text()) == ("71", "2014年，釜山，修订版")
    arabic = checked("القرار 5 (المراجَع في بوسان، 2014)\nعنوان\n"
                     "إن مؤتمر المندوبين المفوضين للاتحاد الدولي للاتصالات (بوسان، 2014)،\nإذ يضع في اعتباره\n"
                     "أن الاحتياجات كبيرة؛\nيقرر\n1\tأن يتعاون.")
    assert arabic.language == "ar" and outline(arabic.document) == ["إذ يضع في اعتباره: ·", "يقرر: 1"]
    assert [s.kind for s in sections(arabic.document)] == ["preambular", "operative"]
