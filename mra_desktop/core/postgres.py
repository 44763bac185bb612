"""MRA's shared database on a PostgreSQL server: connecting, checking, upgrading, locking.

Partners keep SQLite. MRA's office, where several people import, review and report at once,
may keep its database on PostgreSQL (13 or newer), with the same models and the same
Alembic migrations. Opening one follows the SQLite path's rules:

- **nothing is written before the checks pass**: a server that cannot be reached, a
  password it refuses, a server older than PostgreSQL 13, a database of another
  application (tables, but not mra-desktop's) or one written by a newer mra-desktop is
  refused with one sentence, before anything is created;
- **an older database is backed up, then upgraded**: ``pg_dump`` writes a verified backup
  into the backups folder first (:mod:`.server_backups`); without one (``pg_dump``
  missing, a full disk) it is not upgraded, and the sentence says why;
- **who has it open**: every open mra-desktop holds, on one connection of its own, a
  *shared* advisory lock of the database (``presence``). Upgrading the schema or restoring
  a backup takes it *exclusively*, so neither happens under someone's feet, and nobody
  opens the database while it happens.

Several writers at once (see :func:`lock_organisation`, :func:`lock_key` and the
importer): imports of one partner organisation take turns on an advisory lock of that
organisation (so two imports of the same file give one import and one "already
imported"), imports of different partners run side by side, and the rows an import
replaces are locked ``FOR NO KEY UPDATE``, which lets MRA's own records that point at them
(reviews, flags, choices) be written meanwhile. Edits of one record lock its row; MRA's
own records made on first use take an advisory lock of their key. The change sequence is
a PostgreSQL SEQUENCE.

The password is never in the URL (see :mod:`.location`): libpq reads ``~/.pgpass``,
``PGPASSWORD`` or a service file itself, and no sentence here ever holds one.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, create_engine, text
from sqlalchemy.exc import SQLAlchemyError

from mra_desktop.core.errors import (
    DatabaseBusyError,
    DatabaseOpenError,
    DatabaseWriteError,
    MraError,
    NewerDatabaseError,
)
from mra_desktop.core.location import ServerAddress, server_label
from mra_desktop.core.paths import APP_NAME

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from mra_desktop.core.database import Database

#: the oldest server mra-desktop runs on (server_version_num)
MIN_SERVER_VERSION = 130000
#: seconds to wait for the server to answer before saying it cannot be reached
CONNECT_TIMEOUT = 10
#: the first key of every advisory lock mra-desktop takes with two keys ("mra")
LOCK_CLASS = 0x6D7261
#: the second key of the lock every open mra-desktop holds shared (see the module's notes)
PRESENCE = 1
#: how long to wait for someone else's upgrade or restore before giving up (seconds)
PRESENCE_WAIT = 60.0
#: how long an upgrade waits for the others to close the database (seconds)
EXCLUSIVE_WAIT = 10.0
#: memory for one sort or hash of a query (PostgreSQL's own default is 4MB)
WORK_MEM = "32MB"
_OUR_TABLES = frozenset({"local_setting", "meeting", "change", "organisation"})


# -- the connection ------------------------------------------------------------------------
@dataclass(frozen=True)
class ServerFacts:
    """Who and where the server says we are, and its version."""

    version: int  # server_version_num, e.g. 150018
    user: str
    host: str
    port: int
    database: str

    @property
    def label(self) -> str:
        return "PostgreSQL: " + server_label(self.user, self.host, self.port, self.database)

    @property
    def version_text(self) -> str:
        major, minor = divmod(self.version, 10000)
        return f"{major}.{minor}" if major >= 10 else f"{major}.{minor // 100}.{minor % 100}"


def make_server_engine(address: ServerAddress) -> Engine:
    """An engine on the server (psycopg 3): libpq finds the password itself; a lock held
    by another transaction is waited for at most as long as SQLite's busy timeout."""
    from mra_desktop.core.database import BUSY_TIMEOUT_MS

    connect_args: dict[str, Any] = {}
    if address.option("connect_timeout") is None:
        connect_args["connect_timeout"] = CONNECT_TIMEOUT
    if address.option("application_name") is None:
        connect_args["application_name"] = APP_NAME
    # the consolidation matrix and the national report group every counted change at
    # once: with PostgreSQL's default 4 MB per sort or hash they spill to disk
    settings = f"-c lock_timeout={int(BUSY_TIMEOUT_MS)} -c work_mem={WORK_MEM}"
    given = address.option("options")
    connect_args["options"] = f"{given} {settings}" if given else settings
    return create_engine(address.sqlalchemy_url, connect_args=connect_args)


def server_version(dbapi_connection: Any) -> int:
    """The server's version number (``server_version_num``), as libpq reports it."""
    return int(dbapi_connection.info.server_version)


