"""Building the model from cleaned lines: where the importer judges context.

The assembler walks the lines once, in a few states (before a resolution,
its header, its sections, Reasons), and decides what each line is from its
shape and its neighbours: a title line or a clause, a clause number or a
page number, a new paragraph or a hard line break.  It keeps every
character the drafter typed (labels exactly as typed, flattened revision
marks as plain text) and never adds any; what it cannot place becomes a
note of the proposal with a message naming the line.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Literal

from editor.importers.annexes import DraftAnnex
from editor.importers.cleaning import SourceLine
from editor.importers.markers import LabelMatch, families, find_label, letter_follows, roman_follows
from editor.importers.messages import ImportMessage, Start
from editor.importers.vocabulary import Vocabulary
from editor.importers.recognise import (
    ENGLISH,
    NumberLine,
    ProposalLine,
    annex_heading,
    body_of,
    keyword_kind,
    number_line,
    opens_history,
    opens_preamble,
    proposal_line,
    reasons_line,
)
from editor.model.nodes import Action, Clause, Cover, Document, Note, Proposal, Resolution, Section, SectionKind

State = Literal["start", "header", "body", "annex", "reasons"]
MAX_TITLE_LINES = 3  # a title broken over more lines than this is not a title
MAX_ITEM_DEPTH = 3  # sub-items nest three levels below a clause (conventions §2.2)
CLAUSE_END = ";:."
Starts = list[Start]  # where each built node starts in the source, parents before children


@dataclass
class DraftClause:
    label: str
    text: str
    line: int
    family: str = ""
    items: list[DraftClause] = field(default_factory=list)

    def build(self, starts: Starts) -> Clause:
        at = len(starts)
        clause = Clause(self.label, self.text, [item.build(starts) for item in self.items])
        starts.insert(at, (self.line, clause.uid, None))
        return clause

    def name(self) -> str:
        return f"'{self.label}'" if self.label else "the unlabelled clause"


@dataclass
class DraftSection:
    keyword: str
    kind: SectionKind
    line: int
    clauses: list[DraftClause] = field(default_factory=list)

    def build(self, starts: Starts) -> Section:
        at = len(starts)
        section = Section(self.keyword, self.kind, [c.build(starts) for c in self.clauses])
        starts.insert(at, (self.line, section.uid, None))
        return section


@dataclass
class DraftResolution:
    line: int
    heading: NumberLine
    title: list[str] = field(default_factory=list)
    history: list[str] = field(default_factory=list)
    preamble: list[str] = field(default_factory=list)
    sections: list[DraftSection] = field(default_factory=list)
    annexes: list[DraftAnnex] = field(default_factory=list)

    def build(self, default_body: str, starts: Starts) -> Resolution:
        history = " ".join(self.history)
        history = history[1:-1] if history.endswith(")") else history[1:]
        preamble = " ".join(self.preamble)
        at = len(starts)
        resolution = Resolution(
            body=body_of(preamble) if preamble else default_body,
            draft=self.heading.draft,
            number=self.heading.number,
            adoption=self.heading.adoption,
            title="\n".join(self.title),
            history=history,
            preamble=preamble,
            sections=[s.build(starts) for s in self.sections],
            annexes=[a.build(starts) for a in self.annexes],
        )
        starts.insert(at, (self.line, resolution.uid, None))
        return resolution


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

    def unclaimed(self) -> bool:
        """Only notes so far, and no proposal line: what came before the first proposal line."""
        return not self.from_proposal_line and self.resolution is None and not self.reasons


class Assembler:
    """One pass over the lines; `document()` gives the result."""

    def __init__(self, lines: list[SourceLine], vocab: Vocabulary = ENGLISH, width: int = 0) -> None:
        self.lines = lines
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

    # -- results -------------------------------------------------------------------------

    def report(self, line: int, message: str) -> None:
        self.messages.append(ImportMessage(line, message))

    def run(self) -> Document:
        for index, line in enumerate(self.lines):
            if not line.text:
                self.blank_before = True
                continue
            self.feed(index, line.number, line.text)
            self.blank_before = False
        self.flush_pending_label()
        return self.document()

    def document(self) -> Document:
        bodies = [body_of(" ".join(p.resolution.preamble)) for p in self.proposals if p.resolution and p.resolution.preamble]
        default_body = next((b for b in bodies if b != "OTHER"), "OTHER")
        proposals = []
        for draft in self.proposals:
            if draft.from_proposal_line and (draft.action is None or not draft.identifier):
                missing = "action symbol (ADD, MOD, SUP or NOC)" if draft.action is None else "identifier (such as ARB/36A2/1)"
                self.report(draft.line, f"the proposal line has no {missing}")
            at = len(self.starts)
            resolution = draft.resolution.build(default_body, self.starts) if draft.resolution else None
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
        """Keep a line the importer cannot place, and say so."""
        self.proposal.notes.append(text)
        self.proposal.note_lines.append(line)
        self.report(line, f"kept as an unplaced paragraph: {why}")

    # -- dispatch ---------------------------------------------------------------------------

    def feed(self, index: int, line: int, text: str) -> None:
        proposal = proposal_line(text)
        if proposal is not None:
            self.on_proposal(proposal, line)
            if proposal.rest:
                self.feed(index, line, proposal.rest)
            return
        heading = number_line(text)
        if heading is not None and (self.state in ("start", "header") or text.split()[0].isupper()):
            self.on_number(heading, line)
            return
        reasons = reasons_line(text)
        if reasons is not None:
            self.on_reasons(reasons, line)
            return
        if self.state == "reasons":
            self.add_reasons(text)
            return
        if annex_heading(text) and self.resolution is not None and self.state in ("body", "annex"):
            self.flush_pending_label()
            self.resolution.annexes.append(DraftAnnex([text], line))
            self.state, self.open = "annex", []
            return
        if self.state == "annex":
            assert self.resolution is not None
            self.resolution.annexes[-1].add_line(text, line)
            return
        if self.state == "header" and self.on_header(text, line):
            return
        keyword = keyword_kind(text)
        if keyword is not None and (self.pending_label is None or keyword[1]) and self.ends_paragraph():
            self.on_keyword(text, keyword[0], keyword[1], line)
            return
        label = find_label(text)
        if label is not None and (label.strong or self.ends_paragraph()):
            self.on_label(label, index, line, text)
            return
        self.on_text(text, line)

    def ends_paragraph(self) -> bool:
        """Whether the text so far ends a clause, so the next line starts a new one."""
        if not self.open:
            return True
        return self.open[-1].text.rstrip()[-1:] in CLAUSE_END + ","

    # -- proposals, number lines, header ----------------------------------------------------

    def on_proposal(self, found: ProposalLine, line: int) -> None:
        self.flush_pending_label()
        current = self.proposals[-1] if self.proposals else None
        halves = found.action is None or not found.identifier
        if halves and current is not None and current.from_proposal_line and current.empty():
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

    def on_number(self, heading: NumberLine, line: int) -> None:
        self.flush_pending_label()
        if not self.proposals or self.proposal.resolution is not None or self.proposal.reasons:
            self.proposals.append(DraftProposal(line))
        self.proposal.resolution = DraftResolution(line, heading)
        self.state, self.collecting, self.open = "header", "", []

    def on_header(self, text: str, line: int) -> bool:
        """Title, history line and preamble; False when the line belongs to the body."""
        res = self.resolution
        assert res is not None
        if self.collecting:
            if keyword_kind(text) is not None or (self.collecting == "history" and opens_preamble(text)):
                closing = "a closing parenthesis" if self.collecting == "history" else "a comma"
                self.report(line, f"the {self.collecting} line above this one does not end with {closing}")
                self.collecting = ""
                return self.on_header(text, line)
            target = res.history if self.collecting == "history" else res.preamble
            target.append(text)
            if text.endswith(")" if self.collecting == "history" else ","):
                self.collecting = ""
                if target is res.preamble:
                    self.state = "body"
            return True
        if not res.title and not res.history and not res.heading.adoption and text.startswith("(") and text.endswith(")"):
            res.heading = replace(res.heading, adoption=text[1:-1].strip())  # "(Rev. Hammamet, 2016)" under "RESOLUTION 7"
            return True
        if not res.history and not res.preamble and opens_history(text):
            res.history.append(text)
            self.collecting = "" if text.endswith(")") else "history"
            return True
        if not res.preamble and opens_preamble(text):
            res.preamble.append(text)
            if text.endswith(","):
                self.state = "body"
            else:
                self.collecting = "preamble"
            return True
        heading_open = not res.history and not res.preamble and len(res.title) < MAX_TITLE_LINES
        if heading_open and keyword_kind(text) is None and find_label(text) is None:
            res.title.append(text)
            return True
        self.state = "body"
        return False

    # -- sections and clauses ------------------------------------------------------------

    def on_keyword(self, text: str, kind: SectionKind, known: bool, line: int) -> None:
        self.flush_pending_label()
        if self.resolution is None:
            self.report(line, "the section keyword comes before any number line (RESOLUTION …); the resolution has no number")
            self.on_number(NumberLine("", "", False), line)
        if not known:
            self.report(line, f"'{text}' read as a section keyword ({kind}), a word this importer does not know")
        assert self.resolution is not None
        self.resolution.sections.append(DraftSection(text, kind, line))
        self.state, self.collecting, self.open = "body", "", []

    def on_label(self, found: LabelMatch, index: int, line: int, text: str) -> None:
        if not found.rest:
            if families(found.label) == {"number"} and self.is_page_number(index):
                self.report(line, f"removed '{found.label}', read as a page number")
                return
            self.flush_pending_label()
            self.pending_label = (found.label, line)
            return
        self.flush_pending_label()
        self.add_clause(found.label, found.rest, line, text)

    def is_page_number(self, index: int) -> bool:
        """A bare number is a page number unless it stands where a clause starts and text follows."""
        if not self.ends_paragraph() or self.state != "body" or self.section is None:
            return True
        following = next((n.text for n in self.lines[index + 1:] if n.text), "")
        if not following:
            return True
        return any(test(following) is not None for test in (find_label, keyword_kind, proposal_line, number_line, reasons_line))

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
        """
        section = self.section
        if section is None or self.state != "body":
            self.note(source, line, "a labelled clause outside any section (no keyword such as 'considering' above it)")
            return
        fams = families(label) if label else frozenset()
        clause = DraftClause(label, text, line)
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
            if len(self.open) > MAX_ITEM_DEPTH:
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

    @staticmethod
    def same_family(node: DraftClause, label: str, fams: frozenset[str]) -> bool:
        if not node.family or node.family not in fams:
            return False
        if len(fams) > 1:  # "i)", "v)", "x)": the letter or the numeral that follows
            follows = letter_follows if node.family == "letter" else roman_follows
            return follows(node.label, label)
        return True

    def on_text(self, text: str, line: int) -> None:
        if self.pending_label is not None:
            label, label_line = self.pending_label
            self.pending_label = None
            self.add_clause(label, text, label_line, f"{label}\t{text}")
            return
        section = self.section
        if self.state == "start":
            self.note(text, line, "text before any number line (RESOLUTION …) or after the proposal line")
            return
        if section is None or self.state != "body":
            self.note(text, line, "text between the resolution's heading and its first section keyword")
            return
        if not self.open:
            clause = DraftClause("", text, line)
            section.clauses.append(clause)
            self.open = [clause]
            return
        deepest = self.open[-1]
        end = deepest.text.rstrip()[-1:]
        if end not in CLAUSE_END:
            deepest.text = join_broken(deepest.text, text)
            return
        if not deepest.label and len(self.open) == 1 and all(not c.label for c in section.clauses):
            clause = DraftClause("", text, line)
            section.clauses.append(clause)
            self.open = [clause]
            return
        if end in ";:":
            self.report(line, f"a line without a label after a complete clause; joined to clause {deepest.name()} above "
                              f"(line {deepest.line}) as a broken line")
            deepest.text = join_broken(deepest.text, text)
            return
        self.note(text, line, f"a paragraph without a label after the final clause {deepest.name()} of '{section.keyword}'")

    # -- Reasons ------------------------------------------------------------------------------

    def on_reasons(self, text: str, line: int) -> None:
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


def join_broken(before: str, after: str) -> str:
    """Join a hard line break: one space, none after a word-internal hyphen ("standards-" / "development")."""
    before = before.rstrip()
    if len(before) >= 2 and before[-1] == "-" and before[-2].isalpha():
        return before + after
    return f"{before} {after}"
