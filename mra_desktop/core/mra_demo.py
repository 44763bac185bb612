"""The demo as MRA holds it (``mra-desktop demo --mra``): the 2022 report's meetings as if
imported from the six partners' sync files, most approved, one with issues, one waiting
for approval and two not reviewed yet, exemplary changes, cell summaries, a national
Most Significant Change round, and two newsletter issues (one published, one draft) —
every screen of MRA's side can be tried at once.

It adds the ordinary demo (:mod:`.demo`) first, then marks its records as a partner's
(an import log entry per partner, the records' ``origin_import_id`` and the partner's
device), then MRA's own records from ``resources/demo/mra-demo.json``. Ids are derived
from the dataset's keys, so loading it twice adds nothing.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select, update

from mra_desktop import __version__
from mra_desktop.core import models as m
from mra_desktop.core.demo import DemoResult, demo_id, load_demo, load_demo_data
from mra_desktop.core.mra_records import (
    CellSummary,
    ChangeFlag,
    MeetingReview,
    MscChoice,
    MscRound,
    ReviewEvent,
)
from mra_desktop.core.resources import resource_path
from mra_desktop.core.services import Services

CHILDREN = (m.Participant, m.Change, m.ActionItem, m.Note)


@dataclass
class MraDemoResult:
    demo: DemoResult
    added: dict[str, int] = field(default_factory=dict)

    def total_added(self) -> int:
        return self.demo.total_added() + sum(self.added.values())

    def count(self, what: str) -> None:
        self.added[what] = self.added.get(what, 0) + 1


def load_mra_demo_data() -> dict[str, Any]:
    with resource_path("demo", "mra-demo.json").open(encoding="utf-8") as handle:
        data: dict[str, Any] = json.load(handle)
    return data


def _when(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


def load_mra_demo(services: Services) -> MraDemoResult:
    """Add what is missing of MRA's demo (the partners' demo records included)."""
    result = MraDemoResult(load_demo(services))
    demo = load_demo_data()
    data = load_mra_demo_data()
    meetings_of: dict[str, list[str]] = {}
    for meeting in demo["meetings"]:
        meetings_of.setdefault(meeting["organisation"], []).append(
            demo_id("meeting", meeting["key"])
        )
    with services.db.transaction() as session:
        for entry in data["imports"]:
            key = entry["organisation"]
            import_id = demo_id("import", key)
            device = demo_id("device", key)
            org_id = demo_id("organisation", key)
            meeting_ids = meetings_of.get(key, [])
            if session.get(m.ImportLog, import_id) is None:
                organisation = session.get(m.Organisation, org_id)
                records = 1 + len(meeting_ids)
                for child in CHILDREN:
                    records += int(
                        session.scalar(
                            select(func.count())
                            .select_from(child)
                            .where(child.meeting_id.in_(meeting_ids))
                        )
                        or 0
                    )
                session.add(
                    m.ImportLog(
                        id=import_id,
                        imported_at=_when(entry["imported_at"]),
                        file_name=entry["file_name"],
                        file_sha256=hashlib.sha256(f"mra-demo/{key}".encode()).hexdigest(),
                        file_size=40_000 + 1_000 * records,
                        source_organisation=organisation.name if organisation else key,
                        source_device_id=device,
                        exported_at=_when(entry["exported_at"]),
                        app_version=__version__,
                        encrypted=True,
                        new_count=records,
                    )
                )
                result.count("import")
            marks = {"origin_import_id": import_id, "device_id": device}
            session.execute(
                update(m.Organisation)
                .where(m.Organisation.id == org_id, m.Organisation.origin_import_id.is_(None))
                .values(**marks)
            )
            session.execute(
                update(m.Meeting)
                .where(m.Meeting.id.in_(meeting_ids), m.Meeting.origin_import_id.is_(None))
                .values(**marks)
            )
            for child in CHILDREN:
                session.execute(
                    update(child)
                    .where(child.meeting_id.in_(meeting_ids), child.origin_import_id.is_(None))
                    .values(**marks)
                )
        reviewers = data["reviewers"]
        for review in data["reviews"]:
            meeting_id = demo_id("meeting", review["meeting"])
            if session.get(MeetingReview, meeting_id) is not None:
                continue
            state = comment = reviewer = ""
            at = None
            for step, (state, comment, who, when) in enumerate(review["steps"]):
                reviewer, at = reviewers[who], _when(when)
                session.add(
                    ReviewEvent(
                        id=demo_id("review", review["meeting"], str(step)),
                        meeting_id=meeting_id,
                        state=state,
                        comment=comment,
                        reviewer=reviewer,
                        at=at,
                    )
                )
            session.add(
                MeetingReview(
                    meeting_id=meeting_id,
                    state=state,
                    comment=comment,
                    reviewer=reviewer,
                    state_at=at,
                    updated_at=at,
                )
            )
            result.count("review")
        for meeting_key, change_key in data["exemplary"]:
            change_id = demo_id("change", meeting_key, change_key)
            if session.get(ChangeFlag, change_id) is None:
                session.add(
                    ChangeFlag(
                        change_id=change_id,
                        exemplary=True,
                        flagged_by=reviewers[0],
                        flagged_at=_when("2022-08-12T10:00:00+00:00"),
                    )
                )
                result.count("exemplary")
        for summary in data["summaries"]:
            summary_id = demo_id("summary", summary["row_axis"], summary["row_key"])
            if session.get(CellSummary, summary_id) is None:
                session.add(
                    CellSummary(
                        id=summary_id,
                        row_axis=summary["row_axis"],
                        row_key=summary["row_key"],
                        column_axis="total",
                        column_key="",
                        text=summary["text"],
                        author=reviewers[0],
                        updated_at=_when("2022-08-12T11:00:00+00:00"),
                    )
                )
                result.count("summary")
        spec = data["msc_round"]
        round_id = demo_id("msc_round", spec["key"])
        if session.get(MscRound, round_id) is None:
            session.add(
                MscRound(
                    id=round_id,
                    title=spec["title"],
                    period_from=dt.date.fromisoformat(spec["period_from"]),
                    period_to=dt.date.fromisoformat(spec["period_to"]),
                    domain_axis="sector",
                    created_by=spec["created_by"],
                    created_at=_when(spec["created_at"]),
                )
            )
            session.flush()
            result.count("msc_round")
        for choice in spec["choices"]:
            choice_id = demo_id("msc_choice", spec["key"], choice["domain"])
            if session.get(MscChoice, choice_id) is None:
                session.add(
                    MscChoice(
                        id=choice_id,
                        round_id=round_id,
                        domain_key=choice["domain"],
                        change_id=demo_id("change", choice["meeting"], choice["change"]),
                        reason=choice["reason"],
                        dissent=choice["dissent"],
                        chosen_by=choice["by"],
                        chosen_at=_when(choice["at"]),
                    )
                )
                result.count("msc_choice")
    for issue in data.get("newsletter", []):
        if _load_issue(services, issue):
            result.count("newsletter_issue")
    return result


def _load_issue(services: Services, spec: dict[str, Any]) -> bool:
    """One newsletter issue of the demo, made as MRA makes one: a draft for its period,
    its items edited and added, then published if the demo says so."""
    from mra_desktop.core.newsletter import issues
    from mra_desktop.core.newsletter.records import NewsletterIssue

    db = services.db
    issue_id = demo_id("newsletter", spec["key"])
    with db.session() as session:
        if session.get(NewsletterIssue, issue_id) is not None:
            return False
    issues.create_draft(
        db,
        language=spec["language"],
        period_from=dt.date.fromisoformat(spec["period_from"]),
        period_to=dt.date.fromisoformat(spec["period_to"]),
        title=spec["title"],
        editorial=spec["editorial"],
        created_by=spec["created_by"],
        issue_id=issue_id,
        now=_when(spec["created_at"]),
    )

    def item_of(meeting: str, change: str) -> str:
        change_id = demo_id("change", meeting, change)
        return next(i.id for i in issues.issue_items(db, issue_id) if i.change_id == change_id)

    for added in spec.get("add", []):
        change_id = demo_id("change", added["meeting"], added["change"])
        item_id = issues.add_change(db, issue_id, change_id)
        if "after" in added:
            after = item_of(added["meeting"], added["after"])
            position = next(i.position for i in issues.issue_items(db, issue_id) if i.id == after)
            issues.move_item(db, item_id, position + 1)
    for edit in spec.get("edits", []):
        issues.edit_item(db, item_of(edit["meeting"], edit["change"]), **edit["texts"])
    if "published_at" in spec:
        issues.publish(db, issue_id, by=spec["published_by"], now=_when(spec["published_at"]))
    return True
