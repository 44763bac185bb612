"""Opening the database: checks, backup, migration, connection settings.

A partner's database is an SQLite file; MRA's office may keep its database on a
PostgreSQL server instead, shared by several people (:mod:`.postgres` opens it, with the
same checks and the same migrations). What follows is the SQLite path.

Order matters. A database is first inspected through a *read-only* connection, so that a
file we must refuse (not SQLite, written by a newer version) is left exactly as it was:
even switching to WAL would write to its header. Only then is it backed up (if it needs
an upgrade: a verified backup in its backups folder, see :mod:`.backups`), upgraded by
Alembic, and opened with WAL, ``synchronous=FULL`` and foreign keys on.

A database already at :data:`SCHEMA_HEAD` is opened without importing Alembic at all (it
costs more than the rest of a command's start); Alembic is loaded only to upgrade, or to
tell an older revision from a newer one.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import Connection, Engine, Table, create_engine, event, select, text, update
from sqlalchemy.exc import SQLAlchemyError

from mra_desktop.core.codes import RECORD_TYPE_NAMES
from mra_desktop.core.errors import (
    DatabaseBusyError,
    DatabaseOpenError,
    DatabaseWriteError,
    MraError,
    NewerDatabaseError,
)
from mra_desktop.core.location import Location, ServerAddress, parse_location
from mra_desktop.core.paths import APP_NAME as APP_NAME
from mra_desktop.core.paths import DB_ENV_VAR as DB_ENV_VAR
from mra_desktop.core.paths import default_database_path as default_database_path
from mra_desktop.core.paths import default_location as default_location

SQLITE_MAGIC = b"SQLite format 3\x00"
#: The newest migration's revision, the schema this version writes. Kept equal to Alembic's
#: head by a test (tests/core/test_database.py): a new migration changes it too.
SCHEMA_HEAD = "0008"

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory
    from sqlalchemy.orm import Session, sessionmaker

    from mra_desktop.core.postgres import ServerSession


def _alembic_config(connection: Any = None) -> Config:
    from alembic.config import Config

    from mra_desktop.core import migrations

    config = Config()
    config.set_main_option("script_location", str(Path(migrations.__file__).parent))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def _script() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_alembic_config())


def head_revision() -> str:
    """Alembic's head, read from the migration scripts (see :data:`SCHEMA_HEAD`)."""
    head = _script().get_current_head()
    assert head is not None
    return head


@functools.cache
def known_revisions() -> frozenset[str]:
    """Every schema revision this version of the program knows (older ones and head)."""
    return frozenset(rev.revision for rev in _script().walk_revisions())


def upgrade_database_file(path: Path) -> None:
    """Upgrade a database file that no one else has open to the newest schema."""
    from alembic import command

    engine = make_engine(path)
    try:
        with engine.begin() as conn:
            command.upgrade(_alembic_config(conn), "head")
    finally:
        engine.dispose()


@dataclass(frozen=True)
class _Inspection:
    exists: bool
    revision: str | None


