"""Sync import benchmark (``make bench``; the 100,000-record run is skipped by the
ordinary test run, the 10,000-record one is not).

A generated partner export, encrypted for MRA's key and signed by the partner's enrolled
device, is imported into an empty database (*first import*); then a second export of the
same records (a new file: the partner exported everything again) is imported into that
database (*re-import*: every record is compared, none written). Both are compared with
inserting the same rows into an empty database with plain ``sqlite3`` ``executemany``,
measured in the same run, paired round by round so that a busy spell of the machine
weighs on both sides. Targets: first import at most 3 times the plain insert, re-import
at most 1.5 times. Importing the very same file again is also shown: it is recognised by
its hash and reads nothing more.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path
from typing import Any

import pytest

from mra_desktop.core import models as m
from mra_desktop.core.database import Database, make_engine, open_database
from mra_desktop.core.sync import import_sync_file
from mra_desktop.core.sync.keys import PrivateKey, generate_key_pair, parse_private_key
from mra_desktop.core.sync.records import payload_fields, payload_to_values, table_of
from tests.benchmarks.sync_bench_data import enrol_partner, generate_records, sync_file

TOTAL = 100_000
ROUNDS = 5
FIRST_RATIO_TARGET = 3.0
REIMPORT_RATIO_TARGET = 1.5

#: the version every test run does: 10,000 records, with headroom for a loaded machine
QUICK_TOTAL = 10_000
QUICK_ROUNDS = 3
QUICK_HEADROOM = 1.6


def _files(folder: Path, total: int) -> tuple[Path, Path, Any, PrivateKey]:
    records = generate_records(total)
    public, private_text = generate_key_pair("benchmark passphrase", scrypt_n=2**10)
    first, again = folder / "partner.mrasync", folder / "partner-again.mrasync"
    first.write_bytes(sync_file(records, public))
    again.write_bytes(sync_file(records, public))  # the same records in a new file
    return first, again, records, parse_private_key(private_text, "benchmark passphrase")


@pytest.fixture(scope="module")
def export_files(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Any, PrivateKey]:
    return _files(tmp_path_factory.mktemp("bench"), TOTAL)


def _plain_insert_seconds(path: Path, records: dict[str, list[dict[str, Any]]]) -> float:
    """Insert the same rows with sqlite3 alone: one executemany per table, one commit.
    The values are converted to what SQLite stores before the clock starts."""
    open_database(path).close()
    dialect = make_engine(path).dialect
    prepared = []
    for model in m.RECORD_TYPES:
        table = table_of(model)
        names = list(payload_fields(model.record_type))
        converters = [
            table.c[n].type.dialect_impl(dialect).bind_processor(dialect) for n in names
        ]
        rows = [
            tuple(
                c(v) if c else v
                for c, v in zip(converters, (values[n] for n in names), strict=True)
            )
            for values in (payload_to_values(model.record_type, r) for r in records[model.record_type])
        ]
        columns = ", ".join(f'"{n}"' for n in names)
        marks = ", ".join("?" for _ in names)
        prepared.append((f'INSERT INTO "{table.name}" ({columns}) VALUES ({marks})', rows))
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("PRAGMA foreign_keys=ON")
        start = time.perf_counter()
        for sql, rows in prepared:
            conn.executemany(sql, rows)
        conn.commit()
        return time.perf_counter() - start
    finally:
        conn.close()


def _rounds(
    folder: Path, files: tuple[Path, Path, Any, PrivateKey], rounds: int
) -> dict[str, Any]:
    """``rounds`` paired runs: plain insert, first import, re-import of the same records,
    import of the very same file. Returns the times of each and the outcomes."""
    first_file, again_file, records, key = files
    result: dict[str, Any] = {"plain": [], "first": [], "again": [], "same": [], "outcomes": []}
    for number in range(rounds):
        result["plain"].append(_plain_insert_seconds(folder / f"plain-{number}.sqlite", records))
        db: Database = open_database(folder / f"mra-{number}.sqlite")
        enrol_partner(db, records)
        try:
            for name, path in (("first", first_file), ("again", again_file), ("same", first_file)):
                start = time.perf_counter()
                result["outcomes"].append((name, import_sync_file(db, path, key)))
                result[name].append(time.perf_counter() - start)
        finally:
            db.close()
    return result


def _check_outcomes(outcomes: list[tuple[str, Any]], total: int) -> None:
    for name, outcome in outcomes:
        if name == "first":
            assert outcome.status == "imported"
            assert outcome.counts.new + outcome.counts.deleted == total
        elif name == "again":
            assert outcome.status == "imported" and outcome.counts.unchanged == total
        else:
            assert outcome.status == "already_imported"


def test_import_of_100k_records(
    benchmark: Any, export_files: tuple[Path, Path, Any, PrivateKey], tmp_path: Path, capsys: Any
) -> None:
    """Each figure is the best of ROUNDS runs, the usual way to see past a busy machine;
    the ratios compare the best of each side."""
    result: dict[str, Any] = {}

    def run() -> None:
        result.update(_rounds(tmp_path, export_files, ROUNDS))

    benchmark.pedantic(run, rounds=1, iterations=1)
    _check_outcomes(result["outcomes"], TOTAL)
    plain, first, again, same = (min(result[k]) for k in ("plain", "first", "again", "same"))
    first_ratio, again_ratio = first / plain, again / plain
    benchmark.extra_info.update(
        records=TOTAL, plain_executemany_s=round(plain, 3), first_import_s=round(first, 3),
        reimport_s=round(again, 3), same_file_s=round(same, 3),
        first_ratio=round(first_ratio, 2), reimport_ratio=round(again_ratio, 2),
    )

    def verdict(value: float, target: float) -> str:
        return f"target <= {target:g}: {'met' if value <= target else 'MISSED'}"

    size = export_files[0].stat().st_size / 1e6
    with capsys.disabled():
        print(
            f"\nsync import of {TOTAL:,} records ({size:.1f} MB file, best of {ROUNDS}):\n"
            f"  plain sqlite3 executemany of the same rows  {plain:6.2f} s\n"
            f"  first import                                {first:6.2f} s   ratio "
            f"{first_ratio:4.2f} ({verdict(first_ratio, FIRST_RATIO_TARGET)})\n"
            f"  re-import (same records, new file)          {again:6.2f} s   ratio "
            f"{again_ratio:4.2f} ({verdict(again_ratio, REIMPORT_RATIO_TARGET)})\n"
            f"  the very same file again                    {same:6.2f} s"
        )
    assert first_ratio <= FIRST_RATIO_TARGET
    assert again_ratio <= REIMPORT_RATIO_TARGET


@pytest.mark.bench_quick
def test_import_of_10k_records_keeps_its_ratios(tmp_path: Path) -> None:
    """The same measure on 10,000 records, in every test run: the ratios to the plain
    insert, with headroom for a machine busy with other work (best of paired rounds)."""
    files = _files(tmp_path, QUICK_TOTAL)
    result = _rounds(tmp_path, files, QUICK_ROUNDS)
    _check_outcomes(result["outcomes"], QUICK_TOTAL)
    plain = min(result["plain"])
    first_ratio = min(result["first"]) / plain
    again_ratio = min(result["again"]) / plain
    assert first_ratio <= FIRST_RATIO_TARGET * QUICK_HEADROOM, first_ratio
    assert again_ratio <= REIMPORT_RATIO_TARGET * QUICK_HEADROOM, again_ratio
