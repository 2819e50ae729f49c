"""Section keywords: lower case, no punctuation, from the known list, preambular before operative (§2.1).

Operative keywords may name an addressee ("instructs the Director of the
Telecommunication Standardization Bureau", "invites Member States"), so a
keyword is known when it starts with a known keyword; only that keyword
itself must be lower case.
"""

from __future__ import annotations

import difflib
import re
from functools import lru_cache

from editor.languages import load as load_language
from editor.model.nodes import Section
from editor.model.session import EditSession
from editor.rules.context import SectionContext, keyword_of, report
from editor.rules.editing import change_final
from editor.rules.problem import Problem, Severity
from editor.rules.wording import wording

RULES = ("keyword.missing", "keyword.case", "keyword.punctuation", "keyword.unknown", "keyword.kind", "keyword.order",
         "keyword.agreement")

# The keywords live in the language data (resources/languages/<code>.toml), the one place they are kept;
# these are the English ones, which the keyword dialog offers.
_ENGLISH = wording("en")
PREAMBULAR = _ENGLISH.preambular
OPERATIVE = _ENGLISH.operative
KNOWN = _ENGLISH.known
_TRAILING = re.compile(r"[\s:;,.،؛：；，。]+$")


@lru_cache(maxsize=4096)
def known_prefix(keyword: str, language: str = "en") -> str | None:
    """The longest known keyword of `language` that `keyword` starts with (case-insensitive), or None.

    An addressee follows the keyword after a space ("instructs the Director"),
    in Chinese directly ("责成秘书长").
    """
    w = wording(language)
    low = keyword.lower()
    best = None
    for k in w.known:
        kl = k.lower()
        if (low == kl or low.startswith(kl + " ") or (not w.spaced and low.startswith(kl))) and (best is None or len(k) > len(best)):
            best = k
    return best


def _cleaned(keyword: str, language: str = "en") -> str:
    """The keyword with trailing punctuation removed and its known part in lower case."""
    text = _TRAILING.sub("", keyword.strip())
    prefix = known_prefix(text, language)
    if prefix is not None:
        return prefix + text[len(prefix):]
    first, _, rest = text.partition(" ")
    return (first.lower() + (" " + rest if rest else "")) if first else text


def expected_kind(prefix: str | None, language: str = "en") -> str | None:
    """"preambular" or "operative" for a known keyword."""
    if prefix is None:
        return None
    return "preambular" if prefix in wording(language).preambular else "operative"


def suggestion(keyword: str, language: str = "en") -> str | None:
    known = wording(language).known
    matches = difflib.get_close_matches(_cleaned(keyword, language).lower(), [k.lower() for k in known], n=1, cutoff=0.6)
    return next((k for k in known if k.lower() == matches[0]), None) if matches else None


def agreement(prefix: str, language: str, body: str) -> str | None:
    """The form of `prefix`'s concept that agrees with `body`'s gender, when `prefix` does not; None when it agrees.

    French and Arabic keywords agree with the body ("consciente" after la
    Conférence, "conscient" after le Conseil); the genders are the data's.
    """
    data = load_language(language)
    forms = data.keywords
    gender = data.bodies[body].gender if body in data.bodies else None
    mine = next((f for f in forms if f.text == prefix), None)
    if gender is None or mine is None or mine.gender in (None, gender):
        return None
    return next((f.text for f in forms if f.concept == mine.concept and f.gender == gender), None)


