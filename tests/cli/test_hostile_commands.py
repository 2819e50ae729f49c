"""Every hostile input (tests/hostile.py) through every command: exit 0 or 2 (1 for problems found by validate and fix),
one line naming the file when refused, no traceback, no hang, bounded memory, nothing fetched or leaked.

The runs are grouped into two processes (tests/cli/hostile_driver.py) that
share the machine's two cores; a handful of cases also run as `main.py`
itself, one process each, for the real exit status and standard error.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from editor.xmlio.errors import printable
from tests.hostile import SECRET, Case, FifoTrap, Listener, make_cases

ROOT = Path(__file__).resolve().parents[2]
DRIVER = Path(__file__).with_name("hostile_driver.py")
JOB_SECONDS = 30  # per run; the heaviest valid cases take a few seconds
MEMORY_MIB = 4096  # the drivers' address-space limit (Qt alone reserves about 1 GiB of it)
RSS_MIB = 1500  # what a driver may really use at its peak
PROCESSES = 2
ALLOWED = {"validate": {0, 1, 2}, "fix": {0, 1, 2}}


@dataclass(frozen=True)
class Run:
    case: Case
    command: str
    argv: list[str]
    output: Path | None


def _runs(cases: list[Case], out: Path, good: Path) -> list[Run]:
    runs: list[Run] = []
    for n, case in enumerate(cases):
        p, o = str(case.path), out / f"{n}"

        def run(command: str, *args: str, output: Path | None = None, _case: Case = case) -> None:
            runs.append(Run(_case, command, [command, *args], output))

        run("import", p, "-o", f"{o}.imported.xml", output=Path(f"{o}.imported.xml"))
        run("outline", p)
        run("validate", p)
        run("accept", p, "-o", f"{o}.accepted.xml", output=Path(f"{o}.accepted.xml"))
        run("reject", p, "-o", f"{o}.rejected.xml", output=Path(f"{o}.rejected.xml"))
        run("compare", p, str(good), "-o", f"{o}.old.xml", output=Path(f"{o}.old.xml"))
        run("compare", str(good), p, "-o", f"{o}.new.xml", output=Path(f"{o}.new.xml"))
        run("new-mod", p, "--place", "Geneva", "--year", "2022", "-o", f"{o}.mod.xml", output=Path(f"{o}.mod.xml"))
        if not case.heavy:
            run("fix", p, "-o", f"{o}.fixed.xml", output=Path(f"{o}.fixed.xml"))
            run("export", p, "--docx", f"{o}.docx", output=Path(f"{o}.docx"))
            run("pdf", p, "-o", f"{o}.pdf", output=Path(f"{o}.pdf"))
    return runs


def _drive(runs: list[Run], folder: Path) -> Iterator[tuple[Run, dict[str, Any]]]:
    """Run every command line in PROCESSES driver processes; yield each run with its result."""
    procs = []
    for k in range(PROCESSES):
        jobs = [{"id": i, "argv": r.argv, "timeout": JOB_SECONDS} for i, r in enumerate(runs) if i % PROCESSES == k]
        jobs_path, results_path = folder / f"jobs-{k}.json", folder / f"results-{k}.jsonl"
        jobs_path.write_text(json.dumps(jobs), encoding="utf-8")
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
        procs.append((subprocess.Popen([sys.executable, str(DRIVER), str(jobs_path), str(results_path), str(MEMORY_MIB)], cwd=ROOT,
                                       env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True), results_path))
    deadline = time.monotonic() + 900
    for proc, _ in procs:
        try:
            _, stderr = proc.communicate(timeout=max(1.0, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            proc.kill()
            _, stderr = proc.communicate()
        assert "Traceback" not in stderr, stderr[-3000:]
    for _, results_path in procs:
        started: set[int] = set()
        for line in results_path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            if "start" in record:
                started.add(record["start"])
                continue
            started.discard(record["id"])
            yield runs[record["id"]], record
        assert not started, f"never finished: {[runs[i].argv for i in started]}"


def _problems(run: Run, result: dict[str, Any]) -> list[str]:
    """What is wrong with one run's outcome (nothing when it behaved)."""
    rc, out, err = result["rc"], result["stdout"], result["stderr"]
    wrong = []
    if rc not in ALLOWED.get(run.command, {0, 2}):
        wrong.append(f"exit {rc}")
    if "Traceback" in out + err or "internal error" in err:
        wrong.append("a traceback or an internal error")
    if SECRET in out + err:
        wrong.append("leaked the secret")
    name = printable(str(run.case.path))
    lines = err.splitlines()
    if rc == 2 and not (len(lines) == 1 and lines[0].startswith("error: ") and name in lines[0]):
        wrong.append("not one line naming the file")
    if rc in (0, 1) and any(not line.startswith(name) for line in lines):
        wrong.append("a message on stderr that names no file")
    if "\x1b" in out + err or "\u202e" in out + err:
        wrong.append("an escape sequence or a bidi override printed raw")
    return [f"{run.case.name}: {' '.join(run.argv[:1])}: {w}: {err.strip()[:300]!r}" for w in wrong]