def _facts(conn: Connection) -> ServerFacts:
    raw = conn.connection.dbapi_connection
    assert raw is not None
    info: Any = raw.info
    return ServerFacts(
        version=server_version(raw),
        user=str(info.user),
        host=str(info.host),
        port=int(info.port),
        database=str(info.dbname),
    )


def _first_line(exc: BaseException) -> str:
    text_ = str(exc).strip()
    for line in text_.splitlines():
        line = line.strip()
        if line.startswith("connection failed:"):
            line = line.removeprefix("connection failed:").strip()
        if line:
            return line.removeprefix("FATAL:").strip().rstrip(".")
    return type(exc).__name__


def connection_error(exc: BaseException, address: ServerAddress) -> DatabaseOpenError:
    """One sentence for a connection the server or the network refused."""
    original = getattr(exc, "orig", None) or exc
    reason = str(original)
    lowered = reason.lower()
    state = getattr(original, "sqlstate", None)
    where = str(address)
    user = address.user or "your user"
    password_sources = "~/.pgpass, PGPASSWORD or a PostgreSQL service file"
    if state == "28P01" or "password authentication failed" in lowered:
        return DatabaseOpenError(
            f"The server refused the password of {user} for {where}; put the right one in "
            f"{password_sources}. Nothing was changed.",
            "database_server_password",
            path=where,
        )
    if "no password supplied" in lowered:
        return DatabaseOpenError(
            f"The server of {where} asks for a password and none was found; put it in "
            f"{password_sources}. Nothing was changed.",
            "database_server_password",
            path=where,
        )
    if state == "3D000" or ("database" in lowered and "does not exist" in lowered):
        return DatabaseOpenError(
            f"There is no such database on the server ({where}); MRA's administrator "
            "creates it (see the README). Nothing was changed.",
            "database_server_refused",
            path=where,
        )
    if "role" in lowered and "does not exist" in lowered:
        return DatabaseOpenError(
            f"The server knows no role {user} ({where}); MRA's administrator creates it "
            "(see the README). Nothing was changed.",
            "database_server_refused",
            path=where,
        )
    if "pg_hba.conf" in lowered:
        return DatabaseOpenError(
            f"The server of {where} does not let this computer in (no pg_hba.conf entry "
            "for it); ask MRA's administrator. Nothing was changed.",
            "database_server_refused",
            path=where,
        )
    if "service" in lowered and ("not found" in lowered or "service file" in lowered):
        return DatabaseOpenError(
            f"PostgreSQL cannot find the service of {where} ({_first_line(original)}). "
            "Nothing was changed.",
            "database_server_unreachable",
            path=where,
        )
    if (
        "connection refused" in lowered
        or "could not connect" in lowered
        or "timeout expired" in lowered
        or "could not translate host name" in lowered
        or "no such file or directory" in lowered
        or "network is unreachable" in lowered
        or "no route to host" in lowered
    ):
        return DatabaseOpenError(
            f"Cannot reach the PostgreSQL server of {where} ({_first_line(original)}); check "
            "that it runs and that this computer may reach it. Nothing was changed.",
            "database_server_unreachable",
            path=where,
        )
    return DatabaseOpenError(
        f"Cannot connect to the PostgreSQL server of {where}: {_first_line(original)}. "
        "Nothing was changed.",
        "database_server",
        path=where,
    )


def server_error(exc: BaseException) -> MraError | None:
    """One sentence for a failure of the server or of the link to it during work (a lock
    held too long, a full disk, a lost connection), or None for anything else."""
    from mra_desktop.core.database import BUSY_MESSAGE

    state = getattr(exc, "sqlstate", None) or ""
    reason = _first_line(exc)
    if state in ("55P03", "40001", "40P01"):  # lock timeout, serialization, deadlock
        return DatabaseBusyError(BUSY_MESSAGE)
    if state == "53100":
        return DatabaseWriteError(
            "The database server's disk is full, so nothing can be written; nothing was changed."
        )
    if state.startswith("53"):
        return DatabaseWriteError(
            f"The database server is short of resources ({reason}); nothing was changed."
        )
    if state == "42501":
        return DatabaseWriteError(
            f"The database server refused the operation ({reason}): the PostgreSQL role "
            "lacks a right it needs (see the README). Nothing was changed."
        )
    if state == "25006":
        return DatabaseWriteError(
            "The database server is read-only (a standby?); nothing was changed."
        )
    if state.startswith(("08", "57P")) or "connection" in reason.lower() and (
        "closed" in reason.lower() or "lost" in reason.lower() or "terminat" in reason.lower()
    ):
        return DatabaseWriteError(
            f"The connection to the database server was lost ({reason}); the last change "
            "may not have been saved."
        )
    return None


