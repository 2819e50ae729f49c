"""Crash recovery: the recovery folder, the journal of edits, the lock of a running session.

Plain Python, no Qt, so that the crash tests and the recovery benchmark read
the folder exactly as the window does.

- `store`: the folder (recovery copies, their notes, journals), what a crash
  left behind and reading it back, broken copies kept aside.
- `journal`: an append-only file of the edits since the last full copy,
  flushed within a second of typing and replayed onto that copy.
- `lock`: a lock on a file held open by the running window, which the
  system releases when the process dies however it dies.
- `keeper`: keeps one open document recoverable (lock, journal, copies).
- `folder`: a private folder (0700) with private files (0600), and what is
  wrong with a folder that cannot serve.
"""
