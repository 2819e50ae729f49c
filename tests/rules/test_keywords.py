"""Section keywords: lower case, no punctuation, known, preambular before operative."""

from __future__ import annotations

import pytest

from editor.model import Clause, Section
from editor.model.session import EditSession
from editor.rules.engine import check_document, fix_all
from tests.factories import assert_valid
from tests.rules.documents import standalone


def keyword_problems(*keywords: tuple[str, str]) -> list:
    sections = [Section(kw, kind, [Clause("", "that it holds" + ("." if n == len(keywords) - 1 else ","))])  # type: ignore[arg-type]
                for n, (kw, kind) in enumerate(keywords)]
    doc = standalone(*sections)
    return doc, [p for p in check_document(doc) if p.rule.startswith("keyword.")]  # type: ignore[return-value]


@pytest.mark.parametrize(
    "keyword",
    ["considering", "noting further", "bearing in mind", "instructs the Director of the Telecommunication Standardization Bureau",
     "invites Member States and Sector Members", "resolves"],
)
def test_known_keywords_pass(keyword: str) -> None:
    kind = "operative" if keyword.split()[0] in ("instructs", "invites", "resolves") else "preambular"
    _, found = keyword_problems((keyword, kind))  # type: ignore[misc]
    assert found == []


@pytest.mark.parametrize(
    ("keyword", "rule", "severity", "fixed"),
    [
        ("Considering", "keyword.case", "error", "considering"),
        ("considering:", "keyword.punctuation", "error", "considering"),
        ("conisdering", "keyword.unknown", "warning", "considering"),
    ],
)
def test_keyword_errors_and_their_fix(keyword: str, rule: str, severity: str, fixed: str) -> None:
    doc, found = keyword_problems((keyword, "preambular"), ("resolves", "operative"))  # type: ignore[misc]
    assert [(p.rule, p.severity, p.section) for p in found] == [(rule, severity, keyword)]
    if rule == "keyword.unknown":
        assert 'did you mean "considering"' in found[0].message
    fix_all(EditSession(doc), "keyword")
    assert doc.proposals[0].resolution.sections[0].keyword.text() == fixed
    assert [p for p in check_document(doc) if p.rule.startswith("keyword.")] == []
    assert_valid(doc)


def test_preambular_after_operative_is_an_error() -> None:
    _, found = keyword_problems(("considering", "preambular"), ("resolves", "operative"), ("noting", "preambular"))  # type: ignore[misc]
    assert [(p.rule, p.section) for p in found] == [("keyword.order", "noting")]


@pytest.mark.parametrize(
    ("sections", "inferred"),
    [
        ([("", "preambular"), ("resolves", "operative")], "considering"),
        ([("considering", "preambular"), ("noting", "preambular"), ("", "preambular"), ("resolves", "operative")], "noting further"),
        ([("considering", "preambular"), ("resolves", "operative"), ("", "operative")], "further resolves"),
        ([("noting", "preambular"), ("", "operative")], "resolves"),
        ([("considering", "preambular"), ("", "operative"), ("instructs the Director", "operative")], "resolves"),
    ],
)
def test_missing_keyword_is_inferred_from_the_neighbouring_sections(sections: list[tuple[str, str]], inferred: str) -> None:
    doc, found = keyword_problems(*sections)  # type: ignore[misc]
    assert [p.rule for p in found] == ["keyword.missing"]
    assert found[0].fix == f'type "{inferred}"' and f'"{inferred}"' in found[0].message
    assert fix_all(EditSession(doc), "keyword.missing") == 1
    blank = next(i for i, (kw, _) in enumerate(sections) if not kw)
    assert doc.proposals[0].resolution.sections[blank].keyword.text() == inferred  # type: ignore[union-attr]
    assert [p for p in check_document(doc) if p.rule.startswith("keyword.")] == []
    assert_valid(doc)


@pytest.mark.parametrize(
    "sections",
    [
        [("", "preambular"), ("considering", "preambular"), ("resolves", "operative")],  # considering is taken
        [("considering further", "preambular"), ("", "preambular"), ("resolves", "operative")],  # nothing beyond "further"
        [("considering", "preambular"), ("considering further", "preambular"), ("", "preambular"), ("resolves", "operative")],
    ],
)
def test_missing_keyword_without_inference_says_what_to_type(sections: list[tuple[str, str]]) -> None:
    doc, found = keyword_problems(*sections)  # type: ignore[misc]
    assert [(p.rule, p.fix) for p in found] == [("keyword.missing", None)]
    assert "none can be inferred" in found[0].message and "considering, noting" in found[0].message
    assert fix_all(EditSession(doc), "keyword.missing") == 0


def test_keyword_and_section_kind_agree() -> None:
    doc, found = keyword_problems(("considering", "operative"), ("resolves", "operative"))  # type: ignore[misc]
    assert [(p.rule, p.section) for p in found] == [("keyword.kind", "considering")]
    fix_all(EditSession(doc), "keyword.kind")
    assert doc.proposals[0].resolution.sections[0].kind == "preambular"
    assert [p for p in check_document(doc) if p.rule.startswith("keyword.")] == []
    assert_valid(doc)
