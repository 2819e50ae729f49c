"""The outline: proposals, resolutions, sections and clauses as a tree beside the text.

Each row carries the uid of the node it shows.  Selecting a row asks the
host to reveal that node; dragging a clause or section and the context menu
(insert, delete, move up/down, change a section keyword) are model commands
run through `host.perform`, so they are undoable and tracked in a MOD like
any edit.  The tree itself is never rearranged by Qt: the change notice
that follows an edit rebuilds only the rows of the nodes it names (one
section's clauses after a move, one row after typing), so a 3,000-clause
document stays responsive.

Docking (in the window)::

    outline = OutlinePanel(host)
    dock = QDockWidget(outline.windowTitle(), window); dock.setObjectName("outline")
    dock.setWidget(outline); window.addDockWidget(Qt.LeftDockWidgetArea, dock)
    # after open / replace_document:  outline.reload()
    # when the cursor moves in the document view:  outline.show_node(node)
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import (
    QAction,
    QContextMenuEvent,
    QDrag,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QKeySequence,
    QPainter,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QMenu,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from editor.editing import structure
from editor.editing.host import DocumentHost
from editor.editing.page import Place
from editor.export.text_formats import isolated
from editor.gui.command_names import connect_action
from editor.gui.deferred import TYPING_PAUSE_MS, DeferredRefresh
from editor.gui.keyword_dialog import ask_keyword
from editor.gui.session_link import SessionLink
from editor.model.body import Figure, Part, Table
from editor.model.marks import View
from editor.model.nodes import Clause, Division, Document, Node, Note, Proposal, Resolution, Section, attached
from editor.model.operations import ChangeNotice
from editor.model.session import locate
from editor.model.text_change import common_ends

UID_ROLE = Qt.ItemDataRole.UserRole
HEAD_ROLE = Qt.ItemDataRole.UserRole + 1  # how many characters of the row's text are its head, never elided
FIRST_WORDS = 8

Where = str  # "above", "below" or "on"
MOVE_UP_KEYS, MOVE_DOWN_KEYS = "Ctrl+Shift+Up", "Ctrl+Shift+Down"


def _view_of(node: Node) -> View:
    """A deleted block is named by its original text, anything else by its final text."""
    return "original" if node.change is not None and node.change.kind == "del" else "final"


def row_head(node: Node) -> str:
    """The part of a row that is never cut short: a clause's label, a section's keyword, a proposal's line, a number line."""
    view = _view_of(node)
    if isinstance(node, Clause):
        return node.label.text(view)
    return row_text(node)


def row_text(node: Node) -> str:
    """What the outline shows for a node: label and first words for a clause."""
    view = _view_of(node)
    if isinstance(node, Proposal):
        return node.heading() or QCoreApplication.translate("OutlinePanel", "Resolution text")
    if isinstance(node, Resolution):
        return node.number_line(view)
    if isinstance(node, Section):
        return node.keyword.text(view) or QCoreApplication.translate("OutlinePanel", "(no keyword)")
    if isinstance(node, Division):
        heading = " ".join(node.heading.text(view).split())
        title = " ".join(node.title.text(view).split())
        fallback = QCoreApplication.translate("OutlinePanel", "Section") if isinstance(node, Part) else \
            QCoreApplication.translate("OutlinePanel", "Annex")
        return " – ".join(t for t in (heading, title) if t) or fallback
    if isinstance(node, Note) and isinstance(node.parent, Division):
        return _first_words(QCoreApplication.translate("OutlinePanel", "Note:"), node.text.text(view))
    if isinstance(node, Table):
        return _first_words(QCoreApplication.translate("OutlinePanel", "Table:"), node.title.text(view))
    if isinstance(node, Figure):
        return _first_words(QCoreApplication.translate("OutlinePanel", "Figure:"), node.title.text(view))
    if isinstance(node, Clause):
        words = node.text.text(view).split()
        first = " ".join(words[:FIRST_WORDS]) + (" …" if len(words) > FIRST_WORDS else "")
        label = node.label.text(view)
        return f"{label} {first}".strip() or "(empty clause)"
    return type(node).__name__


