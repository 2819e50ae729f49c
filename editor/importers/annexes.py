"""Annexes and appendices: a heading, a title, then paragraphs.

Kept apart from the sections because its lines follow other rules: no
section keywords, no sub-item levels, and a paragraph may be a heading
without final punctuation ("1  Introduction"), so a line only continues the
paragraph above when it starts in lower case after unfinished text.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from editor.importers.markers import find_label
from editor.importers.messages import Start
from editor.model.body import Paragraph
from editor.model.nodes import Annex, Clause

_FINISHED = ".;:,?!)"


@dataclass
class DraftAnnex:
    heading: list[str]
    line: int = 0  # of the heading
    title: str = ""
    paragraphs: list[tuple[str, str]] = field(default_factory=list)  # (label, text)
    title_done: bool = False
    lines: list[int] = field(default_factory=list)  # where each paragraph starts

    def add_line(self, text: str, line: int = 0) -> None:
        """Place one line of the annex: heading continuation, title, or paragraph; `line` is its number in the source."""
        before = len(self.paragraphs)
        self._add(text)
        if len(self.paragraphs) > before:
            self.lines.append(line)

    def _add(self, text: str) -> None:
        if not self.title_done and not self.paragraphs:
            if text.startswith("(") and text.endswith(")") and not self.title:
                self.heading.append(text)  # "(to Resolution 7 (Rev. Geneva, 2022))"
                return
            if find_label(text) is None:
                self.title, self.title_done = text, True
                return
            self.title_done = True
        if self.title and not self.paragraphs and text[:1].islower() and self.title[-1] not in _FINISHED:
            self.title += "\n" + text  # a title over two lines, as in the resolution's heading
            return
        label = find_label(text)
        last = self.paragraphs[-1] if self.paragraphs else None
        if last is not None and not last[1]:
            self.paragraphs[-1] = (last[0], text)  # the text of a label typed on its own line
        elif label is not None and (label.strong or last is None or last[1].rstrip()[-1:] in _FINISHED):
            self.paragraphs.append((label.label, label.rest))
        elif last is not None and last[1].rstrip()[-1:] not in _FINISHED and text[:1].islower():
            self.paragraphs[-1] = (last[0], f"{last[1].rstrip()} {text}")
        else:
            self.paragraphs.append(("", text))

    def build(self, starts: list[Start]) -> Annex:
        """The annex; `starts` receives where the annex and each paragraph start in the source."""
        paragraphs = [Clause(label, text) for label, text in self.paragraphs]
        annex = Annex("\n".join(self.heading), self.title, list[Paragraph](paragraphs))
        starts.append((self.line, annex.uid, None))
        starts.extend((line, p.uid, None) for line, p in zip(self.lines, paragraphs, strict=True))
        return annex
