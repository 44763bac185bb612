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
import io
import json
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import Any

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Spacer
from reportlab.platypus.flowables import Flowable

from mra_desktop import __version__
from mra_desktop.core import bidi
from mra_desktop.core import models as m
from mra_desktop.core.direction import paragraph_direction
from mra_desktop.core.errors import MraError, NotFoundError
from mra_desktop.core.files import FileWriteError, atomic_write_bytes
from mra_desktop.core.follow_up import PreviousPlan, previous_action_plan
from mra_desktop.core.pdf_layout import (
    FONT_BOLD,
    FONT_REGULAR,
    BidiParagraph,
    GridTable,
    Headed,
    Row,
    Rule,
    TableStyle,
    TextStyle,
    draw_line,
    drawable,
    register_fonts,
)
from mra_desktop.core.pdf_text import layout_text
from mra_desktop.core.progress import NO_PROGRESS, Progress
from mra_desktop.core.protocol import Protocol, load_protocol, pick
from mra_desktop.core.resources import resource_path
from mra_desktop.core.services import Services

__all__ = [
    "REPORT_LANGUAGES",
    "AmbiguousMeetingError",
    "ExportedReport",
    "ReportLanguageError",
    "export_meeting_pdf",
    "find_meeting",
    "meeting_pdf_bytes",
]

REPORT_LANGUAGES = ("ar", "fr", "en")

# Sober colours: ink, a dark blue-grey for headings, light greys for the grid.
INK = HexColor("#1a1a1a")
ACCENT = HexColor("#1f3b57")
MUTED = HexColor("#5a6470")
GRID = HexColor("#9aa3ad")
HEADER_FILL = HexColor("#dde3ea")
BAND_FILL = HexColor("#eef1f5")
SUBBAND_FILL = HexColor("#f7f8fa")
TOTAL_FILL = HexColor("#f4f6f8")

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_SIDE = 42.0
MARGIN_TOP = 62.0
MARGIN_BOTTOM = 54.0


@dataclass(frozen=True)
class ExportedReport:
    """A report written to disk."""

    path: Path
    #: characters that no shipped font can draw, printed as [U+XXXX] (sorted)
    undrawable: tuple[str, ...] = ()


class ReportLanguageError(MraError):
    code = "report_language"


class AmbiguousMeetingError(MraError):
    code = "ambiguous_id"


_FRENCH_SPACE_BEFORE = re.compile(r"[ \u00a0\u202f]?([:;?!»])")
_FRENCH_SPACE_AFTER = re.compile(r"«[ \u00a0\u202f]?")


def french_typography(text: str) -> str:
    """French spacing: a non-breaking space before : ; ? ! and », after «. A colon
    between digits (a time, "10:30") and "://" of an address are left alone."""
    text = _FRENCH_SPACE_BEFORE.sub(
        lambda m: (
            m.group(0)
            if m.group(1) == ":"
            and m.end() < len(text)
            and (text[m.end()].isdigit() or text[m.end()] == "/")
            else "\u00a0" + m.group(1)
        ),
        text,
    )
    return _FRENCH_SPACE_AFTER.sub("«\u00a0", text)


@cache
def _labels() -> dict[str, dict[str, str]]:
    with resource_path("report", "labels.json").open(encoding="utf-8") as handle:
        data: dict[str, dict[str, str]] = json.load(handle)
    return data


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


# -- styles ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Styles:
    kicker: TextStyle
    title: TextStyle
    heading: TextStyle
    subheading: TextStyle
    body: TextStyle
    cell: TextStyle
    cell_bold: TextStyle
    cell_title: TextStyle
    cell_label: TextStyle
    cell_meta: TextStyle
    header_cell: TextStyle
    band: TextStyle
    subband: TextStyle
    detail: TextStyle
    question: TextStyle
    page: TextStyle


