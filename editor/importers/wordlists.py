"""What word lists tell the importer: whether a cut fell inside a word, and which language words are in.

Preview sites cut a page into fixed-length chunks ("1、…", "2、…") and drop
the space where a cut fell between words: "Stand" | "ardization" was one
word, "is" | "responsible" two.  Only a word list can tell; pyspellchecker's
frequency lists (English, French, Spanish, Russian, Arabic) serve.  Without
one the pieces are joined as they stand and the caller says so.  The most
common words of each list (de, la, que, the, of …) also tell French,
Spanish and English texts apart when their keywords are few.
"""

from __future__ import annotations

import heapq
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


@lru_cache(maxsize=8)
def common_words(code: str, count: int = 150) -> frozenset[str]:
    """The `count` most frequent words of a language's list (empty without the lists, or for a language without one)."""
    if code not in _LISTS:
        return frozenset()
    try:
        from spellchecker import SpellChecker
    except ImportError:
        return frozenset()
    frequencies = SpellChecker(language=_LISTS[code], distance=1).word_frequency.dictionary
    return frozenset(heapq.nlargest(count, frequencies, key=frequencies.__getitem__))
