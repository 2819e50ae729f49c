"""The properties panel: cover page, proposal and resolution identity as form fields.

These are the parts of a document that are not running text: the
contribution's cover page (Cover.FIELDS), the proposal's action, identifier
and Reasons, and the resolution's number, adoption line (Rev., place, year)
and history entries.  A field is committed when editing finishes (Enter or
leaving it), through `host.perform`, so each is one undo step:

- plain attributes (cover fields, action, identifier) with session.set_attr;
- inline text (Reasons, number, adoption, history) with the smallest text
  change (editor.model.text_change), so that in a MOD "; Geneva, 2022" added to
  the history line is recorded as exactly that insertion.

Fields show the final view (what the text says once changes are accepted).
A change notice refreshes every field except one the drafter is typing in.

Docking (in the window)::

    properties = PropertiesPanel(host)
    dock = QDockWidget(properties.windowTitle(), window); dock.setObjectName("properties")
    dock.setWidget(properties); window.addDockWidget(Qt.RightDockWidgetArea, dock)
    # after open / replace_document:  properties.reload()
    # when the cursor moves to another proposal:  properties.show_node(node)
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRegularExpression, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from editor.editing.host import DocumentHost
from editor.gui.interface_language import QT_TRANSLATE_NOOP
from editor.gui.language_choice import language_combo
from editor.gui.session_link import SessionLink
from editor.languages import load_or_english
from editor.model.inline import Inline
from editor.model.nodes import ACTIONS, Cover, Document, Node, Proposal, Resolution
from editor.model.operations import ChangeNotice
from editor.revisions.newmod import ASSEMBLIES
from editor.rules.wording import wording

COVER_LABELS = {  # translated where shown (self.tr): marked here so that lupdate finds them
    "conference": QT_TRANSLATE_NOOP("PropertiesPanel", "Conference"), "acronym": QT_TRANSLATE_NOOP("PropertiesPanel", "Acronym"),
    "place_dates": QT_TRANSLATE_NOOP("PropertiesPanel", "Place and dates"), "meeting": QT_TRANSLATE_NOOP("PropertiesPanel", "Meeting"),
    "document": QT_TRANSLATE_NOOP("PropertiesPanel", "Document"), "addendum": QT_TRANSLATE_NOOP("PropertiesPanel", "Addendum"),
    "date": QT_TRANSLATE_NOOP("PropertiesPanel", "Date"), "languages": QT_TRANSLATE_NOOP("PropertiesPanel", "Original"),
    "source": QT_TRANSLATE_NOOP("PropertiesPanel", "Source"), "title": QT_TRANSLATE_NOOP("PropertiesPanel", "Title"),
    "abstract": QT_TRANSLATE_NOOP("PropertiesPanel", "Abstract"),
}
NO_ACTION = QT_TRANSLATE_NOOP("PropertiesPanel", "(in-force text)")  # the first item of the Action list, read by index
# The adopting bodies schemas/resolution.rng allows, named where the conventions name them.
BODIES = (*ASSEMBLIES, "CWG", "OTHER")


def adoption_parts(text: str, language: str = "en") -> tuple[bool, str, str]:
    """(Rev., place, year) of an adoption line in `language`'s pattern; an unreadable line is all place."""
    parsed = wording(language).parse_adoption(text)
    if parsed is None:
        return False, text.strip(), ""
    return parsed.revised, parsed.place, parsed.year


def adoption_text(revised: bool, place: str, year: str, language: str = "en") -> str:
    """The adoption line from its parts in `language` ("Rev. Geneva, 2022", "Rév. Genève, 2022"); empty parts are left out."""
    place, year = place.strip(), year.strip()
    if place and year:
        return wording(language).adoption_text(revised, place, year)
    return place or year


class ParagraphEdit(QPlainTextEdit):
    """A few lines of plain text (Reasons, abstract) that commit like a QLineEdit: on leaving it.

    Same small API as QLineEdit (text, setText, isModified, setModified,
    editingFinished), so the panel treats both alike.  Enter applies, as in a
    one-line field; Shift+Enter starts a new line.
    """

    editingFinished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 10)

    def text(self) -> str:
        return self.toPlainText()

    def setText(self, text: str) -> None:
        self.setPlainText(text)
        self.document().setModified(False)

    def isModified(self) -> bool:
        return self.document().isModified()

    def setModified(self, on: bool) -> None:
        self.document().setModified(on)

    def setCursorPosition(self, position: int) -> None:
        cursor = self.textCursor()
        cursor.setPosition(position)
        self.setTextCursor(cursor)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.editingFinished.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.editingFinished.emit()
            return
        super().keyPressEvent(event)


