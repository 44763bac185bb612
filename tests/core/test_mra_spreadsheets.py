"""Spreadsheets of the counted meetings: read back, every value equals the database; the
sheets' shape (frozen header, filters, widths, dates, right to left in Arabic); CSV with a
byte-order mark; bad input writes nothing."""

from __future__ import annotations

import csv
import datetime as dt
import errno
import os
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import select

from mra_desktop.core import models as m
from mra_desktop.core.consolidation import build_matrix
from mra_desktop.core.files import FileWriteError
from mra_desktop.core.national import (
    Scope,
    ScopeError,
    counted_meetings,
    exemplary_ids,
    participants_by_authority,
)
from mra_desktop.core.protocol import load_protocol, pick
from mra_desktop.core.review import RECEIVED, review_statuses
from mra_desktop.core.spreadsheets import CSV_FILES, export_csv, export_xlsx, label
from tests.mra_support import mra_demo_copy, received


@pytest.fixture
def demo(tmp_path: Path):  # type: ignore[no-untyped-def]
    db = mra_demo_copy(tmp_path)
    yield db
    db.close()


def _word(vocabulary: str, code: str | None, lang: str) -> str | None:
    return load_protocol().label(vocabulary, code, lang) if code else None


def _blank(value: Any) -> Any:
    return None if value in ("", None) else value


def _as_date(value: Any) -> Any:
    return value.date() if isinstance(value, dt.datetime) and value.time() == dt.time() else value


def _sheet_rows(sheet: Any) -> list[list[Any]]:
    return [[_as_date(c) for c in row] for row in sheet.iter_rows(min_row=2, values_only=True)]


def _expected_tables(db: Any, scope: Scope, lang: str) -> dict[str, list[list[Any]]]:
    """The five tables, made here from the records (not through the exporter)."""
    protocol = load_protocol()
    yes, no = label("yes", lang), label("no", lang)
    with db.session() as session:
        meetings = counted_meetings(session, scope)
        records = {mt.id: mt for mt in session.scalars(select(m.Meeting)) if mt.id in meetings}
        changes = [c for c in session.scalars(select(m.Change).where(m.Change.deleted_at.is_(None)))
                   if c.meeting_id in meetings]
        items = [i for i in session.scalars(select(m.ActionItem).where(m.ActionItem.deleted_at.is_(None)))
                 if i.meeting_id in meetings]
        statuses = review_statuses(session)
        flagged = exemplary_ids(session)
    order = list(meetings)
    changes.sort(key=lambda c: (order.index(c.meeting_id), c.position))
    items.sort(key=lambda i: (order.index(i.meeting_id), i.position))
    tables: dict[str, list[list[Any]]] = {"meetings": [], "changes": [], "action_items": []}
    for mid, facts in meetings.items():
        mt, status = records[mid], statuses.get(mid, RECEIVED)
        tables["meetings"].append([
            mid, mt.date, mt.title, facts.partner, _blank(mt.city), _blank(mt.region),
            _word("meeting_kind", mt.kind, lang), _word("meeting_scope", mt.scope, lang),
            _word("meeting_format", mt.format, lang), _word("body", mt.body, lang),
            "; ".join(protocol.label("sector", s, lang) for s in mt.sectors),
            _word("language", mt.language, lang), _word("meeting_status", mt.status, lang),
            mt.period_from, mt.period_to, _blank("; ".join(mt.facilitators)), facts.participants,
            sum(1 for c in changes if c.meeting_id == mid), sum(1 for i in items if i.meeting_id == mid),
            label(f"state_{status.state}", lang), _blank(status.comment), _blank(status.reviewer),
            status.state_at.replace(tzinfo=None) if status.state_at else None])
    for c in changes:
        facts = meetings[c.meeting_id]
        tables["changes"].append([
            c.id, c.meeting_id, facts.date, facts.title, facts.partner, _blank(facts.region),
            protocol.label("sector", c.sector, lang),
            _blank(protocol.subtheme_label(c.sector, c.subtheme, lang) if c.subtheme else ""),
            c.title, _blank(c.what_changed), _word("change_kind", c.change_kind, lang),
            _blank(c.before), _blank(c.now), _blank(c.who_decided), _blank(c.location),
            _word("level", c.level, lang), _word("ongoing", c.ongoing, lang), _blank(c.objective),
            _blank(c.results), _blank(c.story), _blank(c.significance), _blank(c.difference),
            _blank("; ".join(protocol.label("obligation", o, lang) for o in c.obligations)),
            _word("change_class", c.change_class, lang), _blank(c.references),
            yes if c.covid else no, yes if c.msc_selected else no, _blank(c.msc_reason),
            yes if c.id in flagged else no])
    for i in items:
        facts = meetings[i.meeting_id]
        tables["action_items"].append([
            i.id, i.meeting_id, facts.date, facts.title, facts.partner, _blank(facts.region),
            protocol.label("sector", i.sector, lang),
            _blank(protocol.subtheme_label(i.sector, i.subtheme, lang) if i.subtheme else ""),
            protocol.label("action", i.action, lang), protocol.label("action_level", i.level, lang),
            i.text, _blank(i.responsible), _blank(i.timeframe)])
    return tables


