"""XML colouring: tags, attributes and values get formats, line by line as pygments would."""

from __future__ import annotations

import pytest
from pygments.lexers import XmlLexer
from pygments.token import Comment, Name, String, Text, Whitespace
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QPlainTextEdit

from editor.gui.xml_highlighter import COMMENT, ROOT, PlainRunXmlLexer, XmlHighlighter, line_tokens
from editor.xmlio.writer import to_bytes
from tests.factories import mod_document

TRICKY = '<a\n  x="1"\n  y=\n "2">t &amp; u</a><!-- multi\nline --> <b z=\'3\'/>\n<c>😀<d k="v">x</d></c>\n'


def _types_by_char(tokens: list[tuple[int, object, str]]) -> dict[int, object]:
    out = {}
    for index, token, value in tokens:
        if token is Whitespace or token is Text:  # plain text carries no format
            continue
        for k, ch in enumerate(value):
            if not ch.isspace():
                out[index + k] = token
    return out


def _per_line(source: str) -> list[tuple[int, object, str]]:
    lexer, state, offset, out = PlainRunXmlLexer(), ROOT, 0, []
    for line in source.split("\n"):
        spans, state = line_tokens(lexer, line, state)
        out += [(offset + start, token, line[start:start + length]) for start, length, token in spans]
        offset += len(line) + 1
    return out


@pytest.mark.parametrize("source", [to_bytes(mod_document()[0]).decode(), TRICKY])
def test_line_by_line_lexing_agrees_with_pygments_on_the_whole_text(source: str) -> None:
    whole = list(XmlLexer().get_tokens_unprocessed(source))
    assert _types_by_char(_per_line(source)) == _types_by_char(whole)


def test_an_unclosed_comment_carries_over_to_the_next_line() -> None:
    lexer = XmlLexer()
    spans, state = line_tokens(lexer, "<a>text <!-- open", ROOT)
    assert state == COMMENT and spans[-1][2] is Comment.Multiline
    spans, state = line_tokens(lexer, "still comment --> <b/>", COMMENT)
    assert state == ROOT and spans[0] == (0, len("still comment -->"), Comment.Multiline)


def _formats_of_line(doc: QTextDocument, number: int) -> dict[str, str]:
    """Colour of each formatted piece of a line, by its text (Qt counts UTF-16 units)."""
    block = doc.findBlockByNumber(number)
    units = block.text().encode("utf-16-le")
    return {units[2 * r.start:2 * (r.start + r.length)].decode("utf-16-le"): r.format.foreground().color().name() for r in block.layout().formats()}


def _highlighted(text: str) -> tuple[QTextDocument, XmlHighlighter, QPlainTextEdit]:
    view = QPlainTextEdit()
    highlighter = XmlHighlighter(view.document())
    view.setPlainText(text)
    return view.document(), highlighter, view


def test_the_highlighter_formats_tags_attributes_and_values(qapp: object) -> None:
    doc, highlighter, _view = _highlighted('<section kind="operative">\n  <keyword>resolves</keyword>\n</section>\n')
    first = _formats_of_line(doc, 0)
    tag, attr, value = highlighter.format_for(Name.Tag), highlighter.format_for(Name.Attribute), highlighter.format_for(String)
    assert tag is not None and attr is not None and value is not None
    assert first["<section"] == tag.foreground().color().name()
    assert first["kind="] == attr.foreground().color().name()
    assert first['"operative"'] == value.foreground().color().name()
    assert len({tag.foreground().color().name(), attr.foreground().color().name(), value.foreground().color().name()}) == 3
    second = _formats_of_line(doc, 1)
    assert "resolves" not in second  # text content stays plain
    assert "<keyword>" in second and "</keyword>" in second


def test_a_tag_open_across_lines_keeps_attribute_colours(qapp: object) -> None:
    doc, highlighter, _view = _highlighted('<clause\n   rev="ins"\n>text</clause>')
    second = _formats_of_line(doc, 1)
    attr = highlighter.format_for(Name.Attribute)
    assert attr is not None and second["rev="] == attr.foreground().color().name()


def test_astral_characters_do_not_shift_the_colours(qapp: object) -> None:
    doc, highlighter, _view = _highlighted('<t>😀</t><u k="v"/>')
    formats = _formats_of_line(doc, 0)
    attr = highlighter.format_for(Name.Attribute)
    assert attr is not None and formats["k="] == attr.foreground().color().name()