TextField = QLineEdit | ParagraphEdit

# Characters a combo box asks room for; longer entries ("WTSA – World Telecommunication
# Standardization Assembly") are elided in the box and shown in full in its list.
COMBO_CHARACTERS = 10


def shrinking_combo() -> QComboBox:
    """A combo box that fits the dock rather than widening it to its longest entry.

    By default a QComboBox asks for the width of its longest item, which
    pushed the whole form wider than the dock and gave the panel a
    horizontal scrollbar at the default window size.
    """
    combo = QComboBox()
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(COMBO_CHARACTERS)
    combo.currentTextChanged.connect(combo.setToolTip)  # the whole entry when the box shows it shortened
    return combo


class PropertiesPanel(QWidget):
    """Form fields for the cover, the current proposal and its resolution."""

    def __init__(self, host: DocumentHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Properties"))
        self.host = host
        self._proposal_index = 0
        self._refreshing = False

        self.proposal_choice = shrinking_combo()
        self.proposal_choice.currentIndexChanged.connect(self._choose_proposal)

        self.language_box = QGroupBox(self.tr("Document"))
        self.language = language_combo()
        self.language.setObjectName("document-language")
        self.language.activated.connect(self._commit_language)
        QFormLayout(self.language_box).addRow(self.tr("Language"), self.language)

        self.cover_box = QGroupBox(self.tr("Contribution cover"))
        cover_form = QFormLayout(self.cover_box)
        self.cover_fields: dict[str, TextField] = {}
        for name in Cover.FIELDS:
            edit: TextField = ParagraphEdit() if name == "abstract" else QLineEdit()
            edit.setObjectName(f"cover-{name}")
            edit.editingFinished.connect(lambda name=name: self._commit_cover(name))
            self.cover_fields[name] = edit
            cover_form.addRow(self.tr(COVER_LABELS[name]), edit)

        self.proposal_box = QGroupBox(self.tr("Proposal"))
        proposal_form = QFormLayout(self.proposal_box)
        self.action = shrinking_combo()
        self.action.addItems([self.tr(NO_ACTION), *ACTIONS])
        self.action.activated.connect(self._commit_action)
        self.identifier = QLineEdit()
        self.identifier.setPlaceholderText("ARB/36A2/1")
        self.identifier.editingFinished.connect(self._commit_identifier)
        self.reasons = ParagraphEdit()
        self.reasons.editingFinished.connect(lambda: self._commit_inline(self.reasons, "Reasons", self._reasons_inline))
        proposal_form.addRow(self.tr("Action"), self.action)
        proposal_form.addRow(self.tr("Identifier"), self.identifier)
        proposal_form.addRow(self.tr("Reasons"), self.reasons)

        self.resolution_box = QGroupBox(self.tr("Resolution"))
        res_form = QFormLayout(self.resolution_box)
        self.body = shrinking_combo()
        for code in BODIES:
            self.body.addItem(code, code)
        self._bodies_named_in = ""
        self.body.activated.connect(self._commit_body)
        self.draft = QCheckBox(self.tr("Draft new resolution"))
        self.draft.toggled.connect(self._commit_draft)
        self.number = QLineEdit()
        self.number.editingFinished.connect(lambda: self._commit_inline(self.number, "Resolution number", self._number_inline))
        self.revised = QCheckBox(self.tr("Rev."))
        self.revised.toggled.connect(lambda _on: self._commit_adoption())
        self.place = QLineEdit()
        self.place.editingFinished.connect(self._commit_adoption)
        self.year = QLineEdit()
        self.year.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,4}"), self.year))
        self.year.setMaximumWidth(60)
        self.year.editingFinished.connect(self._commit_adoption)
        adoption_row = QHBoxLayout()
        adoption_row.addWidget(self.revised)
        adoption_row.addWidget(self.place, 1)
        adoption_row.addWidget(self.year)
        self.history = QListWidget()
        self.history.setMaximumHeight(110)
        self.history.itemChanged.connect(lambda _item: self._commit_history())
        self.add_entry = QPushButton(self.tr("Add entry"))
        self.add_entry.clicked.connect(self.add_history_entry)
        self.remove_entry = QPushButton(self.tr("Remove entry"))
        self.remove_entry.clicked.connect(self.remove_history_entry)
        history_buttons = QHBoxLayout()
        history_buttons.addWidget(self.add_entry)
        history_buttons.addWidget(self.remove_entry)
        history_buttons.addStretch(1)
        res_form.addRow(self.tr("Adopted by"), self.body)
        res_form.addRow("", self.draft)
        res_form.addRow(self.tr("Number"), self.number)
        res_form.addRow(self.tr("Adopted"), adoption_row)
        res_form.addRow(self.tr("History"), self.history)
        res_form.addRow("", history_buttons)

        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(self.language_box)
        column.addWidget(self.proposal_choice)
        column.addWidget(self.cover_box)
        column.addWidget(self.proposal_box)
        column.addWidget(self.resolution_box)
        column.addStretch(1)
        self.scroll_area = scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        self._link = SessionLink(host, self._changed)
        self.destroyed.connect(self._link.unlink)
        self.reload()

    # -- what is shown -------------------------------------------------------------------------

    @property
    def document(self) -> Document:
        return self.host.session.document

    def proposal(self) -> Proposal | None:
        proposals = self.document.proposals
        if not proposals:
            return None
        return proposals[min(self._proposal_index, len(proposals) - 1)]

    def resolution(self) -> Resolution | None:
        proposal = self.proposal()
        return proposal.resolution if proposal is not None else None

    def _reasons_inline(self) -> Inline | None:
        proposal = self.proposal()
        return proposal.reasons if proposal is not None else None

    def _number_inline(self) -> Inline | None:
        res = self.resolution()
        return res.number if res is not None else None

    def reload(self) -> None:
        """Follow host.session again (after open or replace_document) and show it."""
        self._link.relink()
        self._proposal_index = 0
        self.refresh()

    def show_node(self, node: Node) -> None:
        """Show the proposal containing `node` (the cursor moved there)."""
        if len(self.document.proposals) < 2:
            return  # nothing to switch to
        proposal = node.ancestor(Proposal) if node is not None else None
        if proposal is not None:
            index = next(i for i, p in enumerate(self.document.proposals) if p is proposal)
            if index != self._proposal_index:
                self._proposal_index = index
                self.refresh()

    def _choose_proposal(self, index: int) -> None:
        if not self._refreshing and index >= 0:
            self._proposal_index = index
            self.refresh()

    def _name_bodies(self, language: str) -> None:
        """Name the bodies as the document's language does ("WTSA – Assemblée mondiale …" in French),
        from the language data; a name no ITU text confirmed says so in its tooltip."""
        if language == self._bodies_named_in:
            return
        self._bodies_named_in = language
        words = load_or_english(language)
        for index, code in enumerate(BODIES):
            name = words.body_name(code)
            entry = words.names.get(code)
            self.body.setItemText(index, f"{code} – {name}" if name else code)
            unverified = bool(name) and (entry is None or not entry.verified)
            self.body.setItemData(index, self.tr("This name is not confirmed by an ITU text (see docs/languages.md).") if unverified else None,
                                  Qt.ItemDataRole.ToolTipRole)

    def _changed(self, notice: ChangeNotice) -> None:
        """Refresh when what the panel shows may have changed: the cover, or a document, proposal or resolution
        (their own fields, or their lists of proposals, resolutions and sections).  A new, moved or deleted
        clause names its section, which the panel does not show: an Enter refreshed every field."""
        if any(not isinstance(n, Node) or isinstance(n, Document | Proposal | Resolution) for n in notice.nodes):
            self.refresh()

    def refresh(self) -> None:
        """Show the model's values in every field the drafter is not editing right now."""
        self._refreshing = True
        try:
            doc = self.document
            self.language.setCurrentIndex(max(self.language.findData(doc.language), 0))
            headings = [p.heading() or self.tr("Resolution text") for p in doc.proposals]
            if [self.proposal_choice.itemText(i) for i in range(self.proposal_choice.count())] != headings:
                self.proposal_choice.clear()  # refilled only when a heading changed: a new clause leaves them
                self.proposal_choice.addItems(headings)
            self.proposal_choice.setCurrentIndex(min(self._proposal_index, len(doc.proposals) - 1))
            self.proposal_choice.setVisible(len(doc.proposals) > 1)
            self.cover_box.setVisible(doc.cover is not None)
            for name, edit in self.cover_fields.items():
                _show(edit, getattr(doc.cover, name, "") if doc.cover is not None else "")
            proposal = self.proposal()
            self.proposal_box.setVisible(proposal is not None and (doc.cover is not None or proposal.action is not None))
            if proposal is not None:
                self.action.setCurrentIndex(0 if proposal.action is None else 1 + ACTIONS.index(proposal.action))
                _show(self.identifier, proposal.identifier)
                _show(self.reasons, proposal.reasons.text("final"))
            res = self.resolution()
            self.resolution_box.setEnabled(res is not None)
            if res is not None:
                self._name_bodies(doc.language)
                self.body.setCurrentIndex(max(self.body.findData(res.body), 0))
                self.draft.setChecked(res.draft)
                _show(self.number, res.number.text("final"))
                revised, place, year = adoption_parts(res.adoption.text("final"), self.document.language)
                self.revised.setChecked(revised)
                _show(self.place, place)
                _show(self.year, year)
                entries = res.history_entries("final")
                if [self.history.item(i).text() for i in range(self.history.count())] != entries:
                    self.history.clear()
                    for entry in entries:
                        item = QListWidgetItem(entry)
                        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
                        self.history.addItem(item)
        finally:
            self._refreshing = False

    # -- committing --------------------------------------------------------------------------------

    def _perform(self, label: str, action: Callable[[], None]) -> None:
        if not self._refreshing:
            self.host.perform(label, action)

    def _commit_cover(self, name: str) -> None:
        cover = self.document.cover
        edit = self.cover_fields[name]
        if cover is not None:
            value = edit.text().strip()
            self._perform(self.tr("Change %s") % self.tr(COVER_LABELS[name]).lower(), lambda: self.host.session.set_attr(cover, name, value))
        edit.setModified(False)

    def _commit_language(self, index: int) -> None:
        doc, value = self.document, self.language.itemData(index)
        self._perform(self.tr("Change document language"), lambda: self.host.session.set_attr(doc, "language", value))

    def _commit_action(self, index: int) -> None:
        proposal = self.proposal()
        if proposal is not None:
            value = None if index <= 0 else ACTIONS[index - 1]
            self._perform(self.tr("Change proposal action"), lambda: self.host.session.set_attr(proposal, "action", value))

    def _commit_body(self, index: int) -> None:
        res = self.resolution()
        if res is not None:
            value = self.body.itemData(index)
            self._perform(self.tr("Change adopting body"), lambda: self.host.session.set_attr(res, "body", value))

    def _commit_draft(self, on: bool) -> None:
        res = self.resolution()
        if res is not None:
            self._perform(self.tr("Change draft status"), lambda: self.host.session.set_attr(res, "draft", on))

    def _commit_identifier(self) -> None:
        proposal = self.proposal()
        if proposal is not None:
            value = self.identifier.text().strip()
            self._perform(self.tr("Change proposal identifier"), lambda: self.host.session.set_attr(proposal, "identifier", value))
        self.identifier.setModified(False)

    def _commit_inline(self, edit: TextField, what: str, inline_of: Callable[[], Inline | None]) -> None:
        inline = inline_of()
        if inline is not None:
            value = edit.text()
            self._perform(self.tr("Change %s") % self.tr(what).lower(), lambda: self.host.session.change_text(inline, value))
        edit.setModified(False)

    def _commit_adoption(self) -> None:
        res = self.resolution()
        if res is not None and not self._refreshing:
            value = adoption_text(self.revised.isChecked(), self.place.text(), self.year.text(), self.document.language)
            self._perform(self.tr("Change adoption line"), lambda: self.host.session.change_text(res.adoption, value))
        self.place.setModified(False)
        self.year.setModified(False)

    def history_list(self) -> list[str]:
        return [t for t in (self.history.item(i).text().strip() for i in range(self.history.count())) if t]

    def _commit_history(self) -> None:
        res = self.resolution()
        if res is not None and not self._refreshing:
            value = "; ".join(self.history_list())
            self._perform(self.tr("Change history line"), lambda: self.host.session.change_text(res.history, value))

    def add_history_entry(self, text: str | None = None) -> None:
        """Append an entry; by default the resolution's own adoption ("Geneva, 2022"), as a MOD needs."""
        if not isinstance(text, str):
            res = self.resolution()
            _revised, place, year = adoption_parts(res.adoption.text("final"), self.document.language) if res is not None else (False, "", "")
            text = adoption_text(False, place, year, self.document.language)
            if text in self.history_list():
                text = ""
        item = QListWidgetItem(text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self._refreshing = True
        self.history.addItem(item)
        self._refreshing = False
        if text:
            self._commit_history()
        else:
            self.history.editItem(item)

    def remove_history_entry(self) -> None:
        row = self.history.currentRow()
        if row >= 0:
            self._refreshing = True
            self.history.takeItem(row)
            self._refreshing = False
            self._commit_history()


def _show(edit: TextField, value: str) -> None:
    """Put a model value in a field unless the drafter has typed there and not committed yet."""
    if edit.isModified() or edit.text() == value:
        return
    edit.setText(value)
    edit.setCursorPosition(0)  # a long value shows its beginning
