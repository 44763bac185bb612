"""Every figure of MRA's national outputs, computed from the received meetings.

The consolidation matrix, the spreadsheets and the national report all stand on this one
module, so that a number is the same wherever it is printed:

* :class:`Scope` says which meetings count: received from a partner, not deleted, within
  a period and for some partners, and **approved** (and not changed since) unless
  ``all_states``. :func:`counted_meeting_ids` is the single SQL expression of that rule;
  :func:`counted_meetings` gives the facts of each counted meeting.
* :func:`national_figures` — meetings (individual / group), participants, partner NGOs
  with their regions and cities, the period (the report's introduction).
* :func:`participants_by_authority` — the report's detailed table of participants by
  authority, with the participants' sectors and totals.
* :func:`good_practices` — part II: changes by sector and sub-theme, each citing its
  meeting, with MRA's exemplary flags and cell summaries.
* :func:`action_plan` — part III: Continue / Stop / Start by sector and sub-theme, the
  same item raised in several meetings merged, with the number of meetings that raised it.

Words are not here: codes come back, and the report or the screen words them from the
protocol catalogue in its own language.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from mra_desktop.core import models as m
from mra_desktop.core.database import Database
from mra_desktop.core.errors import MraError
from mra_desktop.core.mra_records import CellSummary, ChangeFlag, MeetingReview
from mra_desktop.core.protocol import load_protocol
from mra_desktop.core.review import changed_since_approval


class ScopeError(MraError):
    """A period or a partner that cannot be used: one sentence, nothing written; ``code``
    says which (scope_reversed, scope_unknown_partner, scope_empty)."""

    def __init__(self, message: str, code: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class Scope:
    """Which received meetings count in a national output."""

    date_from: dt.date | None = None
    date_to: dt.date | None = None
    partner_ids: tuple[str, ...] = ()
    all_states: bool = False

    def describe(self) -> str:
        """The period in words for the core's English sentences ("" when there is none)."""
        if self.date_from and self.date_to:
            return f"between {self.date_from.isoformat()} and {self.date_to.isoformat()}"
        if self.date_from:
            return f"on or after {self.date_from.isoformat()}"
        if self.date_to:
            return f"on or before {self.date_to.isoformat()}"
        return ""


def check_scope(db: Database, scope: Scope) -> None:
    """Refuse a reversed period or a partner id this database does not know."""
    if scope.date_from and scope.date_to and scope.date_from > scope.date_to:
        raise ScopeError(
            f"The period is reversed: {scope.date_from.isoformat()} comes after "
            f"{scope.date_to.isoformat()}; nothing was written.",
            "scope_reversed",
        )
    if scope.partner_ids:
        with db.session() as session:
            known = set(
                session.scalars(
                    select(m.Organisation.id).where(m.Organisation.id.in_(scope.partner_ids))
                )
            )
        unknown = [p for p in scope.partner_ids if p not in known]
        if unknown:
            raise ScopeError(
                f"There is no partner with id {unknown[0]} in this database; nothing was written.",
                "scope_unknown_partner",
            )


def require_meetings(db: Database, scope: Scope) -> int:
    """The number of counted meetings; refuses a scope where none counts."""
    with db.session() as session:
        count = int(
            session.scalar(select(func.count()).select_from(counted_meeting_ids(session, scope)))
            or 0
        )
    if count == 0:
        which = "meeting" if scope.all_states else "approved meeting"
        partners = " of the partners chosen" if scope.partner_ids else ""
        period = scope.describe()
        if period:
            raise ScopeError(
                f"No {which}{partners} received from a partner was held {period}; "
                "nothing was written.",
                "scope_empty",
            )
        raise ScopeError(
            f"There is no {which}{partners} received from a partner yet; nothing was written.",
            "scope_empty",
        )
    return count


