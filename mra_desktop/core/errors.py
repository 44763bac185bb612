"""Errors the core raises, each carrying one sentence a person can read.

The CLI prints ``str(error)`` on one line and exits with 2; the GUI shows it in words.
A ``code`` lets the interface word the problem in its own language when it wants to.
"""

from __future__ import annotations


class MraError(Exception):
    """Base class: a problem with input or files that the user can act on."""

    code = "error"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class DatabaseOpenError(MraError):
    code = "database_unreadable"


class NewerDatabaseError(DatabaseOpenError):
    code = "database_newer"


class DatabaseBusyError(DatabaseOpenError):
    code = "database_busy"


class DatabaseWriteError(MraError):
    """The database could not be written (disk full, file too large, I/O error)."""

    code = "database_write"


class NotFoundError(MraError):
    code = "not_found"


class ValidationError(MraError):
    """Input a service refuses; ``field`` names the offending field."""

    code = "invalid"

    def __init__(self, field: str, code: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.code = code
