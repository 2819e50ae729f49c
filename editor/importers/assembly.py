"""Building the model from paragraphs: where the importer judges context.

The assembler walks the paragraphs once, in a few states (before a
resolution, its header, its sections, an annex, Reasons, a repeated copy),
and decides what each one is from its shape and its neighbours: a title
line or a clause, a clause number or a page number, a new paragraph or a
hard line break.  It keeps every character the drafter typed (labels exactly
as typed, flattened revision marks as plain text) and never adds any: a
section whose keyword was lost keeps an empty keyword, clauses whose labels
were lost stay unlabelled, and what it cannot place becomes a note of the
proposal.  Each such judgement is a message naming the line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Literal

from editor.importers.annexes import DraftAnnex
from editor.importers.cleaning import SourceLine
from editor.importers.footnotes import BODY, REFERENCE, references, with_references
from editor.importers.markers import LabelMatch, families, find_label, letter_follows, roman_follows
from editor.importers.messages import ImportMessage, Start
from editor.importers.recognise import (
    ENGLISH,
    NumberLine,
    ProposalLine,
    annex_heading,
    enacting_formula,
    keyword_kind,
    number_line,
    opens_history,
    opens_preamble,
    proposal_line,
    proposal_row,
    reasons_line,
)
from editor.importers.vocabulary import SCHEMA_BODIES, Vocabulary
from editor.model.nodes import (
    MAX_ITEM_LEVEL,
    Action,
    Clause,
    Cover,
    Document,
    Footnote,
    Note,
    Proposal,
    Resolution,
    Section,
    SectionKind,
)

State = Literal["start", "header", "body", "annex", "reasons", "repeat"]
MAX_TITLE_LINES = 3  # a title broken over more lines than this is not a title
CLAUSE_END = ";:."
Starts = list[Start]  # where each built node starts in the source, parents before children
_LIST_NUMBER = re.compile(r"^(?P<number>\d{1,3}\.)\s+(?=\S)(?!\d)")
# A date in parentheses whose place names or years run together: "(Rev. HyderabadDubai, 20140)", "(Dubai, 2014Buenos Aires, 2017)".
_RUN_TOGETHER = re.compile(r"\((?=[^()]*,\s*\d{4})[^()]*?(?:[a-z][A-Z][a-z]|\d{4}[A-Z]|\b\d{5}\b)[^()]*\)")
_BODY_IN_EDITION = re.compile(r"\b(WRC|WTSA|WTDC|PP|RA)-\d{2,4}\b")


@dataclass
class DraftClause:
    label: str
    text: str
    line: int
    family: str = ""
    items: list[DraftClause] = field(default_factory=list)

    def build(self, starts: Starts) -> Clause:
        at = len(starts)
        clause = Clause(self.label, with_references(self.text), [item.build(starts) for item in self.items])
        starts.insert(at, (self.line, clause.uid, None))
        return clause

    def name(self) -> str:
        return f"'{self.label}'" if self.label else "the unlabelled clause"

    def walk(self) -> list[DraftClause]:
        return [self, *(c for item in self.items for c in item.walk())]


@dataclass
class DraftSection:
    keyword: str
    kind: SectionKind | None  # None: the keyword was lost; decided from the sections around it
    line: int
    clauses: list[DraftClause] = field(default_factory=list)

    def build(self, starts: Starts, kind: SectionKind) -> Section:
        at = len(starts)
        section = Section(self.keyword, kind, [c.build(starts) for c in self.clauses])
        starts.insert(at, (self.line, section.uid, None))
        return section


@dataclass
class DraftResolution:
    line: int
    heading: NumberLine
    title: list[str] = field(default_factory=list)
    title_lines: list[int] = field(default_factory=list)
    history: list[str] = field(default_factory=list)
    preamble: list[str] = field(default_factory=list)
    sections: list[DraftSection] = field(default_factory=list)
    annexes: list[DraftAnnex] = field(default_factory=list)
    footnotes: dict[str, str] = field(default_factory=dict)  # key -> text ("" when the text is not in the source)
    fragment: bool = False  # the text starts inside it: no heading, no preamble
    raw: str = ""  # the number line as typed

    def heading_text(self) -> str:
        return self.raw or self.heading.number

    def empty(self) -> bool:
        """Only a number line and perhaps a title: a mention of the resolution, not its text."""
        return not self.preamble and not self.sections and not self.history and not self.annexes

    def build(self, vocab: Vocabulary, default_body: str, starts: Starts) -> Resolution:
        history = " ".join(self.history)
        history = history[1:-1] if history.endswith(")") else history[1:]
        preamble = " ".join(self.preamble)
        body = vocab.body_of(preamble) if preamble else default_body
        if not preamble and (named := _BODY_IN_EDITION.search(self.heading.adoption)) and named.group(1) in SCHEMA_BODIES:
            body = named.group(1)  # "RESOLUTION 1 (REV.WRC-97)": a WRC resolution
        at = len(starts)
        kinds = section_kinds(self.sections, self.fragment)
        resolution = Resolution(
            body=body,
            draft=self.heading.draft,
            number=self.heading.number,
            adoption=self.heading.adoption,
            title="\n".join(self.title),
            history=history,
            preamble=with_references(preamble),
            sections=[s.build(starts, kind) for s, kind in zip(self.sections, kinds, strict=True)],
            annexes=[a.build(starts) for a in self.annexes],
            footnotes=[Footnote(key, text) for key, text in self.footnotes.items()],
        )
        starts.insert(at, (self.line, resolution.uid, None))
        return resolution


def section_kinds(sections: list[DraftSection], fragment: bool) -> list[SectionKind]:
    """The kind of each section; one whose keyword was lost takes it from its neighbours.

    Preambular sections come before operative ones, so a section followed by
    a preambular one is preambular; a numbered one followed only by operative
    sections (or opening a fragment) is operative; otherwise preambular.
    """
    out: list[SectionKind] = []
    for i, section in enumerate(sections):
        if section.kind is not None:
            out.append(section.kind)
            continue
        later = [s.kind for s in sections[i + 1:] if s.kind is not None]
        numbered = bool(section.clauses) and all(c.label[:1].isdigit() for c in section.clauses)
        operative = numbered and "preambular" not in later and (bool(later) or fragment)
        out.append("operative" if operative else "preambular")
    return out


@dataclass
class DraftProposal:
    line: int
    action: Action | None = None
    identifier: str = ""
    from_proposal_line: bool = False
    notes: list[str] = field(default_factory=list)
    note_lines: list[int] = field(default_factory=list)  # the source line of each note
    resolution: DraftResolution | None = None
    reasons: str = ""
    reasons_line: int = 0  # of "Reasons:", 0 when the proposal has none

    def empty(self) -> bool:
        return not self.notes and self.resolution is None and not self.reasons

    def awaits_half(self) -> bool:
        """A proposal line with nothing after it yet: the other half of a line broken in two may follow."""
        return self.resolution is None and not self.reasons and all(n < self.line for n in self.note_lines)

    def unclaimed(self) -> bool:
        """Only notes so far, and no proposal line: what came before the first proposal line."""
        return not self.from_proposal_line and self.resolution is None and not self.reasons


class Assembler:
    """One pass over the paragraphs; `run()` gives the result."""

    def __init__(self, lines: list[SourceLine], vocab: Vocabulary = ENGLISH, width: int = 0, unit: str = "line") -> None:
        self.lines = lines
        self.unit = unit  # what a source line is called in the messages: a "line" of text, a "paragraph" of a Word file
        self.vocab = vocab
        self.width = width  # the length of a full line of a hard-wrapped text, 0 when unknown
        self.messages: list[ImportMessage] = []
        self.starts: Starts = []  # filled by document(): where each built node starts in the source
        self.proposals: list[DraftProposal] = []
        self.state: State = "start"
        self.collecting: Literal["", "history", "preamble"] = ""
        self.open: list[DraftClause] = []  # the clause and sub-items the next line may continue
        self.pending_label: tuple[str, int] | None = None
        self.blank_before = False
        self.previous = ""  # the paragraph before this one, as it stood in the source
        self.buffer: list[tuple[LabelMatch, int, str]] = []  # labelled clauses before any heading: a fragment's start?
        self.note_run: tuple[int, str, int, ImportMessage] | None = None  # the message of the notes just kept, to extend
        self.last_note_line = 0

    # -- results -------------------------------------------------------------------------

    def report(self, line: int, message: str, quoted: str = "") -> None:
        self.messages.append(ImportMessage(line, message, quoted=quoted))

    def run(self) -> Document:
        for index, line in enumerate(self.lines):
            if not line.text:
                self.blank_before = True
                continue
            self.feed(index, line.number, line.text)
            self.previous = line.text
            self.blank_before = False
        self.flush_buffer()
        self.flush_pending_label()
        return self.document()

    def report_footnotes(self) -> None:
        """Say where a glued character was read as a footnote reference, and which footnotes have no text."""
        for draft in self.proposals:
            res = draft.resolution
            if res is None:
                continue
            keys: list[str] = []
            for section in res.sections:
                for clause in (c for top in section.clauses for c in top.walk()):
                    for m in (REFERENCE.finditer(clause.text) if references(clause.text) else ()):
                        word = clause.text[max(0, m.start() - 12):m.end()].split()[-1]
                        self.report(clause.line, f"'{word}': the '{m.group(0)}' read as a footnote reference")
                        keys.append(m.group(0))
            for key in dict.fromkeys(keys):
                if key not in res.footnotes:
                    res.footnotes[key] = ""
                    self.report(res.line, f"the text of footnote '{key}' is not in the text: the footnote is kept empty")

    def document(self) -> Document:
        self.report_footnotes()
        bodies = [self.vocab.body_of(" ".join(p.resolution.preamble)) for p in self.proposals if p.resolution and p.resolution.preamble]
        default_body = next((b for b in bodies if b != "OTHER"), "OTHER")
        proposals = []
        for draft in self.proposals:
            if draft.from_proposal_line and (draft.action is None or not draft.identifier):
                missing = "action symbol (ADD, MOD, SUP or NOC)" if draft.action is None else "identifier (such as ARB/36A2/1)"
                self.report(draft.line, f"the proposal line has no {missing}")
            at = len(self.starts)
            resolution = draft.resolution.build(self.vocab, default_body, self.starts) if draft.resolution else None
            notes = [Note(n) for n in draft.notes]
            proposal = Proposal(draft.action, draft.identifier, resolution, draft.reasons, notes)
            self.starts.insert(at, (draft.line, proposal.uid, None))
            self.starts.extend((line, note.uid, None) for line, note in zip(draft.note_lines, notes, strict=True))
            if draft.reasons_line:
                self.starts.append((draft.reasons_line, proposal.uid, "reasons"))
            proposals.append(proposal)
        if not self.proposals:
            self.report(1, "the text holds no proposal line, number line or section keyword: the document is empty")
        contribution = any(p.from_proposal_line for p in self.proposals)
        return Document(proposals, Cover() if contribution else None)

    # -- where things go --------------------------------------------------------------------

    @property
    def proposal(self) -> DraftProposal:
        if not self.proposals:
            self.proposals.append(DraftProposal(self.lines[0].number if self.lines else 1))
        return self.proposals[-1]

    @property
    def resolution(self) -> DraftResolution | None:
        return self.proposals[-1].resolution if self.proposals else None

    @property
    def section(self) -> DraftSection | None:
        res = self.resolution
        return res.sections[-1] if res is not None and res.sections else None

    def note(self, text: str, line: int, why: str) -> None:
        """Keep a line the importer cannot place, and say so: one message for a run of such lines."""
        proposal = self.proposal
        run = self.note_run
        if (run is not None and run[1] == why and run[0] < len(self.messages) and self.messages[run[0]] is run[3]
                and run[0] == len(self.messages) - 1 and proposal.note_lines and proposal.note_lines[-1] == self.last_note_line):
            first = run[2]
            where = f"{self.unit}s {first} to {line}" if first != line else f"all on {self.unit} {line}"
            merged = replace(run[3], message=f"kept as unplaced paragraphs, {where}: {why}")
            self.messages[run[0]] = merged
            self.note_run = (run[0], why, first, merged)
        else:
            self.report(line, f"kept as an unplaced paragraph: {why}")
            self.note_run = (len(self.messages) - 1, why, line, self.messages[-1])
        proposal.notes.append(text)
        proposal.note_lines.append(line)
        self.last_note_line = line

    # -- dispatch ---------------------------------------------------------------------------

    def feed(self, index: int, line: int, text: str) -> None:
        proposal = proposal_line(text)
        if proposal is not None:
            self.on_proposal(proposal, line)
            if proposal.rest:
                self.feed(index, line, proposal.rest)
            return
        row = proposal_row(text)
        if row is not None:
            found, cells, marks = row
            self.on_proposal(found, line)
            named = " and ".join(f"'{c}'" for c in (cells, marks) if c)
            self.report(line, f"'{text}' read as a table row holding a proposal's action ({found.action}); its other cells "
                              f"{named} are not kept", quoted=f"{cells} {marks}")
            return
        heading = number_line(text, self.vocab)
        if heading is not None and self.heading_allowed(text):
            self.on_number(heading, line, text)
            return
        if self.state == "repeat":
            self.note(text, line, "part of the second copy of the resolution above")
            return
        reasons = reasons_line(text, self.vocab)
        if reasons is not None:
            self.on_reasons(reasons, line)
            return
        if self.state == "reasons":
            self.add_reasons(text)
            return
        if annex_heading(text, self.vocab) and self.resolution is not None and self.state in ("body", "annex"):
            self.flush_pending_label()
            self.resolution.annexes.append(DraftAnnex([text], line))
            self.state, self.open = "annex", []
            return
        if self.state == "annex":
            assert self.resolution is not None
            self.resolution.annexes[-1].add_line(text, line)
            return
        if self.state == "start" and enacting_formula(text, self.vocab):
            self.on_headless_preamble(text, line)
            return
        if self.state == "header" and self.on_header(text, line):
            return
        if self.state == "body" and self.on_footnote_text(text, line):
            return
        listed = _LIST_NUMBER.match(text) if self.state == "body" else None
        if listed is not None:
            number = listed.group("number")
            self.report(line, f"removed '{number}', read as the number of a web page's list standing where the clause's "
                              "label was lost", quoted=number)
            text = text[listed.end():]
        keyword = keyword_kind(text, self.vocab)
        if keyword is not None and self.state == "start" and not keyword[1]:
            keyword = None  # a word of keyword shape in a cover or foreword is just text
        if keyword is not None and (self.pending_label is None or keyword[1]) and self.ends_paragraph():
            self.on_keyword(text, keyword[0], keyword[1], line)
            return
        label = find_label(text)
        if label is not None and (label.strong or self.ends_paragraph()):
            self.on_label(label, index, line, text)
            return
        self.on_text(text, line)

    def heading_allowed(self, text: str) -> bool:
        """A number line starts a resolution where one can start, or in capitals anywhere."""
        if self.state in ("start", "header", "repeat") or text.split()[0].isupper():
            return True
        res = self.resolution
        return res is not None and not res.preamble and not res.sections

    def ends_paragraph(self) -> bool:
        """Whether the text so far ends a clause, so the next line starts a new one."""
        if not self.open:
            return True
        return self.open[-1].text.rstrip()[-1:] in self.vocab.clause_end

    # -- proposals, number lines, header ----------------------------------------------------

    def on_proposal(self, found: ProposalLine, line: int) -> None:
        self.flush_buffer()
        self.flush_pending_label()
        current = self.proposals[-1] if self.proposals else None
        halves = found.action is None or not found.identifier
        if halves and current is not None and current.from_proposal_line and current.awaits_half():
            if found.action is not None and current.action is None:
                current.action = found.action
            elif found.identifier and not current.identifier:
                current.identifier = found.identifier
            else:
                current = None
        else:
            current = None
        if current is None and self.proposals and self.proposals[-1].unclaimed():
            current = self.proposals[-1]  # text kept before the first proposal line belongs to it
            current.line, current.action, current.identifier, current.from_proposal_line = line, found.action, found.identifier, True
        if current is None:
            self.proposals.append(DraftProposal(line, found.action, found.identifier, True))
        if found.note:
            self.report(line, found.note)
        self.state, self.collecting, self.open = "start", "", []

    def on_number(self, heading: NumberLine, line: int, text: str) -> None:
        self.flush_buffer()
        self.flush_pending_label()
        earlier = self.resolution
        if earlier is not None and not self.proposal.reasons and earlier.empty() and not earlier.fragment:
            self.demote(earlier)  # a number line with nothing after it: a title or cover mention, not the text
        elif self.state != "start" and self.repeats(heading):
            self.report(line, f"'{text}' repeats the number line of the resolution read above: the text from here is a "
                              "second copy of it, kept as unplaced paragraphs")
            self.note(text, line, "part of the second copy of the resolution above")
            self.state, self.open = "repeat", []
            return
        if not self.proposals or self.proposal.resolution is not None or self.proposal.reasons:
            self.proposals.append(DraftProposal(line))
        if heading.page:
            self.report(line, f"removed '{heading.page}' glued before the number line, read as a page number", quoted=heading.page)
        self.describe_heading(heading, line)
        self.proposal.resolution = DraftResolution(line, replace(heading, page="", remarks=""), raw=text)
        if heading.remarks:
            self.note(heading.remarks, line, "a remark in parentheses after the number line")
        self.state, self.collecting, self.open = "header", "", []

    def describe_heading(self, heading: NumberLine, line: int) -> None:
        """Say how a heading word other than RESOLUTION was read, since the document prints RESOLUTION."""
        word = " ".join(heading.word.split())
        if heading.decision:
            self.report(line, f"'{word} {heading.number}' read as the number line of a decision; the editor holds it as a "
                              "resolution and prints RESOLUTION", quoted=word)
        elif word.upper() not in ("RESOLUTION", "DRAFT NEW RESOLUTION", "DRAFT RESOLUTION"):
            printed = self.vocab.language.fixed_word("resolution")
            lost = f" ({printed} with its accented letters lost)" if word.upper() != printed.upper() else ""
            self.report(line, f"'{word}' read as the heading word of the number line{lost}; the document prints RESOLUTION "
                              "until it records its language", quoted=word)

    def repeats(self, heading: NumberLine) -> bool:
        """Whether a number line repeats a resolution already read in this proposal group (a second copy)."""
        res = self.resolution
        return res is not None and not res.empty() and res.heading.number == heading.number and bool(heading.number)

    def demote(self, res: DraftResolution) -> None:
        """Turn a resolution that got only a number line (and a title) into notes, in source order."""
        proposal = self.proposal
        proposal.resolution = None
        kept = [(res.line, res.heading_text()), *zip(res.title_lines, res.title, strict=True)]
        for line, _ in kept:
            self.report(line, "kept as an unplaced paragraph: a number line or title with no resolution text after it "
                              "(a cover page or title mention)")
        merged = sorted([*zip(proposal.note_lines, proposal.notes, strict=True), *kept])
        proposal.note_lines, proposal.notes = [n for n, _ in merged], [t for _, t in merged]

    def on_headless_preamble(self, text: str, line: int) -> None:
        """An enacting formula with no number line before it: a resolution whose heading was lost."""
        self.flush_buffer()
        self.flush_pending_label()
        if not self.proposals or self.proposal.resolution is not None or self.proposal.reasons:
            self.proposals.append(DraftProposal(line))
        res = DraftResolution(line, NumberLine("", "", False))
        proposal = self.proposal
        self.report(line, "a preamble with no number line (RESOLUTION …) before it: the heading was lost, the resolution has no number")
        if proposal.notes and proposal.note_lines[-1] < line and self.previous == proposal.notes[-1] and _title_like(self.previous):
            res.title, res.title_lines = [proposal.notes.pop()], [proposal.note_lines.pop()]
            self.report(res.title_lines[0], f"'{res.title[0]}' read as the title: it stands just before the preamble")
        res.preamble.append(text)
        proposal.resolution = res
        self.state, self.collecting, self.open = "body", "", []

    def on_header(self, text: str, line: int) -> bool:
        """Title, history line and preamble; False when the line belongs to the body."""
        res = self.resolution
        assert res is not None
        if self.collecting:
            if keyword_kind(text, self.vocab) is not None or (self.collecting == "history" and opens_preamble(text, self.vocab)):
                closing = "a closing parenthesis" if self.collecting == "history" else "a comma"
                self.report(line, f"the {self.collecting} line above this one does not end with {closing}")
                self.collecting = ""
                return self.on_header(text, line)
            target = res.history if self.collecting == "history" else res.preamble
            target.append(text)
            if text.endswith(")" if self.collecting == "history" else (",", "،", "，")):
                self.collecting = ""
                if target is res.preamble:
                    self.state = "body"
            return True
        paren = text.startswith("(") and text.endswith(")")
        if paren and not res.title and not res.history and not res.heading.adoption:
            res.heading = replace(res.heading, adoption=text[1:-1].strip())  # "(Rev. Hammamet, 2016)" under "RESOLUTION 7"
            return True
        if not res.history and not res.preamble and opens_history(text):
            res.history.append(text)
            self.collecting = "" if text.endswith(")") else "history"
            return True
        if paren and not res.title and not res.history:
            self.note(text, line, "a remark in parentheses under the number line")  # "(approved at the Eleventh Plenary Meeting)"
            return True
        if not res.preamble and opens_preamble(text, self.vocab):
            res.preamble.append(text)
            if text.endswith((",", "،", "，")):
                self.state = "body"
            else:
                self.collecting = "preamble"
            return True
        heading_open = not res.history and not res.preamble and len(res.title) < MAX_TITLE_LINES
        if heading_open and keyword_kind(text, self.vocab) is None and find_label(text) is None:
            res.title.append(text)
            res.title_lines.append(line)
            return True
        self.state = "body"
        return False

    # -- sections and clauses ------------------------------------------------------------

    def on_keyword(self, text: str, kind: SectionKind, known: bool, line: int) -> None:
        self.flush_pending_label()
        if self.resolution is None or self.state == "start":
            if self.buffer:
                self.start_fragment(line)
            else:
                self.report(line, "the section keyword comes before any number line (RESOLUTION …); the resolution has no number")
                self.on_number(NumberLine("", "", False), line, text)
        if not known:
            self.report(line, f"'{text}' read as a section keyword ({kind}), a word this importer does not know")
        assert self.resolution is not None
        self.resolution.sections.append(DraftSection(text, kind, line))
        self.state, self.collecting, self.open = "body", "", []

    def start_fragment(self, line: int) -> None:
        """The text began inside a resolution: the clauses before the first keyword form a section without it."""
        buffered, self.buffer = self.buffer, []
        self.on_number(NumberLine("", "", False), buffered[0][1], "")
        res = self.resolution
        assert res is not None
        res.fragment = True
        labels = ", ".join(found.label for found, _, _ in buffered)
        self.report(buffered[0][1], f"the text starts inside a resolution (no number line, no preamble): the clauses {labels} "
                                    "before the first keyword belong to a section that began earlier; kept in a section "
                                    "without keyword, their labels as typed")
        self.state = "body"
        res.sections.append(DraftSection("", None, buffered[0][1]))
        for found, at, text in buffered:
            self.add_clause(found.label, found.rest, at, text)

    def flush_buffer(self) -> None:
        """Labelled paragraphs before any heading that no keyword followed: cover text."""
        buffered, self.buffer = self.buffer, []
        for _, line, text in buffered:
            self.note(text, line, "a labelled paragraph before any number line or section keyword (cover or introduction text)")

    def open_keywordless(self, line: int) -> DraftSection:
        """A section whose keyword was lost in the copy: kept with an empty keyword, and said."""
        assert self.resolution is not None
        section = DraftSection("", None, line)
        self.resolution.sections.append(section)
        self.open = []
        self.report(line, "a section without its keyword (lost in the copy): kept without one rather than guessed; "
                          "the checks ask for it")
        return section

    def on_label(self, found: LabelMatch, index: int, line: int, text: str) -> None:
        if self.state == "start" and found.rest:
            self.buffer.append((found, line, text))  # a fragment's first clauses, or cover text: the next lines tell
            return
        if not found.rest:
            if self.state == "start" and not found.label.isdigit() and found.label[:1].isdigit():
                self.note(text, line, "a number before any number line (RESOLUTION …), not a page number")  # "30.05.16"
                return
            if families(found.label) == {"number"} and self.is_page_number(index):
                self.report(line, f"removed '{found.label}', read as a page number", quoted=found.label)
                return
            self.flush_pending_label()
            self.pending_label = (found.label, line)
            return
        self.flush_pending_label()
        self.add_clause(found.label, found.rest, line, text)

    def is_page_number(self, index: int) -> bool:
        """A bare number is a page number unless it stands where a clause starts and text follows."""
        if not self.ends_paragraph() or self.state != "body" or self.resolution is None:
            return True
        following = next((n.text for n in self.lines[index + 1:] if n.text), "")
        if not following:
            return True
        tests = (find_label, proposal_line, lambda t: keyword_kind(t, self.vocab), lambda t: number_line(t, self.vocab),
                 lambda t: reasons_line(t, self.vocab))
        return any(test(following) is not None for test in tests)

    def flush_pending_label(self) -> None:
        """A label whose text never came: keep it as a clause with empty text."""
        if self.pending_label is None:
            return
        label, line = self.pending_label
        self.pending_label = None
        self.report(line, f"the label '{label}' stands alone: no text follows it")
        self.add_clause(label, "", line, label)

    def add_clause(self, label: str, text: str, line: int, source: str) -> None:
        """Place a clause or sub-item: the level is told by the label's family.

        A label of a family already open is a sibling at that level ("c)" after
        "b)" and its dashes); another family opens a level below ("–" under
        "6").  A line ending with ":" announces sub-items, so what follows it
        goes below unless it continues the same family, and an ambiguous
        "i)" there is a roman numeral rather than the letter after "h)".
        A labelled clause right after the preamble, or after a section's
        closing comma, opens a section whose keyword was lost.
        """
        if self.state != "body" or self.resolution is None:
            self.note(source, line, "a labelled clause outside any section (no keyword such as 'considering' above it)")
            return
        section = self.section
        if section is None and not (self.resolution.preamble or self.resolution.fragment):
            self.note(source, line, "a labelled clause outside any section (no keyword such as 'considering' above it)")
            return
        restarts = label.strip("()") in ("a", "1") and not _continues(self.open[-1].label if self.open else "", label)
        if section is None or (restarts and len(self.open) == 1 and self.closes_section(self.open[-1], text)):
            section = self.open_keywordless(line)
        fams = families(label) if label else frozenset()
        clause = DraftClause(label, text, line)
        self.check_label(clause, section)
        deepest = self.open[-1] if self.open else None
        introduces = deepest is not None and deepest.text.rstrip().endswith(":")
        if introduces and len(fams) > 1:
            fams = frozenset({"roman"})
        if not (introduces and deepest is not None and deepest.family not in fams):
            for depth in range(len(self.open) - 1, -1, -1):
                if self.same_family(self.open[depth], label, fams):
                    clause.family = self.open[depth].family
                    siblings = section.clauses if depth == 0 else self.open[depth - 1].items
                    siblings.append(clause)
                    del self.open[depth:]
                    self.open.append(clause)
                    return
        if deepest is not None and (deepest.label or introduces):
            clause.family = "roman" if len(fams) > 1 else min(fams, default="")
            if len(self.open) > MAX_ITEM_LEVEL:
                self.report(line, f"'{label}' would be a fourth level of sub-items; kept at the third")
                self.open[-2].items.append(clause)
                self.open[-1] = clause
                return
            deepest.items.append(clause)
            self.open.append(clause)
            return
        clause.family = "letter" if len(fams) > 1 else min(fams, default="")
        section.clauses.append(clause)
        self.open = [clause]

    def closes_section(self, clause: DraftClause, following: str) -> bool:
        """Whether `clause` ended its section: a final comma where the next paragraph is no line wrap."""
        ends = clause.text.rstrip()[-1:]
        return ends in ",،，" and self.new_paragraph(following)

    def new_paragraph(self, following: str) -> bool:
        """Whether `following` starts a paragraph rather than continuing the line before it (hard-wrapped text).

        In a text whose lines wrap at a width, a line that ends short of it
        ended its paragraph: the next line's first word would have fitted.
        """
        if not self.width or self.blank_before:
            return True
        first = following.split()[0] if following.split() else ""
        return len(self.previous) + 1 + len(first) <= self.width

    def check_label(self, clause: DraftClause, section: DraftSection) -> None:
        """Report a label that looks like two run together by a flattened relettering ("cb)")."""
        core = clause.label.rstrip(")").lstrip("(")
        before = section.clauses[-1].label.rstrip(")") if section.clauses else ""
        if len(core) == 2 and core.isalpha() and core[0] != core[1] and core[1] < core[0] and len(before) == 1:
            self.report(clause.line, f"the label '{clause.label}' looks like two labels run together ('{core[0]})' and "
                                     f"'{core[1]})'), probably a relettering flattened in the copy; kept as typed")
        for m in _RUN_TOGETHER.finditer(clause.text):
            self.report(clause.line, f"'{m.group(0)}': place names or years run together, probably a revision mark flattened "
                                     "in the copy; kept as typed")

    @staticmethod
    def same_family(node: DraftClause, label: str, fams: frozenset[str]) -> bool:
        if not node.family or node.family not in fams:
            return False
        if len(fams) > 1:  # "i)", "v)", "x)": the letter or the numeral that follows
            follows = letter_follows if node.family == "letter" else roman_follows
            return follows(node.label, label)
        return True

    def on_footnote_text(self, text: str, line: int) -> bool:
        """A footnote's text at the foot of the page ("* Note: …"), for a reference met above."""
        m = BODY.match(text)
        res = self.resolution
        if m is None or res is None or not self.open or "\t" in text or not m.group("text")[:1].isupper():
            return False
        key = m.group("key")
        cited = {k for c in self.open for k in references(c.text)} | {k for c in self.section.clauses[-3:] for k in references(c.text)} if self.section else set()
        if key not in cited or res.footnotes.get(key):
            return False
        res.footnotes[key] = m.group("text")
        self.report(line, f"read as the text of footnote '{key}', referred to above")
        return True

    def on_text(self, text: str, line: int) -> None:
        if self.pending_label is not None:
            label, label_line = self.pending_label
            self.pending_label = None
            self.add_clause(label, text, label_line, f"{label}\t{text}")
            return
        if self.state == "start":
            self.flush_buffer()
            proposal = self.proposals[-1] if self.proposals else None
            if proposal is not None and proposal.from_proposal_line and not proposal.notes:
                self.note(text, line, "the proposal's text has no number line (RESOLUTION …): it concerns another provision")
            else:
                self.note(text, line, "text before any number line (RESOLUTION …) or after the proposal line")
            return
        if self.state != "body" or self.resolution is None:
            self.note(text, line, "text between the resolution's heading and its first section keyword")
            return
        section = self.section
        if section is None:
            res = self.resolution
            if text.rstrip().endswith(".") or not (res.preamble or res.fragment):  # a sentence, or no preamble above
                self.note(text, line, "text between the resolution's heading and its first section keyword")
                return
            section = self.open_keywordless(line)
        if not self.open:
            self.start_unlabelled(section, text, line)
            return
        deepest = self.open[-1]
        end = deepest.text.rstrip()[-1:]
        unlabelled = len(self.open) == 1 and all(not c.label for c in section.clauses)
        if unlabelled and self.closes_section(deepest, text):
            self.start_unlabelled(self.open_keywordless(line), text, line)
            return
        opener = text.split(None, 1)[0] if text.split() else ""
        lost = unlabelled and not section.keyword  # keywords and labels both lost: clauses only show by their openers
        if lost and end not in self.vocab.clause_end and end != "-" and opener in self.vocab.openers:
            self.report(deepest.line, "the clause above does not end with punctuation; its end may be lost in the copy")
            if deepest.text.split(None, 1)[0] in self.vocab.openers:
                self.start_unlabelled(section, text, line)
            else:
                self.start_unlabelled(self.open_keywordless(line), text, line)
            return
        if end not in CLAUSE_END:
            deepest.text = join_broken(deepest.text, text)
            return
        if unlabelled and end == "." and not text[:1].islower():
            self.note(text, line, f"a paragraph after the full stop that ends the clause {deepest.name()} of '{section.keyword}'")
            return
        if unlabelled:
            self.start_unlabelled(section, text, line)
            return
        if end in ";:":
            self.report(line, f"a line without a label after a complete clause; joined to clause {deepest.name()} above "
                              f"({self.unit} {deepest.line}) as a broken line")
            deepest.text = join_broken(deepest.text, text)
            return
        self.note(text, line, f"a paragraph without a label after the final clause {deepest.name()} of '{section.keyword}'")

    def start_unlabelled(self, section: DraftSection, text: str, line: int) -> None:
        clause = DraftClause("", text, line)
        section.clauses.append(clause)
        self.open = [clause]

    # -- Reasons ------------------------------------------------------------------------------

    def on_reasons(self, text: str, line: int) -> None:
        self.flush_buffer()
        self.flush_pending_label()
        proposal = self.proposal
        proposal.reasons_line = proposal.reasons_line or line
        if proposal.reasons and text:
            proposal.reasons += "\n" + text
        else:
            proposal.reasons = proposal.reasons or text
        self.state, self.collecting, self.open = "reasons", "", []

    def add_reasons(self, text: str) -> None:
        proposal = self.proposal
        if not proposal.reasons:
            proposal.reasons = text
        elif self.blank_before:
            proposal.reasons += "\n" + text
        else:
            proposal.reasons = join_broken(proposal.reasons, text)


def _title_like(text: str) -> bool:
    """Short, without final punctuation: a title rather than a sentence."""
    return 0 < len(text) <= 160 and text[-1] not in ".;:,)" and not text[:1].isdigit()


def _continues(previous: str, label: str) -> bool:
    """Whether `label` continues the list `previous` belongs to ("b)" after "a)"): the section goes on."""
    if not previous or not label:
        return False
    if previous[:1].isdigit() and label[:1].isdigit():
        return True
    return letter_follows(previous, label)


def join_broken(before: str, after: str) -> str:
    """Join a hard line break: one space, none after a word-internal hyphen ("standards-" / "development")."""
    before = before.rstrip()
    if len(before) >= 2 and before[-1] == "-" and before[-2].isalpha():
        return before + after
    return f"{before} {after}"
