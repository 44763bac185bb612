"""Backups of MRA's database on a PostgreSQL server, with PostgreSQL's own tools.

Where
    In the user's data folder, one folder per server and database as the address names
    them: ``postgresql-backups/localhost-5432-mra/`` (``service-mra/`` for a service). They
    are on the computer of whoever made them; MRA's administrator keeps the server's own
    backups besides (see the README).

What
    Each backup is ``pg_dump``'s custom archive of the database, taken in one snapshot while
    others keep working, named ``YYYY-MM-DDTHH-MM-SSZ-REASON.dump`` (UTC time and reason),
    readable by its owner only. It is written under a temporary name, checked (``pg_restore
    --list`` reads it whole) and only then given its name; a small ``.json`` beside it keeps
    its counts and schema revision, read in the very snapshot the dump was taken in. A
    failure leaves no partial file and never touches the database. Thinning keeps the same
    backups as for a database file (:func:`mra_desktop.core.backups.obsolete_backups`).

When
    Before the schema is upgraded (without a backup there is no upgrade), on demand
    (``mra-desktop backup create``, File ▸ Backups ▸ Back up now) and before a restore. No
    backup is made every half hour or before each import here: several people work on the
    database at once, and each import can be undone (``revert-import``).

Restoring
    ``pg_restore`` writes the backup's SQL and ``psql`` runs it in one transaction, after
    dropping every table of the database's schema in that same transaction: the database
    is either as it was or the backup, never in between. The chosen file is checked first
    (a PostgreSQL archive of an mra-desktop database, not written by a newer version); the
    database is kept as a backup first; and it happens only when nobody else has the
    database open (the exclusive presence lock, see :mod:`.postgres`). An older backup is
    then upgraded like any older database.

``pg_dump``, ``pg_restore`` and ``psql`` are PostgreSQL's client programs: found on the PATH
or where PostgreSQL installs them, the newest one first. Without them, or with ones older
than the server, the backup is refused with one sentence (and so is an upgrade).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import SQLAlchemyError

from mra_desktop.core.backups import (
    _STAMP,
    COUNTED,
    REASONS,
    SIDECAR_FORMAT,
    BackupError,
    BackupInfo,
    BackupVerifyError,
    BackupWriteError,
    NewerBackupError,
    NotABackupError,
    RestoreResult,
    _fsync_folder,
    _make_folder,
    _name_pattern,
    _named_backups,
    _now,
    _parse_name,
    _why,
    obsolete_backups,
    write_sidecar,
)
from mra_desktop.core.location import ServerAddress
from mra_desktop.core.paths import user_data_folder
from mra_desktop.core.postgres import ServerFacts

_NAME = _name_pattern(".dump")
_TABLES = {record_type: record_type for record_type in COUNTED}
_VERSION = re.compile(r"\(PostgreSQL\)\s+(\d+)(?:\.(\d+))?")
#: a tool that runs longer than this is stopped (a very large database on a slow disk)
TOOL_TIMEOUT = 6 * 3600


class ToolMissingError(BackupError):
    """PostgreSQL's client programs are not installed (or too old for the server)."""

    code = "backup_tool_missing"


# -- where ---------------------------------------------------------------------------------
def backup_key(address: ServerAddress) -> str:
    """The folder name of a server database's backups: ``HOST-PORT-DATABASE`` as the
    address names them, or ``service-NAME``."""
    service = address.option("service")
    host = address.host or address.option("host")
    if service and not (host or address.database):
        key = f"service-{service}"
    else:
        database = address.database or address.user or "postgres"
        key = f"{host or 'localhost'}-{address.port or address.option('port') or 5432}-{database}"
    return re.sub(r"[^A-Za-z0-9._-]", "_", key).strip("._") or "server"


def server_backups_folder(address: ServerAddress) -> Path:
    return user_data_folder() / "postgresql-backups" / backup_key(address)


