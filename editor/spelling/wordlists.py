"""The words the spelling check accepts besides the dictionary's: the ITU terms and the user's own.

The ITU terms are data shipped with the editor (resources/spelling/
itu-terms.txt) plus the label suffixes of editor.model.labels (bis, ter …).
The user dictionary is a plain UTF-8 file, one word a line, in the
settings folder ($XDG_CONFIG_HOME/ResolutionEditor/ on Linux, beside the
window's QSettings file), one per language (`dictionary-en.txt`), so a
word added while writing French does not pass in English.  "Add to
Dictionary" appends a line: the file is never rewritten, so a word added
by hand in an editor, or a file this code cannot decode, is never lost.

A word passes a list when the list holds it as written, or holds its
lower-case form (a lower-case entry also passes capitalised and in
capitals, as dictionaries treat words), or, for an entry with capitals,
holds the word in capitals ("HAMMAMET"); an acronym passes with a plural
"s" ("ICTs") and any word with a possessive "'s".
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Iterable
from pathlib import Path

from editor.model.labels import SUFFIXES
from editor.spelling.languages import SCRIPTS
from editor.spelling.tokens import words

ROOT = Path(__file__).resolve().parents[2]
TERMS_FILE = ROOT / "resources" / "spelling" / "itu-terms.txt"
SETTINGS_FOLDER = "ResolutionEditor"
"""The organisation name editor.app gives QSettings, hence its folder."""


def settings_folder() -> Path:
    """The editor's settings folder, computed as QSettings computes it, without Qt."""
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    return base / SETTINGS_FOLDER


def entries(lines: Iterable[str]) -> list[str]:
    """The words of a word-list file: one entry a line, "#" comments, blank lines skipped; entries split into words."""
    out: list[str] = []
    for line in lines:
        entry = line.split("#", 1)[0].strip()
        if entry:
            out += [w.text for script in SCRIPTS for w in words(entry, script)]  # split as text is: "ITU-T" gives "ITU"
    return out


class WordSet:
    """Words accepted as written and in the case variants a dictionary allows (module docstring)."""

    def __init__(self, words: Iterable[str] = ()) -> None:
        self._words: set[str] = set()
        self._capitals: set[str] = set()
        for word in words:
            self.add(word)

    def add(self, word: str) -> None:
        self._words.add(word)
        self._capitals.add(word.upper())

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        if word in self._words:
            return True
        lower = word.lower()
        if lower in self._words and word == lower.capitalize():
            return True
        if word.isupper() and word in self._capitals:
            return True
        if word.endswith(("'s", "’s")) and len(word) > 3:
            return word[:-2] in self
        return word.endswith("s") and len(word) > 2 and word[:-1].isupper() and word[:-1] in self

    def __len__(self) -> int:
        return len(self._words)


def itu_terms(path: Path = TERMS_FILE) -> WordSet:
    """The ITU terms: the shipped list and the label suffixes."""
    return WordSet([*entries(path.read_text(encoding="utf-8").splitlines()), *(s for s in SUFFIXES if s)])


class UserDictionary:
    """The words the user added, kept in a plain file (module docstring).

    `problem` is a sentence naming the file when it could not be read
    (its words then do not count until it is fixed; adding still appends).
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.problem: str | None = None
        self._lock = threading.Lock()
        self.words = WordSet()
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return
        except (OSError, UnicodeDecodeError) as exc:
            self.problem = f"{path}: the user dictionary cannot be read ({exc}); words added now are appended to it"
            return
        self.words = WordSet(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))

    @classmethod
    def for_language(cls, code: str, folder: Path | None = None) -> UserDictionary:
        """The user dictionary of a language in the settings folder (or in `folder`)."""
        return cls((folder or settings_folder()) / f"dictionary-{code}.txt")

    def __contains__(self, word: object) -> bool:
        return word in self.words

    def add(self, word: str) -> None:
        """Add `word` and append it to the file (creating the folder); OSError propagates, naming the file."""
        word = word.strip()
        if not word or "\n" in word:
            return
        with self._lock:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self.path.open("a+b") as f:
                f.seek(0, os.SEEK_END)
                newline = b""
                if f.tell():
                    f.seek(-1, os.SEEK_END)
                    newline = b"" if f.read(1) == b"\n" else b"\n"
                f.write(newline + word.encode("utf-8") + b"\n")
            self.words.add(word)
