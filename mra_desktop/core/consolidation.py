"""The consolidation matrix: the counted changes by two axes, with what stands behind
each cell (changes, meetings, participants, partners), MRA's exemplary flags and the
short national summary MRA writes per cell.

Axes: ``sector``, ``subtheme`` (named ``sector/subtheme``, since a sub-theme belongs to
one sector), ``obligation`` (a change serving several obligations counts in each; ``""``
holds the changes tagged with none), ``region`` and ``partner`` (of the change's meeting),
``kind`` (policy, procedure, practice…) and ``category`` (relationships, structural,
written regulation, practice). The column axis may be ``total``: one column of totals.

One aggregate query groups the counted changes by the axes' columns and by meeting;
the meetings' facts (region, partner, participants) come from
:func:`~mra_desktop.core.national.counted_meetings`; cells, row and column totals are
then added up from those groups. Totals count each change, meeting and partner once,
even when it appears in several cells of a row.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Text, cast, func, select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.functions import FunctionElement

from mra_desktop.core import models as m
from mra_desktop.core.database import Database
from mra_desktop.core.errors import MraError, NotFoundError
from mra_desktop.core.mra_records import CellSummary, ChangeFlag
from mra_desktop.core.national import (
    MeetingFacts,
    Scope,
    counted_meeting_ids,
    counted_meetings,
    exemplary_ids,
    meeting_weights,
    partner_names_of,
    subtheme_key,
)
from mra_desktop.core.postgres import lock_key
from mra_desktop.core.protocol import load_protocol

AXES = ("sector", "subtheme", "obligation", "region", "partner", "kind", "category")
TOTAL = "total"
MAX_SUMMARY = 2000

# the change's columns each axis groups by (region and partner come from the meeting)
_CHANGE_COLUMNS: dict[str, tuple[Any, ...]] = {
    "sector": (m.Change.sector,),
    "subtheme": (m.Change.sector, m.Change.subtheme),
    "obligation": (cast(m.Change.obligations, Text),),
    "kind": (m.Change.change_kind,),
    "category": (m.Change.change_class,),
    "region": (),
    "partner": (),
}


class ConsolidationError(MraError):
    def __init__(self, message: str, code: str = "consolidation_invalid") -> None:
        super().__init__(message)
        self.code = code


@dataclass
class Cell:
    """What stands behind one cell: changes, and the meetings, participants and partners
    they came from."""

    changes: int = 0
    meetings: int = 0
    participants: int = 0
    partners: int = 0


@dataclass
class Matrix:
    rows: str
    columns: str
    row_keys: list[str]
    column_keys: list[str]  # empty when the column axis is "total"
    cells: dict[tuple[str, str], Cell]
    row_totals: dict[str, Cell]
    column_totals: dict[str, Cell]
    total: Cell
    partner_names: dict[str, str] = field(default_factory=dict)

    def cell(self, row_key: str, column_key: str | None = None) -> Cell:
        """A cell, or the row's total when ``column_key`` is None."""
        if self.columns == TOTAL or column_key is None:
            return self.row_totals.get(row_key, Cell())
        return self.cells.get((row_key, column_key), Cell())


def _check_axes(rows: str, columns: str) -> None:
    if rows not in AXES:
        raise ConsolidationError(f"Unknown axis {rows!r} for the rows.")
    if columns != TOTAL and columns not in AXES:
        raise ConsolidationError(f"Unknown axis {columns!r} for the columns.")
    if rows == columns:
        raise ConsolidationError("Choose two different axes for the rows and the columns.")


def _obligations(text: str | None, cache: dict[str | None, tuple[str, ...]]) -> tuple[str, ...]:
    found = cache.get(text)
    if found is None:
        try:
            codes = json.loads(text) if text else []
        except ValueError:
            codes = []
        found = tuple(dict.fromkeys(c for c in codes if isinstance(c, str))) or ("",)
        cache[text] = found
    return found


def _key_reader(
    axis: str, offset: int
) -> Callable[[tuple[Any, ...], dict[str | None, tuple[str, ...]]], tuple[str, ...]]:
    """A function giving an axis's key(s) for one grouped row."""
    if axis == "subtheme":
        return lambda row, _c: (subtheme_key(row[offset], row[offset + 1]),)
    if axis == "obligation":
        return lambda row, cache: _obligations(row[offset], cache)
    return lambda row, _c: (row[offset] or "",)


