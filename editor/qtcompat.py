"""Work-arounds for bugs of the Qt bindings, in one place.

PySide6 6.12 on Python 3.11: every call of a Qt method that returns void
hands Python its None without taking a new reference, so None's reference
count drops by one per call (QTextCursor.insertText, QPainter.translate …;
`sys.getrefcount(None)` shows it).  After some tens of thousands of calls,
printing a long document for instance, the count reaches zero and the
interpreter aborts with "Fatal Python error: none_dealloc".  From Python
3.12 on None is immortal and the bug is harmless.

The smallest cure is to give None a reference count that cannot run out:
None is never freed, so an over-count costs nothing.  `protect_none()` does
that once per process; Qt code paths call it before long loops, and the
window's composition root can call it at start-up.
"""

from __future__ import annotations

import ctypes
import sys

#: Added to None's reference count: far more void calls than a process will ever make.
CUSHION = 1 << 40


def protect_none() -> None:
    """Raise None's reference count out of reach of the PySide6 leak (no-op on Python >= 3.12)."""
    if sys.version_info >= (3, 12) or sys.getrefcount(None) >= CUSHION:
        return
    # ob_refcnt is the first field of every PyObject in release builds of CPython.
    ctypes.c_ssize_t.from_address(id(None)).value += CUSHION


def protect_singletons() -> None:
    """protect_none() for None, True and False: bool-returning calls and signal emissions leak
    True/False the same way ("Fatal Python error: bool_dealloc" after a long editing session)."""
    protect_none()
    if sys.version_info >= (3, 12):
        return
    for obj in (True, False):
        if sys.getrefcount(obj) < CUSHION:
            ctypes.c_ssize_t.from_address(id(obj)).value += CUSHION
