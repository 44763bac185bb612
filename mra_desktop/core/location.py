"""Where a database is: a file (SQLite: a partner's laptop) or a PostgreSQL server (MRA's
office, several people at once). Light enough for the program's first paint: nothing here
imports SQLAlchemy or the driver.

A server is named by a URL, ``postgresql+psycopg://USER@HOST[:PORT]/DBNAME`` (``postgresql://``
is read the same way), or by a PostgreSQL service: ``postgresql+psycopg:///?service=mra``.
Other libpq parameters may follow as a query (``?sslmode=require``). The password never
appears in it: it comes from where PostgreSQL's own tools take it (``~/.pgpass``,
``PGPASSWORD``, a service file), so that it is never seen on a command line, in a list of
processes, in a shell's history or in a log. A URL holding one is refused.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qsl, unquote, urlsplit

from mra_desktop.core.errors import DatabaseOpenError

#: the schemes read as a PostgreSQL server (mra-desktop talks to it through psycopg 3)
SERVER_SCHEMES = ("postgresql+psycopg", "postgresql", "postgres")
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")

PASSWORD_REFUSED = (
    "The database address holds a password; leave it out (it would show on the command line "
    "and in logs) and keep it in ~/.pgpass, PGPASSWORD or a PostgreSQL service file. "
    "Nothing was changed."
)


@dataclass(frozen=True)
class ServerAddress:
    """A PostgreSQL database named by its URL (never with a password in it)."""

    url: str
    user: str | None
    host: str | None
    port: int | None
    database: str | None
    options: tuple[tuple[str, str], ...] = ()

    @property
    def sqlalchemy_url(self) -> str:
        """The same address for SQLAlchemy's psycopg 3 dialect."""
        return "postgresql+psycopg" + self.url[self.url.index("://") :]

    def option(self, name: str) -> str | None:
        return next((value for key, value in self.options if key == name), None)

    @property
    def label(self) -> str:
        """``mra@localhost/mra``, or ``service mra``: how the address is shown (before the
        server has said who and where it is; :attr:`Database.label` then says it exactly)."""
        service = self.option("service")
        host = self.host or self.option("host")
        if service and not (self.user or host or self.database):
            return f"service {service}"
        return server_label(self.user, host, self.port, self.database)

    def __str__(self) -> str:
        return f"PostgreSQL: {self.label}"


def server_label(user: str | None, host: str | None, port: int | str | None,
                 database: str | None) -> str:
    """``user@host[:port]/database`` (the default port left out; a Unix socket's folder in
    brackets); never a password."""
    where = host or "localhost"
    if where.startswith("/"):
        where = f"[{where}]"
    if port and str(port) != "5432":
        where += f":{port}"
    who = f"{user}@" if user else ""
    return f"{who}{where}/{database or ''}"


#: a database: a file, or a PostgreSQL server
Location = Path | ServerAddress


def is_server_url(text: str) -> bool:
    return text.lower().startswith(tuple(f"{s}://" for s in SERVER_SCHEMES))


def parse_server_url(text: str) -> ServerAddress:
    """Read a PostgreSQL URL, refusing one that holds a password or that mra-desktop cannot
    use (raises :class:`DatabaseOpenError`; the URL itself is never repeated, in case it
    holds a secret)."""
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError:
        raise DatabaseOpenError(
            "The database address is not a valid PostgreSQL URL; write it as "
            "postgresql+psycopg://USER@HOST[:PORT]/DATABASE. Nothing was changed."
        ) from None
    scheme = parts.scheme.lower()
    if scheme not in SERVER_SCHEMES:
        raise DatabaseOpenError(
            f"mra-desktop talks to PostgreSQL through psycopg 3: write the address as "
            f"postgresql+psycopg://… (not {scheme}://…). Nothing was changed."
        )
    options = tuple(parse_qsl(parts.query, keep_blank_values=True))
    if parts.password is not None or any(key.lower() == "password" for key, _ in options):
        raise DatabaseOpenError(PASSWORD_REFUSED)
    if parts.fragment:
        raise DatabaseOpenError(
            "The database address ends with a '#…' part that PostgreSQL does not know. "
            "Nothing was changed."
        )
    database = unquote(parts.path[1:]) if parts.path.startswith("/") else unquote(parts.path)
    return ServerAddress(
        url=f"{scheme}://{parts.netloc}{parts.path}" + (f"?{parts.query}" if parts.query else ""),
        user=unquote(parts.username) if parts.username else None,
        host=parts.hostname,
        port=port,
        database=database or None,
        options=options,
    )


def parse_location(value: str | Path | ServerAddress) -> Location:
    """A database given on the command line or in ``MRA_DESKTOP_DB``: a server URL, or a
    file path (``~`` expanded)."""
    if isinstance(value, ServerAddress):
        return value
    text = str(value)
    if isinstance(value, str) and is_server_url(text):
        return parse_server_url(text)
    if isinstance(value, str) and _SCHEME.match(text):
        scheme = text.split("://", 1)[0]
        raise DatabaseOpenError(
            f"mra-desktop opens an SQLite file or a PostgreSQL server "
            f"(postgresql+psycopg://…), not {scheme}://…. Nothing was changed."
        )
    return Path(value).expanduser()


def describe_location(location: Location) -> str:
    """How a location is named to a person (a path, or "PostgreSQL: mra@localhost/mra")."""
    return str(location)
