"""Command line: `main.py COMMAND …`, or `main.py [FILE]` for the window.

Each command lives in its own module `editor/cli/<name>_cmd.py` with a
`register(subparsers)` function, listed in `build_parser` (imported there,
not at the top, since the command modules import this package's exit
codes).  Errors reach the user as one line on standard error, never as a
traceback.
"""

from __future__ import annotations

import argparse
import difflib
import io
import os
import sys
from collections.abc import Mapping, Sequence
from typing import TextIO

from editor.languages import forget_loaded, loaded_problems
from editor.xmlio.errors import DocumentError, printable

EXIT_OK, EXIT_PROBLEMS, EXIT_UNREADABLE = 0, 1, 2


def build_parser() -> tuple[argparse.ArgumentParser, set[str]]:
    parser = argparse.ArgumentParser(
        prog="main.py",
        description="Resolution Editor: draft ITU resolutions and proposals. Without a command, opens the window.",
        epilog="Window: main.py [FILE] [--screenshot OUT.png] [--size WxH] [--problem N] (main.py FILE --help for details).",
    )
    from editor.cli import (
        accept_cmd,
        comments_cmd,
        compare_cmd,
        export_cmd,
        fix_cmd,
        import_cmd,
        newmod_cmd,
        outline_cmd,
        pdf_cmd,
        reject_cmd,
        validate_cmd,
    )

    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    names: set[str] = set()
    for command in (accept_cmd, comments_cmd, compare_cmd, export_cmd, fix_cmd, import_cmd, newmod_cmd, outline_cmd,
                    pdf_cmd, reject_cmd, validate_cmd):
        names.update(command.register(sub))
    return parser, names


class PrintableStream(io.TextIOBase):
    """Standard output or error with every character that could mislead a terminal shown as an escape.

    File names and document text reach the terminal in messages; a newline,
    an escape sequence, a right-to-left override or a byte that is not UTF-8
    in them must not break the one line, reprogram the terminal or make the
    print fail (editor.xmlio.errors.printable).
    """

    def __init__(self, stream: TextIO) -> None:
        super().__init__()
        self.stream = stream

    def write(self, text: str) -> int:
        self.stream.write(printable(text, keep="\n\t"))
        return len(text)

    def flush(self) -> None:
        self.stream.flush()

    def isatty(self) -> bool:
        return self.stream.isatty()


def main(argv: Sequence[str] | None = None) -> int:
    out, err = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = PrintableStream(out), PrintableStream(err)
    try:
        return _run(list(sys.argv[1:] if argv is None else argv))
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        sys.stdout, sys.stderr = out, err


def _run(args_list: list[str]) -> int:
    parser, names = build_parser()
    if args_list and looks_like_command(args_list[0], names):
        close = difflib.get_close_matches(args_list[0], sorted(names), n=1)
        hint = f"; did you mean '{close[0]}'?" if close else ""
        print(f"error: unknown command '{args_list[0]}'{hint} (commands: {', '.join(sorted(names))})", file=sys.stderr)
        return EXIT_UNREADABLE
    if not args_list or (args_list[0] not in names and args_list[0] not in ("-h", "--help")):
        return open_window(args_list)
    args = parser.parse_args(args_list)
    forget_loaded()
    try:
        try:
            return int(args.func(args))
        finally:
            report_language_files()
    except DocumentError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_UNREADABLE
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # the last line of defence: one sentence, no traceback
        print(f"error: internal error while running '{args.command}': {type(exc).__name__}: {exc}", file=sys.stderr)
        return 3


def report_language_files() -> None:
    """A language file of the drafter's own that the command's languages could not use: one `warning:` line each on
    standard error, once per command, whatever the command (the built-in data stood in; the exit status stays the
    command's)."""
    for unusable in loaded_problems():
        print(f"warning: {printable(unusable)}", file=sys.stderr)


def looks_like_command(word: str, names: set[str]) -> bool:
    """A first word that is neither a command, an option nor a file: a mistyped command.

    Anything with a suffix or a folder in it, or that exists, is taken as a
    file for the window, so that `main.py draft` still opens a file named so.
    """
    if word in names or word.startswith("-") or "." in word or "/" in word or os.sep in word:
        return False
    return not os.path.exists(word)


def no_display(args: list[str], environ: Mapping[str, str] | None = None, platform: str | None = None) -> bool:
    """Whether a window cannot open here: Linux without X11 or Wayland and no Qt platform chosen.

    Qt would abort the process with a page about platform plugins; a drafter
    (or a script on a server) gets one sentence instead.  --screenshot renders
    offscreen and needs no display.
    """
    env = os.environ if environ is None else environ
    if (platform or sys.platform) != "linux" or any(a in ("--screenshot", "-h", "--help") for a in args):
        return False
    return not any(env.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def open_window(args: list[str]) -> int:
    """Start the desktop application (the window lives in editor.app)."""
    if no_display(args):
        print("error: no graphical display (DISPLAY and WAYLAND_DISPLAY are not set): start the editor in a desktop "
              "session, or use a command (see main.py --help)", file=sys.stderr)
        return EXIT_UNREADABLE
    from editor import app  # here, not above: the commands never load Qt

    return int(app.main(args))
