"""Spreadsheets of the counted meetings for MRA's own analysis: one XLSX workbook, or one
CSV file per table.

The tables (:func:`national_tables`): meetings, participants by sector (and authority),
changes with every field of a precise change, action items, and the consolidation matrix
(sector × sub-theme with MRA's summaries). Headers and coded values are in the chosen
language (ar, fr, en); ids stay as they are so that tables can be joined.

XLSX (XlsxWriter): the header row frozen, filters on, column widths set, dates as dates,
every text written as text (never as a formula), sheets right to left in Arabic. CSV: UTF-8
with a byte-order mark so that Excel reads Arabic, and a text that a spreadsheet would take
for a formula (starting with ``=``, ``+``, ``-``, ``@``) is prefixed with an apostrophe.

Both check their input first (period, partners, at least one counted meeting) and write
atomically: a bad period or an unwritable place writes nothing.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import tempfile
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from sqlalchemy import select

from mra_desktop.core import models as m
from mra_desktop.core.consolidation import build_matrix
from mra_desktop.core.database import Database
from mra_desktop.core.files import FileWriteError, _write_error, atomic_write_bytes
from mra_desktop.core.national import (
    Scope,
    check_scope,
    counted_meeting_ids,
    counted_meetings,
    exemplary_ids,
    participants_by_authority,
    subtheme_key,
    summaries,
)
from mra_desktop.core.progress import NO_PROGRESS, Progress
from mra_desktop.core.protocol import load_protocol, pick
from mra_desktop.core.resources import resource_path
from mra_desktop.core.review import RECEIVED, review_statuses

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
CSV_FILES = {
    "meetings": "meetings.csv",
    "participants": "participants-by-sector.csv",
    "changes": "changes.csv",
    "action_items": "action-items.csv",
    "matrix": "matrix.csv",
}


@cache
def _labels() -> dict[str, dict[str, str]]:
    with resource_path("national", "labels.json").open(encoding="utf-8") as handle:
        data: dict[str, dict[str, str]] = json.load(handle)
    return data


def label(key: str, lang: str) -> str:
    return pick(_labels()[key], lang)


@dataclass(frozen=True)
class Column:
    key: str  # the label's key
    kind: str = "text"  # text | long | date | datetime | int | id
    width: int = 18


@dataclass
class Table:
    """One sheet (or CSV file): its code, its name, columns and rows of plain values."""

    code: str
    name: str
    columns: list[Column]
    rows: list[list[Any]] = field(default_factory=list)


# -- the tables ------------------------------------------------------------------------------
class _Words:
    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.protocol = load_protocol()

    def of(self, vocabulary: str, code: str | None) -> str:
        if code is None or code == "":
            return ""
        return self.protocol.label(vocabulary, code, self.lang)

    def many(self, vocabulary: str, codes: list[str] | tuple[str, ...] | None) -> str:
        return "; ".join(self.of(vocabulary, c) for c in codes or ())

    def subtheme(self, sector: str, code: str | None) -> str:
        return self.protocol.subtheme_label(sector, code, self.lang) if code else ""

    def yes_no(self, value: bool) -> str:
        return label("yes" if value else "no", self.lang)

    def state(self, code: str) -> str:
        return label(f"state_{code}", self.lang)


def _naive_utc(value: dt.datetime | None) -> dt.datetime | None:
    return value.astimezone(dt.UTC).replace(tzinfo=None) if value is not None else None


def national_tables(
    db: Database, scope: Scope, lang: str, progress: Progress = NO_PROGRESS
) -> list[Table]:
    """The five tables of the counted meetings, in ``lang``."""
    words = _Words(lang)
    with db.session() as session:
        meetings = counted_meetings(session, scope)
        counted = counted_meeting_ids(session, scope)
        in_scope = select(counted.c.id)
        records = {
            mt.id: mt
            for mt in session.scalars(select(m.Meeting).where(m.Meeting.id.in_(in_scope)))
        }
        changes = list(
            session.scalars(
                select(m.Change).where(
                    m.Change.deleted_at.is_(None), m.Change.meeting_id.in_(in_scope)
                )
            )
        )
        items = list(
            session.scalars(
                select(m.ActionItem).where(
                    m.ActionItem.deleted_at.is_(None), m.ActionItem.meeting_id.in_(in_scope)
                )
            )
        )
        statuses = review_statuses(session)
        flagged = exemplary_ids(session)
        notes = summaries(session)
    progress.step(1, 6, "Reading the meetings")
    order = {mid: i for i, mid in enumerate(meetings)}
    changes.sort(key=lambda c: (order[c.meeting_id], c.position, c.id))
    items.sort(key=lambda i: (order[i.meeting_id], i.position, i.id))
    change_counts: dict[str, int] = {}
    for change in changes:
        change_counts[change.meeting_id] = change_counts.get(change.meeting_id, 0) + 1
    item_counts: dict[str, int] = {}
    for item in items:
        item_counts[item.meeting_id] = item_counts.get(item.meeting_id, 0) + 1

    meeting_table = Table(
        "meetings",
        label("sheet_meetings", lang),
        [
            Column("meeting_id", "id", 38),
            Column("date", "date", 12),
            Column("title", "long", 45),
            Column("partner", "text", 34),
            Column("city", "text", 16),
            Column("region", "text", 22),
            Column("kind", "text", 20),
            Column("scope", "text", 18),
            Column("format", "text", 16),
            Column("body", "text", 36),
            Column("sectors", "text", 36),
            Column("language", "text", 12),
            Column("status", "text", 14),
            Column("period_from", "date", 12),
            Column("period_to", "date", 12),
            Column("facilitators", "text", 26),
            Column("participants", "int", 12),
            Column("changes", "int", 12),
            Column("action_items", "int", 12),
            Column("review_state", "text", 18),
            Column("review_comment", "long", 40),
            Column("reviewer", "text", 20),
            Column("reviewed_at", "datetime", 18),
        ],
    )
    for mid, facts in meetings.items():
        record = records[mid]
        status = statuses.get(mid, RECEIVED)
        meeting_table.rows.append(
            [
                mid,
                record.date,
                record.title,
                facts.partner,
                record.city,
                record.region,
                words.of("meeting_kind", record.kind),
                words.of("meeting_scope", record.scope),
                words.of("meeting_format", record.format),
                words.of("body", record.body),
                words.many("sector", record.sectors),
                words.of("language", record.language),
                words.of("meeting_status", record.status),
                record.period_from,
                record.period_to,
                "; ".join(record.facilitators or ()),
                facts.participants,
                change_counts.get(mid, 0),
                item_counts.get(mid, 0),
                words.state(status.state),
                status.comment,
                status.reviewer,
                _naive_utc(status.state_at),
            ]
        )
    progress.step(2, 6, "Participants")

    participants = participants_by_authority(db, scope)
    bodies: list[str | None] = [r.body for r in participants.rows]
    sectors: list[str | None] = [
        s for s in [*m.PARTICIPANT_SECTORS, None] if s in participants.sector_totals
    ]
    participant_table = Table(
        "participants",
        label("sheet_participants", lang),
        [Column("participant_sector", "text", 40)]
        + [Column(f"body:{b or ''}", "int", 22) for b in bodies]
        + [Column("total", "int", 10)],
    )
    for sector in sectors:
        row: list[Any] = [
            words.of("participant_sector", sector) or label("not_specified", lang)
        ]
        row += [r.by_sector.get(sector, 0) for r in participants.rows]
        row.append(participants.sector_totals.get(sector, 0))
        participant_table.rows.append(row)
    participant_table.rows.append(
        [label("total", lang), *[r.participants for r in participants.rows], participants.total]
    )
    progress.step(3, 6, "Changes")

    change_table = Table(
        "changes",
        label("sheet_changes", lang),
        [
            Column("change_id", "id", 38),
            Column("meeting_id", "id", 38),
            Column("meeting_date", "date", 12),
            Column("meeting_title", "long", 30),
            Column("partner", "text", 28),
            Column("region", "text", 20),
            Column("sector", "text", 22),
            Column("subtheme", "text", 26),
        ]
        + [Column(f"field:{name}", *_FIELD_KINDS.get(name, ("long", 40))) for name in _FIELDS]
        + [Column("exemplary", "text", 14)],
    )
    for change in changes:
        facts = meetings[change.meeting_id]
        values: list[Any] = [
            change.id,
            change.meeting_id,
            facts.date,
            facts.title,
            facts.partner,
            facts.region,
            words.of("sector", change.sector),
            words.subtheme(change.sector, change.subtheme),
        ]
        for name in _FIELDS:
            values.append(_field_value(words, change, name))
        values.append(words.yes_no(change.id in flagged))
        change_table.rows.append(values)
    progress.step(4, 6, "Action items")

    item_table = Table(
        "action_items",
        label("sheet_action_items", lang),
        [
            Column("item_id", "id", 38),
            Column("meeting_id", "id", 38),
            Column("meeting_date", "date", 12),
            Column("meeting_title", "long", 30),
            Column("partner", "text", 28),
            Column("region", "text", 20),
            Column("sector", "text", 22),
            Column("subtheme", "text", 26),
            Column("action", "text", 12),
            Column("action_level", "text", 22),
            Column("text", "long", 60),
            Column("responsible", "text", 24),
            Column("timeframe", "text", 16),
        ],
    )
    for item in items:
        facts = meetings[item.meeting_id]
        item_table.rows.append(
            [
                item.id,
                item.meeting_id,
                facts.date,
                facts.title,
                facts.partner,
                facts.region,
                words.of("sector", item.sector),
                words.subtheme(item.sector, item.subtheme),
                words.of("action", item.action),
                words.of("action_level", item.level),
                item.text,
                item.responsible,
                item.timeframe,
            ]
        )
    progress.step(5, 6, "Consolidation matrix")

    matrix = build_matrix(db, scope, "subtheme")
    matrix_table = Table(
        "matrix",
        label("sheet_matrix", lang),
        [
            Column("sector", "text", 24),
            Column("subtheme", "text", 30),
            Column("changes", "int", 12),
            Column("meetings", "int", 12),
            Column("participants", "int", 12),
            Column("partners", "int", 12),
            Column("summary", "long", 60),
        ],
    )
    for key in matrix.row_keys:
        sector, _, sub = key.partition("/")
        cell = matrix.cell(key)
        matrix_table.rows.append(
            [
                words.of("sector", sector),
                words.subtheme(sector, sub or None) or label("not_specified", lang),
                cell.changes,
                cell.meetings,
                cell.participants,
                cell.partners,
                notes.get(("subtheme", subtheme_key(sector, sub or None), "total", ""), ""),
            ]
        )
    total = matrix.total
    matrix_table.rows.append(
        [label("total", lang), "", total.changes, total.meetings, total.participants,
         total.partners, ""]
    )
    progress.step(6, 6, "Writing")
    return [meeting_table, participant_table, change_table, item_table, matrix_table]


# every field of a precise change, in the catalogue's order, then the meeting's MSC choice
_FIELDS = (
    "title",
    "what_changed",
    "change_kind",
    "before",
    "now",
    "who_decided",
    "location",
    "level",
    "ongoing",
    "objective",
    "results",
    "story",
    "significance",
    "difference",
    "obligations",
    "change_class",
    "references",
    "covid",
    "msc_selected",
    "msc_reason",
)
_FIELD_KINDS = {
    "title": ("long", 40),
    "change_kind": ("text", 16),
    "level": ("text", 22),
    "ongoing": ("text", 18),
    "obligations": ("text", 30),
    "change_class": ("text", 26),
    "covid": ("text", 10),
    "msc_selected": ("text", 14),
}
_VOCABULARIES = {
    "change_kind": "change_kind",
    "level": "level",
    "ongoing": "ongoing",
    "change_class": "change_class",
}


def _field_value(words: _Words, change: m.Change, name: str) -> Any:
    value = getattr(change, name)
    if name in _VOCABULARIES:
        return words.of(_VOCABULARIES[name], value)
    if name == "obligations":
        return words.many("obligation", value)
    if name in ("covid", "msc_selected"):
        return words.yes_no(bool(value))
    return value


def column_title(column: Column, lang: str) -> str:
    """A column's header in ``lang``."""
    if column.key.startswith("body:"):
        code = column.key.partition(":")[2]
        if not code:
            return label("not_specified", lang)
        return load_protocol().label("body", code, lang)
    if column.key.startswith("field:"):
        name = column.key.partition(":")[2]
        if name in ("msc_selected", "msc_reason"):
            return label(name, lang)
        return pick(load_protocol().change_field(name)["label"], lang)
    return label(column.key, lang)


