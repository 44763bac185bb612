"""Backups as a user relies on them: made, verified, listed, restored; and every refusal or
failure leaves the database, its folder and its backups byte for byte as they were."""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from mra_desktop.core import backups as b
from mra_desktop.core.database import (
    _alembic_config,
    head_revision,
    make_engine,
    open_database,
)
from mra_desktop.core.dblock import DatabaseInUseError, database_lock, is_locked, lock_path
from mra_desktop.core.services import Services
from tests.backup_support import HOLDER, rows, snapshot

NAME = r"\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z"


@pytest.fixture
def filled(services: Any, meeting: Any) -> Any:
    """A meeting with two changes and an action item, still in the write-ahead log."""
    services.changes.create(meeting_id=meeting.id, sector="justice", title="Phone instructions")
    services.changes.create(meeting_id=meeting.id, sector="health", title="Free certificates")
    services.action_items.create(
        meeting_id=meeting.id, sector="system", action="continue", text="Monthly meetings"
    )
    return services


# -- making a backup ---------------------------------------------------------------------
def test_a_backup_is_a_verified_single_file_copy_named_by_time_and_reason(
    filled: Any, db_path: Path
) -> None:
    assert Path(f"{db_path}-wal").stat().st_size > 0  # the edits are still in the log
    info = b.create_backup(filled.db, "before-import")
    assert info.path.parent == db_path.parent / "meetings-backups"
    assert info.reason == "before-import"
    assert re.fullmatch(NAME + "-before-import.sqlite", info.path.name)
    assert abs((dt.datetime.now(dt.UTC) - info.created_at).total_seconds()) < 60
    assert info.counts == {
        "organisation": 1, "meeting": 1, "participant": 0, "change": 2, "action_item": 1,
        "note": 0,
    }
    assert info.schema_revision == head_revision()
    # a single file, in rollback-journal mode, intact, with what the log held
    assert sorted(p.name for p in info.path.parent.iterdir()) == sorted(
        [info.path.name, info.path.with_suffix(".json").name]
    )
    with info.path.open("rb") as handle:
        header = handle.read(20)
    assert header[18:20] == b"\x01\x01"
    conn = sqlite3.connect(f"{info.path.as_uri()}?mode=ro", uri=True)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    for table in ("meeting", "change", "action_item", "local_setting"):
        assert rows(info.path, table) == rows(db_path, table)
    assert info.size == info.path.stat().st_size
    side = json.loads(info.path.with_suffix(".json").read_text(encoding="utf-8"))
    assert side["counts"]["change"] == 2 and side["reason"] == "before-import"


def test_a_backup_only_when_something_changed(filled: Any, db_path: Path) -> None:
    first = b.create_backup(filled.db, "periodic", if_changed=True)
    again = b.create_backup(filled.db, "periodic", if_changed=True)
    assert again == first and len(b.list_backups(db_path)) == 1
    assert not b.changed_since_last_backup(db_path)
    change = filled.changes.list()[0]
    filled.changes.update(change.id, title="Phone instructions to the prosecutor")
    assert b.changed_since_last_backup(db_path)
    second = b.create_backup(filled.db, "periodic", if_changed=True)
    assert second.path != first.path
    assert [x.path for x in b.list_backups(db_path)] == [second.path, first.path]  # newest first


def test_any_change_counts_even_outside_the_records(filled: Any, db_path: Path) -> None:
    b.create_backup(filled.db, "manual")
    with filled.db.transaction() as session:
        from mra_desktop.core.models import LocalSetting

        session.add(LocalSetting(key="recipient_note", value="x"))
    assert b.changed_since_last_backup(db_path)


def test_a_manual_backup_is_made_even_when_nothing_changed(filled: Any, db_path: Path) -> None:
    first = b.create_backup(filled.db, "manual")
    second = b.create_backup(filled.db, "manual")
    assert first.path != second.path and second.path.exists() and first.path.exists()


def test_there_is_nothing_to_back_up_without_a_database(tmp_path: Path) -> None:
    with pytest.raises(b.NoDatabaseError, match="There is no database"):
        b.create_backup(tmp_path / "none.sqlite")
    assert list(tmp_path.iterdir()) == []


