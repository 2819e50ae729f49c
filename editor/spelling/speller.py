"""One language's judge of words: its real dictionary, the ITU terms, the user's dictionary.

The verdict on each word is kept (a document repeats its words, and
typing revisits them), so a recheck judges only the words it has not
seen: the ITU terms and the user's words first, then the dictionary.  Suggestions are asked for only when wanted (a context menu, a
quick fix): a Hunspell suggestion costs tens of milliseconds, far more
than a keystroke may.
"""

from __future__ import annotations

import threading
from collections.abc import Collection
from functools import cache
from pathlib import Path
from typing import NamedTuple

from editor.spelling.dictionary import Dictionary, Missing, open_dictionary
from editor.spelling.languages import DEFAULT_LANGUAGE, Language, language
from editor.spelling.reading import Reading
from editor.spelling.tokens import words
from editor.spelling.wordlists import UserDictionary, WordSet, itu_terms

SUGGESTIONS = 8


class Finding(NamedTuple):
    """A misspelled word of one inline: its markup offset and length, and the word as looked up."""

    offset: int
    length: int
    word: str


@cache
def shipped_terms() -> WordSet:
    """The ITU terms, read once per process."""
    return itu_terms()


class Speller:
    """Judges the words of one language (module docstring); safe to share between documents and threads."""

    def __init__(self, code: str = DEFAULT_LANGUAGE, *, dictionary: Dictionary | Missing | None = None,
                 terms: WordSet | None = None, user: UserDictionary | None = None, settings: Path | None = None) -> None:
        """`dictionary` defaults to the installed one for `code` (or the reason there is none).

        `user` defaults to the language's file in the settings folder (`settings` overrides that folder).
        """
        self.language: Language = language(code)
        self.dictionary = open_dictionary(self.language) if dictionary is None else dictionary
        self.terms = shipped_terms() if terms is None else terms
        self.user = user if user is not None else UserDictionary.for_language(self.language.code, settings)
        self._verdicts: dict[str, bool] = {}
        self._suggestions: dict[str, list[str]] = {}
        self._lock = threading.Lock()

    @property
    def available(self) -> bool:
        """Whether a dictionary checks this language (else nothing is flagged)."""
        return isinstance(self.dictionary, Dictionary)

    @property
    def status(self) -> str:
        """What the status bar shows: "Spelling: English", or "Spelling: no dictionary for Russian"."""
        if isinstance(self.dictionary, Dictionary):
            return f"Spelling: {self.language.name}"
        return f"Spelling: {self.dictionary.note}"

    @property
    def details(self) -> str:
        """The dictionary in use, or why there is none and which package brings it (a tooltip, `validate`)."""
        if isinstance(self.dictionary, Dictionary):
            return f"{self.language.name} spelling checked with {self.dictionary.name}"
        return self.dictionary.details

    def accepts(self, word: str) -> bool:
        """Whether `word` (as `editor.spelling.tokens` gives it) is spelled right."""
        verdict = self._verdicts.get(word)
        if verdict is None:
            verdict = self._verdicts[word] = self._judge(word)
        return verdict

    def _judge(self, word: str) -> bool:
        if self._listed(word) or not isinstance(self.dictionary, Dictionary):
            return True
        if "'" in word and self._listed(word.rpartition("'")[2]):
            return True  # an elided article before a term: "l'UIT", "d'ITU-T"
        return self.dictionary.check(word)

    def _listed(self, word: str) -> bool:
        return word in self.terms or word in self.user

    def suggestions(self, word: str) -> list[str]:
        """Up to eight replacements for `word`, the likeliest first (none without a dictionary)."""
        if not isinstance(self.dictionary, Dictionary):
            return []
        with self._lock:
            found = self._suggestions.get(word)
        if found is None:
            found = list(dict.fromkeys(s for s in self.dictionary.suggest(word) if s != word))[:SUGGESTIONS]
            with self._lock:
                if len(self._suggestions) > 1024:
                    self._suggestions.clear()
                self._suggestions[word] = found
        return list(found)

    def add(self, word: str) -> None:
        """Add to the user dictionary (kept in its file)."""
        self.user.add(word)
        self._verdicts.clear()  # the word's case variants, plurals and elisions pass too

    def findings(self, reading: Reading, ignored: Collection[str] = ()) -> list[Finding]:
        """The misspelled words of `reading`, located in markup, less the `ignored` ones (Ignore All)."""
        if not isinstance(self.dictionary, Dictionary):
            return []
        out: list[Finding] = []
        verdicts = self._verdicts
        for word in words(reading.text, self.language.script, reading.breaks):
            if verdicts.get(word.text) or word.text in ignored or self.accepts(word.text):
                continue
            offset, length = reading.markup_range(word.start, word.end)
            out.append(Finding(offset, length, word.text))
        return out
