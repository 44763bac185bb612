"""What receipts from MRA said, as the partner's screens show it: the receipts imported
here and, per meeting, MRA's review as the newest receipt told it.

Only SQL and plain data (no cryptography): the meetings list reads it at start.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from mra_desktop.core.database import Database
from mra_desktop.core.receipts.records import MraReview, ReceivedReceipt
from mra_desktop.core.text import shown, shown_text


@dataclass(frozen=True)
class ReceiptFile:
    """One sync file of the partner's that MRA imported, as a receipt tells it."""

    import_id: str
    file_name: str  # shown safe
    exported_at: dt.datetime | None
    imported_at: dt.datetime
    undone_at: dt.datetime | None
    counts: dict[str, int]  # new, updated, unchanged, conflicts, deleted


@dataclass(frozen=True)
class NationalMsc:
    round_title: str
    domain_axis: str  # sector | category
    domain: str  # a sector or change_class code
    change_id: str
    change_title: str
    reason: str
    chosen_at: dt.datetime


@dataclass(frozen=True)
class ReviewView:
    """MRA's review of one of the partner's meetings, as a receipt told it."""

    meeting_id: str
    title: str
    date: dt.date | None
    state: str  # received | reviewed | approved | has_issues
    changed_since_review: bool
    comment: str
    state_at: dt.datetime | None
    national_msc: tuple[NationalMsc, ...]
    receipt_id: str = ""
    issued_at: dt.datetime | None = None

    @property
    def shown_state(self) -> str:
        """The state a list shows: "changed" once a newer version reached MRA."""
        return "changed" if self.changed_since_review else self.state


@dataclass(frozen=True)
class ReceiptView:
    """A receipt imported into this database."""

    id: str
    number: int
    issued_at: dt.datetime
    imported_at: dt.datetime
    file_name: str
    signer_fingerprint: str
    for_import_id: str
    files: tuple[ReceiptFile, ...]
    meetings: tuple[ReviewView, ...]

    @property
    def for_file(self) -> ReceiptFile | None:
        return next((f for f in self.files if f.import_id == self.for_import_id), None)


def parse_time(text: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(text) if text else None


def review_view(entry: Any, receipt_id: str, issued_at: dt.datetime) -> ReviewView:
    return ReviewView(
        meeting_id=entry["id"],
        title=shown(entry["title"]),
        date=dt.date.fromisoformat(entry["date"]) if entry.get("date") else None,
        state=entry["review"]["state"],
        changed_since_review=bool(entry["review"]["changed_since_review"]),
        comment=shown_text(entry["review"]["comment"]),
        state_at=parse_time(entry["review"]["state_at"]),
        national_msc=tuple(_msc(c) for c in entry["national_msc"]),
        receipt_id=receipt_id,
        issued_at=issued_at,
    )


def _msc(choice: dict[str, Any]) -> NationalMsc:
    return NationalMsc(
        round_title=shown(choice["round_title"]),
        domain_axis=choice["domain_axis"],
        domain=choice["domain"],
        change_id=choice["change_id"],
        change_title=shown(choice["change_title"]),
        reason=shown_text(choice["reason"]),
        chosen_at=dt.datetime.fromisoformat(choice["chosen_at"]),
    )


def receipt_view(record: ReceivedReceipt) -> ReceiptView:
    content = record.content
    files = tuple(
        ReceiptFile(
            import_id=f["import_id"],
            file_name=shown(f["file_name"]),
            exported_at=parse_time(f["exported_at"]),
            imported_at=dt.datetime.fromisoformat(f["imported_at"]),
            undone_at=parse_time(f["undone_at"]),
            counts=dict(f["counts"]),
        )
        for f in content["files"]
    )
    meetings = tuple(review_view(e, record.id, record.issued_at) for e in content["meetings"])
    return ReceiptView(
        id=record.id,
        number=record.number,
        issued_at=record.issued_at,
        imported_at=record.imported_at,
        file_name=shown(record.file_name),
        signer_fingerprint=record.signer_fingerprint,
        for_import_id=content["for_import_id"],
        files=files,
        meetings=meetings,
    )


def received_receipts(db: Database) -> list[ReceiptView]:
    """The receipts imported here, newest first."""
    with db.session() as session:
        rows = session.scalars(
            select(ReceivedReceipt).order_by(
                ReceivedReceipt.number.desc(), ReceivedReceipt.issued_at.desc()
            )
        ).all()
        return [receipt_view(r) for r in rows]


def mra_reviews(db: Database, meeting_ids: list[str] | None = None) -> dict[str, ReviewView]:
    """MRA's review of each meeting a receipt described (of ``meeting_ids`` when given)."""
    with db.session() as session:
        query = select(MraReview)
        if meeting_ids is not None:
            query = query.where(MraReview.meeting_id.in_(meeting_ids))
        return {
            r.meeting_id: ReviewView(
                meeting_id=r.meeting_id,
                title=shown(r.title),
                date=None,
                state=r.state,
                changed_since_review=r.changed_since_review,
                comment=shown_text(r.comment),
                state_at=r.state_at,
                national_msc=tuple(_msc(c) for c in r.national_msc or []),
                receipt_id=r.receipt_id,
                issued_at=r.issued_at,
            )
            for r in session.scalars(query)
        }


def has_receipts(db: Database) -> bool:
    with db.session() as session:
        return session.scalar(select(ReceivedReceipt.id).limit(1)) is not None