@pytest.mark.parametrize("lang,all_states", [("ar", False), ("fr", True), ("en", False)])
def test_the_workbook_holds_every_value_of_the_database(demo, tmp_path: Path, lang: str, all_states: bool) -> None:  # type: ignore[no-untyped-def]
    scope = Scope(all_states=all_states)
    path = tmp_path / "national.xlsx"
    result = export_xlsx(demo, path, scope, lang)
    workbook = openpyxl.load_workbook(path)
    meetings_sheet, participants_sheet, changes_sheet, items_sheet, matrix_sheet = workbook.worksheets
    assert meetings_sheet.title == label("sheet_meetings", lang)
    expected = _expected_tables(demo, scope, lang)
    assert _sheet_rows(meetings_sheet) == expected["meetings"]
    assert _sheet_rows(changes_sheet) == expected["changes"]
    assert _sheet_rows(items_sheet) == expected["action_items"]
    assert (result.meetings, result.changes, result.action_items) == (
        len(expected["meetings"]), len(expected["changes"]), len(expected["action_items"]))
    # every field of a precise change has its column, headed in the language
    headers = [c.value for c in changes_sheet[1]]
    for field in load_protocol().change_fields():
        assert pick(field["label"], lang) in headers
    # participants by sector and authority, with totals
    table = participants_by_authority(demo, scope)
    rows = _sheet_rows(participants_sheet)
    assert rows[-1] == [label("total", lang), *[r.participants for r in table.rows], table.total]
    assert sum(row[-1] for row in rows[:-1]) == table.total
    for row in rows[:-1]:
        assert sum(row[1:-1]) == row[-1]
    # the matrix, sector by sub-theme, with MRA's summaries
    matrix = build_matrix(demo, scope)
    rows = _sheet_rows(matrix_sheet)
    assert [r[2:6] for r in rows[:-1]] == [
        [matrix.cell(k).changes, matrix.cell(k).meetings, matrix.cell(k).participants,
         matrix.cell(k).partners] for k in matrix.row_keys]
    assert rows[-1][2:6] == [matrix.total.changes, matrix.total.meetings,
                             matrix.total.participants, matrix.total.partners]
    staff = rows[matrix.row_keys.index("health/staff_services")]
    assert staff[6].startswith("Permanence shifts and dedicated social workers")
    # the sheets' shape
    for sheet in workbook.worksheets:
        assert sheet.freeze_panes == "A2"
        assert sheet.auto_filter.ref == f"A1:{sheet.cell(1, sheet.max_column).column_letter}{sheet.max_row}"
        assert sheet.sheet_view.rightToLeft is (True if lang == "ar" else None)
        assert all(sheet.column_dimensions[c.column_letter].width > 9 for c in sheet[1])
    assert meetings_sheet["B2"].is_date and changes_sheet["C2"].is_date


