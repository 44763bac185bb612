"""The national Most Significant Change round: the MSC method's second level.

Each meeting chose its most significant change (``Change.msc_selected``, with the
meeting's reason). A round takes those choices over a period and, per domain (the sector
by default, or the category of change), MRA's panel chooses one, with a reason written as
full sentences, and may record dissent. A choice says who made it and when; choosing
again in a domain replaces the choice (the new person and time are recorded).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import select

from mra_desktop.core import models as m
from mra_desktop.core.database import Database
from mra_desktop.core.errors import MraError, NotFoundError
from mra_desktop.core.mra_records import MscChoice, MscRound
from mra_desktop.core.national import (
    MeetingFacts,
    Scope,
    counted_changes,
    counted_meetings,
)

DOMAIN_AXES = ("sector", "category")
SENTENCE_ENDS = (".", "!", "?", "؟", "…", "»", "”", '"', ")")
MIN_REASON_WORDS = 6
MAX_TEXT = 4000


class MscError(MraError):
    """A choice or a round the core refuses; ``code`` says which rule."""

    def __init__(self, message: str, code: str = "msc_invalid") -> None:
        super().__init__(message)
        self.code = code


def reason_problem(text: str) -> MscError | None:
    """Why ``text`` is not yet a reason written as full sentences (None when it is)."""
    cleaned = text.strip()
    if len(cleaned.split()) < MIN_REASON_WORDS:
        return MscError(
            "Write the reason as full sentences: why this change matters more than the "
            f"others (at least {MIN_REASON_WORDS} words).",
            "msc_reason_short",
        )
    if not cleaned.endswith(SENTENCE_ENDS):
        return MscError(
            "End the reason as a sentence ends, with a full stop.", "msc_reason_unfinished"
        )
    if len(cleaned) > MAX_TEXT:
        return MscError(
            f"The reason is too long (at most {MAX_TEXT} characters).", "msc_text_too_long"
        )
    return None


def _name(text: str, what: str, code: str) -> str:
    name = " ".join(text.split())
    if not name:
        raise MscError(f"Write {what} first.", code)
    if len(name) > 200:
        raise MscError(
            f"{what[0].upper()}{what[1:]} is too long (at most 200 characters).", code
        )
    return name


# -- rounds ----------------------------------------------------------------------------------
def create_round(
    db: Database,
    title: str,
    *,
    created_by: str,
    period_from: dt.date | None = None,
    period_to: dt.date | None = None,
    domain_axis: str = "sector",
    round_id: str | None = None,
) -> str:
    name = _name(title, "the round's title", "msc_needs_title")
    person = _name(created_by, "your name", "msc_needs_name")
    if domain_axis not in DOMAIN_AXES:
        raise MscError(f"Unknown domain {domain_axis!r}; choose sector or category.")
    if period_from and period_to and period_from > period_to:
        raise MscError("The round's period must end after it starts.", "msc_period_reversed")
    with db.transaction() as session:
        record = MscRound(
            title=name,
            period_from=period_from,
            period_to=period_to,
            domain_axis=domain_axis,
            created_by=person,
        )
        if round_id is not None:
            record.id = round_id
        session.add(record)
        session.flush()
        return record.id


@dataclass(frozen=True)
class RoundView:
    id: str
    title: str
    period_from: dt.date | None
    period_to: dt.date | None
    domain_axis: str
    created_by: str
    created_at: dt.datetime

    def scope(self, all_states: bool = False) -> Scope:
        return Scope(self.period_from, self.period_to, (), all_states)


def _view(record: MscRound) -> RoundView:
    return RoundView(
        record.id,
        record.title,
        record.period_from,
        record.period_to,
        record.domain_axis,
        record.created_by,
        record.created_at,
    )


def list_rounds(db: Database) -> list[RoundView]:
    """The rounds, newest first."""
    with db.session() as session:
        rounds = session.scalars(
            select(MscRound).order_by(MscRound.created_at.desc(), MscRound.id)
        )
        return [_view(r) for r in rounds]


def get_round(db: Database, round_id: str) -> RoundView:
    with db.session() as session:
        record = session.get(MscRound, round_id)
        if record is None:
            raise NotFoundError(f"There is no national MSC round with id {round_id}.")
        return _view(record)


def round_for_period(
    db: Database, date_from: dt.date | None, date_to: dt.date | None
) -> RoundView | None:
    """The newest round whose period is the given one, else the newest that covers it."""
    rounds = list_rounds(db)
    for found in rounds:
        if (found.period_from, found.period_to) == (date_from, date_to):
            return found
    for found in rounds:
        starts = found.period_from is None or (
            date_from is not None and found.period_from <= date_from
        )
        ends = found.period_to is None or (date_to is not None and found.period_to >= date_to)
        if starts and ends:
            return found
    return None


# -- candidates and choices ------------------------------------------------------------------
@dataclass(frozen=True)
class Candidate:
    """A change a meeting chose as its most significant, with the meeting's reason."""

    change: m.Change
    meeting: MeetingFacts