# -- which meetings count -------------------------------------------------------------------
def counted_meeting_ids(session: Session, scope: Scope) -> Any:
    """The ids of the meetings that count, as a subquery (the one rule, in SQL)."""
    query: Select[Any] = select(m.Meeting.id).where(
        m.Meeting.origin_import_id.is_not(None), m.Meeting.deleted_at.is_(None)
    )
    if not scope.all_states:
        changed = changed_since_approval(session)
        query = query.join(MeetingReview, MeetingReview.meeting_id == m.Meeting.id).where(
            MeetingReview.state == "approved"
        )
        if changed:
            query = query.where(m.Meeting.id.not_in(sorted(changed)))
    if scope.date_from:
        query = query.where(m.Meeting.date >= scope.date_from)
    if scope.date_to:
        query = query.where(m.Meeting.date <= scope.date_to)
    if scope.partner_ids:
        query = query.where(m.Meeting.organisation_id.in_(scope.partner_ids))
    return query.subquery("counted")


class MeetingFacts(NamedTuple):
    """What the national outputs need of one counted meeting."""

    id: str
    title: str
    partner_id: str
    partner: str
    city: str
    region: str
    date: dt.date | None
    kind: str
    body: str | None
    sectors: tuple[str, ...]
    language: str
    participants: int


def _participants_of_meeting() -> Any:
    """The number of participants of the meeting of the enclosing query."""
    return (
        select(func.sum(m.Participant.count))
        .where(m.Participant.meeting_id == m.Meeting.id, m.Participant.deleted_at.is_(None))
        .correlate(m.Meeting)
        .scalar_subquery()
    )


def counted_meetings(session: Session, scope: Scope) -> dict[str, MeetingFacts]:
    """Every counted meeting by id, oldest first (one query, with its participants)."""
    counted = counted_meeting_ids(session, scope)
    participants = _participants_of_meeting()
    rows = session.execute(
        select(
            m.Meeting.id,
            m.Meeting.title,
            m.Meeting.organisation_id,
            m.Organisation.name,
            m.Meeting.city,
            m.Meeting.region,
            m.Meeting.date,
            m.Meeting.kind,
            m.Meeting.body,
            m.Meeting.sectors,
            m.Meeting.language,
            participants,
        )
        .join(m.Organisation, m.Organisation.id == m.Meeting.organisation_id)
        .where(m.Meeting.id.in_(select(counted.c.id)))
        .order_by(m.Meeting.date, m.Meeting.title, m.Meeting.id)
    )
    return {
        row[0]: MeetingFacts(
            id=row[0],
            title=row[1],
            partner_id=row[2],
            partner=row[3],
            city=row[4],
            region=row[5],
            date=row[6],
            kind=row[7],
            body=row[8],
            sectors=tuple(row[9] or ()),
            language=row[10],
            participants=int(row[11] or 0),
        )
        for row in rows
    }


class MeetingWeight(NamedTuple):
    participants: int
    partner_id: str


def meeting_weights(session: Session, scope: Scope) -> dict[str, MeetingWeight]:
    """Per counted meeting: its participants and its partner (what a matrix cell adds up
    over its meetings; lighter than :func:`counted_meetings`)."""
    counted = counted_meeting_ids(session, scope)
    rows = session.execute(
        select(m.Meeting.id, _participants_of_meeting(), m.Meeting.organisation_id).where(
            m.Meeting.id.in_(select(counted.c.id))
        )
    )
    return {mid: MeetingWeight(int(people or 0), org) for mid, people, org in rows}


def partner_names_of(session: Session, ids: set[str]) -> dict[str, str]:
    return dict(
        session.execute(
            select(m.Organisation.id, m.Organisation.name).where(m.Organisation.id.in_(ids))
        ).all()
    )


# -- the introduction's figures -------------------------------------------------------------
@dataclass(frozen=True)
class PartnerFigures:
    id: str
    name: str
    city: str
    region: str
    meetings: int
    participants: int


@dataclass(frozen=True)
class NationalFigures:
    meetings: int
    individual: int
    group: int
    participants: int
    partners: list[PartnerFigures]
    regions: list[str]
    cities: list[str]
    first_date: dt.date | None
    last_date: dt.date | None
    changes: int
    action_items: int


