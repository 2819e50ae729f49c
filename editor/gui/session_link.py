"""A panel's subscription to the host's current session.

The host may swap its session (open, source edit, accept all), so a panel
cannot subscribe once and forget: `relink()` moves the subscription to
whatever `host.session` is now, and `unlink()` ends it when the panel goes
away, so that a closed panel is never called by a session that outlives it.
"""

from __future__ import annotations

from collections.abc import Callable

from editor.gui.host import DocumentHost
from editor.model.operations import ChangeNotice
from editor.model.session import EditSession


class SessionLink:
    """Keeps one listener subscribed to exactly the host's current session."""

    def __init__(self, host: DocumentHost, listener: Callable[[ChangeNotice], None]) -> None:
        self.host = host
        self.listener = listener
        self.session: EditSession | None = None

    def relink(self) -> EditSession:
        """Subscribe to host.session (dropping any older one); returns it."""
        current = self.host.session
        if self.session is not current:
            self.unlink()
            current.subscribe(self.listener)
            self.session = current
        return current

    def unlink(self) -> None:
        if self.session is not None:
            try:
                self.session.unsubscribe(self.listener)
            except ValueError:
                pass
            self.session = None
