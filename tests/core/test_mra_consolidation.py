"""The consolidation matrix against a plain count of the same changes, for every pair of
axes; the changes behind a cell; exemplary flags and cell summaries."""

from __future__ import annotations

import itertools
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from mra_desktop.core import models as m
from mra_desktop.core.consolidation import (
    AXES,
    TOTAL,
    Cell,
    ConsolidationError,
    build_matrix,
    cell_changes,
    cell_summary,
    is_exemplary,
    set_cell_summary,
    set_exemplary,
)
from mra_desktop.core.national import Scope, counted_meetings
from mra_desktop.core.review import set_review_state
from mra_desktop.core.services import Services
from tests.mra_support import Partner, import_file, mra_demo_copy

#: the database layer of MRA's side: on SQLite and on PostgreSQL
pytestmark = pytest.mark.both_backends


@pytest.fixture
def demo(tmp_path: Path):  # type: ignore[no-untyped-def]
    db = mra_demo_copy(tmp_path)
    yield Services(db)
    db.close()


def _keys(axis: str, change: m.Change, meeting: Any) -> list[str]:
    if axis == "sector":
        return [change.sector]
    if axis == "subtheme":
        return [f"{change.sector}/{change.subtheme or ''}"]
    if axis == "obligation":
        return list(dict.fromkeys(change.obligations)) or [""]
    if axis == "kind":
        return [change.change_kind or ""]
    if axis == "category":
        return [change.change_class or ""]
    if axis == "region":
        return [meeting.region]
    return [meeting.partner_id]


def _expected(db: Any, scope: Scope, rows: str, columns: str) -> dict[Any, Cell]:
    """Every cell and total, counted one change at a time."""
    with db.session() as session:
        meetings = counted_meetings(session, scope)
        changes = [c for c in session.scalars(select(m.Change).where(m.Change.deleted_at.is_(None)))
                   if c.meeting_id in meetings]
    behind: dict[Any, list[m.Change]] = defaultdict(list)
    for change in changes:
        meeting = meetings[change.meeting_id]
        row_keys = _keys(rows, change, meeting)
        col_keys = _keys(columns, change, meeting) if columns != TOTAL else []
        behind[("total",)].append(change)
        for rk in row_keys:
            behind[("row", rk)].append(change)
        for ck in col_keys:
            behind[("column", ck)].append(change)
            for rk in row_keys:
                behind[("cell", rk, ck)].append(change)
    result = {}
    for key, found in behind.items():
        ids = {c.meeting_id for c in found}
        result[key] = Cell(len(found), len(ids), sum(meetings[i].participants for i in ids),
                           len({meetings[i].partner_id for i in ids}))
    return result


EVERY_PAIR = [(r, TOTAL) for r in AXES] + list(itertools.permutations(AXES, 2))
SOME_PAIRS = [("subtheme", TOTAL), ("obligation", "region"), ("partner", "category")]


