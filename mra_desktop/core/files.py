"""Writing files so that a crash, a full disk or a bad path never leaves half a file."""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from mra_desktop.core.errors import MraError


class FileWriteError(MraError):
    code = "file_write"


def _write_error(target: Path, exc: OSError | None = None, into: bool = False) -> FileWriteError:
    """The error for a file (or, ``into``, a folder) that cannot be written: "disk_full"
    when the disk is full, so that the interface can say so."""
    where = f"into {target}" if into else str(target)
    reason = _reason(exc) if exc is not None else "it is a folder"
    code = "disk_full" if exc is not None and exc.errno == errno.ENOSPC else None
    return FileWriteError(f"Cannot write {where}: {reason}.", code, path=target)


def _reason(exc: OSError) -> str:
    if exc.errno == errno.ENOSPC:
        return "the disk is full"
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return "permission denied"
    if exc.errno == errno.ENOENT:
        return "the folder does not exist"
    if exc.errno == errno.EISDIR:
        return "it is a folder"
    return exc.strerror or str(exc)


def atomic_write(path: Path | str, write: Callable[[BinaryIO], None], mode: int = 0o644) -> Path:
    """Write a file through ``write(handle)`` into a temporary file beside ``path``, flush
    it to disk, then rename it over ``path``. On any failure ``path`` is as it was.
    ``mode`` is the file's permission bits (0o600 for a file only its owner may read).
    """
    target = Path(path).expanduser()
    if target.is_dir():
        raise _write_error(target)
    folder = target.parent
    try:
        fd, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise _write_error(target, exc) from exc
    try:
        with os.fdopen(fd, "wb") as handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp_name, mode)
        os.replace(temp_name, target)
    except OSError as exc:
        _discard(temp_name)
        raise _write_error(target, exc) from exc
    except BaseException:
        _discard(temp_name)
        raise
    return target


def atomic_write_bytes(path: Path | str, data: bytes) -> Path:
    def write(handle: BinaryIO) -> None:
        handle.write(data)

    return atomic_write(path, write)


def _discard(name: str) -> None:
    try:
        os.unlink(name)
    except OSError:
        pass
