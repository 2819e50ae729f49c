"""Starting the window where none can open: one sentence, not Qt's abort."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from editor.cli import looks_like_command, main, no_display

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.skipif(sys.platform != "linux", reason="X11/Wayland display variables are a Linux matter")
def test_no_display_is_told_in_one_sentence() -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    run = subprocess.run([sys.executable, str(ROOT / "main.py"), str(ROOT / "examples" / "ARB-36A2-1.xml")],
                         env=env, capture_output=True, text=True, timeout=60)
    assert run.returncode == 2
    assert run.stderr.count("\n") == 1
    assert "no graphical display" in run.stderr


def test_a_display_or_a_chosen_platform_lets_the_window_start() -> None:
    assert no_display([], {}, "linux")
    assert not no_display([], {"DISPLAY": ":0"}, "linux")
    assert not no_display([], {"WAYLAND_DISPLAY": "wayland-0"}, "linux")
    assert not no_display([], {"QT_QPA_PLATFORM": "offscreen"}, "linux")
    assert not no_display(["doc.xml", "--screenshot", "out.png"], {}, "linux")
    assert not no_display([], {}, "darwin")
    assert not no_display(["doc.xml", "--help"], {}, "linux")


def test_a_mistyped_command_is_named_not_opened_as_a_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["valdate", "x.xml"]) == 2
    err = capsys.readouterr().err
    assert "unknown command 'valdate'" in err and "did you mean 'validate'" in err


def test_a_file_name_is_never_taken_for_a_command(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "draft").write_text("")
    names = {"validate", "import"}
    assert not looks_like_command("draft", names)
    assert not looks_like_command("draft.xml", names)
    assert not looks_like_command("folder/draft", names)
    assert not looks_like_command("validate", names)
    assert looks_like_command("valdate", names)
