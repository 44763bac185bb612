"""What every PDF report of the program shares: its look, its words and its page rules.

The meeting report (:mod:`.report_pdf`) and MRA's national report (:mod:`.national_pdf`)
are both written by a :class:`ReportWriter`: the report's language picks the labels
(``resources/report/*.json``) and the protocol catalogue's words; French gets its
typography; paragraphs and tables come from :mod:`.pdf_layout` (bidi, shaping, font
fallback, columns right to left in Arabic). The writer also holds the sections both
reports print alike: the five obligations, sector and sub-theme bands (a sector opens
once; a group that continues on the next page repeats its bands marked "(continued)"),
a change as a *Change | Specific goal | Tangible outcome and impact* row with its precise
description under it, and the *Continue | Stop | Start* rows by level.

:func:`render` lays a story out on A4 pages whose header and footer carry the publisher,
the report's title, the date of generation and "page X of Y", with the PDF's metadata;
pages run right to left in Arabic.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4

from mra_desktop import __version__
from mra_desktop.core import bidi
from mra_desktop.core import models as m
from mra_desktop.core.direction import paragraph_direction
from mra_desktop.core.document_words import french_typography, plural_form, report_labels
from mra_desktop.core.errors import MraError
from mra_desktop.core.pdf_layout import (
    FONT_BOLD,
    FONT_REGULAR,
    BidiParagraph,
    Flowable,
    GridTable,
    Headed,
    PageFurniture,
    PageGeometry,
    Row,
    Rule,
    TableStyle,
    TextStyle,
    build_pdf,
    paged_canvas,
)
from mra_desktop.core.protocol import Protocol, pick

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
#: the reports' page: A4 and its margins
PAGE = PageGeometry(PAGE_WIDTH, PAGE_HEIGHT, MARGIN_SIDE, MARGIN_TOP, MARGIN_BOTTOM)


class ReportLanguageError(MraError):
    code = "report_language"


def check_language(lang: str) -> None:
    if lang not in REPORT_LANGUAGES:
        raise ReportLanguageError(
            f"A report can be written in Arabic (ar), French (fr) or English (en), not {lang!r}."
        )


# -- styles ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Styles:
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


def report_styles() -> Styles:
    cell = TextStyle(FONT_REGULAR, 8.6, 13.2, INK)
    return Styles(
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


# -- the writer ------------------------------------------------------------------------------

#: One bulleted entry of a cell: its text, and the small lines under it, each a label and a
#: value ("Responsible: the prosecutor") or a value alone (label None).
BulletEntry = tuple[str, list[tuple[str | None, str]]]


@dataclass(frozen=True)
class PageSetup:
    """What a report's pages and its PDF metadata say."""

    header_start: str  # at the top, on the side where lines start (the publisher)
    header_end: str  # at the top, on the other side (the report's title)
    generated: dt.date
    title: str
    author: str
    subject: str
    keywords: list[str]


