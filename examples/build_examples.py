#!/usr/bin/env python3
"""Build examples/ARB-36A2-1.xml and examples/R07-Hammamet-2016.xml from the seed text, and the French and
Arabic contributions examples/R62-MOD-fr.xml and examples/ACP-67A1-ar.xml from the corpus texts.

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

The French and Arabic examples (`build_languages`) take what the corpus
excerpts hold and add the passages marked WRITTEN, which examples/README.md
lists; their keywords, enacting formula and fixed words come from
resources/languages/.

    PYTHONPATH=. python examples/build_examples.py          # write the four files
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
from editor.languages import load as load_language
from editor.model import Clause, Cover, Document, Footnote, Inline, Proposal, Resolution, Section, Span, clone, project
from editor.model.session import EditSession
from editor.xmlio import atomic_write, to_bytes

HERE = Path(__file__).resolve().parent
SEED = HERE.parent.parent / "shared" / "seed" / "ARB-36A2-1.txt"
CORPUS = SEED.parent.parent / "corpus"
FRENCH_TEXT = "02_wtsa12-res62-fr-studylibfr.txt"
ARABIC_TEXT = "08_pp14-acp-67add1-arabic-vdocumentspub.txt"
OUTPUTS = {"proposal": HERE / "ARB-36A2-1.xml", "base": HERE / "R07-Hammamet-2016.xml",
           "french": HERE / "R62-MOD-fr.xml", "arabic": HERE / "ACP-67A1-ar.xml"}

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
    return copy_cover(COVER)


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


# -- 3. a French and an Arabic contribution, from the corpus --------------------------------------
#
# Real text where the corpus has it; every passage marked WRITTEN below was written for the
# example (examples/README.md lists them).

FRENCH_COVER = Cover(  # WRITTEN: the corpus text is the published resolution, without a contribution's cover
    conference="Assemblée mondiale de normalisation des télécommunications",
    acronym="AMNT-20",
    place_dates="Genève, 1-9 mars 2022",
    meeting="SÉANCE PLÉNIÈRE",
    document="40",
    addendum="1",
    date="1er février 2022",
    languages="français",
    source="Administration d'exemple",
    title="Proposition de modification de la Résolution 62 – Règlement des différends",
    abstract="Il est proposé de mettre à jour la Résolution 62 et d'y ajouter un considérant sur l'accès à un "
             "Internet abordable dans les pays en développement.",
)
FRENCH_HEADING = {  # the three date updates of a MOD, as in the English example
    "adoption": ("Rév. [-Dubaï, 2012-][+Genève, 2022+]",),
    "history": ("Dubaï, 2012[+; Genève, 2022+]",),
    "preamble": ("([-Dubaï, 2012-][+Genève, 2022+])",),
}
FRENCH_REST_OF_A = " y restent inférieurs à ceux des pays développés;"  # WRITTEN: the excerpt stops mid-sentence
FRENCH_FOOTNOTE = ("Les pays en développement comprennent les pays les moins avancés, les petits Etats insulaires en "
                   "développement, les pays en développement sans littoral et les pays dont l'économie est en transition.")  # WRITTEN
FRENCH_B = ("que les différends relatifs aux télécommunications internationales peuvent freiner le développement de "
            "l'Internet,")  # WRITTEN: a stand-in for the rest of the preamble, which the excerpt does not have
FRENCH_NEW_C = ("que l'accès à un Internet abordable est essentiel au développement économique et social des pays en "
                "développement,")  # WRITTEN: the clause the proposal inserts
FRENCH_DECIDES = ("que les commissions d'études de l'UIT\u2011T poursuivent, dans leur domaine de compétence, leurs travaux "
                  "sur le règlement des différends.")  # WRITTEN: the resolution's operative part is not in the excerpt
FRENCH_REASONS = "Mettre à jour la Résolution 62 et tenir compte de l'accès à un Internet abordable."  # WRITTEN


def french_example(corpus: Path = CORPUS) -> Document:
    """A French MOD of Resolution 62 (Rév. Dubaï, 2012): the corpus text, its date updates and a new clause c) as marks."""
    imported = import_file(corpus / FRENCH_TEXT).document
    real = imported.proposals[0].resolution
    assert real is not None and imported.language == "fr"
    considering = real.sections[0]
    a = considering.clauses[0]
    # The excerpt's "développement 1, en": the 1 is the footnote reference of the printed text.
    before, after = a.text.text().split(" 1, ", 1)
    a_text = Inline([Span(before), Span("", footnote="1"), Span(", " + after + FRENCH_REST_OF_A)])
    base = Resolution(
        body=real.body, number=real.number.text(), adoption=real.adoption.text(), title=Inline(real.title.spans),
        history=real.history.text(), preamble=real.preamble.text(),
        sections=[
            Section(considering.keyword.text(), "preambular", [Clause(a.label.text(), a_text), Clause("b)", FRENCH_B)]),
            Section(Words("fr", "WTSA").keyword("resolves"), "operative", [Clause("", FRENCH_DECIDES)]),
        ],
        footnotes=[Footnote("1", FRENCH_FOOTNOTE)],
    )
    doc = Document([Proposal("MOD", "XYZ/40A1/1", base, reasons=FRENCH_REASONS)], copy_cover(FRENCH_COVER), language="fr")
    session = EditSession(doc, author="XYZ", tracking=True, clock=lambda: DATE)
    for name, marks in FRENCH_HEADING.items():
        with session.transaction(f"Update the {name}"):
            text = getattr(base, name)
            apply_marks(session, text, marks, shown_with_marks(text.text(), marks))
    with session.transaction("Add considering c)"):
        section = base.sections[0]
        b_text = section.clauses[1].text
        session.replace_text(b_text, len(b_text.text("final")) - 1, len(b_text.text("final")), ";")
        session.insert_node(section, "clauses", 2, Clause("c)", FRENCH_NEW_C))
    return doc


def shown_with_marks(original: str, marks: tuple[str, ...]) -> str:
    """The text a reading is applied to: `original` with the inserted pieces of each reading shown in place."""
    out = original
    for fragment in marks:
        parts = pieces(fragment)
        plain = "".join(text for kind, text in parts if kind != "ins")
        out = out.replace(plain, "".join(text for _, text in parts), 1)
    return out


class Words:
    """A language's words for the examples, from its data file (editor.languages)."""

    def __init__(self, code: str, body: str | None = None) -> None:
        self.language = load_language(code)
        self.body = body

    def keyword(self, concept: str) -> str:
        """The first form of `concept` that agrees with the body."""
        return next(k.text for k in self.language.keyword_forms(self.body) if k.concept == concept)

    def enacting(self, place: str, year: str) -> str:
        assert self.body is not None
        return self.language.bodies[self.body].enacting.text.replace("{place}", place).replace("{year}", year)


