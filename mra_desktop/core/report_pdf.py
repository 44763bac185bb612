"""The meeting report as a PDF, in the format the fiche technique asks for the final report.

Contents: a heading (title, partner NGO, place, date, kind / scope / format, period under
review, facilitators); the participants by sector with counts and a total (names only on
request); the five due-diligence obligations; part II, the changes grouped by sector in a
*Change | Specific goal | Tangible outcome and impact* table, then the choice of the most
significant change; part III, the *Continue | Stop | Start* action plan per sector and
level. Every page carries the organisation, the date of generation and "page X of Y".

The report's language (ar, fr, en) is chosen at export: labels come from
``resources/report/labels.json`` and the protocol catalogue in that language, while what
was typed is printed as typed. An Arabic report runs right to left throughout.

For the interface: call :func:`export_meeting_pdf` from a worker thread with a
:class:`~mra_desktop.core.progress.Progress`; ``progress.cancel()`` stops the export at
its next step and nothing is written.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mra_desktop.core import models as m
from mra_desktop.core.document_words import french_typography
from mra_desktop.core.errors import MraError, NotFoundError
from mra_desktop.core.files import FileWriteError, atomic_write_bytes
from mra_desktop.core.follow_up import PreviousPlan, previous_action_plan
from mra_desktop.core.pdf_layout import FONT_BOLD, Flowable, Row, Spacer, register_fonts
from mra_desktop.core.progress import NO_PROGRESS, Progress
from mra_desktop.core.protocol import Protocol, load_protocol
from mra_desktop.core.report_base import (
    GRID,
    HEADER_FILL,
    MARGIN_BOTTOM,
    MARGIN_SIDE,
    MARGIN_TOP,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    REPORT_LANGUAGES,
    PageSetup,
    ReportLanguageError,
    ReportWriter,
    check_language,
    render_pages,
)
from mra_desktop.core.services import Services

__all__ = [
    "GRID",
    "HEADER_FILL",
    "MARGIN_BOTTOM",
    "MARGIN_SIDE",
    "MARGIN_TOP",
    "PAGE_HEIGHT",
    "PAGE_WIDTH",
    "REPORT_LANGUAGES",
    "AmbiguousMeetingError",
    "ExportedReport",
    "ReportLanguageError",
    "export_meeting_pdf",
    "find_meeting",
    "french_typography",
    "meeting_pdf_bytes",
]


@dataclass(frozen=True)
class ExportedReport:
    """A report written to disk."""

    path: Path
    #: characters that no shipped font can draw, printed as [U+XXXX] (sorted)
    undrawable: tuple[str, ...] = ()


class AmbiguousMeetingError(MraError):
    code = "ambiguous_id"


def find_meeting(services: Services, id_or_prefix: str) -> m.Meeting:
    """The live meeting whose id is ``id_or_prefix`` or starts with it (a unique prefix)."""
    wanted = id_or_prefix.strip().lower()
    if not wanted:
        raise NotFoundError("Give the id of a meeting (or the first characters of it).")
    meetings = services.meetings.list()
    exact = [mt for mt in meetings if mt.id == wanted]
    if exact:
        return exact[0]
    found = [mt for mt in meetings if mt.id.startswith(wanted)]
    if not found:
        raise NotFoundError(f"No meeting has an id starting with {id_or_prefix.strip()!r}.")
    if len(found) > 1:
        raise AmbiguousMeetingError(
            f"{len(found)} meetings have an id starting with {id_or_prefix.strip()!r}; "
            "type more of the id."
        )
    return found[0]


# -- the report ------------------------------------------------------------------------------


@dataclass
class _Data:
    meeting: m.Meeting
    organisation: m.Organisation | None
    participants: list[m.Participant]
    changes: list[m.Change]
    actions: list[m.ActionItem]
    notes: list[m.Note]
    #: the previous meeting's action plan as this follow-up meeting found it (or none)
    previous_plan: PreviousPlan = field(default_factory=lambda: PreviousPlan(None, []))


class _Builder(ReportWriter):
    """Turns one meeting into the flowables of its report."""

    def __init__(
        self,
        data: _Data,
        protocol: Protocol,
        lang: str,
        include_names: bool,
        on_row: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(protocol, lang, on_row)
        self.data = data
        self.include_names = include_names
        self.include_notes = True

    def story(self, step: Callable[[], None]) -> list[Flowable]:
        """Every flowable of the report, in order."""
        intro = self.catalogue(self.protocol.data.get("obligations_intro", {}))
        return [
            *self.title_block(),
            *self.participants(),
            *self.obligations(self.t("obligations_heading"), intro),
            *self.good_practices(step),
            *self.action_plan(step),
            *self.previous_plan(step),
            *self.discussion(),
        ]

    def page_setup(self, generated: dt.date) -> PageSetup:
        meeting, organisation = self.data.meeting, self.data.organisation
        return PageSetup(
            header_start=organisation.name if organisation else "",
            header_end=self.t("report_title"),
            generated=generated,
            title=meeting.title,
            author=organisation.name if organisation else "",
            subject=self.t("report_title"),
            keywords=_keywords(self),
        )

    # sections
    def title_block(self) -> list[Flowable]:
        meeting, org = self.data.meeting, self.data.organisation
        story: list[Flowable] = [
            self.p(self.catalogue(self.protocol.data["title"]), self.s.kicker),
            self.p(self.t("report_title"), self.s.title.with_(size=12, leading=19, space_after=0)),
            self.p(meeting.title, self.s.title),
            Spacer(1, 6),
        ]
        place = self.join([meeting.city, meeting.region], typed=True)
        period = self.period(meeting.period_from, meeting.period_to)
        scope = self.vocab("meeting_scope", meeting.scope)
        sectors = self.join(self.vocab("sector", code) for code in meeting.sectors or [])
        facts = [
            ("partner", org.name if org else ""),
            ("place", place),
            ("date", self.date(meeting.date)),
            ("kind", self.vocab("meeting_kind", meeting.kind)),
            ("scope", scope),
            ("sectors_covered", sectors),
            ("format", self.vocab("meeting_format", meeting.format)),
            ("body", self.vocab("body", meeting.body)),
            ("period", period),
            ("facilitators", "\n".join(meeting.facilitators or [])),
        ]
        rows = [
            Row(
                [
                    [self.p(self.t(key), self.s.cell_bold)],
                    [self.p(value or self.t("not_recorded"), self.s.cell)],
                ]
            )
            for key, value in facts
            if value or key in ("partner", "place", "date", "period")
        ]
        story.append(self.table([27, 73], None, rows))
        return story

    def participants(self) -> list[Flowable]:
        heading = self.heading(self.t("participants_heading"))
        people = self.data.participants
        if not people:
            return [*heading, self.p(self.t("no_participants"), self.s.body)]
        order = {
            code: index for index, code in enumerate(self.protocol.codes("participant_sectors"))
        }
        groups: dict[str | None, list[m.Participant]] = {}
        for person in people:
            groups.setdefault(person.sector, []).append(person)
        header = [self.t("col_participant_sector"), self.t("col_role"), self.t("col_count")]
        widths = [27.0, 61.0, 12.0]
        if self.include_names:
            header.append(self.t("col_name"))
            widths = [24.0, 46.0, 10.0, 20.0]
        rows: list[Row] = []
        count_style = self.s.cell.with_(align="center")
        bold_count = self.s.cell_bold.with_(align="center")
        several = len(groups) > 1
        for sector in sorted(groups, key=lambda code: order.get(code or "", len(order))):
            members = groups[sector]
            label = self.vocab("participant_sector", sector) if sector else self.t("other_sector")
            again = [self.p(self.continued(label), self.s.cell_bold)]
            for index, person in enumerate(members):
                role: list[Flowable] = [self.p(person.role, self.s.cell.with_(space_after=0))]
                if person.institution:
                    role.append(self.p(person.institution, self.s.cell_meta))
                cells: list[list[Flowable]] = [
                    [self.p(label, self.s.cell_bold)] if index == 0 else [],
                    role,
                    [self.p(str(person.count), count_style)],
                ]
                if self.include_names:
                    cells.append([self.p(person.name, self.s.cell)] if person.name else [])
                rows.append(Row(cells, continued_first=again))
            if several and len(members) > 1:
                subtotal: list[list[Flowable]] = [
                    [],
                    [self.p(self.t("sector_total"), self.s.cell_meta)],
                    [self.p(str(sum(p.count for p in members)), bold_count)],
                ]
                if self.include_names:
                    subtotal.append([])
                rows.append(Row(subtotal, keep_with_previous=True, continued_first=again))
        total = [self.p(str(sum(person.count for person in people)), bold_count)]
        names: list[list[Flowable]] = [[]] if self.include_names else []
        rows.append(self.total_row("total", [], total, *names))
        story: list[Flowable] = [
            self.headed(heading, self.table(widths, header, rows, centred=(2,)))
        ]
        if not self.include_names:
            story.append(self.p(self.t("names_withheld"), self.s.cell_meta.with_(space_before=3)))
        return story

    def change_rows(self, step: Callable[[], None]) -> tuple[list[Row], list[tuple[str, m.Change]]]:
        rows: list[Row] = []
        numbered: list[tuple[str, m.Change]] = []
        for sector, themes in self.grouped(self.data.changes):
            number = 0  # the numbering restarts in each sector, as in MRA's report
            for index, (theme, changes) in enumerate(themes):
                bands, again = self.bands(sector, theme, index == 0)
                rows += bands
                for change in changes:
                    step()
                    number += 1
                    tag = self.t("change_number", n=number)
                    numbered.append((f"{self.sector_heading(sector)} – {tag}", change))
                    if change.msc_selected:
                        tag = f"{tag} – {self.t('msc_mark')}"
                    rows += self.change_row(change, tag, again)
        return rows, numbered

    def good_practices(self, step: Callable[[], None]) -> list[Flowable]:
        heading = self.heading(self.t("part2_heading"))
        if not self.data.changes:
            return [*heading, self.p(self.t("no_changes"), self.s.body)]
        rows, numbered = self.change_rows(step)
        story: list[Flowable] = [self.change_table(heading, rows)]
        story.append(self.p(self.t("msc_heading"), self.s.subheading, keep_with_next=True))
        chosen = [(n, c) for n, c in numbered if c.msc_selected]
        if not chosen:
            story.append(self.p(self.t("msc_none"), self.s.body))
        for number, change in chosen:
            story.append(self.p(number, self.s.cell_label, keep_with_next=True))
            story.append(
                self.p(change.title, self.s.body.with_(font=FONT_BOLD), keep_with_next=True)
            )
            if change.msc_reason.strip():
                story.append(self.p(self.t("msc_reason"), self.s.cell_label, keep_with_next=True))
                story.append(self.p(change.msc_reason, self.s.body))
        return story

    def action_plan(self, step: Callable[[], None]) -> list[Flowable]:
        heading = self.heading(self.t("part3_heading"))
        intro = self.catalogue(self.protocol.data.get("action_plan_intro", {}))
        if intro:
            heading.append(self.p(intro, self.s.body))
        actions = self.data.actions
        if not actions:
            return [*heading, self.p(self.t("no_actions"), self.s.body)]
        rows: list[Row] = []
        for sector, themes in self.grouped(actions):
            for index, (theme, items) in enumerate(themes):
                rows += self.action_rows(
                    sector, theme, index == 0, items, lambda chosen: self._action_cell(chosen, step)
                )
        return [self.action_table(heading, rows)]

    def previous_plan(self, step: Callable[[], None]) -> list[Flowable]:
        """Part III, continued: at a follow-up meeting, what became of each item of the
        previous meeting's action plan (its status and the comment made), by sector."""
        plan = self.data.previous_plan
        if plan.meeting is None or not plan.items:
            return []
        previous = plan.meeting
        title = self.t(
            "follow_up_heading",
            title=self.typed(previous.title),
            date=self.date(previous.date) or self.t("not_recorded"),
        )
        heading: list[Flowable] = [self.p(title, self.s.subheading, keep_with_next=True)]
        header = [
            self.t("col_follow_up_item"),
            self.t("col_follow_up_status"),
            self.t("col_follow_up_comment"),
        ]
        rows: list[Row] = []
        by_sector: dict[str, list[Any]] = {}
        for followed in plan.items:
            by_sector.setdefault(followed.item.sector, []).append(followed)
        for sector in self.sector_order(by_sector):
            bands, again = self.bands(sector, None, True)
            rows += bands
            for followed in by_sector[sector]:
                step()
                item = followed.item
                status = self.vocab("action_status", followed.status) or self.t("not_recorded")
                rows.append(
                    Row(
                        [
                            [
                                self.p(self.vocab("action", item.action), self.s.cell_label),
                                self.p(item.text, self.s.cell),
                            ],
                            [self.p(status, self.s.cell_bold)],
                            [self.p(followed.comment, self.s.cell)] if followed.comment.strip()
                            else [],
                        ],
                        repeat=again,
                    )
                )
        return [self.headed(heading, self.table([50, 16, 34], header, rows))]

    def _action_cell(self, items: list[m.ActionItem], step: Callable[[], None]) -> list[Flowable]:
        entries = []
        for item in items:
            step()
            meta: list[tuple[str | None, str]] = [
                (self.t(key), value.strip())
                for key, value in (("responsible", item.responsible), ("timeframe", item.timeframe))
                if value.strip()
            ]
            entries.append((item.text, meta))
        return self.bullet_cell(entries)

    def discussion(self) -> list[Flowable]:
        """The notes taken for each question of the protocol, in the protocol's order."""
        if not self.include_notes:
            return []
        notes = {n.question: n.text for n in self.data.notes if n.text.strip()}
        if not notes:
            return []
        story = self.heading(self.t("discussion_heading"))
        known = [q["code"] for q in self.protocol.questions()]
        for code in known + sorted(set(notes) - set(known)):
            if code not in notes:
                continue
            try:
                question = self.catalogue(self.protocol.question(code)["text"])
            except KeyError:
                question = code
            story.append(self.p(question, self.s.question, keep_with_next=True))
            story.append(self.p(notes[code], self.s.body))
        return story