def test_text_that_looks_like_a_formula_stays_text(services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from mra_desktop.core.review import set_review_state

    made = received(services, changes=({"sector": "health", "title": "=HYPERLINK(\"http://x\",\"click\")",
                                        "objective": "- Provide good conditions"},))
    set_review_state(services.db, made["meeting"], "approved", reviewer="K")
    export_xlsx(services.db, tmp_path / "x.xlsx", Scope(), "en")
    sheet = openpyxl.load_workbook(tmp_path / "x.xlsx").worksheets[2]
    assert sheet["I2"].value == "=HYPERLINK(\"http://x\",\"click\")" and sheet["I2"].data_type == "s"
    export_csv(services.db, tmp_path / "csv", Scope(), "en")
    with (tmp_path / "csv" / "changes.csv").open(encoding="utf-8-sig", newline="") as handle:
        row = list(csv.reader(handle))[1]
    assert row[8] == "'=HYPERLINK(\"http://x\",\"click\")"
    assert row[17] == "'- Provide good conditions"


def test_csv_files_match_the_workbook(demo, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    export_xlsx(demo, tmp_path / "all.xlsx", Scope(), "ar")
    result = export_csv(demo, tmp_path / "out", Scope(), "ar")
    assert sorted(p.name for p in result.files) == sorted(CSV_FILES.values())
    workbook = openpyxl.load_workbook(tmp_path / "all.xlsx")
    for sheet, name in zip(workbook.worksheets, CSV_FILES.values(), strict=True):
        data = (tmp_path / "out" / name).read_bytes()
        assert data.startswith(b"\xef\xbb\xbf")
        with (tmp_path / "out" / name).open(encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.reader(handle))
        for csv_row, sheet_row in zip(rows, sheet.iter_rows(values_only=True), strict=True):
            assert csv_row == [_csv_form(v) for v in sheet_row]


def _csv_form(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.strftime("%Y-%m-%d %H:%M:%S")
    text = str(value)
    return "'" + text if text.startswith(("=", "+", "-", "@")) else text


def test_bad_input_writes_nothing(demo, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "x.xlsx"
    for scope, message in (
        (Scope(dt.date(2022, 6, 1), dt.date(2022, 1, 1)), "reversed"),
        (Scope(partner_ids=("no-such-partner",)), "no partner with id no-such-partner"),
        (Scope(dt.date(2030, 1, 1)), "No approved meeting received from a partner was held on or after 2030-01-01"),
    ):
        with pytest.raises(ScopeError, match=message):
            export_xlsx(demo, target, scope, "en")
        with pytest.raises(ScopeError, match=message):
            export_csv(demo, tmp_path / "csv", scope, "en")
    with pytest.raises(FileWriteError, match="the folder does not exist"):
        export_xlsx(demo, tmp_path / "missing" / "x.xlsx", Scope(), "en")
    with pytest.raises(FileWriteError, match="it is a folder"):
        export_xlsx(demo, tmp_path, Scope(), "en")
    with pytest.raises(FileWriteError, match="does not exist"):
        export_csv(demo, tmp_path / "missing" / "csv", Scope(), "en")
    (tmp_path / "afile").write_text("keep")
    with pytest.raises(FileWriteError, match="it is a file"):
        export_csv(demo, tmp_path / "afile", Scope(), "en")
    assert (tmp_path / "afile").read_text() == "keep"
    for name in ("x.xlsx", "csv", "missing"):
        assert not (tmp_path / name).exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


def test_a_failing_csv_export_leaves_the_folder_as_it_was(demo, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "out"
    export_csv(demo, folder, Scope(), "en")
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    calls = {"n": 0}
    real_fsync = os.fsync

    def full_disk(fd: int) -> None:
        calls["n"] += 1
        if calls["n"] == 3:
            raise OSError(errno.ENOSPC, "No space left on device")
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(FileWriteError, match="the disk is full"):
        export_csv(demo, folder, Scope(all_states=True), "fr")
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before
    calls["n"] = 0
    with pytest.raises(FileWriteError):
        export_csv(demo, tmp_path / "new", Scope(), "en")
    assert not (tmp_path / "new").exists()
