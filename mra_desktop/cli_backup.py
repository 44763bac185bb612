"""Backup subcommands of the command line: ``backup create``, ``backup list``,
``backup restore FILE``.

On MRA's database on a PostgreSQL server they use PostgreSQL's own tools (``pg_dump``,
``pg_restore``, ``psql``; see :mod:`mra_desktop.core.server_backups`).

Registered by :func:`mra_desktop.cli.build_parser`; like every subcommand, bad input (a
file that is not a backup, a database open in a window, a full disk) ends with exit code 2
and one line on stderr, and changes nothing.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

EXIT_OK = 0


def _db_path(args: argparse.Namespace) -> Any:
    """The database's location: a file, or a server (:class:`ServerAddress`)."""
    from mra_desktop.core.location import parse_location
    from mra_desktop.core.paths import default_location

    return parse_location(args.db) if args.db is not None else default_location()


def _size(size: int) -> str:
    value = float(size)
    for unit in ("bytes", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{size} bytes" if unit == "bytes" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{size} bytes"  # pragma: no cover


def _counts(counts: dict[str, int]) -> str:
    """``1 meeting, 2 changes, 0 action items``"""
    words = (("meeting", "meeting"), ("change", "change"), ("action_item", "action item"))
    return ", ".join(
        f"{counts.get(key, 0)} {word}{'' if counts.get(key, 0) == 1 else 's'}"
        for key, word in words
    )


def cmd_backup_create(args: argparse.Namespace) -> int:
    from mra_desktop.core.backups import create_backup

    info = create_backup(_db_path(args), "manual")
    print(info.path)
    return EXIT_OK


def cmd_backup_list(args: argparse.Namespace) -> int:
    from mra_desktop.core.backups import backups_folder, list_backups

    db_path = _db_path(args)
    backups = list_backups(db_path)
    if args.json:
        print(json.dumps([b.to_json() for b in backups], indent=2, ensure_ascii=False))
        return EXIT_OK
    if not backups:
        print(f"No backups of {db_path} yet (they are kept in {backups_folder(db_path)}).")
        return EXIT_OK
    for backup in backups:
        when = backup.created_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
        print(
            f"{when}  {backup.reason:<14} {_size(backup.size):>9}  "
            f"{_counts(backup.counts)}  {backup.path}"
        )
    return EXIT_OK


def cmd_backup_restore(args: argparse.Namespace) -> int:
    from mra_desktop.core.backups import restore_backup

    result = restore_backup(_db_path(args), args.file)
    what = _counts(result.restored.counts)
    source = result.restored.path.absolute()
    target = result.database.absolute() if isinstance(result.database, Path) else result.database
    print(f"Restored {source} into {target} ({what}).")
    if result.kept is not None:
        print(f"The database as it was is kept in {result.kept.path}.")
    return EXIT_OK


def add_backup_commands(sub: Any) -> None:
    """Register ``backup create|list|restore`` on the program's subparsers."""
    backup = sub.add_parser(
        "backup", help="back the database up, list its backups, restore one"
    )
    verbs = backup.add_subparsers(dest="backup_command", metavar="ACTION", required=True)
    create = verbs.add_parser("create", help="back the database up now; prints the file")
    create.set_defaults(func=cmd_backup_create)
    listing = verbs.add_parser(
        "list", help="the backups, newest first: time, reason, size, counts, file"
    )
    listing.add_argument("--json", action="store_true", help="machine-readable output")
    listing.set_defaults(func=cmd_backup_list)
    restore = verbs.add_parser(
        "restore",
        help="replace the database with a backup (the current one is kept as a backup first)",
    )
    restore.add_argument("file", type=Path, metavar="FILE", help="the backup to restore")
    restore.set_defaults(func=cmd_backup_restore)
