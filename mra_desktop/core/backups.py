"""Automatic backups of a database, verified, thinned, listable and restorable.

Where
    A folder beside the database, named after it: ``meetings.sqlite`` keeps its backups
    in ``meetings-backups/``. It travels with the database when the folder is copied, and
    it survives reinstalling or removing the program.

What
    Each backup is a complete SQLite database made with SQLite's backup API (a consistent
    snapshot, taken while the program keeps writing), switched to a single file (no
    write-ahead log), checked with ``PRAGMA integrity_check`` and only then given its
    name, ``YYYY-MM-DDTHH-MM-SSZ-REASON.sqlite`` (UTC time and reason). A backup that fails
    the check is deleted and the failure raised; a failed write (a full disk, a protected
    folder) leaves no partial file and never touches the database. Beside each backup, a
    small ``.json`` file keeps its counts (meetings, changes, action items…), its schema
    revision and its *fingerprint*, so that listing backups opens no database.

When it changed
    The fingerprint is a SHA-256 over every table's rows (and the schema), read in one
    read transaction. The database "changed since the last backup" exactly when its
    fingerprint differs from the newest backup's: no guessing from file times (SQLite
    touches the file without changes, and a write-ahead log changes without touching it)
    nor from ``PRAGMA data_version``, which only tells one connection about the others'
    commits while it stays open, and says nothing across restarts.

Thinning (as Anki does)
    Everything of the last 24 hours is kept; then the newest backup of each of the 12
    previous days that have one, of 10 weeks, then of 9 months; older ones are removed,
    oldest first. See :func:`obsolete_backups`.

On a PostgreSQL server
    MRA's shared database is backed up with ``pg_dump`` instead (see
    :mod:`.server_backups`); the functions here take its :class:`ServerAddress` (or the
    open :class:`Database`) and hand it over.

Restoring
    :func:`restore_backup` checks the chosen file (an SQLite file, intact, an mra-desktop
    database not written by a newer version), keeps the current database as a backup,
    then replaces it atomically, under the database's lock (see :mod:`.dblock`).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import hashlib
import json
import os
import re
import shutil
import sqlite3
import tempfile
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from mra_desktop.core.dblock import DatabaseInUseError, database_lock
from mra_desktop.core.errors import MraError
from mra_desktop.core.location import Location, ServerAddress, parse_location
from mra_desktop.core.models import RECORD_TYPES

if TYPE_CHECKING:
    from mra_desktop.core.database import Database

T = TypeVar("T")

#: why a backup was made
REASONS = (
    "periodic",  # every 30 minutes while the program is open, when the database changed
    "on-close",  # when the window closes, when the database changed
    "manual",  # "Back up now", ``mra-desktop backup create``
    "before-import",  # before sync files are imported
    "before-upgrade",  # before the schema is upgraded by a newer version of the program
    "before-restore",  # the database as it was, before a backup replaced it
    "damaged",  # a database that failed its check, set aside before a restore replaced it
)
SQLITE_MAGIC = b"SQLite format 3\x00"
SIDECAR_FORMAT = "mra-desktop-backup"
#: the record types whose live records a backup counts, in the order they are shown
COUNTED = tuple(model.record_type for model in RECORD_TYPES)
_TABLES = {model.record_type: model.__tablename__ for model in RECORD_TYPES}


def _name_pattern(extension: str) -> re.Pattern[str]:
    """How a backup file is named: its moment, its reason, a number for a second one of
    the same second, and ``extension`` (.sqlite here, .dump for a server's)."""
    return re.compile(
        r"^(?P<stamp>\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z)-(?P<reason>[a-z]+(?:-[a-z]+)*)"
        r"(?:-(?P<n>\d+))?" + re.escape(extension) + "$"
    )


_NAME = _name_pattern(".sqlite")
_STAMP = "%Y-%m-%dT%H-%M-%SZ"
RECENT = dt.timedelta(days=1)
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 12, 10, 9
# a temporary file older than this was left by a crash, not by a backup being written
_STALE_PART = dt.timedelta(hours=1)
# backups and restores of one process, one at a time (other processes use their own names)
_lock = threading.RLock()


class BackupError(MraError):
    code = "backup_failed"


class BackupWriteError(BackupError):
    """The backup could not be written (full disk, protected folder); nothing was left."""

    code = "backup_write"


class BackupVerifyError(BackupError):
    """The copy failed ``PRAGMA integrity_check``; it was deleted."""

    code = "backup_verify"


class NoDatabaseError(BackupError):
    code = "backup_no_database"


class NotABackupError(BackupError):
    """A file given to restore that is not a backup of an mra-desktop database."""

    code = "not_a_backup"


class DamagedBackupError(NotABackupError):
    code = "backup_damaged"


class NewerBackupError(NotABackupError):
    code = "backup_newer"


@dataclass(frozen=True)
class BackupInfo:
    """One backup: its file, when (UTC) and why it was made, and what it holds."""

    path: Path
    created_at: dt.datetime
    reason: str
    size: int
    counts: dict[str, int] = field(default_factory=dict)
    schema_revision: str | None = None
    fingerprint: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "path": str(self.path),
            "created_at": self.created_at.isoformat().replace("+00:00", "Z"),
            "reason": self.reason,
            "size": self.size,
            "counts": dict(self.counts),
            "schema_revision": self.schema_revision,
        }