# -- who has the database open -------------------------------------------------------------
class ServerSession:
    """What an open server database holds besides its pool: the connection that keeps
    the shared *presence* lock (see the module's notes) and the server's facts."""

    def __init__(self, presence: Connection, facts: ServerFacts) -> None:
        self.presence = presence
        self.facts = facts

    @property
    def label(self) -> str:
        return self.facts.label

    def close(self) -> None:
        try:
            self.presence.invalidate()  # the connection goes, and its locks with it
        except SQLAlchemyError:
            pass
        self.presence.close()


def _try_presence(conn: Connection, exclusive: bool) -> bool:
    function = "pg_try_advisory_lock" if exclusive else "pg_try_advisory_lock_shared"
    got = conn.execute(
        text(f"SELECT {function}(:c, :k)"), {"c": LOCK_CLASS, "k": PRESENCE}
    ).scalar_one()
    conn.commit()
    return bool(got)


def _release_presence(conn: Connection, exclusive: bool) -> None:
    function = "pg_advisory_unlock" if exclusive else "pg_advisory_unlock_shared"
    conn.execute(text(f"SELECT {function}(:c, :k)"), {"c": LOCK_CLASS, "k": PRESENCE})
    conn.commit()


def others_present(conn: Connection) -> int:
    """How many other sessions have this database open in mra-desktop (hold presence)."""
    count = conn.execute(
        text(
            "SELECT count(DISTINCT pid) FROM pg_locks WHERE locktype = 'advisory' "
            "AND database = (SELECT oid FROM pg_database WHERE datname = current_database()) "
            "AND classid = :c AND objid = :k AND objsubid = 2 AND granted "
            "AND pid <> pg_backend_pid()"
        ),
        {"c": LOCK_CLASS, "k": PRESENCE},
    ).scalar_one()
    conn.commit()
    return int(count)


def _wait_for(try_lock: Any, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while True:
        if try_lock():
            return True
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.2)


def hold_presence(conn: Connection, facts: ServerFacts) -> None:
    """Take the shared presence lock on ``conn`` (waiting out someone's upgrade or
    restore), or refuse."""
    if not _wait_for(lambda: _try_presence(conn, exclusive=False), PRESENCE_WAIT):
        raise DatabaseBusyError(
            f"{facts.label} is being upgraded or restored by another mra-desktop; try again "
            "in a moment. Nothing was changed."
        )


def take_exclusive(conn: Connection, facts: ServerFacts, doing: str) -> None:
    """Take the presence lock exclusively on ``conn`` (nobody else has the database open),
    waiting a little for the others to go; ``doing`` says what for ("upgraded", …)."""
    if _wait_for(lambda: _try_presence(conn, exclusive=True), EXCLUSIVE_WAIT):
        return
    others = others_present(conn)
    who = (
        f"{others} other mra-desktop session{'s' if others != 1 else ''} "
        f"{'have' if others != 1 else 'has'} it open"
        if others
        else "another mra-desktop is upgrading or restoring it"
    )
    raise DatabaseBusyError(
        f"{facts.label} can be {doing} only when nobody else uses it, and {who}; ask them to "
        "close the program, then try again. Nothing was changed."
    )


def give_back_exclusive(conn: Connection) -> None:
    """From exclusive to shared presence (both are held for a moment: never neither)."""
    _try_presence(conn, exclusive=False)
    _release_presence(conn, exclusive=True)


# -- locks for writers ---------------------------------------------------------------------
def lock_key(session: Session | Connection, namespace: str, key: str) -> None:
    """Wait for, and hold until the transaction ends, the advisory lock of one key (the
    record MRA's staff are about to make or change): two people doing the same thing at
    once take turns instead of one failing. Nothing on SQLite, where one writer at a time
    holds the whole database."""
    bind = session.get_bind() if hasattr(session, "get_bind") else session
    if bind.dialect.name != "postgresql":
        return
    session.execute(
        text("SELECT pg_advisory_xact_lock(hashtextextended(:k, 0))"),
        {"k": f"{APP_NAME}/{namespace}/{key}"},
    )


def try_lock_key(conn: Connection, namespace: str, key: str) -> bool:
    """:func:`lock_key` without waiting: whether the lock was free (and is now held)."""
    return bool(
        conn.execute(
            text("SELECT pg_try_advisory_xact_lock(hashtextextended(:k, 0))"),
            {"k": f"{APP_NAME}/{namespace}/{key}"},
        ).scalar_one()
    )


def lock_organisation(session: Session | Connection, organisation_id: str) -> None:
    """The lock every writer of a partner organisation's records takes first (imports,
    conflict decisions, undoing an import): they take turns, other partners' go on."""
    lock_key(session, "organisation", organisation_id)


# -- opening ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Inspection:
    tables: frozenset[str]
    revision: str | None


