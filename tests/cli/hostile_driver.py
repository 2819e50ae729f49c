"""Runs many commands in one process for the hostile-input suite: `hostile_driver.py JOBS.json RESULTS.jsonl MEMORY_MIB`.

Starting Python, lxml and Qt for each of some two thousand runs would take
minutes, so the suite hands one process a list of command lines and this
script runs each through editor.cli.main exactly as `main.py` would, with
its standard output and error captured, an alarm as the time limit of each
run (a blocking system call is interrupted by it too), and an address-space
limit over the whole process so that a memory bomb fails as MemoryError
instead of filling the machine.  Each run is announced before it starts
and reported when it ends, one JSON line each, so a run that never ends is
named by the last announcement.
"""

from __future__ import annotations

import contextlib
import io
import json
import resource
import signal
import sys
import time
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))


class TimeUp(BaseException):
    """The run's time limit passed (BaseException, so that no `except Exception` of the editor hides it)."""


def _time_up(_signum: int, _frame: object) -> None:
    raise TimeUp


def main(jobs_path: str, results_path: str, memory_mib: str) -> int:
    limit = int(memory_mib) * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    from editor.cli import main as cli_main

    signal.signal(signal.SIGALRM, _time_up)
    jobs = json.loads(Path(jobs_path).read_text(encoding="utf-8", errors="surrogateescape"))
    with open(results_path, "a", encoding="utf-8", errors="surrogateescape") as results:
        for job in jobs:
            results.write(json.dumps({"start": job["id"]}) + "\n")
            results.flush()
            out, err = io.StringIO(), io.StringIO()
            started = time.perf_counter()
            rc: int | str
            signal.alarm(int(job["timeout"]))
            try:
                with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                    rc = cli_main(job["argv"])
            except SystemExit as exc:
                rc = exc.code if isinstance(exc.code, int) else 2
            except TimeUp:
                rc = "timeout"
            except BaseException:  # what cli.main let through: the suite reports it as the failure it is
                rc = "raised"
                err.write(traceback.format_exc())
            finally:
                signal.alarm(0)
            results.write(json.dumps({"id": job["id"], "rc": rc, "stdout": out.getvalue(), "stderr": err.getvalue(),
                                      "seconds": time.perf_counter() - started,
                                      "maxrss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}) + "\n")
            results.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
