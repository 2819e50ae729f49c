"""The words of each ITU language, read from resources/languages/<code>.toml.

What depends on the language (section keywords by body, enacting formulas,
the fixed words of headings and covers, clause-end punctuation, label forms)
is data a drafter can read and correct, not code.  Each entry says whether it
is verified and where it comes from (the tags of ../shared/docs/languages.md).

A user's copy in `user_folder()` ($XDG_DATA_HOME/ResolutionEditor/languages,
the folder Qt's AppDataLocation gives on Linux) overrides entries: tables are
merged key by key and a value or list given there replaces ours.  A broken
user file never stops the program: the built-in data is used and
`Language.problems` holds one sentence naming the file and the key.

No Qt here: the importer, the checks and the command line use this module.
"""

from __future__ import annotations

import os
import re
import string
import tomllib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

import tomli_w

CODES: tuple[str, ...] = ("ar", "en", "es", "fr", "ru", "zh")
DATA_FOLDER = Path(__file__).resolve().parents[1] / "resources" / "languages"
APP_FOLDER = "ResolutionEditor"
FIXED_WORDS = ("resolution", "rev", "edition", "reasons", "annex", "appendix", "draft_new_resolution", "addendum", "original")
OPTIONAL_FIXED = ("decision", "document", "abstract")
PUNCTUATION = ("clause", "section", "final")
OPTIONAL_PUNCTUATION = ("items",)  # before sub-items: ":" when absent
RECOGNITION = ("clause_openers", "leading", "preambular_heads", "operative_heads", "preambular_endings",
               "operative_endings", "not_endings", "not_keywords")
OPTIONAL_RECOGNITION = ("joiners",)  # the words joining labels in a cross-reference ("a) and b)"); English's when absent
KINDS = ("preambular", "operative")
GENDERS = ("feminine", "masculine")
Kind = Literal["preambular", "operative"]


class LanguageDataError(ValueError):
    """A language file that cannot be used: the file, the key or the line and column, and what is wrong."""

    def __init__(self, path: Path, key: str, problem: str, line: int = 0, column: int = 0) -> None:
        self.path, self.key, self.problem, self.line, self.column = path, key, problem, line, column
        where = f"{path}:{line}:{column}" if line else str(path)
        super().__init__(f"{where}: {key}: {problem}" if key else f"{where}: {problem}")


@dataclass(frozen=True)
class Entry:
    """One value with its provenance: `verified` only when languages.md saw it in an ITU source."""

    text: str
    verified: bool
    source: str
    note: str = ""


@dataclass(frozen=True)
class WordList:
    """A list of words the importer reads (clause openers, keyword heads …), with one provenance."""

    words: tuple[str, ...]
    verified: bool
    source: str
    note: str = ""


@dataclass(frozen=True)
class KeywordForm:
    """One printed form of a section keyword; `gender` is the body gender it agrees with, or None."""

    concept: str
    kind: Kind
    text: str
    verified: bool
    source: str
    note: str = ""
    gender: str | None = None


@dataclass(frozen=True)
class Body:
    """A body whose resolutions are read: the phrase naming it, its gender, its enacting formula."""

    id: str
    recognise: str
    enacting: Entry
    gender: str | None = None