# -- PostgreSQL's programs ---------------------------------------------------------------------
def _candidates(name: str) -> Iterator[Path]:
    found = shutil.which(name)
    if found:
        yield Path(found)
    patterns = [
        Path("/usr/lib/postgresql"),  # Debian, Ubuntu
        Path("/usr/pgsql-99").parent,  # Red Hat's /usr/pgsql-NN
        Path("/opt/homebrew/opt"),
        Path("/Applications/Postgres.app/Contents/Versions"),
    ]
    for program_files in (os.environ.get("ProgramFiles"), os.environ.get("ProgramW6432")):
        if program_files:
            patterns.append(Path(program_files) / "PostgreSQL")
    suffix = ".exe" if os.name == "nt" else ""
    for root in patterns:
        with contextlib.suppress(OSError):
            for folder in root.iterdir():
                if folder.name.startswith(("pgsql-", "postgresql")) or folder.name[:1].isdigit():
                    candidate = folder / "bin" / f"{name}{suffix}"
                    if candidate.is_file():
                        yield candidate


def _tool_version(path: Path) -> int:
    try:
        out = subprocess.run(
            [str(path), "--version"], capture_output=True, text=True, timeout=30, check=False
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return 0
    match = _VERSION.search(out)
    return int(match.group(1)) if match else 0


def find_tool(name: str, server_major: int) -> Path:
    """The newest ``name`` (pg_dump, pg_restore, psql) installed here, refusing one older
    than the server (it could not read it)."""
    versions = {path: _tool_version(path) for path in _candidates(name)}
    versions = {path: v for path, v in versions.items() if v}
    if not versions:
        raise ToolMissingError(
            f"Cannot back up or restore a PostgreSQL database: {name} was not found (install "
            "PostgreSQL's client programs, e.g. the Debian package postgresql-client)"
        )
    best = max(versions, key=lambda path: versions[path])
    if versions[best] < server_major:
        raise ToolMissingError(
            f"Cannot back up or restore a PostgreSQL {server_major} database with {name} "
            f"{versions[best]} (too old); install PostgreSQL {server_major}'s client programs"
        )
    return best


def conninfo(engine: Engine) -> str:
    """A libpq connection string for PostgreSQL's programs, from the engine's address (it
    holds no password: libpq finds it where it finds it for the program itself)."""
    from psycopg.conninfo import make_conninfo

    _args, params = engine.dialect.create_connect_args(engine.url)
    params = {k: v for k, v in params.items() if k != "context" and v is not None}
    params.setdefault("connect_timeout", 10)
    params["application_name"] = "mra-desktop backup"
    return make_conninfo("", **params)


def _run(command: list[str], what: str, **options: Any) -> subprocess.CompletedProcess[str]:
    environment = dict(os.environ)
    environment.setdefault("PGCONNECT_TIMEOUT", "10")
    try:
        return subprocess.run(
            command, capture_output=True, text=True, timeout=TOOL_TIMEOUT, check=False,
            env=environment, **options,
        )
    except OSError as exc:
        raise BackupWriteError(f"Cannot run {what}: {_why(exc)}") from exc
    except subprocess.TimeoutExpired as exc:
        raise BackupWriteError(f"{what} did not finish in {TOOL_TIMEOUT // 3600} hours") from exc


def _complaint(result: subprocess.CompletedProcess[str]) -> str:
    lines = [line.strip() for line in (result.stderr or "").splitlines() if line.strip()]
    for line in lines:
        if "error" in line.lower() or "fatal" in line.lower():
            return re.sub(r"^\S+:\s*(error:\s*)?", "", line).rstrip(".")
    return (lines[0] if lines else f"exit code {result.returncode}").rstrip(".")


# -- reading an archive ------------------------------------------------------------------------
def _archive_tables(tool: Path, path: Path) -> set[str]:
    """The tables whose data an archive holds (``pg_restore --list`` reads it whole)."""
    result = _run([str(tool), "--list", str(path)], "pg_restore")
    if result.returncode != 0:
        raise NotABackupError(
            f"{path} is not a backup of an mra-desktop database on PostgreSQL "
            f"(pg_restore: {_complaint(result)}); nothing was changed."
        )
    tables = set()
    for line in result.stdout.splitlines():
        match = re.search(r"\bTABLE DATA \S+ (\S+) ", line)
        if match:
            tables.add(match.group(1).strip('"'))
    return tables


def _archive_revision(tool: Path, path: Path) -> str | None:
    result = _run(
        [str(tool), "--data-only", "--table=alembic_version", "--file=-", str(path)],
        "pg_restore",
    )
    if result.returncode != 0:
        return None
    lines = result.stdout.splitlines()
    for index, line in enumerate(lines):
        if line.startswith("COPY ") and "alembic_version" in line and index + 1 < len(lines):
            value = lines[index + 1].strip()
            return None if value == "\\." else value
    return None


def check_server_backup(path: Path | str, server_major: int = 0) -> BackupInfo:
    """Check that a file is a backup of an mra-desktop database this version can restore
    (a PostgreSQL archive, not written by a newer version) and describe it."""
    from mra_desktop.core.backups import SQLITE_MAGIC
    from mra_desktop.core.database import known_revisions

    source = Path(path).expanduser()
    if not source.exists():
        raise NotABackupError(f"There is no file {source}; nothing was changed.")
    if source.is_dir():
        raise NotABackupError(f"{source} is a folder, not a backup; nothing was changed.")
    with source.open("rb") as handle:
        if handle.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC:
            raise NotABackupError(
                f"{source} is a backup of a database file (SQLite), not of a database on "
                "PostgreSQL; nothing was changed."
            )
    tool = find_tool("pg_restore", server_major)
    tables = _archive_tables(tool, source)
    revision = _archive_revision(tool, source)
    if revision is None or not {"meeting", "change"} <= tables:
        raise NotABackupError(
            f"{source} is a PostgreSQL archive but not a backup of an mra-desktop database; "
            "nothing was changed."
        )
    if revision not in known_revisions():
        raise NewerBackupError(
            f"{source} was written by a newer version of mra-desktop; update the program "
            "to restore it. Nothing was changed."
        )
    parsed = _parse_name(source, _NAME)
    sidecar = _read_sidecar(source)
    counts = sidecar.get("counts", {}) if sidecar else {}
    return BackupInfo(
        source,
        parsed[0] if parsed else dt.datetime.fromtimestamp(source.stat().st_mtime, dt.UTC),
        parsed[1] if parsed else "manual",
        source.stat().st_size,
        {str(k): int(v) for k, v in counts.items() if isinstance(v, int)},
        revision,
    )


# -- listing -------------------------------------------------------------------------------
def _sidecar(path: Path) -> Path:
    return path.with_suffix(".json")


def _read_sidecar(path: Path) -> dict[str, Any] | None:
    try:
        data = json.loads(_sidecar(path).read_text(encoding="utf-8"))
        size = path.stat().st_size
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("format") != SIDECAR_FORMAT:
        return None
    if data.get("size") != size or not isinstance(data.get("counts"), dict):
        return None
    return data


def list_server_backups(address: ServerAddress) -> list[BackupInfo]:
    """The backups of a server's database made on this computer, newest first (read from
    the folder alone: the server need not be reachable)."""
    infos = []
    for path, when, reason, _n in _named_backups(server_backups_folder(address), _NAME):
        data = _read_sidecar(path) or {}
        counts = data.get("counts") or {}
        revision = data.get("schema_revision")
        infos.append(
            BackupInfo(
                path,
                when,
                reason,
                path.stat().st_size,
                {str(k): int(v) for k, v in counts.items() if isinstance(v, int)},
                revision if isinstance(revision, str) else None,
            )
        )
    infos.reverse()
    return infos


def thin_server_backups(address: ServerAddress, now: dt.datetime | None = None) -> list[Path]:
    """Remove the backups thinning no longer keeps, as for a database file."""
    moment = (now or dt.datetime.now(dt.UTC)).astimezone()
    removed = []
    for path, *_rest in obsolete_backups(
        _named_backups(server_backups_folder(address), _NAME), moment, lambda item: item[1]
    ):
        with contextlib.suppress(OSError):
            path.unlink()
            removed.append(path)
            _sidecar(path).unlink(missing_ok=True)
    return removed


# -- writing -------------------------------------------------------------------------------
def _free_name(folder: Path, created: dt.datetime, reason: str) -> Path:
    stamp = created.strftime(_STAMP)
    target = folder / f"{stamp}-{reason}.dump"
    n = 1
    while target.exists() or _sidecar(target).exists():
        n += 1
        target = folder / f"{stamp}-{reason}-{n}.dump"
    return target


def _snapshot_facts(conn: Connection) -> tuple[str | None, dict[str, int]]:
    """The schema revision and the live records of each type, in the current snapshot."""
    revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    query = " UNION ALL ".join(
        f"SELECT '{name}', count(*) FROM \"{table}\" WHERE deleted_at IS NULL"
        for name, table in _TABLES.items()
    )
    counts = {str(name): int(n) for name, n in conn.execute(text(query))}
    return (str(revision) if revision is not None else None), counts


def _write_sidecar(path: Path, info: BackupInfo, label: str, server_version: str) -> None:
    data = {
        "format": SIDECAR_FORMAT,
        "version": 1,
        "kind": "postgresql",
        "created_at": info.created_at.isoformat().replace("+00:00", "Z"),
        "reason": info.reason,
        "database": label,
        "server_version": server_version,
        "size": info.size,
        "schema_revision": info.schema_revision,
        "counts": info.counts,
    }
    write_sidecar(_sidecar(path), data)


def create_server_backup(
    engine: Engine,
    address: ServerAddress,
    facts: ServerFacts,
    reason: str = "manual",
    *,
    now: dt.datetime | None = None,
    thin: bool = True,
) -> BackupInfo:
    """Back a server's database up into its backups folder (see the module's notes).

    Raises :class:`ToolMissingError`, :class:`BackupWriteError` (nothing left behind) or
    :class:`BackupVerifyError`; the database is never touched."""
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason {reason!r}")
    tool = find_tool("pg_dump", facts.version // 10000)
    checker = find_tool("pg_restore", facts.version // 10000)
    created = _now(now)
    folder = server_backups_folder(address)
    _make_folder(folder)
    final = _free_name(folder, created, reason)
    try:
        fd, temp_name = tempfile.mkstemp(prefix=f".{final.name}.", suffix=".part", dir=folder)
        os.close(fd)
        os.chmod(temp_name, 0o600)  # it holds every testimony of the database
    except OSError as exc:
        raise BackupWriteError(
            f"Cannot write a backup in {folder}: {_why(exc)}; the database is untouched."
        ) from exc
    temp = Path(temp_name)
    try:
        # pg_dump takes the snapshot exported here, so that the counts beside the backup
        # are exactly what it holds
        with engine.connect() as conn:
            conn.execution_options(isolation_level="REPEATABLE READ", postgresql_readonly=True)
            snapshot = str(conn.execute(text("SELECT pg_export_snapshot()")).scalar_one())
            revision, counts = _snapshot_facts(conn)
            result = _run(
                [str(tool), "--format=custom", "--no-password", f"--snapshot={snapshot}",
                 f"--file={temp}", f"--dbname={conninfo(engine)}"],
                "pg_dump",
            )
            conn.rollback()
        if result.returncode != 0:
            raise BackupWriteError(
                f"Cannot back up {facts.label} into {folder} (pg_dump: {_complaint(result)}); "
                "the database is untouched and no partial backup was left."
            )
        check = _run([str(checker), "--list", str(temp)], "pg_restore")
        if check.returncode != 0 or "alembic_version" not in check.stdout:
            raise BackupVerifyError(
                f"The backup of {facts.label} failed its check ({_complaint(check)}) and was "
                "deleted."
            )
        with open(temp, "rb+") as handle:
            os.fsync(handle.fileno())
        info = BackupInfo(final, created, reason, temp.stat().st_size, counts, revision)
        _write_sidecar(final, info, facts.label, facts.version_text)
        os.replace(temp, final)
        _fsync_folder(folder)
    except SQLAlchemyError as exc:
        temp.unlink(missing_ok=True)
        raise BackupWriteError(
            f"Cannot back up {facts.label}: {exc.orig if hasattr(exc, 'orig') else exc}; "
            "the database is untouched."
        ) from exc
    except OSError as exc:
        temp.unlink(missing_ok=True)
        _sidecar(final).unlink(missing_ok=True)
        raise BackupWriteError(
            f"Cannot write a backup of {facts.label} in {folder}: {_why(exc)}; the database "
            "is untouched and no partial backup was left."
        ) from exc
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    if thin:
        thin_server_backups(address, now=created)
    return info


# -- restoring -----------------------------------------------------------------------------
#: run first, in the restore's own transaction: the database's schema is emptied of every
#: table, view and sequence, so that it holds exactly the backup afterwards (nothing of a
#: newer schema left beside it)
_EMPTY_SCHEMA = """
DO $mra$
DECLARE item record;
BEGIN
  FOR item IN
    SELECT format('%I.%I', n.nspname, c.relname) AS name, c.relkind AS kind
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
    ORDER BY c.relkind = 'S'
  LOOP
    EXECUTE 'DROP ' || CASE item.kind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW'
      WHEN 'S' THEN 'SEQUENCE' WHEN 'f' THEN 'FOREIGN TABLE' ELSE 'TABLE' END
      || ' IF EXISTS ' || item.name || ' CASCADE';
  END LOOP;
END
$mra$;
"""


def restore_server_backup(
    address: ServerAddress, backup_file: Path | str, *, now: dt.datetime | None = None
) -> RestoreResult:
    """Replace a server's database with a backup (see the module's notes); the database
    as it was is kept as a backup first. Any refusal changes nothing."""
    from sqlalchemy.exc import SQLAlchemyError as _Error

    from mra_desktop.core.database import SCHEMA_HEAD, _alembic_config
    from mra_desktop.core.postgres import (
        _facts,
        _inspect,
        connection_error,
        give_back_exclusive,
        make_server_engine,
        server_error,
        take_exclusive,
    )

    source = Path(backup_file).expanduser()
    engine = make_server_engine(address)
    try:
        try:
            presence = engine.connect()
        except _Error as exc:
            raise connection_error(exc, address) from exc
        try:
            facts = _facts(presence)
            chosen = check_server_backup(source, facts.version // 10000)
            psql = find_tool("psql", facts.version // 10000)
            restore = find_tool("pg_restore", facts.version // 10000)
            take_exclusive(presence, facts, "restored")
            try:
                inspection = _inspect(presence, facts)  # refuses another application's
                kept = None
                if inspection.revision is not None:
                    kept = create_server_backup(
                        engine, address, facts, "before-restore", now=now, thin=False
                    )
                _restore_archive(engine, restore, psql, source, facts)
                if chosen.schema_revision != SCHEMA_HEAD:
                    from alembic import command

                    with engine.begin() as conn:
                        command.upgrade(_alembic_config(conn), "head")
            finally:
                give_back_exclusive(presence)
        except _Error as exc:
            worded = server_error(getattr(exc, "orig", None) or exc)
            if worded is None:
                raise
            raise BackupWriteError(worded.message) from exc
        finally:
            with contextlib.suppress(_Error):
                presence.invalidate()
            presence.close()
    finally:
        engine.dispose()
    return RestoreResult(address, chosen, kept)


def _restore_archive(
    engine: Engine, restore: Path, psql: Path, source: Path, facts: ServerFacts
) -> None:
    """Empty the schema and load the archive in one transaction (pg_restore | psql)."""
    with tempfile.TemporaryDirectory(prefix="mra-desktop-restore-") as scratch:
        prelude = Path(scratch) / "empty-schema.sql"
        prelude.write_text(_EMPTY_SCHEMA, encoding="utf-8")
        script = Path(scratch) / "backup.sql"
        made = _run(
            [str(restore), "--no-owner", "--no-privileges", f"--file={script}", str(source)],
            "pg_restore",
        )
        if made.returncode != 0:
            raise NotABackupError(
                f"{source} cannot be read whole (pg_restore: {_complaint(made)}); nothing "
                "was changed."
            )
        result = _run(
            [str(psql), "--no-psqlrc", "--quiet", "--no-password", "--single-transaction",
             "--set=ON_ERROR_STOP=1", f"--file={prelude}", f"--file={script}",
             f"--dbname={conninfo(engine)}"],
            "psql",
        )
    if result.returncode != 0:
        raise BackupError(
            f"{source} could not be restored into {facts.label} (psql: {_complaint(result)}); "
            "nothing was changed."
        )
