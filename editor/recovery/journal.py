"""The journal: the edits since the last full copy, small enough to write within a second of typing.

A full recovery copy of a large document takes a noticeable moment to
write, so it waits for a pause of typing and a few seconds of age.  The
journal closes that gap.  It listens to the EditSession's change notices,
which name every node an edit touched, and at each flush writes one line:
the nodes now standing where edits happened, each as the XML fragment a
save would write (editor.xmlio.fragments), with its place in the tree.

Replaying is putting each fragment back at its place, in order, onto the
base the journal names: the document file as it was opened or saved, or
the recovery copy written last (each named by the SHA-256 of its bytes, so
a journal is never replayed onto anything else).  It is deterministic
because a flush writes the *topmost* touched nodes only: the lists above
them did not change since the last flush (a list that changed makes its
owner the touched node), so each place means the same node in the base as
in the document that was flushed.  An edit of the document's own proposal
list or cover object makes a full copy instead, which starts a new journal.

One line per flush, JSON, the first line the header:

    {"journal": 1, "key": …, "original": FILE or null, "base": {"kind": "file", "path": …, "sha256": …}, "started": T}
    {"seq": 1, "at": T, "edits": [{"place": [["proposals", 0], ["resolutions", 0], ["sections", 2], ["clauses", 4]], "xml": "<clause>…"}]}

A line cut short by a crash is not JSON and ends the replay there.
"""

from __future__ import annotations

import hashlib
import json
import math
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from editor.model.nodes import Cover, Document, Node
from editor.model.operations import ChangeNotice
from editor.model.session import EditSession
from editor.xmlio.errors import DocumentError
from editor.xmlio.fragments import COVER, fragment_bytes, read_fragment

VERSION = 1
Place = list[tuple[str, int]]  # (child list, index) from the document down; [("cover", 0)] for the cover page


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@dataclass(frozen=True)
class Base:
    """What a journal's edits apply to: a document file (`path`) or the recovery copy beside the journal."""

    kind: Literal["file", "copy"]
    sha256: str
    path: str | None = None

    def as_json(self) -> dict[str, str]:
        out = {"kind": self.kind, "sha256": self.sha256}
        if self.path is not None:
            out["path"] = self.path
        return out

    @classmethod
    def from_json(cls, value: object) -> Base:
        if not isinstance(value, dict) or value.get("kind") not in ("file", "copy") or not isinstance(value.get("sha256"), str):
            raise ValueError("the journal's base is not one this editor writes")
        path = value.get("path")
        if value["kind"] == "file" and not isinstance(path, str):
            raise ValueError("the journal's base names no file")
        return cls(value["kind"], value["sha256"], path if isinstance(path, str) else None)


def _line(value: dict[str, Any]) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8") + b"\n"


def header_line(key: str, original: Path | None, base: Base) -> bytes:
    return _line({"journal": VERSION, "key": key, "original": str(original) if original else None, "base": base.as_json(),
                  "started": time.time()})


# -- recording -------------------------------------------------------------------------------------


def place_of(document: Document, item: Node | Cover) -> Place | None:
    """Where `item` stands in `document`, or None when it is no longer part of it."""
    if isinstance(item, Cover):
        return [(COVER, 0)] if document.cover is item else None
    place: Place = []
    node: Node = item
    while node is not document:
        parent = node.parent
        if parent is None:
            return None
        for name in parent.CHILD_LISTS:
            index = next((i for i, child in enumerate(getattr(parent, name)) if child is node), None)
            if index is not None:
                place.append((name, index))
                break
        else:
            return None
        node = parent
    place.reverse()
    return place


class Recorder:
    """What the edits of one session touched since the last flush."""

    def __init__(self, session: EditSession) -> None:
        self.session = session
        self._touched: dict[int, object] = {}
        self.first_at = self.last_at = 0.0  # time.monotonic() of the first and last unflushed edit
        session.subscribe(self.note)

    def detach(self) -> None:
        try:
            self.session.unsubscribe(self.note)
        except ValueError:
            pass

    def note(self, notice: ChangeNotice) -> None:
        now = time.monotonic()
        if not self._touched:
            self.first_at = now
        self.last_at = now
        for item in notice.nodes:
            self._touched.setdefault(id(item), item)

    @property
    def pending(self) -> bool:
        return bool(self._touched)

    def clear(self) -> None:
        self._touched.clear()

    def edits(self) -> list[dict[str, Any]] | None:
        """The entry's edits: each topmost touched node with its place; None when the document itself changed."""
        document = self.session.document
        placed: list[tuple[Place, Node | Cover]] = []
        for item in self._touched.values():
            if item is document:
                return None
            if isinstance(item, Node | Cover):
                place = place_of(document, item)
                if place is not None:
                    placed.append((place, item))
        places = {tuple(p) for p, _ in placed}
        edits = []
        for place, item in sorted(placed, key=lambda pair: pair[0]):
            if any(tuple(place[:n]) in places for n in range(1, len(place))):
                continue  # an ancestor is written whole
            xml = fragment_bytes(item, place[-1][0]).decode("utf-8")
            edits.append({"place": [list(step) for step in place], "xml": xml})
        return edits


