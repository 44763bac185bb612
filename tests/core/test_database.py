"""Opening, migrating and refusing databases."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import text

from mra_desktop.core.database import (
    SCHEMA_HEAD,
    _alembic_config,
    head_revision,
    make_engine,
    open_database,
)
from mra_desktop.core.errors import DatabaseOpenError, NewerDatabaseError


def _pragma(db, name: str):  # type: ignore[no-untyped-def]
    with db.engine.connect() as conn:
        return conn.execute(text(f"PRAGMA {name}")).scalar()


def test_new_database_is_at_head_with_safe_settings(db) -> None:  # type: ignore[no-untyped-def]
    assert db.schema_revision() == head_revision()
    assert _pragma(db, "journal_mode") == "wal"
    assert _pragma(db, "synchronous") == 2  # FULL
    assert _pragma(db, "foreign_keys") == 1
    assert db.integrity_check() == "ok"
    assert db.backup_path is None


def test_device_id_is_made_once_and_kept(db_path: Path) -> None:
    first = open_database(db_path)
    device = first.device_id
    first.close()
    again = open_database(db_path)
    assert again.device_id == device
    assert len(device) == 36
    again.close()


def test_default_location_follows_environment_variable(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "elsewhere" / "chosen.sqlite"
    monkeypatch.setenv("MRA_DESKTOP_DB", str(target))
    db = open_database()
    assert db.path == target and target.exists()
    db.close()


def _database_at(path: Path, revision: str) -> None:
    engine = make_engine(path)
    with engine.begin() as conn:
        command.upgrade(_alembic_config(conn), revision)
    engine.dispose()


def test_older_database_with_data_is_backed_up_then_upgraded(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    _database_at(path, "0001")
    raw = sqlite3.connect(path)
    raw.execute(
        "INSERT INTO organisation (id, name, city, region, created_at, updated_at, revision, "
        "device_id, content_hash) VALUES ('o1', 'Association Tafiil Moubadarat', 'Taza', '', "
        "'2022-01-01 10:00:00', '2022-01-01 10:00:00', 3, 'dev', 'h')"
    )
    raw.execute(
        "INSERT INTO meeting (id, organisation_id, title, city, region, kind, scope, sectors, "
        "format, language, protocol_id, protocol_version, facilitators, status, created_at, "
        "updated_at, revision, device_id, content_hash) VALUES ('m1', 'o1', 'Commission locale', "
        "'Taza', '', 'group', 'multisectoral', '[\"health\"]', 'in_person', 'fr', '', '', '[]', "
        "'completed', '2022-01-01 10:00:00', '2022-01-01 10:00:00', 1, 'dev', 'h')"
    )
    raw.commit()
    raw.close()

    db = open_database(path)
    assert db.schema_revision() == head_revision()
    with db.engine.connect() as conn:
        rows = conn.execute(text("SELECT id, title, revision FROM meeting")).fetchall()
        orgs = conn.execute(text("SELECT name FROM organisation")).fetchall()
    assert [tuple(r) for r in rows] == [("m1", "Commission locale", 1)]
    assert [r[0] for r in orgs] == ["Association Tafiil Moubadarat"]
    assert db.backup_path is not None and db.backup_path.exists()
    assert db.backup_path.parent == tmp_path / "old-backups"
    assert db.backup_path.name.endswith("-before-upgrade.sqlite")
    backup = sqlite3.connect(db.backup_path)
    assert backup.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
    assert backup.execute("SELECT title FROM meeting").fetchone()[0] == "Commission locale"
    backup.close()
    db.close()


def test_database_at_head_is_not_backed_up(db_path: Path) -> None:
    open_database(db_path).close()
    again = open_database(db_path)
    assert again.backup_path is None
    assert not (db_path.parent / "meetings-backups").exists()
    again.close()


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def test_newer_database_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite"
    open_database(path).close()
    raw = sqlite3.connect(path)
    raw.execute("PRAGMA journal_mode=DELETE")
    raw.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    raw.commit()
    raw.close()
    before = _snapshot(tmp_path)
    with pytest.raises(NewerDatabaseError, match="newer version of mra-desktop"):
        open_database(path)
    assert _snapshot(tmp_path) == before


@pytest.mark.parametrize(
    "content, message",
    [
        (b"this is a meeting report, not a database\n", "not an SQLite file"),
        (b"SQLite format 3\x00" + b"\xff" * 200, "damaged"),
    ],
)
def test_files_that_are_not_databases_are_refused_untouched(
    tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_bytes(content)
    before = _snapshot(tmp_path)
    with pytest.raises(DatabaseOpenError, match=message):
        open_database(path)
    assert _snapshot(tmp_path) == before


def test_foreign_sqlite_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    raw = sqlite3.connect(path)
    raw.execute("CREATE TABLE contacts (name TEXT)")
    raw.commit()
    raw.close()
    before = _snapshot(tmp_path)
    with pytest.raises(DatabaseOpenError, match="not an mra-desktop database"):
        open_database(path)
    assert _snapshot(tmp_path) == before


def test_folder_as_database_is_refused(tmp_path: Path) -> None:
    with pytest.raises(DatabaseOpenError, match="folder"):
        open_database(tmp_path)


def test_schema_head_constant_is_alembics_head() -> None:
    """An up-to-date database opens without Alembic because the program knows its head
    revision; a new migration must move SCHEMA_HEAD with it."""
    assert SCHEMA_HEAD == head_revision()
