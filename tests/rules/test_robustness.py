"""Any document the schema accepts can be checked and fixed: no crash, and the fixed document still validates."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from editor.model import Clause, Cover, Document, Proposal, Resolution, Section
from editor.model.session import EditSession
from editor.rules.engine import check_document, fix_all
from tests.factories import assert_valid

LABELS = st.sampled_from(["a)", "b)", "b)bis", "z)", "aa)", "za)", "i)", "iv)", "v)", "1", "2", "1ter", "3)", "–", "•", "", " ", "x", "Z)", "a) b)", "0", "iiii)", "9" * 5000 + ")", "9" * 5000])
TEXTS = st.builds(lambda body, end: body + end, st.sampled_from(["", "that it", "see considering b) and resolves 2 above", "x" * 3, "   "]),
                  st.sampled_from(["", ";", ",", ".", ":", "; and", "; or", " ;", "?"]))
KEYWORDS = st.sampled_from(["considering", "Noting:", "resolves", "instructs the Director", "", "bogus", "further resolves", "recognizing"])


def clauses(depth: int) -> st.SearchStrategy[list[Clause]]:
    items = st.just([]) if depth >= 3 else st.deferred(lambda: clauses(depth + 1))
    return st.lists(st.builds(Clause, LABELS, TEXTS, items), max_size=2 if depth else 5)


SECTIONS = st.lists(st.builds(Section, KEYWORDS, st.sampled_from(["preambular", "operative"]), clauses(0)), max_size=4)
RESOLUTIONS = st.builds(
    Resolution,
    number=st.sampled_from(["7", "No. 7", "[ARB-1]", ""]),
    adoption=st.sampled_from(["Rev. Geneva, 2022", "Geneva, 2022", "Rev. Hammamet, 2016Geneva, 2022", "", "Geneva"]),
    title=st.just("Title"),
    history=st.sampled_from(["", "Helsinki, 1993; Geneva, 2022", "Geneva, 1996 and 2022", ";;"]),
    preamble=st.sampled_from(["", "The Assembly (Geneva, 2022),", "The Assembly", "The Assembly (, 2022)."]),
    sections=SECTIONS,
    draft=st.booleans(),
)
PROPOSALS = st.lists(st.builds(Proposal, st.sampled_from(["ADD", "MOD", "SUP", "NOC"]),
                               st.sampled_from(["ARB/36A2/1", "ARB/36A2/2", "bad", "", "ARB/36A2/" + "1" * 5000]), RESOLUTIONS,
                               st.sampled_from(["", "Why."])), min_size=1, max_size=3)


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(PROPOSALS, st.booleans(), st.booleans())
def test_any_document_checks_and_fixes_cleanly(props: list[Proposal], contribution: bool, tracking: bool) -> None:
    cover = Cover(place_dates="Geneva, 1-9 March 2022", document="36", addendum="2") if contribution else None
    doc = Document(props if contribution else props[:1], cover)
    if not contribution:
        doc.proposals[0].action = None
    for problem in check_document(doc):
        assert problem.severity in ("error", "warning") and problem.message
    session = EditSession(doc, author="T", tracking=tracking)
    fix_all(session)
    assert fix_all(session) == 0, [(p.rule, p.message) for p in check_document(doc) if p.fix and p.view == "final"]
    assert_valid(doc)