def _styles() -> _Styles:
    cell = TextStyle(FONT_REGULAR, 8.6, 13.2, INK)
    return _Styles(
        kicker=TextStyle(FONT_REGULAR, 9.5, 15, MUTED, align="center"),
        title=TextStyle(FONT_BOLD, 16, 25, ACCENT, align="center", space_after=2),
        heading=TextStyle(FONT_BOLD, 12.5, 20, ACCENT, space_before=14, space_after=1),
        subheading=TextStyle(FONT_BOLD, 10.5, 17, ACCENT, space_before=10, space_after=2),
        body=TextStyle(FONT_REGULAR, 9.5, 15, INK, space_after=3),
        cell=cell.with_(space_after=2),
        cell_bold=cell.with_(font=FONT_BOLD),
        cell_title=cell.with_(font=FONT_BOLD, size=9, leading=14, space_after=2),
        cell_label=TextStyle(FONT_BOLD, 7.4, 11.2, MUTED, space_before=1.5),
        cell_meta=TextStyle(FONT_REGULAR, 7.6, 11.6, MUTED, space_after=2),
        header_cell=TextStyle(FONT_BOLD, 8.6, 13, ACCENT),
        band=TextStyle(FONT_BOLD, 9.2, 14, ACCENT),
        subband=TextStyle(FONT_BOLD, 8.4, 12.6, MUTED),
        detail=TextStyle(FONT_REGULAR, 7.8, 11.4, INK, space_after=1.5),
        question=TextStyle(FONT_BOLD, 9.2, 14, ACCENT, space_before=6, space_after=1),
        page=TextStyle(FONT_REGULAR, 7.4, 10, MUTED),
    )


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


