"""Newsletter issues: a draft made from the period's choices, edited, then published.

:func:`create_draft` makes a draft for a period: the period's figures (meetings,
participants, partner NGOs, changes by sector, computed by
:mod:`mra_desktop.core.national`, the one place that says which meetings count), then the
changes MRA's panel chose as nationally most significant (:mod:`mra_desktop.core.msc`),
then the changes MRA flagged as exemplary (:mod:`mra_desktop.core.consolidation`) — of
approved meetings held in the period, and only those the partner allows to be quoted
(:mod:`.consent`); the others are named in the result, never added.

MRA then reorders, removes, adds and edits items. An item keeps the texts MRA edits and a
link to its source change, which the newsletter never writes. A published issue gets the
next number and its date and is frozen: every write to it is refused.

Refusals are :class:`NewsletterError` (``code`` says which rule), ``ScopeError`` for a
reversed or empty period, ``NotFoundError`` for an unknown id: one sentence each, and
nothing written.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mra_desktop.core import models as m
from mra_desktop.core.consolidation import TOTAL, build_matrix
from mra_desktop.core.database import Database
from mra_desktop.core.errors import MraError, NotFoundError
from mra_desktop.core.mra_records import MscChoice
from mra_desktop.core.msc import choices as msc_choices
from mra_desktop.core.msc import round_for_period
from mra_desktop.core.national import (
    Scope,
    check_scope,
    counted_changes,
    exemplary_ids,
    national_figures,
    require_meetings,
)
from mra_desktop.core.newsletter.consent import NameMask, people_of_meeting, place_of, quotable
from mra_desktop.core.newsletter.records import (
    HIGHLIGHTS,
    ITEM_TEXTS,
    NewsletterIssue,
    NewsletterItem,
)
from mra_desktop.core.protocol import load_protocol
from mra_desktop.core.validation import TEXT_LIMIT

LANGUAGES = ("ar", "fr", "en")
MAX_TITLE = 200


class NewsletterError(MraError):
    """A write the newsletter's rules refuse; ``code`` says which rule."""

    def __init__(self, message: str, code: str) -> None:
        super().__init__(message)
        self.code = code


# -- reading -------------------------------------------------------------------------------
@dataclass(frozen=True)
class IssueSummary:
    id: str
    number: int | None
    language: str
    title: str
    period_from: dt.date
    period_to: dt.date
    status: str
    created_at: dt.datetime
    published_at: dt.datetime | None
    items: int

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "number": self.number,
            "language": self.language,
            "title": self.title,
            "period_from": self.period_from.isoformat(),
            "period_to": self.period_to.isoformat(),
            "status": self.status,
            "created_at": self.created_at.isoformat(),
            "published_at": self.published_at.isoformat() if self.published_at else None,
            "items": self.items,
        }


def list_issues(db: Database) -> list[IssueSummary]:
    """Every issue: drafts first (newest first), then the published ones, latest first."""
    with db.session() as session:
        counts = dict(
            session.execute(
                select(NewsletterItem.issue_id, func.count()).group_by(NewsletterItem.issue_id)
            ).all()
        )
        issues = list(session.scalars(select(NewsletterIssue)))
    issues.sort(
        key=lambda i: (
            i.status != "draft",
            -(i.number or 0),
            -i.created_at.timestamp(),
            i.id,
        )
    )
    return [
        IssueSummary(
            i.id,
            i.number,
            i.language,
            i.title,
            i.period_from,
            i.period_to,
            i.status,
            i.created_at,
            i.published_at,
            int(counts.get(i.id, 0)),
        )
        for i in issues
    ]


