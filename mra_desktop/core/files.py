"""Writing files so that a crash, a full disk or a bad path never leaves half a file."""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from mra_desktop.core.errors import MraError


class FileWriteError(MraError):
    code = "file_write"


def _write_error(target: Path, exc: OSError | None = None, into: bool = False) -> FileWriteError:
    """The error for a file (or, ``into``, a folder) that cannot be written: "disk_full"
    when the disk is full, so that the interface can say so."""
    where = f"into {target}" if into else str(target)
    reason = os_error_reason(exc) if exc is not None else "it is a folder"
    code = "disk_full" if exc is not None and exc.errno == errno.ENOSPC else None
    return FileWriteError(f"Cannot write {where}: {reason}.", code, path=target)


def os_error_reason(exc: OSError) -> str:
    if exc.errno == errno.ENOSPC:
        return "the disk is full"
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return "permission denied"
    if exc.errno == errno.ENOENT:
        return "the folder does not exist"
    if exc.errno == errno.EISDIR:
        return "it is a folder"
    if exc.errno == errno.EFBIG:
        return "the file would be larger than this computer allows"
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


@contextmanager
def staged_write(path: Path | str, data: bytes) -> Iterator[Callable[[], None]]:
    """Write ``data`` to a temporary file beside ``path`` and yield ``publish``, which
    renames it over ``path``. The block records the file (a log row in a transaction):
    if the block fails, even after ``publish``, ``path`` is as it was before (the file it
    replaced, if any, comes back), so a file is never left under its name unless it was
    written completely and recorded."""
    target = Path(path).expanduser()
    if target.is_dir():
        raise _write_error(target)
    try:
        fd, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part",
                                         dir=target.parent)
    except OSError as exc:
        raise _write_error(target, exc) from exc
    aside: str | None = None
    published = False

    def publish() -> None:
        nonlocal aside, published
        try:
            if target.exists():
                aside = temp_name + ".previous"
                os.replace(target, aside)
            os.replace(temp_name, target)
        except OSError as exc:
            raise _write_error(target, exc) from exc
        published = True

    try:
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.chmod(temp_name, 0o644)
        except OSError as exc:
            raise _write_error(target, exc) from exc
        yield publish
    except BaseException:
        if published:
            _discard(str(target))
        if aside is not None:
            os.replace(aside, target)
            aside = None
        _discard(temp_name)
        raise
    if aside is not None:
        _discard(aside)


def read_chosen_file(
    path: Path,
    limit: int,
    error: Callable[[str], MraError],
    *,
    what: str,
    source: str,
    missing: str | None = None,
) -> bytes:
    """The bytes of a small file a person chose (a receipt, a card, a key), never more
    than ``limit``. A folder, a missing file, one that cannot be read or is larger than
    ``limit`` is refused with ``error`` in one sentence naming it (``source``) and what
    it should be (``what``: "a receipt")."""
    try:
        if path.is_dir():
            raise error(f"{source} is a folder, not {what}.")
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except FileNotFoundError:
        raise error(missing or f"There is no file {source}.") from None
    except OSError as exc:
        raise error(f"Cannot read {source}: {exc.strerror or exc}.") from None
    if len(data) > limit:
        raise error(f"{source} is not {what} (it is far too large).")
    return data