def _inspect(conn: Connection, facts: ServerFacts) -> _Inspection:
    """What the database holds, read only (nothing is created or changed)."""
    tables = frozenset(
        conn.execute(
            text(
                "SELECT c.relname FROM pg_class c "
                "JOIN pg_namespace n ON n.oid = c.relnamespace "
                "WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p', 'v', 'm', 'f')"
            )
        ).scalars()
    )
    revision: str | None = None
    if "alembic_version" in tables:
        row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
        revision = str(row[0]) if row else None
    conn.rollback()
    from mra_desktop.core.database import SCHEMA_HEAD, known_revisions

    ours = _OUR_TABLES <= tables
    if revision is not None and revision != SCHEMA_HEAD and revision not in known_revisions():
        if ours:
            raise NewerDatabaseError(
                f"{facts.label} was written by a newer version of mra-desktop; update the "
                "program to open it. Nothing was changed."
            )
        ours = False  # another application's Alembic revision
    if tables and (revision is None or not ours):
        raise DatabaseOpenError(
            f"{facts.label} holds the tables of another application, not an mra-desktop "
            "database; give mra-desktop a database of its own. Nothing was changed.",
            "database_not_ours",
            path=facts.label,
        )
    return _Inspection(tables, revision)


def _check_version(facts: ServerFacts) -> None:
    if facts.version < MIN_SERVER_VERSION:
        raise DatabaseOpenError(
            f"{facts.label} runs PostgreSQL {facts.version_text}; mra-desktop needs PostgreSQL "
            "13 or newer. Nothing was changed.",
            "database_server_old",
            path=facts.label,
        )


def _may_create(conn: Connection, facts: ServerFacts) -> None:
    allowed = conn.execute(
        text("SELECT has_schema_privilege(current_schema(), 'CREATE')")
    ).scalar()
    conn.rollback()
    if not allowed:
        raise DatabaseOpenError(
            f"The role {facts.user} may not create tables in {facts.label}; make it the "
            "database's owner (see the README). Nothing was changed.",
            "database_server_refused",
            path=facts.label,
        )


def _upgrade(
    engine: Engine, presence: Connection, address: ServerAddress, facts: ServerFacts
) -> Path | None:
    """Bring the schema to the head, under the exclusive presence lock, after a backup when
    the database holds an older schema. Returns the backup (None for a new database)."""
    from alembic import command

    from mra_desktop.core.database import SCHEMA_HEAD, _alembic_config

    take_exclusive(presence, facts, "upgraded")
    try:
        inspection = _inspect(presence, facts)  # someone may have done it meanwhile
        if inspection.revision == SCHEMA_HEAD:
            return None
        _may_create(presence, facts)
        backup: Path | None = None
        if inspection.revision is not None:
            from mra_desktop.core.backups import BackupError
            from mra_desktop.core.server_backups import create_server_backup

            try:
                backup = create_server_backup(engine, address, facts, "before-upgrade").path
            except BackupError as exc:
                raise DatabaseOpenError(
                    f"{exc.message.rstrip('.')}; so {facts.label} was not upgraded."
                ) from exc
        try:
            with engine.begin() as conn:  # PostgreSQL's DDL is transactional: all or nothing
                command.upgrade(_alembic_config(conn), "head")
        except SQLAlchemyError as exc:
            worded = server_error(getattr(exc, "orig", None) or exc)
            reason = worded.message if worded is not None else _first_line(exc)
            raise DatabaseOpenError(
                f"{facts.label} could not be upgraded ({reason.rstrip('.')}); it was left as "
                "it was."
            ) from exc
        return backup
    finally:
        give_back_exclusive(presence)


def open_server(address: ServerAddress) -> Database:
    """Open MRA's database on a PostgreSQL server (see the module's notes)."""
    from mra_desktop.core.database import SCHEMA_HEAD, Database

    engine = make_server_engine(address)
    try:
        try:
            presence = engine.connect()
        except SQLAlchemyError as exc:
            raise connection_error(exc, address) from exc
        try:
            facts = _facts(presence)
            _check_version(facts)
            hold_presence(presence, facts)
            inspection = _inspect(presence, facts)
            backup = None
            if inspection.revision != SCHEMA_HEAD:
                backup = _upgrade(engine, presence, address, facts)
            return Database(address, engine, backup, ServerSession(presence, facts))
        except BaseException as exc:
            ServerSession(presence, _NO_FACTS).close()
            if isinstance(exc, SQLAlchemyError):
                worded = server_error(getattr(exc, "orig", None) or exc)
                if worded is not None:
                    raise DatabaseOpenError(worded.message) from exc
            raise
    except BaseException:
        engine.dispose()
        raise


_NO_FACTS = ServerFacts(0, "", "", 0, "")