def find_issue(db: Database, id_or_prefix: str) -> NewsletterIssue:
    """The issue whose id is ``id_or_prefix`` or starts with it (a unique prefix)."""
    wanted = id_or_prefix.strip().lower()
    if not wanted:
        raise NotFoundError("Give the id of a newsletter issue (or the first characters of it).")
    with db.session() as session:
        exact = session.get(NewsletterIssue, wanted)
        if exact is not None:
            return exact
        found = list(
            session.scalars(select(NewsletterIssue).where(NewsletterIssue.id.startswith(wanted)))
        )
    if not found:
        raise NotFoundError(
            f"No newsletter issue has an id starting with {id_or_prefix.strip()!r}."
        )
    if len(found) > 1:
        raise NewsletterError(
            f"{len(found)} newsletter issues have an id starting with "
            f"{id_or_prefix.strip()!r}; type more of the id.",
            "newsletter_ambiguous_id",
        )
    return found[0]


def issue_items(db: Database, issue_id: str) -> list[NewsletterItem]:
    with db.session() as session:
        return ordered_items(session, issue_id)


def ordered_items(session: Session, issue_id: str) -> list[NewsletterItem]:
    return list(
        session.scalars(
            select(NewsletterItem)
            .where(NewsletterItem.issue_id == issue_id)
            .order_by(NewsletterItem.position, NewsletterItem.id)
        )
    )


@dataclass(frozen=True)
class SourceState:
    """How an item's source change stands now."""

    quotable: bool  # the partner allows it to be quoted, and it is live
    anonymise: bool  # the partner asks for anonymity (now, or when its texts were taken)
    newer: bool  # the partner sent a newer version since its texts were taken


def source_states(db: Database, issue_id: str) -> dict[str, SourceState]:
    """For each change item of an issue (by item id): how its source stands now."""
    with db.session() as session:
        result = {}
        for item in ordered_items(session, issue_id):
            if item.kind != "change" or item.change_id is None:
                continue
            change = session.get(m.Change, item.change_id)
            meeting = session.get(m.Meeting, change.meeting_id) if change is not None else None
            result[item.id] = SourceState(
                quotable=quotable(change, meeting),
                anonymise=bool(item.source_anonymise or (change is not None and change.anonymise)),
                newer=bool(
                    change is not None
                    and item.source_revision is not None
                    and change.revision > item.source_revision
                ),
            )
        return result


# -- figures --------------------------------------------------------------------------------
def compute_figures(db: Database, scope: Scope) -> dict[str, Any]:
    """The period's figures as an issue keeps them (plain JSON: a published issue prints
    the figures it was published with)."""
    figures = national_figures(db, scope)
    matrix = build_matrix(db, scope, "sector", TOTAL)
    return {
        "meetings": figures.meetings,
        "individual": figures.individual,
        "group": figures.group,
        "participants": figures.participants,
        "partners": [p.name for p in figures.partners],
        "regions": figures.regions,
        "changes": figures.changes,
        "by_sector": [
            [key, matrix.row_totals[key].changes]
            for key in matrix.row_keys
            if matrix.row_totals[key].changes
        ],
    }


# -- making a draft -------------------------------------------------------------------------
@dataclass(frozen=True)
class Withheld:
    """A change chosen for the period that cannot enter the issue."""

    change_id: str
    title: str
    reason: str  # not_quotable


@dataclass(frozen=True)
class DraftResult:
    issue_id: str
    items: int
    withheld: list[Withheld] = field(default_factory=list)


def _check_language(language: str) -> None:
    if language not in LANGUAGES:
        raise NewsletterError(
            "A newsletter is written in Arabic (ar), French (fr) or English (en), "
            f"not {language!r}.",
            "newsletter_language",
        )


def _clean_title(title: str) -> str:
    text = " ".join(title.split())
    if not text:
        raise NewsletterError("Give the issue a title.", "newsletter_needs_title")
    if len(text) > MAX_TITLE:
        raise NewsletterError(
            f"The title is too long (at most {MAX_TITLE} characters).", "newsletter_too_long"
        )
    return text


def _clean_text(text: str, what: str) -> str:
    if len(text) > TEXT_LIMIT:
        raise NewsletterError(
            f"The {what} is too long (at most {TEXT_LIMIT} characters).", "newsletter_too_long"
        )
    return text.strip()


