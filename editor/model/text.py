"""Characters a document can hold: what every way into the model filters.

XML 1.0 cannot carry most C0 control characters, lone surrogates, U+FFFE
or U+FFFF, so a document holding one could never be saved again (and a
crash would then lose the work).  Every EditSession verb, the importers and
the command-line options pass text through `xml_safe`, so such a character
never reaches the model, wherever it comes from (typing, paste, a field, a
file).  TAB and line feed stay: a TAB separates a label, a line feed is a
line break inside a paragraph.  Carriage returns become line feeds.
"""

from __future__ import annotations

import re

#: What XML 1.0 cannot hold (production [2] Char), and DEL, which no drafter means to type.
UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")


def xml_safe(text: str) -> str:
    """`text` without the characters a document cannot hold; CR LF and CR become LF."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return UNSAFE.sub("", text)


def has_unsafe(text: str) -> bool:
    return "\r" in text or UNSAFE.search(text) is not None
