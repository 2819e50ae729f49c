"""The recovery folder is private: unsaved drafts are nobody else's business.

Copies, notes, journals and locks are 0600 in a 0700 folder.  A folder that
cannot serve (a file where the folder should be, read-only, on a full disk)
is named in one sentence at start, and the window goes on without it.
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from pathlib import Path

FOLDER_MODE = 0o700
FILE_MODE = 0o600


def make_private(folder: Path) -> None:
    """Create `folder` (0700) if needed, and close an existing one of ours to group and others.

    Raises OSError when it cannot be made or is not a folder.
    """
    folder.parent.mkdir(parents=True, exist_ok=True)
    try:
        folder.mkdir(mode=FOLDER_MODE)
    except FileExistsError:
        pass
    info = os.stat(folder)
    if not stat.S_ISDIR(info.st_mode):
        raise NotADirectoryError(errno.ENOTDIR, os.strerror(errno.ENOTDIR), str(folder))
    if info.st_mode & 0o077 and info.st_uid == os.getuid():
        os.chmod(folder, FOLDER_MODE)


def problem(folder: Path) -> str | None:
    """Why `folder` cannot keep recovery copies, as the end of a sentence; None when it can.

    Tried for real (a private file is made and removed), since permission
    bits say nothing of a read-only or full file system.
    """
    if os.path.lexists(folder) and not folder.is_dir():
        return "is a file, not a folder"
    try:
        make_private(folder)
        fd, probe = tempfile.mkstemp(prefix=".probe-", dir=folder)
        os.close(fd)
        os.unlink(probe)
    except OSError as exc:
        reason = {errno.EROFS: "is on a read-only disk", errno.EACCES: "cannot be written (no permission)",
                  errno.EPERM: "cannot be written (no permission)", errno.ENOSPC: "is on a full disk",
                  errno.ENOTDIR: "cannot be made: a file stands where one of its folders should be"}.get(exc.errno or 0)
        return reason or f"cannot be used ({exc.strerror or exc})"
    return None