def _period_scope(db: Database, period_from: dt.date | None, period_to: dt.date | None) -> Scope:
    if period_from is None or period_to is None:
        raise NewsletterError(
            "Give the period of the issue: its first and its last day; nothing was written.",
            "newsletter_needs_period",
        )
    scope = Scope(period_from, period_to)
    check_scope(db, scope)
    require_meetings(db, scope)
    return scope


def _texts_from(change: m.Change, meeting: m.Meeting, anonymise: bool, why: str) -> dict[str, str]:
    """The texts of an item as taken from its change."""
    return {
        "title": change.title.strip(),
        "lead": (change.what_changed or "").strip() or change.title.strip(),
        "before": (change.before or "").strip(),
        "now": (change.now or "").strip(),
        "decided": (change.who_decided or "").strip(),
        "results": (change.results or "").strip(),
        "why": why.strip() or (change.significance or "").strip() or change.msc_reason.strip(),
        "place": place_of(change, meeting, anonymise=anonymise).text,
    }


def _change_item(
    session: Session,
    issue: NewsletterIssue,
    change_id: str,
    position: int,
    highlight: str,
    why: str,
) -> NewsletterItem:
    """A new item quoting ``change_id``; refuses a change that may not be quoted. The texts
    of an anonymised change come without the names of its meeting's people."""
    change = session.get(m.Change, change_id)
    meeting = session.get(m.Meeting, change.meeting_id) if change is not None else None
    if change is None or meeting is None:
        raise NotFoundError(f"There is no change with id {change_id}.")
    if not quotable(change, meeting):
        raise NewsletterError(
            f"The change “{change.title}” cannot enter a newsletter: "
            + (
                "it was deleted."
                if change.is_deleted or meeting.is_deleted
                else "the partner has not agreed that it may be quoted."
            ),
            "newsletter_not_quotable",
        )
    organisation = session.get(m.Organisation, meeting.organisation_id)
    texts = _texts_from(change, meeting, change.anonymise, why)
    if change.anonymise:
        mask = NameMask(people_of_meeting(session, meeting.id))
        texts = {
            name: mask.apply(text, issue.language, meeting.language) for name, text in texts.items()
        }
    return NewsletterItem(
        id=m.new_id(),
        issue_id=issue.id,
        position=position,
        kind="change",
        change_id=change.id,
        source_revision=change.revision,
        source_anonymise=change.anonymise,
        highlight=highlight,
        sector=change.sector,
        partner=organisation.name if organisation is not None else "",
        meeting_date=meeting.date,
        edited=False,
        **texts,
    )


@dataclass(frozen=True)
class _Choice:
    change_id: str
    highlight: str
    why: str


def _period_choices(db: Database, scope: Scope) -> list[_Choice]:
    """The national MSC choices, then the exemplary changes, of the period's counted
    meetings (in the catalogue's order of sectors, then by meeting date)."""
    chosen: list[_Choice] = []
    found = round_for_period(db, scope.date_from, scope.date_to)
    with db.session() as session:
        meetings, changes = counted_changes(session, scope)
        flagged = exemplary_ids(session)
    sectors = load_protocol().codes("sectors")
    order = {mid: i for i, mid in enumerate(meetings)}

    def rank(change: m.Change) -> tuple[int, int, int, str]:
        sector = sectors.index(change.sector) if change.sector in sectors else len(sectors)
        return (sector, order[change.meeting_id], change.position, change.id)

    by_id = {c.id: c for c in changes}
    if found is not None:
        picks = [
            (view.change.id, view.reason)
            for view in msc_choices(db, found.id).values()
            if view.change.id in by_id
        ]
        picks.sort(key=lambda pick: rank(by_id[pick[0]]))
        chosen += [_Choice(change_id, "msc", reason) for change_id, reason in picks]
    taken = {c.change_id for c in chosen}
    exemplary = sorted((c for c in changes if c.id in flagged and c.id not in taken), key=rank)
    chosen += [_Choice(c.id, "exemplary", "") for c in exemplary]
    return chosen


