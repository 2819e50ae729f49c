"""Parts of the editor that may not be installed: the checks, revisions, export.

The window is built from whatever is present, so each part can land (and
be tested) on its own; these two helpers are the one way to ask.
"""

from __future__ import annotations

import importlib
from typing import Any


def optional(module: str, name: str) -> Any:
    """`module.name`, or None when that part of the editor is not installed."""
    try:
        return getattr(importlib.import_module(module), name)
    except (ImportError, AttributeError):
        return None


def available(*modules: str) -> bool:
    """Whether every one of `modules` can be imported."""
    try:
        for module in modules:
            importlib.import_module(module)
    except ImportError:
        return False
    return True