@dataclass(frozen=True)
class Language:
    code: str
    name: str
    native: str
    script: str  # the prefix of the Unicode character names of its letters: LATIN, ARABIC, CYRILLIC, CJK
    direction: Literal["ltr", "rtl"]
    suffix: Entry
    bodies: Mapping[str, Body]
    keywords: tuple[KeywordForm, ...]
    fixed: Mapping[str, Entry]
    punctuation: Mapping[str, tuple[Entry, ...]]
    labels: Mapping[str, Entry | tuple[Entry, ...]]
    recognition: Mapping[str, WordList]
    names: Mapping[str, Entry] = field(default_factory=dict)  # the adopting bodies' names ("Assemblée mondiale …")
    files: tuple[Path, ...] = ()
    problems: tuple[str, ...] = field(default=(), compare=False)

    def keyword_forms(self, body: str | None = None) -> tuple[KeywordForm, ...]:
        """The keyword forms for `body` (those agreeing with its gender), or every form when None."""
        gender = self.bodies[body].gender if body is not None and body in self.bodies else None
        if gender is None:
            return self.keywords
        return tuple(k for k in self.keywords if k.gender in (None, gender))

    def body_of(self, preamble: str) -> str | None:
        """The body whose name the preamble holds, None when it names none of ours."""
        folded = preamble.casefold()
        return next((b.id for b in self.bodies.values() if b.recognise.casefold() in folded), None)

    def body_name(self, body: str) -> str:
        """The name of an adopting body (WTSA, PP …) in this language; English's when this language has none, else ""."""
        entry = self.names.get(body)
        if entry is None:
            return load("en").body_name(body) if self.code != "en" else ""
        return entry.text

    def enacting(self, body: str, place: str, year: str) -> str:
        """The enacting formula of `body` for a conference at `place` in `year` ("L'Assemblée mondiale … (Genève,
        2024),", "世界电信标准化全会（2024年，日内瓦），"); "" when this language's data has no formula for it."""
        entry = self.bodies.get(body)
        if entry is None:
            return ""
        return entry.enacting.text.replace("{place}", place).replace("{year}", year)

    def first_keyword(self, concept: str, body: str | None = None) -> str:
        """The first form of a section keyword agreeing with `body` ("considérant", "إذ تضع في اعتبارها"); "" when none."""
        return next((k.text for k in self.keyword_forms(body) if k.concept == concept), "")

    def words(self, name: str) -> tuple[str, ...]:
        """A recognition word list ("clause_openers", "preambular_heads" …)."""
        return self.recognition[name].words

    def fixed_word(self, name: str) -> str:
        """The text of a fixed word ("resolution", "reasons" …), "" when this language has none."""
        entry = self.fixed.get(name)
        return entry.text if entry is not None else ""

    def filled(self, name: str, **values: str) -> str:
        """A fixed word with its {placeholders} filled ("Addendum 2 to Document 36-E"); English's when this language has none."""
        text = self.fixed_word(name) or (load("en").fixed_word(name) if self.code != "en" else "")
        for key, value in values.items():
            text = text.replace("{" + key + "}", value)
        return text

    def reading(self, name: str, **groups: str) -> re.Pattern[str]:
        """The pattern that reads back what `filled(name, …)` prints, from the same template.

        Each {placeholder} becomes a named group of the pattern `groups`
        gives for it (any text when none); {suffix} is this language's
        suffix, as `document_reference` fills it.  The importers read the
        fixed words of a file this way, so the words are written and read
        from one place.
        """
        text = self.fixed_word(name) or (load("en").fixed_word(name) if self.code != "en" else "")
        pattern = ""
        for literal, field_name, _, _ in string.Formatter().parse(text):
            pattern += r"\s+".join(re.escape(part) for part in literal.split(" ")) if literal else ""
            if field_name == "suffix":
                pattern += re.escape(self.suffix.text)
            elif field_name:
                pattern += f"(?P<{field_name}>{groups.get(field_name, '.+?')})"
        return re.compile(pattern)

    def document_reference(self, document: str, addendum: str = "") -> str:
        """The cover's "Addendum 2 to Document 36-E" ("Addendum 1 au Document 40-F", "الإضافة 1 للوثيقة 67-A"); "" without a document."""
        if not document:
            return ""
        if addendum:
            return self.filled("addendum", number=addendum, document=document, suffix=self.suffix.text)
        return self.filled("document", document=document, suffix=self.suffix.text)

    def running_reference(self, acronym: str, document: str, addendum: str = "") -> str:
        """The running head's "WTSA-20/36(Add.2)-E", with this language's suffix (-F, -A …); "" without a document."""
        if not document:
            return ""
        add = f"(Add.{addendum})" if addendum else ""
        return f"{acronym}/{document}{add}-{self.suffix.text}" if acronym else f"{document}{add}-{self.suffix.text}"

    def number_parts(self, draft: bool = False) -> tuple[str, str]:
        """What the number line prints before and after the number: ("RESOLUTION ", ""), ("第", "号决议")."""
        head = self.filled("draft_new_resolution" if draft else "resolution")
        if "{number}" in head:
            before, _, after = head.partition("{number}")
            return before, after
        return head + " ", ""

    def brackets(self) -> tuple[str, str]:
        """The brackets of the number line's edition: ( ) or （ ）."""
        return ("（", "）") if self.fixed_word("edition").startswith("（") else ("(", ")")

    def number_line(self, number: str, adoption: str = "", draft: bool = False) -> str:
        """The number line as this language prints it ("RÉSOLUTION 62 (Rév. Dubaï, 2012)", "مشروع قرار جديد [ACP-1]")."""
        before, after = self.number_parts(draft)
        opening, closing = self.brackets()
        edition = (f" {opening}" if opening == "(" else opening) + adoption + closing if adoption else ""
        return f"{before}{number}{after}{edition}"

    def resolution_reference(self, number: str) -> str:
        """"Resolution 7" as a running head names a standalone resolution ("Résolution 7", "القرار 7", "第7号决议")."""
        word = self.fixed_word("resolution") or "RESOLUTION"
        if "{number}" in word:
            return word.replace("{number}", number)
        return f"{word.capitalize()} {number}"

    def entries(self) -> Iterator[tuple[str, Entry | WordList | KeywordForm]]:
        """Every entry with its key, in file order: what docs/languages.md lists."""
        yield "language.suffix", self.suffix
        for body in self.bodies.values():
            yield f"bodies.{body.id}.enacting", body.enacting
        for body_id, entry in self.names.items():
            yield f"names.{body_id}", entry
        for form in self.keywords:
            yield f"keywords.{form.concept}", form
        for name, entry in self.fixed.items():
            yield f"fixed.{name}", entry
        for name, entries in self.punctuation.items():
            for entry in entries:
                yield f"punctuation.{name}", entry
        for name, value in self.labels.items():
            for entry in value if isinstance(value, tuple) else (value,):
                yield f"labels.{name}", entry
        for name, words in self.recognition.items():
            yield f"recognition.{name}", words


