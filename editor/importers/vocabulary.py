"""The words the importer looks for, compiled once per language from the language data.

`editor.languages` holds the words as a drafter edits them; this module turns
them into the patterns the recognisers use: keyword phrases (with the forms a
copy may have left when it lost accented letters: "considrant" or
"considerant" for "considérant"), the heading words (RESOLUTION,
RÉSOLUTION …), the openings of preambles, clause openers ("that", "que").
English words are always read besides the text's own language, since
headings and symbols of ITU texts copied from the web often stay English.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from editor.languages import Kind, Language
from editor.languages import load as load_language

SCHEMA_BODIES = frozenset({"WTSA", "PP", "WTDC", "RA", "WRC", "WTPF", "CWG"})


def accent_variants(word: str) -> tuple[str, ...]:
    """`word`, and the forms a copy leaves when it strips accents or drops accented letters."""
    decomposed = unicodedata.normalize("NFD", word)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    dropped = "".join(c for c in word if not any(unicodedata.combining(d) for d in unicodedata.normalize("NFD", c)))
    return tuple(dict.fromkeys((word, stripped, dropped)))


def _alternation(phrases: Iterable[str]) -> str:
    """A regex alternation of phrases, longest first, any run of spaces matching any whitespace."""
    forms = sorted({v for p in phrases for v in accent_variants(p)}, key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(part) for part in form.split()) for form in forms if form)


def fold(text: str) -> str:
    """Case and accents folded away, for comparing a typed keyword with the data."""
    decomposed = unicodedata.normalize("NFD", text.casefold())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


@dataclass(frozen=True, eq=False)
class Vocabulary:
    """Everything the recognisers need to know about one language."""

    language: Language
    keyword: re.Pattern[str]  # a known keyword phrase, matched at a position (case-insensitive)
    kinds: dict[str, Kind]  # folded phrase (also its accent-lost forms) -> kind
    preambular_heads: frozenset[str]
    operative_heads: frozenset[str]
    leading: frozenset[str]
    not_keywords: frozenset[str]
    preambular_endings: tuple[str, ...]
    operative_endings: tuple[str, ...]
    not_endings: tuple[str, ...]
    openers: tuple[str, ...]
    heading_word: str  # alternation of the words opening a number line (RESOLUTION, RÉSOLUTION, DECISION …)
    numbered_heading: re.Pattern[str] | None  # a heading built around its number ("第71号决议（2014年，釜山）")
    decision_words: frozenset[str]  # folded heading words that name a decision
    draft_word: str  # alternation: DRAFT NEW RESOLUTION, DRAFT RESOLUTION and their translations
    reasons: re.Pattern[str]
    reasons_word: str  # alternation of the words of "Reasons:"
    annex: re.Pattern[str]
    articles: tuple[str, ...]  # how the enacting formulas open ("The", "La", "L'")
    enacting_starts: tuple[str, ...]  # formulas that open without an article (Russian, Chinese)
    bodies: tuple[tuple[str, str], ...]  # (folded phrase naming the body, body id), this language then English
    clause_end: str  # characters that end a clause in this language (and the Latin ; : . ,)

    def kind_of(self, phrase: str) -> Kind | None:
        return self.kinds.get(fold(phrase))

    def body_of(self, preamble: str) -> str:
        """The schema's body for a preamble (OTHER when it names none we know, or a body the schema lacks)."""
        folded = fold(preamble)
        found = next((body for phrase, body in self.bodies if phrase in folded), "OTHER")
        return found if found in SCHEMA_BODIES else "OTHER"


def _words(language: Language, name: str) -> tuple[str, ...]:
    return language.words(name)


@lru_cache(maxsize=8)
def vocabulary(code: str = "en") -> Vocabulary:
    """The compiled vocabulary of a language (with English headings and symbols alongside)."""
    language = load_language(code)
    english = load_language("en")
    both = (language, english) if language.code != "en" else (language,)
    kinds: dict[str, Kind] = {}
    for form in language.keywords:
        for variant in accent_variants(form.text):
            kinds.setdefault(fold(variant), form.kind)
    keyword = re.compile(rf"(?:{_alternation(k.text for k in language.keywords)})", re.IGNORECASE)
    template = language.fixed_word("resolution")
    numbered = None
    if "{number}" in template:
        head, _, tail = template.partition("{number}")
        numbered = re.compile(rf"^{re.escape(head)}(?P<number>[^\s（(]+?){re.escape(tail)}\s*(?:[（(](?P<adoption>[^）)]*)[）)])?$")
    heading_words = []
    decisions: set[str] = set()
    for lang in both:
        for name in ("resolution", "decision"):
            text = lang.fixed_word(name)
            if text and "{number}" not in text:
                heading_words.append(text)
                if name == "decision":
                    decisions.update(fold(v) for v in accent_variants(text))
    drafts = [w for lang in both if (w := lang.fixed_word("draft_new_resolution"))]
    drafts += [f"DRAFT{new} {word}" for word in heading_words for new in (" NEW", "")]
    reasons = [w.rstrip(":：").strip() for lang in both if (w := lang.fixed_word("reasons"))]
    reasons += [w[:-1] for w in reasons if w.endswith("s")]  # "Reason:" too
    annexes = [w for lang in both for name in ("annex", "appendix") if (w := lang.fixed_word(name))]
    annexes = [v for w in [*annexes, "ATTACHMENT"] for v in (w.upper(), w.capitalize())]
    articles: list[str] = []
    starts: list[str] = []
    for body in language.bodies.values():
        text = body.enacting.text
        if text.startswith(("L'", "L’")):
            articles.append(text[:2])
        elif text.split()[0] in ("The", "La", "Le", "El", "Los", "Las", "Les", "إن"):
            articles.append(text.split()[0])
        else:
            starts.append(text.split("(")[0].split("（")[0].rstrip(",，،"))
    if language.code != "en":
        articles.append("The")
    bodies = [(fold(b.recognise), b.id) for lang in both for b in lang.bodies.values()]
    ends = "".join(e.text for entries in language.punctuation.values() for e in entries)
    return Vocabulary(
        language=language,
        keyword=keyword,
        kinds=kinds,
        preambular_heads=frozenset(_words(language, "preambular_heads")),
        operative_heads=frozenset(_words(language, "operative_heads")),
        leading=frozenset(_words(language, "leading")),
        not_keywords=frozenset(_words(language, "not_keywords")),
        preambular_endings=_words(language, "preambular_endings"),
        operative_endings=_words(language, "operative_endings"),
        not_endings=_words(language, "not_endings"),
        openers=_words(language, "clause_openers"),
        heading_word=_alternation(heading_words),
        numbered_heading=numbered,
        decision_words=frozenset(decisions),
        draft_word=_alternation(drafts),
        reasons_word=_alternation(reasons),
        reasons=re.compile(rf"^(?:{_alternation(reasons)})\s*[:：]\s*(?P<rest>.*)$", re.IGNORECASE),
        annex=re.compile(rf"^(?:{_alternation(annexes)})(?:\s+[A-Z0-9]{{1,4}})?"
                         r"(?:\s*\(?(?:to|TO|à|a|al|к)\s+(?:Resolution|RESOLUTION|la|Résolution|Resolución)\b.*)?$"),
        articles=tuple(dict.fromkeys(articles)),
        enacting_starts=tuple(dict.fromkeys(starts)),
        bodies=tuple(bodies),
        clause_end="".join(dict.fromkeys(ends + ";:.,")),
    )