def _inspect(path: Path) -> _Inspection:
    """Look at an existing file without changing a byte of it."""
    if not path.exists() or path.stat().st_size == 0:
        return _Inspection(exists=False, revision=None)
    if path.is_dir():
        raise DatabaseOpenError(
            f"{path} is a folder, not a database file.", "database_is_folder", path=path
        )
    try:
        with path.open("rb") as handle:
            magic = handle.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise DatabaseOpenError(
            f"Cannot read {path}: {exc.strerror or exc}.", path=path
        ) from exc
    if magic != SQLITE_MAGIC:
        raise DatabaseOpenError(
            f"{path} is not an mra-desktop database (not an SQLite file).",
            "database_not_ours",
            path=path,
        )
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            tables = {
                row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            revision = None
            if "alembic_version" in tables:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
        finally:
            conn.close()
    except sqlite3.OperationalError as exc:  # the machine (I/O, limits), not the file
        raise DatabaseOpenError(
            f"Cannot open {path} ({exc}); nothing was changed.", path=path
        ) from exc
    except sqlite3.DatabaseError as exc:
        raise DatabaseOpenError(
            f"{path} is damaged and cannot be opened ({exc}).", "database_damaged", path=path
        ) from exc
    if revision is None and tables:
        raise DatabaseOpenError(
            f"{path} is an SQLite file but not an mra-desktop database.",
            "database_not_ours",
            path=path,
        )
    if revision is not None and revision != SCHEMA_HEAD:
        if revision not in known_revisions():
            raise NewerDatabaseError(
                f"{path} was written by a newer version of mra-desktop; "
                "update the program to open it.",
                path=path,
            )
    return _Inspection(exists=True, revision=revision)


BUSY_MESSAGE = (
    "The database is busy: another program has been writing to it for too long. "
    "Try again in a moment; nothing was changed."
)


def _is_database_failure(exc: BaseException) -> bool:
    """An error of SQLite, of SQLAlchemy or of the PostgreSQL driver (loaded only for a
    server), as opposed to a mistake in the program."""
    return isinstance(exc, sqlite3.Error | SQLAlchemyError) or type(exc).__module__.startswith(
        "psycopg"
    )


def database_error(exc: BaseException) -> MraError | None:
    """One sentence for a database failure that is the environment's doing (a lock held
    too long, a full disk, a file-size limit, a server gone), or None for anything else."""
    original = getattr(exc, "orig", None) or exc
    if type(original).__module__.startswith("psycopg"):
        from mra_desktop.core.postgres import server_error

        return server_error(original)
    reason = str(original).lower()
    if "locked" in reason or "busy" in reason:
        return DatabaseBusyError(BUSY_MESSAGE)
    if "full" in reason:
        return DatabaseWriteError("The disk is full, so the database cannot be written; "
                                  "nothing was changed.")
    if "disk i/o" in reason or "too large" in reason or "readonly" in reason:
        return DatabaseWriteError(
            f"The database cannot be written ({reason.rstrip('.')}); nothing was changed."
        )
    return None


@contextmanager
def worded_database_errors() -> Iterator[None]:
    """Turn the environment's database failures inside the block into one sentence."""
    try:
        yield
    except Exception as exc:
        worded = database_error(exc) if _is_database_failure(exc) else None
        if worded is None:
            raise
        raise worded from exc


def next_change_seq(session: Session) -> int:
    """The change sequence for the records this transaction writes: the counter grows by
    one per transaction (later calls in the same transaction return the same value).

    In SQLite the first call takes the write lock, so the sequence follows the order in
    which writes commit. On PostgreSQL it is a SEQUENCE, from which concurrent writers
    draw without waiting for each other (sync files are not exported from there)."""
    from mra_desktop.core.models import ChangeCounter

    known = session.info.get("change_seq")
    if known is not None and session.in_transaction():
        return int(known)
    if session.get_bind().dialect.name == "postgresql":
        value = session.execute(text("SELECT nextval('change_sequence')")).scalar_one()
    else:
        counter = cast(Table, ChangeCounter.__table__)
        value = session.execute(
            update(counter)
            .where(counter.c.id == 1)
            .values(value=counter.c.value + 1)
            .returning(counter.c.value)
        ).scalar_one()
    session.info["change_seq"] = value
    return int(value)


def current_change_seq(conn: Connection) -> int:
    """The last change sequence handed out (records written so far have at most this)."""
    from mra_desktop.core.models import ChangeCounter

    if conn.dialect.name == "postgresql":
        return int(conn.execute(text("SELECT last_value FROM change_sequence")).scalar_one())
    counter = cast(Table, ChangeCounter.__table__)
    return int(conn.execute(select(counter.c.value).where(counter.c.id == 1)).scalar_one())


def backup_database(path: Path, label: str = "backup") -> Path:
    """Copy a database (with whatever is still in its WAL) to a timestamped file beside it
    (a plain copy; the program's own backups are made by :mod:`.backups`)."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.{label}-{stamp}{path.suffix or '.sqlite'}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.stem}.{label}-{stamp}-{n}{path.suffix or '.sqlite'}")
    partial = target.with_name(target.name + ".part")
    source = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        dest = sqlite3.connect(partial)
        try:
            source.backup(dest)
        finally:
            dest.close()
    finally:
        source.close()
    os.replace(partial, target)
    return target


#: how long a write waits for another writer before giving up with "database is busy"
BUSY_TIMEOUT_MS = 5000
#: False inside Database.without_waiting() (in this thread or task only)
_WAITING: ContextVar[bool] = ContextVar("mra_database_waiting", default=True)


def _set_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_MS)}")
    cursor.close()


def make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}", future=True)
    event.listen(engine, "connect", _set_pragmas)
    return engine


class Database:
    """An open, up-to-date database: sessions, the device id, and facts for ``info``.

    ``location`` is the file (SQLite) or the server (:class:`ServerAddress`) it was opened
    from; ``server`` holds what only a PostgreSQL database has (see :mod:`.postgres`).

    The ORM (and the model classes) is loaded at the first :meth:`session`, so that a
    command that only reads facts (``info``) starts with SQLAlchemy's core alone."""

    def __init__(
        self,
        location: Location,
        engine: Engine,
        backup: Path | None,
        server: ServerSession | None = None,
    ) -> None:
        self.location = location
        self.engine = engine
        self.backup_path = backup
        self.server = server
        self._sessionmaker: sessionmaker[Session] | None = None
        self.device_id = self._ensure_device_id()

    @property
    def on_server(self) -> bool:
        """Whether this is a PostgreSQL database (MRA's, shared) rather than an SQLite file."""
        return self.server is not None

    @property
    def path(self) -> Path:
        """The database file (SQLite only: a server's database is no file)."""
        if isinstance(self.location, Path):
            return self.location
        raise DatabaseOpenError(
            f"This operation needs a database file, and {self.label} is on a server."
        )

    @property
    def label(self) -> str:
        """How the database is named to a person: its file, or
        ``PostgreSQL: mra@localhost/mra`` (never a password)."""
        if self.server is not None:
            return self.server.label
        return str(self.location)

    def _sessions(self) -> Session:
        if self._sessionmaker is None:
            from sqlalchemy.orm import sessionmaker

            from mra_desktop.core import models  # noqa: F401 - maps the record classes

            self._sessionmaker = sessionmaker(self.engine, expire_on_commit=False)
        return self._sessionmaker()

    def session(self) -> Session:
        return self._sessions()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One write transaction: committed on success, rolled back on any error.

        Inside :meth:`without_waiting`, a database another writer holds refuses at once
        (:class:`DatabaseBusyError`) instead of waiting up to the busy timeout (on
        PostgreSQL: a row or lock another transaction holds)."""
        with self._sessions() as session, session.begin():
            session.info.pop("change_seq", None)
            if _WAITING.get():
                yield session
                return
            if self.server is not None:
                session.execute(text("SET LOCAL lock_timeout = 1"))
                with worded_database_errors():
                    yield session
                    session.flush()
                return
            raw = session.connection().connection.dbapi_connection
            assert raw is not None
            raw.execute("PRAGMA busy_timeout=0")
            try:
                with worded_database_errors():
                    yield session
                    session.flush()  # the first write, while a busy database refuses at once
            finally:
                raw.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_MS)}")

    @contextmanager
    def without_waiting(self) -> Iterator[None]:
        """Writes in this thread give up at once when another connection holds the write
        lock (a long import), so that the interface never waits for it: the caller hands
        the write to a thread that may wait (see the GUI's autosave)."""
        token = _WAITING.set(False)
        try:
            yield
        finally:
            _WAITING.reset(token)

    @contextmanager
    def snapshot(self) -> Iterator[Connection]:
        """A read-only connection that sees one consistent state of the database until it is
        closed, whatever other connections commit meanwhile (used to export many tables)."""
        with self.engine.connect() as conn:
            if conn.dialect.name == "sqlite":
                # pysqlite opens no transaction for reads; without one, each SELECT would
                # see the database as it is at that moment.
                conn.exec_driver_sql("BEGIN")
            else:
                conn.execution_options(
                    isolation_level="REPEATABLE READ", postgresql_readonly=True
                )
            try:
                yield conn
            finally:
                conn.rollback()

    def reconnect(self) -> None:
        """Close every pooled connection, so that the next use opens the file afresh (after
        a restore replaced it), and read the device id of what is there now."""
        self.engine.dispose()
        self.device_id = self._ensure_device_id()

    def _ensure_device_id(self) -> str:
        """This database's device id (``local_setting``), made at its first opening (by
        whoever comes first, when several open a server's database at once)."""
        query = text("SELECT value FROM local_setting WHERE key = 'device_id'")
        with self.engine.begin() as conn:
            value = conn.execute(query).scalar()
            if value is None:
                conn.execute(
                    text(
                        "INSERT INTO local_setting (key, value) VALUES ('device_id', :value) "
                        "ON CONFLICT (key) DO NOTHING"
                    ),
                    {"value": str(uuid.uuid4())},
                )
                value = conn.execute(query).scalar_one()
            return str(value)

    def schema_revision(self) -> str | None:
        with self.engine.connect() as conn:
            row = conn.execute(text("SELECT version_num FROM alembic_version")).fetchone()
            return row[0] if row else None

    def integrity_check(self) -> str:
        if self.server is not None:
            return "not applicable (PostgreSQL checks its own pages)"
        with self.engine.connect() as conn:
            rows = conn.execute(text("PRAGMA integrity_check")).fetchall()
            return "; ".join(str(r[0]) for r in rows)

    def counts(self) -> dict[str, dict[str, int]]:
        """Per record type: live records and records marked deleted (one query)."""
        query = " UNION ALL ".join(
            f"SELECT '{name}', COUNT(*), COUNT(deleted_at) FROM \"{name}\""
            for name in RECORD_TYPE_NAMES
        )
        with self.engine.connect() as conn:
            rows = {str(row[0]): (int(row[1]), int(row[2])) for row in conn.execute(text(query))}
        return {
            name: {"live": rows[name][0] - rows[name][1], "deleted": rows[name][1]}
            for name in RECORD_TYPE_NAMES
        }

    def close(self) -> None:
        if self.server is not None:
            self.server.close()
        self.engine.dispose()


def open_database(location: Location | str | None = None) -> Database:
    """Open (creating or upgrading as needed) the database at ``location``: a file, a
    PostgreSQL server (its URL, or a :class:`ServerAddress`), or by default
    :func:`default_location`.

    Raises :class:`DatabaseOpenError` with one readable sentence when the database cannot
    be used; it is then left untouched.
    """
    where = parse_location(location) if location is not None else default_location()
    if isinstance(where, ServerAddress):
        from mra_desktop.core.postgres import open_server

        return open_server(where)
    return _open_file(where)


def _open_file(db_path: Path) -> Database:
    inspection = _inspect(db_path)
    head = SCHEMA_HEAD
    backup: Path | None = None
    try:
        db_path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseOpenError(
            f"Cannot create the folder {db_path.parent}: {exc.strerror or exc}.",
            "database_folder",
            path=db_path.parent,
        ) from exc
    if inspection.exists and inspection.revision != head:
        from mra_desktop.core.backups import BackupError, create_backup

        try:
            backup = create_backup(db_path, "before-upgrade").path
        except BackupError as exc:
            raise DatabaseOpenError(
                f"{exc.message.rstrip('.')}; it was not upgraded.",
                "database_not_upgraded",
                path=db_path,
            ) from exc
    engine = make_engine(db_path)
    try:
        if inspection.revision != head:
            from alembic import command

            with engine.begin() as conn:
                command.upgrade(_alembic_config(conn), "head")
        return Database(db_path, engine, backup)
    except (sqlite3.Error, SQLAlchemyError) as exc:
        # SQLite DDL is transactional: a failed upgrade leaves the file as it was.
        engine.dispose()
        reason = getattr(exc, "orig", None) or exc
        raise DatabaseOpenError(f"Cannot open {db_path}: {reason}.", path=db_path) from exc