def user_folder(environ: Mapping[str, str] | None = None) -> Path:
    """Where a user's corrections live: what QStandardPaths.AppDataLocation gives on Linux, plus languages/."""
    env = os.environ if environ is None else environ
    base = env.get("XDG_DATA_HOME") or str(Path(env.get("HOME", str(Path.home()))) / ".local" / "share")
    return Path(base) / APP_FOLDER / "languages"


def load(code: str, folder: Path | None = None) -> Language:
    """The language `code` with the user's corrections from `folder` (default `user_folder()`) applied."""
    folder = user_folder() if folder is None else folder
    language = _load(code, folder)
    _LOADED[(code, folder)] = language.problems
    return language


_LOADED: dict[tuple[str, Path], tuple[str, ...]] = {}
"""The problems of each language loaded since `forget_loaded()`: what a command reports when it ends."""


def loaded_problems() -> list[str]:
    """What is wrong with the drafter's own files of the languages loaded since `forget_loaded()`, each once
    (the built-in data stood in): what every command of `main.py` reports, through editor.cli."""
    return list(dict.fromkeys(problem for problems in _LOADED.values() for problem in problems))


def forget_loaded() -> None:
    """Start a new count of the languages loaded (a command starts)."""
    _LOADED.clear()


def load_or_english(code: str) -> Language:
    """The language `code`, or English for a code the data does not know (a document's words never fail)."""
    return load(code if code in CODES else "en")


