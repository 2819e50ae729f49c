"""Starting the window where none can open: one sentence, not Qt's abort."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from editor.cli import no_display

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
