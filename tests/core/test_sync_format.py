"""The published format is enough to write a file (the writer in FORMAT.md is run here),
and migrations 0003 and 0004 bring older databases to the sync schema."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, text

from mra_desktop.core import models as m
from mra_desktop.core.database import _alembic_config, head_revision, make_engine, open_database
from mra_desktop.core.resources import resource_path
from mra_desktop.core.sync import import_sync_file
from tests.sync_support import (
    DEVICE,
    ORG_ID,
    SIGNER,
    dump,
    enrol_tafiil,
    make_keys,
    records_of,
    small_records,
)


def _reference_writer() -> dict[str, Any]:
    document = resource_path("sync", "FORMAT.md").read_text(encoding="utf-8")
    [code] = re.findall(r"```python\n(.*?)```", document, re.S)
    namespace: dict[str, Any] = {}
    exec(compile(code, "FORMAT.md", "exec"), namespace)
    return namespace


@pytest.mark.parametrize("encrypted", [False, True])
def test_a_file_written_from_the_format_document_is_imported(
    db, tmp_path: Path, encrypted: bool  # type: ignore[no-untyped-def]
) -> None:
    writer = _reference_writer()
    public, private, _ = make_keys()
    records = small_records()
    for items in records.values():
        for record in items:
            del record["content_hash"]
    path = tmp_path / "third-party.mrasync"
    writer["write_sync_file"](
        path, records, DEVICE, ORG_ID, "Association Tafiil", SIGNER, 5,
        public.raw if encrypted else None,
    )
    enrol_tafiil(db)
    outcome = import_sync_file(db, path, private, allow_unencrypted=not encrypted)
    assert outcome.status == "imported", outcome.message
    assert outcome.counts is not None and outcome.counts.new == 4
    stored = records_of(db)
    assert stored["change"][records["change"][0]["id"]]["title"] == "Audiences à huis clos"
    assert stored["note"][records["note"][0]["id"]]["content_hash"] == records["note"][0]["content_hash"]


def test_the_models_match_the_migrated_schema(db) -> None:  # type: ignore[no-untyped-def]
    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        assert compare_metadata(context, m.complete_metadata()) == []


def test_a_database_from_before_sync_is_upgraded_keeping_its_records(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    engine = make_engine(path)
    with engine.begin() as conn:
        command.upgrade(_alembic_config(conn), "0002")
    engine.dispose()
    raw = sqlite3.connect(path)
    raw.execute(
        "INSERT INTO organisation (id, name, city, region, created_at, updated_at, revision, "
        "device_id, content_hash) VALUES ('o1', 'Association Amal', 'El-Hajeb', '', "
        "'2022-01-01 10:00:00.000000', '2022-01-01 10:00:00.000000', 2, 'dev', 'h')"
    )
    raw.commit()
    raw.close()

    db = open_database(path)
    assert db.schema_revision() == head_revision()
    with db.engine.connect() as conn:
        row = conn.execute(text("SELECT name, revision, origin_import_id FROM organisation")).one()
        tables = set(inspect(conn).get_table_names())
    assert tuple(row) == ("Association Amal", 2, None)
    assert {"import_log", "export_log", "sync_conflict"} <= tables
    db.close()


def test_migration_0003_can_be_undone_and_redone(tmp_path: Path) -> None:
    db = open_database(tmp_path / "d.sqlite")
    before = dump(db)
    with db.engine.begin() as conn:
        command.downgrade(_alembic_config(conn), "0002")
        assert "import_log" not in inspect(conn).get_table_names()
        command.upgrade(_alembic_config(conn), "head")
    assert dump(db) == before
    db.close()
