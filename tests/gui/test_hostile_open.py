"""Every hostile input (tests/hostile.py) opened in the window: a document, or one sentence naming the file; no exception,
no hang, nothing fetched, and the open document untouched when a file is refused.

The cases whose attack is a named pipe to be opened are left to the
command suite: a regression there would block this process, where there
it is a timeout.  A text case goes through File > Import Text, as opening
a .txt file does.
"""

from __future__ import annotations

import time
from pathlib import Path

from editor.gui.main_window import MainWindow
from editor.xmlio import to_bytes
from editor.xmlio.errors import printable
from tests.factories import base_document
from tests.hostile import SECRET, FifoTrap, Listener, make_cases

OPEN_SECONDS = 20  # issue 12: any file under the size limit opens in the window within 20 s


def test_every_hostile_input_opens_or_is_refused_in_one_sentence(window: MainWindow, tmp_path: Path) -> None:
    wrong: list[str] = []
    with Listener() as listener, FifoTrap(tmp_path / "trap.fifo") as trap:
        cases = [c for c in make_cases(tmp_path / "cases", listener.port, trap.path) if not c.fetch_trap]
        assert len(cases) >= 150
        for case in cases:
            window.load_document(base_document())  # a small open document, unmodified: no question, cheap to compare
            before = to_bytes(window.controller.session.document)
            errors = len(window.errors)
            started = time.monotonic()
            opened = window.open_path(case.path)
            seconds = time.monotonic() - started
            told = window.errors[errors:]
            if seconds > OPEN_SECONDS:
                wrong.append(f"{case.name}: took {seconds:.1f} s")
            if opened:
                if told:
                    wrong.append(f"{case.name}: opened, yet {told}")
            elif len(told) != 1 or printable(str(case.path)) not in told[0] or "\n" in told[0]:
                wrong.append(f"{case.name}: refused with {told!r}")
            elif to_bytes(window.controller.session.document) != before:
                wrong.append(f"{case.name}: refused, but the open document changed")
            if any(SECRET in m for m in told) or SECRET in window.view.toPlainText():
                wrong.append(f"{case.name}: leaked the secret")
        fetched = listener.connections, trap.opened
    assert not wrong, "\n".join(wrong)
    assert fetched == (0, 0)
