"""Crash recovery of the real window under Xvfb: type, kill -9 at a random moment, restart (issue 12, item 10).

Each trial starts `main.py draft.xml` on a private X server (Xvfb) with its
own settings and recovery folder, clicks into the text and types with
xdotool as a person does (a key every 80-200 ms, now and then a pause of
thought), and kills the process with SIGKILL at a random moment between
0.3 and 12 seconds after the first key, so that some trials die before the
first full recovery copy (5 s) and some after.  Then it restarts the
editor, answers its offer to restore with Return, saves with Ctrl+S and
reads the saved file: the keys found there, in order, were recovered.

A trial is *fully* recovered when every key sent before the kill is in the
file, *partly* when some are, *lost* when none is; "seconds lost" is the
time from the first key that is missing to the kill (keys the editor had
not even received are counted as lost too, as the drafter would count them).
A figure, not a pass or fail; the target is at most 1 s.

Needs Xvfb and xdotool (`apt-get install xvfb xdotool`); says so and
stops when they are missing.  `benchmarks/run.py recovery` (24 trials), or
`benchmarks/bench_recovery.py [TRIALS]`; `RECOVERY_SEED` changes the random moments.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from editor.model.nodes import Document
from editor.recovery.store import RecoveryStore
from editor.xmlio import DocumentError, read_file

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "R07-Hammamet-2016.xml"
TRIALS = 24
ALPHABET = "abcdefghijklmnopqrstuvwxyz "


@dataclass
class Trial:
    sent: int  # keys sent before the kill
    recovered: int  # of them, found in the file saved after the restart
    seconds_lost: float
    killed_after: float  # seconds after the first key
    restored: bool  # the restarted editor offered a copy and it was taken


def _xdotool(display: str, *args: str, timeout: float = 10) -> str:
    done = subprocess.run(["xdotool", *args], env={**os.environ, "DISPLAY": display}, capture_output=True, text=True, timeout=timeout)
    return done.stdout.strip()


def _wait_window(display: str, pattern: str, seconds: float = 20) -> str | None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        found = _xdotool(display, "search", "--onlyvisible", "--name", pattern)
        if found:
            return found.splitlines()[-1]
        time.sleep(0.1)
    return None


def _start(display: str, home: Path, path: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "XDG_CONFIG_HOME": str(home / "config"),
           "XDG_DATA_HOME": str(home / "data"), "PYTHONPATH": str(ROOT)}
    env.pop("WAYLAND_DISPLAY", None)
    return subprocess.Popen([sys.executable, str(ROOT / "main.py"), str(path)], cwd=ROOT, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _kill(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        proc.send_signal(signal.SIGKILL)
    proc.wait()


def _text(document: Document) -> str:
    return "".join(i.text("markup") for node in document.walk() for i in node.inlines())


def _found(before: str, after: str, typed: str) -> int:
    """How many of the typed keys, from the first, the text gained: typing at one place inserts one run.

    The run is found by where it fits, not by a diff: typing "ta" before "that"
    reads, to a diff, as "at" inserted after the "t".  -1 when the text changed
    in any other way (the figure would not be about typing).
    """
    gained = len(after) - len(before)
    if gained == 0:
        return 0 if after == before else -1
    start = 0
    while start < min(len(before), len(after)) and before[start] == after[start]:
        start += 1
    run = typed[:gained]
    for at in range(max(0, start - gained), start + 1):
        if after[at:at + gained] == run and after[:at] == before[:at] and after[at + gained:] == before[at:]:
            return gained
    return -1


def trial(display: str, folder: Path, rng: random.Random) -> Trial:
    home = folder / "home"
    path = folder / "draft.xml"
    shutil.copyfile(EXAMPLE, path)
    app = _start(display, home, path)
    try:
        window = _wait_window(display, "draft.xml")
        assert window is not None, "the window did not appear"
        time.sleep(1.0)
        _xdotool(display, "windowfocus", "--sync", window)
        _xdotool(display, "mousemove", "--window", window, "600", "400", "click", "1")
        time.sleep(0.3)
        kill_after = rng.uniform(0.3, 12.0)
        typed, sent_at = "", []
        start = time.monotonic()
        while time.monotonic() - start < kill_after:
            key = rng.choice(ALPHABET)
            sent_at.append(time.monotonic())
            _xdotool(display, "type", "--delay", "0", key)
            typed += key
            pause = rng.uniform(0.08, 0.2) if rng.random() > 0.05 else rng.uniform(0.5, 2.0)
            time.sleep(max(0.0, min(pause, kill_after - (time.monotonic() - start))))
        killed = time.monotonic()
    finally:
        _kill(app)
    left = _what_was_left(home)
    restored = _restart_and_save(display, home, path)
    recovered = _found(_text(read_file(EXAMPLE)), _text(read_file(path)), typed)
    assert recovered >= 0, "the recovered text differs from the typed keys in another way than lost keys at the end"
    lost = 0.0 if recovered == len(typed) else killed - sent_at[recovered]
    if lost > 1:  # keep what it takes to see why
        kept = Path(tempfile.mkdtemp(prefix="recovery-trial-"))
        shutil.copytree(folder, kept, dirs_exist_ok=True)
        print(f"  typed {typed!r} at {[round(t - start, 2) for t in sent_at]}; the recovery folder held {left}; "
              f"the trial's files are kept in {kept}")
    return Trial(len(typed), recovered, lost, killed - start, restored)


def _recovery_folder(home: Path) -> Path:
    return home / "data" / "ResolutionEditor" / "Resolution Editor" / "recovery"


def _what_was_left(home: Path) -> list[str]:
    """What the crash left, as the restart will read it (for the report of a trial that lost more than a second)."""
    store = RecoveryStore(_recovery_folder(home))
    out = []
    for entry in store.pending():
        try:
            got = store.recover(entry)
            out.append(f"{entry.key}: {got.replayed} journal entries replayed{f', {got.problem}' if got.problem else ''}")
        except DocumentError as exc:
            out.append(f"{entry.key}: {exc}")
    return out


def _restart_and_save(display: str, home: Path, path: Path) -> bool:
    """Start the editor again, take its offer to restore, save; False when nothing was offered."""
    if not RecoveryStore(_recovery_folder(home)).pending():
        return False
    before = path.stat().st_mtime_ns
    app = _start(display, home, path)
    try:
        dialog = _wait_window(display, "^Resolution Editor$")
        assert dialog is not None, "no offer to restore"
        _xdotool(display, "windowfocus", "--sync", dialog)
        _xdotool(display, "key", "Return")
        window = _wait_window(display, "draft.xml")
        assert window is not None
        time.sleep(0.5)
        _xdotool(display, "windowfocus", "--sync", window)
        _xdotool(display, "key", "ctrl+s")
        end = time.monotonic() + 15
        while path.stat().st_mtime_ns == before and time.monotonic() < end:
            time.sleep(0.1)
        return path.stat().st_mtime_ns != before
    finally:
        _kill(app)


def main(trials: int = TRIALS) -> None:
    if not (shutil.which("Xvfb") and shutil.which("xdotool")):
        print("skipped: needs Xvfb and xdotool (apt-get install xvfb xdotool)")
        return
    display = f":{random.Random().randrange(150, 250)}"
    server = subprocess.Popen(["Xvfb", display, "-screen", "0", "1400x900x24", "-nolisten", "tcp"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    rng = random.Random(int(os.environ.get("RECOVERY_SEED", "2026")))
    results: list[Trial] = []
    try:
        time.sleep(1.0)
        for n in range(trials):
            with tempfile.TemporaryDirectory() as tmp:
                try:
                    result = trial(display, Path(tmp), rng)
                except (AssertionError, subprocess.TimeoutExpired) as exc:
                    print(f"  trial {n + 1}: could not be run ({exc})", flush=True)
                    continue
            results.append(result)
            print(f"  trial {n + 1:2d}: killed {result.killed_after:5.1f} s after the first key; {result.recovered:3d} of {result.sent:3d} "
                  f"keys recovered{'' if result.restored else ' (nothing offered)'}; {result.seconds_lost:4.2f} s lost", flush=True)
    finally:
        server.terminate()
        server.wait()
    if not results:
        return
    full = sum(r.recovered == r.sent for r in results)
    lost = sum(r.recovered == 0 and r.sent > 0 for r in results)
    early = [r for r in results if r.killed_after < 5]
    print(f"{len(results)} trials: {full} recovered fully, {len(results) - full - lost} partly, {lost} lost; "
          f"most seconds lost {max(r.seconds_lost for r in results):.2f} (median {statistics.median(r.seconds_lost for r in results):.2f}; "
          f"target at most 1 s); {len(early)} trials were killed before the first full copy (5 s)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else TRIALS)