@lru_cache(maxsize=32)
def _load(code: str, folder: Path) -> Language:
    if code not in CODES:
        raise LanguageDataError(DATA_FOLDER / f"{code}.toml", "", f"no language '{code}'; the editor knows {', '.join(CODES)}")
    path = DATA_FOLDER / f"{code}.toml"
    base = read_table(path)
    built_in = build(base, path, (path,))
    user = folder / f"{code}.toml"
    if not user.is_file():
        return built_in
    try:
        return build(merge(base, read_table(user)), user, (path, user))
    except LanguageDataError as exc:
        return _with_problem(built_in, f"{exc}; the built-in {built_in.name} data is used instead")


def _with_problem(language: Language, problem: str) -> Language:
    return replace(language, problems=(*language.problems, problem))


def clear_cache() -> None:
    """Forget loaded languages (after a user file changed, and between tests)."""
    _load.cache_clear()
    forget_loaded()


def read_table(path: Path) -> dict[str, Any]:
    """The TOML table of `path`, or a LanguageDataError naming the line."""
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as exc:
        raise _not_toml(path, exc) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise LanguageDataError(path, "", f"cannot be read ({exc})") from None


#: Where tomllib says a syntax error is: "… (at line 3, column 5)".
_TOML_PLACE = re.compile(r"\s*\(at line (\d+), column (\d+)\)$")


def _not_toml(path: Path, exc: tomllib.TOMLDecodeError) -> LanguageDataError:
    """The parser's complaint as "FILE:LINE:COLUMN: not valid TOML: …" (the place moved from the end to the front)."""
    message = str(exc)
    m = _TOML_PLACE.search(message)
    if m is None:
        return LanguageDataError(path, "", f"not valid TOML: {message}")
    return LanguageDataError(path, "", f"not valid TOML: {message[: m.start()]}", int(m.group(1)), int(m.group(2)))


def user_problems() -> list[str]:
    """What is wrong with the drafter's own language files, one sentence each (the built-in data stands in):
    what the window reports when it starts (through editor.xmlio.errors.printable: a file name may hold control
    characters); a command reports those of the languages it read (`loaded_problems`)."""
    return [problem for code in CODES for problem in load(code).problems]


def merge(base: Mapping[str, Any], override: Mapping[str, Any]) -> dict[str, Any]:
    """`base` with `override` applied: tables merged key by key, any other value replaced."""
    out = dict(base)
    for key, value in override.items():
        if isinstance(value, Mapping) and isinstance(out.get(key), Mapping):
            out[key] = merge(out[key], value)
        else:
            out[key] = value
    return out


def dumps(language: Language) -> str:
    """The language as TOML in the format of the data files (a user's copy starts from this)."""
    return tomli_w.dumps(to_table(language))


def to_table(language: Language) -> dict[str, Any]:
    def entry(e: Entry) -> dict[str, Any]:
        return {"text": e.text, "verified": e.verified, "source": e.source, **({"note": e.note} if e.note else {})}

    def words(w: WordList) -> dict[str, Any]:
        return {"words": list(w.words), "verified": w.verified, "source": w.source, **({"note": w.note} if w.note else {})}

    keywords: dict[str, Any] = {}
    for form in language.keywords:
        concept = keywords.setdefault(form.concept, {"kind": form.kind, "forms": []})
        concept["forms"].append({**entry(Entry(form.text, form.verified, form.source, form.note)),
                                 **({"gender": form.gender} if form.gender else {})})
    return {
        "language": {"code": language.code, "name": language.name, "native": language.native, "script": language.script,
                     "direction": language.direction, "suffix": entry(language.suffix)},
        "bodies": {b.id: {"recognise": b.recognise, **({"gender": b.gender} if b.gender else {}), "enacting": entry(b.enacting)}
                   for b in language.bodies.values()},
        "names": {body_id: entry(e) for body_id, e in language.names.items()},
        "keywords": keywords,
        "fixed": {name: entry(e) for name, e in language.fixed.items()},
        "punctuation": {name: [entry(e) for e in es] for name, es in language.punctuation.items()},
        "labels": {name: [entry(e) for e in v] if isinstance(v, tuple) else entry(v) for name, v in language.labels.items()},
        "recognition": {name: words(w) for name, w in language.recognition.items()},
    }


