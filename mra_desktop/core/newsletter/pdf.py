"""An issue as a PDF, laid out by the same layers as the meeting report: the same fonts and
fallbacks, HarfBuzz shaping, the bidi algorithm and the direction rule per paragraph
(:mod:`mra_desktop.core.pdf_layout`, :mod:`mra_desktop.core.pdf_text`), the same pages
with a header and "page X of Y". It prints what the HTML file shows
(:mod:`.content`), in the same order.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.lib.colors import Color, HexColor, white

from mra_desktop import __version__
from mra_desktop.core.database import Database
from mra_desktop.core.files import FileWriteError, atomic_write_bytes
from mra_desktop.core.newsletter.content import (
    ChangeBlock,
    FiguresBlock,
    IssueContent,
    issue_content,
    paragraphs,
)
from mra_desktop.core.pdf_layout import (
    FONT_BOLD,
    FONT_REGULAR,
    BidiParagraph,
    Flowable,
    GridTable,
    PageFurniture,
    Row,
    Rule,
    Spacer,
    TableStyle,
    TextStyle,
    build_pdf,
    paged_canvas,
    register_fonts,
)
from mra_desktop.core.report_base import ACCENT, GRID, INK, MUTED, PAGE, TOTAL_FILL

HIGHLIGHT = HexColor("#8a4b00")


@dataclass(frozen=True)
class ExportedIssue:
    path: Path
    content: IssueContent
    #: characters no shipped font can draw, printed as [U+XXXX] (sorted)
    undrawable: tuple[str, ...] = ()


class Bar(Flowable):
    """A horizontal bar ``share`` (0 to 1) of the width long, from the start side."""

    def __init__(self, share: float, color: Color, *, rtl: bool, height: float = 7.0) -> None:
        super().__init__()
        self.share = max(0.03, min(1.0, share))
        self.color = color
        self.rtl = rtl
        self.bar_height = height
        self.width = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width = availWidth
        return availWidth, self.bar_height + 6

    def draw(self) -> None:
        length = self.width * self.share
        x = self.width - length if self.rtl else 0.0
        self.canv.setFillColor(self.color)
        self.canv.rect(x, 3, length, self.bar_height, stroke=0, fill=1)


class _Story:
    def __init__(self, content: IssueContent) -> None:
        self.c = content
        self.rtl = content.direction == "rtl"
        self.missing: set[str] = set()
        self.body = TextStyle(FONT_REGULAR, 10.5, 17, INK, space_after=5)
        self.small = TextStyle(FONT_REGULAR, 8.8, 13.5, MUTED, space_after=1)
        self.label = TextStyle(FONT_BOLD, 9, 14, ACCENT, space_before=3)
        self.kicker = TextStyle(FONT_BOLD, 8.8, 13.5, HIGHLIGHT, space_after=1)
        self.heading = TextStyle(FONT_BOLD, 14, 21, ACCENT, space_after=3)
        self.item_title = TextStyle(FONT_BOLD, 13.5, 20.5, ACCENT, space_after=2)

    def p(self, text: str, style: TextStyle, **options: Any) -> BidiParagraph:
        return BidiParagraph(text.strip(), style, rtl=self.rtl, missing=self.missing, **options)

    def lines(self, text: str, style: TextStyle) -> list[Flowable]:
        return [self.p(line, style) for line in paragraphs(text)]

    def masthead(self) -> list[Flowable]:
        c = self.c
        story: list[Flowable] = [
            self.p(c.name, TextStyle(FONT_BOLD, 10, 15, ACCENT)),
            self.p(c.issue_line, self.small.with_(space_after=8)),
            self.p(c.title, TextStyle(FONT_BOLD, 20, 30, ACCENT, space_after=3)),
            self.p(c.period, self.small),
            Rule(ACCENT, 1.0, 6.0),
        ]
        if c.editorial.strip():
            story += self.lines(c.editorial, self.body)
        return story

    def figures(self, block: FiguresBlock) -> list[Flowable]:
        number = TextStyle(FONT_BOLD, 20, 27, ACCENT, align="center")
        label = TextStyle(FONT_REGULAR, 8.8, 13, MUTED, align="center")
        cells = [[self.p(t.number, number), self.p(t.label, label)] for t in block.tiles]
        tiles = GridTable(
            [1, 1],
            None,
            [
                Row([cells[i], cells[i + 1]], background=TOTAL_FILL)
                for i in range(0, len(cells) - 1, 2)
            ],
            rtl=self.rtl,
            style=TableStyle(padding=7, grid=white, grid_width=3),
        )
        story: list[Flowable] = [
            self.p(block.heading, self.heading, keep_with_next=True),
            tiles,
            Spacer(1, 4),
            self.p(block.kinds, self.small.with_(space_after=8)),
        ]
        if block.by_sector:
            most = max(n for _s, n in block.by_sector) or 1
            rows = [
                Row(
                    [
                        [self.p(sector, self.body.with_(space_after=0))],
                        [Bar(count / most, ACCENT, rtl=self.rtl)],
                        [
                            self.p(
                                str(count),
                                self.body.with_(font=FONT_BOLD, align="center", space_after=0),
                            )
                        ],
                    ]
                )
                for sector, count in block.by_sector
            ]
            story += [
                self.p(block.by_sector_heading, self.label, keep_with_next=True),
                GridTable(
                    [46, 42, 12],
                    None,
                    rows,
                    rtl=self.rtl,
                    style=TableStyle(padding=3, grid=white, grid_width=0.1),
                ),
            ]
        if block.partners:
            story += [
                self.p(block.partners_heading, self.label, keep_with_next=True),
                self.p(block.partners, self.small),
            ]
        return story

    def change(self, block: ChangeBlock) -> list[Flowable]:
        story: list[Flowable] = [
            self.p(block.kicker, self.kicker, keep_with_next=True),
            self.p(block.title, self.item_title, keep_with_next=True),
        ]
        story += [self.p(part, self.small, keep_with_next=True) for part in block.meta]
        story.append(Spacer(1, 5))
        for section in block.sections:
            if section.label:
                story.append(self.p(section.label, self.label, keep_with_next=True))
            story += self.lines(section.text, self.body)
        if block.note:
            story.append(self.p(block.note, self.small))
        return story

    def footer(self) -> list[Flowable]:
        c = self.c
        return [
            Rule(ACCENT, 0.7, 6.0),
            self.p(c.about_heading, self.label, keep_with_next=True),
            self.p(c.about, self.small.with_(space_after=4)),
            self.p(c.consent, self.small.with_(space_after=4)),
            self.p(c.publisher, self.small),
        ]

    def flowables(self) -> list[Flowable]:
        story = self.masthead()
        for block in self.c.blocks:
            story.append(Rule(GRID, 0.5, 8.0))
            if isinstance(block, FiguresBlock):
                story += self.figures(block)
            else:
                story += self.change(block)
        return story + self.footer()


def content_pdf(content: IssueContent) -> tuple[bytes, tuple[str, ...]]:
    """The PDF of an issue as printed, and the characters no shipped font could draw."""
    register_fonts()
    story = _Story(content)
    flowables = story.flowables()
    words = content.words
    canvas = paged_canvas(
        PAGE,
        PageFurniture(
            header_start=content.name,
            header_end=content.issue_line,
            footer_start=content.title,
            page_of=lambda page, pages: words.t("page_of", page=page, pages=pages),
            style=TextStyle(FONT_REGULAR, 7.4, 10, MUTED),
            rule=GRID,
            rtl=story.rtl,
            missing=story.missing,
        ),
    )
    data = build_pdf(
        flowables,
        PAGE,
        canvas,
        lambda: None,
        title=f"{content.name} – {content.title}",
        author="MRA – Mobilising for Rights Associates",
        subject=content.name,
        keywords=[content.period],
        creator=f"mra-desktop {__version__}",
        lang={"ar": "ar-MA", "fr": "fr-MA", "en": "en"}[content.language],
    )
    return data, tuple(sorted(story.missing))


def issue_pdf(db: Database, issue_id: str) -> bytes:
    return content_pdf(issue_content(db, issue_id))[0]


def export_issue_pdf(db: Database, issue_id: str, path: Path | str) -> ExportedIssue:
    """Write the issue as a PDF, atomically (a failure leaves ``path`` as it was)."""
    target = Path(path).expanduser()
    if not target.parent.is_dir():
        raise FileWriteError(f"Cannot write {target}: the folder does not exist.")
    content = issue_content(db, issue_id)
    data, undrawable = content_pdf(content)
    atomic_write_bytes(target, data)
    return ExportedIssue(target, content, undrawable)
