"""From text as it comes out of a PDF or a web page to the paragraphs a drafter sees.

This is the line layer, kept apart from the recognition of a paragraph
(`recognise`, `markers`, `furniture`) so that an importer of Word files,
whose paragraphs are already paragraphs, uses the recognisers without it:

- Word residue, invisible and control characters go (`cleaning`);
- HTML tags left in the text ("<p>", "</p><p>") become paragraph breaks;
- the numbered chunks of preview sites ("1、…", "2、…") are joined back
  into one text, with a word list judging whether a cut fell inside a word;
- "Page 1:" markers, a bullet or dash before every line, rule lines and
  lines that are only page furniture are removed;
- a line holding several paragraphs (a page without its line breaks) is
  split where the next paragraph starts (`inline`).

Every removal is reported with what was removed, so that each word of the
source is either in the document or named in a message.  Hard line breaks
inside a paragraph are joined later, by the assembler, which knows whether a
clause has ended.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field

from editor.importers.cleaning import CONTROL, INVISIBLE, SourceLine, clean_text
from editor.importers.furniture import is_noise
from editor.importers.inline import TooManyParagraphs, split_line

__all__ = ["Flattened", "TooManyParagraphs", "flatten"]
from editor.importers.messages import ImportMessage
from editor.importers.vocabulary import Vocabulary
from editor.importers.wordlists import one_word

_BLOCK_TAG = re.compile(r"</?(?:p|br|div|li|ul|ol|tr|td|th|table|tbody|thead|h[1-6]|blockquote)\b[^<>]{0,200}>", re.IGNORECASE)
_INLINE_TAG = re.compile(r"</?(?:span|b|i|em|strong|u|a|font|sup|sub|small|big)\b[^<>]{0,200}>", re.IGNORECASE)
_CHUNK = re.compile(r"^(\d{1,4})、")
_PAGE_MARKER = re.compile(r"^Page\s+\d{1,4}\s*:\s*")
_BULLET_PREFIX = re.compile(r"^([-–•*·▪]\s+)")


@dataclass
class Flattened:
    """The paragraphs of a text, what was removed on the way, and the width of its longest lines."""

    lines: list[SourceLine] = field(default_factory=list)
    messages: list[ImportMessage] = field(default_factory=list)
    width: int = 0  # the length of a full line of a hard-wrapped text (0 when unknown)


@dataclass
class _Logical:
    """A line of text to split into paragraphs, and where its characters came from."""

    text: str
    origin: list[tuple[int, int, int]]  # (offset in text, source line, column of that offset)

    def place(self, offset: int) -> tuple[int, int]:
        i = max(bisect_right([o[0] for o in self.origin], offset) - 1, 0)
        at, line, column = self.origin[i]
        return line, column + offset - at


def flatten(text: str, vocab: Vocabulary, limit: int = 10**9) -> Flattened:
    """The paragraphs of `text` in order, each with its source line; TooManyParagraphs past `limit` of them."""
    out = Flattened()
    raw = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    cleaned: list[tuple[int, str]] = []
    for number, typed in enumerate(raw, 1):
        if CONTROL.search(INVISIBLE.sub("", typed)):
            out.messages.append(ImportMessage(number, "removed control characters that a text cannot hold"))
        cleaned.append((number, clean_text(typed)))
    out.width = _width(t for _, t in cleaned)
    cleaned = _without_bullet_prefix(cleaned, out.messages)
    logical = _logical_lines(cleaned, out.messages, vocab.language.code)
    for item in logical:
        if not item.text:
            out.lines.append(SourceLine(item.origin[0][1], ""))
            continue
        pieces, remarks = split_line(item.text, vocab, limit - len(out.lines))
        for remark in remarks:
            line, column = item.place(remark.start)
            out.messages.append(ImportMessage(line, remark.message, quoted=remark.dropped, column=column + 1 if len(pieces) > 1 else 0))
        for piece in pieces:
            line, column = item.place(piece.start)
            column = column + 1 if len(pieces) > 1 else 0  # counted from 1, as editors do
            if is_noise(piece.text):
                out.messages.append(ImportMessage(line, f"removed '{piece.text}', read as a page number or running header",
                                                  quoted=piece.text, column=column))
                continue
            out.lines.append(SourceLine(line, piece.text, column))
    return out


def _width(texts: Iterable[str]) -> int:
    """The length of a full line of a hard-wrapped text: the longest lines but a few (0 for a short text)."""
    lengths = sorted(len(t) for t in texts if len(t) > 30)
    if len(lengths) < 5:
        return 0
    width = lengths[int(len(lengths) * 0.9)]
    near = sum(1 for n in lengths if n >= 0.85 * width)
    return width if near >= 0.5 * len(lengths) else 0  # a web copy has a paragraph per line, of any length


def _without_bullet_prefix(lines: list[tuple[int, str]], messages: list[ImportMessage]) -> list[tuple[int, str]]:
    """Remove a bullet or dash that starts every line, headings included: a list rendering, not labels."""
    full = [(n, t) for n, t in lines if t]
    if len(full) < 5:
        return lines
    prefixes = [m.group(1).strip() for _, t in full if (m := _BULLET_PREFIX.match(t))]
    if len(prefixes) < 0.9 * len(full) or len(set(prefixes)) != 1:
        return lines
    mark = prefixes[0]
    messages.append(ImportMessage(full[0][0], f"removed the '{mark}' that starts every line (a list rendering of the page, not labels)",
                                  quoted=" ".join([mark] * len(prefixes))))
    return [(n, t[len(m.group(1)):] if (m := _BULLET_PREFIX.match(t)) and m.group(1).strip() == mark else t) for n, t in lines]


def _logical_lines(lines: list[tuple[int, str]], messages: list[ImportMessage], code: str) -> list[_Logical]:
    """Lines with HTML tags turned into breaks, "Page N:" markers removed and numbered chunks joined."""
    out: list[_Logical] = []
    chunks = _chunk_lines(lines)
    for number, text in lines:
        if number in chunks:
            marker = _CHUNK.match(text)
            assert marker is not None
            body = text[marker.end():]
            previous = out[-1] if out and out[-1].origin[0][1] in chunks else None
            if previous is None:
                messages.append(ImportMessage(number, f"removed the chunk marker '{marker.group(0)}' of a preview page", quoted=marker.group(0)))
                out.append(_Logical(body.lstrip(), [(0, number, marker.end() + len(body) - len(body.lstrip()))]))
                continue
            _join_chunk(previous, number, marker, body, messages, code)
            continue
        if not text and out and out[-1].origin[0][1] in chunks:
            continue  # blank lines between chunks: the chunks are one text
        page = _PAGE_MARKER.match(text)
        if page:
            messages.append(ImportMessage(number, f"removed the page marker '{page.group(0).strip()}'", quoted=page.group(0).strip()))
            text = " " * page.end() + text[page.end():]
        out.extend(_html_split(number, text, messages))
    return out


def _chunk_lines(lines: list[tuple[int, str]]) -> set[int]:
    """The source lines that are numbered chunks "1、", "2、" … in sequence (two at least)."""
    found: list[tuple[int, int]] = [(n, int(m.group(1))) for n, t in lines if (m := _CHUNK.match(t))]
    run = [n for i, (n, k) in enumerate(found) if k == 1 or (i > 0 and found[i - 1][1] == k - 1)]
    return set(run) if len(run) >= 2 else set()


def _join_chunk(previous: _Logical, number: int, marker: re.Match[str], raw: str, messages: list[ImportMessage], code: str) -> None:
    spaced = raw[:1].isspace() or previous.text[-1:].isspace()
    body = raw.lstrip()
    before = previous.text.rstrip()
    tail, head = before.split()[-1] if before.split() else "", body.split()[0] if body.split() else ""
    if spaced or not tail or not head:
        sep, how = " ", "" if spaced else "with a space"
    else:
        verdict = one_word(before, body, code)
        sep = "" if verdict is not False else " "
        how = {True: f"and joined '{tail}' and '{head}' as one word", False: f"and kept '{tail}' and '{head}' as two words",
               None: f"and joined '{tail}' and '{head}' as one word (no word list to judge by)"}[verdict]
    quoted = f"{marker.group(0)} {tail} {head}" if how and sep == "" else marker.group(0)
    message = f"removed the chunk marker '{marker.group(0)}' of a preview page" + (f" {how}" if how else "")
    messages.append(ImportMessage(number, message, quoted=quoted))
    previous.origin.append((len(before) + len(sep), number, marker.end() + len(raw) - len(body)))
    previous.text = before + sep + body


def _html_split(number: int, text: str, messages: list[ImportMessage]) -> list[_Logical]:
    """A line cut at its HTML block tags, inline tags removed; the tags are named in one message."""
    tags = [m.group(0) for m in _BLOCK_TAG.finditer(text)] + [m.group(0) for m in _INLINE_TAG.finditer(text)]
    if not tags:
        return [_Logical(text, [(0, number, 0)])]
    messages.append(ImportMessage(number, "removed the HTML tags " + ", ".join(f"'{t}'" for t in dict.fromkeys(tags))
                                  + " (read as paragraph breaks)", quoted=" ".join(tags)))
    out: list[_Logical] = []
    at = 0
    for m in [*_BLOCK_TAG.finditer(text), None]:
        end = m.start() if m is not None else len(text)
        part = _INLINE_TAG.sub(lambda t: " " * len(t.group(0)), text[at:end])
        if part.strip():
            lead = len(part) - len(part.lstrip())
            out.append(_Logical(part.strip(), [(0, number, at + lead)]))
        if m is not None:
            at = m.end()
    return out or [_Logical("", [(0, number, 0)])]