# -- writing ---------------------------------------------------------------------------------
def _checked(db: Database, scope: Scope) -> None:
    from mra_desktop.core.national import require_meetings

    check_scope(db, scope)
    require_meetings(db, scope)


def _sheet_name(name: str, taken: set[str]) -> str:
    cleaned = "".join("-" if ch in "[]:*?/\\" else ch for ch in name).strip("'")[:31]
    candidate, n = cleaned or "Sheet", 1
    while candidate.casefold() in taken:
        n += 1
        candidate = f"{cleaned[:28]} {n}"
    taken.add(candidate.casefold())
    return candidate


def write_xlsx(tables: list[Table], lang: str) -> bytes:
    """The workbook's bytes (XlsxWriter, in memory)."""
    import xlsxwriter

    buffer = io.BytesIO()
    workbook = xlsxwriter.Workbook(buffer, {"in_memory": True, "strings_to_formulas": False})
    header = workbook.add_format({"bold": True, "bg_color": "#E8EEF4", "text_wrap": True,
                                  "valign": "top", "border": 1})
    date_format = workbook.add_format({"num_format": "yyyy-mm-dd", "valign": "top"})
    time_format = workbook.add_format({"num_format": "yyyy-mm-dd hh:mm", "valign": "top"})
    text_format = workbook.add_format({"valign": "top"})
    long_format = workbook.add_format({"valign": "top", "text_wrap": True})
    if lang == "ar":
        for fmt in (header, date_format, time_format, text_format, long_format):
            fmt.set_reading_order(2)
    taken: set[str] = set()
    for table in tables:
        sheet = workbook.add_worksheet(_sheet_name(table.name, taken))
        if lang == "ar":
            sheet.right_to_left()
        for col, column in enumerate(table.columns):
            fmt = long_format if column.kind == "long" else text_format
            sheet.set_column(col, col, column.width, fmt)
            sheet.write_string(0, col, column_title(column, lang), header)
        for r, values in enumerate(table.rows, start=1):
            for col, (column, value) in enumerate(zip(table.columns, values, strict=True)):
                if value is None or value == "":
                    sheet.write_blank(r, col, None)
                elif column.kind == "date":
                    sheet.write_datetime(r, col, value, date_format)
                elif column.kind == "datetime":
                    sheet.write_datetime(r, col, value, time_format)
                elif isinstance(value, bool):
                    sheet.write_boolean(r, col, value)
                elif isinstance(value, int):
                    sheet.write_number(r, col, value)
                else:
                    fmt = long_format if column.kind == "long" else text_format
                    sheet.write_string(r, col, str(value), fmt)
        sheet.freeze_panes(1, 0)
        sheet.autofilter(0, 0, max(len(table.rows), 1), len(table.columns) - 1)
    workbook.close()
    return buffer.getvalue()


