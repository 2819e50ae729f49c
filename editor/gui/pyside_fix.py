"""Work around a reference-count bug of PySide6 6.12.0 on CPython 3.11.

Every call of a Qt method returning void drops one reference to None
(`QObject().setObjectName("x")` a thousand times lowers sys.getrefcount(None)
by a thousand).  None starts with a few thousand references, so any real
session of the window - laying out a document is thousands of such calls -
ends in "Fatal Python error: none_dealloc".  CPython 3.12 made None immortal,
which hides the bug there; on 3.11 we give None a reference count so large
that the leak can never reach zero.  Remove this module once PySide6 is fixed.
"""

from __future__ import annotations

import ctypes
import sys

_BALLAST = 1 << 48


def pin_none() -> None:
    """Make None's reference count unreachable by the leak (no effect on 3.12+, where it is immortal)."""
    if sys.version_info >= (3, 12):
        return
    count = ctypes.c_ssize_t.from_address(id(None))
    if count.value < _BALLAST:
        count.value += _BALLAST