@dataclass(frozen=True)
class RestoreResult:
    database: Location
    #: what the database now holds (the chosen file's facts)
    restored: BackupInfo
    #: the database as it was, kept as a backup first (None when there was none)
    kept: BackupInfo | None


# -- where -------------------------------------------------------------------------------
def backups_folder(db_path: Location | str) -> Path:
    """The folder that keeps a database's backups: ``NAME-backups`` beside it (for a
    server's database, see :func:`~.server_backups.server_backups_folder`)."""
    location = parse_location(db_path)
    if isinstance(location, ServerAddress):
        from mra_desktop.core.server_backups import server_backups_folder

        return server_backups_folder(location)
    path = location.absolute()
    return path.with_name(f"{path.stem}-backups")


def _sidecar(path: Path) -> Path:
    return path.with_suffix(".json")


def _why(exc: BaseException) -> str:
    """A few words for an OS or SQLite failure to write."""
    if isinstance(exc, OSError):
        if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
            return "the disk is full"
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return "permission denied"
        if exc.errno in (errno.EEXIST, errno.ENOTDIR):
            return "a file is in the way"
        return exc.strerror or str(exc)
    text = str(exc)
    lowered = text.lower()
    if "full" in lowered:
        return "the disk is full"
    if "readonly" in lowered or "read-only" in lowered or "unable to open" in lowered:
        return "permission denied"
    return text or type(exc).__name__


# -- reading a database file -------------------------------------------------------------
def _uri(path: Path) -> str:
    """A read-only URI for a file: ``immutable`` (no lock, no side file created) unless a
    write-ahead log beside it holds part of its content."""
    uri = f"{path.resolve().as_uri()}?mode=ro"
    return uri if Path(f"{path}-wal").exists() else uri + "&immutable=1"


@contextlib.contextmanager
def _read_only(path: Path, *, live: bool = False) -> Iterator[sqlite3.Connection]:
    """A connection that cannot write.

    For a backup or a chosen file, a read-only open. For the ``live`` database, an
    ordinary connection with ``query_only`` set: it reads the write-ahead log like the
    program's own connections and, when it is the last one to close, folds the log in
    and removes the side files as they do, so that backing up a closed database leaves
    its folder as it was.
    """
    if live:
        conn = sqlite3.connect(path, isolation_level=None, timeout=10)
        conn.execute("PRAGMA query_only=1")
    else:
        conn = sqlite3.connect(_uri(path), uri=True, isolation_level=None)
    try:
        yield conn
    finally:
        conn.close()


def _tables(conn: sqlite3.Connection) -> set[str]:
    return {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _counts(conn: sqlite3.Connection, tables: set[str]) -> dict[str, int]:
    """Live records of each type (deletion marks left out)."""
    counts: dict[str, int] = {}
    for record_type in COUNTED:
        table = _TABLES[record_type]
        if table not in tables:
            continue
        columns = {row[1] for row in conn.execute(f"PRAGMA table_info({_quoted(table)})")}
        where = " WHERE deleted_at IS NULL" if "deleted_at" in columns else ""
        row = conn.execute(f"SELECT count(*) FROM {_quoted(table)}{where}").fetchone()
        counts[record_type] = int(row[0])
    return counts


def _revision(conn: sqlite3.Connection, tables: set[str]) -> str | None:
    if "alembic_version" not in tables:
        return None
    row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    return str(row[0]) if row else None


def _fingerprint(conn: sqlite3.Connection) -> str:
    """SHA-256 over the schema and every row of every table (see the module's notes)."""
    digest = hashlib.sha256()
    schema = conn.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' "
        "ORDER BY type, name"
    ).fetchall()
    digest.update(repr(schema).encode("utf-8"))
    for kind, name, _sql in schema:
        if kind != "table":
            continue
        digest.update(f"\x00{name}\x00".encode())
        try:
            cursor = conn.execute(f"SELECT * FROM {_quoted(name)} ORDER BY rowid")
        except sqlite3.OperationalError:  # a table without rowid
            cursor = conn.execute(f"SELECT * FROM {_quoted(name)} ORDER BY 1")
        while rows := cursor.fetchmany(2000):
            digest.update(repr(rows).encode("utf-8"))
    return digest.hexdigest()


