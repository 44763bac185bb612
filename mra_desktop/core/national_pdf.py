"""MRA's national report as a PDF, in the shape of MRA's 2022 report.

Contents, every figure computed from the counted meetings (:mod:`.national`):

* a cover: the period, the meetings (individual / group), participants, partner NGOs,
  regions, places, good practices and action-plan items, and which meetings count;
* the introduction: the figures in a sentence, the partner NGOs with their places and
  counts, the detailed table of participants by authority (the roles that came, the
  participants by sector, totals), and good practices and action-plan items by sector;
* part I, the five due-diligence obligations (the protocol catalogue);
* part II, good practices by sector and sub-theme (*Change | Specific goal | Tangible
  outcome and impact*), each citing its meeting (partner, place, date), with the summaries
  MRA wrote for a sector or a sub-theme, the changes MRA flagged as exemplary marked and
  described in full; then the national Most Significant Change choices with their
  reasons and dissent;
* part III, *Continue | Stop | Start* by sector, sub-theme and level, an item raised by
  several meetings printed once with the number of meetings that raised it.

It is written by the same :class:`~.report_base.ReportWriter` as the meeting report: the
same bidi layer, fonts, page rules and typography, in Arabic, French or English. For the
interface: call :func:`export_national_pdf` from a worker thread with a
:class:`~mra_desktop.core.progress.Progress`; a cancel writes nothing.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from mra_desktop.core import models as m
from mra_desktop.core.database import Database
from mra_desktop.core.files import FileWriteError, atomic_write_bytes
from mra_desktop.core.msc import ChoiceView, RoundView, candidates, choices, round_for_period
from mra_desktop.core.national import (
    ActionPlanGroup,
    MeetingFacts,
    MergedItem,
    NationalFigures,
    ParticipantsTable,
    Scope,
    SectorGroup,
    action_plan,
    check_scope,
    good_practices,
    national_figures,
    participants_by_authority,
    partner_names_of,
    require_meetings,
)
from mra_desktop.core.pdf_layout import FONT_BOLD, Flowable, PageBreak, Row, Spacer, register_fonts
from mra_desktop.core.progress import NO_PROGRESS, Progress
from mra_desktop.core.protocol import Protocol, load_protocol
from mra_desktop.core.report_base import (
    TOTAL_FILL,
    BulletEntry,
    PageSetup,
    ReportWriter,
    check_language,
    render_pages,
)

__all__ = ["ExportedNationalReport", "NationalData", "export_national_pdf", "load_national"]


@dataclass(frozen=True)
class ExportedNationalReport:
    """A national report written to disk, and what it counted."""

    path: Path
    meetings: int
    changes: int
    action_items: int  # items raised, once per meeting that raised each
    #: characters that no shipped font can draw, printed as [U+XXXX] (sorted)
    undrawable: tuple[str, ...] = ()


@dataclass(frozen=True)
class MscSection:
    """The national MSC round of the report's period, and its choices among the changes
    this report prints."""

    round: RoundView
    choices: list[ChoiceView]
    candidates: dict[str, int]  # per domain: the changes the meetings chose


@dataclass(frozen=True)
class NationalData:
    scope: Scope
    figures: NationalFigures
    people: ParticipantsTable
    practices: list[SectorGroup]
    plan: list[ActionPlanGroup]
    msc: MscSection | None
    partner_filter: list[str]  # the names of the partners chosen (none: every partner)

    @property
    def raised(self) -> int:
        """Action-plan items raised, once per meeting that raised each."""
        return sum(e.meeting_count for g in self.plan for v in g.items.values() for e in v)

    @property
    def distinct(self) -> int:
        return sum(g.item_count for g in self.plan)

    def period(self) -> tuple[dt.date | None, dt.date | None]:
        """The period the report covers: the one asked for, or else the meetings' dates."""
        return (
            self.scope.date_from or self.figures.first_date,
            self.scope.date_to or self.figures.last_date,
        )


def load_national(db: Database, scope: Scope) -> NationalData:
    """Everything the report prints; refuses a scope that is reversed, names an unknown
    partner or counts no meeting."""
    check_scope(db, scope)
    require_meetings(db, scope)
    figures = national_figures(db, scope)
    practices = good_practices(db, scope)
    plan = action_plan(db, scope)
    with db.session() as session:
        chosen_names = partner_names_of(session, set(scope.partner_ids))
    data = NationalData(
        scope,
        figures,
        participants_by_authority(db, scope),
        practices,
        plan,
        None,
        sorted(chosen_names.values(), key=str.casefold),
    )
    found = round_for_period(db, *data.period())
    if found is None:
        return data
    printed = {e.change.id for g in practices for s in g.subthemes for e in s.changes}
    picked = [c for c in choices(db, found.id).values() if c.change.id in printed]
    pool = candidates(db, found.id, all_states=scope.all_states)
    section = MscSection(found, picked, {key: len(changes) for key, changes in pool.items()})
    return NationalData(scope, figures, data.people, practices, plan, section, data.partner_filter)


