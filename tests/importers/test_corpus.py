"""The 20 real texts of ../shared/corpus: each import gives the facts its facts file records.

The facts are transcribed, machine-readable, in tests/importers/corpus/facts.toml;
every text with a facts file must have an entry there, and a text whose facts the
import does not reproduce fails.  Skips only when ../shared is absent.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

from editor.importers.plaintext import ImportResult, import_text
from editor.model.nodes import Clause, Resolution
from tests.conftest import SHARED
from tests.importers.ledger import lost_words, quoted_in_message
from tests.importers.support import imported

CORPUS = SHARED / "corpus"
FACTS: dict[str, dict[str, Any]] = tomllib.loads((Path(__file__).parent / "corpus" / "facts.toml").read_text(encoding="utf-8"))
TEXTS = sorted(CORPUS.glob("*.facts.md")) if CORPUS.is_dir() else []


def corpus_text(facts_file: Path) -> str:
    """The text of a corpus file with its "# Source:" line blanked, so line numbers stay those of the file."""
    text = facts_file.with_name(facts_file.name.replace(".facts.md", ".txt")).read_text(encoding="utf-8")
    first, _, rest = text.partition("\n")
    assert first.startswith("# Source:")
    return "\n" + rest


def _import(facts_file: Path) -> tuple[ImportResult, dict[str, Any]]:
    key = facts_file.name[:2]
    assert key in FACTS, f"{facts_file.name} has no machine-readable facts in tests/importers/corpus/facts.toml"
    return imported(corpus_text(facts_file)), FACTS[key]


def _sections(res: Resolution) -> list[str]:
    return [f"{' '.join(s.keyword.text().split())}: " + " ".join(c.label.text() or "·" for c in s.clauses)
            for s in res.sections]


def _items(clause: Clause) -> list[str]:
    return [label for item in clause.items for label in (item.label.text(), *_items(item))]


pytestmark = pytest.mark.skipif(not TEXTS, reason="../shared/corpus is not present")


def test_every_text_of_the_corpus_has_facts() -> None:
    assert {f.name[:2] for f in TEXTS} <= set(FACTS)


@pytest.mark.parametrize("facts_file", TEXTS, ids=lambda p: p.name[:2])
def test_the_import_gives_the_facts(facts_file: Path) -> None:
    result, facts = _import(facts_file)
    doc = result.document
    resolutions = list(doc.resolutions())
    assert result.language == facts["language"]
    assert [r.number.text() for r in resolutions] == facts["numbers"]
    if "adoptions" in facts:
        assert [r.adoption.text() for r in resolutions] == facts["adoptions"]
    lines = [[p.action, p.identifier] for p in doc.proposals if p.action or p.identifier]
    assert lines == facts["proposals"]
    sections = [line for r in resolutions for line in _sections(r)]
    assert [s.rstrip() for s in sections] == [s.rstrip() for s in facts["sections"]]
    for name in ("title", "history", "preamble"):
        if name in facts:
            assert getattr(resolutions[0], name).text() == facts[name], name
    all_sections = [s for r in resolutions for s in r.sections]
    for index, labels in facts.get("items", {}).items():
        assert [label for c in all_sections[int(index)].clauses for label in _items(c)] == labels
    if "kinds" in facts:
        assert [s.kind for s in all_sections] == facts["kinds"]
    refs = [span.footnote for r in resolutions for n in r.walk() for i in n.inlines() for span in i.spans if span.footnote]
    assert sorted(set(refs)) == sorted(facts.get("footnotes", []))
    for key, text in facts.get("footnote_texts", {}).items():
        footnote = resolutions[0].footnote(key)
        assert footnote is not None and footnote.text.text() == text
    stored = "\n".join(i.text() for n in doc.walk() for i in n.inlines())
    for text in facts.get("not_stored", []):
        assert text not in stored
    clauses = "\n".join(i.text() for s in all_sections for n in s.walk() for i in n.inlines())
    for text in facts.get("not_clauses", []):
        assert text not in clauses
    if facts.get("fragment"):
        assert any("starts inside a resolution" in m.message for m in result.messages)


@pytest.mark.parametrize("facts_file", TEXTS, ids=lambda p: p.name[:2])
def test_no_word_is_lost_silently(facts_file: Path) -> None:
    result, _ = _import(facts_file)
    assert lost_words(corpus_text(facts_file), result) == {}
    assert quoted_in_message(result) == []


@pytest.mark.parametrize("facts_file", TEXTS, ids=lambda p: p.name[:2])
def test_a_section_without_keyword_is_reported_never_invented(facts_file: Path) -> None:
    result, facts = _import(facts_file)
    missing = sum(1 for s in facts["sections"] if s.startswith(":"))
    said = [m for m in result.messages if m.message.startswith("a section without its keyword")]
    fragment = 1 if facts.get("fragment") else 0
    assert len(said) + fragment == missing


def test_the_detected_language_can_be_forced() -> None:
    files = [f for f in TEXTS if f.name.startswith("14")]
    result = import_text(corpus_text(files[0]), language="en")
    assert result.language == "en" and result.language_reason == "given"


@pytest.mark.parametrize("facts_file", TEXTS, ids=lambda p: p.name[:2])
def test_the_language_read_is_the_documents(facts_file: Path) -> None:
    result, facts = _import(facts_file)
    assert result.document.language == result.language == facts["language"]


@pytest.mark.parametrize("key", ["02", "14"])
def test_the_french_and_spanish_texts_import_with_keywords_the_checks_know(key: str) -> None:
    from editor.rules.engine import check_document
    from editor.rules.keywords import known_prefix

    facts_file = next(f for f in TEXTS if f.name.startswith(key))
    result, facts = _import(facts_file)
    doc = result.document
    assert doc.language == facts["language"] in ("fr", "es")
    keywords = [" ".join(s.keyword.text().split()) for r in doc.resolutions() for s in r.sections]
    assert keywords and all(known_prefix(k, doc.language) for k in keywords)
    assert "keyword.unknown" not in {p.rule for p in check_document(doc)}
