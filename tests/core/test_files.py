from __future__ import annotations

import os
from pathlib import Path

import pytest

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


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write anywhere")
def test_unwritable_folder_gives_a_sentence(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    with pytest.raises(FileWriteError, match="permission denied"):
        atomic_write_bytes(folder / "x.pdf", b"x")


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
