"""``mra-desktop backup create|list|restore`` as a user meets them: what they print, exit
codes, one line on stderr for every refusal, and files left byte for byte as they were."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from mra_desktop.cli import main
from mra_desktop.core.backups import list_backups
from mra_desktop.core.database import open_database
from mra_desktop.core.services import Services
from tests.backup_support import HOLDER, snapshot
from tests.sync_support import fill_partner


@pytest.fixture
def place(tmp_path: Path) -> Path:
    """A partner's database with a meeting in it."""
    db = open_database(tmp_path / "partner.sqlite")
    fill_partner(Services(db))
    db.close()
    return tmp_path


def _run(*args: str, **kwargs: Any) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "mra_desktop", *args],
        capture_output=True, text=True, env=env, timeout=120, **kwargs,
    )


def _titles(db_path: Path) -> list[str]:
    db = open_database(db_path)
    try:
        return sorted(m.title for m in Services(db).meetings.list())
    finally:
        db.close()


def test_create_prints_the_file_and_list_shows_it(
    place: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(place / "partner.sqlite")
    assert main(["--db", db, "backup", "create"]) == 0
    out, err = capsys.readouterr()
    created = Path(out.strip())
    assert err == "" and created.exists() and created.parent == place / "partner-backups"
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z-manual\.sqlite", created.name)

    assert main(["--db", db, "backup", "list"]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    assert "manual" in line and "1 meeting, 1 change, 1 action item" in line
    assert line.endswith(str(created))

    assert main(["--db", db, "backup", "list", "--json"]) == 0
    (entry,) = json.loads(capsys.readouterr().out)
    assert entry["path"] == str(created) and entry["reason"] == "manual"
    assert entry["size"] == created.stat().st_size
    assert entry["counts"]["meeting"] == 1 and entry["counts"]["change"] == 1
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z", entry["created_at"])


def test_list_without_backups(place: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(place / "partner.sqlite"), "backup", "list"]) == 0
    assert capsys.readouterr().out.startswith("No backups of")
    assert main(["--db", str(place / "partner.sqlite"), "backup", "list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_restore_brings_the_backup_back_and_keeps_the_database_first(
    place: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = place / "partner.sqlite"
    assert main(["--db", str(db), "backup", "create"]) == 0
    backup = capsys.readouterr().out.strip()
    opened = open_database(db)
    services = Services(opened)
    services.meetings.create(
        organisation_id=services.organisations.list()[0].id, title="Typed after the backup"
    )
    opened.close()
    assert "Typed after the backup" in _titles(db)

    assert main(["--db", str(db), "backup", "restore", backup]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    assert out.splitlines()[0] == (
        f"Restored {backup} into {db} (1 meeting, 1 change, 1 action item)."
    )
    kept = list_backups(db)[0]
    assert kept.reason == "before-restore"
    assert out.splitlines()[1] == f"The database as it was is kept in {kept.path}."
    assert "Typed after the backup" not in _titles(db)
    assert "Typed after the backup" in _titles(kept.path)


@pytest.mark.parametrize(
    "content, words",
    [
        (b"minutes of the meeting\n", "is not a backup of an mra-desktop database"),
        (b"SQLite format 3\x00" + b"\xff" * 3000, "is damaged and cannot be restored"),
    ],
)
def test_restore_refuses_what_is_not_a_backup(
    place: Path, content: bytes, words: str
) -> None:
    candidate = place / "candidate.sqlite"
    candidate.write_bytes(content)
    before = snapshot(place)
    result = _run("--db", str(place / "partner.sqlite"), "backup", "restore", str(candidate))
    assert result.returncode == 2 and result.stdout == ""
    (line,) = result.stderr.splitlines()
    assert line.startswith("mra-desktop: ") and words in line and "nothing was changed" in line
    assert snapshot(place) == before


def test_restore_refuses_a_newer_or_foreign_database(place: Path) -> None:
    import sqlite3

    newer = place / "newer.sqlite"
    open_database(newer).close()
    conn = sqlite3.connect(newer)
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.commit()
    conn.close()
    foreign = place / "contacts.sqlite"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.commit()
    conn.close()
    before = snapshot(place)
    for candidate, words in ((newer, "newer version"), (foreign, "not a backup")):
        result = _run("--db", str(place / "partner.sqlite"), "backup", "restore", str(candidate))
        assert result.returncode == 2
        (line,) = result.stderr.splitlines()
        assert words in line
    assert snapshot(place) == before


def test_restore_while_the_database_is_open_in_a_window(place: Path) -> None:
    db = place / "partner.sqlite"
    backup = _run("--db", str(db), "backup", "create").stdout.strip()
    window = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(db) + ".lock"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    try:
        assert window.stdout is not None and window.stdout.readline().strip() == "locked"
        before = snapshot(place)
        result = _run("--db", str(db), "backup", "restore", backup)
        assert result.returncode == 2 and result.stdout == ""
        assert result.stderr.splitlines() == [
            f"mra-desktop: {db} is open in an mra-desktop window; close the window first. "
            "Nothing was changed."
        ]
        assert snapshot(place) == before
    finally:
        window.kill()
        window.wait(timeout=10)


def test_create_without_a_database_and_without_an_action(place: Path) -> None:
    result = _run("--db", str(place / "nothing.sqlite"), "backup", "create")
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        f"mra-desktop: There is no database at {place / 'nothing.sqlite'}; nothing to back up."
    ]
    assert not (place / "nothing.sqlite").exists() and not (place / "nothing-backups").exists()
    result = _run("--db", str(place / "partner.sqlite"), "backup")
    assert result.returncode == 2 and len(result.stderr.splitlines()) == 1


@pytest.mark.skipif(sys.platform != "linux", reason="RLIMIT_FSIZE and SIGXFSZ are POSIX")
def test_a_disk_that_fills_up_while_backing_up(place: Path) -> None:
    """The process may write no more than 64 KB per file (as a full disk would stop it):
    one sentence, exit code 2, no partial backup, the database untouched."""
    opened = open_database(place / "partner.sqlite")
    services = Services(opened)
    meeting = services.meetings.list()[0]
    for i in range(200):
        services.changes.create(meeting_id=meeting.id, sector="health", title=f"Change {i}",
                                what_changed="Une permanence chaque nuit à l'hôpital. " * 20)
    opened.close()
    before = snapshot(place)
    limit = (
        "import resource, runpy, signal, sys; "
        "signal.signal(signal.SIGXFSZ, signal.SIG_IGN); "
        "resource.setrlimit(resource.RLIMIT_FSIZE, (65536, 65536)); "
        "sys.argv = ['mra-desktop'] + sys.argv[1:]; "
        "runpy.run_module('mra_desktop', run_name='__main__')"
    )
    result = subprocess.run(
        [sys.executable, "-c", limit, "--db", str(place / "partner.sqlite"), "backup", "create"],
        capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 2 and result.stdout == ""
    (line,) = result.stderr.splitlines()
    assert line.startswith("mra-desktop: Cannot write a backup of") and "no partial backup" in line
    assert snapshot(place) == before


def test_import_sync_backs_the_database_up_first(
    place: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    partner = str(place / "partner.sqlite")
    assert main(["--db", partner, "export-sync", "-o", str(place / "a.mrasync"),
                 "--unencrypted"]) == 0
    assert main(["--db", partner, "identity", "-o", str(place / "amal.mraid")]) == 0
    mra = place / "mra.sqlite"
    opened = open_database(mra)
    Services(opened).organisations.create(name="MRA")
    opened.close()
    assert main(["--db", str(mra), "enrol", str(place / "amal.mraid")]) == 0
    capsys.readouterr()
    imported = ["--db", str(mra), "import-sync", str(place / "a.mrasync"), "--allow-unencrypted"]
    assert main(imported) == 0
    (backup,) = list_backups(mra)
    assert backup.reason == "before-import"
    assert backup.counts["organisation"] == 1 and backup.counts["meeting"] == 0
    # importing the same file again: the database changed since, so a new backup
    assert main(imported) == 0
    assert [b.reason for b in list_backups(mra)] == ["before-import", "before-import"]
    assert list_backups(mra)[0].counts["meeting"] == 1
    # nothing changed since (the file was already imported): no third copy
    assert main(imported) == 0
    assert len(list_backups(mra)) == 2
