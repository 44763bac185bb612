"""MRA's database on a real PostgreSQL server: opening it, refusing what cannot be used
(with one sentence, nothing written), the same migrations as SQLite, and the backup made
with pg_dump before an upgrade."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import text

from mra_desktop.cli import main
from mra_desktop.core.database import SCHEMA_HEAD, _alembic_config, open_database
from mra_desktop.core.errors import DatabaseOpenError, NewerDatabaseError
from mra_desktop.core.location import parse_location
from tests import postgres_support as pg

pytestmark = pytest.mark.usefixtures("_server")


@pytest.fixture
def _server() -> None:
    pg.require()


@pytest.fixture
def empty():  # type: ignore[no-untyped-def]
    """A database the administrator has just created: no table yet."""
    with pg.fresh_database(template=None) as url:
        yield url


def _cli_refuses(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    assert main(list(args)) == 2
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("mra-desktop: "), captured.err
    assert "Traceback" not in captured.err and captured.out == ""
    return lines[0]


def test_a_new_database_gets_the_schema_and_says_where_it_is(
    empty: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", empty, "info", "--json"]) == 0
    facts = json.loads(capsys.readouterr().out)
    name = pg.database_name(empty)
    assert facts["database"] == f"PostgreSQL: {pg.ROLE}@127.0.0.1:{pg.port()}/{name}"
    assert facts["server_version"].startswith("15.")
    assert facts["schema_revision"] == SCHEMA_HEAD
    assert facts["counts"]["meeting"] == 0
    assert {"meeting", "change", "alembic_version", "mra_meeting_review"} <= pg.tables_of(empty)


def test_the_database_may_be_named_in_the_environment(
    empty: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("MRA_DESKTOP_DB", empty)
    assert main(["demo", "--mra"]) == 0
    assert "loaded into PostgreSQL: " in capsys.readouterr().out
    assert main(["info", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["counts"]["meeting"] > 10


def test_an_unreachable_server_is_one_sentence(capsys: pytest.CaptureFixture[str]) -> None:
    line = _cli_refuses(capsys, "--db", "postgresql+psycopg://mra@127.0.0.1:1/mra", "info")
    assert "Cannot reach the PostgreSQL server of PostgreSQL: mra@127.0.0.1:1/mra" in line
    assert "Nothing was changed." in line


def test_a_wrong_password_is_refused_and_nothing_is_written(
    empty: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    wrong = tmp_path / "pgpass"
    wrong.write_text(f"127.0.0.1:{pg.port()}:*:{pg.ROLE}:not-the-password\n", encoding="utf-8")
    wrong.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(wrong))
    line = _cli_refuses(capsys, "--db", empty, "demo", "--mra")
    assert f"The server refused the password of {pg.ROLE}" in line
    assert "not-the-password" not in line
    assert pg.tables_of(empty) == set()


def test_no_password_anywhere_says_where_to_put_it(
    empty: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "none"))
    monkeypatch.delenv("PGPASSWORD", raising=False)
    line = _cli_refuses(capsys, "--db", empty, "info")
    assert "asks for a password and none was found" in line and "~/.pgpass" in line
    assert pg.tables_of(empty) == set()


def test_a_password_in_the_address_is_refused_without_repeating_it(
    empty: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with_password = empty.replace(f"{pg.ROLE}@", f"{pg.ROLE}:s3cret-word@")
    line = _cli_refuses(capsys, "--db", with_password, "info")
    assert "holds a password" in line and "s3cret-word" not in line
    assert pg.tables_of(empty) == set()


def test_the_database_of_another_application_is_left_alone(
    empty: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pg.admin(pg.database_name(empty)) as conn:
        conn.execute("CREATE TABLE invoices (id integer PRIMARY KEY, amount numeric)")
        conn.execute("INSERT INTO invoices VALUES (1, 12.5)")
    line = _cli_refuses(capsys, "--db", empty, "demo")
    assert "holds the tables of another application" in line
    assert pg.tables_of(empty) == {"invoices"}


def test_a_server_older_than_postgresql_13_is_refused(
    empty: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from mra_desktop.core import postgres

    monkeypatch.setattr(postgres, "server_version", lambda _connection: 120018)
    line = _cli_refuses(capsys, "--db", empty, "info")
    assert "runs PostgreSQL 12.18; mra-desktop needs PostgreSQL 13 or newer" in line
    assert pg.tables_of(empty) == set()


def test_a_database_written_by_a_newer_version_is_refused_untouched(
    empty: str, capsys: pytest.CaptureFixture[str]
) -> None:
    open_database(empty).close()
    with pg.admin(pg.database_name(empty)) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(NewerDatabaseError):
        open_database(empty)
    line = _cli_refuses(capsys, "--db", empty, "info")
    assert "written by a newer version of mra-desktop" in line
    with pg.admin(pg.database_name(empty)) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [("9999",)]


def _at_revision(url: str, revision: str) -> None:
    """The database as an older mra-desktop left it, with a meeting in it."""
    from alembic import command
    from sqlalchemy import create_engine

    engine = create_engine(parse_location(url).sqlalchemy_url)  # type: ignore[union-attr]
    with engine.begin() as conn:
        command.upgrade(_alembic_config(conn), revision)
        conn.execute(text(
            "INSERT INTO organisation (id, name, city, region, created_at, updated_at, revision, "
            "device_id, content_hash) VALUES ('org-1', 'Association Amal', 'El-Hajeb', "
            "'Fès-Meknès', now(), now(), 1, 'd', 'h')"
        ))
    engine.dispose()


def test_an_older_database_is_backed_up_with_pg_dump_then_upgraded(empty: str) -> None:
    from mra_desktop.core.backups import list_backups

    _at_revision(empty, "0005")
    db = open_database(empty)
    try:
        assert db.schema_revision() == SCHEMA_HEAD
        assert db.backup_path is not None and db.backup_path.suffix == ".dump"
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT name FROM organisation")).scalar() == (
                "Association Amal"
            )
    finally:
        db.close()
    [backup] = list_backups(empty)
    assert backup.path == db.backup_path and backup.reason == "before-upgrade"
    assert backup.schema_revision == "0005" and backup.counts["organisation"] == 1
    assert backup.path.stat().st_mode & 0o077 == 0  # every testimony: its owner's alone


def test_without_pg_dump_an_older_database_is_not_upgraded(
    empty: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _at_revision(empty, "0005")
    monkeypatch.setenv("PATH", "/nonexistent")
    from mra_desktop.core import server_backups

    monkeypatch.setattr(server_backups, "_candidates", lambda _name: iter(()))
    line = _cli_refuses(capsys, "--db", empty, "info")
    assert "pg_dump was not found" in line and "was not upgraded" in line
    with pg.admin(pg.database_name(empty)) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [("0005",)]


def test_the_migrations_go_down_and_up_again_on_postgresql(empty: str) -> None:
    from alembic import command
    from sqlalchemy import create_engine

    open_database(empty).close()
    engine = create_engine(parse_location(empty).sqlalchemy_url)  # type: ignore[union-attr]
    with engine.begin() as conn:
        command.downgrade(_alembic_config(conn), "base")
    assert pg.tables_of(empty) <= {"alembic_version"}
    with engine.begin() as conn:
        command.upgrade(_alembic_config(conn), "head")
    engine.dispose()
    db = open_database(empty)
    assert db.schema_revision() == SCHEMA_HEAD
    db.close()


def test_backup_create_list_and_restore_on_the_server(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pg.fresh_database() as url:
        assert main(["--db", url, "demo", "--mra"]) == 0
        assert main(["--db", url, "backup", "create"]) == 0
        made = Path(capsys.readouterr().out.strip().splitlines()[-1])
        assert made.suffix == ".dump" and made.exists()
        with pg.admin(pg.database_name(url)) as conn:
            conn.execute("UPDATE mra_meeting_review SET comment = 'after the backup'")
            conn.execute("DELETE FROM mra_review_event")
        assert main(["--db", url, "backup", "list", "--json"]) == 0
        listed = json.loads(capsys.readouterr().out)
        assert [Path(entry["path"]) for entry in listed] == [made]

        assert main(["--db", url, "backup", "restore", str(made)]) == 0
        out = capsys.readouterr().out
        assert "The database as it was is kept in" in out
        with pg.admin(pg.database_name(url)) as conn:
            comments = {row[0] for row in conn.execute("SELECT comment FROM mra_meeting_review")}
            events = conn.execute("SELECT count(*) FROM mra_review_event").fetchone()
        assert "after the backup" not in comments and events is not None and events[0] > 0

        not_a_backup = tmp_path / "notes.dump"
        not_a_backup.write_bytes(b"PGDMP but not really")
        line = _cli_refuses(capsys, "--db", url, "backup", "restore", str(not_a_backup))
        assert "not a backup" in line


def test_a_refusal_while_opening_leaves_no_connection_behind(empty: str) -> None:
    """The presence lock and the pool go with a refused opening (nothing left on the server
    that would keep an upgrade or a restore waiting)."""
    with pg.admin(pg.database_name(empty)) as conn:
        conn.execute("CREATE TABLE invoices (id integer)")
    with pytest.raises(DatabaseOpenError):
        open_database(empty)
    with pg.admin() as conn:
        left = conn.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = %s",
            (pg.database_name(empty),),
        ).fetchone()
    assert left == (0,)