class _Tally:
    """Changes and the distinct meetings behind them."""

    __slots__ = ("changes", "meetings")

    def __init__(self) -> None:
        self.changes = 0
        self.meetings: set[str] = set()

    def cell(self, participants: dict[str, int], partners: dict[str, str]) -> Cell:
        return Cell(
            self.changes,
            len(self.meetings),
            sum(map(participants.__getitem__, self.meetings)),
            len(set(map(partners.__getitem__, self.meetings))),
        )


class joined_ids(FunctionElement[str]):
    """The values of a column in a group, joined by commas (ids hold none)."""

    type = Text()
    inherit_cache = True
    name = "joined_ids"


@compiles(joined_ids)
def _joined_ids_sqlite(element: joined_ids, compiler: Any, **kw: Any) -> str:
    return f"group_concat({compiler.process(element.clauses, **kw)})"


@compiles(joined_ids, "postgresql")
def _joined_ids_postgresql(element: joined_ids, compiler: Any, **kw: Any) -> str:
    return f"string_agg({compiler.process(element.clauses, **kw)}, ',')"


def build_matrix(
    db: Database, scope: Scope, rows: str = "subtheme", columns: str = TOTAL
) -> Matrix:
    """The matrix of the counted changes by ``rows`` × ``columns``."""
    _check_axes(rows, columns)
    with db.session() as session:
        return _build(session, scope, rows, columns)


_MEETING_COLUMNS = {"region": m.Meeting.region, "partner": m.Meeting.organisation_id}


def _grouped(session: Session, scope: Scope, axes: tuple[str, ...]) -> Any:
    """The counted changes grouped by the axes' columns: per group, the number of changes
    and the ids of the meetings they came from.

    Changes are first grouped by meeting and the axes' columns of the change (an index,
    ``ix_change_consolidation``, holds exactly those, in that order, so this needs no
    sorting), then those groups by the axes, with the meeting's columns for the axes that
    come from the meeting. Each meeting therefore appears once per group."""
    counted = counted_meeting_ids(session, scope)
    change_cols = [col for axis in axes for col in _CHANGE_COLUMNS[axis]]
    per = (
        select(
            m.Change.meeting_id.label("meeting_id"),
            *(col.label(f"k{i}") for i, col in enumerate(change_cols)),
            func.count().label("n"),
        )
        .where(m.Change.deleted_at.is_(None), m.Change.meeting_id.in_(select(counted.c.id)))
        .group_by(m.Change.meeting_id, *change_cols)
        .subquery("per")
    )
    keys: list[Any] = []
    index = 0
    source: Any = per
    for axis in axes:
        if axis in _MEETING_COLUMNS:
            keys.append(_MEETING_COLUMNS[axis])
        else:
            for _col in _CHANGE_COLUMNS[axis]:
                keys.append(per.c[f"k{index}"])
                index += 1
    if any(axis in _MEETING_COLUMNS for axis in axes):
        source = per.join(m.Meeting, m.Meeting.id == per.c.meeting_id)
    query = (
        select(*keys, func.sum(per.c.n), joined_ids(per.c.meeting_id))
        .select_from(source)
        .group_by(*keys)
    )
    return session.execute(query)


