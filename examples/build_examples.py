#!/usr/bin/env python3
"""Build examples/ARB-36A2-1.xml and examples/R07-Hammamet-2016.xml from the seed text.

The seed (../shared/seed/ARB-36A2-1.txt) is a real MOD proposal whose
revision marks were flattened: deleted and inserted text stand side by side.
This script reads it through the plain-text importer, then

1. recovers the base text, Resolution 7 (Rev. Hammamet, 2016), by removing
   what the readings below call inserted and giving the base lettering;
2. replays the proposal on that base in an EditSession with Track Changes
   on (author "ARB", a fixed date), so that every mark in the example is a
   mark the editor itself recorded: the date updates, each inserted or
   deleted phrase, each inserted clause and section, each relettering.

The readings use the notation of the conventions document: [-deleted-] and
[+inserted+], with enough unchanged text around them to be found exactly
once in the seed paragraph.  The script checks that every paragraph of the
example, with all marks shown, reads exactly as the seed (except the
departures listed in DEPARTURES), so a reading cannot drift from the seed.
examples/README.md explains each reading.

    PYTHONPATH=. python examples/build_examples.py          # write both files
    PYTHONPATH=. python examples/build_examples.py --check  # exit 1 if they differ
"""

from __future__ import annotations

import argparse
import re
import string
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from editor.importers.plaintext import import_file
from editor.model import Clause, Cover, Document, Inline, Proposal, Resolution, Section, clone, project
from editor.model.session import EditSession
from editor.xmlio import atomic_write, to_bytes

HERE = Path(__file__).resolve().parent
SEED = HERE.parent.parent / "shared" / "seed" / "ARB-36A2-1.txt"
OUTPUTS = {"proposal": HERE / "ARB-36A2-1.xml", "base": HERE / "R07-Hammamet-2016.xml"}

AUTHOR = "ARB"
DATE = "2022-02-01T10:00:00Z"
NBH = "\u2011"  # the non-breaking hyphen of "ITU‑T" in ITU texts

COVER = Cover(
    conference="World Telecommunication Standardization Assembly",
    acronym="WTSA-20",
    place_dates="Geneva, 1-9 March 2022",
    meeting="PLENARY MEETING",
    document="36",
    addendum="2",
    date="1 February 2022",
    languages="English",
    source="Arab States Administrations",
    title="Proposed modification of Resolution 7 – Collaboration with the International Organization for "
          "Standardization and the International Electrotechnical Commission",
    abstract=f"The Arab States propose to modify Resolution 7 so that the collaboration between ITU{NBH}T, ISO and IEC "
             "is evaluated and brings equal and mutual benefits to the three organizations.",
)
REASONS = (f"The collaboration between ITU{NBH}T, ISO and IEC needs to be evaluated and to bring equal and mutual "
           "benefits to the three organizations.")


@dataclass(frozen=True)
class Reading:
    """How one seed paragraph (a clause, or a sub-item in `items`) divides into base text and marks.

    `new` marks a paragraph the proposal inserts whole; otherwise `marks`
    are the fragments inserted or deleted inside the base text.
    """

    marks: tuple[str, ...] = ()
    new: bool = False
    items: dict[int, Reading] = field(default_factory=dict)


SAME = Reading()
NEW = Reading(new=True)

HEADING = {
    "adoption": ("Rev.\u00a0[-Hammamet, 2016-][+Geneva, 2022+]",),
    "history": ("Hammamet, 2016[+; Geneva, 2022+]",),
    "preamble": ("([-Hammamet, 2016-][+Geneva, 2022+])",),
}

# One entry per section of the seed, in order; a section entry None is a section the proposal inserts.
SECTIONS: list[tuple[str, list[Reading] | None]] = [
    ("considering", [SAME, SAME, SAME, SAME, Reading((
        "agreements on [-other -][+many +]areas",
        "common interest [+such as matters related to environment and energy management, cybersecurity, IoT and "
        "smart cities +]along",
    )), SAME]),
    ("noting", [NEW, SAME, NEW, NEW, NEW, Reading((
        "[+the continuous coordination with the three organizations in terms of sub-committees and working groups  "
        "through their top management; and +]the progress made",
        "technical Recommendations[+.+] with ISO",
    )), SAME, SAME, SAME, SAME, SAME]),
    ("recognizing", None),
    ("resolves", [NEW, Reading((
        "to [+continue +][-invite -][+inviting +]ISO and IEC",
        f"IEC[+, through the TSAG,+] to [+update ITU-T with their programs +][-examine the ITU{NBH}T study programme -]in the early",
        "desirable[+ and would benefit the organizations+], and to inform",
    )), SAME, Reading((
        "to [-invite -][+request +]the Director",
        "TSB, [-at the request of Member States-][+in consultation with TSAG+], to review",
        "common texts, [-including-][+with+] a possible",
    )), SAME, SAME, Reading(
        ("mutually agreed[+ and regular coordination events arranged+]:",),
        items={1: Reading(("shall be established[+ and regular coordination contacts made+];",))},
    ), SAME, SAME, SAME, SAME]),
]

