"""Helpers shared by the command modules."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from editor.model.nodes import Document
from editor.xmlio import read_file, save


def load(path: str) -> Document:
    """Read a document; DocumentError propagates to the one-line reporter."""
    return read_file(Path(path))


def write(doc: Document, path: str) -> None:
    save(doc, Path(path))


def print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