def domain_of(axis: str, change: m.Change) -> str:
    if axis == "category":
        return change.change_class or ""
    return change.sector


def candidates(
    db: Database, round_id: str, *, all_states: bool = False
) -> dict[str, list[Candidate]]:
    """Per domain, the changes the meetings of the round's period chose as most significant
    (of approved meetings unless ``all_states``), by meeting date."""
    found = get_round(db, round_id)
    scope = found.scope(all_states)
    with db.session() as session:
        meetings, changes = counted_changes(session, scope, m.Change.msc_selected.is_(True))
    result: dict[str, list[Candidate]] = defaultdict(list)
    for change in changes:
        result[domain_of(found.domain_axis, change)].append(
            Candidate(change, meetings[change.meeting_id])
        )
    return dict(result)


@dataclass(frozen=True)
class ChoiceView:
    domain_key: str
    change: m.Change
    meeting: MeetingFacts
    reason: str
    dissent: str
    chosen_by: str
    chosen_at: dt.datetime


def choose(
    db: Database,
    round_id: str,
    domain_key: str,
    change_id: str,
    *,
    reason: str,
    chosen_by: str,
    dissent: str = "",
) -> ChoiceView:
    """Record the panel's choice in one domain (replacing an earlier one)."""
    found = get_round(db, round_id)
    problem = reason_problem(reason)
    if problem:
        raise problem
    person = _name(chosen_by, "the name of who chose", "msc_needs_name")
    if len(dissent.strip()) > MAX_TEXT:
        raise MscError(
            f"The dissent is too long (at most {MAX_TEXT} characters).", "msc_text_too_long"
        )
    pool = candidates(db, round_id, all_states=True).get(domain_key, [])
    picked = next((c for c in pool if c.change.id == change_id), None)
    if picked is None:
        raise MscError(
            "This change is not one a meeting of the round's period chose as most significant "
            "in this domain; choose among the candidates.",
            "msc_not_candidate",
        )
    now = m.utcnow()
    with db.transaction() as session:
        choice = session.scalar(
            select(MscChoice).where(
                MscChoice.round_id == found.id, MscChoice.domain_key == domain_key
            )
        )
        if choice is None:
            choice = MscChoice(round_id=found.id, domain_key=domain_key)
            session.add(choice)
        choice.change_id = change_id
        choice.reason = reason.strip()
        choice.dissent = dissent.strip()
        choice.chosen_by = person
        choice.chosen_at = now
    return ChoiceView(
        domain_key, picked.change, picked.meeting, reason.strip(), dissent.strip(), person, now
    )


def clear_choice(db: Database, round_id: str, domain_key: str) -> bool:
    with db.transaction() as session:
        choice = session.scalar(
            select(MscChoice).where(
                MscChoice.round_id == round_id, MscChoice.domain_key == domain_key
            )
        )
        if choice is None:
            return False
        session.delete(choice)
        return True


def choices(db: Database, round_id: str) -> dict[str, ChoiceView]:
    """The panel's choices of a round by domain, with each change and its meeting."""
    found = get_round(db, round_id)
    with db.session() as session:
        rows = list(session.scalars(select(MscChoice).where(MscChoice.round_id == found.id)))
        meetings = counted_meetings(session, found.scope(all_states=True))
        changes = {
            c.id: c
            for c in session.scalars(
                select(m.Change).where(m.Change.id.in_([r.change_id for r in rows]))
            )
        }
    result = {}
    for row in rows:
        change = changes[row.change_id]
        meeting = meetings.get(change.meeting_id)
        if meeting is None:  # its meeting left the round's period or was deleted
            continue
        result[row.domain_key] = ChoiceView(
            row.domain_key,
            change,
            meeting,
            row.reason,
            row.dissent,
            row.chosen_by,
            row.chosen_at,
        )
    return result