def test_listing_reads_the_json_and_falls_back_to_the_file(filled: Any, db_path: Path) -> None:
    info = b.create_backup(filled.db, "manual")
    info.path.with_suffix(".json").unlink()  # lost: the counts come from the backup itself
    (listed,) = b.list_backups(db_path)
    assert listed.counts == info.counts and listed.reason == "manual"
    assert listed.created_at == info.created_at
    info.path.with_suffix(".json").write_text(
        json.dumps({"format": "mra-desktop-backup", "size": 1, "counts": {"meeting": 99}})
    )  # a .json that does not match its file is not believed
    assert b.list_backups(db_path)[0].counts == info.counts


def test_a_backup_that_fails_its_check_is_deleted_and_said(filled: Any, db_path: Path) -> None:
    filled.db.close()  # folds the log into the file
    _break_an_index(db_path)
    before = snapshot(db_path.parent)
    with pytest.raises(b.BackupVerifyError, match="failed its check"):
        b.create_backup(db_path, "manual")
    after = snapshot(db_path.parent)
    assert after == before  # no backup kept, nothing left, database untouched
    assert b.list_backups(db_path) == []


def _break_an_index(db_path: Path) -> None:
    """Change one key in the index of changes by meeting: the rows stay readable, the
    index no longer matches them (what ``integrity_check`` finds)."""
    conn = sqlite3.connect(db_path)
    root = conn.execute(
        "SELECT rootpage FROM sqlite_master WHERE type='index' AND tbl_name='change' "
        "AND sql LIKE '%meeting_id%'"
    ).fetchone()[0]
    meeting_id = conn.execute("SELECT meeting_id FROM change LIMIT 1").fetchone()[0]
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    data = bytearray(db_path.read_bytes())
    page = (root - 1) * size
    at = data.index(meeting_id.encode(), page, page + size)
    data[at] = ord("0") if data[at] != ord("0") else ord("1")
    db_path.write_bytes(bytes(data))


def test_an_unwritable_backups_folder_says_so_and_leaves_nothing(
    filled: Any, db_path: Path
) -> None:
    (db_path.parent / "meetings-backups").write_text("a file where the folder should be")
    before = snapshot(db_path.parent)
    with pytest.raises(b.BackupWriteError, match="backups folder") as caught:
        b.create_backup(filled.db, "manual")
    assert "\n" not in caught.value.message
    assert snapshot(db_path.parent) == before


def _namespaces_available() -> bool:
    if sys.platform != "linux" or shutil.which("unshare") is None:
        return False
    probe = subprocess.run(
        ["unshare", "--user", "--map-root-user", "--mount", "true"], capture_output=True
    )
    return probe.returncode == 0


