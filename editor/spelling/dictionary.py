"""The real dictionaries, opened through pyenchant (libenchant-2 over aspell and Hunspell).

A `Dictionary` answers two questions, is this word spelled right and what
might have been meant, and serialises its calls with a lock: Enchant's
dictionaries are not safe to use from two threads at once, and a checker
may run its first full check in a worker thread (editor.spelling.checker).

Enchant asks for a dictionary by tag only; the aspell variant a `Source`
names ("en_GB-ize") is chosen with aspell's own `master` option, passed
through the ASPELL_CONF environment variable while that one dictionary is
opened (aspell reads it when it builds a speller, and only then).
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from editor.spelling.languages import Language, Source

_ENVIRONMENT = threading.Lock()
"""ASPELL_CONF is process-wide: one dictionary is opened at a time."""


@dataclass(frozen=True)
class Missing:
    """Why a language has no dictionary: a short sentence for the status bar, and what to install."""

    note: str
    """"no dictionary for Russian"."""
    details: str
    """The note with its remedy: "no dictionary for Russian (Debian package hunspell-ru)"."""


class Dictionary:
    """One real dictionary, or a main one widened by a second (see `Language.wider`)."""

    def __init__(self, name: str, main: Any, wider: Any = None, excluded: Any = None) -> None:
        self.name = name
        self._main = main
        self._wider = wider
        self._excluded = excluded
        self._lock = threading.Lock()

    def check(self, word: str) -> bool:
        with self._lock:
            if self._main.check(word):
                return True
            return self._wider is not None and self._wider.check(word) and not (
                self._excluded is not None and self._excluded.check(word))

    def suggest(self, word: str) -> list[str]:
        """The main dictionary's suggestions, then the wider one's that the main rules do not refuse."""
        with self._lock:
            out: list[str] = list(self._main.suggest(word))
            if self._wider is not None:
                for candidate in self._wider.suggest(word):
                    if candidate not in out and (self._excluded is None or not self._excluded.check(candidate)
                                                 or self._main.check(candidate)):
                        out.append(candidate)
        return out


@contextmanager
def _aspell_master(variant: str | None) -> Iterator[None]:
    if variant is None:
        yield
        return
    with _ENVIRONMENT:
        saved = os.environ.get("ASPELL_CONF")
        os.environ["ASPELL_CONF"] = (saved + "; " if saved else "") + f"master {variant}"
        try:
            yield
        finally:
            if saved is None:
                del os.environ["ASPELL_CONF"]
            else:
                os.environ["ASPELL_CONF"] = saved


def _enchant() -> Any:
    """The pyenchant module, or None when it or the libenchant-2 library it loads is not installed."""
    try:
        import enchant
    except ImportError:
        return None
    return enchant


def open_source(source: Source) -> Any:
    """The Enchant dictionary of `source`, served by the provider it names; None when that is not installed."""
    enchant = _enchant()
    if enchant is None:
        return None
    broker = enchant.Broker()  # a broker caches dictionaries by tag: one per source, so variants of a tag stay apart
    broker.set_ordering(source.tag, source.provider)
    try:
        if not broker.dict_exists(source.tag):
            return None
        with _aspell_master(source.variant):
            found = broker.request_dict(source.tag)
    except enchant.errors.Error:
        return None
    # Enchant falls back on another provider when the one asked for lacks the tag (or aspell lacks the variant).
    return found if found.provider.name == source.provider else None


def open_dictionary(language: Language) -> Dictionary | Missing:
    """The dictionary for `language`, or why there is none."""
    note = f"no dictionary for {language.name}"
    if not language.dictionaries:
        return Missing(note, f"{note}: its text is not checked")
    if _enchant() is None:
        return Missing(note, f"{note}: pyenchant could not load libenchant-2 (Debian package libenchant-2-2)")
    for source in language.dictionaries:
        main = open_source(source)
        if main is None:
            continue
        name = source.describe()
        wider = excluded = None
        if language.wider is not None and language.wider != source:
            wider = open_source(language.wider)
            if wider is not None:
                name += f", with {language.wider.describe()}"
                if language.except_from_wider is not None:
                    excluded = open_source(language.except_from_wider)
                    name += f" less {language.except_from_wider.describe()}" if excluded is not None else ""
        first = language.dictionaries[0]
        if source != first:
            name += f" ({first.describe()} is not installed: Debian package {first.package})"
        return Dictionary(name, main, wider, excluded)
    packages = " or ".join(dict.fromkeys(s.package for s in language.dictionaries))
    return Missing(note, f"{note} (Debian package {packages})")