def default_title(language: str, period_from: dt.date, period_to: dt.date) -> str:
    from mra_desktop.core.newsletter.words import Words

    words = Words(language)
    return words.t("default_title", period=words.period(period_from, period_to))


def create_draft(
    db: Database,
    *,
    language: str,
    period_from: dt.date | None,
    period_to: dt.date | None,
    title: str | None = None,
    editorial: str = "",
    created_by: str = "",
    issue_id: str | None = None,
    now: dt.datetime | None = None,
) -> DraftResult:
    """A new draft for the period, pre-filled (see the module notes)."""
    _check_language(language)
    scope = _period_scope(db, period_from, period_to)
    assert period_from is not None and period_to is not None
    name = _clean_title(
        title if title is not None else default_title(language, period_from, period_to)
    )
    text = _clean_text(editorial, "editorial")
    figures = compute_figures(db, scope)
    choices = _period_choices(db, scope)
    withheld: list[Withheld] = []
    stamp = now or m.utcnow()
    with db.transaction() as session:
        issue = NewsletterIssue(
            id=issue_id or m.new_id(),
            number=None,
            language=language,
            title=name,
            editorial=text,
            period_from=period_from,
            period_to=period_to,
            status="draft",
            figures=figures,
            created_at=stamp,
            created_by=" ".join(created_by.split())[:200],
            updated_at=stamp,
            published_at=None,
            published_by="",
        )
        session.add(issue)
        session.flush()
        items: list[NewsletterItem] = [
            NewsletterItem(id=m.new_id(), issue_id=issue.id, position=0, kind="figures")
        ]
        for choice in choices:
            try:
                items.append(
                    _change_item(
                        session, issue, choice.change_id, len(items), choice.highlight, choice.why
                    )
                )
            except NewsletterError:
                change = session.get(m.Change, choice.change_id)
                withheld.append(
                    Withheld(choice.change_id, change.title if change else "", "not_quotable")
                )
        session.add_all(items)
        return DraftResult(issue.id, len(items), withheld)


# -- editing a draft -----------------------------------------------------------------------
def _draft(session: Session, issue_id: str) -> NewsletterIssue:
    issue = session.get(NewsletterIssue, issue_id)
    if issue is None:
        raise NotFoundError(f"There is no newsletter issue with id {issue_id}.")
    if issue.status != "draft":
        raise NewsletterError(
            f"Issue {issue.number} was published; a published issue cannot be changed.",
            "newsletter_frozen",
        )
    return issue


def _item_of_draft(session: Session, item_id: str) -> tuple[NewsletterItem, NewsletterIssue]:
    item = session.get(NewsletterItem, item_id)
    if item is None:
        raise NotFoundError(f"There is no newsletter item with id {item_id}.")
    return item, _draft(session, item.issue_id)


def _renumber(session: Session, issue_id: str, ordered: Iterable[NewsletterItem]) -> None:
    for position, item in enumerate(ordered):
        if item.position != position:
            item.position = position


def update_issue(
    db: Database,
    issue_id: str,
    *,
    title: str | None = None,
    editorial: str | None = None,
    language: str | None = None,
    period_from: dt.date | None = None,
    period_to: dt.date | None = None,
) -> bool:
    """Change a draft's title, editorial, language or period (a new period recomputes its
    figures). Returns whether anything changed."""
    values: dict[str, Any] = {}
    if title is not None:
        values["title"] = _clean_title(title)
    if editorial is not None:
        values["editorial"] = _clean_text(editorial, "editorial")
    if language is not None:
        _check_language(language)
        values["language"] = language
    with db.session() as session:
        current = _draft(session, issue_id)
        start = period_from or current.period_from
        end = period_to or current.period_to
        period_changed = (start, end) != (current.period_from, current.period_to)
    if period_changed:
        scope = _period_scope(db, start, end)
        values.update(period_from=start, period_to=end, figures=compute_figures(db, scope))
    with db.transaction() as session:
        issue = _draft(session, issue_id)
        changed = {k: v for k, v in values.items() if getattr(issue, k) != v}
        for name, value in changed.items():
            setattr(issue, name, value)
        if changed:
            issue.updated_at = m.utcnow()
        return bool(changed)