def national_figures(db: Database, scope: Scope) -> NationalFigures:
    with db.session() as session:
        meetings = counted_meetings(session, scope)
        counted = counted_meeting_ids(session, scope)
        changes = int(
            session.scalar(
                select(func.count())
                .select_from(m.Change)
                .where(m.Change.deleted_at.is_(None), m.Change.meeting_id.in_(select(counted.c.id)))
            )
            or 0
        )
        items = int(
            session.scalar(
                select(func.count())
                .select_from(m.ActionItem)
                .where(
                    m.ActionItem.deleted_at.is_(None),
                    m.ActionItem.meeting_id.in_(select(counted.c.id)),
                )
            )
            or 0
        )
        organisations = {
            org.id: org
            for org in session.scalars(
                select(m.Organisation).where(
                    m.Organisation.id.in_({f.partner_id for f in meetings.values()})
                )
            )
        }
    per_partner: dict[str, list[MeetingFacts]] = defaultdict(list)
    for facts in meetings.values():
        per_partner[facts.partner_id].append(facts)
    partners = sorted(
        (
            PartnerFigures(
                id=pid,
                name=organisations[pid].name,
                city=organisations[pid].city,
                region=organisations[pid].region,
                meetings=len(items_),
                participants=sum(f.participants for f in items_),
            )
            for pid, items_ in per_partner.items()
        ),
        key=lambda p: p.name.casefold(),
    )
    dates = [f.date for f in meetings.values() if f.date is not None]
    return NationalFigures(
        meetings=len(meetings),
        individual=sum(1 for f in meetings.values() if f.kind == "individual"),
        group=sum(1 for f in meetings.values() if f.kind == "group"),
        participants=sum(f.participants for f in meetings.values()),
        partners=partners,
        regions=sorted({f.region for f in meetings.values() if f.region}, key=str.casefold),
        cities=sorted({f.city for f in meetings.values() if f.city}, key=str.casefold),
        first_date=min(dates) if dates else None,
        last_date=max(dates) if dates else None,
        changes=changes,
        action_items=items,
    )


# -- participants by authority --------------------------------------------------------------
@dataclass
class AuthorityRow:
    """One authority (the kind of body met) of the detailed participants table."""

    body: str | None  # a code of MEETING_BODIES, None when the meeting did not say
    meetings: int = 0
    participants: int = 0
    by_sector: dict[str | None, int] = field(default_factory=dict)  # participant sector
    roles: list[str] = field(default_factory=list)  # distinct roles, most frequent first


@dataclass(frozen=True)
class ParticipantsTable:
    rows: list[AuthorityRow]
    sector_totals: dict[str | None, int]
    total: int
    meetings: int


def participants_by_authority(db: Database, scope: Scope) -> ParticipantsTable:
    """The report's detailed table: per authority met (in the catalogue's order), the
    participants and their sectors, the roles that came, and totals."""
    with db.session() as session:
        meetings = counted_meetings(session, scope)
        counted = counted_meeting_ids(session, scope)
        rows = session.execute(
            select(
                m.Participant.meeting_id,
                m.Participant.sector,
                m.Participant.role,
                m.Participant.count,
            )
            .where(
                m.Participant.deleted_at.is_(None),
                m.Participant.meeting_id.in_(select(counted.c.id)),
            )
            .order_by(m.Participant.meeting_id, m.Participant.position)
        )
        participant_rows = list(rows)
    order = list(m.MEETING_BODIES)
    table: dict[str | None, AuthorityRow] = {}
    role_counts: dict[str | None, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for facts in meetings.values():
        row = table.setdefault(facts.body, AuthorityRow(facts.body))
        row.meetings += 1
    for meeting_id, sector, role, count in participant_rows:
        body = meetings[meeting_id].body
        row = table[body]
        row.participants += count
        row.by_sector[sector] = row.by_sector.get(sector, 0) + count
        text = " ".join(role.split())
        if text:
            role_counts[body][text] += count
    for body, counts in role_counts.items():
        table[body].roles = [
            role for role, _n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0].casefold()))
        ]
    ordered = sorted(
        table.values(), key=lambda r: order.index(r.body) if r.body in order else len(order)
    )
    sector_totals: dict[str | None, int] = defaultdict(int)
    for row in ordered:
        for sector, count in row.by_sector.items():
            sector_totals[sector] += count
    return ParticipantsTable(
        rows=ordered,
        sector_totals=dict(sector_totals),
        total=sum(r.participants for r in ordered),
        meetings=len(meetings),
    )


