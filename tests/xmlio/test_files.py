"""Canonical serialisation, schema validity of what we write, atomic saving."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from editor.model import Clause, Cover, Document, Footnote, Inline, Note, Proposal, Span
from editor.xmlio import DocumentError, read_bytes, read_file, save, to_bytes
from editor.xmlio import writer as writer_module
from tests.factories import base_document, mod_document


def _rich_document() -> Document:
    doc, _ = mod_document()
    res = doc.proposals[0].resolution
    assert res is not None
    res.footnotes.append(Footnote("1", "See Resolution 1 (Rev. Hammamet, 2016)."))
    res.footnotes[-1].parent = res
    res.sections[0].clauses[0].text = Inline([Span("the purposes "), Span("of the Union", italic=True), Span("", footnote="1"),
                                             Span(" in "), Span("considering b)", xref="considering b)", italic=True), Span(";", bold=True)])
    res.sections[0].clauses[0]._adopt()
    doc.proposals.append(Proposal("SUP", "ARB/36A2/2", reasons="Obsolete.", notes=[Note("A paragraph kept by the importer.")]))
    doc.proposals[-1].parent = doc
    return doc


@pytest.mark.parametrize("make", [base_document, lambda: mod_document()[0], _rich_document], ids=["resolution", "mod", "rich"])
def test_round_trip_is_byte_identical(make) -> None:  # type: ignore[no-untyped-def]
    data = to_bytes(make())
    again = to_bytes(read_bytes(data))
    assert again == data


def test_round_trip_keeps_marks_footnotes_and_formatting() -> None:
    doc = _rich_document()
    back = read_bytes(to_bytes(doc))
    res, res2 = doc.proposals[0].resolution, back.proposals[0].resolution
    assert res is not None and res2 is not None
    assert res2.sections[0].clauses[0].text == res.sections[0].clauses[0].text
    assert res2.adoption == res.adoption
    assert [m for _, m, _ in back.marks()] == [m for _, m, _ in doc.marks()]
    assert res2.title.text() == res.title.text() and "\n" in res2.title.text()


def test_standalone_resolution_and_contribution_roots() -> None:
    assert to_bytes(base_document()).splitlines()[1].startswith(b"<resolution ")
    assert to_bytes(mod_document()[0]).splitlines()[1] == b'<contribution version="1" xml:lang="en">'


def test_invalid_document_is_never_written(tmp_path: Path) -> None:
    doc = Document([Proposal("MOD", "X/1/1")], Cover())
    doc.proposals[0].action = "CHANGE"  # type: ignore[assignment]
    target = tmp_path / "out.xml"
    target.write_bytes(b"previous content")
    with pytest.raises(DocumentError) as info:
        save(doc, target)
    assert "not saved" in str(info.value)
    assert target.read_bytes() == b"previous content"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.xml"]


def test_save_keeps_previous_version_as_bak(tmp_path: Path) -> None:
    target = tmp_path / "doc.xml"
    first = save(base_document(), target)
    second = save(mod_document()[0], target)
    assert target.read_bytes() == second
    assert (tmp_path / "doc.xml.bak").read_bytes() == first
    assert read_file(target).proposals[0].identifier == "ARB/36A2/1"


def test_saved_file_keeps_the_mode_a_user_expects(tmp_path: Path) -> None:
    """A new file gets the umask's mode (not mkstemp's private 0600); a saved file keeps its mode."""
    fresh = tmp_path / "new.xml"
    save(base_document(), fresh)
    umask = os.umask(0)
    os.umask(umask)
    assert fresh.stat().st_mode & 0o777 == 0o666 & ~umask
    shared = tmp_path / "shared.xml"
    save(base_document(), shared)
    shared.chmod(0o640)
    save(mod_document()[0], shared)
    assert shared.stat().st_mode & 0o777 == 0o640


def test_crash_during_save_leaves_the_old_file_whole(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "doc.xml"
    original = save(base_document(), target)

    def crash(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(writer_module.os, "replace", crash)
    with pytest.raises(DocumentError) as info:
        save(mod_document()[0], target)
    assert "No space left" in str(info.value)
    assert target.read_bytes() == original
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_unwritable_folder_is_a_clear_error(read_only_folder: Path) -> None:
    with pytest.raises(DocumentError):
        save(base_document(), read_only_folder / "x.xml")


def test_nested_items_validate_to_three_levels_only() -> None:
    doc = base_document()
    res = doc.proposals[0].resolution
    assert res is not None
    clause = res.sections[2].clauses[1]
    deep = Clause("a)", "one", [Clause("i)", "two", [Clause("–", "three")])])
    clause.items.append(deep)
    deep.parent = clause
    to_bytes(doc)
    deep.items[0].items[0].items.append(Clause("•", "four"))
    with pytest.raises(DocumentError):
        to_bytes(doc)


def _left_behind(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


def test_a_bak_that_is_a_folder_is_named_and_nothing_is_left(tmp_path: Path) -> None:
    target = tmp_path / "doc.xml"
    original = save(base_document(), target)
    (tmp_path / "doc.xml.bak").mkdir()
    with pytest.raises(DocumentError) as info:
        save(mod_document()[0], target)
    assert str(info.value) == (f"{target}.bak: could not be made as the backup of doc.xml (it is a folder), "
                               "so doc.xml was not saved and is unchanged")
    assert target.read_bytes() == original and _left_behind(tmp_path) == []


def test_a_bak_on_a_full_disk_leaves_nothing_behind(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A file system without hard links (FAT, some network shares) copies the backup; the copy runs out of room."""
    import resource
    import signal

    target = tmp_path / "doc.xml"
    big = base_document()
    big.proposals[0].resolution.title = Inline([Span("x" * 200_000)])  # type: ignore[union-attr]
    big.proposals[0].resolution._adopt()  # type: ignore[union-attr]
    original = save(big, target)

    def no_links(*_args: object) -> None:
        raise OSError(1, "Operation not permitted")

    monkeypatch.setattr(writer_module.os, "link", no_links)
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    previous = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (100_000, hard))  # writing past 100 kB fails: "File too large"
    try:
        with pytest.raises(DocumentError) as info:
            save(base_document(), target)
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, previous)
    assert str(info.value).startswith(f"{target}.bak: could not be made as the backup of doc.xml (File too large)")
    assert target.read_bytes() == original and _left_behind(tmp_path) == []