class _Builder:
    """Turns one meeting into the flowables of its report."""

    def __init__(
        self,
        data: _Data,
        protocol: Protocol,
        lang: str,
        include_names: bool,
        on_row: Callable[[], None] | None = None,
    ) -> None:
        self.on_row = on_row
        self.data = data
        self.protocol = protocol
        self.lang = lang
        self.rtl = lang == "ar"
        self.include_names = include_names
        self.s = _styles()
        self.missing: set[str] = set()  # characters no shipped font can draw
        self.include_notes = True
        self.table_style = TableStyle(padding=4.5, grid=GRID, grid_width=0.5)

    # words
    def t(self, key: str, **values: Any) -> str:
        text = self.typography(_labels()[key][self.lang])
        return text.format(**values) if values else text

    def typography(self, text: str) -> str:
        """The report language's typography for the report's own words (not for what was
        typed): in French, a non-breaking space before : ; ? ! and inside « »."""
        if self.lang != "fr":
            return text
        return french_typography(text)

    def vocab(self, vocabulary: str, code: str | None) -> str:
        return self.typography(self.protocol.label(vocabulary, code, self.lang)) if code else ""

    def catalogue(self, text: dict[str, str]) -> str:
        return self.typography(pick(text, self.lang))

    def date(self, value: dt.date | None) -> str:
        if value is None:
            return ""
        months = self.t("months").split("|")
        day = "1er" if value.day == 1 and self.lang == "fr" else str(value.day)
        return f"{day} {months[value.month - 1]} {value.year}"

    def join(self, items: Iterable[str], *, typed: bool = False) -> str:
        """Items in a list; typed items (names of places) take the comma of their own
        script rather than the report's."""
        present = [item for item in items if item]
        separator = self.t("list_separator")
        if typed and present:
            separator = "، " if bidi.first_strong_direction(present[0]) == 1 else ", "
        return separator.join(present)

    # flowables
    def p(self, text: str, style: TextStyle, **options: Any) -> BidiParagraph:
        return BidiParagraph(text.strip(), style, rtl=self.rtl, missing=self.missing, **options)

    def table(
        self,
        widths: Sequence[float],
        header: Sequence[str] | None,
        rows: list[Row],
        centred: Sequence[int] = (),
    ) -> GridTable:
        head = None
        if header is not None:
            centre = self.s.header_cell.with_(align="center")
            head = Row(
                [
                    [self.p(text, centre if index in centred else self.s.header_cell)]
                    for index, text in enumerate(header)
                ],
                background=HEADER_FILL,
            )
        return GridTable(
            widths, head, rows, rtl=self.rtl, style=self.table_style, on_row=self.on_row
        )

    def labelled(self, label: str, text: str, style: TextStyle | None = None) -> list[Flowable]:
        """A small label over a field's content; nothing when the field is empty."""
        if not text or not text.strip():
            return []
        return [
            self.p(label, self.s.cell_label, keep_with_next=True),
            self.p(text, style or self.s.cell),
        ]

    def heading(self, text: str) -> list[Flowable]:
        return [self.p(text, self.s.heading, keep_with_next=True), Rule(ACCENT, 0.7, 2.0)]

    def headed(self, heading: list[Flowable], table: GridTable) -> Headed:
        """A heading (and its introduction) kept with the first rows of its table."""
        return Headed(heading, table)

    def band(self, text: str, style: TextStyle, fill: Any) -> Row:
        return Row([[self.p(text, style)]], band=True, background=fill, heading=True)

    def story(self, step: Callable[[], None]) -> list[Flowable]:
        """Every flowable of the report, in order."""
        return [
            *self.title_block(),
            *self.participants(),
            *self.obligations(),
            *self.good_practices(step),
            *self.action_plan(step),
            *self.previous_plan(step),
            *self.discussion(),
        ]

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
        if meeting.period_from and meeting.period_to:
            period = self.t(
                "period_value",
                start=self.date(meeting.period_from),
                end=self.date(meeting.period_to),
            )
        elif meeting.period_from:
            period = self.t("period_since", start=self.date(meeting.period_from))
        elif meeting.period_to:
            period = self.t("period_until", end=self.date(meeting.period_to))
        else:
            period = ""
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
        total = sum(person.count for person in people)
        total_cells: list[list[Flowable]] = [
            [self.p(self.t("total"), self.s.cell_bold)],
            [],
            [self.p(str(total), bold_count)],
        ]
        if self.include_names:
            total_cells.append([])
        rows.append(Row(total_cells, background=TOTAL_FILL, keep_with_previous=True))
        story: list[Flowable] = [
            self.headed(heading, self.table(widths, header, rows, centred=(2,)))
        ]
        if not self.include_names:
            story.append(self.p(self.t("names_withheld"), self.s.cell_meta.with_(space_before=3)))
        return story

    def continued(self, text: str) -> str:
        return f"{text} {self.t('continued')}"

    def obligations(self) -> list[Flowable]:
        story = self.heading(self.t("obligations_heading"))
        intro = self.catalogue(self.protocol.data.get("obligations_intro", {}))
        if intro:
            story.append(self.p(intro, self.s.body))
        rows = []
        for number, entry in enumerate(self.protocol.data["obligations"], start=1):
            rows.append(
                Row(
                    [
                        [self.p(f"{number}. {self.catalogue(entry['title'])}", self.s.cell_bold)],
                        [self.p(self.catalogue(entry.get("description", {})), self.s.cell)],
                    ]
                )
            )
        table = self.table([30, 70], None, rows)
        return [self.headed(story, table)]

    def _sector_order(self, codes: Iterable[str]) -> list[str]:
        known = self.protocol.codes("sectors")
        present = set(codes)
        return [c for c in known if c in present] + sorted(present - set(known))

    def _sector_heading(self, code: str) -> str:
        try:
            return pick(
                self.protocol.sector(code).get("report_heading") or {}, self.lang
            ) or self.vocab("sector", code)
        except KeyError:
            return code

    def _subtheme_order(self, sector: str, codes: Iterable[str | None]) -> list[str | None]:
        try:
            known = [entry["code"] for entry in self.protocol.subthemes(sector)]
        except KeyError:
            known = []
        present = set(codes)
        return (
            [c for c in known if c in present]
            + sorted((c for c in present - set(known) if c), key=str)
            + ([None] if None in present else [])
        )

    def _subtheme_heading(self, sector: str, code: str | None) -> str:
        if code is None:
            return ""
        try:
            return self.protocol.subtheme_label(sector, code, self.lang)
        except KeyError:
            return code

    def _grouped(
        self, items: Sequence[Any]
    ) -> list[tuple[str, list[tuple[str | None, list[Any]]]]]:
        """Items by sector (the catalogue's order) and then by sub-theme."""
        by_sector: dict[str, list[Any]] = {}
        for item in items:
            by_sector.setdefault(item.sector, []).append(item)
        grouped = []
        for sector in self._sector_order(by_sector):
            by_theme: dict[str | None, list[Any]] = {}
            for item in by_sector[sector]:
                by_theme.setdefault(item.subtheme, []).append(item)
            themes = self._subtheme_order(sector, by_theme)
            grouped.append((sector, [(theme, by_theme[theme]) for theme in themes]))
        return grouped

    def _bands(self, sector: str, theme: str | None, first: bool) -> tuple[list[Row], list[Row]]:
        """The bands that open a group: the sector's (for its ``first`` group only) and the
        sub-theme's; and the bands repeated at the top of the next page when the group
        continues there (the sector "(continued)" and the sub-theme)."""
        sector_text = self._sector_heading(sector)
        theme_text = self._subtheme_heading(sector, theme)
        bands = [self.band(sector_text, self.s.band, BAND_FILL)] if first else []
        again = [self.band(self.continued(sector_text), self.s.band, BAND_FILL)]
        if theme_text:
            theme_band = self.band(theme_text, self.s.subband, SUBBAND_FILL)
            # a sub-theme that opens a page says which sector it belongs to
            bands.append(theme_band if first else replace(theme_band, repeat=again[:1]))
            again.append(theme_band)
        return bands, again

    def change_details(self, change: m.Change) -> list[Flowable]:
        """The precise description of a change, as a compact block: "Label: text"."""
        s = self.s
        facts: list[tuple[str, str]] = []
        if change.change_kind:
            facts.append((self.t("change_kind"), self.vocab("change_kind", change.change_kind)))
        if change.change_class:
            facts.append((self.t("change_class"), self.vocab("change_class", change.change_class)))
        facts += [
            (self.t("before"), change.before),
            (self.t("now"), change.now),
            (self.t("who_decided"), change.who_decided),
        ]
        facts.append((self.t("location"), change.location))
        facts.append((self.t("level"), self.vocab("level", change.level)))
        if change.ongoing and change.ongoing != "unknown":
            facts.append((self.t("ongoing"), self.vocab("ongoing", change.ongoing)))
        obligations = self.join(self.vocab("obligation", code) for code in change.obligations or [])
        facts.append((self.t("obligations_served"), obligations))
        facts.append((self.t("story"), change.story))
        facts.append((self.t("references"), change.references))
        block: list[Flowable] = []
        for label, text in facts:
            if text and text.strip():
                block += self.label_and_text(label, text.strip(), s.detail)
        if change.covid:
            block.append(self.p(self.t("covid"), s.detail))
        return block

    def label_and_text(
        self, label: str, text: str, style: TextStyle, *, keep_with_next: bool = False
    ) -> list[Flowable]:
        """ "Label: text" in one paragraph, with the colon of the report's language. A text
        that runs the other way (an Arabic answer in a French report) has the label on a
        line of its own above it, so that each keeps its own direction: in one paragraph,
        the French label would sit at the right end of the Arabic sentence."""
        first = bidi.split_paragraphs(text)[0]
        if paragraph_direction(first, self.lang) == ("rtl" if self.rtl else "ltr"):
            line = self.t("label_value", label=label, value=text)
            return [self.p(line, style, keep_with_next=keep_with_next)]
        alone = self.t("label_alone", label=label)
        return [
            self.p(alone, style.with_(space_after=0), keep_with_next=True),
            self.p(text, style, keep_with_next=keep_with_next),
        ]

    def change_rows(self, step: Callable[[], None]) -> tuple[list[Row], list[tuple[str, m.Change]]]:
        s = self.s
        rows: list[Row] = []
        numbered: list[tuple[str, m.Change]] = []
        for sector, themes in self._grouped(self.data.changes):
            number = 0  # the numbering restarts in each sector, as in MRA's report
            for index, (theme, changes) in enumerate(themes):
                bands, again = self._bands(sector, theme, index == 0)
                rows += bands
                for change in changes:
                    step()
                    number += 1
                    tag = self.t("change_number", n=number)
                    numbered.append((f"{self._sector_heading(sector)} – {tag}", change))
                    if change.msc_selected:
                        tag = f"{tag} – {self.t('msc_mark')}"
                    what: list[Flowable] = [self.p(tag, s.cell_label, keep_with_next=True)]
                    what.append(self.p(change.title, s.cell_title))
                    if change.what_changed.strip():
                        what.append(self.p(change.what_changed, s.cell))
                    goal = [self.p(change.objective, s.cell)] if change.objective.strip() else []
                    outcome = self.labelled(self.t("results"), change.results)
                    outcome += self.labelled(self.t("significance"), change.significance)
                    outcome += self.labelled(self.t("difference"), change.difference)
                    marker = [self.p(self.continued(tag), s.cell_label)]
                    rows.append(Row([what, goal, outcome], continued_first=marker, repeat=again))
                    # The details may start a page: the change they belong to is named
                    # above them there ("Change 2 (continued)").
                    details = self.change_details(change)
                    if details:
                        rows.append(
                            Row([details], band=True, repeat=[*again, Row([marker], band=True)])
                        )
        return rows, numbered

    def good_practices(self, step: Callable[[], None]) -> list[Flowable]:
        heading = self.heading(self.t("part2_heading"))
        if not self.data.changes:
            return [*heading, self.p(self.t("no_changes"), self.s.body)]
        rows, numbered = self.change_rows(step)
        header = [self.t("col_change"), self.t("col_goal"), self.t("col_outcome")]
        story: list[Flowable] = [self.headed(heading, self.table([40, 27, 33], header, rows))]
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
        header = [self.t("col_action_sector")] + [self.vocab("action", a) for a in m.ACTIONS]
        rows: list[Row] = []
        levels = list(m.ACTION_LEVELS)
        for sector, themes in self._grouped(actions):
            for index, (theme, items) in enumerate(themes):
                bands, again = self._bands(sector, theme, index == 0)
                rows += bands
                present = levels + sorted({i.level for i in items} - set(levels))
                for level in present:
                    at_level = [i for i in items if i.level == level]
                    if not at_level:
                        continue
                    level_label = self.vocab("action_level", level) or level
                    cells: list[list[Flowable]] = [[self.p(level_label, self.s.cell_bold)]]
                    for action in m.ACTIONS:
                        cells.append(
                            self._action_cell([i for i in at_level if i.action == action], step)
                        )
                    marker = [self.p(self.continued(level_label), self.s.cell_bold)]
                    rows.append(Row(cells, continued_first=marker, repeat=again))
        return [self.headed(heading, self.table([19, 27, 27, 27], header, rows))]

    def previous_plan(self, step: Callable[[], None]) -> list[Flowable]:
        """Part III, continued: at a follow-up meeting, what became of each item of the
        previous meeting's action plan (its status and the comment made), by sector."""
        plan = self.data.previous_plan
        if plan.meeting is None or not plan.items:
            return []
        previous = plan.meeting
        title = self.t(
            "follow_up_heading",
            title=previous.title.strip(),
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
        for sector in self._sector_order(by_sector):
            bands, again = self._bands(sector, None, True)
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
        cell: list[Flowable] = []
        meta_style = self.s.cell_meta.with_(indent=9.5, space_after=0.5)
        for item in items:
            step()
            meta = [
                (self.t(key), value.strip())
                for key, value in (("responsible", item.responsible), ("timeframe", item.timeframe))
                if value.strip()
            ]
            text_style = self.s.cell.with_(space_after=0.5 if meta else 4.0)
            cell.append(self.p(item.text, text_style, bullet="•", keep_with_next=bool(meta)))
            for number, (label, value) in enumerate(meta, start=1):
                last = number == len(meta)
                style = meta_style.with_(space_after=4.0) if last else meta_style
                cell += self.label_and_text(label, value, style, keep_with_next=not last)
        return cell

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


# -- pages -----------------------------------------------------------------------------------


def _page_canvas(builder: _Builder, generated: dt.date) -> type[Canvas]:
    """A canvas that holds its pages back until the end, so that every page can say
    "page X of Y", then draws each page's header and footer."""
    style = builder.s.page
    organisation = builder.data.organisation.name if builder.data.organisation else ""
    report = builder.t("report_title")
    generated_text = builder.t("generated_on", date=builder.date(generated))
    rtl = builder.rtl

    class PagedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []
            self.setViewerPreference("DisplayDocTitle", "true")
            if rtl:  # pages side by side run right to left, as an Arabic book does
                self.setViewerPreference("Direction", "/R2L")

        def showPage(self) -> None:  # noqa: N802
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self._decorate(number, total)
                super().showPage()
            super().save()

        def _place(self, text: str, y: float, start_side: bool, up: bool = False) -> None:
            """One end of the page header or footer. A text too long for half the width
            is set smaller (down to 6 points), then wrapped, never cut: its extra lines
            go up in the header and down in the footer."""
            half = (PAGE_WIDTH - 2 * MARGIN_SIDE) / 2 - 6
            size = style.size
            lines = layout_text(
                drawable(text, builder.missing), style.font, size, half, 1 if rtl else 0
            )
            while len(lines) > 1 and size > 6.0:
                size = max(6.0, size - 0.4)
                lines = layout_text(
                    drawable(text, builder.missing), style.font, size, half, 1 if rtl else 0
                )
            left = (start_side and not rtl) or (not start_side and rtl)
            step = size * 1.2
            ordered = list(reversed(lines)) if up else lines
            for index, placed in enumerate(ordered):
                x = MARGIN_SIDE if left else PAGE_WIDTH - MARGIN_SIDE - placed.width
                draw_line(self, placed, x, y + index * step if up else y - index * step)

        def _decorate(self, number: int, total: int) -> None:
            self.saveState()
            self.setFillColor(style.color)
            top = PAGE_HEIGHT - MARGIN_TOP + 20
            self._place(organisation, top, True, up=True)
            self._place(report, top, False, up=True)
            self.setStrokeColor(GRID)
            self.setLineWidth(0.5)
            self.line(MARGIN_SIDE, top - 6, PAGE_WIDTH - MARGIN_SIDE, top - 6)
            bottom = MARGIN_BOTTOM - 26
            self.line(MARGIN_SIDE, bottom + 11, PAGE_WIDTH - MARGIN_SIDE, bottom + 11)
            self._place(generated_text, bottom, True)
            self._place(builder.t("page_of", page=number, pages=total), bottom, False)
            self.restoreState()

    return PagedCanvas


class _Document(BaseDocTemplate):  # type: ignore[misc]
    def __init__(self, handle: io.BytesIO, on_flowable: Callable[[], None], **kwargs: Any) -> None:
        super().__init__(handle, **kwargs)
        self._on_flowable = on_flowable

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802
        self._on_flowable()


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
    if lang not in REPORT_LANGUAGES:
        raise ReportLanguageError(
            f"A report can be written in Arabic (ar), French (fr) or English (en), not {lang!r}."
        )
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
    """Lay a report's story out on A4 pages with their header and footer."""
    handle = io.BytesIO()
    meeting, organisation = builder.data.meeting, builder.data.organisation
    doc = _Document(
        handle,
        step,
        pagesize=A4,
        leftMargin=MARGIN_SIDE,
        rightMargin=MARGIN_SIDE,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=meeting.title,
        author=organisation.name if organisation else "",
        subject=builder.t("report_title"),
        keywords=_keywords(builder),
        creator=f"mra-desktop {__version__}",
        initialFontName=FONT_REGULAR,
        initialFontSize=9,
        lang={"ar": "ar-MA", "fr": "fr-MA", "en": "en"}[builder.lang],
    )
    frame = Frame(
        MARGIN_SIDE,
        MARGIN_BOTTOM,
        PAGE_WIDTH - 2 * MARGIN_SIDE,
        PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    doc.build(story, canvasmaker=_page_canvas(builder, generated))
    return handle.getvalue()


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
