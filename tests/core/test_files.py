from __future__ import annotations

import errno
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from mra_desktop.core import files
from mra_desktop.core.files import FileWriteError, atomic_write, atomic_write_bytes
from mra_desktop.core.progress import Cancelled, Progress


def test_atomic_write_replaces_whole_file(tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    target.write_bytes(b"old")
    atomic_write_bytes(target, b"new content")
    assert target.read_bytes() == b"new content"
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]


def test_failed_write_leaves_previous_file_and_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    target.write_bytes(b"old")

    def explode(handle) -> None:  # type: ignore[no-untyped-def]
        handle.write(b"half")
        raise RuntimeError("crash while writing")

    with pytest.raises(RuntimeError):
        atomic_write(target, explode)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]


def _fail_with(code: int) -> Callable[..., Any]:
    def fail(*_args: Any, **_kwargs: Any) -> Any:
        raise OSError(code, os.strerror(code))

    return fail


def test_unwritable_folder_gives_a_sentence(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A folder the user may not write in (simulated: root, who runs CI, may write anywhere)."""
    monkeypatch.setattr(files.tempfile, "mkstemp", _fail_with(errno.EACCES))
    with pytest.raises(FileWriteError, match=r"Cannot write .*x\.pdf: permission denied\.$"):
        atomic_write_bytes(tmp_path / "x.pdf", b"x")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    "step, code, reason",
    [
        ("fsync", errno.ENOSPC, "the disk is full"),
        ("replace", errno.EACCES, "permission denied"),
        ("replace", errno.EROFS, "permission denied"),
    ],
)
def test_a_full_disk_or_refused_rename_keeps_the_previous_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, step: str, code: int, reason: str
) -> None:
    target = tmp_path / "report.pdf"
    target.write_bytes(b"old")
    monkeypatch.setattr(files.os, step, _fail_with(code))
    with pytest.raises(FileWriteError, match=f"{reason}\\.$"):
        atomic_write_bytes(target, b"new content")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]  # no temporary file left


def test_missing_folder_and_folder_target_give_sentences(tmp_path: Path) -> None:
    with pytest.raises(FileWriteError, match="folder does not exist"):
        atomic_write_bytes(tmp_path / "nowhere" / "x.pdf", b"x")
    with pytest.raises(FileWriteError, match="it is a folder"):
        atomic_write_bytes(tmp_path, b"x")


def test_progress_reports_and_cancels() -> None:
    seen = []
    progress = Progress(lambda d, t, m: seen.append((d, t, m)))
    progress.step(1, 3, "Laying out")
    progress.cancel()
    with pytest.raises(Cancelled):
        progress.step(2, 3)
    assert seen[0] == (1, 3, "Laying out")