# -- part II: good practices ----------------------------------------------------------------
@dataclass(frozen=True)
class ChangeEntry:
    """A change as the national outputs cite it: the change, its meeting, MRA's flag."""

    change: m.Change
    meeting: MeetingFacts
    exemplary: bool


@dataclass
class SubthemeGroup:
    subtheme: str | None
    changes: list[ChangeEntry] = field(default_factory=list)
    summary: str = ""


@dataclass
class SectorGroup:
    sector: str
    subthemes: list[SubthemeGroup] = field(default_factory=list)
    summary: str = ""

    @property
    def change_count(self) -> int:
        return sum(len(s.changes) for s in self.subthemes)


def subtheme_key(sector: str, subtheme: str | None) -> str:
    """How a sub-theme cell is named (its sub-theme codes are only unique in a sector)."""
    return f"{sector}/{subtheme or ''}"


def _catalogue_order() -> tuple[list[str], dict[str, list[str]]]:
    protocol = load_protocol()
    sectors = protocol.codes("sectors")
    return sectors, {s: [t["code"] for t in protocol.subthemes(s)] for s in sectors}


def _ordered_groups(keys: Sequence[tuple[str, str | None]]) -> list[tuple[str, str | None]]:
    sectors, subthemes = _catalogue_order()

    def rank(key: tuple[str, str | None]) -> tuple[int, int, str]:
        sector, sub = key
        s_rank = sectors.index(sector) if sector in sectors else len(sectors)
        known = subthemes.get(sector, [])
        t_rank = known.index(sub) if sub in known else len(known)
        return (s_rank, t_rank, sub or "")

    return sorted(set(keys), key=rank)


def summaries(session: Session) -> dict[tuple[str, str, str, str], str]:
    """Every cell summary MRA wrote, by (row axis, row key, column axis, column key)."""
    return {
        (s.row_axis, s.row_key, s.column_axis, s.column_key): s.text
        for s in session.scalars(select(CellSummary))
        if s.text.strip()
    }


def exemplary_ids(session: Session) -> set[str]:
    return set(session.scalars(select(ChangeFlag.change_id).where(ChangeFlag.exemplary)))


def counted_changes(
    session: Session, scope: Scope, *where: Any
) -> tuple[dict[str, MeetingFacts], list[m.Change]]:
    """The counted meetings (see :func:`counted_meetings`) and their live changes that meet
    every condition of ``where``, in meeting order, then in their order in the meeting."""
    meetings = counted_meetings(session, scope)
    counted = counted_meeting_ids(session, scope)
    changes = list(
        session.scalars(
            select(m.Change).where(
                m.Change.deleted_at.is_(None), m.Change.meeting_id.in_(select(counted.c.id)), *where
            )
        )
    )
    order = {mid: i for i, mid in enumerate(meetings)}
    changes.sort(key=lambda c: (order[c.meeting_id], c.position, c.id))
    return meetings, changes