def check(section: Section, ctx: SectionContext) -> list[Problem]:
    """Case, punctuation and vocabulary of the keyword in the document's language; its order and agreement."""
    keyword = keyword_of(section, ctx.view)
    language = ctx.language
    out: list[Problem] = []

    def add(severity: Severity, rule: str, message: str, fix: str | None) -> None:
        out.append(report(ctx, severity, rule, message, section=keyword or None, node=section, fix=fix,
                          field="keyword", offset=0))

    if not keyword:
        add("error", "keyword.missing", _missing_message(section.kind, ctx.missing_keyword),
            f"type \"{ctx.missing_keyword}\"" if ctx.missing_keyword else None)
        return out
    body = _TRAILING.sub("", keyword)
    if body != keyword:
        add("error", "keyword.punctuation", f"the keyword \"{keyword}\" must not end with punctuation",
            f"change to \"{_cleaned(keyword, language)}\"")
    prefix = known_prefix(body, language)
    if (prefix is not None and body[: len(prefix)] != prefix) or (prefix is None and body[:1].isupper()):
        add("error", "keyword.case", f"the keyword \"{body}\" must be in lower case", f"change to \"{_cleaned(keyword, language)}\"")
    if prefix is None:
        near = suggestion(keyword, language)
        hint = f"; did you mean \"{near}\"?" if near else ""
        add("warning", "keyword.unknown", f"\"{body}\" is not a known ITU keyword in {load_language(language).name}{hint}",
            f"change to \"{near}\"" if near else None)
    else:
        agreeing = agreement(prefix, language, ctx.body)
        if agreeing is not None:
            add("warning", "keyword.agreement", f"\"{prefix}\" does not agree with the adopting body ({ctx.body}); "
                f"the language data gives \"{agreeing}\"", f"change to \"{agreeing}\"")
    kind = expected_kind(prefix, language)
    if kind is not None and kind != section.kind:
        add("error", "keyword.kind", f"\"{body}\" opens a {kind} section, but the section is marked {section.kind}", f"mark the section {kind}")
    if section.kind == "preambular" and ctx.after_operative:
        add("error", "keyword.order", f"the preambular section \"{body}\" comes after an operative section; "
            "preambular sections (considering, noting …) come before operative ones (resolves, instructs …)", None)
    return out


_EXAMPLES = {"preambular": "considering, noting, recognizing …", "operative": "resolves, instructs …, invites …"}
_FIRST = {"preambular": "considering", "operative": "resolves"}  # concepts of the language data


def infer(kind: str, before: list[tuple[str, str]], used: list[str], language: str = "en", body: str = "") -> str:
    """The keyword a section without one most likely lost, from its kind and the sections before it ("" when unsure).

    The first section of its kind opens with the usual first keyword
    (considering, resolves; in the form agreeing with the body) unless
    another section already has it; a section that follows one of its kind
    continues it (the concept's "_further" forms: "considering further",
    "further resolves"), as ITU texts do when a keyword is taken up again.
    Preambular continuations put the keyword first, operative ones "further".
    """
    data = load_language(language)
    forms = data.keyword_forms(body or None)
    taken = {k.lower() for k in used if k}
    same = [k for k, sec_kind in before if sec_kind == kind]
    if not same:
        first = data.first_keyword(_FIRST[kind], body or None) if kind in _FIRST else ""
        return first if first and first.lower() not in {known_prefix(k, language) for k in taken} else ""
    prefix = known_prefix(same[-1], language)
    concept = next((f.concept for f in forms if f.text == prefix), None)
    if prefix is None or concept is None or concept.endswith(("_further", "_also")):
        return ""
    candidates = [f.text for f in forms if f.concept == f"{concept}_further" and f.text.lower() not in taken]
    candidates.sort(key=lambda text: text.startswith(prefix) != (kind == "preambular"))
    return candidates[0] if candidates else ""


def _missing_message(kind: str, suggested: str | None) -> str:
    examples = _EXAMPLES.get(kind, "considering, resolves …")
    if suggested:
        return f"a {kind} section has no keyword; from the sections around it, it is probably \"{suggested}\""
    return f"a {kind} section has no keyword, and none can be inferred from the sections around it; type the keyword that opens it ({examples})"


def fix(session: EditSession, section: Section, rule: str, inferred: str | None = None, language: str = "en", body: str = "") -> None:
    keyword = keyword_of(section)
    if rule == "keyword.missing":
        if inferred and not keyword:
            change_final(session, section.keyword, inferred)
        return
    if rule == "keyword.kind":
        kind = expected_kind(known_prefix(_cleaned(keyword, language), language), language)
        if kind is not None:
            session.set_attr(section, "kind", kind)
        return
    if rule == "keyword.agreement":
        prefix = known_prefix(keyword, language)
        agreeing = agreement(prefix, language, body) if prefix is not None else None
        if prefix is not None and agreeing is not None:
            change_final(session, section.keyword, agreeing + keyword[len(prefix):])
        return
    new = suggestion(keyword, language) if rule == "keyword.unknown" else _cleaned(keyword, language)
    if new:
        change_final(session, section.keyword, new)