def database_fingerprint(db_path: Path | str) -> str:
    """The fingerprint of a live database, read in one read transaction."""
    with _read_only(Path(db_path), live=True) as conn:
        conn.execute("BEGIN")
        try:
            return _fingerprint(conn)
        finally:
            conn.execute("ROLLBACK")


@dataclass(frozen=True)
class _Facts:
    integrity: str
    revision: str | None
    tables: frozenset[str]
    counts: dict[str, int]
    fingerprint: str


def _facts(path: Path, *, fingerprint: bool = True) -> _Facts:
    """Check and describe a database file no one else writes (a backup being made or
    chosen). Raises ``sqlite3.DatabaseError`` for a file SQLite cannot read."""
    with _read_only(path) as conn:
        rows = conn.execute("PRAGMA integrity_check").fetchall()
        integrity = "; ".join(str(r[0]) for r in rows[:5])
        if integrity != "ok":
            return _Facts(integrity, None, frozenset(), {}, "")
        tables = _tables(conn)
        return _Facts(
            integrity,
            _revision(conn, tables),
            frozenset(tables),
            _counts(conn, tables),
            _fingerprint(conn) if fingerprint else "",
        )


# -- thinning ----------------------------------------------------------------------------
def obsolete_backups(
    backups: Iterable[T],
    now: dt.datetime,
    when: Callable[[T], dt.datetime],
    *,
    daily: int = KEEP_DAILY,
    weekly: int = KEEP_WEEKLY,
    monthly: int = KEEP_MONTHLY,
) -> list[T]:
    """The backups thinning removes, oldest first (a pure function; Anki's rule).

    Going from the newest backup to the oldest: every backup of the last 24 hours before
    ``now`` is kept; then the newest backup of each earlier calendar day, until ``daily``
    days are kept; then the newest of each earlier week (Monday to Sunday), ``weekly``
    times; then of each earlier month, ``monthly`` times; everything older goes. A day,
    week or month already represented by a newer kept backup gets no second one. Days,
    weeks and months are those of ``now``'s time zone; times must be timezone-aware.
    Whether a backup is kept depends only on the backups newer than it.
    """
    tz = now.tzinfo
    limits = {"daily": daily, "weekly": weekly, "monthly": monthly}
    last_day = last_week = last_month = None
    obsolete: list[T] = []
    for backup in sorted(backups, key=when, reverse=True):
        moment = when(backup).astimezone(tz)
        day = moment.date().toordinal()  # day 1 (1 January of year 1) was a Monday
        week = (day - 1) // 7
        month = moment.year * 12 + moment.month - 1
        stage: str | None = None
        if moment >= now - RECENT:
            keep = True
        elif limits["daily"] > 0:
            stage, keep = "daily", last_day is None or day < last_day
        elif limits["weekly"] > 0:
            stage, keep = "weekly", last_week is None or week < last_week
        elif limits["monthly"] > 0:
            stage, keep = "monthly", last_month is None or month < last_month
        else:
            keep = False
        if keep:
            last_day, last_week, last_month = day, week, month
            if stage is not None:
                limits[stage] -= 1
        else:
            obsolete.append(backup)
    obsolete.reverse()
    return obsolete


# -- listing -----------------------------------------------------------------------------
def _parse_name(
    path: Path, pattern: re.Pattern[str] = _NAME
) -> tuple[dt.datetime, str, int] | None:
    match = pattern.match(path.name)
    if match is None:
        return None
    try:
        when = dt.datetime.strptime(match["stamp"], _STAMP).replace(tzinfo=dt.UTC)
    except ValueError:
        return None
    return when, match["reason"], int(match["n"] or 1)