def good_practices(db: Database, scope: Scope) -> list[SectorGroup]:
    """Part II: the counted changes by sector and sub-theme (catalogue order; changes by
    meeting date), each citing its meeting, with summaries and exemplary flags."""
    with db.session() as session:
        meetings, changes = counted_changes(session, scope)
        flagged = exemplary_ids(session)
        notes = summaries(session)
    by_key: dict[tuple[str, str | None], list[ChangeEntry]] = defaultdict(list)
    for change in changes:
        by_key[(change.sector, change.subtheme)].append(
            ChangeEntry(change, meetings[change.meeting_id], change.id in flagged)
        )
    groups: dict[str, SectorGroup] = {}
    for sector, sub in _ordered_groups(list(by_key)):
        group = groups.get(sector)
        if group is None:
            group = groups[sector] = SectorGroup(
                sector, summary=notes.get(("sector", sector, "total", ""), "")
            )
        group.subthemes.append(
            SubthemeGroup(
                sub,
                by_key[(sector, sub)],
                notes.get(("subtheme", subtheme_key(sector, sub), "total", ""), ""),
            )
        )
    return list(groups.values())


# -- part III: the action plan --------------------------------------------------------------
_BULLETS = re.compile(r"^[\s•\-–—*·]+")
_TRAILING = re.compile(r"[\s.;:!。،؛]+$")


def merge_key(text: str) -> str:
    """What makes two action-plan items "the same": their words, whatever the bullets,
    spacing, letter case and final punctuation."""
    words = " ".join(_BULLETS.sub("", text).split())
    return _TRAILING.sub("", words).casefold()


@dataclass
class MergedItem:
    """One action-plan item, raised by one or more meetings."""

    action: str  # continue | stop | start
    text: str  # as the first meeting (by date) wrote it
    level: str
    meetings: list[MeetingFacts] = field(default_factory=list)
    item_ids: list[str] = field(default_factory=list)

    @property
    def meeting_count(self) -> int:
        return len(self.meetings)


@dataclass
class ActionPlanGroup:
    sector: str
    subtheme: str | None
    items: dict[str, list[MergedItem]] = field(
        default_factory=lambda: {a: [] for a in m.ACTIONS}
    )

    @property
    def item_count(self) -> int:
        return sum(len(v) for v in self.items.values())


def action_plan(db: Database, scope: Scope) -> list[ActionPlanGroup]:
    """Part III: Continue / Stop / Start by sector and sub-theme, identical items of several
    meetings merged (most-raised first, then in the order they were first raised)."""
    with db.session() as session:
        meetings = counted_meetings(session, scope)
        counted = counted_meeting_ids(session, scope)
        items = list(
            session.scalars(
                select(m.ActionItem).where(
                    m.ActionItem.deleted_at.is_(None),
                    m.ActionItem.meeting_id.in_(select(counted.c.id)),
                )
            )
        )
    meeting_order = {mid: i for i, mid in enumerate(meetings)}
    items.sort(key=lambda i: (meeting_order[i.meeting_id], i.position, i.id))
    merged: dict[tuple[str, str | None], dict[tuple[str, str], MergedItem]] = defaultdict(dict)
    for item in items:
        bucket = merged[(item.sector, item.subtheme)]
        key = (item.action, merge_key(item.text))
        entry = bucket.get(key)
        if entry is None:
            entry = bucket[key] = MergedItem(item.action, item.text.strip(), item.level)
        facts = meetings[item.meeting_id]
        if facts not in entry.meetings:
            entry.meetings.append(facts)
        entry.item_ids.append(item.id)
    result = []
    for sector, sub in _ordered_groups(list(merged)):
        group = ActionPlanGroup(sector, sub)
        for entry in merged[(sector, sub)].values():
            group.items[entry.action].append(entry)
        for action in m.ACTIONS:
            group.items[action].sort(key=lambda e: -e.meeting_count)  # stable: first raised
        result.append(group)
    return result


def partners_with_received_meetings(db: Database) -> list[tuple[str, str]]:
    """(id, name) of the partners whose meetings were received, by name."""
    with db.session() as session:
        rows = session.execute(
            select(m.Organisation.id, m.Organisation.name)
            .where(
                m.Organisation.id.in_(
                    select(m.Meeting.organisation_id).where(
                        m.Meeting.origin_import_id.is_not(None), m.Meeting.deleted_at.is_(None)
                    )
                )
            )
            .order_by(m.Organisation.name)
        )
        return list(rows)