def loads(text: str, path: Path = Path("<text>")) -> Language:
    """A language from TOML text (the inverse of `dumps`)."""
    try:
        table = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise _not_toml(path, exc) from None
    return build(table, path, (path,))


# -- validation: every problem names the file and the key --------------------------------------


class _Reader:
    def __init__(self, path: Path) -> None:
        self.path = path

    def fail(self, key: str, problem: str) -> LanguageDataError:
        return LanguageDataError(self.path, key, problem)

    def table(self, value: object, key: str) -> Mapping[str, Any]:
        if not isinstance(value, Mapping):
            raise self.fail(key, f"must be a table, not {_kind(value)}")
        return value

    def text(self, table: Mapping[str, Any], name: str, key: str, allowed: tuple[str, ...] = ()) -> str:
        value = table.get(name)
        if not isinstance(value, str) or (not value and name != "note"):
            raise self.fail(f"{key}.{name}", "is missing" if value is None else f"must be a non-empty string, not {_kind(value)}")
        if allowed and value not in allowed:
            raise self.fail(f"{key}.{name}", f"must be one of {', '.join(allowed)}, not '{value}'")
        return value

    def provenance(self, table: Mapping[str, Any], key: str) -> tuple[bool, str, str]:
        verified = table.get("verified")
        if not isinstance(verified, bool):
            raise self.fail(f"{key}.verified", "is missing: every entry says whether it is verified (true or false)"
                            if verified is None else f"must be true or false, not {_kind(verified)}")
        source = self.text(table, "source", key)
        note = table.get("note", "")
        if not isinstance(note, str):
            raise self.fail(f"{key}.note", f"must be a string, not {_kind(note)}")
        return verified, source, note

    def entry(self, value: object, key: str) -> Entry:
        table = self.table(value, key)
        unknown = set(table) - {"text", "verified", "source", "note"}
        if unknown:
            raise self.fail(key, f"unknown key {', '.join(sorted(unknown))} (an entry has text, verified, source, note)")
        text = table.get("text")
        if not isinstance(text, str) or not text:
            raise self.fail(f"{key}.text", "is missing" if text is None else f"must be a non-empty string, not {_kind(text)}")
        return Entry(text, *self.provenance(table, key))

    def entries(self, value: object, key: str) -> tuple[Entry, ...]:
        if not isinstance(value, list):
            raise self.fail(key, f"must be a list of entries, not {_kind(value)}")
        return tuple(self.entry(item, f"{key}[{i}]") for i, item in enumerate(value))

    def words(self, value: object, key: str) -> WordList:
        table = self.table(value, key)
        words = table.get("words")
        if not isinstance(words, list) or not all(isinstance(w, str) and w for w in words):
            raise self.fail(f"{key}.words", "must be a list of non-empty strings")
        return WordList(tuple(words), *self.provenance(table, key))


def _kind(value: object) -> str:
    names = {bool: "true/false", str: "a string", int: "a number", float: "a number", list: "a list", dict: "a table"}
    return "nothing" if value is None else names.get(type(value), type(value).__name__)