def entry_line(seq: int, edits: list[dict[str, Any]]) -> bytes:
    return _line({"seq": seq, "at": time.time(), "edits": edits})


# -- replaying ---------------------------------------------------------------------------------------


@dataclass
class Journal:
    """A journal as read back: its header and the entries that could be read, in order."""

    key: str
    original: str | None
    base: Base
    started: float
    entries: list[dict[str, Any]] = field(default_factory=list)
    last_at: float = 0.0
    cut: str | None = None  # why reading stopped before the end, if it did


def moment(value: object) -> float | None:
    """A time read from a file, when it is one (1e400 and "yesterday" are not)."""
    if isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value) and 0 <= value < 1e11:
        return float(value)
    return None


def _lines(data: bytes) -> Iterator[tuple[int, bytes]]:
    start = 0
    number = 0
    while start < len(data):
        end = data.find(b"\n", start)
        number += 1
        yield number, data[start:] if end < 0 else data[start:end + 1]
        if end < 0:
            return
        start = end + 1


def parse(data: bytes, path: Path) -> Journal:
    """The journal in `data`; DocumentError when its header cannot be read (a torn tail only shortens it)."""
    lines = _lines(data)
    try:
        _, first = next(lines)
        head = json.loads(first)
        if not isinstance(head, dict) or head.get("journal") != VERSION or not isinstance(head.get("key"), str):
            raise ValueError("not a journal of this editor")
        original = head.get("original")
        journal = Journal(head["key"], original if isinstance(original, str) else None, Base.from_json(head.get("base")),
                          moment(head.get("started")) or 0.0)
    except (StopIteration, ValueError, UnicodeDecodeError) as exc:
        raise DocumentError(path, f"is not a journal this editor can read ({exc or 'empty'})", 1) from None
    journal.last_at = journal.started
    for number, raw in lines:
        try:
            if not raw.endswith(b"\n"):
                raise ValueError("cut short")
            entry = json.loads(raw)
            if not isinstance(entry, dict) or entry.get("seq") != len(journal.entries) + 1 or not isinstance(entry.get("edits"), list):
                raise ValueError("out of sequence")
        except (ValueError, UnicodeDecodeError) as exc:
            journal.cut = f"line {number} is {exc}" if "cut short" in str(exc) else f"line {number} cannot be read"
            break
        journal.entries.append(entry)
        journal.last_at = moment(entry.get("at")) or journal.last_at
    return journal


def _slot(document: Document, place: Place) -> tuple[Node, str, int]:
    """The parent, list and index a place names in `document`; LookupError when it has no such place."""
    node: Node = document
    for depth, (name, index) in enumerate(place):
        children = getattr(node, name) if name in node.CHILD_LISTS else None
        if children is None or not 0 <= index < len(children):
            raise LookupError(f"no {name}[{index}]")
        if depth == len(place) - 1:
            return node, name, index
        node = children[index]
    raise LookupError("an empty place")


def _place(value: object) -> Place:
    if not isinstance(value, list) or not value:
        raise ValueError("a place that is no list")
    place: Place = []
    for step in value:
        if not (isinstance(step, list) and len(step) == 2 and isinstance(step[0], str) and isinstance(step[1], int)
                and not isinstance(step[1], bool)):
            raise ValueError("a place step that is no (list, index) pair")
        place.append((step[0], step[1]))
    return place


def apply_entry(document: Document, entry: dict[str, Any], path: Path) -> None:
    """Put each fragment of one entry back at its place (DocumentError when one does not fit)."""
    for edit in entry["edits"]:
        try:
            place = _place(edit.get("place") if isinstance(edit, dict) else None)
            xml = edit["xml"]
            if not isinstance(xml, str):
                raise ValueError("a fragment that is no text")
            item = read_fragment(xml.encode("utf-8"), place[-1][0], path)
            if isinstance(item, Cover):
                if place != [(COVER, 0)] or document.cover is None:
                    raise LookupError("cover")
                document.cover = item
                continue
            parent, name, index = _slot(document, place)
            getattr(parent, name)[index].parent = None
            getattr(parent, name)[index] = item
            item.parent = parent
        except (ValueError, LookupError, TypeError, DocumentError) as exc:
            reason = exc.message if isinstance(exc, DocumentError) else str(exc)
            raise DocumentError(path, f"entry {entry.get('seq')} does not fit the document it follows ({reason})") from None