@pytest.mark.parametrize("all_states,pairs", [(True, EVERY_PAIR), (False, SOME_PAIRS)])
def test_every_pair_of_axes_matches_a_change_by_change_count(demo, all_states: bool, pairs: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    db = demo.db
    scope = Scope(all_states=all_states)
    for rows, columns in pairs:
        matrix = build_matrix(db, scope, rows, columns)
        expected = _expected(db, scope, rows, columns)
        assert matrix.total == expected[("total",)], (rows, columns)
        assert {("row", k): v for k, v in matrix.row_totals.items()} == {
            k: v for k, v in expected.items() if k[0] == "row"}, (rows, columns)
        if columns != TOTAL:
            assert {("column", k): v for k, v in matrix.column_totals.items()} == {
                k: v for k, v in expected.items() if k[0] == "column"}, (rows, columns)
            assert {("cell", *k): v for k, v in matrix.cells.items()} == {
                k: v for k, v in expected.items() if k[0] == "cell"}, (rows, columns)


def test_the_default_matrix_is_sector_and_subtheme_in_catalogue_order(demo) -> None:  # type: ignore[no-untyped-def]
    matrix = build_matrix(demo.db, Scope())
    assert (matrix.rows, matrix.columns, matrix.column_keys) == ("subtheme", TOTAL, [])
    sectors = [k.partition("/")[0] for k in matrix.row_keys]
    assert sectors == sorted(sectors, key=["health", "justice", "law_enforcement", "system"].index)
    assert matrix.row_keys[0] == "health/staff_services"
    assert matrix.cell("health/staff_services") == Cell(4, 2, 2, 2)
    assert matrix.total.partners == 6


def test_the_changes_behind_each_cell(demo) -> None:  # type: ignore[no-untyped-def]
    db = demo.db
    scope = Scope()
    for rows, columns in (("subtheme", TOTAL), ("obligation", "region"), ("partner", "category")):
        matrix = build_matrix(db, scope, rows, columns)
        for (rk, ck), cell in matrix.cells.items():
            listed = cell_changes(db, scope, rows, rk, columns, ck)
            assert len(listed) == cell.changes
            assert len({c.meeting.id for c in listed}) == cell.meetings
        for rk, cell in matrix.row_totals.items():
            assert len(cell_changes(db, scope, rows, rk, columns)) == cell.changes
    listed = cell_changes(db, scope, "subtheme", "health/staff_services")
    assert [c.title[:28] for c in listed] == [
        "Simplified administrative pr", "7-day medical permanence: me",
        "Ministry of Health electroni", "Resident doctors in mental a"]
    assert listed[1].exemplary and listed[1].msc_selected
    assert (listed[0].meeting.partner, listed[0].meeting.region) == (
        "Association Amal pour la Femme et le Développement", "Fès-Meknès")


def test_an_unspecified_subtheme_or_obligation_has_its_own_row(services) -> None:  # type: ignore[no-untyped-def]
    from tests.mra_support import received

    made = received(services, changes=({"sector": "health", "title": "No sub-theme"},
                                       {"sector": "health", "subtheme": "free_services",
                                        "title": "Free", "obligations": ["protect"]}))
    set_review_state(services.db, made["meeting"], "approved", reviewer="K")
    matrix = build_matrix(services.db, Scope(), "subtheme", "obligation")
    assert matrix.row_keys == ["health/free_services", "health/"]
    assert matrix.column_keys == ["protect", ""]
    assert matrix.cell("health/", "").changes == 1
    assert [c.title for c in cell_changes(services.db, Scope(), "subtheme", "health/", "obligation", "")] == ["No sub-theme"]


def test_bad_axes_are_refused(db) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ConsolidationError, match="Unknown axis 'colour'"):
        build_matrix(db, Scope(), "colour")
    with pytest.raises(ConsolidationError, match="two different axes"):
        build_matrix(db, Scope(), "sector", "sector")


def test_exemplary_flags_and_summaries(demo) -> None:  # type: ignore[no-untyped-def]
    db = demo.db
    [change] = [c for c in cell_changes(db, Scope(), "subtheme", "health/staff_services")
                if not c.exemplary][:1]
    assert set_exemplary(db, change.id, True, by="K")
    assert not set_exemplary(db, change.id, True, by="K")
    assert is_exemplary(db, change.id)
    assert set_exemplary(db, change.id, False)
    assert not is_exemplary(db, change.id)
    assert set_cell_summary(db, "obligation", "protect", "region", "Souss-Massa", " Protection first. ",
                            author="K")
    summary = cell_summary(db, "obligation", "protect", "region", "Souss-Massa")
    assert (summary.text, summary.author) == ("Protection first.", "K")
    assert not set_cell_summary(db, "obligation", "protect", "region", "Souss-Massa", "Protection first.")
    assert set_cell_summary(db, "obligation", "protect", "region", "Souss-Massa", "  ")
    assert cell_summary(db, "obligation", "protect", "region", "Souss-Massa").text == ""
    with pytest.raises(ConsolidationError, match="too long"):
        set_cell_summary(db, "sector", "health", TOTAL, "", "x" * 2001)


def test_flags_and_summaries_survive_a_new_import(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "partner"
    folder.mkdir()
    partner = Partner(folder)
    try:
        import_file(db, partner.export())
        set_exemplary(db, partner.ids["change"], True, by="K")
        set_cell_summary(db, "sector", "health", TOTAL, "", "Dedicated offices.", author="K")
        partner.services.changes.update(partner.ids["change"], title="Bureaux dédiés")
        import_file(db, partner.export())
        assert is_exemplary(db, partner.ids["change"])
        assert cell_summary(db, "sector", "health").text == "Dedicated offices."
        with db.session() as session:
            assert session.get(m.Change, partner.ids["change"]).title == "Bureaux dédiés"
    finally:
        partner.close()