def _load(services: Services, meeting_id: str) -> _Data:
    meeting = find_meeting(services, meeting_id)
    try:
        organisation: m.Organisation | None = services.organisations.get(meeting.organisation_id)
    except NotFoundError:
        organisation = None
    return _Data(
        meeting=meeting,
        organisation=organisation,
        participants=services.participants.for_meeting(meeting.id),
        changes=services.changes.for_meeting(meeting.id),
        actions=services.action_items.for_meeting(meeting.id),
        notes=services.notes.for_meeting(meeting.id),
        previous_plan=previous_action_plan(services, meeting.id),
    )


def meeting_pdf_bytes(
    services: Services,
    meeting_id: str,
    lang: str,
    *,
    include_names: bool = False,
    include_notes: bool = True,
    progress: Progress = NO_PROGRESS,
    generated: dt.date | None = None,
) -> bytes:
    """The report of one meeting as PDF bytes (see :func:`export_meeting_pdf`)."""
    return _meeting_pdf(
        services,
        meeting_id,
        lang,
        include_names=include_names,
        include_notes=include_notes,
        progress=progress,
        generated=generated,
    )[0]


def _meeting_pdf(
    services: Services,
    meeting_id: str,
    lang: str,
    *,
    include_names: bool,
    include_notes: bool,
    progress: Progress,
    generated: dt.date | None,
) -> tuple[bytes, tuple[str, ...]]:
    check_language(lang)
    register_fonts()
    data = _load(services, meeting_id)
    protocol = load_protocol(data.meeting.protocol_version or None)
    # One step per change and action item while the story is written, one per table row
    # while rows are measured, one per piece of the story placed on a page.
    total = 3 * (len(data.changes) + len(data.actions)) + len(data.participants) + 60
    done = 0

    def step() -> None:
        nonlocal done
        done = min(done + 1, total - 1)
        progress.step(done, total, "Laying out the report")

    progress.step(0, total, "Preparing the report")
    builder = _Builder(data, protocol, lang, include_names, on_row=step)
    builder.include_notes = include_notes
    pdf = render(builder, builder.story(step), generated or dt.date.today(), step)
    progress.step(total - 1, total, "Writing the file")
    return pdf, tuple(sorted(builder.missing))