def _first_words(head: str, text: str) -> str:
    words = text.split()
    return f"{head} {' '.join(words[:FIRST_WORDS])}{' …' if len(words) > FIRST_WORDS else ''}".strip()


def _full_text(node: Node) -> str:
    """A row's tooltip: the whole clause, not just its first words."""
    if isinstance(node, Clause):
        view = _view_of(node)
        return f"{node.label.text(view)} {node.text.text(view)}".strip()
    return row_text(node)


def _children(item: QTreeWidgetItem) -> Iterator[QTreeWidgetItem]:
    """The child items of a tree row (Qt's child(i) answers None only for an index out of range)."""
    for i in range(item.childCount()):
        child = item.child(i)
        if child is not None:
            yield child


def outline_children(node: Node) -> list[Node]:
    """The children a node shows in the outline."""
    if isinstance(node, Document):
        return list(node.proposals)
    if isinstance(node, Proposal):
        return list(node.resolutions)
    if isinstance(node, Resolution):
        return [*node.sections, *node.parts, *node.annexes]
    if isinstance(node, Division):
        return list(node.paragraphs)
    if isinstance(node, Section):
        return list(node.clauses)
    if isinstance(node, Clause):
        return list(node.items)
    return []


def isolated_head(text: str, head: int) -> tuple[str, int]:
    """A row's text and head length as a right-to-left row shows them: a head that reads left to right ("a)",
    "1)", "MOD ARB/36A2/1") between the isolates the page puts around a label (editor.export.text_formats.isolated),
    or its bracket takes the row's direction and mirrors ("(a" for "a)")."""
    shown = isolated(text[:head])
    return shown + text[head:], len(shown)


def fitted(text: str, head: int, metrics: QFontMetrics, room: int) -> str:
    """`text` fitted into `room` pixels: its first `head` characters whole, the rest elided ("a) the purposes of…")."""
    whole = text[:head]
    return whole + metrics.elidedText(text[head:], Qt.TextElideMode.ElideRight, max(0, room - metrics.horizontalAdvance(whole)))


class HeadFirst(QStyledItemDelegate):
    """Paints a row as its head in full (label, keyword) and what follows elided to fit: the label is never cut."""

    def shown_text(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> str:
        """What the row at `index` paints in `option`'s rectangle and direction: its head whole, isolated in a
        right-to-left row, then what fits of the rest."""
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        head = int(index.data(HEAD_ROLE) or 0)
        if option.direction == Qt.LayoutDirection.RightToLeft:
            text, head = isolated_head(text, head)
        return fitted(text, head, option.fontMetrics, option.rect.width() - 6)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = self.shown_text(opt, index)
        opt.textElideMode = Qt.TextElideMode.ElideNone
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)


