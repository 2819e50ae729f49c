"""Word-by-word marks between two versions of one piece of inline text.

diff-match-patch does the diffing: words, spaces and punctuation are first
turned into one character each (its "lines to chars" device, applied to
words), so the diff never cuts a word; its semantic clean-up then joins
what a reader sees as one change ("Hammamet, 2016" -> "Geneva, 2022"
becomes one deletion and one insertion, not four).  Last, a word that only
changed its ending ("invite" -> "inviting") is marked from the point where
it changed, with character precision.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from diff_match_patch import diff_match_patch

from editor.model.inline import Span, normalize
from editor.model.marks import Mark, MarkKind

DELETE, EQUAL, INSERT = -1, 0, 1
Diff = tuple[int, str]
NewMark = Callable[[MarkKind], Mark]

_TOKEN = re.compile(r"\w+(?:[-\u2011]\w+)*|\s+|[^\w\s]")  # "ITU-T" is one word
_WORD = re.compile(r"\w+$")
_HAS_WORD = re.compile(r"\w")
_FOOTNOTE_BASE = 0xF0000  # supplementary private use plane: stands for footnote references
STEM_MIN = 3


def _dmp() -> diff_match_patch:
    dmp = diff_match_patch()
    dmp.Diff_Timeout = 0  # deterministic: the same pair always gives the same marks
    return dmp


class _Atoms:
    """An inline as characters plus, per character, the span it came from (its format)."""

    def __init__(self, spans: list[Span], footnotes: dict[str, str]) -> None:
        chars: list[str] = []
        self.formats: list[Span] = []
        for span in spans:
            if span.footnote is not None:
                if span.footnote not in footnotes:
                    footnotes[span.footnote] = chr(_FOOTNOTE_BASE + len(footnotes))
                chars.append(footnotes[span.footnote])
                self.formats.append(replace(span, mark=None))
            else:
                chars.append(span.text)
                template = replace(span, text="", mark=None)
                self.formats.extend([template] * len(span.text))
        self.text = "".join(chars)

    def spans(self, start: int, end: int, mark: Mark | None) -> list[Span]:
        out: list[Span] = []
        i = start
        while i < end:
            fmt = self.formats[i]
            j = i + 1
            if fmt.footnote is None:
                while j < end and self.formats[j] is fmt:
                    j += 1
            out.append(replace(fmt, text=fmt.text if fmt.footnote is not None else self.text[i:j], mark=mark))
            i = j
        return out


def _tokens_to_chars(old: str, new: str) -> tuple[str, str, list[str]]:
    """Each distinct word, space run or punctuation mark becomes one character."""
    table: list[str] = []
    index: dict[str, int] = {}

    def encode(text: str) -> str:
        out = []
        for token in _TOKEN.findall(text):
            if token not in index:
                index[token] = len(table)
                table.append(token)
            out.append(chr(index[token] + 0x100))
        return "".join(out)

    return encode(old), encode(new), table


def _absorb_separators(diffs: list[Diff]) -> list[Diff]:
    """Unchanged spaces and punctuation between two changes join them.

    "[-Hammamet-], [-2016-]" reads as one change to a drafter: "[-Hammamet, 2016-]".
    """
    out: list[Diff] = []
    deleted: list[str] = []
    inserted: list[str] = []

    def flush() -> None:
        for op, parts in ((DELETE, deleted), (INSERT, inserted)):
            if parts:
                out.append((op, "".join(parts)))
                parts.clear()

    for k, (op, text) in enumerate(diffs):
        between = 0 < k < len(diffs) - 1 and diffs[k - 1][0] != EQUAL and diffs[k + 1][0] != EQUAL
        if op == EQUAL and not (between and not _HAS_WORD.search(text)):
            flush()
            out.append((op, text))
            continue
        if op != INSERT:
            deleted.append(text)
        if op != DELETE:
            inserted.append(text)
    flush()
    return out


def _common_stem(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _refine_endings(diffs: list[Diff]) -> list[Diff]:
    """Mark only the changed ending of a word: "invit[-e-][+ing+]"."""
    out: list[Diff] = []
    i = 0
    while i < len(diffs):
        if i + 1 < len(diffs) and {diffs[i][0], diffs[i + 1][0]} == {DELETE, INSERT}:
            deleted = diffs[i][1] if diffs[i][0] == DELETE else diffs[i + 1][1]
            inserted = diffs[i][1] if diffs[i][0] == INSERT else diffs[i + 1][1]
            old_word, new_word = _WORD.search(deleted), _WORD.search(inserted)
            if old_word and new_word:
                stem = _common_stem(old_word.group(), new_word.group())
                shorter = min(len(old_word.group()), len(new_word.group()))
                if stem >= STEM_MIN and 2 * stem >= shorter and old_word.group() != new_word.group():
                    old_head, new_head = deleted[: old_word.start()], inserted[: new_word.start()]
                    pieces = [
                        (DELETE, old_head), (INSERT, new_head), (EQUAL, old_word.group()[:stem]),
                        (DELETE, old_word.group()[stem:]), (INSERT, new_word.group()[stem:]),
                    ]
                    out.extend(p for p in pieces if p[1])
                    i += 2
                    continue
        out.append(diffs[i])
        i += 1
    return out


def word_diff(old: str, new: str) -> list[Diff]:
    """diff-match-patch diffs of two texts, cut at word boundaries, semantically cleaned."""
    if old == new:
        return [(EQUAL, old)] if old else []
    dmp = _dmp()
    a, b, table = _tokens_to_chars(old, new)
    encoded = dmp.diff_main(a, b, False)
    dmp.diff_cleanupSemantic(encoded)
    diffs = [(op, "".join(table[ord(c) - 0x100] for c in text)) for op, text in encoded]
    diffs = _absorb_separators(diffs)
    return [d for d in _refine_endings(diffs) if d[1]]


def marked_spans(old: list[Span], new: list[Span], new_mark: NewMark) -> list[Span]:
    """Spans whose original view is `old` and final view is `new` (both unmarked).

    Equal text whose formatting changed is marked as deleted and inserted
    again, since formatting itself is not a tracked change here.
    """
    if old == new:
        return list(new)
    footnotes: dict[str, str] = {}
    a, b = _Atoms(old, footnotes), _Atoms(new, footnotes)
    out: list[Span] = []
    i = j = 0
    for op, text in word_diff(a.text, b.text):
        n = len(text)
        if op == EQUAL:
            if a.formats[i:i + n] == b.formats[j:j + n]:
                out.extend(b.spans(j, j + n, None))
            else:
                out.extend(a.spans(i, i + n, new_mark("del")))
                out.extend(b.spans(j, j + n, new_mark("ins")))
            i, j = i + n, j + n
        elif op == DELETE:
            out.extend(a.spans(i, i + n, new_mark("del")))
            i += n
        else:
            out.extend(b.spans(j, j + n, new_mark("ins")))
            j += n
    return normalize(out)


def replaced_spans(old: list[Span], new: list[Span], new_mark: NewMark) -> list[Span]:
    """The whole old content deleted and the new inserted (a label change)."""
    if old == new:
        return list(new)
    deleted = new_mark("del") if old else None
    inserted = new_mark("ins") if new else None
    return normalize([*(replace(s, mark=deleted) for s in old), *(replace(s, mark=inserted) for s in new)])
