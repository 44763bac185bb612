"""A real PostgreSQL server for the tests of MRA's side (``tests/with-postgres.sh`` starts a
throw-away cluster and names its superuser in ``MRA_TEST_POSTGRES``).

Each test gets a database of its own, owned by an ordinary role (``mra_staff``, as the
README has MRA make it), copied from a template that holds the migrated schema (migrating
takes a second; copying, a few milliseconds). The role's password is in a ``.pgpass``
file named by ``PGPASSFILE``, as at MRA: never in a URL.
"""

from __future__ import annotations

import os
import secrets
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

ADMIN_ENV = "MRA_TEST_POSTGRES"
ROLE = "mra_staff"
TEMPLATE = "mra_test_template"

_state: dict[str, Any] = {}


def available() -> bool:
    return bool(os.environ.get(ADMIN_ENV))


def require() -> None:
    """Skip the test when no server was started (outside ``make test``)."""
    if not available():
        if os.environ.get("CI") == "true":
            pytest.fail(f"{ADMIN_ENV} is not set: run the tests through tests/with-postgres.sh")
        pytest.skip("no PostgreSQL server (run the tests with `make test`)")


def admin_params(dbname: str = "postgres") -> dict[str, Any]:
    from psycopg.conninfo import conninfo_to_dict

    params = conninfo_to_dict(os.environ[ADMIN_ENV])
    params["dbname"] = dbname
    return params


def admin(dbname: str = "postgres") -> Any:
    """A superuser connection (autocommit) to make and drop databases."""
    import psycopg

    return psycopg.connect(**admin_params(dbname), autocommit=True)


def port() -> int:
    return int(admin_params()["port"])


def url(dbname: str, user: str = ROLE) -> str:
    """mra-desktop's address of a test database: TCP on 127.0.0.1, no password in it."""
    return f"postgresql+psycopg://{user}@127.0.0.1:{port()}/{dbname}"


def _setup() -> dict[str, Any]:
    """Once per test run: the role, its .pgpass, and the template with the schema."""
    if _state:
        return _state
    from mra_desktop.core.database import open_database

    password = secrets.token_hex(16)
    folder = Path(tempfile.mkdtemp(prefix="mra-pgpass-"))
    pgpass = folder / "pgpass"
    pgpass.write_text(f"127.0.0.1:{port()}:*:{ROLE}:{password}\n", encoding="utf-8")
    pgpass.chmod(0o600)
    with admin() as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {TEMPLATE} WITH (FORCE)")
        exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (ROLE,)).fetchone()
        verb = "ALTER" if exists else "CREATE"
        conn.execute(f"{verb} ROLE {ROLE} LOGIN PASSWORD '{password}'")
        conn.execute(f"CREATE DATABASE {TEMPLATE} OWNER {ROLE}")
    _state["pgpass"] = pgpass
    previous = os.environ.get("PGPASSFILE")
    os.environ["PGPASSFILE"] = str(pgpass)
    try:
        db = open_database(url(TEMPLATE))
        with db.engine.begin() as conn:  # each copy makes its own device id
            conn.exec_driver_sql("DELETE FROM local_setting WHERE key = 'device_id'")
        db.close()
    finally:
        if previous is None:
            os.environ.pop("PGPASSFILE", None)
        else:
            os.environ["PGPASSFILE"] = previous
    _state["count"] = 0
    return _state


def pgpass_file() -> Path:
    return Path(_setup()["pgpass"])


@contextmanager
def fresh_database(template: str | None = TEMPLATE) -> Iterator[str]:
    """A new database for one test (the migrated schema, or empty with ``template=None``),
    dropped afterwards; yields its mra-desktop URL."""
    require()
    state = _setup()
    state["count"] += 1
    name = f"mra_test_{os.getpid()}_{state['count']}"
    with admin() as conn:
        source = f" TEMPLATE {template}" if template else ""
        conn.execute(f"CREATE DATABASE {name} OWNER {ROLE}{source}")
    try:
        yield url(name)
    finally:
        with admin() as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def database_name(address: str) -> str:
    return address.rsplit("/", 1)[1].split("?", 1)[0]


def tables_of(address: str) -> set[str]:
    """The tables of a test database, read as the superuser."""
    with admin(database_name(address)) as conn:
        rows = conn.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
        ).fetchall()
    return {str(row[0]) for row in rows}