def _build(session: Session, scope: Scope, rows: str, columns: str) -> Matrix:
    axes = (rows,) if columns == TOTAL else (rows, columns)
    weights = meeting_weights(session, scope)
    read_row = _key_reader(rows, 0)
    read_col = _key_reader(columns, _width(rows)) if columns != TOTAL else None
    cache: dict[str | None, tuple[str, ...]] = {}
    cells: dict[tuple[str, str], _Tally] = {}
    row_totals: dict[str, _Tally] = {}
    column_totals: dict[str, _Tally] = {}
    total = _Tally()

    def tally(table: dict[Any, _Tally], key: Any, n: int, meetings: list[str]) -> None:
        found = table.get(key)
        if found is None:
            found = table[key] = _Tally()
        found.changes += n
        found.meetings.update(meetings)

    for row in _grouped(session, scope, axes):
        n = int(row[-2])
        meetings = row[-1].split(",") if row[-1] else []
        total.changes += n
        total.meetings.update(meetings)
        row_keys = read_row(row, cache)
        for rk in row_keys:
            tally(row_totals, rk, n, meetings)
        if read_col is None:
            continue
        col_keys = read_col(row, cache)
        for ck in col_keys:
            tally(column_totals, ck, n, meetings)
            for rk in row_keys:
                tally(cells, (rk, ck), n, meetings)
    people = {mid: w.participants for mid, w in weights.items()}
    partners = {mid: w.partner_id for mid, w in weights.items()}
    partner_names = partner_names_of(session, set(partners.values()))
    return Matrix(
        rows=rows,
        columns=columns,
        row_keys=ordered_keys(rows, row_totals, partner_names),
        column_keys=ordered_keys(columns, column_totals, partner_names)
        if columns != TOTAL
        else [],
        cells={k: t.cell(people, partners) for k, t in cells.items()},
        row_totals={k: t.cell(people, partners) for k, t in row_totals.items()},
        column_totals={k: t.cell(people, partners) for k, t in column_totals.items()},
        total=total.cell(people, partners),
        partner_names=partner_names,
    )


def _width(axis: str) -> int:
    """How many key columns an axis takes in a grouped row."""
    return len(_CHANGE_COLUMNS[axis]) or 1


def ordered_keys(axis: str, keys: Iterable[str], partner_names: dict[str, str]) -> list[str]:
    """An axis's keys in the catalogue's order (names for regions and partners), the
    unspecified key ``""`` last."""
    protocol = load_protocol()
    catalogue: list[str] = []
    if axis == "sector":
        catalogue = protocol.codes("sectors")
    elif axis == "subtheme":
        for sector in protocol.codes("sectors"):
            catalogue += [subtheme_key(sector, t["code"]) for t in protocol.subthemes(sector)]
            catalogue.append(subtheme_key(sector, None))
    elif axis == "obligation":
        catalogue = protocol.codes("obligations")
    elif axis == "kind":
        catalogue = [e["code"] for e in protocol.vocabulary("change_kind")]
    elif axis == "category":
        catalogue = [e["code"] for e in protocol.vocabulary("change_class")]

    def rank(key: str) -> tuple[int, int, str]:
        if key == "":
            return (2, 0, "")
        if key in catalogue:
            return (0, catalogue.index(key), "")
        name = partner_names.get(key, key) if axis == "partner" else key
        return (1, 0, name.casefold())

    return sorted(set(keys), key=rank)


# -- the changes behind a cell --------------------------------------------------------------
@dataclass(frozen=True)
class CellChange:
    """A change listed under a cell (read-only), with its meeting and MRA's flag."""

    id: str
    title: str
    sector: str
    subtheme: str | None
    meeting: MeetingFacts
    exemplary: bool
    msc_selected: bool


def _matches(axis: str, key: str, change: m.Change, facts: MeetingFacts) -> bool:
    if axis == TOTAL:
        return True
    if axis == "sector":
        return change.sector == key
    if axis == "subtheme":
        return subtheme_key(change.sector, change.subtheme) == key
    if axis == "obligation":
        tags = list(change.obligations or [])
        return key in tags if key else not tags
    if axis == "kind":
        return (change.change_kind or "") == key
    if axis == "category":
        return (change.change_class or "") == key
    if axis == "region":
        return facts.region == key
    return facts.partner_id == key


