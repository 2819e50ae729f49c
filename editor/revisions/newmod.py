"""A new proposal on an in-force resolution, for a given conference.

The conventions (../shared/docs/itu-conventions.md, 3.1 and 3.3) decide
the shape: a MOD reproduces the in-force text, pinned as the base, and
starts with the three date updates every revision needs (number line,
history line, preamble) recorded as its first marks; a SUP keeps only the
number line and the title; a NOC keeps the text unchanged and unmarked; an
ADD is a draft new resolution with a bracketed provisional number.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TypedDict, Unpack

from editor.languages import load_or_english
from editor.model.marks import now_iso
from editor.model.nodes import Action, Adoption, Clause, Cover, Document, Footnote, Proposal, Resolution, Section
from editor.model.session import EditSession
from editor.model.text import xml_safe
from editor.model.views import clone, project
from editor.rules import dates
from editor.rules.wording import wording

#: The assemblies and conferences whose resolutions a proposal revises; their names in each language are
#: language data (resources/languages/<code>.toml, [names]).
ASSEMBLIES: tuple[str, ...] = ("WTSA", "PP", "WTDC", "RA", "WRC", "WTPF")


class ProposalError(ValueError):
    """The conference or resolution given cannot make a proposal; the message is for the user."""


def conference(place: str, year: int | str) -> Adoption:
    """The contribution's conference as a revision entry ("Rev. Geneva, 2022")."""
    place = xml_safe(place).strip()
    year = str(year).strip()
    if not place:
        raise ProposalError("the conference place is empty; give the city, for example Geneva")
    if not re.fullmatch(r"\d{4}", year):
        raise ProposalError(f"the conference year '{year}' is not a four-digit year, for example 2022")
    return Adoption(True, place, year)


def _language_of(resolution: Resolution) -> str:
    """The language of the file `resolution` comes from (its words are the new proposal's); English outside a file."""
    doc = resolution.ancestor(Document)
    return doc.language if doc is not None else "en"


def _pinned(resolution: Resolution) -> Resolution:
    """The in-force text as the base: its final view, a fresh copy with no marks."""
    return clone(project(resolution, "final"))


def _sup(res: Resolution) -> Resolution:
    """Number line and title only; footnotes they refer to come along."""
    keys = {s.footnote for inline in (res.number, res.adoption, res.title) for s in inline.spans if s.footnote}
    return Resolution(
        body=res.body,
        number=res.number.copy(),
        adoption=res.adoption.copy(),
        title=res.title.copy(),
        footnotes=[Footnote(f.key, f.text.copy()) for f in res.footnotes if f.key in keys],
        draft=res.draft,
    )


def _draft(res: Resolution, new: Adoption, identifier: str, code: str) -> Resolution:
    """A draft new resolution in language `code`: "[ARB-1]", the assembly's enacting formula for this conference,
    empty considering and resolves sections, all from the language data (the keywords agreeing with the body)."""
    source = identifier.split("/")[0] if identifier else "XXX"
    serial = identifier.rsplit("/", 1)[-1] if identifier.count("/") >= 1 else "1"
    language = load_or_english(code)
    body = res.body or "WTSA"
    return Resolution(
        body=res.body,
        draft=True,
        number=f"[{source}-{serial}]",
        title="",
        preamble=language.enacting(body, new.place, new.year) or _redated_preamble(res, new, code),
        sections=[  # a single clause carries no label
            Section(language.first_keyword("considering", body) or "considering", "preambular", [Clause("", "")]),
            Section(language.first_keyword("resolves", body) or "resolves", "operative", [Clause("", "")]),
        ],
    )


def _redated_preamble(res: Resolution, new: Adoption, code: str) -> str:
    """The in-force enacting formula with the new conference's place and year, for a body the language data has
    no formula for; the body's name in the formula's shape when the in-force text has none either."""
    text = res.preamble.text("final").strip()
    if not text:
        text = load_or_english(code).body_name(res.body or "WTSA") or "Conference"
    return dates.dated_preamble(text, wording(code), new)