# Where the example follows the conventions rather than the seed (examples/README.md says why).
DEPARTURES = {("recognizing", 0): ("efforts.", "efforts,")}

_PIECE = re.compile(r"\[-(.*?)-\]|\[\+(.*?)\+\]|([^\[]+|\[)")


def pieces(fragment: str) -> list[tuple[str, str]]:
    """("", text), ("del", text) and ("ins", text) pieces of a reading fragment."""
    out: list[tuple[str, str]] = []
    for deleted, inserted, plain in _PIECE.findall(fragment):
        kind, text = ("del", deleted) if deleted else ("ins", inserted) if inserted else ("", plain)
        if out and out[-1][0] == kind == "":
            out[-1] = ("", out[-1][1] + text)
        else:
            out.append((kind, text))
    return out


def placed(marks: tuple[str, ...], seed_text: str) -> Iterator[tuple[int, str, str]]:
    """(offset in the seed paragraph, kind, text) of every marked piece, left to right."""
    found: list[tuple[int, str, str]] = []
    for fragment in marks:
        parts = pieces(fragment)
        shown = "".join(text for _, text in parts)
        if seed_text.count(shown) != 1:
            raise SystemExit(f"reading {fragment!r} is not found exactly once in the seed paragraph {seed_text[:60]!r}")
        offset = seed_text.index(shown)
        for kind, text in parts:
            if kind:
                found.append((offset, kind, text))
            offset += len(text)
    return iter(sorted(found))


def letter(n: int) -> str:
    return f"{string.ascii_lowercase[n]})"


def relabelled(labels: list[str], count: int) -> list[str]:
    """Labels a) b) … or 1 2 … in the family of the seed's first label."""
    return [letter(n) if labels[0].endswith(")") else str(n + 1) for n in range(count)]


# -- 1. the base text ---------------------------------------------------------------------


def base_from_seed(seed: Document) -> Resolution:
    """Resolution 7 (Rev. Hammamet, 2016): the seed without what the proposal inserted."""
    res = seed.proposals[0].resolution
    assert res is not None
    session = EditSession(seed)  # not tracking: this rewrites the seed into the base text
    with session.transaction("Recover the base text"):
        for name, marks in HEADING.items():
            remove_inserted(session, getattr(res, name), marks)
        for (keyword, readings), section in zip(SECTIONS, list(res.sections), strict=True):
            assert section.keyword.text() == keyword, f"the seed's sections changed: {section.keyword.text()!r}"
            if readings is None:
                session.delete_node(section)
                continue
            kept: list[tuple[Clause, Reading]] = []
            for clause, reading in zip(list(section.clauses), readings, strict=True):
                if reading.new:
                    session.delete_node(clause)
                else:
                    kept.append((clause, reading))
            labels = relabelled([c.label.text() for c in section.clauses], len(kept))
            for (clause, reading), label in zip(kept, labels, strict=True):
                session.set_text(clause.label, label)
                remove_inserted(session, clause.text, reading.marks)
                for index, item_reading in reading.items.items():
                    remove_inserted(session, clause.items[index].text, item_reading.marks)
    return clone(res)


def remove_inserted(session: EditSession, inline: Inline, marks: tuple[str, ...]) -> None:
    for offset, kind, text in reversed(list(placed(marks, inline.text()))):
        if kind == "ins":
            session.delete_text(inline, offset, offset + len(text))


# -- 2. the proposal, replayed with Track Changes on ------------------------------------------------


def proposal_on(base: Resolution, seed: Document) -> Document:
    seed_res = seed.proposals[0].resolution
    assert seed_res is not None
    res = clone(base)
    doc = Document([Proposal("MOD", "ARB/36A2/1", res, reasons=REASONS)], clone_cover())
    session = EditSession(doc, author=AUTHOR, tracking=True, clock=lambda: DATE)
    for name, marks in HEADING.items():
        with session.transaction(f"Update the {name}"):
            apply_marks(session, getattr(res, name), marks, getattr(seed_res, name).text())
    for index, ((keyword, readings), seed_section) in enumerate(zip(SECTIONS, seed_res.sections, strict=True)):
        if readings is None:
            insert_section(session, res, index, seed_section)
            continue
        section = res.sections[index]
        labels = relabelled([c.label.text() for c in seed_section.clauses], len(readings))
        for position, (reading, seed_clause, label) in enumerate(zip(readings, seed_section.clauses, labels, strict=True)):
            if reading.new:
                session.insert_node(section, "clauses", position, clone(seed_clause))
                session.set_text(section.clauses[position].label, label)
                continue
            clause = section.clauses[position]
            session.set_text(clause.label, label)
            apply_marks(session, clause.text, reading.marks, seed_clause.text.text())
            for item_index, item_reading in reading.items.items():
                apply_marks(session, clause.items[item_index].text, item_reading.marks, seed_clause.items[item_index].text.text())
        assert section.keyword.text() == keyword
    add_review_comments(doc)
    return doc