def _named_backups(
    folder: Path, pattern: re.Pattern[str] = _NAME
) -> list[tuple[Path, dt.datetime, str, int]]:
    """The backup files in a folder (named as ``pattern`` says), from their names alone,
    oldest first."""
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    found = []
    for path in entries:
        parsed = _parse_name(path, pattern)
        if parsed is not None and path.is_file():
            found.append((path, *parsed))
    # two backups of one second (a manual one, then a restore) in the order they were made
    found.sort(key=lambda item: (item[1], item[3], _mtime(item[0])))
    return found


def _mtime(path: Path) -> int:
    try:
        return path.stat().st_mtime_ns
    except OSError:
        return 0


def _read_sidecar(path: Path, size: int) -> dict[str, Any] | None:
    try:
        data = json.loads(_sidecar(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("format") != SIDECAR_FORMAT:
        return None
    if data.get("size") != size or not isinstance(data.get("counts"), dict):
        return None  # the file was replaced or altered since: describe it afresh
    return data


def describe_backup(path: Path, *, created_at: dt.datetime, reason: str) -> BackupInfo:
    """A backup's facts: from its ``.json`` when it matches the file, else from the file."""
    try:
        size = path.stat().st_size
    except OSError:
        size = 0
    data = _read_sidecar(path, size)
    if data is not None:
        counts = {str(k): int(v) for k, v in data["counts"].items() if isinstance(v, int)}
        revision = data.get("schema_revision")
        return BackupInfo(
            path,
            created_at,
            reason,
            size,
            counts,
            revision if isinstance(revision, str) else None,
            str(data.get("fingerprint") or ""),
        )
    try:
        facts = _facts(path, fingerprint=False)
    except sqlite3.Error:
        return BackupInfo(path, created_at, reason, size)
    return BackupInfo(path, created_at, reason, size, facts.counts, facts.revision)


def list_backups(db_path: Location | str) -> list[BackupInfo]:
    """The database's backups, newest first."""
    location = parse_location(db_path)
    if isinstance(location, ServerAddress):
        from mra_desktop.core.server_backups import list_server_backups

        return list_server_backups(location)
    folder = backups_folder(location)
    infos = [
        describe_backup(path, created_at=when, reason=reason)
        for path, when, reason, _n in _named_backups(folder)
    ]
    infos.reverse()
    return infos


def _newest_fingerprint(folder: Path) -> tuple[BackupInfo, str] | None:
    named = _named_backups(folder)
    for path, when, reason, _n in reversed(named):
        if reason == "damaged":
            continue
        info = describe_backup(path, created_at=when, reason=reason)
        if info.fingerprint:
            return info, info.fingerprint
        try:
            facts = _facts(path)
        except sqlite3.Error:
            continue
        if facts.integrity == "ok":
            return info, facts.fingerprint
    return None


def changed_since_last_backup(db_path: Path | str) -> bool:
    """Whether the database holds anything its newest backup does not."""
    newest = _newest_fingerprint(backups_folder(db_path))
    if newest is None:
        return True
    return database_fingerprint(db_path) != newest[1]


# -- writing -----------------------------------------------------------------------------
def _now(now: dt.datetime | None) -> dt.datetime:
    moment = now if now is not None else dt.datetime.now(dt.UTC)
    return moment.astimezone(dt.UTC).replace(microsecond=0)


def _free_name(folder: Path, created: dt.datetime, reason: str) -> Path:
    stamp = created.strftime(_STAMP)
    target = folder / f"{stamp}-{reason}.sqlite"
    n = 1
    while target.exists() or _sidecar(target).exists():
        n += 1
        target = folder / f"{stamp}-{reason}-{n}.sqlite"
    return target


def _discard(*paths: Path) -> None:
    for path in paths:
        for candidate in (path, *(Path(f"{path}{s}") for s in ("-journal", "-wal", "-shm"))):
            with contextlib.suppress(OSError):
                candidate.unlink()


def _fsync(path: Path) -> None:
    """Flush a file to disk (opened for writing: Windows flushes nothing else)."""
    fd = os.open(path, os.O_RDWR)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX; Windows has no such call)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _copy_database(source: Path, target: Path, *, live: bool) -> None:
    """A consistent copy of ``source`` (its write-ahead log included) into ``target``, as
    a single file in rollback-journal mode, flushed to disk."""
    with _read_only(source, live=live) as src:
        dest = sqlite3.connect(target, isolation_level=None)
        try:
            src.backup(dest)
            dest.execute("PRAGMA journal_mode=DELETE")
        finally:
            dest.close()
    _fsync(target)


def _write_sidecar(path: Path, info: BackupInfo, source: Path) -> None:
    data = {
        "format": SIDECAR_FORMAT,
        "version": 1,
        "created_at": info.created_at.isoformat().replace("+00:00", "Z"),
        "reason": info.reason,
        "database": str(source),
        "size": info.size,
        "schema_revision": info.schema_revision,
        "counts": info.counts,
        "fingerprint": info.fingerprint,
    }
    write_sidecar(_sidecar(path), data)


def write_sidecar(sidecar: Path, data: dict[str, Any]) -> None:
    """A backup's description beside it, written atomically (an OSError is left to the
    caller, which words it as a backup that could not be written)."""
    fd, temp = tempfile.mkstemp(prefix=f".{sidecar.name}.", suffix=".part", dir=sidecar.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(data, handle, indent=2, ensure_ascii=False)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, sidecar)
    except BaseException:
        _discard(Path(temp))
        raise


def _make_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BackupWriteError(
            f"Cannot make the backups folder {folder}: {_why(exc)}; the database is untouched."
        ) from exc
    if not folder.is_dir():
        raise BackupWriteError(
            f"Cannot make the backups folder {folder}: a file is in the way; "
            "the database is untouched."
        )


def _write_backup(
    db_path: Path, reason: str, created: dt.datetime, *, keep_damaged: bool = False
) -> BackupInfo:
    folder = backups_folder(db_path)
    _make_folder(folder)
    final = _free_name(folder, created, reason)
    try:
        fd, temp_name = tempfile.mkstemp(prefix=f".{final.name}.", suffix=".part", dir=folder)
        os.close(fd)
    except OSError as exc:
        raise BackupWriteError(
            f"Cannot write a backup in {folder}: {_why(exc)}; the database is untouched."
        ) from exc
    temp = Path(temp_name)
    sidecar_written = False
    try:
        _copy_database(db_path, temp, live=True)
        facts = _facts(temp)
        if facts.integrity != "ok":
            raise BackupVerifyError(
                f"The backup of {db_path} failed its check ({facts.integrity}) and was deleted; "
                "the database may be damaged."
            )
        info = BackupInfo(
            final,
            created,
            reason,
            temp.stat().st_size,
            facts.counts,
            facts.revision,
            facts.fingerprint,
        )
        _write_sidecar(final, info, db_path)
        sidecar_written = True
        os.replace(temp, final)
        _fsync_folder(folder)
        return info
    except BackupVerifyError:
        if keep_damaged:
            _discard(temp)
            return _set_aside(db_path, folder, created)
        _discard(temp)
        raise
    except (OSError, sqlite3.Error) as exc:
        _discard(temp)
        if sidecar_written:
            _discard(_sidecar(final))
        if keep_damaged and isinstance(exc, sqlite3.DatabaseError) and not _is_write_error(exc):
            return _set_aside(db_path, folder, created)
        raise BackupWriteError(
            f"Cannot write a backup of {db_path} in {folder}: {_why(exc)}; "
            "the database is untouched and no partial backup was left."
        ) from exc
    except BaseException:
        _discard(temp)
        if sidecar_written:
            _discard(_sidecar(final))
        raise


def _is_write_error(exc: sqlite3.Error) -> bool:
    text = str(exc).lower()
    return "full" in text or "readonly" in text or "i/o" in text or "unable to open" in text


def _set_aside(db_path: Path, folder: Path, created: dt.datetime) -> BackupInfo:
    """Keep a damaged database (file and write-ahead log, byte for byte) under the reason
    ``damaged``, so that replacing it never loses what might still be recovered."""
    final = _free_name(folder, created, "damaged")
    wal = Path(f"{db_path}-wal")
    copies: list[tuple[Path, Path]] = [(db_path, final)]
    if wal.exists():
        copies.append((wal, Path(f"{final}-wal")))
    done: list[Path] = []
    try:
        for source, target in reversed(copies):  # the main file's name last: it lists it
            temp = target.with_name(f".{target.name}.part")
            shutil.copyfile(source, temp)
            _fsync(temp)
            os.replace(temp, target)
            done.append(target)
    except OSError as exc:
        for path in done:
            _discard(path)
        raise BackupWriteError(
            f"Cannot set aside the damaged database {db_path} in {folder}: {_why(exc)}; "
            "nothing was changed."
        ) from exc
    _fsync_folder(folder)
    return BackupInfo(final, created, "damaged", final.stat().st_size)


def _server_backup(
    source: Database | Location | str, reason: str, now: dt.datetime | None, thin: bool
) -> BackupInfo | None:
    """Back a server's database up (see :mod:`.server_backups`); None for a file."""
    if isinstance(source, str):
        source = parse_location(source)
    if isinstance(source, Path):
        return None
    from mra_desktop.core.server_backups import create_server_backup

    if isinstance(source, ServerAddress):
        from mra_desktop.core.database import open_database

        db = open_database(source)
        try:
            return _server_backup(db, reason, now, thin)
        finally:
            db.close()
    if source.server is None:
        return None
    assert isinstance(source.location, ServerAddress)
    return create_server_backup(
        source.engine, source.location, source.server.facts, reason, now=now, thin=thin
    )


def _source_path(source: Database | Path | str) -> Path:
    if isinstance(source, str | os.PathLike):
        return Path(source).expanduser()
    return Path(source.path)


def create_backup(
    source: Database | Location | str,
    reason: str = "manual",
    *,
    if_changed: bool = False,
    now: dt.datetime | None = None,
    thin: bool = True,
) -> BackupInfo:
    """Back the database up into its backups folder and return the new backup.

    With ``if_changed``, a database identical to its newest backup is not copied again:
    that backup is returned. Afterwards old backups are thinned (``thin``). Raises
    :class:`BackupWriteError` (nothing left behind, database untouched),
    :class:`BackupVerifyError` (the copy failed its check and was deleted) or
    :class:`NoDatabaseError`. Safe to call from a worker thread: it opens its own
    read-only connection. A server's database is dumped by ``pg_dump`` (``if_changed``
    does not apply there: see :mod:`.server_backups`).
    """
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason {reason!r}")
    on_server = _server_backup(source, reason, now, thin)
    if on_server is not None:
        return on_server
    assert not isinstance(source, ServerAddress)
    db_path = _source_path(source)
    created = _now(now)
    with _lock:
        _check_source(db_path)
        if if_changed:
            newest = _newest_fingerprint(backups_folder(db_path))
            if newest is not None and database_fingerprint(db_path) == newest[1]:
                return newest[0]
        info = _write_backup(db_path, reason, created)
        if thin:
            thin_backups(db_path, now=created)
        return info


def _check_source(db_path: Path) -> None:
    if not db_path.is_file() or db_path.stat().st_size == 0:
        raise NoDatabaseError(f"There is no database at {db_path}; nothing to back up.")
    try:
        with db_path.open("rb") as handle:
            magic = handle.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise NoDatabaseError(f"Cannot read {db_path}: {exc.strerror or exc}.") from exc
    if magic != SQLITE_MAGIC:
        raise NoDatabaseError(f"{db_path} is not an mra-desktop database (not an SQLite file).")


def thin_backups(db_path: Path | str, *, now: dt.datetime | None = None) -> list[Path]:
    """Remove the backups thinning no longer keeps (oldest first), temporary files left
    by a crash, and ``.json`` files whose backup is gone. Returns the removed backups."""
    folder = backups_folder(db_path)
    moment = (now or dt.datetime.now(dt.UTC)).astimezone()  # days of the local calendar
    named = _named_backups(folder)
    removed: list[Path] = []
    for path, *_rest in obsolete_backups(named, moment, lambda item: item[1]):
        try:
            path.unlink()
        except OSError:
            continue
        removed.append(path)
        for leftover in (_sidecar(path), Path(f"{path}-wal")):
            with contextlib.suppress(OSError):
                leftover.unlink()
    _tidy(folder, moment)
    return removed


def _tidy(folder: Path, now: dt.datetime) -> None:
    try:
        entries = list(folder.iterdir())
    except OSError:
        return
    names = {p.name for p in entries}
    for path in entries:
        try:
            if path.name.startswith(".") and path.name.endswith(".part"):
                age = now.timestamp() - path.stat().st_mtime
                if age > _STALE_PART.total_seconds():
                    path.unlink()
            elif path.suffix == ".json" and _NAME.match(path.stem + ".sqlite"):
                if path.stem + ".sqlite" not in names:
                    path.unlink()
        except OSError:
            continue


# -- restoring ---------------------------------------------------------------------------
def _refuse(path: Path, what: str) -> NotABackupError:
    return NotABackupError(f"{path} {what}; nothing was changed.")


def check_backup_file(path: Path | str) -> BackupInfo:
    """Check that a file can be restored (an intact mra-desktop database, not written by
    a newer version) and describe it. Reads it only."""
    source = Path(path).expanduser()
    _check_candidate(source)
    parsed = _parse_name(source)
    created = parsed[0] if parsed else dt.datetime.fromtimestamp(source.stat().st_mtime, dt.UTC)
    reason = parsed[1] if parsed else "manual"
    facts = _checked_facts(source, source)
    return BackupInfo(
        source, created, reason, source.stat().st_size, facts.counts, facts.revision
    )


def _check_candidate(source: Path) -> None:
    if not source.exists():
        raise NotABackupError(f"There is no file {source}; nothing was changed.")
    if source.is_dir():
        raise _refuse(source, "is a folder, not a backup")
    try:
        with source.open("rb") as handle:
            magic = handle.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise NotABackupError(f"Cannot read {source}: {exc.strerror or exc}.") from exc
    if magic != SQLITE_MAGIC:
        raise _refuse(source, "is not a backup of an mra-desktop database (not an SQLite file)")


def _checked_facts(source: Path, copy: Path) -> _Facts:
    """The facts of ``copy`` (``source`` itself, or the copy made of it), refusing what
    cannot be restored."""
    from mra_desktop.core.database import known_revisions

    try:
        facts = _facts(copy, fingerprint=False)
    except sqlite3.DatabaseError as exc:
        raise DamagedBackupError(
            f"{source} is damaged and cannot be restored ({exc}); nothing was changed."
        ) from exc
    if facts.integrity != "ok":
        raise DamagedBackupError(
            f"{source} is damaged and cannot be restored (integrity check: {facts.integrity}); "
            "nothing was changed."
        )
    if facts.revision is None or not {"meeting", "change"} <= facts.tables:
        raise _refuse(source, "is an SQLite file but not a backup of an mra-desktop database")
    if facts.revision not in known_revisions():
        raise NewerBackupError(
            f"{source} was written by a newer version of mra-desktop; update the program "
            "to restore it. Nothing was changed."
        )
    return facts


def _retire_write_ahead_log(db_path: Path) -> None:
    """Fold the database's write-ahead log into it and switch it to a single file, so
    that no log of the old file is ever applied to the new one. Fails (the database in
    use) while any other connection has it open."""
    if not db_path.exists():
        return
    try:
        conn = sqlite3.connect(db_path, isolation_level=None, timeout=2)
    except sqlite3.Error:
        return
    in_use = f"{db_path} is in use by another program; close it first. Nothing was changed."
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        mode = conn.execute("PRAGMA journal_mode=DELETE").fetchone()
        if mode is None or str(mode[0]).lower() != "delete":
            raise DatabaseInUseError(in_use)
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc).lower() or "busy" in str(exc).lower():
            raise DatabaseInUseError(in_use) from exc
        raise BackupWriteError(
            f"Cannot restore into {db_path}: {_why(exc)}; nothing was changed."
        ) from exc
    except sqlite3.DatabaseError:
        pass  # not a database any more (damaged): it was set aside byte for byte
    finally:
        conn.close()


