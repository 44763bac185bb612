"""Errors the core raises, each carrying one sentence a person can read.

The CLI prints ``str(error)`` on one line and exits with 2. The GUI words the problem
itself, in the interface language, from the error's ``code`` (and the file it is about,
``path``, when there is one): see ``mra_desktop/ui/messages.py``, whose test raises every
code of the core and asks for an Arabic and a French sentence. A new code therefore
needs its sentence there too.
"""

from __future__ import annotations


class MraError(Exception):
    """Base class: a problem with input or files that the user can act on."""

    code = "error"
    #: the file or folder the problem is about, for the interface's sentence
    path: str | None = None

    def __init__(self, message: str, code: str | None = None, *, path: object = None) -> None:
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code
        if path is not None:
            self.path = str(path)


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
        super().__init__(message, code)
        self.field = field
