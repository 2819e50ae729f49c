"""What the checks read of a document's language, compiled once per language from the language data.

The checks are the same in every language; what differs is data
(resources/languages/<code>.toml, editor.languages): the section keywords,
the clause-end punctuation, the enacting formula's "(Place, Year)" spot, the
edition pattern of the number line ("Rev. Place, Year", "2016年，哈马马特，修订版"),
and the words that join labels in a cross-reference ("and", "et", "и").
Where an entry is unverified in the data, the check that uses it is only as
sure as the entry (docs/languages.md lists them).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from editor.languages import CODES
from editor.languages import load as load_language
from editor.model.nodes import Adoption

_PLACE = r"(?P<place>[^()（）;；؛,，،]+?)"
_YEAR = r"(?P<year>\d{4})"
_OPEN, _CLOSE = "(（", ")）"
_SEPARATORS = ",，،、 "


@dataclass(frozen=True)
class Wording:
    """One language's words and marks as the checks use them."""

    code: str
    preambular: tuple[str, ...]
    operative: tuple[str, ...]
    spaced: bool  # keywords and addressees are separate words ("instructs the Director"); False in Chinese
    clause: tuple[str, ...]  # the clause ending, first the one a fix writes
    section: tuple[str, ...]
    final: tuple[str, ...]
    items: tuple[str, ...]  # before sub-items
    joiners: tuple[str, ...]  # words joining the labels of one reference: and, or
    rev: str
    edition: str  # the number line's text inside its brackets: "{rev} {place}, {year}"
    plain_edition: str  # the same for a new text, without {rev}
    history_separator: str  # between the entries of the history line
    brackets: tuple[str, str]  # around the number line's and the enacting formula's dates: ( ) or （ ）

    @property
    def known(self) -> tuple[str, ...]:
        return self.preambular + self.operative

    @property
    def marks(self) -> str:
        """Every character that ends a clause in this language (";,.:" and the language's own)."""
        return "".join(dict.fromkeys(";,.:" + "".join(self.clause + self.section + self.final + self.items)))

    def accepted(self, want: str) -> tuple[str, ...]:
        """The endings that stand for `want` (its alternatives in the data: Arabic "؛" or ";")."""
        for group in (self.clause, self.section, self.final, self.items):
            if want in group:
                return group
        return (want,)

    def adoption_text(self, revised: bool, place: str, year: str) -> str:
        """The number line's bracketed text in this language ("Rév. Genève, 2022")."""
        pattern = self.edition if revised else self.plain_edition
        return pattern.replace("{rev}", self.rev).replace("{place}", place).replace("{year}", year)

    def revised_text(self, text: str) -> bool:
        """Whether a number line's bracketed text says the resolution is revised ("Rev.", "Пересм.", "修订版")."""
        return bool(self.rev) and self.rev in text

    def spot_text(self, place: str, year: str) -> str:
        """A place and year as the preamble and the history line give them ("Хаммамет, 2016 г.")."""
        return self.adoption_text(False, place, year)

    def parse_adoption(self, text: str) -> Adoption | None:
        """Place and year (and whether revised) of a number line's bracketed text, None when unreadable."""
        text = " ".join(text.split())
        for revised, pattern in ((True, _adoption_pattern(self.code, True)), (False, _adoption_pattern(self.code, False))):
            m = pattern.fullmatch(text)
            if m:
                return Adoption(revised, m.group("place").strip(), m.group("year"))
        return None

    def parse_spot(self, text: str) -> Adoption | None:
        """A "Place, Year" entry (history line, preamble brackets) in this language's pattern."""
        found = self.parse_adoption(text)
        return Adoption(False, found.place, found.year) if found is not None and not found.revised else None

    def preamble_spots(self, text: str) -> list[re.Match[str]]:
        """The bracketed "(Place, Year)" spots of an enacting formula, in order."""
        return list(_preamble_pattern(self.code).finditer(text))


@lru_cache(maxsize=len(CODES))
def wording(code: str) -> Wording:
    """The wording of language `code` (English for a code the data does not know)."""
    language = load_language(code if code in CODES else "en")
    forms = [k for k in language.keywords]
    raw = language.fixed_word("edition").strip()
    edition = raw.lstrip(_OPEN).rstrip(_CLOSE)
    plain = re.sub(r"\{rev\}\s*", "", edition) if edition.startswith("{rev}") else re.sub(r"[,，،、\s]*\{rev\}", "", edition)
    joiners = language.recognition.get("joiners")
    return Wording(
        code=language.code,
        preambular=tuple(dict.fromkeys(k.text for k in forms if k.kind == "preambular")),
        operative=tuple(dict.fromkeys(k.text for k in forms if k.kind == "operative")),
        spaced=language.script != "CJK",
        clause=tuple(e.text for e in language.punctuation["clause"]),
        section=tuple(e.text for e in language.punctuation["section"]),
        final=tuple(e.text for e in language.punctuation["final"]),
        items=tuple(e.text for e in language.punctuation.get("items", ())) or (":",),
        joiners=joiners.words if joiners is not None and joiners.words else ("and", "or"),
        rev=language.fixed_word("rev"),
        edition=edition,
        plain_edition=plain,
        history_separator=language.punctuation["clause"][0].text + (" " if language.script != "CJK" else ""),
        brackets=(raw[0] if raw[:1] in _OPEN else "(", raw[-1] if raw[-1:] in _CLOSE else ")"),
    )


def _template_regex(template: str, rev: str) -> str:
    """A regex of an edition template: literal parts exact (spaces loose), {place} and {year} captured."""
    out = []
    for part in re.split(r"(\{place\}|\{year\}|\{rev\})", template):
        if part == "{place}":
            out.append(_PLACE)
        elif part == "{year}":
            out.append(_YEAR)
        elif part == "{rev}":
            out.append(re.escape(rev))
        else:
            out.append(r"\s*".join(re.escape(piece) for piece in part.split(" ")))
    return "".join(out)


@lru_cache(maxsize=2 * len(CODES))
def _adoption_pattern(code: str, revised: bool) -> re.Pattern[str]:
    w = wording(code)
    return re.compile(r"\s*" + _template_regex(w.edition if revised else w.plain_edition, w.rev) + r"\s*")


@lru_cache(maxsize=len(CODES))
def _preamble_pattern(code: str) -> re.Pattern[str]:
    w = wording(code)
    return re.compile(f"[{_OPEN}]" + _template_regex(w.plain_edition, w.rev) + f"[{_CLOSE}]")


def clear_cache() -> None:
    """Forget compiled wordings (after the language data changed)."""
    wording.cache_clear()
    _adoption_pattern.cache_clear()
    _preamble_pattern.cache_clear()
