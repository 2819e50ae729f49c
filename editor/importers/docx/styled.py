"""A Word file in the ITU styles -> the document: each paragraph style names the element it is.

The styles are those the DOCX writer uses and the ITU's templates define
(../shared/docs/itu-conventions.md §1): Proposal, Res_No, Res_title,
Res_ref, Normal_after_title, Call, Normal (a clause: label TAB text),
enumlev1-3 (sub-items), Annex_No, Annex_title, Reasons, the cover page's
styles and footnote text; and the body of a long resolution such as
Resolution 1: Section_No and Section_title (a body section), heading 1-3,
Note, Figure (a paragraph holding a picture, or the figure's title),
Figure_legend, Table_NoTitle and the tables themselves, Appendix_No and
Appendix_title.  What the writer adds when it prints (the heading word of
the number line and its parentheses, those of the history line,
"Reasons:", the italic of clause letters, "ITU-T" with a non-breaking
hyphen) is taken off again, so a file this editor exported comes back as the
document it was.  Paragraphs in ITU styles the model has no element for
(Heading_i, Res_date, Title 2-4, equations …) and anything before the first
resolution that is no cover line (a publication's own cover and foreword)
are kept as unplaced paragraphs and reported by paragraph number.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from itertools import pairwise

from editor.export.blocks import MARK_JOINER
from editor.importers.docx.paragraphs import ROW_REVISED, TABLE_ROW, Paragraph, joined, row_spans
from editor.importers.docx.styles import BODY_STYLES
from editor.importers.messages import ImportMessage
from editor.importers.recognise import keyword_kind, number_line, proposal_line
from editor.importers.vocabulary import SCHEMA_BODIES, Vocabulary
from editor.languages import load as load_language
from editor.model.body import Cell, Figure, Heading, Part, Row, Table
from editor.model.body import Paragraph as Block
from editor.model.inline import Inline, Span, normalize, slice_spans, split_at
from editor.model.labels import SUFFIX_PATTERN
from editor.model.marks import Mark
from editor.model.nodes import (
    ACTIONS,
    Annex,
    Clause,
    Cover,
    Division,
    Document,
    Footnote,
    Node,
    Note,
    Proposal,
    Resolution,
    Section,
)

__all__ = ["StyledBuilder", "is_itu_styled"]

_CONFERENCE = re.compile(r"^(?P<name>.*?)\s*\((?P<acronym>[^()]*)\)$")
_SIGNATURE = ("ResNo", "Call", "Proposal", "Restitle", "Resref")
_COVER = ("Coverconference", "Coverline", "Source", "Title1")
_DIVISIONS = ("SectionNo", "AppendixNo")
_SECTION_LINE = re.compile(rf"^\w+\s+\d+{SUFFIX_PATTERN}?$")
_HEADINGS = {"Heading1": 1, "Heading2": 2, "Heading3": 3}


def is_itu_styled(paragraphs: list[Paragraph]) -> bool:
    """Whether the file uses the ITU styles for its structure (else the text recogniser reads it)."""
    return any(p.style in _SIGNATURE for p in paragraphs)


class StyledBuilder:
    """Builds the document from paragraphs whose styles say what they are; `messages` says what it could not place."""

    def __init__(self, paragraphs: list[Paragraph], footnotes: dict[str, list[Paragraph]], vocab: Vocabulary, header: str = "",
                 custom_marks: dict[str, str] | None = None) -> None:
        self.custom_marks = custom_marks or {}  # footnote key -> its custom mark (editor.model.nodes.Footnote.custom)
        self.paragraphs = paragraphs
        self.after = {a.number: b for a, b in pairwise(paragraphs)}  # the paragraph after each
        self.notes_of = footnotes
        self.vocab = vocab
        self.header = header
        self.messages: list[ImportMessage] = []
        self.starts: list[tuple[int, int]] = []  # (paragraph, uid) where each node starts
        self.cover: Cover | None = None
        self.proposals: list[Proposal] = []
        self.proposal: Proposal | None = None
        self.res: Resolution | None = None
        self.section: Section | None = None
        self.annex: Annex | None = None
        self.part: Part | None = None  # the body section open (SECTION 1 …), which takes the paragraphs after it
        self.figure: Figure | None = None  # the last figure, which takes a title or legend after it
        self.table_title: Inline | None = None  # a Table_NoTitle line waiting for its table
        self.clauses: list[Clause] = []  # the open clause at each level
        self.shift = 0  # list levels a division's list stands up by, when no paragraph above it holds it
        self.body = False  # inside content the model has no element for (after a style it cannot place)
        self.unplaced: list[tuple[int, str]] = []  # the current run of unplaced paragraphs: (number, why)
        self.marks: dict[int, Mark | None] = {}  # node uid -> the block mark of its paragraph
        self.before: Paragraph | None = None  # the last paragraph with text fed
        # the fixed words are read in the document's language, then in English (as the writer falls back)
        self.languages = tuple({lang.code: lang for lang in (vocab.language, load_language("en"))}.values())

    # -- helpers --------------------------------------------------------------------------------

    def report(self, number: int, message: str, uid: int | None = None) -> None:
        self.messages.append(ImportMessage(number, message, uid, unit="paragraph"))

    def start(self, para: Paragraph, node: Node) -> None:
        self.starts.append((para.number, node.uid))
        self.marks[node.uid] = para.mark

    def current_proposal(self) -> Proposal:
        if self.proposal is None:
            self.proposal = Proposal()
            self.proposals.append(self.proposal)
        return self.proposal

    def footnoted(self, spans: list[Span], para: Paragraph) -> list[Span]:
        """The spans with each Word footnote reference keyed, and the footnote added to the resolution."""
        out: list[Span] = []
        for span in spans:
            if span.footnote is None:
                out.append(span)
                continue
            res = self.res
            if res is None:
                self.report(para.number, "a footnote reference before any resolution is not kept (the footnote's text is kept as an unplaced paragraph)")
                text = self.footnote_text(span.footnote)[0]
                if text.text():
                    self.note(Inline(text.spans), para, "")
                continue
            if res.footnote(span.footnote) is None:
                text, mark = self.footnote_text(span.footnote)
                note = Footnote(span.footnote, text, self.custom_marks.get(span.footnote, ""))
                res.footnotes.append(note)
                note.parent = res
                self.marks[note.uid] = mark
                if mark is not None and span.mark is not None and (span.mark.kind, span.mark.author, span.mark.date) == (mark.kind, mark.author, mark.date):
                    span = replace(span, mark=None)  # the reference carries the note's own mark
            out.append(span)
        return normalize(out)

    def footnote_text(self, key: str) -> tuple[Inline, Mark | None]:
        paras = self.notes_of.get(key, [])
        return Inline(joined(paras)), paras[0].mark if paras else None

    def note(self, text: Inline, para: Paragraph, why: str) -> None:
        prop = self.current_proposal()
        note = Note(text)
        prop.notes.append(note)
        note.parent = prop
        self.start(para, note)
        if why:
            self.unplaced.append((para.number, why))

    def flush_unplaced(self) -> None:
        """One message for each run of unplaced paragraphs kept for the same reason."""
        runs: list[tuple[int, int, str]] = []
        for number, why in self.unplaced:
            if runs and runs[-1][2] == why:
                runs[-1] = (runs[-1][0], number, why)
            else:
                runs.append((number, number, why))
        for first, last, why in runs:  # the message names its first paragraph already; a run says where it ends
            self.report(first, f"kept as an unplaced paragraph: {why}" if first == last else
                        f"kept as unplaced paragraphs (paragraphs {first} to {last}): {why}")
        self.unplaced = []

    # -- the walk -------------------------------------------------------------------------------

    def run(self) -> Document:
        rows: dict[int, list[Paragraph]] = {}
        for para in self.paragraphs:
            if para.in_table:
                rows.setdefault(para.row, []).append(para)
                continue
            if rows:
                self.table(rows)
                rows = {}
            self.feed(para)
            if para.text().strip():
                self.before = para
            for box in para.boxes:
                self.note(Inline.plain(box), para, "the text of a text box")
        if rows:
            self.table(rows)
        self.flush_unplaced()
        document = Document(self.proposals, self.cover)
        header = running_body(self.header)
        for res in document.resolutions():
            if header and not res.preamble.spans:  # no enacting formula to name the body: the page header does
                res.body = header
        self.settle_marks(document)
        return document

    def table(self, rows: dict[int, list[Paragraph]]) -> None:
        """A table in a body section or an annex is kept as one; elsewhere each row is kept as a note with its marks."""
        division = self.division()
        for cells in rows.values():
            for para in cells:
                for note in para.notes:
                    if division is None or not note.startswith(ROW_REVISED):  # a table kept keeps its rows' marks
                        self.report(para.number, note)
        if division is None:
            for cells in rows.values():
                spans = row_spans(cells)
                if spans:  # the row as the text of a note (its mark that of the first cell), its revisions kept as marks
                    self.note(Inline(spans), cells[0], TABLE_ROW)
            return
        table = Table([], self.table_title or "")
        self.table_title = None
        first = next(iter(rows.values()))[0]
        for cells in rows.values():
            row = Row([], header=all(p.style == "Tablehead" for p in cells))
            row.parent = table
            table.rows.append(row)
            self.marks[row.uid] = cells[0].mark if all(same_mark(p.mark, cells[0].mark) for p in cells) else None
            for cell_paras in _cells(cells):
                cell = Cell(Inline(self.footnoted(joined(cell_paras), cell_paras[0])))
                cell.parent = row
                row.cells.append(cell)
                self.marks[cell.uid] = self.marks[row.uid]
        self.add_paragraph(division, table, first)
        self.clauses = []

    def feed(self, para: Paragraph) -> None:
        style = para.style
        for note in para.notes:
            self.report(para.number, note)
        if style in ("ResNo", "Proposal", "AnnexNo", "Reasons", *_DIVISIONS) or (style in _COVER and not self.proposals):
            self.flush_unplaced()
            self.body = False
        empty = (not para.text().strip(" \t\n\u00a0") and not any(s.footnote for s in para.spans) and para.mark is None
                 and not para.pictures)
        header = (style in ("Restitle", "Resref", "Normalaftertitle", "Call", "AnnexNo", "Annextitle") and self.res is not None
                  and not self.body)
        if empty and not header:
            return
        if (para.pictures and (self.division() is None or para.anchored) and style != "Figure") or (para.anchored and self.division() is None):
            self.report(para.number, "a picture " + ("anchored to the page" if para.anchored else "outside the body sections and "
                                                     "annexes of a resolution") + " is not kept")
            para.pictures = []
            if not para.text().strip():
                return
        if not self.proposals and (style in _COVER or (self.cover is not None and self.abstract(para.final()) is not None)):
            self.cover_line(para)
            return
        lost = self.lost_style(para)
        if lost is not None:
            style, what = lost
            self.report(para.number, f"'{para.final().strip()}' in style {para.style_name} after a whole inserted or deleted paragraph "
                                     f"is read as {what} (LibreOffice gives such a paragraph the style of the one before)")
            para.style = style
            if style in _DIVISIONS:
                self.flush_unplaced()
        body_handler = self.body_handler(para)
        if body_handler is not None:
            self.body = False
            body_handler(para)
            return
        if style in BODY_STYLES or (style == "Headingb" and self.res is not None and self.division() is None):
            self.body = True
            why = f"style {para.style_name}: the document has no element for it"
            self.note(Inline(self.footnoted(_with_label(para), para)), para, why)
            return
        if self.body:
            self.note(Inline(self.footnoted(_with_label(para), para)), para,
                      f"style {para.style_name} after a paragraph the document has no element for")
            return
        handler = {
            "Proposal": self.on_proposal, "ResNo": self.on_number, "Restitle": self.on_title, "Resref": self.on_history,
            "Normalaftertitle": self.on_preamble, "Call": self.on_keyword, "AnnexNo": self.on_annex, "Annextitle": self.on_annex_title,
            "Reasons": self.on_reasons, "enumlev1": self.on_item, "enumlev2": self.on_item, "enumlev3": self.on_item,
        }.get(style, self.on_normal)
        handler(para)

    # -- the body of a long resolution: sections, headings, notes, figures, tables, appendices ----

    def division(self) -> Division | None:
        """The body section or annex open, which takes provisions, headings, notes, tables and figures."""
        return self.part or self.annex

    def body_handler(self, para: Paragraph) -> Callable[[Paragraph], None] | None:
        """How a paragraph of the body is placed (None: by the resolution's own handlers)."""
        style = para.style
        if self.res is None:
            return None
        if style in _DIVISIONS:
            return self.on_division
        if style in ("Sectiontitle", "Appendixtitle"):
            return self.on_annex_title
        if self.division() is None:
            return None
        if style in _HEADINGS:
            return self.on_heading
        if style == "Note":
            return self.on_body_note
        if style in ("Figure", "Figuretitle") or para.pictures:
            return self.on_figure
        if style == "Figurelegend":
            return self.on_legend
        if style == "TableNotitle":
            return self.on_table_title
        return None

    def add_paragraph(self, division: Division, node: Block, para: Paragraph) -> None:
        division.paragraphs.append(node)
        node.parent = division
        self.start(para, node)

    def on_division(self, para: Paragraph) -> None:
        """SECTION 1 or Appendix I: a body section or an appendix opens."""
        res = self.res
        assert res is not None
        heading = Inline(self.footnoted(para.spans, para))
        if para.style == "SectionNo":
            self.part = Part(heading)
            res.parts.append(self.part)
            self.part.parent = res
            self.start(para, self.part)
            self.annex = None
        else:
            self.annex = Annex(heading, kind="appendix")
            res.annexes.append(self.annex)
            self.annex.parent = res
            self.start(para, self.annex)
            self.part = None
        self.section = self.figure = None
        self.clauses = []

    def on_heading(self, para: Paragraph) -> None:
        division = self.division()
        assert division is not None
        heading = self.labelled(para, 0, lambda label, text: Heading(label, text, _HEADINGS[para.style]))
        self.add_paragraph(division, heading, para)
        self.clauses = []
        self.figure = None

    def on_body_note(self, para: Paragraph) -> None:
        division = self.division()
        assert division is not None
        note = Note(Inline(self.footnoted(_with_label(para), para)))
        self.add_paragraph(division, note, para)
        self.clauses = []
        self.figure = None

    def on_figure(self, para: Paragraph) -> None:
        """A paragraph holding a picture opens a figure; a Figure paragraph of text is the title of the figure before it."""
        division = self.division()
        assert division is not None
        spans = self.footnoted(para.spans, para)
        text = Inline(spans).text("final").strip()
        if not para.pictures:
            if self.figure is not None and not self.figure.title.spans:
                _put(self.figure, "title", _trimmed(spans))
                self.figure = None  # the title ends the figure
            else:
                self.add_paragraph(division, Figure(None, Inline(_trimmed(spans))), para)
                self.report(para.number, "a figure title with no picture before it: kept as a figure without its picture")
            return
        for n, picture in enumerate(para.pictures):
            figure = Figure(picture, Inline(_trimmed(spans)) if text and n == len(para.pictures) - 1 else "")
            self.add_paragraph(division, figure, para)
            self.figure = figure
        if len(para.pictures) > 1:
            self.report(para.number, f"{len(para.pictures)} pictures in one paragraph: kept as {len(para.pictures)} figures")
        self.clauses = []

    def on_legend(self, para: Paragraph) -> None:
        figure = self.figure
        if figure is None:
            return self.on_body_note(para)
        _put(figure, "legend", self.footnoted(para.spans, para), line=True)
        return None

    def on_table_title(self, para: Paragraph) -> None:
        self.table_title = Inline(self.footnoted(para.spans, para))
        self.figure = None

    def lost_style(self, para: Paragraph) -> tuple[str, str] | None:
        """The style a paragraph lost to the whole inserted or deleted paragraph before it (LibreOffice's re-save gives
        it that one's), and what it is read as: a keyword line (Call), or a body section's number line ("Section 1bis"
        with a Section_title after it).  None when the paragraph keeps its own."""
        before = self.before
        if self.res is None or before is None or before.mark is None or para.style != before.style:
            return None
        text = para.final().strip()
        after = self.after.get(para.number)
        if para.style != "SectionNo" and after is not None and after.style == "Sectiontitle" and _SECTION_LINE.match(text):
            return "SectionNo", "a section's number line"
        found = keyword_kind(text, self.vocab) if para.style == "Normal" else None
        if found is not None and found[1] and not para.label and "\t" not in para.text() and len(text.split()) <= 6:
            return "Call", "a section keyword"
        return None

    # -- cover ----------------------------------------------------------------------------------

    def cover_line(self, para: Paragraph) -> None:
        cover = self.cover = self.cover or Cover()
        text = para.final()
        if para.style == "Coverconference":
            m = _CONFERENCE.match(text)
            cover.conference, cover.acronym = (m.group("name"), m.group("acronym")) if m else (text, "")
        elif para.style == "Source":
            cover.source = text
        elif para.style == "Title1":
            cover.title = text
        elif (abstract := self.abstract(text)) is not None:
            cover.abstract = abstract
        elif "\t" in text:
            left, right = (part.strip() for part in text.split("\t", 1))
            if left:
                cover.meeting = left
            doc = self.fixed_line(right, "addendum", number=r"\S+") or self.fixed_line(right, "document")
            original = self.fixed_line(right, "original")
            if doc:
                cover.document, cover.addendum = doc["document"], doc.get("number", "")
            elif original:
                cover.languages = original["language"].strip()
            elif right:
                cover.date = right
        elif not cover.place_dates:
            cover.place_dates = text.strip()
        else:
            self.report(para.number, f"a line of the cover page is not one of its fields: '{text}' is not kept")

    def fixed_line(self, text: str, name: str, **groups: str) -> dict[str, str] | None:
        """The placeholders of fixed word `name` ("Addendum {number} to Document {document}-{suffix}") read from `text`."""
        for language in self.languages:
            m = language.reading(name, **groups).fullmatch(text)
            if m:
                return m.groupdict()
        return None

    def abstract(self, text: str) -> str | None:
        """The cover's abstract, when `text` is the line the writer prints for it ("Abstract:", "Résumé:" …, a TAB, the text)."""
        for language in self.languages:
            word = language.filled("abstract")
            if word and text.startswith(word):
                return text.removeprefix(word).lstrip("\t ")
        return None

    # -- proposal and resolution ----------------------------------------------------------------

    def on_proposal(self, para: Paragraph) -> None:
        text = para.final()
        head, _, tail = text.partition("\t")
        if head.strip() in ACTIONS or (not head.strip() and tail):
            action = head.strip() or None
            identifier = tail.strip()
        else:
            found = proposal_line(text.strip())
            action, identifier = (found.action, found.identifier) if found else (None, "")
            if found is None:
                self.report(para.number, f"'{text}' in style Proposal is no proposal line (an action symbol and an identifier)")
        self.proposal = Proposal(action if action in ACTIONS else None, identifier)
        self.proposals.append(self.proposal)
        self.start(para, self.proposal)
        self.res = self.section = self.annex = self.part = self.figure = None
        self.clauses = []

    def on_number(self, para: Paragraph) -> None:
        prop = self.current_proposal()
        if prop.resolutions:
            prop = self.proposal = Proposal()
            self.proposals.append(prop)
        spans = self.footnoted(para.spans, para)
        markup = "".join(s.text for s in spans)
        parts = self.number_parts(markup)
        if parts is not None:
            (start, end), edition, draft = parts
            number = slice_spans(spans, start, end)
            adoption = slice_spans(spans, *edition) if edition else []
        else:
            draft = False
            found = number_line(para.final().strip(), self.vocab)
            number = [Span(found.number)] if found else spans
            adoption = [Span(found.adoption)] if found and found.adoption else []
            self.report(para.number, f"the number line '{para.final()}' is not in the form RESOLUTION N (Place, Year): "
                                     + ("read as far as it goes" if found else "kept whole as the number"))
        self.res = Resolution(number=Inline(_plain_format(number)), adoption=Inline(_plain_format(adoption)), draft=draft)
        prop.resolutions.append(self.res)
        self.res.parent = prop
        self.start(para, self.res)
        self.section = self.annex = self.part = self.figure = None
        self.clauses = []

    def number_parts(self, markup: str) -> tuple[tuple[int, int], tuple[int, int] | None, bool] | None:
        """Where the number and the edition stand in a number line as the writer prints it, and whether it is a draft.

        The inverse of `Language.number_parts` and `Language.brackets`:
        "RESOLUTION 7 (Rev. Hammamet, 2016)", "RÉSOLUTION 62 (Rév. Genève,
        2022)", "مشروع قرار جديد [ACP-1]", "第71号决议（2014年，釜山）".
        """
        for language in self.languages:
            opening, closing = language.brackets()
            opening = " " + opening if opening == "(" else opening
            for draft in (True, False):
                before, after = language.number_parts(draft)
                if not markup.casefold().startswith(before.casefold()):
                    continue
                open_at = markup.find(opening, len(before))
                edition = None
                end = len(markup)
                if open_at >= 0 and markup.endswith(closing):
                    edition, end = (open_at + len(opening), len(markup) - len(closing)), open_at
                elif closing in markup[len(before):] or opening.strip() in markup[len(before):]:
                    continue
                if not markup[:end].endswith(after) or end - len(after) <= len(before):
                    continue
                return (len(before), end - len(after)), edition, draft
        return None

    def on_title(self, para: Paragraph) -> None:
        res = self.res
        if res is None:
            return self.on_normal(para)
        _put(res, "title", self.footnoted(para.spans, para), line=True)
        return None

    def on_history(self, para: Paragraph) -> None:
        res = self.res
        if res is None:
            return self.on_normal(para)
        spans = self.footnoted(para.spans, para)
        trailing: list[Span] = []
        while spans and spans[-1].footnote is not None:
            trailing.insert(0, spans.pop())
        markup = "".join(s.text for s in spans)
        opening, closing = next(((o, c) for o, c in (lang.brackets() for lang in self.languages) if markup.startswith(o)), ("(", ")"))
        close = markup.rfind(closing)
        if markup.startswith(opening) and close > 0:
            after = markup[close + len(closing):]
            inside, rest = split_at(spans, close)
            if rest and rest[0].text.startswith(closing):
                rest = [replace(rest[0], text=rest[0].text[len(closing):]), *rest[1:]]
            rest = [s for s in rest if s.text or s.footnote is not None]
            # the footnote references after the parenthesis print after it, as the writer sets them
            if rest and rest[0].footnote is not None and all(s.footnote is not None or MARK_JOINER.match(s.text) for s in rest):
                trailing, text_after, after = [*rest, *trailing], [], ""  # "1, 1bis": the writer sets these after it too
            else:
                trailing = [s for s in rest if s.footnote is not None] + trailing
                text_after = [s for s in rest if s.footnote is None and s.text]
            if after.strip():
                self.report(para.number, f"'{after}' after the closing parenthesis of the history line is kept at its end, "
                                         "inside the parentheses")
            spans = [*slice_spans(inside, len(opening), close), *text_after]
        else:
            self.report(para.number, "the history line is not in parentheses: kept as it stands")
        _put(res, "history", [*spans, *trailing])
        return None

    def on_preamble(self, para: Paragraph) -> None:
        res = self.res
        if res is None or res.sections or res.preamble.spans:
            return self.on_normal(para)
        _put(res, "preamble", self.footnoted(para.spans, para))
        body = self.vocab.body_of(res.preamble.text("final"))
        header = running_body(self.header)
        res.body = header if body == "OTHER" and header else body
        return None

    def on_keyword(self, para: Paragraph) -> None:
        res = self.res
        if res is None:
            return self.on_normal(para)
        self.annex = None
        keyword = self.footnoted(para.spans, para)
        found = keyword_kind(para.final().strip(), self.vocab)
        kind = found[0] if found else ("operative" if any(s.kind == "operative" for s in res.sections) else "preambular")
        self.section = Section(Inline(keyword), kind)
        res.sections.append(self.section)
        self.section.parent = res
        self.start(para, self.section)
        self.clauses = []
        return None

    def on_annex(self, para: Paragraph) -> None:
        res = self.res
        if res is None:
            return self.on_normal(para)
        self.annex = Annex(Inline(self.footnoted(para.spans, para)))
        res.annexes.append(self.annex)
        self.annex.parent = res
        self.start(para, self.annex)
        self.section = self.part = self.figure = None
        self.clauses = []
        return None

    def on_annex_title(self, para: Paragraph) -> None:
        division = self.division()
        if division is None:
            return self.on_normal(para)
        _put(division, "title", self.footnoted(para.spans, para), line=True)
        return None

    def on_reasons(self, para: Paragraph) -> None:
        prop = self.current_proposal()
        spans = self.footnoted(para.spans, para)
        markup = "".join(s.text for s in spans)
        lead = len(markup) - len(markup.lstrip())
        m = self.vocab.reasons.match(markup[lead:].split("\n", 1)[0])  # "Reasons:", "Motifs:" … as the writer prints it
        spans = slice_spans(spans, lead + m.start("rest"), len(markup)) if m else spans
        _put(prop, "reasons", spans, line=True)
        self.res = self.section = self.annex = self.part = self.figure = None

    # -- clauses --------------------------------------------------------------------------------

    def labelled(self, para: Paragraph, level: int, make: Callable[[Inline, Inline], Clause] = Clause) -> Clause:
        spans = self.footnoted(para.spans, para)
        markup = "".join(s.text for s in spans)
        if para.label:
            label: list[Span] = [Span(para.label)]
            text = slice_spans(spans, 1, len(markup)) if markup.startswith("\t") else spans
        else:
            tab = markup.find("\t")
            head = (Inline(slice_spans(spans, 0, tab)).text("final").strip() or markup[:tab].strip()) if tab > 0 else ""
            if tab > 0 and head and len(head) <= 16 and " " not in head:
                label, text = slice_spans(spans, 0, tab), slice_spans(spans, tab + 1, len(markup))
            elif tab == 0:
                label, text = [], slice_spans(spans, 1, len(markup))
            else:
                label, text = [], spans
        if level == 0 and label and "".join(s.text for s in label)[:1].isalpha():
            label = [replace(s, italic=False) for s in label]  # the writer sets clause letters italic
        clause = make(Inline(normalize(label)), Inline(normalize(text)))
        self.start(para, clause)
        return clause

    def on_normal(self, para: Paragraph) -> None:
        division = self.division()
        if division is not None:
            clause = self.labelled(para, 1)
            division.paragraphs.append(clause)
            clause.parent = division
            self.clauses = [clause]
            self.figure = None
            self.shift = 0
            return
        if self.section is None:
            why = ("before the first proposal or resolution" if self.res is None and (self.proposal is None or not self.proposal.resolutions)
                   else f"style {para.style_name} between the heading of the resolution and its first section keyword")
            if self.proposal is not None and self.proposal.heading() and self.res is None and not self.proposal.resolutions:
                why = ""  # a paragraph under the proposal line: the writer's place for unplaced paragraphs
            self.note(Inline(self.footnoted(para.spans, para)), para, why)
            return
        clause = self.labelled(para, 0)
        self.section.clauses.append(clause)
        clause.parent = self.section
        self.clauses = [clause]

    def on_item(self, para: Paragraph) -> None:
        level = int(para.style[-1]) - self.shift
        division = self.division()
        if division is not None and level <= 0 and self.shift:  # the next item of a list that opens a division's text
            self.on_normal(para)
            self.shift = 1
            return None
        if (self.section is None and division is None) or not self.clauses:
            if division is not None:
                self.report(para.number, f"a list (style {para.style_name}) with no paragraph above it to hold it: its items are "
                                         "kept as paragraphs of their own, the items under them one level up")
                self.on_normal(para)
                self.shift = int(para.style[-1])
                return None
            if self.section is not None:
                self.report(para.number, f"a sub-item (style {para.style_name}) with no clause above it: kept as a clause")
            return self.on_normal(para)
        if level > len(self.clauses):
            self.report(para.number, f"a sub-item of level {level} under one of level {len(self.clauses) - 1}: kept one level down")
            level = len(self.clauses)
        parent = self.clauses[level - 1]
        item = self.labelled(para, level)
        parent.items.append(item)
        item.parent = parent
        self.clauses = [*self.clauses[:level], item]
        return None

    # -- marks ----------------------------------------------------------------------------------

    def settle_marks(self, document: Document) -> None:
        """Each node takes the block mark of its paragraph unless the block it stands in has the same one."""

        def visit(node: Node, inherited: Mark | None) -> None:
            own = self.marks.get(node.uid, inherited)
            if isinstance(node, Resolution) and node.uid not in self.marks:
                own = inherited
            node.change = None if same_mark(own, inherited) else own
            for kid in node.children():
                visit(kid, own)

        visit(document, None)


def same_mark(a: Mark | None, b: Mark | None) -> bool:
    """Whether two marks are one Word revision (kind, author and date), or both absent."""
    return (a is None and b is None) or (a is not None and b is not None and (a.kind, a.author, a.date) == (b.kind, b.author, b.date))


def _cells(paragraphs: list[Paragraph]) -> list[list[Paragraph]]:
    """The paragraphs of one row, grouped by cell (each cell's paragraphs follow each other; a new cell restarts)."""
    out: list[list[Paragraph]] = []
    for para in paragraphs:
        if not out or para.cell != out[-1][0].cell:
            out.append([para])
        else:
            out[-1].append(para)
    return out


def _put(node: Node, field: str, spans: list[Span], *, line: bool = False) -> None:
    """Set inline `field` of a node being built; with `line`, a further paragraph of it after a line break."""
    old: list[Span] = getattr(node, field).spans
    inline = Inline([*old, Span("\n"), *spans] if line and old else spans)
    inline.owner, inline.field = node, field
    setattr(node, field, inline)


def _trimmed(spans: list[Span]) -> list[Span]:
    """A title without the spaces and TABs around it."""
    text = "".join(s.text for s in spans)
    start, end = len(text) - len(text.lstrip(" \t")), len(text.rstrip(" \t"))
    return slice_spans(spans, start, end) if end > start else []


def running_body(header: str) -> str:
    """The body a running header names ("WTSA" of "WTSA – Resolution 7"), "" when none."""
    body, dash, _ = header.strip().partition(" – ")
    return body if dash and body in SCHEMA_BODIES else ""


def _with_label(para: Paragraph) -> list[Span]:
    """A paragraph kept whole: the label Word's numbering prints, a TAB, its text."""
    return [Span(para.label + "\t"), *para.spans] if para.label else para.spans


def _plain_format(spans: list[Span]) -> list[Span]:
    """Spans without the bold or italic the writer adds to fixed parts (the number line, Reasons)."""
    return normalize(replace(s, italic=False, bold=False) for s in spans)