def _keywords(builder: _Builder) -> list[str]:
    """The partner, the sectors and the period under review, for a catalogue to search."""
    meeting, organisation = builder.data.meeting, builder.data.organisation
    words = [organisation.name] if organisation else []
    words += [builder.vocab("sector", code) for code in meeting.sectors or []]
    if meeting.period_from or meeting.period_to:
        start = meeting.period_from.isoformat() if meeting.period_from else ""
        end = meeting.period_to.isoformat() if meeting.period_to else ""
        words.append(f"{start}/{end}")
    return [word for word in words if word]


def render(
    builder: _Builder, story: list[Flowable], generated: dt.date, step: Callable[[], None]
) -> bytes:
    """Lay a meeting report's story out on A4 pages with their header and footer."""
    return render_pages(builder, story, builder.page_setup(generated), step)


def export_meeting_pdf(
    services: Services,
    meeting_id: str,
    lang: str,
    path: Path | str,
    *,
    include_names: bool = False,
    include_notes: bool = True,
    progress: Progress = NO_PROGRESS,
    generated: dt.date | None = None,
) -> ExportedReport:
    """Write the report of one meeting to ``path`` in ``lang`` (ar, fr or en).

    ``meeting_id`` may be a unique prefix of the id. Participants' names appear only with
    ``include_names``. The file is written atomically: a failure or a cancel through
    ``progress`` leaves ``path`` as it was. The result names the characters that no
    shipped font could draw (printed as ``[U+XXXX]``), for the caller to warn about.
    """
    target = Path(path).expanduser()
    if not target.parent.is_dir():  # say so before the work, not after
        raise FileWriteError(f"Cannot write {target}: the folder does not exist.", path=target)
    data, undrawable = _meeting_pdf(
        services,
        meeting_id,
        lang,
        include_names=include_names,
        include_notes=include_notes,
        progress=progress,
        generated=generated,
    )
    target = atomic_write_bytes(target, data)
    progress.step(1, 1, "Done")
    return ExportedReport(target, undrawable)
