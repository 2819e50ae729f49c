"""The word ledger: every word of a source is in the document or named in a message.

"In the document" means what the document holds or prints: text, labels,
keywords, notes, footnote keys and texts, and the fixed words it prints (the
number line, the proposal line, "Reasons:").  "Named in a message" means the
message's `quoted` text, the source text it says it removed or rejoined.
Words are runs of letters or of digits, compared without case; each
occurrence counts, so a second copy dropped without a word is caught.
"""

from __future__ import annotations

import re
from collections import Counter

from editor.importers.plaintext import ImportResult
from editor.model import Document
from editor.model.nodes import Annex, Clause, Footnote, Note, Proposal, Resolution, Section

_TOKEN = re.compile(r"[^\W\d_]+|\d+")
_RESIDUE = re.compile(r"\[(?:bookmark|image|comment|footnote|endnote)[^\]\n]*\]", re.IGNORECASE)


def tokens(text: str) -> Counter[str]:
    return Counter(t.casefold() for t in _TOKEN.findall(text))


def printed(document: Document) -> str:
    """Everything the document holds or prints, as text."""
    out: list[str] = []
    for node in document.walk():
        if isinstance(node, Proposal):
            out += [node.heading(), "Reasons:" if node.reasons.text() else ""]
        if isinstance(node, Resolution):
            out.append(node.number_line("markup"))
            out += [node.title.text(), node.history.text(), node.preamble.text()]
        if isinstance(node, Footnote):
            out += [node.key, node.text.text()]
        if isinstance(node, Section | Clause | Note | Annex):
            out += [inline.text() for inline in node.inlines()]
        for inline in node.inlines():
            out += [span.footnote for span in inline.spans if span.footnote]
        if isinstance(node, Proposal):
            out.append(node.reasons.text())
    return "\n".join(out)


def lost_words(source: str, result: ImportResult) -> Counter[str]:
    """The words of `source` neither in the document nor named in a message (empty when none was lost)."""
    have = tokens(printed(result.document)) + tokens(" ".join(m.quoted for m in result.messages))
    want = tokens(_RESIDUE.sub("", source))
    return Counter({word: n - have[word] for word, n in want.items() if n > have[word]})


def quoted_in_message(result: ImportResult) -> list[str]:
    """Messages whose quoted text they do not show (a message must name what it removed)."""
    bad = []
    for m in result.messages:
        for part in m.quoted.split():
            if part not in m.message:
                bad.append(f"{m.line}: {m.message!r} does not show {part!r}")
    return bad
