"""XML syntax colouring: pygments' XmlLexer tokens painted by a QSyntaxHighlighter.

Qt highlights block by block (one line each) and re-highlights only the
lines an edit touched, carrying one integer of state from a line to the
next.  pygments lexes a whole text and cannot hand back its state at the
end of a line, but it can *start* from a given state stack.  So each line
is lexed alone from the state the previous line ended in, and that end
state is read off the tokens with the same push/pop rules XmlLexer itself
follows (a tag opener pushes "tag", an attribute name pushes "attr", a
value or ">" pops).  Lines already seen in the same state are not lexed
again.  Multi-line comments are the one construct XmlLexer
only matches whole; they get their own state here.  Editing one line of a
30,000-line source then costs one line of lexing, not the whole file.

Colours come from a pygments style (the "default" one unless told), so
the source looks as pygments users know it.
"""

from __future__ import annotations

import re

from pygments.lexers import XmlLexer
from pygments.styles import get_style_by_name
from pygments.token import Comment, Error, Name, String, Text, Whitespace, _TokenType
from PySide6.QtGui import QColor, QFont, QSyntaxHighlighter, QTextCharFormat, QTextDocument

# Block states (QSyntaxHighlighter gives -1 before the first line: ROOT).
ROOT, TAG, ATTR, COMMENT = 0, 1, 2, 3
_STACKS: dict[int, tuple[str, ...]] = {ROOT: ("root",), TAG: ("root", "tag"), ATTR: ("root", "tag", "attr")}
# Lines already lexed, by start state and text: the canonical source repeats its
# structural lines (<clause>, </section>, labels) thousands of times.
LINE_CACHE = 20000


_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")


def _utf16_offsets(text: str) -> list[int] | None:
    """Qt positions of each Python index, or None when they are the same (no astral characters)."""
    if text.isascii() or _ASTRAL.search(text) is None:
        return None
    out, pos = [], 0
    for c in text:
        out.append(pos)
        pos += 2 if ord(c) >= 0x10000 else 1
    out.append(pos)
    return out


class PlainRunXmlLexer(XmlLexer):  # type: ignore[misc]  # types-Pygments declares the lexer classes as Any
    """pygments' XmlLexer with a run of character data as one token.

    XmlLexer yields a token per word and per space of text content; nothing
    formats them, and in a resolution they are most of the source, so one
    token per run makes colouring a 3,000-clause document several times
    faster.  Every other rule is XmlLexer's own.
    """

    name = "XML (plain runs)"
    aliases: list[str] = []
    tokens = {"root": [(r"[^<&]+", Text), *XmlLexer.tokens["root"][2:]]}


class XmlHighlighter(QSyntaxHighlighter):
    """Colours XML tags, attribute names, values, entities and comments."""

    def __init__(self, document: QTextDocument, style: str = "default") -> None:
        super().__init__(document)
        self._lexer = PlainRunXmlLexer()
        self._style = get_style_by_name(style)
        self._formats: dict[_TokenType, QTextCharFormat | None] = {}
        self._lines: dict[tuple[int, str], tuple[list[tuple[int, int, _TokenType]], int]] = {}

    # -- pygments style to Qt formats ------------------------------------------------

    def format_for(self, token: _TokenType) -> QTextCharFormat | None:
        """The Qt format of a token type, None for plain text (cached per type)."""
        if token not in self._formats:
            self._formats[token] = self._make_format(token)
        return self._formats[token]

    def _make_format(self, token: _TokenType) -> QTextCharFormat | None:
        if token is Error:
            fmt = QTextCharFormat()
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            fmt.setUnderlineColor(QColor("red"))
            return fmt
        style = self._style.style_for_token(token)
        if not (style["color"] or style["bold"] or style["italic"] or style["underline"] or style["bgcolor"]):
            return None
        fmt = QTextCharFormat()
        if style["color"]:
            fmt.setForeground(QColor("#" + style["color"]))
        if style["bgcolor"]:
            fmt.setBackground(QColor("#" + style["bgcolor"]))
        if style["bold"]:
            fmt.setFontWeight(QFont.Weight.Bold)
        if style["italic"]:
            fmt.setFontItalic(True)
        if style["underline"]:
            fmt.setFontUnderline(True)
        return fmt

    # -- one line -------------------------------------------------------------------------

    def highlightBlock(self, text: str) -> None:
        state = max(self.previousBlockState(), ROOT)
        key = (state, text)
        known = self._lines.get(key)
        if known is None:
            if len(self._lines) >= LINE_CACHE:
                self._lines.clear()
            known = self._lines[key] = line_tokens(self._lexer, text, state)
        spans, end_state = known
        qpos = _utf16_offsets(text)
        for start, length, token in spans:
            fmt = self.format_for(token)
            if fmt is None or length == 0:
                continue
            if qpos is not None:
                start, length = qpos[start], qpos[start + length] - qpos[start]
            self.setFormat(start, length, fmt)
        self.setCurrentBlockState(end_state)


def line_tokens(lexer: XmlLexer, text: str, state: int) -> tuple[list[tuple[int, int, _TokenType]], int]:
    """Marked-up tokens of one line lexed from `state`, as (start, length, type), and the state it ends in.

    Plain text and whitespace are left out: they carry no format, and a
    clause's words are most of the tokens.
    """
    spans: list[tuple[int, int, _TokenType]] = []
    offset = 0
    if state == COMMENT:
        close = text.find("-->")
        if close < 0:
            return [(0, len(text), Comment.Multiline)], COMMENT
        spans.append((0, close + 3, Comment.Multiline))
        offset, state = close + 3, ROOT
    rest = text[offset:]
    stack = list(_STACKS[state])
    for index, token, value in lexer.get_tokens_unprocessed(rest, stack=tuple(stack)):
        if token is Error and rest.startswith("<!--", index):
            # An unclosed comment (a closed one would have matched whole): the rest is comment.
            spans.append((offset + index, len(rest) - index, Comment.Multiline))
            return spans, COMMENT
        if token is Text or token is Whitespace:
            continue
        spans.append((offset + index, len(value), token))
        if token is Name.Tag:
            if value.rstrip().endswith(">"):
                if not value.lstrip().startswith("<"):
                    stack = stack[:-1] or ["root"]
            else:
                stack.append("tag")
        elif token is Name.Attribute:
            stack.append("attr")
        elif token is String and stack[-1] == "attr":
            stack.pop()
    return spans, ATTR if stack[-1] == "attr" else TAG if stack[-1] == "tag" else ROOT


__all__ = ["ATTR", "COMMENT", "ROOT", "TAG", "XmlHighlighter", "line_tokens"]