def refresh_figures(db: Database, issue_id: str) -> bool:
    """Count a draft's figures again (new approvals since it was made)."""
    with db.session() as session:
        issue = _draft(session, issue_id)
        scope = Scope(issue.period_from, issue.period_to)
    figures = compute_figures(db, scope)
    with db.transaction() as session:
        issue = _draft(session, issue_id)
        if issue.figures == figures:
            return False
        issue.figures = figures
        issue.updated_at = m.utcnow()
        return True


def add_change(
    db: Database,
    issue_id: str,
    change_id: str,
    *,
    position: int | None = None,
    highlight: str = "",
    why: str = "",
) -> str:
    """Put a change in a draft (at the end, or at ``position``); refuses a change the
    partner has not allowed to be quoted. Returns the new item's id."""
    if highlight not in HIGHLIGHTS:
        raise NewsletterError(f"Unknown highlight {highlight!r}.", "newsletter_invalid")
    with db.transaction() as session:
        issue = _draft(session, issue_id)
        items = ordered_items(session, issue_id)
        if any(i.change_id == change_id for i in items):
            raise NewsletterError("This change is already in the issue.", "newsletter_duplicate")
        item = _change_item(session, issue, change_id, len(items), highlight, why)
        session.add(item)
        at = len(items) if position is None else max(0, min(position, len(items)))
        items.insert(at, item)
        _renumber(session, issue_id, items)
        _touch(session, issue_id)
        return item.id


def add_figures(db: Database, issue_id: str, *, position: int = 0) -> str:
    """Put the figures back in a draft (an issue shows them once)."""
    with db.transaction() as session:
        _draft(session, issue_id)
        items = ordered_items(session, issue_id)
        existing = next((i for i in items if i.kind == "figures"), None)
        if existing is not None:
            return existing.id
        item = NewsletterItem(id=m.new_id(), issue_id=issue_id, kind="figures")
        session.add(item)
        items.insert(max(0, min(position, len(items))), item)
        _renumber(session, issue_id, items)
        _touch(session, issue_id)
        return item.id


def remove_item(db: Database, item_id: str) -> None:
    """Take an item out of a draft (its change stays as it is; it can be added again)."""
    with db.transaction() as session:
        item, issue = _item_of_draft(session, item_id)
        session.delete(item)
        session.flush()
        _renumber(session, issue.id, ordered_items(session, issue.id))
        _touch(session, issue.id)


def move_item(db: Database, item_id: str, new_position: int) -> None:
    """Put an item at ``new_position`` (0 first) among its draft's items."""
    with db.transaction() as session:
        item, issue = _item_of_draft(session, item_id)
        others = [i for i in ordered_items(session, issue.id) if i.id != item.id]
        others.insert(max(0, min(new_position, len(others))), item)
        _renumber(session, issue.id, others)
        _touch(session, issue.id)


def edit_item(db: Database, item_id: str, **texts: str) -> bool:
    """Change texts of a change item (``title``, ``lead``, ``before``, ``now``,
    ``decided``, ``results``, ``why``, ``place``). The item keeps its link to its change;
    the change itself is not written. Returns whether anything changed."""
    unknown = sorted(set(texts) - set(ITEM_TEXTS))
    if unknown:
        raise NewsletterError(f"An item has no text called {unknown[0]!r}.", "newsletter_invalid")
    cleaned = {name: _clean_text(value, "text") for name, value in texts.items()}
    if "title" in cleaned and not cleaned["title"]:
        raise NewsletterError("An item needs a title.", "newsletter_needs_title")
    with db.transaction() as session:
        item, issue = _item_of_draft(session, item_id)
        if item.kind != "change":
            raise NewsletterError(
                "The figures are counted, not written: refresh them instead.",
                "newsletter_invalid",
            )
        changed = {k: v for k, v in cleaned.items() if getattr(item, k) != v}
        for name, value in changed.items():
            setattr(item, name, value)
        if changed:
            item.edited = True
            _touch(session, issue.id)
        return bool(changed)