def cell_changes(
    db: Database,
    scope: Scope,
    rows: str,
    row_key: str,
    columns: str = TOTAL,
    column_key: str | None = None,
) -> list[CellChange]:
    """The counted changes behind one cell, by meeting date (a row's total when
    ``columns`` is ``total`` or ``column_key`` is None; ``""`` is the unspecified key)."""
    _check_axes(rows, columns)
    with db.session() as session:
        facts = counted_meetings(session, scope)
        counted = counted_meeting_ids(session, scope)
        query = select(m.Change).where(
            m.Change.deleted_at.is_(None), m.Change.meeting_id.in_(select(counted.c.id))
        )
        for axis, key in ((rows, row_key), (columns, column_key)):
            if key is None:
                continue
            if axis == "sector":
                query = query.where(m.Change.sector == key)
            elif axis == "subtheme":
                sector, _, sub = key.partition("/")
                query = query.where(m.Change.sector == sector)
                query = query.where(
                    m.Change.subtheme == sub if sub else m.Change.subtheme.is_(None)
                )
        changes = list(session.scalars(query))
        flagged = exemplary_ids(session)
    order = {mid: i for i, mid in enumerate(facts)}
    found = [
        c
        for c in changes
        if _matches(rows, row_key, c, facts[c.meeting_id])
        and (column_key is None or _matches(columns, column_key, c, facts[c.meeting_id]))
    ]
    found.sort(key=lambda c: (order[c.meeting_id], c.position, c.id))
    return [
        CellChange(
            c.id,
            c.title,
            c.sector,
            c.subtheme,
            facts[c.meeting_id],
            c.id in flagged,
            c.msc_selected,
        )
        for c in found
    ]


# -- MRA's flags and summaries -------------------------------------------------------------
def set_exemplary(db: Database, change_id: str, exemplary: bool, *, by: str = "") -> bool:
    """Flag a change as exemplary (to quote) or not; returns whether anything changed."""
    with db.transaction() as session:
        change = session.get(m.Change, change_id)
        if change is None:
            raise NotFoundError(f"There is no change with id {change_id}.")
        lock_key(session, "change-flag", change_id)  # two people flagging at once take turns
        flag = session.get(ChangeFlag, change_id)
        if flag is None:
            if not exemplary:
                return False
            session.add(
                ChangeFlag(change_id=change_id, exemplary=True, flagged_by=by.strip())
            )
            return True
        if flag.exemplary == exemplary:
            return False
        flag.exemplary = exemplary
        flag.flagged_by = by.strip()
        flag.flagged_at = m.utcnow()
        return True


def is_exemplary(db: Database, change_id: str) -> bool:
    with db.session() as session:
        flag = session.get(ChangeFlag, change_id)
        return bool(flag and flag.exemplary)


@dataclass(frozen=True)
class Summary:
    text: str
    author: str
    updated_at: dt.datetime | None


def cell_summary(
    db: Database, rows: str, row_key: str, columns: str = TOTAL, column_key: str = ""
) -> Summary:
    with db.session() as session:
        found = session.scalar(
            select(CellSummary).where(
                CellSummary.row_axis == rows,
                CellSummary.row_key == row_key,
                CellSummary.column_axis == columns,
                CellSummary.column_key == column_key,
            )
        )
        if found is None:
            return Summary("", "", None)
        return Summary(found.text, found.author, found.updated_at)


def set_cell_summary(
    db: Database,
    rows: str,
    row_key: str,
    columns: str,
    column_key: str,
    text: str,
    *,
    author: str = "",
) -> bool:
    """Store MRA's summary of a cell (the screen saves it as it is typed); returns whether
    anything changed. An empty text removes it."""
    _check_axes(rows, columns)
    cleaned = text.strip()
    if len(cleaned) > MAX_SUMMARY:
        raise ConsolidationError(
            f"The summary is too long (at most {MAX_SUMMARY} characters).", "summary_too_long"
        )
    with db.transaction() as session:
        lock_key(session, "cell-summary", f"{rows}/{row_key}/{columns}/{column_key}")
        found = session.scalar(
            select(CellSummary).where(
                CellSummary.row_axis == rows,
                CellSummary.row_key == row_key,
                CellSummary.column_axis == columns,
                CellSummary.column_key == column_key,
            )
        )
        if found is None:
            if not cleaned:
                return False
            session.add(
                CellSummary(
                    row_axis=rows,
                    row_key=row_key,
                    column_axis=columns,
                    column_key=column_key,
                    text=cleaned,
                    author=author.strip(),
                )
            )
            return True
        if found.text == cleaned:
            return False
        if not cleaned:
            session.delete(found)
            return True
        found.text = cleaned
        found.author = author.strip()
        found.updated_at = m.utcnow()
        return True
