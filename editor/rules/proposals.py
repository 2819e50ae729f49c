"""Proposals: action symbols against their content, Reasons, identifiers (conventions §3.1 to §3.3).

An ADD carries no revision marks, a MOD at least one, a SUP no clause text;
every proposal gives its Reasons.  Identifiers read SOURCE/<doc>A<addendum>/<n>
and are numbered 1, 2, 3 … in document order, each once.
"""

from __future__ import annotations

import re

from editor.languages import load_or_english
from editor.model.nodes import Cover, Document, Proposal
from editor.model.session import EditSession
from editor.model.views import has_marks
from editor.rules.context import NO_PROPOSAL, language_of, proposal_ref, report
from editor.rules.problem import Problem, Severity

RULES = ("proposal.add-marks", "proposal.mod-no-marks", "proposal.sup-text", "proposal.reasons",
         "proposal.identifier", "proposal.duplicate", "proposal.numbering", "cover.empty")
#: What a contribution's cover cannot go without (conventions §3.4): the reader's first questions.
COVER_ESSENTIALS: dict[str, str] = {"conference": "conference", "document": "document number", "source": "source",
                                    "title": "title"}
IDENTIFIER = re.compile(r"^(?P<source>[A-Z][A-Z0-9]{1,5})/(?P<doc>\d+(?:A\d+)?)/(?P<serial>\d+)$")


def check(proposal: Proposal) -> list[Problem]:
    """What the proposal's action says about its own content."""
    if proposal.action is None:
        return []
    name = proposal_ref(proposal)
    out: list[Problem] = []

    def add(severity: Severity, rule: str, message: str) -> None:
        field = "reasons" if rule == "proposal.reasons" else "action"  # the other rules judge the action symbol
        out.append(report((name, "final"), severity, rule, message, node=proposal, field=field, offset=0))

    res = proposal.resolution
    if proposal.action == "ADD" and res is not None and has_marks(res):  # the proposal block itself may be a tracked insertion
        add("error", "proposal.add-marks", "an ADD proposal adds new text and must not carry revision marks")
    if proposal.action == "MOD" and (res is None or not has_marks(res)):
        add("error", "proposal.mod-no-marks", "a MOD proposal shows its changes as revision marks, but it has none")
    if proposal.action == "SUP" and res is not None and any(s.clauses for s in res.sections):
        add("error", "proposal.sup-text", "a SUP proposal gives only the number and title, not the clauses")
    if not proposal.reasons.text("final").strip():
        word = load_or_english(language_of(proposal)).fixed_word("reasons").rstrip(":：").strip()
        add("warning", "proposal.reasons", "the proposal has no Reasons" + (f" (\"{word}\")" if word != "Reasons" else ""))
    return out


def empty_cover_fields(cover: Cover) -> list[str]:
    """The essential cover fields still empty, as a drafter names them ("document number")."""
    return [name for field, name in COVER_ESSENTIALS.items() if not getattr(cover, field).strip()]


def check_cover(document: Document) -> list[Problem]:
    """A contribution whose cover page still lacks its essentials (a warning, also asked about before export)."""
    if document.cover is None:
        return []
    missing = empty_cover_fields(document.cover)
    if not missing:
        return []
    return [report((NO_PROPOSAL, "final"), "warning", "cover.empty", f"the cover page has no {', '.join(missing)} yet",
                   node=document)]


def check_identifiers(document: Document) -> dict[int, list[Problem]]:
    """Form, uniqueness and numbering of every proposal identifier, by proposal uid; the cover's under the document's uid."""
    out: dict[int, list[Problem]] = {}
    cover = check_cover(document)
    if cover:
        out[document.uid] = cover
    seen: dict[str, int] = {}
    expected_doc = None
    if document.cover is not None and document.cover.document:
        expected_doc = document.cover.document + (f"A{document.cover.addendum}" if document.cover.addendum else "")
    serial = 0
    for proposal in document.proposals:
        if proposal.action is None:
            continue
        serial += 1
        problems = out.setdefault(proposal.uid, [])

        def add(severity: Severity, rule: str, message: str, fix: str | None = None, _p: Proposal = proposal) -> None:
            out[_p.uid].append(report((proposal_ref(_p), "final"), severity, rule, message, node=_p, fix=fix,
                                      field="identifier", offset=0))

        ident = proposal.identifier
        m = IDENTIFIER.match(ident)
        if not m:
            add("error", "proposal.identifier", f"the identifier \"{ident}\" should read SOURCE/<document>A<addendum>/<number>, e.g. ARB/36A2/1"
                if ident else f"proposal {serial} ({proposal.action}) has no identifier")
        else:
            if expected_doc is not None and m.group("doc") != expected_doc:
                add("warning", "proposal.identifier", f"the identifier names document {m.group('doc')} but the cover is document {expected_doc}")
            if len(m.group("serial")) > 9 or int(m.group("serial")) != serial:  # a 5,000-digit serial is no number Python reads
                add("error", "proposal.numbering", f"proposal {serial} of the document is numbered {m.group('serial')}",
                    "renumber the proposals")
        if ident and ident in seen:
            add("error", "proposal.duplicate", f"the identifier is already used by proposal {seen[ident]}", "renumber the proposals" if m else None)
        seen.setdefault(ident, serial)
        if not problems:
            del out[proposal.uid]
    return out


def renumber(session: EditSession, document: Document) -> None:
    """Give well-formed identifiers the serials 1, 2, 3 … in document order (not a tracked change)."""
    serial = 0
    with session.transaction("Renumber proposals"):
        for proposal in document.proposals:
            if proposal.action is None:
                continue
            serial += 1
            m = IDENTIFIER.match(proposal.identifier)
            if m:
                session.set_attr(proposal, "identifier", f"{m.group('source')}/{m.group('doc')}/{serial}")