@pytest.fixture(scope="module")
def outcome(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    folder = tmp_path_factory.mktemp("hostile")
    with Listener() as listener, FifoTrap(folder / "trap.fifo") as trap:
        cases = make_cases(folder / "cases", listener.port, trap.path)
        good = folder / "good.xml"
        good.write_bytes(next(c for c in cases if c.name == "resolution-valid").path.read_bytes())
        (folder / "out").mkdir()
        runs = _runs(cases, folder / "out", good)
        results = list(_drive(runs, folder))
        time.sleep(0.1)
        fetched = listener.connections, trap.opened
    return {"cases": cases, "runs": runs, "results": results, "fetched": fetched}


def test_at_least_150_cases_through_every_command(outcome: dict[str, Any]) -> None:
    assert len(outcome["cases"]) >= 150
    commands = {r.command for r in outcome["runs"]}
    assert commands == {"import", "outline", "validate", "fix", "accept", "reject", "compare", "new-mod", "export", "pdf"}
    assert len(outcome["results"]) == len(outcome["runs"])


def test_every_run_exits_calmly_with_one_line_naming_the_file(outcome: dict[str, Any]) -> None:
    wrong = [w for run, result in outcome["results"] for w in _problems(run, result)]
    assert not wrong, "\n".join(wrong[:40])


def test_nothing_is_fetched_and_no_other_file_is_read(outcome: dict[str, Any]) -> None:
    assert outcome["fetched"] == (0, 0), "a loopback connection or an open of the watched pipe"
    leaked = [str(r.output) for r, _ in outcome["results"] if r.output is not None and r.output.is_file()
              and SECRET.encode() in r.output.read_bytes()]
    assert leaked == []


def test_memory_and_time_stay_bounded(outcome: dict[str, Any]) -> None:
    peak = max(result["maxrss_mib"] for _, result in outcome["results"])
    assert peak < RSS_MIB, f"a driver grew to {peak:.0f} MiB"
    slow = [(r.case.name, r.command, round(res["seconds"], 1)) for r, res in outcome["results"] if res["seconds"] > JOB_SECONDS / 2]
    assert not slow, slow


def test_valid_and_refused_cases_are_told_apart(outcome: dict[str, Any]) -> None:
    """The suite proves something: sound documents pass, the attacks are refused."""
    by_case = {(r.case.name, r.command): res["rc"] for r, res in outcome["results"]}
    for name in ("mod-valid", "resolution-valid", "utf16-bom-valid", "doctype-in-cdata", "doctype-in-comment", "many-footnotes", "bidi-overrides"):
        assert by_case[(name, "outline")] == 0, name
    for name in ("billion-laughs", "xxe-file", "xxe-http", "utf16-doctype", "doctype-after-comment", "dev-zero", "fifo", "zip-bomb",
                 "rev-id-5000-digits", "over-the-limit", "fifo-parameter-entity", "text-binary-garbage"):
        assert by_case[(name, "validate")] == 2, name
    assert by_case[("text-seed-like", "import")] == 0
    assert by_case[("docx-valid", "import")] == 0
    for name in ("docx-zip-bomb", "docx-zip-bomb-total", "docx-doctype", "docx-entity-styles", "docx-missing-document",
                 "docx-corrupt-part", "docx-not-word-zip", "docx-encrypted", "word97-doc"):
        assert by_case[(name, "import")] == 2, name


REFUSED = ["fifo", "dev-zero", "billion-laughs", "utf16-doctype", "rev-id-5000-digits", "fifo-text"]
ODD_NAMES = ["name-newline", "name-escape", "name-bidi", "name-invalid-utf8"]


@pytest.mark.parametrize("name", REFUSED + ODD_NAMES)
def test_main_py_itself_exits_with_one_line_naming_the_file(tmp_path: Path, name: str) -> None:
    """As a process of its own: the real exit status, and the one line as the terminal receives it."""
    with Listener() as listener, FifoTrap(tmp_path / "trap.fifo") as trap:
        (case,) = [c for c in make_cases(tmp_path / "cases", listener.port, trap.path) if c.name == name]
        command = "import" if case.text else "validate"
        done = subprocess.run([sys.executable, "main.py", command, str(case.path), *(["-o", str(tmp_path / "o.xml")] if case.text else [])],
                              cwd=ROOT, capture_output=True, timeout=60, env={**os.environ, "PYTHONPATH": str(ROOT)})
    line = (done.stderr if name in REFUSED else done.stdout).decode("utf-8")
    assert line.count("\n") == 1 and printable(str(case.path)) in line and "\x1b" not in line and "\u202e" not in line
    assert (done.returncode, line.startswith("error: ")) == ((2, True) if name in REFUSED else (0, False))