ARABIC_INTRODUCTION_END = "مام جميع الدول الأعضاء."  # WRITTEN: the excerpt stops in the word "أ(مام)"
ARABIC_PLACE, ARABIC_YEAR = "بوسان", "2014"
ARABIC_TEXT_CLAUSES = {  # WRITTEN: the ACP proposals are not in the excerpt; the keywords come from ar.toml
    "considering": ["أن القرار 163 (غوادالاخارا، 2010) أنشأ فريق العمل التابع للمجلس المعني بوضع دستور مستقر للاتحاد؛",
                    "أن استقرار الدستور يخفف عبء التصديق على الدول الأعضاء،"],
    "noting": ["التقرير الذي أعده فريق العمل التابع للمجلس وعرضه على هذا المؤتمر،"],
    "resolves": ["أن يواصل الاتحاد دراسة الأحكام التي يمكن نقلها من الدستور إلى صك آخر؛",
                 "أن تُعرض نتائج هذه الدراسة على مؤتمر المندوبين المفوضين المقبل،"],
    "instructs": ["الأمين العام أن يقدم تقريراً عن تنفيذ هذا القرار إلى المجلس في دورته السنوية."],
}
ARABIC_REASONS = "إتاحة دستور مستقر للاتحاد لا يتطلب تعديله في كل مؤتمر للمندوبين المفوضين."  # WRITTEN


def arabic_example(corpus: Path = CORPUS) -> Document:
    """An Arabic ADD contribution: corpus 08's cover and introduction, a draft new resolution in ar.toml's keywords."""
    lines = [line.strip() for line in (corpus / ARABIC_TEXT).read_text(encoding="utf-8").splitlines()]
    start = next(i for i, line in enumerate(lines) if line.startswith("مؤتمر المندوبين المفوضين"))
    cover_lines = [line for line in lines[start:] if line]
    conference_line, meeting, addendum_line, date, original, source, proposals_title, title, _, introduction = cover_lines[:10]
    conference, place_dates = conference_line.split("(PP-14)")
    addendum = re.fullmatch(r"الإضافة (\d+) ?للوثيقة (\d+)-A", addendum_line)
    assert addendum is not None, addendum_line
    w = Words("ar", "PP")
    cover = Cover(
        conference=conference.strip(), acronym="PP-14", place_dates=place_dates.strip(), meeting=meeting,
        document=addendum.group(2), addendum=addendum.group(1), date=date,
        languages=original.split(":", 1)[1].strip(), source=source, title=f"{proposals_title} – {title}",
        abstract=introduction + ARABIC_INTRODUCTION_END,
    )
    kinds = {"considering": "preambular", "noting": "preambular", "resolves": "operative", "instructs": "operative"}
    sections = []
    for concept, texts in ARABIC_TEXT_CLAUSES.items():
        kind = kinds[concept]
        labels = [letter(n) if kind == "preambular" else str(n + 1) for n in range(len(texts))] if len(texts) > 1 else [""]
        sections.append(Section(w.keyword(concept), "preambular" if kind == "preambular" else "operative",
                                [Clause(label, text) for label, text in zip(labels, texts, strict=True)]))
    resolution = Resolution(body="PP", number="[ACP-1]", title=title, preamble=w.enacting(ARABIC_PLACE, ARABIC_YEAR),
                            sections=sections, draft=True)
    return Document([Proposal("ADD", "ACP/67A1/1", resolution, reasons=ARABIC_REASONS)], cover, language="ar")


def copy_cover(cover: Cover) -> Cover:
    return Cover(**{name: getattr(cover, name) for name in Cover.FIELDS})


def build_languages(corpus: Path = CORPUS) -> dict[Path, bytes]:
    """The French and the Arabic example, from the corpus texts."""
    return {OUTPUTS["french"]: to_bytes(french_example(corpus)), OUTPUTS["arabic"]: to_bytes(arabic_example(corpus))}


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
    for path, data in (build(args.seed) | build_languages(args.seed.parent.parent / "corpus")).items():
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