class ReportWriter:
    """Words, flowables and the sections the reports share, in one report language."""

    #: the label files of ``resources/report`` this report's words come from, in order
    label_files: tuple[str, ...] = ("labels",)

    def __init__(
        self, protocol: Protocol, lang: str, on_row: Callable[[], None] | None = None
    ) -> None:
        self.protocol = protocol
        self.lang = lang
        self.rtl = lang == "ar"
        self.on_row = on_row
        self.s = report_styles()
        self.missing: set[str] = set()  # characters no shipped font can draw
        self.table_style = TableStyle(padding=4.5, grid=GRID, grid_width=0.5)

    # words
    def label(self, key: str) -> str:
        for name in reversed(self.label_files):
            found = report_labels(name).get(key)
            if found is not None:
                return found[self.lang]
        raise KeyError(key)

    def t(self, key: str, **values: Any) -> str:
        text = self.typography(self.label(key))
        return text.format(**values) if values else text

    def plural(self, key: str, n: int, **values: Any) -> str:
        """A label with plural forms ("1 meeting", "13 meetings") for ``n``."""
        forms = self.label(key).split("|")
        text = forms[min(plural_form(self.lang, n), len(forms) - 1)]
        return self.typography(text).format(n=n, **values)

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

    def period(self, start: dt.date | None, end: dt.date | None) -> str:
        if start and end:
            return self.t("period_value", start=self.date(start), end=self.date(end))
        if start:
            return self.t("period_since", start=self.date(start))
        if end:
            return self.t("period_until", end=self.date(end))
        return ""

    def join(self, items: Iterable[str], *, typed: bool = False) -> str:
        """Items in a list; typed items (names of places) take the comma of their own
        script rather than the report's."""
        present = [item for item in items if item]
        separator = self.t("list_separator")
        if typed and present:
            rtl = paragraph_direction(present[0], self.lang) == "rtl"
            separator = "، " if rtl else ", "
        return separator.join(present)

    def join_lines(self, *items: str) -> str:
        """Items in a list on one line, or one per line when their directions differ
        (a place typed in Arabic and the catalogue's level in French), so that each keeps
        its own direction."""
        present = [item.strip() for item in items if item and item.strip()]
        directions = {paragraph_direction(item, self.lang) for item in present}
        return "\n".join(present) if len(directions) > 1 else self.join(present)

    def typed(self, text: str) -> str:
        """Text typed by people, put into one of the report's sentences, set apart in a
        Unicode isolate in the direction most of its letters run (the rule of
        :mod:`.direction`): an Arabic title keeps its place in a French heading, instead of
        pulling the day of the date that follows it into its run."""
        text = text.strip()
        if not text:
            return text
        start = "\u2067" if paragraph_direction(text, self.lang) == "rtl" else "\u2066"
        return start + text + "\u2069"

    def continued(self, text: str) -> str:
        return f"{text} {self.t('continued')}"

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

    def total_row(self, label: str, *cells: Sequence[Flowable]) -> Row:
        """A table's last row: the label ``label`` in its first column, then ``cells``;
        it never starts a page alone."""
        first = [self.p(self.t(label), self.s.cell_bold)]
        return Row([first, *cells], background=TOTAL_FILL, keep_with_previous=True)

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

    # sections both reports print
    def obligations(self, heading: str, intro: str) -> list[Flowable]:
        """Part I: the five due-diligence obligations of the catalogue, in a table."""
        story = self.heading(heading)
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

    def sector_order(self, codes: Iterable[str]) -> list[str]:
        known = self.protocol.codes("sectors")
        present = set(codes)
        return [c for c in known if c in present] + sorted(present - set(known))

    def sector_heading(self, code: str) -> str:
        try:
            return pick(
                self.protocol.sector(code).get("report_heading") or {}, self.lang
            ) or self.vocab("sector", code)
        except KeyError:
            return code

    def subtheme_order(self, sector: str, codes: Iterable[str | None]) -> list[str | None]:
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

    def subtheme_heading(self, sector: str, code: str | None) -> str:
        if code is None:
            return ""
        try:
            return self.protocol.subtheme_label(sector, code, self.lang)
        except KeyError:
            return code

    def grouped(self, items: Sequence[Any]) -> list[tuple[str, list[tuple[str | None, list[Any]]]]]:
        """Items by sector (the catalogue's order) and then by sub-theme."""
        by_sector: dict[str, list[Any]] = {}
        for item in items:
            by_sector.setdefault(item.sector, []).append(item)
        grouped = []
        for sector in self.sector_order(by_sector):
            by_theme: dict[str | None, list[Any]] = {}
            for item in by_sector[sector]:
                by_theme.setdefault(item.subtheme, []).append(item)
            themes = self.subtheme_order(sector, by_theme)
            grouped.append((sector, [(theme, by_theme[theme]) for theme in themes]))
        return grouped

    def bands(self, sector: str, theme: str | None, first: bool) -> tuple[list[Row], list[Row]]:
        """The bands that open a group: the sector's (for its ``first`` group only) and the
        sub-theme's; and the bands repeated at the top of the next page when the group
        continues there (the sector "(continued)" and the sub-theme)."""
        sector_text = self.sector_heading(sector)
        theme_text = self.subtheme_heading(sector, theme)
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

    def change_row(
        self,
        change: m.Change,
        tag: str,
        again: list[Row],
        *,
        after_title: Sequence[Flowable] = (),
        details: bool = True,
    ) -> list[Row]:
        """A change as a *Change | Specific goal | Tangible outcome and impact* row, and
        its precise description in a row under it (``details``). ``tag`` ("Change 2",
        with its marks) heads the first column and names the change again where the row
        or its description continues on the next page, under the bands ``again``."""
        s = self.s
        what: list[Flowable] = [self.p(tag, s.cell_label, keep_with_next=True)]
        what.append(self.p(change.title, s.cell_title))
        what += after_title
        if change.what_changed.strip():
            what.append(self.p(change.what_changed, s.cell))
        goal = [self.p(change.objective, s.cell)] if change.objective.strip() else []
        outcome = self.labelled(self.t("results"), change.results)
        outcome += self.labelled(self.t("significance"), change.significance)
        outcome += self.labelled(self.t("difference"), change.difference)
        marker = [self.p(self.continued(tag), s.cell_label)]
        rows = [Row([what, goal, outcome], continued_first=marker, repeat=again)]
        # The details may start a page: the change they belong to is named above them
        # there ("Change 2 (continued)").
        block = self.change_details(change) if details else []
        if block:
            rows.append(Row([block], band=True, repeat=[*again, Row([marker], band=True)]))
        return rows

    def change_table(self, heading: list[Flowable], rows: list[Row]) -> Headed:
        header = [self.t("col_change"), self.t("col_goal"), self.t("col_outcome")]
        return self.headed(heading, self.table([40, 27, 33], header, rows))

    def action_rows(
        self,
        sector: str,
        theme: str | None,
        first: bool,
        items: Sequence[Any],
        cell: Callable[[list[Any]], list[Flowable]],
    ) -> list[Row]:
        """The rows of one sector and sub-theme of a *Continue | Stop | Start* table: its
        bands, then a row per level (written policies, practices) whose cells ``cell``
        fills with the items (each with ``.level`` and ``.action``) of one action."""
        rows, again = self.bands(sector, theme, first)
        levels = list(m.ACTION_LEVELS)
        for level in levels + sorted({i.level for i in items} - set(levels)):
            at_level = [i for i in items if i.level == level]
            if not at_level:
                continue
            level_label = self.vocab("action_level", level) or level
            cells: list[list[Flowable]] = [[self.p(level_label, self.s.cell_bold)]]
            for action in m.ACTIONS:
                cells.append(cell([i for i in at_level if i.action == action]))
            marker = [self.p(self.continued(level_label), self.s.cell_bold)]
            rows.append(Row(cells, continued_first=marker, repeat=again))
        return rows

    def action_table(self, heading: list[Flowable], rows: list[Row]) -> Headed:
        header = [self.t("col_action_sector")] + [self.vocab("action", a) for a in m.ACTIONS]
        return self.headed(heading, self.table([19, 27, 27, 27], header, rows))

    def bullet_cell(self, entries: Iterable[BulletEntry]) -> list[Flowable]:
        """A cell of bulleted items, each with its small lines under it."""
        cell: list[Flowable] = []
        meta_style = self.s.cell_meta.with_(indent=9.5, space_after=0.5)
        for text, meta in entries:
            text_style = self.s.cell.with_(space_after=0.5 if meta else 4.0)
            cell.append(self.p(text, text_style, bullet="•", keep_with_next=bool(meta)))
            for number, (label, value) in enumerate(meta, start=1):
                last = number == len(meta)
                style = meta_style.with_(space_after=4.0) if last else meta_style
                if label is None:
                    cell.append(self.p(value, style, keep_with_next=not last))
                else:
                    cell += self.label_and_text(label, value, style, keep_with_next=not last)
        return cell


# -- pages -----------------------------------------------------------------------------------


def render_pages(
    writer: ReportWriter, story: list[Flowable], setup: PageSetup, step: Callable[[], None]
) -> bytes:
    """Lay a report's story out on A4 pages with their header and footer ("page X of Y")."""
    furniture = PageFurniture(
        header_start=setup.header_start,
        header_end=setup.header_end,
        footer_start=writer.t("generated_on", date=writer.date(setup.generated)),
        page_of=lambda number, total: writer.t("page_of", page=number, pages=total),
        style=writer.s.page,
        rule=GRID,
        rtl=writer.rtl,
        missing=writer.missing,
    )
    return build_pdf(
        story,
        PAGE,
        paged_canvas(PAGE, furniture),
        step,
        title=setup.title,
        author=setup.author,
        subject=setup.subject,
        keywords=[word for word in setup.keywords if word],
        creator=f"mra-desktop {__version__}",
        lang={"ar": "ar-MA", "fr": "fr-MA", "en": "en"}[writer.lang],
    )