class _NationalBuilder(ReportWriter):
    """Turns the counted meetings into the flowables of the national report."""

    label_files = ("labels", "national")

    def __init__(
        self,
        data: NationalData,
        protocol: Protocol,
        lang: str,
        on_row: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(protocol, lang, on_row)
        self.data = data
        self.numbers: dict[str, tuple[str, str]] = {}  # change id → (sector, "Change 3")

    def story(self, step: Callable[[], None]) -> list[Flowable]:
        return [
            *self.cover(),
            PageBreak(),
            *self.introduction(),
            *self.obligations(self.t("obligations_heading"), self.t("national_obligations_intro")),
            *self.good_practices(step),
            *self.national_msc(),
            *self.action_plan(step),
        ]

    def page_setup(self, generated: dt.date) -> PageSetup:
        start, end = self.data.period()
        keywords = [*(p.name for p in self.data.figures.partners), *self.data.figures.regions]
        if start and end:
            keywords.append(f"{start.isoformat()}/{end.isoformat()}")
        return PageSetup(
            header_start=self.t("publisher"),
            header_end=self.t("national_title"),
            generated=generated,
            title=f"{self.t('national_title')} – {self.t('national_subtitle')}",
            author=self.t("publisher"),
            subject=self.period(start, end),
            keywords=keywords,
        )

    # words
    def held(self) -> str:
        """When the counted meetings were held ("between 17 June 2021 and 28 July 2022")."""
        first, last = self.data.figures.first_date, self.data.figures.last_date
        if first and last and first != last:
            return self.t("between", start=self.date(first), end=self.date(last))
        return self.t("on_day", date=self.date(first or last)) if first or last else ""

    def meetings_phrase(self) -> str:
        figures = self.data.figures
        return self.t(
            "meetings_value",
            meetings=self.plural("n_meetings", figures.meetings),
            individual=self.plural("n_individual", figures.individual),
            group=self.plural("n_group", figures.group),
        )

    def items_phrase(self) -> str:
        """The action-plan items raised, and how many remain once identical ones merge."""
        raised = self.plural("n_items", self.data.raised)
        if self.data.distinct == self.data.raised:
            return raised
        return self.t(
            "items_value", raised=raised, distinct=self.plural("n_items", self.data.distinct)
        )

    def citation(self, meeting: MeetingFacts) -> str:
        """Which meeting a change comes from: partner, place, date."""
        where = self.join([meeting.partner, meeting.city], typed=True)
        return self.join_lines(where, self.date(meeting.date))

    def number_cell(self, value: int, bold: bool = False) -> list[Flowable]:
        style = self.s.cell_bold if bold else self.s.cell
        return [self.p(str(value), style.with_(align="center"))]

    # the cover
    def cover(self) -> list[Flowable]:
        figures, data = self.data.figures, self.data
        start, end = data.period()
        story: list[Flowable] = [
            Spacer(1, 70),
            self.p(self.catalogue(self.protocol.data["title"]), self.s.kicker),
            Spacer(1, 10),
            self.p(
                self.t("national_title"), self.s.title.with_(size=13, leading=21, space_after=4)
            ),
            self.p(self.t("national_subtitle"), self.s.title.with_(size=19, leading=30)),
            self.p(self.period(start, end), self.s.kicker.with_(size=11, leading=18)),
            Spacer(1, 30),
        ]
        facts = [
            ("fact_period", self.period(start, end)),
            ("fact_meetings", self.meetings_phrase()),
            ("fact_participants", str(figures.participants)),
            ("fact_partners", str(len(figures.partners))),
            ("fact_regions", self.join(figures.regions, typed=True)),
            ("fact_places", str(len(figures.cities))),
            ("fact_changes", str(figures.changes)),
            ("fact_actions", self.items_phrase()),
            (
                "fact_counted",
                self.t("counted_all" if data.scope.all_states else "counted_approved"),
            ),
        ]
        if data.partner_filter:
            facts.append(("fact_partner_filter", "\n".join(data.partner_filter)))
        rows = [
            Row([[self.p(self.t(key), self.s.cell_bold)], [self.p(value, self.s.cell)]])
            for key, value in facts
            if value
        ]
        story.append(self.table([30, 70], None, rows))
        return story

    # the introduction
    def introduction(self) -> list[Flowable]:
        figures = self.data.figures
        story = self.heading(self.t("intro_heading"))
        story.append(
            self.p(
                self.t(
                    "intro_figures",
                    meetings=self.plural("n_meetings", figures.meetings),
                    individual=self.plural("n_individual", figures.individual),
                    group=self.plural("n_group", figures.group),
                    participants=self.plural("n_participants", figures.participants),
                    period=self.held(),
                ),
                self.s.body,
            )
        )
        story.append(self.p(self.t("intro_purpose"), self.s.body))
        return [*story, *self.partners(), *self.authorities(), *self.overview()]

    def subheading(self, key: str, text: str) -> list[Flowable]:
        return [
            self.p(self.t(key), self.s.subheading, keep_with_next=True),
            self.p(text, self.s.body),
        ]

    def partners(self) -> list[Flowable]:
        figures = self.data.figures
        heading = self.subheading(
            "partners_heading",
            self.t(
                "partners_text",
                partners=self.plural("n_partners", len(figures.partners)),
                places=self.plural("n_places", len(figures.cities)),
            ),
        )
        rows = [
            Row(
                [
                    [self.p(partner.name, self.s.cell_bold)],
                    [self.p(self.join([partner.city, partner.region], typed=True), self.s.cell)],
                    self.number_cell(partner.meetings),
                    self.number_cell(partner.participants),
                ]
            )
            for partner in figures.partners
        ]
        rows.append(
            self.total_row(
                "total",
                [],
                self.number_cell(figures.meetings, bold=True),
                self.number_cell(figures.participants, bold=True),
            )
        )
        header = [
            self.t("col_partner"),
            self.t("col_place"),
            self.t("col_meetings"),
            self.t("col_participants"),
        ]
        return [self.headed(heading, self.table([38, 34, 14, 14], header, rows, centred=(2, 3)))]

    def sector_lines(self, counts: dict[str | None, int]) -> list[Flowable]:
        """ "Justice: 4" for each participants' sector, in the catalogue's order."""
        order = self.protocol.codes("participant_sectors")
        ranked = sorted(counts, key=lambda c: order.index(c) if c in order else len(order))
        return [
            self.p(
                self.t(
                    "label_value",
                    label=self.vocab("participant_sector", code)
                    if code
                    else self.t("other_sector"),
                    value=str(counts[code]),
                ),
                self.s.cell.with_(space_after=0.5),
            )
            for code in ranked
        ]

    def authorities(self) -> list[Flowable]:
        table = self.data.people
        heading = self.subheading("authority_heading", self.t("authority_text"))
        rows = []
        role_style = self.s.cell.with_(space_after=1.0)
        for row in table.rows:
            name = self.vocab("body", row.body) if row.body else self.t("authority_unknown")
            first: list[Flowable] = [
                self.p(name, self.s.cell_bold),
                self.p(self.plural("n_meetings", row.meetings), self.s.cell_meta),
            ]
            roles: list[Flowable] = [self.p(r, role_style, bullet="•") for r in row.roles]
            rows.append(
                Row(
                    [
                        first,
                        roles,
                        self.sector_lines(row.by_sector),
                        self.number_cell(row.participants),
                    ],
                    continued_first=[self.p(self.continued(name), self.s.cell_bold)],
                )
            )
        rows.append(
            self.total_row(
                "total_participants",
                [],
                self.sector_lines(table.sector_totals),
                self.number_cell(table.total, bold=True),
            )
        )
        header = [
            self.t("col_authority"),
            self.t("col_description"),
            self.t("col_by_sector"),
            self.t("col_totals"),
        ]
        return [self.headed(heading, self.table([24, 42, 22, 12], header, rows, centred=(3,)))]

    def overview(self) -> list[Flowable]:
        """Good practices and action-plan items (raised) per sector, with totals."""
        practices = {g.sector: g.change_count for g in self.data.practices}
        raised: dict[str, dict[str, int]] = {}
        for group in self.data.plan:
            counts = raised.setdefault(group.sector, dict.fromkeys(m.ACTIONS, 0))
            for action, entries in group.items.items():
                counts[action] += sum(e.meeting_count for e in entries)
        rows = []
        totals = [0] * (1 + len(m.ACTIONS))
        for sector in self.sector_order([*practices, *raised]):
            values = [practices.get(sector, 0)] + [
                raised.get(sector, {}).get(action, 0) for action in m.ACTIONS
            ]
            totals = [a + b for a, b in zip(totals, values, strict=True)]
            rows.append(
                Row(
                    [[self.p(self.sector_heading(sector), self.s.cell_bold)]]
                    + [self.number_cell(v) for v in values]
                )
            )
        rows.append(self.total_row("total", *(self.number_cell(v, bold=True) for v in totals)))
        header = [self.t("col_sector"), self.t("col_practices")]
        header += [self.vocab("action", a) for a in m.ACTIONS]
        heading = self.subheading("overview_heading", self.t("overview_note"))
        table = self.table([40, 15, 15, 15, 15], header, rows, centred=(1, 2, 3, 4))
        return [self.headed(heading, table)]

    # part II
    def summary_row(self, text: str) -> Row:
        cell: list[Flowable] = [
            self.p(self.t("summary_label"), self.s.cell_label, keep_with_next=True),
            self.p(text, self.s.cell),
        ]
        return Row([cell], band=True, background=TOTAL_FILL, heading=True)

    def good_practices(self, step: Callable[[], None]) -> list[Flowable]:
        heading = self.heading(self.t("national_part2_heading"))
        practices = self.data.practices
        if not practices:
            return [*heading, self.p(self.t("no_changes"), self.s.body)]
        heading.append(
            self.p(
                self.t(
                    "part2_figures",
                    changes=self.plural("n_changes", self.data.figures.changes),
                    meetings=self.plural(
                        "n_meetings",
                        len(
                            {
                                e.meeting.id
                                for g in practices
                                for s in g.subthemes
                                for e in s.changes
                            }
                        ),
                    ),
                ),
                self.s.body,
            )
        )
        heading.append(self.p(self.t("part2_reading"), self.s.body))
        rows: list[Row] = []
        for group in practices:
            number = 0  # the numbering restarts in each sector, as in MRA's report
            for index, sub in enumerate(group.subthemes):
                bands, again = self.bands(group.sector, sub.subtheme, index == 0)
                if index == 0 and group.summary.strip():
                    bands.insert(1, self.summary_row(group.summary))
                if sub.summary.strip():
                    bands.append(self.summary_row(sub.summary))
                rows += bands
                for entry in sub.changes:
                    step()
                    number += 1
                    tag = self.t("change_number", n=number)
                    self.numbers[entry.change.id] = (group.sector, tag)
                    if entry.exemplary:
                        tag = f"{tag} – {self.t('exemplary_mark')}"
                    cited = [self.p(self.citation(entry.meeting), self.s.cell_meta)]
                    rows += self.change_row(
                        entry.change, tag, again, after_title=cited, details=entry.exemplary
                    )
        return [self.change_table(heading, rows)]

    def domain_heading(self, axis: str, key: str) -> str:
        if axis == "category":
            return self.vocab("change_class", key) or self.t("other_sector")
        return self.sector_heading(key)

    def reference(self, axis: str, change: m.Change) -> str:
        """Where part II prints a change: "Change 3" under its sector's heading, or
        "Health Sector – Change 3" under a heading of another kind."""
        sector, tag = self.numbers.get(change.id, (change.sector, ""))
        return tag if axis == "sector" else f"{self.sector_heading(sector)} – {tag}"

    def national_msc(self) -> list[Flowable]:
        section = self.data.msc
        story: list[Flowable] = [
            self.p(self.t("national_msc_heading"), self.s.heading, keep_with_next=True)
        ]
        if section is None or not section.choices:
            return [*story, self.p(self.t("msc_no_round"), self.s.body)]
        found = section.round
        period = self.period(found.period_from, found.period_to) or self.t("any_period")
        story.append(self.p(self.t("msc_round_text", period=period), self.s.body))
        if found.domain_axis == "category":
            order = [e["code"] for e in self.protocol.vocabulary("change_class")]
        else:
            order = self.protocol.codes("sectors")
        ranked = sorted(
            section.choices,
            key=lambda c: order.index(c.domain_key) if c.domain_key in order else len(order),
        )
        bold = self.s.body.with_(font=FONT_BOLD, space_after=1)
        for choice in ranked:
            change = choice.change
            story += [
                self.p(
                    self.domain_heading(found.domain_axis, choice.domain_key),
                    self.s.question,
                    keep_with_next=True,
                ),
                self.p(
                    self.reference(found.domain_axis, change),
                    self.s.cell_label,
                    keep_with_next=True,
                ),
                self.p(change.title, bold, keep_with_next=True),
                self.p(self.citation(choice.meeting), self.s.cell_meta, keep_with_next=True),
                self.p(
                    self.plural("msc_among", section.candidates.get(choice.domain_key, 1)),
                    self.s.cell_meta,
                    keep_with_next=True,
                ),
            ]
            when = self.date(choice.chosen_at.date())
            story += self.label_and_text(
                self.t("msc_chosen_by"),
                self.join_lines(choice.chosen_by, when),
                self.s.cell_meta,
                keep_with_next=True,
            )
            story += [
                self.p(self.t("msc_reason"), self.s.cell_label, keep_with_next=True),
                self.p(choice.reason, self.s.body),
            ]
            if choice.dissent.strip():
                story.append(self.p(self.t("msc_dissent"), self.s.cell_label, keep_with_next=True))
                story.append(self.p(choice.dissent, self.s.body))
        return story

    # part III
    def action_plan(self, step: Callable[[], None]) -> list[Flowable]:
        heading = self.heading(self.t("national_part3_heading"))
        heading.append(self.p(self.t("part3_intro"), self.s.body))
        plan = self.data.plan
        if not plan:
            return [*heading, self.p(self.t("no_actions"), self.s.body)]
        heading.append(
            self.p(
                self.t(
                    "part3_figures",
                    raised=str(self.data.raised),
                    distinct=str(self.data.distinct),
                ),
                self.s.body,
            )
        )
        rows: list[Row] = []
        previous: str | None = None
        for group in plan:
            items = [entry for action in m.ACTIONS for entry in group.items[action]]
            rows += self.action_rows(
                group.sector,
                group.subtheme,
                group.sector != previous,
                items,
                lambda chosen: self._action_cell(chosen, step),
            )
            previous = group.sector
        return [self.action_table(heading, rows)]

    def _action_cell(self, items: list[MergedItem], step: Callable[[], None]) -> list[Flowable]:
        entries: list[BulletEntry] = []
        for item in items:
            step()
            entries.append((item.text, [(None, self.plural("raised_in", item.meeting_count))]))
        return self.bullet_cell(entries)


def national_pdf_bytes(
    db: Database,
    scope: Scope,
    lang: str,
    *,
    progress: Progress = NO_PROGRESS,
    generated: dt.date | None = None,
) -> tuple[bytes, NationalData, tuple[str, ...]]:
    """The national report's PDF, what it printed, and the characters no font could draw."""
    check_language(lang)
    progress.step(0, 100, "Counting the meetings")
    data = load_national(db, scope)
    register_fonts()
    total = (
        3 * (data.figures.changes + data.distinct)
        + len(data.figures.partners)
        + len(data.people.rows)
        + 80
    )
    done = 0

    def step() -> None:
        nonlocal done
        done = min(done + 1, total - 1)
        progress.step(done, total, "Laying out the report")

    step()
    builder = _NationalBuilder(data, load_protocol(), lang, on_row=step)
    story = builder.story(step)
    pdf = render_pages(builder, story, builder.page_setup(generated or dt.date.today()), step)
    progress.step(total - 1, total, "Writing the file")
    return pdf, data, tuple(sorted(builder.missing))


def export_national_pdf(
    db: Database,
    scope: Scope,
    lang: str,
    path: Path | str,
    *,
    progress: Progress = NO_PROGRESS,
    generated: dt.date | None = None,
) -> ExportedNationalReport:
    """Write the national report of the meetings ``scope`` counts to ``path`` in ``lang``.

    Bad input writes nothing: a language other than ar, fr, en; a missing folder or a
    folder given as the file; a reversed period, an unknown partner, a period or a choice
    of partners where no meeting counts. The file is written atomically, so a failure or
    a cancel through ``progress`` leaves ``path`` as it was."""
    check_language(lang)
    target = Path(path).expanduser()
    if target.is_dir():
        raise FileWriteError(f"Cannot write {target}: it is a folder; nothing was written.")
    if not target.parent.is_dir():  # say so before the work, not after
        raise FileWriteError(
            f"Cannot write {target}: the folder does not exist; nothing was written."
        )
    if not os.access(target.parent, os.W_OK):
        raise FileWriteError(
            f"Cannot write {target}: the folder is protected; nothing was written."
        )
    pdf, data, undrawable = national_pdf_bytes(
        db, scope, lang, progress=progress, generated=generated
    )
    written = atomic_write_bytes(target, pdf)
    progress.step(1, 1, "Done")
    return ExportedNationalReport(
        written, data.figures.meetings, data.figures.changes, data.raised, undrawable
    )
