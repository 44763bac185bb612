"""MRA's database on PostgreSQL (``make bench``, which starts a throw-away server; skipped
by the ordinary test run).

Import: a generated partner export of 100,000 records, signed by the partner's enrolled
device, is imported into an empty database on the server; the same rows are loaded into
another empty database with plain psycopg ``COPY`` (the values converted beforehand, one
transaction), measured in the same run, paired round by round so that a busy spell of the
machine weighs on both sides. Target: the import at most 3 times the plain COPY.

Consolidation: the matrix of 100,000 changes (the database of ``test_bench_consolidation``,
on the server), sector x sub-theme, compared with a plain GROUP BY of the same rows.
Target: within 200 ms.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine

from mra_desktop.core import models as m
from mra_desktop.core.consolidation import build_matrix
from mra_desktop.core.database import open_database
from mra_desktop.core.location import parse_location
from mra_desktop.core.national import Scope
from mra_desktop.core.sync import import_sync_file
from mra_desktop.core.sync.records import payload_fields, payload_to_values, table_of
from tests import postgres_support as pg
from tests.benchmarks.mra_bench_data import fill
from tests.benchmarks.sync_bench_data import enrol_partner, generate_records, sync_file
from tests.benchmarks.test_bench_consolidation import SAME_ROWS

RECORDS = 100_000
IMPORT_ROUNDS = 3
IMPORT_RATIO_TARGET = 3.0
CHANGES = 100_000
MATRIX_ROUNDS = 15
MATRIX_TARGET = 0.200


@pytest.fixture(autouse=True)
def _server() -> None:
    pg.require()


def _plain_copy_seconds(url: str, records: dict[str, list[dict[str, Any]]]) -> float:
    """Load the same rows with psycopg alone: one COPY per table, one commit. The values
    are converted to what the columns take before the clock starts."""
    import psycopg

    open_database(url).close()  # the schema
    address = parse_location(url)
    dialect = create_engine(address.sqlalchemy_url).dialect  # type: ignore[union-attr]
    prepared = []
    for model in m.RECORD_TYPES:
        table = table_of(model)
        names = list(payload_fields(model.record_type))
        converters = [
            table.c[n].type.dialect_impl(dialect).bind_processor(dialect) for n in names
        ]
        rows = []
        for values in (payload_to_values(model.record_type, r) for r in records[model.record_type]):
            row = []
            for name, convert in zip(names, converters, strict=True):
                value = values[name]
                if convert is not None:
                    value = convert(value)
                row.append(value)
            rows.append(tuple(row))
        columns = ", ".join(f'"{n}"' for n in names)
        prepared.append((f'COPY "{table.name}" ({columns}) FROM STDIN', rows))
    params = pg.admin_params(pg.database_name(url))
    with psycopg.connect(**params) as conn:
        start = time.perf_counter()
        with conn.cursor() as cursor:
            for sql, rows in prepared:
                with cursor.copy(sql) as copy:
                    for row in rows:
                        copy.write_row(row)
        conn.commit()
        return time.perf_counter() - start


def test_import_of_100k_records_into_postgresql(
    benchmark: Any, tmp_path: Path, capsys: Any
) -> None:
    records = generate_records(RECORDS)
    path = tmp_path / "partner.mrasync"
    path.write_bytes(sync_file(records, None))
    plain: list[float] = []
    imports: list[float] = []
    outcomes: list[Any] = []

    def run() -> None:
        for _ in range(IMPORT_ROUNDS):
            with pg.fresh_database() as url:
                plain.append(_plain_copy_seconds(url, records))
            with pg.fresh_database() as url:
                db = open_database(url)
                try:
                    enrol_partner(db, records)
                    start = time.perf_counter()
                    outcomes.append(import_sync_file(db, path, None, allow_unencrypted=True))
                    imports.append(time.perf_counter() - start)
                finally:
                    db.close()

    benchmark.pedantic(run, rounds=1, iterations=1)
    for outcome in outcomes:
        assert outcome.status == "imported"
        assert outcome.counts.new + outcome.counts.deleted == RECORDS
    best_plain, best_import = min(plain), min(imports)
    ratio = best_import / best_plain
    benchmark.extra_info.update(
        records=RECORDS, plain_copy_s=round(best_plain, 3), import_s=round(best_import, 3),
        ratio=round(ratio, 2),
    )
    met = "met" if ratio <= IMPORT_RATIO_TARGET else "MISSED"
    with capsys.disabled():
        print(
            f"\nsync import of {RECORDS:,} records into PostgreSQL (best of {IMPORT_ROUNDS}):\n"
            f"  plain psycopg COPY of the same rows  {best_plain:6.2f} s\n"
            f"  import                               {best_import:6.2f} s   ratio {ratio:4.2f} "
            f"(target <= {IMPORT_RATIO_TARGET:g}: {met})"
        )
    assert ratio <= IMPORT_RATIO_TARGET


@pytest.fixture(scope="module")
def big() -> Any:
    with pg.fresh_database() as url, pytest.MonkeyPatch.context() as patch:
        patch.setenv("PGPASSFILE", str(pg.pgpass_file()))  # before the per-test fixtures
        db = open_database(url)
        fill(db, CHANGES)
        with pg.admin(pg.database_name(url)) as conn:
            conn.execute("VACUUM ANALYZE")  # as autovacuum leaves a table after a bulk load
        yield db
        db.close()


def test_matrix_of_100k_changes_on_postgresql(benchmark: Any, big: Any, capsys: Any) -> None:
    plain: list[float] = []
    matrices: list[float] = []
    results: list[Any] = []

    def before() -> tuple[tuple[()], dict[str, Any]]:
        start = time.perf_counter()
        with big.engine.connect() as conn:
            conn.execute(SAME_ROWS).all()
        plain.append(time.perf_counter() - start)
        return (), {}

    def matrix() -> None:
        start = time.perf_counter()
        results.append(build_matrix(big, Scope()))
        matrices.append(time.perf_counter() - start)

    benchmark.pedantic(matrix, setup=before, rounds=MATRIX_ROUNDS, iterations=1)
    best, best_plain = min(matrices), min(plain)
    benchmark.extra_info.update(
        changes=CHANGES, matrix_ms=round(best * 1000, 1),
        plain_same_rows_ms=round(best_plain * 1000, 1),
    )
    met = "met" if best <= MATRIX_TARGET else "MISSED"
    with capsys.disabled():
        print(
            f"\nconsolidation matrix of {CHANGES:,} changes on PostgreSQL (best of "
            f"{MATRIX_ROUNDS}):\n"
            f"  sector x sub-theme         {best * 1000:6.1f} ms (target <= "
            f"{MATRIX_TARGET * 1000:g}: {met})\n"
            f"  plain GROUP BY, same rows  {best_plain * 1000:6.1f} ms"
        )
    result = results[-1]
    assert result.total.changes == sum(c.changes for c in result.row_totals.values())
    assert result.total.meetings == 4750
    assert best <= MATRIX_TARGET
