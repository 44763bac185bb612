"""Consolidation matrix benchmark (``make bench``; skipped by the ordinary test run).

A database of 5,000 received meetings (19 in 20 approved) with 100,000 changes. The
matrix of the approved meetings' changes, sector × sub-theme with changes, meetings,
participants and partners per cell, is compared in the same run with a plain
``GROUP BY sector, subtheme`` counting the same rows (the live changes of the same
meetings). Targets: the matrix within 200 ms, and at most twice the plain GROUP BY. Other
views are measured and printed without a target.
"""

from __future__ import annotations

import time
from typing import Any

import pytest
from sqlalchemy import text

from mra_desktop.core.consolidation import TOTAL, build_matrix
from mra_desktop.core.database import Database, open_database
from mra_desktop.core.national import Scope
from tests.benchmarks.mra_bench_data import fill

CHANGES = 100_000
ROUNDS = 15
TIME_TARGET = 0.200
RATIO_TARGET = 2.0
SAME_ROWS = text(
    "SELECT sector, subtheme, COUNT(*) FROM change "
    "WHERE deleted_at IS NULL AND meeting_id IN ("
    " SELECT meeting.id FROM meeting JOIN mra_meeting_review r ON r.meeting_id = meeting.id"
    " WHERE meeting.origin_import_id IS NOT NULL AND meeting.deleted_at IS NULL"
    " AND r.state = 'approved') "
    "GROUP BY sector, subtheme"
)
ALL_ROWS = text(
    "SELECT sector, subtheme, COUNT(*) FROM change WHERE deleted_at IS NULL "
    "GROUP BY sector, subtheme"
)


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory) -> Any:
    db = open_database(tmp_path_factory.mktemp("bench") / "mra.sqlite")
    fill(db, CHANGES)
    yield db
    db.close()


def _plain(db: Database, query: Any) -> float:
    start = time.perf_counter()
    with db.engine.connect() as conn:
        conn.execute(query).all()
    return time.perf_counter() - start


def _timed(func: Any) -> float:
    start = time.perf_counter()
    func()
    return time.perf_counter() - start


def test_matrix_of_100k_changes(benchmark: Any, big: Database, capsys: Any) -> None:
    """Each figure is the best of ROUNDS runs; a plain GROUP BY runs just before each
    matrix, so that a busy spell of the (shared) machine weighs on both sides alike."""
    same: list[float] = []
    every: list[float] = []
    matrices: list[float] = []
    results: list[Any] = []

    def before() -> tuple[tuple[()], dict[str, Any]]:
        same.append(_plain(big, SAME_ROWS))
        every.append(_plain(big, ALL_ROWS))
        return (), {}

    def matrix() -> None:
        start = time.perf_counter()
        results.append(build_matrix(big, Scope()))
        matrices.append(time.perf_counter() - start)

    benchmark.pedantic(matrix, setup=before, rounds=ROUNDS, iterations=1)
    best, plain_same, plain_all = min(matrices), min(same), min(every)
    ratio = best / plain_same
    others = {
        f"{rows} x {columns}": min(
            _timed(lambda r=rows, c=columns: build_matrix(big, Scope(), r, c)) for _ in range(5)
        )
        for rows, columns in (("subtheme", "obligation"), ("sector", "region"),
                              ("partner", "category"), ("kind", TOTAL))
    }
    benchmark.extra_info.update(
        changes=CHANGES, matrix_ms=round(best * 1000, 1), plain_same_rows_ms=round(plain_same * 1000, 1),
        plain_all_rows_ms=round(plain_all * 1000, 1), ratio=round(ratio, 2),
        **{k: round(v * 1000, 1) for k, v in others.items()},
    )

    def verdict(value: float, target: float) -> str:
        return f"target <= {target:g}: {'met' if value <= target else 'MISSED'}"

    with capsys.disabled():
        print(
            f"\nconsolidation matrix of {CHANGES:,} changes (best of {ROUNDS}):\n"
            f"  sector x sub-theme       {best * 1000:6.1f} ms ({verdict(best * 1000, TIME_TARGET * 1000)})\n"
            f"  plain GROUP BY, same rows {plain_same * 1000:5.1f} ms; all live changes {plain_all * 1000:.1f} ms\n"
            f"  ratio                    {ratio:6.2f}    ({verdict(ratio, RATIO_TARGET)})"
        )
        for name, seconds in others.items():
            print(f"  {name:<24} {seconds * 1000:6.1f} ms (no target)")
    matrix_result = results[-1]
    assert matrix_result.total.changes == sum(c.changes for c in matrix_result.row_totals.values())
    assert matrix_result.total.meetings == 4750
    assert best <= TIME_TARGET
    assert ratio <= RATIO_TARGET