def test_saving_over_a_link_writes_through_to_its_file(tmp_path: Path) -> None:
    real = tmp_path / "shared" / "doc.xml"
    real.parent.mkdir()
    first = save(base_document(), real)
    real.chmod(0o640)
    link = tmp_path / "doc.xml"
    link.symlink_to(real)
    second = save(mod_document()[0], link)
    assert link.is_symlink() and link.resolve() == real
    assert real.read_bytes() == second and (real.parent / "doc.xml.bak").read_bytes() == first
    assert real.stat().st_mode & 0o777 == 0o640
    assert _left_behind(tmp_path) == [] and _left_behind(real.parent) == []


def test_saving_over_a_device_or_a_pipe_is_refused(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe.xml"
    os.mkfifo(pipe)
    (tmp_path / "null.xml").symlink_to("/dev/null")
    for target, kind in ((pipe, "not a regular file"), (tmp_path / "null.xml", "the link leads to /dev/null"), (tmp_path, "a folder")):
        with pytest.raises(DocumentError, match=kind):
            save(base_document(), target)
    assert Path("/dev/null").is_char_device()


def test_a_control_character_is_named_not_a_crash() -> None:
    doc = base_document()
    clause = doc.proposals[0].resolution.sections[0].clauses[0]  # type: ignore[union-attr]
    clause.text = Inline([Span("the purposes\x01 of the Union")])
    clause._adopt()
    with pytest.raises(DocumentError) as info:
        to_bytes(doc)
    assert "the text of a clause holds the control character U+0001, which an XML file cannot hold" in info.value.message
    assert "\x01" not in str(info.value) and "\\x01" in str(info.value)
