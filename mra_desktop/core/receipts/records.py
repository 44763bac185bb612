"""What receipts leave in a database.

At MRA, :class:`WrittenReceipt`: each receipt written, for which import and partner, with
its number (a later receipt has a higher one). At a partner, :class:`ReceivedReceipt`:
each receipt imported, with what it said; and :class:`MraReview`: per meeting, MRA's
review as the newest receipt told it, which the meetings list shows.

None of them is a synchronised record: they never travel in a sync file (the exporter
and the importer only know :data:`mra_desktop.core.models.RECORD_TYPES`) and an import
never writes them. They name meetings by id, without a foreign key: a receipt may
describe a meeting of the partner that another of its devices holds.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, Boolean, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from mra_desktop.core.models import Base, UTCDateTime, utcnow


class WrittenReceipt(Base):
    """MRA's side: one receipt written for a partner."""

    __tablename__ = "mra_receipt"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)  # the receipt's id
    number: Mapped[int] = mapped_column(Integer, unique=True)
    written_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)
    import_id: Mapped[str] = mapped_column(ForeignKey("import_log.id"), index=True)
    organisation_id: Mapped[str] = mapped_column(String(36))
    organisation_name: Mapped[str] = mapped_column(Text, default="")
    file_name: Mapped[str] = mapped_column(String(255))
    file_sha256: Mapped[str] = mapped_column(String(64))
    meeting_count: Mapped[int] = mapped_column(Integer, default=0)
    #: the fingerprints of the devices it was encrypted for
    recipients: Mapped[list[str]] = mapped_column(JSON, default=list)


class ReceivedReceipt(Base):
    """A partner's side: one receipt from MRA, imported."""

    __tablename__ = "partner_receipt"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)  # the receipt's id
    number: Mapped[int] = mapped_column(Integer)
    issued_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    imported_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow, index=True)
    file_name: Mapped[str] = mapped_column(String(255))
    file_sha256: Mapped[str] = mapped_column(String(64))
    #: MRA's signing key (SHA-256 of the raw key) and its fingerprint
    signer_key_id: Mapped[str] = mapped_column(String(64))
    signer_fingerprint: Mapped[str] = mapped_column(String(40))
    organisation_id: Mapped[str] = mapped_column(String(36))
    for_import_id: Mapped[str] = mapped_column(String(36), default="")
    #: what the receipt said: its files and meetings (the payload, as checked)
    content: Mapped[dict[str, Any]] = mapped_column(JSON)


class MraReview(Base):
    """A partner's side: MRA's review of one of the partner's meetings, as the newest
    receipt that described it said it."""

    __tablename__ = "partner_mra_review"

    meeting_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    receipt_id: Mapped[str] = mapped_column(ForeignKey("partner_receipt.id"), index=True)
    #: the receipt's number, time and signer: what "newer" is decided on
    number: Mapped[int] = mapped_column(Integer)
    issued_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    signer_key_id: Mapped[str] = mapped_column(String(64))
    title: Mapped[str] = mapped_column(String(200), default="")
    state: Mapped[str] = mapped_column(String(20))
    #: the partner sent a new version after MRA set the state
    changed_since_review: Mapped[bool] = mapped_column(Boolean, default=False)
    comment: Mapped[str] = mapped_column(Text, default="")
    state_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), default=None)
    #: the national most significant changes chosen among the meeting's changes
    national_msc: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)


#: the tables receipts add, never part of a sync file
RECEIPT_TABLES = (WrittenReceipt, ReceivedReceipt, MraReview)