def csv_cell(value: Any) -> str:
    """A value as a CSV cell: dates in ISO, a text a spreadsheet would take for a formula
    prefixed with an apostrophe."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value)
    if text.startswith(FORMULA_STARTS):
        return "'" + text
    return text


def write_csv(table: Table, lang: str) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([column_title(c, lang) for c in table.columns])
    for values in table.rows:
        writer.writerow([csv_cell(v) for v in values])
    return buffer.getvalue().encode("utf-8-sig")


@dataclass(frozen=True)
class ExportedSpreadsheet:
    path: Path
    meetings: int
    changes: int
    action_items: int
    files: tuple[Path, ...] = ()


def export_xlsx(
    db: Database, path: Path | str, scope: Scope, lang: str, progress: Progress = NO_PROGRESS
) -> ExportedSpreadsheet:
    """Write the workbook of the counted meetings; bad input writes nothing."""
    if lang not in m.LANGUAGES:
        raise FileWriteError(f"Unknown language {lang!r}; choose ar, fr or en.", "report_language")
    target = Path(path).expanduser()
    if target.is_dir():
        raise FileWriteError(f"Cannot write {target}: it is a folder.", path=target)
    _checked(db, scope)
    tables = national_tables(db, scope, lang, progress)
    written = atomic_write_bytes(target, write_xlsx(tables, lang))
    return ExportedSpreadsheet(
        written, len(tables[0].rows), len(tables[2].rows), len(tables[3].rows)
    )


def export_csv(
    db: Database, folder: Path | str, scope: Scope, lang: str, progress: Progress = NO_PROGRESS
) -> ExportedSpreadsheet:
    """Write one CSV per table into ``folder`` (made if missing, its parent must exist).
    Every file is written beside its final name first and renamed only once all are
    complete, so a failure leaves the folder as it was."""
    if lang not in m.LANGUAGES:
        raise FileWriteError(f"Unknown language {lang!r}; choose ar, fr or en.", "report_language")
    target = Path(folder).expanduser()
    if target.exists() and not target.is_dir():
        raise FileWriteError(
            f"Cannot write into {target}: it is a file, not a folder.", path=target
        )
    if not target.parent.is_dir():
        raise FileWriteError(
            f"Cannot write into {target}: the folder {target.parent} does not exist.",
            path=target,
        )
    _checked(db, scope)
    tables = national_tables(db, scope, lang, progress)
    contents = {CSV_FILES[t.code]: write_csv(t, lang) for t in tables}
    made = not target.exists()
    temporary: list[tuple[str, Path]] = []
    try:
        target.mkdir(exist_ok=True)
        for name, data in contents.items():
            fd, temp = tempfile.mkstemp(prefix=f".{name}.", suffix=".part", dir=target)
            temporary.append((temp, target / name))
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.chmod(temp, 0o644)
        for temp, final in temporary:
            os.replace(temp, final)
    except OSError as exc:
        for temp, _final in temporary:
            try:
                os.unlink(temp)
            except OSError:
                pass
        if made:
            try:
                target.rmdir()
            except OSError:
                pass
        raise _write_error(target, exc, into=True) from exc
    return ExportedSpreadsheet(
        target,
        len(tables[0].rows),
        len(tables[2].rows),
        len(tables[3].rows),
        tuple(final for _temp, final in temporary),
    )