def build(table: Mapping[str, Any], path: Path, files: tuple[Path, ...]) -> Language:
    """Check the shape of a language table and turn it into a `Language`; LanguageDataError names what is wrong."""
    r = _Reader(path)
    head = r.table(table.get("language"), "language")
    code = r.text(head, "code", "language", CODES)
    direction = r.text(head, "direction", "language", ("ltr", "rtl"))
    bodies: dict[str, Body] = {}
    for body_id, value in r.table(table.get("bodies", {}), "bodies").items():
        key = f"bodies.{body_id}"
        body = r.table(value, key)
        gender = body.get("gender")
        if gender is not None and gender not in GENDERS:
            raise r.fail(f"{key}.gender", f"must be one of {', '.join(GENDERS)}, not {gender!r}")
        bodies[body_id] = Body(body_id, r.text(body, "recognise", key), r.entry(body.get("enacting"), f"{key}.enacting"), gender)
    names = {body_id: r.entry(value, f"names.{body_id}") for body_id, value in r.table(table.get("names", {}), "names").items()}
    keywords: list[KeywordForm] = []
    for concept, value in r.table(table.get("keywords", {}), "keywords").items():
        key = f"keywords.{concept}"
        kw = r.table(value, key)
        kind: Kind = "preambular" if r.text(kw, "kind", key, KINDS) == "preambular" else "operative"
        forms = kw.get("forms")
        if not isinstance(forms, list) or not forms:
            raise r.fail(f"{key}.forms", "must be a list of at least one form")
        for i, form_value in enumerate(forms):
            fkey = f"{key}.forms[{i}]"
            form = dict(r.table(form_value, fkey))
            gender = form.pop("gender", None)
            if gender is not None and gender not in GENDERS:
                raise r.fail(f"{fkey}.gender", f"must be one of {', '.join(GENDERS)}, not {gender!r}")
            e = r.entry(form, fkey)
            keywords.append(KeywordForm(concept, kind, e.text, e.verified, e.source, e.note, gender))
    fixed_table = r.table(table.get("fixed"), "fixed")
    for name in FIXED_WORDS:
        if name not in fixed_table:
            raise r.fail(f"fixed.{name}", "is missing")
    fixed = {name: r.entry(value, f"fixed.{name}") for name, value in fixed_table.items()}
    unknown = set(fixed) - set(FIXED_WORDS) - set(OPTIONAL_FIXED)
    if unknown:
        raise r.fail("fixed", f"unknown word {', '.join(sorted(unknown))}")
    punct_table = r.table(table.get("punctuation"), "punctuation")
    punctuation = {name: r.entries(punct_table.get(name), f"punctuation.{name}") for name in PUNCTUATION}
    punctuation |= {name: r.entries(punct_table[name], f"punctuation.{name}") for name in OPTIONAL_PUNCTUATION if name in punct_table}
    labels_table = r.table(table.get("labels"), "labels")
    labels: dict[str, Entry | tuple[Entry, ...]] = {}
    for name, value in labels_table.items():
        labels[name] = r.entries(value, f"labels.{name}") if isinstance(value, list) else r.entry(value, f"labels.{name}")
    if not isinstance(labels.get("letters"), Entry):
        raise r.fail("labels.letters", "is missing")
    rec_table = r.table(table.get("recognition"), "recognition")
    recognition = {name: r.words(rec_table.get(name), f"recognition.{name}") for name in RECOGNITION}
    recognition |= {name: r.words(rec_table[name], f"recognition.{name}") for name in OPTIONAL_RECOGNITION if name in rec_table}
    return Language(
        code=code, name=r.text(head, "name", "language"), native=r.text(head, "native", "language"),
        script=r.text(head, "script", "language"), direction="rtl" if direction == "rtl" else "ltr",
        suffix=r.entry(head.get("suffix"), "language.suffix"), bodies=bodies, keywords=tuple(keywords), fixed=fixed,
        punctuation=punctuation, labels=labels, recognition=recognition, names=names, files=files,
    )


# -- which language a text is in ---------------------------------------------------------------


_SCRIPTS = {  # the letters of each script the data names (Unicode blocks)
    "LATIN": re.compile(r"[A-Za-z\u00c0-\u024f]"),
    "ARABIC": re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]"),
    "CYRILLIC": re.compile(r"[\u0400-\u04ff]"),
    "CJK": re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]"),
}


def script_of(char: str) -> str:
    """The script of a letter as the data names it (LATIN, ARABIC, CYRILLIC, CJK), "" for others."""
    return next((name for name, letters in _SCRIPTS.items() if letters.match(char)), "")


def script_counts(text: str, limit: int = 200_000) -> dict[str, int]:
    """How many letters of each script the first `limit` characters hold."""
    sample = text[:limit]
    return {name: n for name, letters in _SCRIPTS.items() if (n := len(letters.findall(sample)))}
