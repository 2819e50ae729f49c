"""Whether two pieces of text cut apart by a converter were one word or two.

Preview sites cut a page into fixed-length chunks ("1、…", "2、…") and drop
the space where a cut fell between words: "Stand" | "ardization" was one
word, "is" | "responsible" two.  Only a word list can tell; pyspellchecker's
frequency lists (English, French, Spanish, Russian, Arabic) serve.  Without
one the pieces are joined as they stand and the caller says so.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

_LAST = re.compile(r"([^\W\d_]+)$")
_FIRST = re.compile(r"^([^\W\d_]+)")
_LISTS = {"en": "en", "fr": "fr", "es": "es", "ru": "ru", "ar": "ar"}


@lru_cache(maxsize=8)
def _known(code: str) -> Callable[[str], bool] | None:
    try:
        from spellchecker import SpellChecker
    except ImportError:  # the word lists are optional: joining still works, with less judgement
        return None
    checker = SpellChecker(language=_LISTS.get(code, "en"), distance=1)
    frequency = checker.word_frequency

    def known(word: str) -> bool:
        return word.lower() in frequency

    return known


def one_word(before: str, after: str, code: str = "en") -> bool | None:
    """True when `before` ends and `after` starts one word cut in two, False when two words, None when unsure.

    The pieces are one word when their letters joined make a known word
    ("Stand" + "ardization"); two when each is a known word and together
    they are not ("is" + "responsible"); otherwise one, a word split at an
    odd place ("dev" + "eloping" joins to a known word anyway).
    """
    tail, head = _LAST.search(before), _FIRST.search(after)
    if tail is None or head is None:
        return False
    known = _known(code)
    if known is None:
        return None
    if known(tail.group(1) + head.group(1)):
        return True
    return not (known(tail.group(1)) and known(head.group(1)))
