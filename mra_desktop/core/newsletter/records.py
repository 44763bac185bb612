"""MRA's newsletter issues and their items: MRA's own records, like its reviews (see
:mod:`mra_desktop.core.mra_records`): they never travel in a sync file and no import
writes them. An item that quotes a change points at it by id and keeps the texts MRA
edited; the change itself is never written by the newsletter.
"""

# (no ``from __future__ import annotations``: see models.py)

import datetime as dt
from typing import Any

from sqlalchemy import JSON, Boolean, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from mra_desktop.core.models import Base, UTCDateTime, new_id, utcnow

#: an issue is a draft until it is published; a published issue is frozen
ISSUE_STATES = ("draft", "published")
#: what an item is: a change quoted from a partner's meeting, or the period's figures
ITEM_KINDS = ("change", "figures")
#: why a change was put in the issue when the draft was made
HIGHLIGHTS = ("msc", "exemplary", "")
#: the texts of a change item that MRA may edit, in the order the issue prints them
ITEM_TEXTS = ("title", "lead", "before", "now", "decided", "results", "why", "place")


class NewsletterIssue(Base):
    """One issue of the periodic newsletter: a draft, or a published (frozen) issue with
    its number and its date."""

    __tablename__ = "mra_newsletter_issue"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    #: given when the issue is published: 1, 2, 3… in the order of publication
    number: Mapped[int | None] = mapped_column(Integer, default=None, unique=True)
    language: Mapped[str] = mapped_column(String(2), default="ar")
    title: Mapped[str] = mapped_column(String(200))
    editorial: Mapped[str] = mapped_column(Text, default="")
    period_from: Mapped[dt.date] = mapped_column(Date)
    period_to: Mapped[dt.date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(10), default="draft", index=True)
    #: the period's figures as computed when the draft was made or last refreshed
    figures: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)
    created_by: Mapped[str] = mapped_column(String(200), default="")
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)
    published_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), default=None)
    published_by: Mapped[str] = mapped_column(String(200), default="")


class NewsletterItem(Base):
    """One item of an issue, in its place: the figures, or a change with the texts the
    issue prints (pre-filled from the change, then edited by MRA)."""

    __tablename__ = "mra_newsletter_item"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    issue_id: Mapped[str] = mapped_column(ForeignKey("mra_newsletter_issue.id"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[str] = mapped_column(String(10), default="change")
    #: the change quoted (its source); None for the figures
    change_id: Mapped[str | None] = mapped_column(ForeignKey("change.id"), default=None)
    #: the change's revision when its texts were taken
    source_revision: Mapped[int | None] = mapped_column(Integer, default=None)
    #: the change's anonymise flag when its texts were taken (the stricter of this and
    #: the change's flag now applies)
    source_anonymise: Mapped[bool] = mapped_column(Boolean, default=False)
    highlight: Mapped[str] = mapped_column(String(10), default="")
    sector: Mapped[str | None] = mapped_column(String(30), default=None)
    partner: Mapped[str] = mapped_column(String(200), default="")
    meeting_date: Mapped[dt.date | None] = mapped_column(Date, default=None)
    title: Mapped[str] = mapped_column(Text, default="")
    lead: Mapped[str] = mapped_column(Text, default="")
    before: Mapped[str] = mapped_column(Text, default="")
    now: Mapped[str] = mapped_column(Text, default="")
    decided: Mapped[str] = mapped_column(Text, default="")
    results: Mapped[str] = mapped_column(Text, default="")
    why: Mapped[str] = mapped_column(Text, default="")
    place: Mapped[str] = mapped_column(Text, default="")
    #: MRA changed one of the texts (the change itself stays as the partner wrote it)
    edited: Mapped[bool] = mapped_column(Boolean, default=False)


NEWSLETTER_TABLES = (NewsletterIssue, NewsletterItem)