@pytest.mark.skipif(not _namespaces_available(), reason="needs Linux user namespaces")
def test_a_full_disk_leaves_no_partial_backup(filled: Any, db_path: Path) -> None:
    """A real full disk: the backups folder is a 64 KB tmpfs (in a private mount
    namespace); the database is several times bigger."""
    for i in range(300):
        filled.changes.create(
            meeting_id=filled.meetings.list()[0].id, sector="health", title=f"Change {i}",
            what_changed="Les certificats médicaux sont délivrés gratuitement. " * 20,
        )
    filled.db.close()
    folder = db_path.parent / "meetings-backups"
    folder.mkdir()
    before = snapshot(db_path.parent)
    script = (
        "import sys\n"
        "from mra_desktop.core.backups import create_backup, BackupWriteError\n"
        "try:\n"
        f"    create_backup({str(db_path)!r}, 'manual')\n"
        "except BackupWriteError as exc:\n"
        "    print(exc.message)\n"
        "    import os; print(sorted(os.listdir(sys.argv[1])))\n"
    )
    result = subprocess.run(
        ["unshare", "--user", "--map-root-user", "--mount", "sh", "-c",
         f'mount -t tmpfs -o size=64k tmpfs "$1" && "{sys.executable}" -c "$2" "$1"',
         "sh", str(folder), script],
        capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    message, listing = result.stdout.splitlines()
    assert "the disk is full" in message and "no partial backup" in message
    assert listing == "[]"  # nothing left in the full folder
    assert snapshot(db_path.parent) == before


# -- restoring ---------------------------------------------------------------------------
def test_restore_replaces_the_database_and_keeps_it_as_a_backup_first(
    filled: Any, db_path: Path
) -> None:
    backup = b.create_backup(filled.db, "manual")
    meeting = filled.meetings.list()[0]
    filled.changes.create(meeting_id=meeting.id, sector="justice", title="Added after the backup")
    filled.meetings.update(meeting.id, title="Renamed after the backup")
    later = rows(db_path, "change")
    filled.db.close()

    result = b.restore_backup(db_path, backup.path)

    assert result.restored.path == backup.path and result.restored.counts["change"] == 2
    assert result.kept is not None and result.kept.reason == "before-restore"
    assert rows(result.kept.path, "change") == later  # what was there is kept
    assert rows(db_path, "change") == rows(backup.path, "change")
    assert not Path(f"{db_path}-wal").exists() and not lock_path(db_path).exists()
    db = open_database(db_path)
    try:
        services = Services(db)
        assert [m.title for m in services.meetings.list()] == ["Local commission, El-Hajeb"]
        assert len(services.changes.list()) == 2
        assert db.integrity_check() == "ok"
    finally:
        db.close()
    reasons = [x.reason for x in b.list_backups(db_path)]
    assert reasons == ["before-restore", "manual"]


def test_restore_into_a_new_place(filled: Any, tmp_path: Path) -> None:
    """A new laptop: the backup (from a USB stick) becomes the database."""
    backup = b.create_backup(filled.db, "manual")
    stick = tmp_path / "stick" / "copy.sqlite"
    stick.parent.mkdir()
    shutil.copyfile(backup.path, stick)
    target = tmp_path / "new-laptop" / "mra-desktop.sqlite"
    result = b.restore_backup(target, stick)
    assert result.kept is None
    assert rows(target, "change") == rows(backup.path, "change")


def test_an_older_backup_is_upgraded_as_it_is_restored(db_path: Path, tmp_path: Path) -> None:
    old = tmp_path / "old.sqlite"
    engine = make_engine(old)
    from alembic import command

    with engine.begin() as conn:
        command.upgrade(_alembic_config(conn), "0001")
    engine.dispose()
    open_database(db_path).close()
    b.restore_backup(db_path, old)
    assert rows(db_path, "alembic_version") == [(head_revision(),)]
    assert rows(old, "alembic_version") == [("0001",)]  # the backup itself is untouched


def test_a_damaged_database_is_set_aside_byte_for_byte_before_a_restore(
    filled: Any, db_path: Path
) -> None:
    backup = b.create_backup(filled.db, "manual")
    filled.db.close()
    _break_an_index(db_path)
    damaged = db_path.read_bytes()
    result = b.restore_backup(db_path, backup.path)
    assert result.kept is not None and result.kept.reason == "damaged"
    assert result.kept.path.read_bytes() == damaged
    assert rows(db_path, "change") == rows(backup.path, "change")


def _newer(path: Path) -> None:
    open_database(path).close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.commit()
    conn.close()


def _foreign(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.commit()
    conn.close()


def _damaged(path: Path) -> None:
    path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)


def _garbage(path: Path) -> None:
    path.write_text("minutes of the meeting, not a database\n")


def _empty(path: Path) -> None:
    path.write_bytes(b"")


@pytest.mark.parametrize(
    "make, message, error",
    [
        (_garbage, r"not a backup of an mra-desktop database \(not an SQLite file\)", b.NotABackupError),
        (_empty, "not a backup of an mra-desktop database", b.NotABackupError),
        (_foreign, "an SQLite file but not a backup of an mra-desktop database", b.NotABackupError),
        (_damaged, "is damaged and cannot be restored", b.DamagedBackupError),
        (_newer, "written by a newer version of mra-desktop", b.NewerBackupError),
    ],
)
def test_what_is_not_a_backup_is_refused_and_nothing_changes(
    filled: Any, db_path: Path, tmp_path: Path, make: Any, message: str, error: type
) -> None:
    b.create_backup(filled.db, "manual")
    filled.db.close()
    candidate = tmp_path / "elsewhere" / "candidate.sqlite"
    candidate.parent.mkdir()
    make(candidate)
    before = snapshot(tmp_path)
    with pytest.raises(error, match=message) as caught:
        b.restore_backup(db_path, candidate)
    assert "\n" not in caught.value.message and "nothing was changed" in caught.value.message.lower()
    assert snapshot(tmp_path) == before


def test_a_damaged_backup_with_a_broken_index_is_refused(filled: Any, db_path: Path, tmp_path: Path) -> None:
    filled.db.close()
    candidate = tmp_path / "candidate.sqlite"
    shutil.copyfile(db_path, candidate)
    _break_an_index(candidate)
    before = snapshot(tmp_path)
    with pytest.raises(b.DamagedBackupError, match="integrity check"):
        b.restore_backup(db_path, candidate)
    assert snapshot(tmp_path) == before


@pytest.mark.parametrize("which", ["missing", "folder", "itself"])
def test_impossible_choices_are_refused(filled: Any, db_path: Path, tmp_path: Path, which: str) -> None:
    filled.db.close()
    chosen = {"missing": tmp_path / "nothing.sqlite", "folder": tmp_path, "itself": db_path}[which]
    before = snapshot(tmp_path)
    with pytest.raises(b.NotABackupError):
        b.restore_backup(db_path, chosen)
    assert snapshot(tmp_path) == before


@pytest.fixture
def open_window(db_path: Path) -> Iterator[subprocess.Popen[str]]:
    """Another process holding the database's lock, as an open window does (QLockFile)."""
    db_path.parent.mkdir(parents=True, exist_ok=True)
    process = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(lock_path(db_path))],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "locked"
    yield process
    if process.poll() is None:
        process.kill()
    process.wait(timeout=10)


