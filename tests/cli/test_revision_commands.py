"""`main.py accept | reject | compare | new-mod` on files."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor.cli import main
from editor.model import project
from editor.revisions.review import list_changes
from editor.xmlio import read_file, save, to_bytes
from tests.factories import base_document, mod_document
from tests.revisions.checks import resolution_bytes


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    base, marked = tmp_path / "R07.xml", tmp_path / "mod.xml"
    save(base_document(), base)
    save(mod_document()[0], marked)
    return {"base": base, "mod": marked, "dir": tmp_path}


def test_accept_and_reject_write_the_final_and_original_views(files: dict[str, Path], capsys: pytest.CaptureFixture[str]) -> None:
    out_a, out_r = files["dir"] / "a.xml", files["dir"] / "r.xml"
    assert main(["accept", str(files["mod"]), "-o", str(out_a)]) == 0
    assert main(["reject", str(files["mod"]), "-o", str(out_r)]) == 0
    doc = read_file(files["mod"])
    assert out_a.read_bytes() == to_bytes(project(doc, "final"))
    assert out_r.read_bytes() == to_bytes(project(doc, "original"))
    assert "8 changes accepted" in capsys.readouterr().out


def test_compare_writes_a_marked_mod(files: dict[str, Path], capsys: pytest.CaptureFixture[str]) -> None:
    final = files["dir"] / "final.xml"
    main(["accept", str(files["mod"]), "-o", str(final)])
    out = files["dir"] / "marked.xml"
    assert main(["compare", str(files["base"]), str(final), "-o", str(out), "--date", "2022-03-01T09:00:00Z"]) == 0
    marked = read_file(out)
    assert resolution_bytes(marked, "original") == files["base"].read_bytes()
    assert resolution_bytes(marked, "final") == resolution_bytes(read_file(final), "markup")
    changes = list_changes(marked)
    assert {(c.author, c.date) for c in changes} == {("Arab States Administrations", "2022-03-01T09:00:00Z")}
    assert "8 changes marked" in capsys.readouterr().out


def test_new_mod_from_a_resolution_file(files: dict[str, Path]) -> None:
    out = files["dir"] / "new.xml"
    args = ["new-mod", str(files["base"]), "--place", "Geneva", "--year", "2022", "--id", "ARB/36A2/1", "--author", "ARB", "-o", str(out)]
    assert main(args) == 0
    doc = read_file(out)
    res = doc.proposals[0].resolution
    assert res is not None and res.number_line("final") == "RESOLUTION 7 (Rev. Geneva, 2022)"
    assert len(list_changes(doc)) == 5
    assert main([*args[:-2], "--action", "SUP", "-o", str(out)]) == 0
    assert not read_file(out).proposals[0].resolution.sections  # type: ignore[union-attr]


@pytest.mark.parametrize("argv", [
    ["new-mod", "{base}", "--place", "Geneva", "--year", "22", "-o", "{dir}/x.xml"],
    ["compare", "{dir}/missing.xml", "{base}", "-o", "{dir}/x.xml"],
    ["accept", "{dir}", "-o", "{dir}/x.xml"],
    ["compare", "{base}", "{base}", "-o", "{dir}/x.xml", "--date", "yesterday"],
])
def test_errors_are_one_sentence_naming_the_file(files: dict[str, Path], argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    args = [a.format(base=files["base"], dir=files["dir"]) for a in argv]
    assert main(args) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and err.count("\n") == 1 and "Traceback" not in err
    assert not (files["dir"] / "x.xml").exists()