def restore_backup(
    db_path: Location | str,
    backup_file: Path | str,
    *,
    lock_held: bool = False,
    now: dt.datetime | None = None,
) -> RestoreResult:
    """Replace the database with a backup, after keeping the database as it is as a
    backup (reason ``before-restore``; ``damaged`` when it fails its check).

    The chosen file is copied beside the database, checked (intact, an mra-desktop
    database, not newer; upgraded when older), and renamed over the database: the
    database is either as it was or the backup, never in between. Every connection to
    the database must be closed first. The database's lock is taken for the time of the
    restore unless the caller holds it already (``lock_held``, the window itself):
    :class:`DatabaseInUseError` when a window has it open. Any refusal changes nothing.
    """
    from mra_desktop.core.database import head_revision, upgrade_database_file

    location = parse_location(db_path)
    if isinstance(location, ServerAddress):
        from mra_desktop.core.server_backups import restore_server_backup

        return restore_server_backup(location, backup_file, now=now)
    target = location
    source = Path(backup_file).expanduser()
    _check_candidate(source)
    if target.exists() and source.resolve() == target.resolve():
        raise _refuse(source, "is the database itself, not a backup")
    _checked_facts(source, source)  # refuse before making anything, even the lock file
    created = _now(now)
    guard = contextlib.nullcontext() if lock_held else database_lock(target)
    with guard, _lock:
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            fd, temp_name = tempfile.mkstemp(
                prefix=f".{target.name}.restore-", suffix=".part", dir=target.parent
            )
            os.close(fd)
        except OSError as exc:
            raise BackupWriteError(
                f"Cannot restore into {target.parent}: {_why(exc)}; nothing was changed."
            ) from exc
        temp = Path(temp_name)
        try:
            try:
                _copy_database(source, temp, live=False)
            except sqlite3.DatabaseError as exc:
                if _is_write_error(exc):
                    raise BackupWriteError(
                        f"Cannot restore into {target.parent}: {_why(exc)}; nothing was changed."
                    ) from exc
                raise DamagedBackupError(
                    f"{source} is damaged and cannot be restored ({exc}); nothing was changed."
                ) from exc
            facts = _checked_facts(source, temp)  # the copy is what will be restored
            if facts.revision != head_revision():
                upgrade_database_file(temp)
                with contextlib.closing(sqlite3.connect(temp, isolation_level=None)) as conn:
                    conn.execute("PRAGMA journal_mode=DELETE")
                _fsync(temp)
            parsed = _parse_name(source)
            restored = BackupInfo(
                source,
                parsed[0] if parsed else created,
                parsed[1] if parsed else "manual",
                source.stat().st_size,
                facts.counts,
                facts.revision,
            )
            kept: BackupInfo | None = None
            if target.exists() and target.stat().st_size > 0:
                _make_folder(backups_folder(target))
                kept = _write_backup(target, "before-restore", created, keep_damaged=True)
            _retire_write_ahead_log(target)
            os.replace(temp, target)
            _fsync_folder(target.parent)
        except BaseException:
            _discard(temp)
            raise
        for side in ("-wal", "-shm", "-journal"):
            with contextlib.suppress(OSError):
                Path(f"{target}{side}").unlink()
        return RestoreResult(target, restored, kept)


