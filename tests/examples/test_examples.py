"""The examples: built from the seed and the corpus, valid, stable, and the MOD's marks are the real ones."""

from __future__ import annotations

import importlib.util
import re
import sys
from functools import cache
from pathlib import Path
from types import ModuleType

import pytest

from editor.languages import load as load_language
from editor.model import Document, Proposal, project
from editor.model.outline import outline
from editor.rules.engine import check_document
from editor.xmlio import read_file, to_bytes

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
PROPOSAL = EXAMPLES / "ARB-36A2-1.xml"
BASE = EXAMPLES / "R07-Hammamet-2016.xml"
FRENCH = EXAMPLES / "R62-MOD-fr.xml"
ARABIC = EXAMPLES / "ACP-67A1-ar.xml"


@cache
def build_script() -> ModuleType:
    """examples/build_examples.py, loaded from its path (examples/ is not a package)."""
    spec = importlib.util.spec_from_file_location("build_examples", EXAMPLES / "build_examples.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up while being defined
    spec.loader.exec_module(module)
    return module


def test_the_build_script_reproduces_the_committed_examples(seed_path: Path) -> None:
    built = build_script().build(seed_path)
    assert set(built) == {PROPOSAL, BASE}
    for path, data in built.items():
        assert path.read_bytes() == data, f"{path.name} is not what examples/build_examples.py makes"


def test_the_build_script_reproduces_the_french_and_arabic_examples(seed_path: Path) -> None:
    corpus = seed_path.parent.parent / "corpus"
    if not (corpus / build_script().FRENCH_TEXT).exists():
        pytest.skip("../shared/corpus is not present")
    built = build_script().build_languages(corpus)
    assert set(built) == {FRENCH, ARABIC}
    for path, data in built.items():
        assert path.read_bytes() == data, f"{path.name} is not what examples/build_examples.py makes"


@pytest.mark.parametrize(("path", "language"), [(FRENCH, "fr"), (ARABIC, "ar")], ids=lambda v: getattr(v, "name", v))
def test_the_french_and_arabic_examples_validate_with_no_problem(path: Path, language: str) -> None:
    doc = read_file(path)
    assert doc.language == language
    assert check_document(doc) == []


def test_the_arabic_example_speaks_the_language_data() -> None:
    doc = read_file(ARABIC)
    res = doc.proposals[0].resolution
    assert res is not None and doc.cover is not None
    arabic = load_language("ar")
    forms = {k.text for k in arabic.keyword_forms(res.body)}
    assert [s.keyword.text() for s in res.sections] and all(s.keyword.text() in forms for s in res.sections)
    assert res.preamble.text() == arabic.enacting("PP", "بوسان", "2014")
    assert doc.cover.document_reference("ar") == "الإضافة 1 للوثيقة 67-A"  # as the corpus cover prints it


def test_the_readme_names_every_passage_written_for_the_language_examples() -> None:
    script = build_script()
    readme = re.sub(r"\s+", " ", (EXAMPLES / "README.md").read_text(encoding="utf-8"))
    written = [script.FRENCH_REST_OF_A, script.FRENCH_FOOTNOTE, script.FRENCH_B, script.FRENCH_NEW_C, script.FRENCH_DECIDES,
               script.FRENCH_REASONS, script.FRENCH_COVER.abstract, script.ARABIC_INTRODUCTION_END, script.ARABIC_REASONS,
               *(text for texts in script.ARABIC_TEXT_CLAUSES.values() for text in texts)]
    for passage in written:
        assert re.sub(r"\s+", " ", passage.replace("\u2011", "-")).strip() in readme.replace("\u2011", "-"), passage


@pytest.mark.parametrize("path", [PROPOSAL, BASE, FRENCH, ARABIC], ids=lambda p: p.name)
def test_examples_validate_and_round_trip_byte_identically(path: Path) -> None:
    data = path.read_bytes()
    assert to_bytes(read_file(path)) == data


def test_the_original_view_of_the_proposal_is_the_base_text() -> None:
    res = read_file(PROPOSAL).proposals[0].resolution
    assert res is not None
    assert to_bytes(Document([Proposal(resolution=project(res, "original"))])) == BASE.read_bytes()


def test_final_and_original_lettering() -> None:
    doc = read_file(PROPOSAL)
    assert outline(doc, "final") == [
        "considering: a) b) c) d) e) f)",
        "noting: a) b) c) d) e) f) g) h) i) j) k)",
        "recognizing: ·",
        "resolves: 1 2 3 4 5 6 7 8 9 10 11",
    ]
    assert outline(doc, "original") == outline(read_file(BASE)) == [
        "considering: a) b) c) d) e) f)",
        "noting: a) b) c) d) e) f) g)",
        "resolves: 1 2 3 4 5 6 7 8 9 10",
    ]


def test_relettering_is_an_old_label_deleted_and_a_new_one_inserted() -> None:
    res = read_file(PROPOSAL).proposals[0].resolution
    assert res is not None
    noting = res.sections[1]
    relabelled = [c for c in noting.clauses if c.change is None]
    assert [(c.label.text("original"), c.label.text("final")) for c in relabelled] == [
        ("a)", "b)"), ("b)", "f)"), ("c)", "g)"), ("d)", "h)"), ("e)", "i)"), ("f)", "j)"), ("g)", "k)"),
    ]
    for clause in relabelled:
        assert [span.mark.kind for span in clause.label.spans if span.mark] == ["del", "ins"]


def test_the_three_date_updates_are_marks() -> None:
    res = read_file(PROPOSAL).proposals[0].resolution
    assert res is not None
    assert res.number_line("original") == "RESOLUTION 7 (Rev.\u00a0Hammamet, 2016)"
    assert res.number_line("final") == "RESOLUTION 7 (Rev.\u00a0Geneva, 2022)"
    assert res.history_entries("final")[-2:] == ["Hammamet, 2016", "Geneva, 2022"]
    assert res.history_entries("original")[-1] == "Hammamet, 2016"
    assert res.preamble.text("final") == "The World Telecommunication Standardization Assembly (Geneva, 2022),"
    assert res.preamble.text("original") == "The World Telecommunication Standardization Assembly (Hammamet, 2016),"


def test_every_mark_is_by_the_arab_states_at_one_date_with_unique_ids() -> None:
    marks = [mark for _, mark, _ in read_file(PROPOSAL).marks()]
    assert marks and {(m.author, m.date) for m in marks} == {("ARB", "2022-02-01T10:00:00Z")}
    assert len({m.id for m in marks}) == len(marks)


def test_the_readme_records_every_reading() -> None:
    script = build_script()
    readme = (EXAMPLES / "README.md").read_text(encoding="utf-8")
    fragments = [f for marks in script.HEADING.values() for f in marks]
    for _, readings in script.SECTIONS:
        for reading in readings or []:
            fragments.extend(reading.marks)
            for item in reading.items.values():
                fragments.extend(item.marks)
    shown = re.sub(r"\s+", " ", readme.replace("\u2011", "-"))
    for fragment in fragments:
        assert re.sub(r"\s+", " ", fragment.replace("\u2011", "-").replace("\u00a0", " ")) in shown, fragment
