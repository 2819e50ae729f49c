"""The command list: every command module is registered, and the commands never load Qt."""

from __future__ import annotations

import argparse
import importlib
import subprocess
import sys
from pathlib import Path

from editor.cli import build_parser

CLI = Path(__file__).resolve().parents[2] / "editor" / "cli"


def test_every_command_module_is_registered() -> None:
    """A new editor/cli/<name>_cmd.py must be added to build_parser's list."""
    _parser, names = build_parser()
    for path in CLI.glob("*_cmd.py"):
        module = importlib.import_module(f"editor.cli.{path.stem}")
        own = set(module.register(argparse.ArgumentParser().add_subparsers()))
        assert own and own <= names, path.name


def test_a_command_runs_without_loading_qt() -> None:
    code = ("import sys\nfrom editor.cli import main\ntry:\n    main(['validate', '--help'])\nexcept SystemExit:\n    pass\n"
            "print('PySide6' in sys.modules)")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                         cwd=CLI.parents[1])
    assert run.stdout.strip().splitlines()[-1] == "False"