class OutlineTree(QTreeWidget):
    """The tree widget; drops are turned into model moves instead of Qt row moves.

    Qt's own internal move would rearrange (and, after the drag, remove)
    rows behind the model's back; here a drop runs `session.move_node`
    through the host and the change notice rebuilds the rows.
    """

    def __init__(self, panel: OutlinePanel) -> None:
        super().__init__(panel)
        self.panel = panel
        self.setHeaderHidden(True)
        self.setItemDelegate(HeadFirst(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setUniformRowHeights(True)

    def _drop(self, event: QDragMoveEvent | QDropEvent) -> tuple[Node, Node, Where] | None:
        source = self.panel.selected_node()
        target_item = self.itemAt(event.position().toPoint())
        if source is None or target_item is None:
            return None
        target = self.panel.node_of(target_item)
        if target is None:
            return None
        indicator = self.dropIndicatorPosition()
        where = {
            QAbstractItemView.DropIndicatorPosition.AboveItem: "above",
            QAbstractItemView.DropIndicatorPosition.BelowItem: "below",
        }.get(indicator, "on")
        return source, target, where

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        super().dragMoveEvent(event)
        drop = self._drop(event)
        if drop is None or drop_destination(*drop) is None:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        drop = self._drop(event)
        if drop is None or not self.panel.drop(*drop):
            event.ignore()
            return
        event.acceptProposedAction()

    def startDrag(self, supportedActions: Qt.DropAction) -> None:
        """Start the drag without Qt's own row removal: rows follow the model's change notice."""
        item = self.currentItem()
        if item is None or not item.flags() & Qt.ItemFlag.ItemIsDragEnabled:
            return
        drag = QDrag(self)
        drag.setMimeData(self.mimeData([item]))
        drag.exec(Qt.DropAction.MoveAction)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """The context menu's shortcuts: Delete, Ctrl+Shift+Up / Ctrl+Shift+Down."""
        pressed = QKeySequence(event.keyCombination())
        for action in self.panel.context_actions():
            if action.isEnabled() and not action.shortcut().isEmpty() and action.shortcut().matches(pressed) == QKeySequence.SequenceMatch.ExactMatch:
                action.trigger()
                return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        item = self.itemAt(event.pos())
        if item is not None:
            self.setCurrentItem(item)
        actions = self.panel.context_actions()
        if actions:
            menu = QMenu(self)
            menu.addActions(actions)
            menu.exec(event.globalPos())


def drop_destination(source: Node, target: Node, where: Where) -> tuple[Node, str, int] | None:
    """Where a dragged clause or section lands: (parent, field, index before the move), or None.

    Clauses move among clauses of the same level (a clause into any section,
    a sub-item among sub-items), sections among sections; dropping *on* a
    section or resolution appends to it.  A drop that would change nothing
    is None, so it adds no undo step.
    """
    if source is target or any(n is source for n in _ancestors(target)):
        return None
    dest: tuple[Node, str, int] | None = None
    if isinstance(source, Clause) and isinstance(target, Clause) and target.level == source.level:
        field, index = locate(target)
        assert target.parent is not None
        dest = (target.parent, field, index if where == "above" else index + 1)
    elif isinstance(source, Clause) and source.level == 0 and isinstance(target, Section) and where != "above":
        dest = (target, "clauses", len(target.clauses) if where == "on" else 0)
    elif isinstance(source, Section) and isinstance(target, Section):
        field, index = locate(target)
        assert target.parent is not None
        dest = (target.parent, field, index if where == "above" else index + 1)
    elif isinstance(source, Section) and isinstance(target, Resolution) and where == "on":
        dest = (target, "sections", len(target.sections))
    if dest is None:
        return None
    parent, field, index = dest
    if source.parent is parent:
        old_field, old_index = locate(source)
        if old_field == field and index in (old_index, old_index + 1):
            return None
    return dest


def _ancestors(node: Node) -> list[Node]:
    out, current = [], node.parent
    while current is not None:
        out.append(current)
        current = current.parent
    return out


class OutlinePanel(QWidget):
    """Tree of the document's structure; selection reveals, edits go through the host.

    The rows follow the document after a pause in typing (`TYPING_PAUSE_MS`),
    not on every key: an Enter in a 3,000-clause document inserts a row, and
    Qt then lays out and repaints the tree, which costs more than the Enter
    itself.  The notices are collected meanwhile; anything that reads the rows
    (a click, a key or a menu on the tree, `item_of`, the panel's own
    commands) brings them up to date first.
    """

    def __init__(self, host: DocumentHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Outline"))
        self.host = host
        self.tree = OutlineTree(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree)
        self._items: dict[int, QTreeWidgetItem] = {}
        self._nodes: dict[int, Node] = {}  # the node of each row, so that no lookup walks the document
        self._quiet = False
        self._pending: dict[int, tuple[Node, bool]] = {}  # the nodes notices named since the rows were last brought up to date, and whether structurally
        self._wanted: Node | None = None  # the row to select once the rows are up to date (the cursor moved meanwhile)
        self._deferred = DeferredRefresh(self, self._catch_up, TYPING_PAUSE_MS)
        self._deferred.settle_on(self.tree, self.tree.viewport())
        self.tree.currentItemChanged.connect(self._current_changed)
        self._link = SessionLink(host, self._changed)
        self.destroyed.connect(self._link.unlink)
        self.reload()

    # -- building rows ---------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        """Rebuild the rows when the window's direction changes: their tooltips isolate a label for it."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self.reload()

    @property
    def document(self) -> Document:
        return self.host.session.document

    def reload(self) -> None:
        """Follow host.session again (after open or replace_document) and rebuild every row."""
        self._link.relink()
        selected = self._wanted or self.selected_node()
        self._pending.clear()
        self._wanted = None
        self._deferred.done()
        self._quiet = True
        try:
            self.tree.clear()
            self._items.clear()
            self._nodes.clear()
            root = self.tree.invisibleRootItem()
            for child in outline_children(self.document):
                root.addChild(self._build(child))
            self.tree.expandAll()
        finally:
            self._quiet = False
        if selected is not None:
            self.show_node(selected)

    def _build(self, node: Node) -> QTreeWidgetItem:
        item = QTreeWidgetItem()
        item.setData(0, UID_ROLE, node.uid)
        self._items[node.uid] = item
        self._nodes[node.uid] = node
        self._style(item, node)
        for child in outline_children(node):
            item.addChild(self._build(child))
        return item

    def _style(self, item: QTreeWidgetItem, node: Node) -> None:
        item.setText(0, row_text(node))
        item.setData(0, HEAD_ROLE, len(row_head(node)))
        font = QFont(self.tree.font())
        font.setItalic(isinstance(node, Section))
        font.setBold(isinstance(node, Proposal | Resolution))
        font.setStrikeOut(node.change is not None and node.change.kind == "del")
        font.setUnderline(node.change is not None and node.change.kind == "ins")
        item.setFont(0, font)
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if isinstance(node, Clause | Section):
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        if isinstance(node, Clause | Section | Resolution):
            flags |= Qt.ItemFlag.ItemIsDropEnabled
        item.setFlags(flags)
        state = self.tr(" (deleted)") if font.strikeOut() else self.tr(" (inserted)") if font.underline() else ""
        tip = _full_text(node)
        if self.tree.isRightToLeft():  # a tooltip reads in the window's direction, as the row does
            tip = isolated_head(tip, len(row_head(node)))[0]
        item.setToolTip(0, tip + state)

    def _forget(self, item: QTreeWidgetItem) -> None:
        """Drop `item` and the rows below it from the maps, unless a node's row is already another (it moved)."""
        uid = item.data(0, UID_ROLE)
        if self._items.get(uid) is item:
            del self._items[uid]
            self._nodes.pop(uid, None)
        for child in _children(item):
            self._forget(child)

    def _rebuild_children(self, node: Node, item: QTreeWidgetItem) -> None:
        """Bring `item`'s rows in step with `node`'s children: only the rows between the unchanged ends are replaced.

        A new clause is one row inserted, not the section's rows rebuilt (the
        tree then relays out a few rows on Enter, not hundreds); the rows
        kept show the same nodes, whose own changes the notice names.
        """
        expanded = item.isExpanded()
        fresh = outline_children(node)
        old = [child.data(0, UID_ROLE) for child in _children(item)]
        head, tail = common_ends(old, [n.uid for n in fresh])
        for index in range(len(old) - tail - 1, head - 1, -1):
            taken = item.takeChild(index)
            if taken is not None:
                self._forget(taken)
        for index, child_node in enumerate(fresh[head:len(fresh) - tail], start=head):
            child = self._build(child_node)
            item.insertChild(index, child)
            child.setExpanded(True)
            self._expand(child)
        item.setExpanded(expanded or item.childCount() > 0)

    def _expand(self, item: QTreeWidgetItem) -> None:
        for child in _children(item):
            child.setExpanded(True)
            self._expand(child)

    def _changed(self, notice: ChangeNotice) -> None:
        nodes = [n for n in notice.nodes if isinstance(n, Node)]
        if any(isinstance(n, Document) for n in nodes):
            self.reload()
            return
        for node in nodes:
            known = self._pending.get(node.uid)
            self._pending[node.uid] = (node, notice.structural or (known is not None and known[1]))
        self._deferred.schedule()

    def settle(self) -> None:
        """Bring the rows up to date now, if notices wait (see the class docstring)."""
        self._deferred.settle()

    def _catch_up(self) -> None:
        """Apply the notices collected: the rows of the nodes they named rebuilt (their children, when structural)."""
        pending = list(self._pending.values())
        self._pending.clear()
        self._deferred.done()
        document = self.document
        selected = self._wanted or self.selected_node()
        self._wanted = None
        self._quiet = True
        try:
            for node, structural in pending:
                item = self._items.get(node.uid)
                if structural and item is not None and attached(node, document):
                    self._rebuild_children(node, item)
            for node, _ in pending:
                item = self._items.get(node.uid)
                if item is not None and attached(node, document):
                    self._style(item, node)
        finally:
            self._quiet = False
        if selected is not None and attached(selected, document) and self.tree.currentItem() is not self._items.get(selected.uid):
            self.show_node(selected)  # its row was rebuilt, or the cursor came to it meanwhile: select it

    # -- selection ---------------------------------------------------------------------------

    def item_of(self, uid: int) -> QTreeWidgetItem | None:
        self.settle()
        return self._items.get(uid)

    def node_of(self, item: QTreeWidgetItem) -> Node | None:
        uid = item.data(0, UID_ROLE)
        return self._nodes.get(uid) if uid is not None else None

    def selected_node(self) -> Node | None:
        item = self.tree.currentItem()
        return self.node_of(item) if item is not None else None

    def show_node(self, node: Node | None) -> None:
        """Select the row of `node` (or of its nearest shown ancestor) without revealing it again; while the rows
        wait for a pause in typing, once they are up to date."""
        if self._pending:
            self._wanted = node
            return
        while node is not None and node.uid not in self._items:
            node = node.parent
        if node is None or self.tree.currentItem() is self._items[node.uid]:
            return  # already selected: the cursor moved within it, or the panel and the view both asked (Enter)
        self._quiet = True
        try:
            item = self._items[node.uid]
            self.tree.setCurrentItem(item)
            self.tree.scrollToItem(item)
        finally:
            self._quiet = False

    def _current_changed(self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        if self._quiet or current is None:
            return
        uid = current.data(0, UID_ROLE)
        if uid is not None:
            self.host.reveal(uid)

    # -- commands ------------------------------------------------------------------------------

    def _perform(self, label: str, command: Callable[[], object]) -> None:
        """A command of the panel's own, as one step; its rows show the result at once (the drafter is working here)."""
        self.host.perform(label, command)
        self.settle()

    def drop(self, source: Node, target: Node, where: Where) -> bool:
        """Move `source` to where a drop on `target` puts it; False when it cannot go there."""
        dest = drop_destination(source, target, where)
        if dest is None:
            return False
        parent, field, index = dest
        self._move(source, parent, field, index)
        return True

    def _move(self, node: Node, parent: Node, field: str, index: int) -> None:
        label = self.tr("Move section") if isinstance(node, Section) else self.tr("Move clause")
        moved: list[Node] = []
        self._perform(label, lambda: moved.append(self.host.session.move_node(node, parent, field, index)))
        if moved:
            self.show_node(moved[0])

    def move_up(self, node: Node) -> bool:
        return self._step(node, -1)

    def move_down(self, node: Node) -> bool:
        return self._step(node, +1)

    def _step(self, node: Node, direction: int) -> bool:
        if not isinstance(node, Clause | Section) or node.parent is None:
            return False
        field, index = locate(node)
        siblings = getattr(node.parent, field)
        if not 0 <= index + direction < len(siblings):
            return False
        self._move(node, node.parent, field, index - 1 if direction < 0 else index + 2)
        return True

    def insert_clause(self, node: Node, *, sub_item: bool = False) -> Node | None:
        """A new empty clause after `node` (a clause), at the end of a section, or as a sub-item."""
        return self._place(self.tr("Insert clause"), lambda: structure.new_clause_after(self.host.session, node, sub_item=sub_item))

    def _place(self, label: str, command: Callable[[], Place | None]) -> Node | None:
        """Run a structure command as one step; the cursor and the selection go where it says."""
        places: list[Place | None] = []
        self._perform(label, lambda: places.append(command()))
        place = places[0] if places else None
        if place is None:
            return None
        self.host.reveal(place[0].uid, place[1], place[2])
        self.show_node(place[0])
        return place[0]

    def delete(self, node: Node) -> None:
        label = self.tr("Delete section") if isinstance(node, Section) else self.tr("Delete clause")
        self._perform(label, lambda: self.host.session.delete_node(node))

    def set_keyword(self, section: Section, keyword: str) -> None:
        """Change a section's keyword; a customary keyword also sets the section's kind."""
        self._perform(self.tr("Change keyword"), lambda: structure.set_keyword(self.host.session, section, keyword))

    def ask_keyword(self, section: Section, *, new_section: bool = False) -> None:
        """Ask for a keyword: the section's new one, or that of a new section after it."""
        keyword = ask_keyword(self, section, new_section=new_section)
        if keyword is None:
            return
        if new_section:
            self.insert_section(section, keyword)
        else:
            self.set_keyword(section, keyword)

    def insert_section(self, after: Section, keyword: str) -> Section | None:
        """A new section with `keyword` and one empty clause after `after`; the cursor goes to the clause."""
        clause = self._place(self.tr("Insert section"), lambda: structure.new_section_after(self.host.session, after, keyword))
        return clause.parent if clause is not None and isinstance(clause.parent, Section) else None

    def context_actions(self) -> list[QAction]:
        """The context menu's commands for the selected row (also what tests trigger)."""
        node = self.selected_node()
        if node is None:
            return []
        actions: list[QAction] = []

        def add(text: str, slot: Callable[[], object], enabled: bool = True, keys: QKeySequence | None = None) -> None:
            action = QAction(text, self)
            action.setEnabled(enabled)
            if keys is not None:
                action.setShortcut(keys)  # shown in the menu; OutlineTree.keyPressEvent handles the keys
            connect_action(action, slot)
            actions.append(action)

        if isinstance(node, Clause):
            add(self.tr("Insert clause after"), lambda: self.insert_clause(node))
            add(self.tr("Insert sub-item"), lambda: self.insert_clause(node, sub_item=True), node.level < 3)
        if isinstance(node, Section):
            add(self.tr("Insert clause"), lambda: self.insert_clause(node))
            add(self.tr("Insert section after…"), lambda: self.ask_keyword(node, new_section=True))
            add(self.tr("Change keyword…"), lambda: self.ask_keyword(node))
        if isinstance(node, Clause | Section):
            field, index = locate(node)
            count = len(getattr(node.parent, field))
            add(self.tr("Move up"), lambda: self.move_up(node), index > 0, QKeySequence(MOVE_UP_KEYS))
            add(self.tr("Move down"), lambda: self.move_down(node), index < count - 1, QKeySequence(MOVE_DOWN_KEYS))
            add(self.tr("Delete"), lambda: self.delete(node), True, QKeySequence(QKeySequence.StandardKey.Delete))
        return actions

    def action_named(self, text: str) -> QAction | None:
        """The context action with this text for the selected row, None if not offered."""
        return next((a for a in self.context_actions() if a.text() == text), None)


__all__ = ["OutlinePanel", "drop_destination", "isolated_head", "outline_children", "row_text"]