# -- looking at a backup -----------------------------------------------------------------
class BackupReader:
    """A read-only look at a backup's meetings, changes and action items.

    The connection is opened read-only on a file nothing writes (``immutable``): it
    cannot change the backup, and the live database is never involved.
    """

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        check_backup_file(self.path)
        self._conn = sqlite3.connect(_uri(self.path), uri=True)
        self._conn.row_factory = sqlite3.Row
        self._tables = _tables(self._conn)

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> BackupReader:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def _rows(
        self, table: str, where: str = "", args: tuple[Any, ...] = ()
    ) -> list[dict[str, Any]]:
        if table not in self._tables:
            return []
        columns = {r[1] for r in self._conn.execute(f"PRAGMA table_info({_quoted(table)})")}
        clauses = ["deleted_at IS NULL"] if "deleted_at" in columns else []
        if where:
            clauses.append(where)
        sql = f"SELECT * FROM {_quoted(table)}"
        if clauses:
            sql += " WHERE " + " AND ".join(clauses)
        order = [c for c in ("position", "created_at", "id") if c in columns]
        if order:
            sql += " ORDER BY " + ", ".join(order)
        return [dict(row) for row in self._conn.execute(sql, args)]

    def meetings(self) -> list[dict[str, Any]]:
        """Live meetings, newest date first (undated last), each with ``change_count``
        and ``action_item_count``."""
        meetings = self._rows("meeting")
        changes = _count_by_meeting(self._rows("change"))
        items = _count_by_meeting(self._rows("action_item"))
        for meeting in meetings:
            meeting["change_count"] = changes.get(meeting["id"], 0)
            meeting["action_item_count"] = items.get(meeting["id"], 0)
        meetings.sort(key=lambda m: str(m.get("title") or ""))
        meetings.sort(key=lambda m: str(m.get("date") or ""), reverse=True)
        return meetings

    def changes(self, meeting_id: str) -> list[dict[str, Any]]:
        return self._rows("change", "meeting_id = ?", (meeting_id,))

    def action_items(self, meeting_id: str) -> list[dict[str, Any]]:
        return self._rows("action_item", "meeting_id = ?", (meeting_id,))


def _count_by_meeting(rows: list[dict[str, Any]]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for row in rows:
        key = str(row.get("meeting_id"))
        counts[key] = counts.get(key, 0) + 1
    return counts
