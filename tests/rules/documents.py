"""Documents with known drafting errors, built in code, for the checks' tests."""

from __future__ import annotations

from editor.model import Clause, Cover, Document, Proposal, Resolution, Section
from editor.model.session import EditSession
from editor.rules.problem import Problem
from tests.factories import FIXED_DATE, base_resolution

NOTING_SEED = ["a)", "b)", "c)", "b)", "c)", "d)", "e)", "f)", "g)", "h)", "i)"]
RESOLVES_SEED = ["1", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10"]


def wtsa_cover() -> Cover:
    return Cover(conference="World Telecommunication Standardization Assembly", acronym="WTSA-20",
                 place_dates="Geneva, 1-9 March 2022", document="36", addendum="2", source="Arab States Administrations",
                 title="Proposed modification of Resolution 7")


def clauses(labels: list[str], last: str = ",") -> list[Clause]:
    """Clauses with the given labels, each ending with ";" and the last with `last`."""
    return [Clause(label, f"that clause {n} holds{';' if n < len(labels) else last}") for n, label in enumerate(labels, 1)]


def resolution(*sections: Section) -> Resolution:
    return Resolution(number="7", adoption="Rev. Hammamet, 2016", title="Title",
                      history="Helsinki, 1993; Hammamet, 2016",
                      preamble="The World Telecommunication Standardization Assembly (Hammamet, 2016),",
                      sections=list(sections))


def standalone(*sections: Section) -> Document:
    return Document([Proposal(resolution=resolution(*sections))])


def seed_like() -> Document:
    """The known errors of the ARB/36A2/1 seed on an in-force text: noting b) c) repeated,
    two resolves 1, the only recognizing clause ending with a full stop."""
    return standalone(
        Section("considering", "preambular", clauses(["a)", "b)"])),
        Section("noting", "preambular", clauses(NOTING_SEED)),
        Section("recognizing", "preambular", [Clause("", "that the collaboration needs to be reciprocal.")]),
        Section("resolves", "operative", clauses(RESOLVES_SEED, ".")),
    )


def mod_of(res: Resolution | None = None) -> tuple[Document, EditSession]:
    """A MOD contribution on `res` (the factories' base text by default), tracking on, dates already updated."""
    res = res or base_resolution()
    doc = Document([Proposal("MOD", "ARB/36A2/1", res, reasons="To reflect current practice.")], wtsa_cover())
    session = EditSession(doc, author="ARB", tracking=True, clock=lambda: FIXED_DATE)
    from editor.rules.dates import align

    align(session, res, doc.proposals[0], doc.cover)
    session.undo_stack.clear()
    return doc, session


def mod_with_base_text(section: int, clause: int, text: str) -> tuple[Document, EditSession, Clause]:
    """`mod_of()` with the base text of one clause replaced (untracked: the text being modified says it)."""
    doc, session = mod_of()
    res = doc.proposals[0].resolution
    assert res is not None
    target = res.sections[section].clauses[clause]
    session.tracking = False
    session.set_text(target.text, text)
    session.tracking = True
    return doc, session, target


def labels(section: Section, view: str = "final") -> list[str]:
    return [c.label.text(view) for c in section.clauses if c.visible_in(view)]  # type: ignore[arg-type]


def rules(problems: list[Problem]) -> list[str]:
    return [p.rule for p in problems]


def errors(problems: list[Problem]) -> list[Problem]:
    return [p for p in problems if p.severity == "error"]


