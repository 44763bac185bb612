"""The lock that says "this database is open in an mra-desktop window", read without Qt.

The window holds Qt's ``QLockFile`` ``NAME.lock`` beside the database for as long as it is
open. The core (the command line restoring a backup) must see that lock and take it
itself, so that a window cannot open the database while its file is being replaced. It
follows the same protocol as Qt, so that both sides understand each other:

- the lock file is created exclusively and holds ``pid``, the process name and the host
  name, one a line;
- on POSIX the holder keeps an ``flock`` on it (and an ``fcntl`` lock) for as long as it
  holds the lock; a file whose ``flock`` can be taken was left by a process that died, and
  is removed (Qt also takes that lock before removing a stale lock file, so neither side
  can remove a lock the other holds);
- on Windows the holder keeps the file open without sharing it for writing, so opening it
  for writing fails while it is held.
"""

from __future__ import annotations

import contextlib
import os
import socket
import sys
from collections.abc import Iterator
from pathlib import Path

from mra_desktop.core.errors import MraError

if os.name == "posix":  # pragma: no branch
    import fcntl


class DatabaseInUseError(MraError):
    code = "database_in_use"


def lock_path(db_path: Path) -> Path:
    """``NAME.lock`` beside the database (the file the window's QLockFile holds)."""
    return db_path.with_name(db_path.name + ".lock")


def _process_name(pid: int) -> str | None:
    """The executable's file name of a running process, as Qt records it (Linux), or None."""
    try:
        target = os.readlink(f"/proc/{pid}/exe")
    except OSError:
        return None
    return os.path.basename(target.removesuffix(" (deleted)"))


def _own_process_name() -> str:
    return _process_name(os.getpid()) or os.path.basename(sys.executable)


def _native_lock(fd: int) -> bool:
    """Take the POSIX locks a holder keeps; False when another holder has them."""
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    try:
        fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        fcntl.flock(fd, fcntl.LOCK_UN)
        return False
    return True


def is_locked(db_path: Path) -> bool:
    """Whether a live process (an mra-desktop window) holds the database's lock."""
    path = lock_path(db_path)
    if os.name != "posix":
        try:
            fd = os.open(path, os.O_RDWR)
        except FileNotFoundError:
            return False
        except PermissionError:
            return True
        os.close(fd)
        return False
    try:
        fd = os.open(path, os.O_RDONLY)
    except FileNotFoundError:
        return False
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return True
        fcntl.flock(fd, fcntl.LOCK_UN)
        return False  # the process that made it died without removing it
    finally:
        os.close(fd)


def _remove_stale(path: Path) -> None:
    """Remove a lock left by a process that died, under its native lock (as Qt does)."""
    try:
        fd = os.open(path, os.O_RDWR)
    except FileNotFoundError:
        return
    try:
        if os.name == "posix" and not _native_lock(fd):
            return
        with contextlib.suppress(FileNotFoundError):
            os.unlink(path)
    finally:
        os.close(fd)


def in_use_message(db_path: Path) -> str:
    return (
        f"{db_path} is open in an mra-desktop window; close the window first. "
        "Nothing was changed."
    )


@contextlib.contextmanager
def database_lock(db_path: Path) -> Iterator[None]:
    """Hold the database's lock, as a window does, for the time of the block.

    Raises :class:`DatabaseInUseError` when a window (or another command) holds it.
    """
    path = lock_path(db_path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseInUseError(
            f"Cannot use {path.parent}: {exc.strerror or exc}. Nothing was changed."
        ) from exc
    fd = -1
    for _attempt in range(3):
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o666)
            break
        except FileExistsError:
            if is_locked(db_path):
                raise DatabaseInUseError(in_use_message(db_path)) from None
            _remove_stale(path)
        except OSError as exc:
            raise DatabaseInUseError(
                f"Cannot make the lock file {path}: {exc.strerror or exc}. Nothing was changed."
            ) from exc
    if fd < 0:
        raise DatabaseInUseError(in_use_message(db_path))
    try:
        if os.name == "posix" and not _native_lock(fd):
            raise DatabaseInUseError(in_use_message(db_path))
        os.write(fd, f"{os.getpid()}\n{_own_process_name()}\n{socket.gethostname()}\n".encode())
    except BaseException:
        os.close(fd)
        with contextlib.suppress(OSError):
            os.unlink(path)
        raise
    try:
        yield
    finally:
        with contextlib.suppress(OSError):
            os.unlink(path)
        os.close(fd)
