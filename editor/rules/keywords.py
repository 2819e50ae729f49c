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

RULES = ("keyword.missing", "keyword.case", "keyword.punctuation", "keyword.unknown", "keyword.kind", "keyword.order")

# The English keywords live in the language data (resources/languages/en.toml), the one place they are kept.
_ENGLISH = load_language("en")
PREAMBULAR = tuple(k.text for k in _ENGLISH.keywords if k.kind == "preambular")
OPERATIVE = tuple(k.text for k in _ENGLISH.keywords if k.kind == "operative")
KNOWN = PREAMBULAR + OPERATIVE
_TRAILING = re.compile(r"[\s:;,.]+$")


@lru_cache(maxsize=1024)
def known_prefix(keyword: str) -> str | None:
    """The longest known keyword `keyword` starts with (case-insensitive), or None."""
    low = keyword.lower()
    best = None
    for k in KNOWN:
        if (low == k or low.startswith(k + " ")) and (best is None or len(k) > len(best)):
            best = k
    return best


def _cleaned(keyword: str) -> str:
    """The keyword with trailing punctuation removed and its known part in lower case."""
    text = _TRAILING.sub("", keyword.strip())
    prefix = known_prefix(text)
    if prefix is not None:
        return text[: len(prefix)].lower() + text[len(prefix):]
    first, _, rest = text.partition(" ")
    return (first.lower() + (" " + rest if rest else "")) if first else text


def expected_kind(prefix: str | None) -> str | None:
    """"preambular" or "operative" for a known keyword."""
    if prefix is None:
        return None
    return "preambular" if prefix in PREAMBULAR else "operative"


def suggestion(keyword: str) -> str | None:
    matches = difflib.get_close_matches(_cleaned(keyword).lower(), KNOWN, n=1, cutoff=0.6)
    return matches[0] if matches else None


def check(section: Section, ctx: SectionContext) -> list[Problem]:
    """Case, punctuation and vocabulary of the keyword; its order against operative sections."""
    keyword = keyword_of(section, ctx.view)
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
        add("error", "keyword.punctuation", f"the keyword \"{keyword}\" must not end with punctuation", f"change to \"{_cleaned(keyword)}\"")
    prefix = known_prefix(body)
    if (prefix is not None and body[: len(prefix)] != prefix) or (prefix is None and body[:1].isupper()):
        add("error", "keyword.case", f"the keyword \"{body}\" must be in lower case", f"change to \"{_cleaned(keyword)}\"")
    if prefix is None:
        near = suggestion(keyword)
        hint = f"; did you mean \"{near}\"?" if near else ""
        add("warning", "keyword.unknown", f"\"{body}\" is not a known ITU keyword{hint}", f"change to \"{near}\"" if near else None)
    kind = expected_kind(prefix)
    if kind is not None and kind != section.kind:
        add("error", "keyword.kind", f"\"{body}\" opens a {kind} section, but the section is marked {section.kind}", f"mark the section {kind}")
    if section.kind == "preambular" and ctx.after_operative:
        add("error", "keyword.order", f"the preambular section \"{body}\" comes after an operative section; "
            "preambular sections (considering, noting …) come before operative ones (resolves, instructs …)", None)
    return out


_EXAMPLES = {"preambular": "considering, noting, recognizing …", "operative": "resolves, instructs …, invites …"}
_FIRST = {"preambular": "considering", "operative": "resolves"}


def infer(kind: str, before: list[tuple[str, str]], used: list[str]) -> str:
    """The keyword a section without one most likely lost, from its kind and the sections before it ("" when unsure).

    The first section of its kind opens with the usual first keyword
    (considering, resolves) unless another section already has it; a section
    that follows one of its kind continues it ("considering further",
    "further resolves"), as ITU texts do when a keyword is taken up again.
    """
    taken = {k.lower() for k in used if k}
    same = [k for k, sec_kind in before if sec_kind == kind]
    if not same:
        first = _FIRST.get(kind, "")
        return first if first not in {known_prefix(k) for k in taken} else ""
    prefix = known_prefix(same[-1])
    if prefix is None or "further" in prefix or " also" in prefix:
        return ""
    forms = (f"{prefix} further", f"further {prefix}") if kind == "preambular" else (f"further {prefix}", f"{prefix} further")
    return next((f for f in forms if f in KNOWN and f not in taken), "")


def _missing_message(kind: str, suggested: str | None) -> str:
    examples = _EXAMPLES.get(kind, "considering, resolves …")
    if suggested:
        return f"a {kind} section has no keyword; from the sections around it, it is probably \"{suggested}\""
    return f"a {kind} section has no keyword, and none can be inferred from the sections around it; type the keyword that opens it ({examples})"


def fix(session: EditSession, section: Section, rule: str, inferred: str | None = None) -> None:
    keyword = keyword_of(section)
    if rule == "keyword.missing":
        if inferred and not keyword:
            change_final(session, section.keyword, inferred)
        return
    if rule == "keyword.kind":
        kind = expected_kind(known_prefix(_cleaned(keyword)))
        if kind is not None:
            session.set_attr(section, "kind", kind)
        return
    new = suggestion(keyword) if rule == "keyword.unknown" else _cleaned(keyword)
    if new:
        change_final(session, section.keyword, new)