# -- 3. the review comments (written for the example: the seed has none) ----------------------------

COMMENT_DATE = "2022-01-27T14:30:00Z"
REVIEW = (
    # (author, section keyword, clause index or None for the whole section, words or None, text, reply, resolved)
    ("CEPT", "noting", 1, "working methods and standards-development time-frames",
     "Which working methods differ? An example would help the assembly.",
     ("ARB", "The approval procedures and the ballots; an example will be added before submission."), False),
    ("CEPT", "noting", None, None,
     "Please check the lettering of noting after the inserted clauses.", None, True),
)


def add_review_comments(doc: Document) -> None:
    """The comments of a colleague's review (REVIEW): one with a reply, one resolved; comments never change the text."""
    from editor.model.comments import Anchor

    res = doc.proposals[0].resolution
    assert res is not None
    session = EditSession(doc, clock=lambda: COMMENT_DATE)
    for author, keyword, index, words, text, reply, resolved in REVIEW:
        section = next(s for s in res.sections if s.keyword.text() == keyword)
        session.author = author
        if index is None:
            anchor = Anchor(section)
        else:
            inline = section.clauses[index].text
            start = inline.text("markup").index(words or "")
            anchor = Anchor(section.clauses[index], "text", start, start + len(words or ""))
        comment = session.add_comment(anchor, text)
        if reply is not None:
            session.author = reply[0]
            session.reply_to_comment(comment, reply[1])
        if resolved:
            session.resolve_comment(comment)


def clone_cover() -> Cover:
    return Cover(**{name: getattr(COVER, name) for name in Cover.FIELDS})


def apply_marks(session: EditSession, inline: Inline, marks: tuple[str, ...], seed_text: str) -> None:
    """Replay a reading left to right: each seed offset is then also the offset in the marked text."""
    for offset, kind, text in placed(marks, seed_text):
        if kind == "del":
            session.delete_text(inline, offset, offset + len(text))
        else:
            session.insert_text(inline, offset, text)


def insert_section(session: EditSession, res: Resolution, index: int, seed_section: Section) -> None:
    section = clone(seed_section)
    session.insert_node(res, "sections", index, section)
    for (keyword, position), (old, new) in DEPARTURES.items():
        if keyword == section.keyword.text():
            text = section.clauses[position].text
            at = text.text().rindex(old)
            session.replace_text(text, at, at + len(old), new)


# -- checks and output --------------------------------------------------------------------------


def check_against_seed(doc: Document, seed: Document) -> None:
    """Every paragraph of the example, marks shown, reads as the seed (departures aside)."""
    res, seed_res = doc.proposals[0].resolution, seed.proposals[0].resolution
    assert res is not None and seed_res is not None
    for name in HEADING:
        assert getattr(res, name).text() == getattr(seed_res, name).text(), name
    for section, seed_section in zip(res.sections, seed_res.sections, strict=True):
        for position, (clause, seed_clause) in enumerate(zip(section.clauses, seed_section.clauses, strict=True)):
            expected = seed_clause.text.text()
            departure = DEPARTURES.get((section.keyword.text(), position))
            if departure is not None:
                expected = expected[: expected.rindex(departure[0])] + departure[1]
            assert clause.text.text() == expected, f"{section.keyword.text()} {clause.label.text('final')}"
            assert [i.text.text() for i in clause.items] == [i.text.text() for i in seed_clause.items]


def build(seed_path: Path = SEED) -> dict[Path, bytes]:
    """The bytes of both examples, built from the seed."""
    seed = import_file(seed_path)
    if seed.messages:
        raise SystemExit("the seed no longer imports cleanly: " + "; ".join(m.render(str(seed_path)) for m in seed.messages))
    base = base_from_seed(import_file(seed_path).document)  # a second copy: recovering the base rewrites it
    proposal = proposal_on(base, seed.document)
    check_against_seed(proposal, seed.document)
    original = project(proposal.proposals[0].resolution, "original")  # type: ignore[type-var]
    base_bytes = to_bytes(Document([Proposal(resolution=base)]))
    assert to_bytes(Document([Proposal(resolution=original)])) == base_bytes, "the original view is not the base text"
    return {OUTPUTS["proposal"]: to_bytes(proposal), OUTPUTS["base"]: base_bytes}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with the committed files instead of writing")
    parser.add_argument("--seed", type=Path, default=SEED)
    args = parser.parse_args(argv)
    if not args.seed.exists():
        print(f"error: {args.seed}: does not exist (the seed lives in ../shared/seed)", file=sys.stderr)
        return 2
    stale = []
    for path, data in build(args.seed).items():
        if args.check:
            if not path.exists() or path.read_bytes() != data:
                stale.append(path.name)
        else:
            atomic_write(path, data, keep_backup=False)
            print(f"wrote {path.relative_to(HERE.parent)}")
    if stale:
        print(f"error: out of date: {', '.join(stale)}; run examples/build_examples.py", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
