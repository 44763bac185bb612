"""From one meeting to the next: a follow-up meeting, and what became of the previous
meeting's action plan.

:func:`create_follow_up` prepares the follow-up of a meeting in one transaction: a new
meeting with the previous setup (place, kind, scope, sectors, format, body, language,
facilitators) reviewing the period since the previous meeting, a copy of its participants
(the same people usually come back; the copies are edited from there), and one
:class:`~mra_desktop.core.models.ActionFollowUp` per live action item of the previous
meeting, whose status (done, in progress, not started, dropped) and comment are recorded
during the follow-up meeting. Either all of it is written or nothing is.

:func:`previous_action_plan` reads those statuses back with the items they are about, in
the order of the board (sector, then continue / stop / start, then the board's order).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from sqlalchemy import select, text

from mra_desktop.core import models as m
from mra_desktop.core.errors import NotFoundError, ValidationError
from mra_desktop.core.protocol import load_protocol
from mra_desktop.core.resources import resource_path
from mra_desktop.core.services import RecordChange, Services

#: what a follow-up meeting takes from the previous one as it is
SETUP_FIELDS = ("city", "region", "kind", "scope", "sectors", "format", "body", "language")
_TITLE_LENGTH = 200


@cache
def _title_patterns() -> dict[str, str]:
    labels = json.loads(resource_path("report", "labels.json").read_text(encoding="utf-8"))
    patterns: dict[str, str] = labels["follow_up_title"]
    return patterns


def follow_up_title(title: str, language: str) -> str:
    """The follow-up's title in the meeting's language ("Suivi : Réunion de Taza"); a
    follow-up of a follow-up keeps its title rather than stacking the prefix."""
    patterns = _title_patterns()
    pattern = patterns.get(language, patterns["en"])
    prefix = pattern.split("{title}")[0]
    if title.startswith(prefix):
        return title[:_TITLE_LENGTH]
    return pattern.format(title=title)[:_TITLE_LENGTH]


@dataclass(frozen=True)
class FollowUp:
    """What :func:`create_follow_up` wrote: the new meeting's id and every record made
    (the meeting first), for the undo history and the screens to refresh."""

    meeting_id: str
    changes: list[RecordChange] = field(default_factory=list)


def _board_order(items: list[m.ActionItem]) -> list[m.ActionItem]:
    sectors = list(load_protocol().codes("sectors"))

    def key(item: m.ActionItem) -> tuple[int, int, int]:
        sector = sectors.index(item.sector) if item.sector in sectors else len(sectors)
        action = m.ACTIONS.index(item.action) if item.action in m.ACTIONS else len(m.ACTIONS)
        return (sector, action, item.position)

    return sorted(items, key=key)


def create_follow_up(
    services: Services,
    meeting_id: str,
    *,
    title: str | None = None,
    today: dt.date | None = None,
) -> FollowUp:
    """Prepare the follow-up of the meeting ``meeting_id`` (see the module notes), in one
    transaction. ``title`` defaults to "Follow-up: <previous title>" in the meeting's
    language. Raises :class:`NotFoundError` for an unknown meeting and
    :class:`ValidationError` for one that is deleted or came from a partner's sync file."""
    today = today or dt.date.today()
    protocol = load_protocol()
    with services.db.transaction() as session:
        previous = session.get(m.Meeting, meeting_id)
        if previous is None:
            raise NotFoundError(f"There is no meeting with id {meeting_id}.")
        if previous.is_deleted:
            raise ValidationError(
                "id", "deleted", "This meeting was deleted; restore it before following it up."
            )
        if previous.origin_import_id is not None:
            raise ValidationError(
                "id",
                "imported",
                "This meeting came from a partner's sync file; its follow-up is prepared "
                "by the partner.",
            )
        values: dict[str, Any] = {name: getattr(previous, name) for name in SETUP_FIELDS}
        start = previous.date or previous.period_to
        if title is None:
            title = follow_up_title(previous.title, previous.language)
        values.update(
            organisation_id=previous.organisation_id,
            title=title,
            date=today,
            facilitators=list(previous.facilitators or []),
            period_from=min(start, today) if start else None,
            period_to=today,
            protocol_id=protocol.id,
            protocol_version=protocol.version,
            status="planned",
        )
        # a follow-up of the demo meeting is practice too: it stays home like the demo
        demo = bool(previous.demo)
        meeting = services.meetings.create_in(session, demo=demo, **values)
        changes = [meeting]
        live = (m.Participant.meeting_id == meeting_id) & m.Participant.deleted_at.is_(None)
        participants = session.scalars(
            select(m.Participant)
            .where(live)
            .order_by(m.Participant.position, m.Participant.created_at, m.Participant.id)
        ).all()
        for participant in participants:
            changes.append(
                services.participants.create_in(
                    session,
                    demo=demo,
                    meeting_id=meeting.record_id,
                    role=participant.role,
                    institution=participant.institution,
                    sector=participant.sector,
                    count=participant.count,
                    name=participant.name,
                )
            )
        items = session.scalars(
            select(m.ActionItem).where(
                m.ActionItem.meeting_id == meeting_id, m.ActionItem.deleted_at.is_(None)
            )
        ).all()
        for position, item in enumerate(_board_order(list(items))):
            changes.append(
                services.action_follow_ups.create_in(
                    session,
                    demo=demo,
                    meeting_id=meeting.record_id,
                    position=position,
                    action_item_id=item.id,
                )
            )
        return FollowUp(meeting.record_id, changes)


@dataclass(frozen=True)
class FollowedItem:
    """One action item of the previous meeting and what the follow-up says of it."""

    follow_up: m.ActionFollowUp
    item: m.ActionItem

    @property
    def status(self) -> str | None:
        return self.follow_up.status

    @property
    def comment(self) -> str:
        return self.follow_up.comment


@dataclass(frozen=True)
class PreviousPlan:
    """The previous meeting (None when the follow-ups point nowhere any more) and its
    items, in the board's order."""

    meeting: m.Meeting | None
    items: list[FollowedItem]


def previous_action_plan(services: Services, meeting_id: str) -> PreviousPlan:
    """The previous meeting's action items followed up at ``meeting_id``, with their
    status and comment; items since deleted from the previous meeting are left out."""
    # Most meetings follow none: a plain look first spares every report the ORM's query.
    with services.db.engine.connect() as conn:
        followed = conn.execute(
            text("SELECT 1 FROM action_follow_up WHERE meeting_id = :meeting LIMIT 1"),
            {"meeting": meeting_id},
        ).first()
    if followed is None:
        return PreviousPlan(None, [])
    with services.db.session() as session:
        rows = session.execute(
            select(m.ActionFollowUp, m.ActionItem)
            .join(m.ActionItem, m.ActionItem.id == m.ActionFollowUp.action_item_id)
            .where(
                m.ActionFollowUp.meeting_id == meeting_id,
                m.ActionFollowUp.deleted_at.is_(None),
                m.ActionItem.deleted_at.is_(None),
            )
            .order_by(m.ActionFollowUp.position, m.ActionFollowUp.created_at)
        ).all()
        previous: m.Meeting | None = None
        if rows:
            previous = session.get(m.Meeting, rows[0][1].meeting_id)
            if previous is not None and previous.is_deleted:
                return PreviousPlan(None, [])
        return PreviousPlan(previous, [FollowedItem(f, i) for f, i in rows])
