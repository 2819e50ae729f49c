"""A small real DocumentHost for the panel tests, and helpers to check documents.

The window's controller implements the same protocol (editor/gui/host.py);
this one is just enough to drive a panel alone: `perform` is one session
transaction, `replace_document` swaps in a new EditSession (kept on a stack
so that `undo` can step back over it), `reveal` records its calls.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from editor.model.nodes import Document
from editor.model.session import EditSession
from editor.xmlio.reader import read_bytes
from editor.xmlio.schema import validate_tree
from editor.xmlio.writer import to_bytes, to_tree
from tests.factories import FIXED_DATE, base_document, mod_document


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
