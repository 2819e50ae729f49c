"""A panel's subscription to a source that the host may swap.

The host may swap its session (open, source edit, accept all) and its rule
engine with it, so a panel cannot subscribe once and forget: it follows
whatever source is current, and ends the subscription when it goes away, so
that a closed panel is never called by a source that outlives it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from editor.editing.host import DocumentHost
from editor.model.operations import ChangeNotice
from editor.model.session import EditSession

S = TypeVar("S")
L = TypeVar("L")


class Subscription(Generic[S, L]):
    """One listener subscribed to exactly one source at a time."""

    def __init__(self, listener: L, subscribe: Callable[[S, L], None], unsubscribe: Callable[[S, L], None]) -> None:
        self.listener = listener
        self._subscribe = subscribe
        self._unsubscribe = unsubscribe
        self.source: S | None = None

    def follow(self, source: S) -> S:
        """Subscribe to `source`, dropping the previous one (nothing to do when it is the same)."""
        if self.source is not source:
            self.end()
            self._subscribe(source, self.listener)
            self.source = source
        return source

    def end(self) -> None:
        if self.source is not None:
            try:
                self._unsubscribe(self.source, self.listener)
            except ValueError:
                pass
            self.source = None


class SessionLink:
    """Keeps one listener subscribed to exactly the host's current session."""

    def __init__(self, host: DocumentHost, listener: Callable[[ChangeNotice], None]) -> None:
        self.host = host
        self._subscription: Subscription[EditSession, Callable[[ChangeNotice], None]] = Subscription(
            listener, EditSession.subscribe, EditSession.unsubscribe
        )

    def relink(self) -> EditSession:
        """Subscribe to host.session (dropping any older one); returns it."""
        return self._subscription.follow(self.host.session)

    def unlink(self) -> None:
        self._subscription.end()