def reload_item(db: Database, item_id: str) -> None:
    """Take an item's texts from its change again (as it is now), dropping MRA's edits."""
    with db.transaction() as session:
        item, issue = _item_of_draft(session, item_id)
        if item.kind != "change" or item.change_id is None:
            return
        # the panel's reason is MRA's own text: found again in the national round
        why = _msc_reason(session, item.change_id) if item.highlight == "msc" else ""
        fresh = _change_item(session, issue, item.change_id, item.position, item.highlight, why)
        for name in (
            *ITEM_TEXTS,
            "source_revision",
            "source_anonymise",
            "partner",
            "meeting_date",
            "sector",
        ):
            setattr(item, name, getattr(fresh, name))
        item.edited = False
        _touch(session, issue.id)


def _msc_reason(session: Session, change_id: str) -> str:
    reason = session.scalar(
        select(MscChoice.reason)
        .where(MscChoice.change_id == change_id)
        .order_by(MscChoice.chosen_at.desc())
        .limit(1)
    )
    return reason or ""


def candidates(db: Database, issue_id: str) -> list[tuple[m.Change, str, dt.date | None]]:
    """Changes that may still be added to a draft: of the period's counted meetings, that
    the partner allows to be quoted, not in the issue yet; with the partner's name and the
    meeting's date."""
    with db.session() as session:
        issue = _draft(session, issue_id)
        scope = Scope(issue.period_from, issue.period_to)
        taken = {i.change_id for i in ordered_items(session, issue.id) if i.change_id}
        meetings, changes = counted_changes(session, scope, m.Change.may_be_quoted.is_(True))
    return [
        (c, meetings[c.meeting_id].partner, meetings[c.meeting_id].date)
        for c in changes
        if c.id not in taken
    ]


def _touch(session: Session, issue_id: str) -> None:
    issue = session.get(NewsletterIssue, issue_id)
    if issue is not None:
        issue.updated_at = m.utcnow()


# -- publishing -----------------------------------------------------------------------------
def publish(db: Database, issue_id: str, *, by: str = "", now: dt.datetime | None = None) -> int:
    """Publish a draft: it gets the next number and today's date, and is frozen. Refused
    while an item quotes a change that may no longer be quoted."""
    with db.transaction() as session:
        issue = _draft(session, issue_id)
        items = ordered_items(session, issue.id)
        if not any(i.kind == "change" for i in items):
            raise NewsletterError(
                "An issue needs at least one change before it is published.",
                "newsletter_empty",
            )
        for item in items:
            if item.kind != "change":
                continue
            change = session.get(m.Change, item.change_id) if item.change_id else None
            meeting = session.get(m.Meeting, change.meeting_id) if change is not None else None
            if not quotable(change, meeting):
                raise NewsletterError(
                    f"The item “{item.title}” quotes a change the partner no longer allows "
                    "to be quoted (or deleted); remove it, then publish.",
                    "newsletter_consent_withdrawn",
                )
        last = session.scalar(select(func.max(NewsletterIssue.number)))
        issue.number = int(last or 0) + 1
        issue.status = "published"
        issue.published_at = now or m.utcnow()
        issue.published_by = " ".join(by.split())[:200]
        issue.updated_at = issue.published_at
        return issue.number


def delete_draft(db: Database, issue_id: str) -> None:
    """Delete a draft and its items (a published issue stays, as it was sent)."""
    with db.transaction() as session:
        issue = _draft(session, issue_id)
        for item in ordered_items(session, issue.id):
            session.delete(item)
        session.flush()
        session.delete(issue)
