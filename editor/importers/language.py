"""Which of the six ITU languages a text is in: from its script, then from its keywords and heading words.

Arabic, Russian and Chinese are told by their letters; among texts in Latin
letters, the language whose section keywords and fixed words (RÉSOLUTION,
considérant, resuelve …) the text holds most often wins, each counting for
five of the language's most common words (de, la, que; the, of), which
decide when keywords are few; English when nothing is found.  The words counted are those of the language data, so a drafter's
correction of a keyword also corrects detection.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from editor.importers.vocabulary import accent_variants
from editor.importers.wordlists import common_words
from editor.languages import CODES, script_counts
from editor.languages import load as load_language

_WORD = re.compile(r"[^\W\d_]+")
SAMPLE = 200_000  # characters read to decide: enough for any resolution, bounded for a huge paste


@dataclass(frozen=True)
class Detected:
    code: str
    reason: str  # what decided it, in the drafter's words


@lru_cache(maxsize=8)
def _words(code: str) -> re.Pattern[str]:
    language = load_language(code)
    words = [k.text for k in language.keywords]
    words += [language.fixed_word(n) for n in ("resolution", "decision", "reasons", "annex") if language.fixed_word(n)]
    forms = sorted({v.casefold() for w in words if "{" not in w for v in accent_variants(w)}, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(f) for f in forms) + r")(?!\w)", re.IGNORECASE)


def detect(text: str) -> Detected:
    """The language of `text`, and why."""
    sample = text[:SAMPLE]
    scripts = script_counts(sample)
    letters = sum(scripts.values())
    if letters:
        for code in ("ar", "ru", "zh"):
            script = load_language(code).script
            if scripts.get(script, 0) > 0.3 * letters:
                return Detected(code, f"{scripts[script]} of its {letters} letters are {script.title()}")
    latin = [code for code in CODES if load_language(code).script == "LATIN"]
    keywords = {code: len(_words(code).findall(sample)) for code in latin}
    words = [w.casefold() for w in _WORD.findall(sample[:20_000])]
    common = {code: sum(1 for w in words if w in common_words(code)) for code in latin}
    scores = {code: 5 * keywords[code] + common[code] for code in latin}
    best = max(scores, key=lambda c: (scores[c], c == "en"))
    if scores[best] == 0:
        return Detected("en", "no keyword of any language found; English assumed")
    return Detected(best, f"{keywords[best]} of its keywords and heading words and {common[best]} of its common words "
                          f"are {load_language(best).name}")