def test_no_restore_while_a_window_has_the_database_open(
    filled: Any, db_path: Path, tmp_path: Path, open_window: Any
) -> None:
    backup = b.create_backup(filled.db, "manual")
    filled.changes.create(meeting_id=filled.meetings.list()[0].id, sector="health", title="New")
    filled.db.close()
    before = snapshot(tmp_path)
    assert is_locked(db_path)
    with pytest.raises(DatabaseInUseError, match="open in an mra-desktop window"):
        b.restore_backup(db_path, backup.path)
    assert snapshot(tmp_path) == before


def test_the_lock_is_the_windows_lock(db_path: Path, open_window: Any) -> None:
    """Both ways: the core sees the window's lock; the window cannot lock while the core
    holds it; a lock left by a killed process is taken over."""
    with pytest.raises(DatabaseInUseError):
        with database_lock(db_path):
            pass
    open_window.kill()
    open_window.wait(timeout=10)
    assert lock_path(db_path).exists() and not is_locked(db_path)
    with database_lock(db_path):
        probe = subprocess.run(
            [sys.executable, "-c", HOLDER, str(lock_path(db_path))],
            input="\n", capture_output=True, text=True, timeout=60,
        )
        assert probe.stdout.strip() == "busy"
    assert not lock_path(db_path).exists()


def test_no_restore_while_another_program_uses_the_database(
    filled: Any, db_path: Path, tmp_path: Path
) -> None:
    backup = b.create_backup(filled.db, "manual")
    reader = sqlite3.connect(db_path)  # an import or export in another process
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM change").fetchone()
    try:
        filled.db.close()
        with pytest.raises(DatabaseInUseError, match="in use by another program"):
            b.restore_backup(db_path, backup.path)
    finally:
        reader.rollback()
        reader.close()
    assert rows(db_path, "change") == rows(backup.path, "change")
    assert not list(tmp_path.glob(".*.part"))


# -- looking at a backup -----------------------------------------------------------------
def test_a_backup_is_read_through_a_connection_that_cannot_write(filled: Any) -> None:
    backup = b.create_backup(filled.db, "manual")
    before = backup.path.read_bytes()
    with b.BackupReader(backup.path) as reader:
        (meeting,) = reader.meetings()
        assert meeting["title"] == "Local commission, El-Hajeb"
        assert meeting["change_count"] == 2 and meeting["action_item_count"] == 1
        titles = [c["title"] for c in reader.changes(meeting["id"])]
        assert titles == ["Phone instructions", "Free certificates"]
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            reader._conn.execute("DELETE FROM change")
    assert backup.path.read_bytes() == before


def test_the_upgrade_backup_lives_with_the_others(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    engine = make_engine(path)
    from alembic import command

    with engine.begin() as conn:
        command.upgrade(_alembic_config(conn), "0001")
    engine.dispose()
    db = open_database(path)
    db.close()
    (backup,) = b.list_backups(path)
    assert backup.reason == "before-upgrade" and backup.schema_revision == "0001"
    assert db.backup_path == backup.path
    assert backup.path.parent == tmp_path / "old-backups"
    assert not list(tmp_path.glob("*before-upgrade*"))  # nothing beside the database any more


def test_restoring_a_bad_file_into_a_new_place_makes_nothing(tmp_path: Path) -> None:
    """A new laptop and a file that is not a backup: not even the data folder appears."""
    candidate = tmp_path / "stick.sqlite"
    _foreign(candidate)
    target = tmp_path / "new-laptop" / "mra-desktop.sqlite"
    with pytest.raises(b.NotABackupError):
        b.restore_backup(target, candidate)
    assert not target.parent.exists()
