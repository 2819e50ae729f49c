"""The languages a document can be written in, and the real dictionaries that serve each.

Each language lists the dictionaries that can check it, in order of
preference, as Enchant names them (a tag and the provider that serves it);
the first one installed is used.  Debian packages them as `aspell-en`,
`hunspell-en-gb`, `hunspell-fr`, `hunspell-es`, `hunspell-ru` and
`hunspell-ar`; there is no Chinese spelling dictionary (Chinese has no
spelling to check in this sense), so Chinese text is never flagged.

English is British English with Oxford (-ize) spelling, as the ITU writes
"organization" and "standardization" but "programme", "centre" and
"analyse".  Two Debian dictionaries are involved (docs/checks.md, Spelling):

* aspell-en (SCOWL) ships `en_GB-ize`, the Oxford spelling exactly: it
  accepts "organization" and refuses "organisation"; but its vocabulary is
  small ("Bureaux", "Electrotechnical", "cybersecurity" and even "ITU" are
  missing);
* hunspell-en-gb (LibreOffice's British dictionary) has a far wider
  vocabulary but accepts -ise and -ize alike.

So English accepts a word that `en_GB-ize` accepts, or that hunspell's
en_GB accepts unless it is a spelling of SCOWL's `en_GB-ise` variant (the
-ise forms the Oxford spelling rules out): "Bureaux" passes, "organisation"
does not.  With only hunspell-en-gb installed, -ise spellings pass too, and
the status says so.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Script = Literal["latin", "cyrillic", "arabic"]
SCRIPTS: tuple[Script, ...] = ("latin", "cyrillic", "arabic")


@dataclass(frozen=True)
class Source:
    """One real dictionary: an Enchant tag, the provider that must serve it, and the Debian package it comes in.

    `variant` names an aspell dictionary of that tag other than its default
    (aspell's `master` option: "en_GB-ize"); Enchant itself can only ask for
    a tag.
    """

    tag: str
    provider: Literal["aspell", "hunspell"]
    package: str
    variant: str | None = None

    def describe(self) -> str:
        """"aspell en_GB-ize", "hunspell fr_FR": how the status names the dictionary."""
        return f"{self.provider} {self.variant or self.tag}"


@dataclass(frozen=True)
class Language:
    """A document language and how its spelling is checked.

    `script` is the script its words are written in: a word in another
    script (a Latin acronym in Russian text, Chinese characters in English)
    is not this dictionary's to judge, and is left alone.
    """

    code: str
    name: str
    script: Script | None
    dictionaries: tuple[Source, ...] = ()
    wider: Source | None = None
    """A second dictionary whose extra words are accepted too …"""
    except_from_wider: Source | None = None
    """… except the words this one accepts (spellings the first dictionary rules out on purpose)."""


_EN_GB_IZE = Source("en_GB", "aspell", "aspell-en", "en_GB-ize")
_EN_GB_ISE = Source("en_GB", "aspell", "aspell-en", "en_GB-ise")
_EN_GB_HUNSPELL = Source("en_GB", "hunspell", "hunspell-en-gb")

LANGUAGES: dict[str, Language] = {
    "en": Language("en", "English", "latin", (_EN_GB_IZE, _EN_GB_HUNSPELL), _EN_GB_HUNSPELL, _EN_GB_ISE),
    "fr": Language("fr", "French", "latin", (Source("fr_FR", "hunspell", "hunspell-fr"), Source("fr", "hunspell", "hunspell-fr"),
                                             Source("fr", "aspell", "aspell-fr"))),
    "es": Language("es", "Spanish", "latin", (Source("es_ES", "hunspell", "hunspell-es"), Source("es", "aspell", "aspell-es"))),
    "ru": Language("ru", "Russian", "cyrillic", (Source("ru_RU", "hunspell", "hunspell-ru"), Source("ru", "aspell", "aspell-ru"))),
    "ar": Language("ar", "Arabic", "arabic", (Source("ar", "hunspell", "hunspell-ar"), Source("ar", "aspell", "aspell-ar"))),
    "zh": Language("zh", "Chinese", None),
}
"""The six ITU languages (E F S R C A)."""

DEFAULT_LANGUAGE = "en"


def language(code: str) -> Language:
    """The language of `code` ("en", "fr-CH" and "fr_FR" read as "fr"); an unknown code has no dictionary."""
    base = code.replace("_", "-").split("-")[0].lower()
    return LANGUAGES.get(base) or Language(code, repr(code), None)
