"""Helpers shared by the backup tests (core, command line, window)."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

# a process holding a database's lock as an open mra-desktop window does (Qt's QLockFile)
HOLDER = """
import sys
from PySide6.QtCore import QCoreApplication, QLockFile
app = QCoreApplication([])
app.setApplicationName("mra-desktop")
lock = QLockFile(sys.argv[1])
lock.setStaleLockTime(0)
print("locked" if lock.tryLock(0) else "busy", flush=True)
sys.stdin.readline()
"""


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` (backups included), by relative path."""
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def rows(path: Path, table: str) -> list[tuple[Any, ...]]:
    """A table's rows, read without writing anything."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute(f'SELECT * FROM "{table}" ORDER BY rowid').fetchall()
    finally:
        conn.close()