def new_proposal(
    resolution: Resolution,
    place: str,
    year: int | str,
    action: Action = "MOD",
    *,
    identifier: str = "",
    author: str = "",
    clock: Callable[[], str] = now_iso,
) -> Proposal:
    """A proposal of `action` on `resolution` for the conference at `place` in `year`.

    The result is a free node: insert it into a contribution with
    `EditSession.insert_node` (its mark ids are renumbered on the way in).
    """
    new = conference(xml_safe(place), year)
    identifier = xml_safe(identifier)
    base = _pinned(resolution)
    if action == "MOD":
        proposal = Proposal("MOD", identifier, base)
        holder = Document([proposal], language=_language_of(resolution))
        session = EditSession(holder, author=author, tracking=True, clock=clock)
        with session.transaction("Update the dates"):
            # the dates check's own fix, in the language's patterns: number line (with "Rev."), history, preamble
            dates.align(session, base, proposal, Cover(place_dates=f"{new.place}, {new.year}"))
    elif action == "SUP":
        proposal = Proposal("SUP", identifier, _sup(base))
    elif action == "NOC":
        proposal = Proposal("NOC", identifier, base)
    elif action == "ADD":
        proposal = Proposal("ADD", identifier, _draft(base, new, identifier, _language_of(resolution)))
    else:
        raise ProposalError(f"'{action}' is not a proposal action; use ADD, MOD, SUP or NOC")
    proposal.parent = None
    return proposal


class ProposalDetails(TypedDict, total=False):
    """Optional details of a new proposal, as `new_proposal` takes them."""

    identifier: str
    author: str
    clock: Callable[[], str]


_IDENTIFIER = re.compile(r"^\s*[A-Z][A-Z0-9]{1,5}/(?P<document>\d+)(?:A(?P<addendum>\d+))?/\d+\s*$")
#: What a contribution of the same conference shares with the one open before it.
SHARED_COVER_FIELDS = ("conference", "acronym", "place_dates", "meeting", "languages", "source")


def new_cover(resolution: Resolution, place: str, year: int | str, identifier: str = "", previous: Cover | None = None) -> Cover:
    """The cover of a new contribution, filled as far as what is known allows.

    The conference (and its place and dates, meeting, language, source)
    from the contribution open before, when there is one; else the
    conference from the body that adopted the resolution and "Place, Year".
    The document and addendum numbers from the proposal identifier
    (SOURCE/<document>A<addendum>/<number>, conventions §3.3).  The title
    and the abstract are the drafter's to write.
    """
    conference = load_or_english(_language_of(resolution)).body_name(resolution.body)
    cover = Cover(conference=conference, place_dates=f"{xml_safe(place).strip()}, {year}")
    if previous is not None:
        for name in SHARED_COVER_FIELDS:
            if getattr(previous, name):
                setattr(cover, name, getattr(previous, name))
    m = _IDENTIFIER.match(xml_safe(identifier))
    if m:
        cover.document, cover.addendum = m.group("document"), m.group("addendum") or ""
    return cover


def new_contribution(source: Document, place: str, year: int | str, action: Action = "MOD", *, previous: Cover | None = None,
                     **details: Unpack[ProposalDetails]) -> Document:
    """A contribution holding one new proposal on the (only) resolution of `source` (see `new_cover` for its cover)."""
    resolutions = list(source.resolutions())
    if len(resolutions) != 1:
        raise ProposalError(
            f"the file holds {len(resolutions)} resolutions; a new proposal is made from a file holding exactly one"
        )
    proposal = new_proposal(resolutions[0], place, year, action, **details)
    return Document([proposal], new_cover(resolutions[0], place, year, details.get("identifier", ""), previous), source.language)


__all__ = ["ProposalDetails", "ProposalError", "conference", "new_contribution", "new_cover", "new_proposal"]
