"""Fixtures for the window and panel tests.

The window tests use the real controller and window, with settings and
recovery files under the test's tmp folder; the panel tests use `Host`, a
small real DocumentHost, to drive a panel alone.

The window's controller implements the same protocol (editor/gui/host.py);
`Host` is just enough to drive a panel alone: `perform` is one session
transaction, `replace_document` swaps in a new EditSession (kept on a stack
so that `undo` can step back over it), `reveal` records its calls.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from editor.controller import DocumentController
from editor.model.nodes import Clause, Document
from editor.model.session import EditSession
from editor.rules.problem import Problem
from editor.xmlio.reader import read_bytes
from editor.xmlio.schema import validate_tree
from editor.xmlio.writer import to_bytes, to_tree
from tests.factories import FIXED_DATE, base_document, mod_document

# The QApplication these tests share with the PDF tests is made in tests/conftest.py.


class Host:
    """DocumentHost for tests: one session, a stack of replaced ones, recorded reveals."""

    def __init__(self, session: EditSession) -> None:
        self.session = session
        self.replaced: list[EditSession] = []
        self.revealed: list[tuple[int, str | None, int]] = []
        self.labels: list[str] = []

    def perform(self, label: str, action: Callable[[], None], merge_key: object = None) -> None:
        self.labels.append(label)
        with self.session.transaction(label, merge_key):
            action()

    def replace_document(self, document: Document, label: str) -> None:
        self.labels.append(label)
        old = self.session
        self.replaced.append(old)
        self.session = EditSession(document, author=old.author, tracking=old.tracking, clock=old.clock)

    def reveal(self, uid: int, field: str | None = None, offset: int = 0) -> None:
        self.revealed.append((uid, field, offset))

    def undo(self) -> bool:
        """Undo the last step, a document replacement included; False when nothing is left."""
        if self.session.undo() is not None:
            return True
        if self.replaced:
            self.session = self.replaced.pop()
            return True
        return False

    def undo_all(self) -> None:
        while self.undo():
            pass

    @property
    def document(self) -> Document:
        return self.session.document


def assert_valid(document: Document) -> None:
    """The document still validates and survives a save/read round trip."""
    validate_tree(to_tree(document), None)
    data = to_bytes(document)
    assert to_bytes(read_bytes(data)) == data


@pytest.fixture
def host() -> Host:
    """A host on the standalone base resolution, not tracking."""
    return Host(EditSession(base_document(), author="Tester", clock=lambda: FIXED_DATE))


@pytest.fixture
def mod_host() -> Host:
    """A host on the MOD contribution with Track Changes on and a few marks."""
    _, session = mod_document()
    return Host(session)


class StubEngine:
    """A two-rule stand-in for editor.rules.engine.RuleEngine, with the same API.

    Used while the real engine is not on main: a keyword not in lower case
    is an error (no fix here); the last clause of a section other than the last must end
    with a comma (a warning whose fix replaces the final character).
    """

    def __init__(self, session: EditSession) -> None:
        self.session = session
        self._listeners: list[Callable[[list[Problem]], None]] = []
        self.problems = self._check()
        session.subscribe(self._on_change)

    def _check(self) -> list[Problem]:
        out: list[Problem] = []
        for res in self.session.document.resolutions():
            for si, sec in enumerate(res.sections):
                keyword = sec.keyword.text("final")
                if keyword != keyword.lower():
                    out.append(Problem("error", "keyword.case", f"the keyword \"{keyword}\" must be in lower case", section=keyword, node_uid=sec.uid))
                for ci, clause in enumerate(sec.clauses):
                    where = {"section": sec.keyword.text("final"), "clause": ci + 1, "label": clause.label.text("final") or None, "node_uid": clause.uid}
                    text = clause.text.text("final")
                    if ci == len(sec.clauses) - 1 and si < len(res.sections) - 1 and not text.endswith(","):
                        out.append(Problem("warning", "punctuation.clause", "The last clause of a section ends with a comma.", fix="End with a comma", **where))
        return out

    def _on_change(self, _notice: object) -> None:
        self.problems = self._check()
        for cb in list(self._listeners):
            cb(list(self.problems))

    def add_listener(self, cb: Callable[[list[Problem]], None]) -> None:
        self._listeners.append(cb)

    def remove_listener(self, cb: Callable[[list[Problem]], None]) -> None:
        self._listeners.remove(cb)

    def fixable(self, problem: Problem) -> bool:
        return problem.fix is not None and problem in self.problems

    def apply_fix(self, problem: Problem) -> None:
        clause = self.session.document.find(problem.node_uid or 0)
        assert isinstance(clause, Clause)
        end = len(clause.text.text("markup"))
        if clause.text.text("final")[-1:] in (";", "."):
            self.session.replace_text(clause.text, end - 1, end, ",")
        else:
            self.session.insert_text(clause.text, end, ",")

    def close(self) -> None:
        self.session.unsubscribe(self._on_change)


def make_engine(session: EditSession) -> object:
    """The real rule engine when it is available, else the stand-in."""
    try:
        from editor.rules.engine import RuleEngine
    except ImportError:
        return StubEngine(session)
    return RuleEngine(session)


@pytest.fixture
def recovery_dir(tmp_path: Path) -> Path:
    return tmp_path / "recovery"


@pytest.fixture
def controller(qapp, recovery_dir: Path):  # type: ignore[no-untyped-def]
    ctl = DocumentController(base_document(), author="T", recovery_dir=recovery_dir)
    yield ctl
    ctl.close()


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    """Settings of a drafter who has already given a name (no question before a tracked edit)."""
    values = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    values.setValue("user/author", "Tester")
    return values


@pytest.fixture
def window(qtbot, settings: QSettings, recovery_dir: Path):  # type: ignore[no-untyped-def]
    """The window on the base resolution; dialogs answered by attributes a test can change."""
    from editor.gui.main_window import MainWindow

    win = MainWindow(settings=settings, recovery_dir=recovery_dir)
    qtbot.addWidget(win)
    win.errors = []
    win.show_error = win.errors.append
    win.save_answer = "discard"
    win.asked = 0

    def ask() -> str:
        win.asked += 1
        return win.save_answer

    win.ask_save_changes = ask
    win.load_document(base_document())
    win.show()
    yield win
    win.save_answer = "discard"
    win.controller.close()
