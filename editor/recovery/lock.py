"""A lock that dies with the process: flock on a file the running window holds open.

Telling a crashed session from a live one by its process id fails both
ways: an id is reused by another program, a zombie still answers, and a
note can hold any number.  An exclusive flock is held for as long as the
descriptor is open, and the system drops it when the process ends, by
kill -9 too; another process (or another descriptor of this one) asking
for the same lock without waiting learns at once whether its holder lives.
"""

from __future__ import annotations

import fcntl
import os
import stat
from pathlib import Path

_FLAGS = os.O_NOFOLLOW | os.O_CLOEXEC | os.O_NONBLOCK


class SessionLock:
    """The exclusive lock of one recovery key, held from the first autosave to the close."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> bool:
        """Take the lock; False when another live session holds it.  OSError when the file cannot be made."""
        if self._fd is not None:
            return True
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT | _FLAGS, 0o600)
        try:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                raise OSError(f"{self.path} is not a regular file")
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            return False
        except BaseException:
            os.close(fd)
            raise
        self._fd = fd
        return True

    def release(self) -> None:
        """Give the lock up and remove its file (a crashed session's file stays, unlocked)."""
        if self._fd is None:
            return
        try:
            self.path.unlink()
        except OSError:
            pass
        os.close(self._fd)
        self._fd = None


def held_by_a_live_session(path: Path) -> bool:
    """Whether a running process (this one included) holds the lock at `path`.

    A missing file, or anything that is not a regular file, holds nothing:
    the copies beside it belong to no running session.
    """
    try:
        fd = os.open(path, os.O_RDONLY | _FLAGS)
    except OSError:
        return False
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return False
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    except OSError:
        return False
    finally:
        os.close(fd)
    return False
