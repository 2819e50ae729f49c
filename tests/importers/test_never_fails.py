"""Whatever text is pasted, the import gives a valid document and keeps every word."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from editor.importers.plaintext import import_text
from tests.importers.support import imported

LINES = st.sampled_from([
    "MOD\tARB/36A2/1", "ADDAFCP/42A1/1", "SUP", "USA/16/47", "RESOLUTION 7 (Rev. Hammamet, 2016)",
    "DRAFT NEW RESOLUTION [AFCP-1]", "Collaboration with ISO", "(Helsinki, 1993;", "Dubai, 2012)",
    "The World Telecommunication Standardization Assembly (Geneva, 2022),", "considering", "noting further",
    "resolves", "instructs the Director", "a)\tthe purposes;", "b)", "i)\tfirst:", "ii)\tsecond;", "1", "2\tto invite,",
    "–\tfor work;", "•", "- 3 -", "WTSA16/42(Add.1)-E", "Reasons:", "Reasons:\tBecause.", "that the work.",
    "to the harmonization", "[bookmark: _Toc1]", "", "  ", "Annex 1", "17 and its counterparts", "x)\ty:", "ANNEX", "(to Resolution 5)", "Appendix I (to Resolution 1 (Rev. Hammamet, 2016))",
])
# What a copy out of Word or a PDF can also hold: control characters, Unicode line and paragraph
# separators, form feeds, lone carriage returns, NUL, bidi overrides, characters beyond the BMP.
ODD = st.sampled_from(["\r", "\r\n", "\x0b", "\x0c", "\x85", "\u2028", "\u2029", "\t", "\u00a0", "\ufeff", "\u200b",
                       "\x00", "\x1b", "\u202e", "\ufffd", "–", "•", "\U0001f600"])
TEXTS = st.lists(st.one_of(LINES.map(lambda line: line + "\n"), ODD, st.text(max_size=120)), max_size=30).map("".join)
WORD = re.compile(r"\b[a-z]{4,}\b")  # lower-case words: never structure, always text


def words_kept(text: str, document_xml: str) -> bool:
    """Every lower-case word of four letters or more, Word residue aside, reaches the document."""
    residue = re.compile(r"\[(?:bookmark|image|comment|footnote|endnote)[^\]\n]*\]", re.IGNORECASE)
    source = residue.sub("", text)
    return all(word in document_xml for word in WORD.findall(source))


@settings(max_examples=150, deadline=None)
@given(TEXTS)
def test_any_text_imports_to_a_valid_document(text: str) -> None:
    result = imported(text)  # validates and round-trips
    assert all(m.line >= 1 for m in result.messages)


@settings(max_examples=150, deadline=None)
@given(st.lists(LINES, max_size=25).map("\n".join))
def test_no_word_is_dropped(text: str) -> None:
    from editor.xmlio import to_bytes

    xml = to_bytes(import_text(text).document).decode()
    assert words_kept(text, xml.replace("&amp;", "&"))
