"""Spelling checked as you type: real dictionaries (pyenchant over aspell and Hunspell), ITU terms, user words.

No Qt here: the window draws the underlines and menus over this package.

* `languages`: the six ITU languages and the dictionaries that serve each;
* `dictionary`: opening them (British English with Oxford -ize spelling);
* `wordlists`: the ITU terms list (resources/spelling/) and the user dictionary in the settings folder;
* `tokens`, `reading`: the words of ITU text, read in the final view and located in markup;
* `speller`: one language's judge of words, with suggestions;
* `checker`: the spelling problems of a document, incremental, checked in slices the first time;
* `source`: the session-bound problem source the window uses (docs/checks.md, Spelling).
"""

from __future__ import annotations

from editor.model.nodes import Document
from editor.spelling.checker import RULE, Misspelling, SpellingChecker
from editor.spelling.languages import DEFAULT_LANGUAGE
from editor.spelling.source import SpellingSource
from editor.spelling.speller import Speller

__all__ = ["DEFAULT_LANGUAGE", "RULE", "Misspelling", "Speller", "SpellingChecker", "SpellingSource", "check_spelling"]


def check_spelling(document: Document, language: str = DEFAULT_LANGUAGE, speller: Speller | None = None) -> tuple[list[Misspelling], Speller]:
    """Every spelling problem of `document`, at once (the command line), and the speller that judged them."""
    speller = speller if speller is not None else Speller(language)
    return SpellingChecker(document, speller).check_all(), speller
