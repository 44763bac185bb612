"""Flowables for the PDF report: bidirectional paragraphs and grid tables (reportlab).

reportlab knows neither Arabic shaping nor bidi, so text never goes through its own
paragraphs. :class:`BidiParagraph` lays its text out with :mod:`mra_desktop.core.pdf_text`
(fonts with fallback, HarfBuzz shaping, levels resolved on the whole paragraph, lines
broken in logical order, each line reordered) and draws each finished line glyph by glyph.

:class:`GridTable` is a light grid table whose columns run right to left in a
right-to-left document, whose header row repeats on every page, and whose rows split
across pages by splitting the flowables of their cells.

:func:`paged_canvas` and :func:`build_pdf` put a story on pages that each carry a header
and a footer ("page X of Y"), for every document the program prints (the meeting report,
the national report, the newsletter). The story is laid out here, on reportlab's canvas:
its pieces (:class:`Flowable`) are few and know how to cut themselves, so reportlab's
platypus, whose import is a tenth of an export's start, is not needed.
"""

from __future__ import annotations

import io
from collections import deque
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from reportlab.lib.colors import Color, black
from reportlab.pdfgen.canvas import Canvas

from mra_desktop.core.pdf_text import (
    FONT_BOLD,
    FONT_REGULAR,
    GlyphLine,
    draw_line,
    drawable,
    layout_text,
    register_fonts,
)

__all__ = [
    "FONT_BOLD",
    "FONT_REGULAR",
    "BidiParagraph",
    "Flowable",
    "GridTable",
    "Headed",
    "PageBreak",
    "PageFurniture",
    "PageGeometry",
    "Row",
    "Rule",
    "Spacer",
    "TableStyle",
    "TextStyle",
    "build_pdf",
    "draw_line",
    "drawable",
    "paged_canvas",
    "register_fonts",
]


# -- the pieces of a story -------------------------------------------------------------------


class Flowable:
    """A piece of a story: measured in the room it is given (:meth:`wrap`), cut where a
    page ends (:meth:`split`) and drawn with its bottom left corner at the origin
    (:meth:`draw`, on ``self.canv``). The method names are reportlab's platypus ones."""

    #: placed on the same page as the piece after it, when both fit on one
    keep_with_next = False
    width = 0.0
    height = 0.0
    canv: Canvas

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        """The size it takes in a room this wide (and this high, to be cut)."""
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        """Itself in pieces, the first fitting ``availHeight``; none when it cannot be cut
        there (it then goes to the next page whole)."""
        return []

    def draw(self) -> None:
        """Draws on ``self.canv``, the origin at its bottom left corner."""

    def drawOn(self, canvas: Canvas, x: float, y: float) -> None:  # noqa: N802
        canvas.saveState()
        canvas.translate(x, y)
        self.canv = canvas
        try:
            self.draw()
        finally:
            del self.canv
        canvas.restoreState()


class Spacer(Flowable):
    """Empty room."""

    def __init__(self, width: float, height: float) -> None:
        self.width = width
        self.height = height

    def __repr__(self) -> str:
        return f"Spacer({self.width}, {self.height})"


class PageBreak(Flowable):
    """What follows starts a new page."""


# -- paragraphs ------------------------------------------------------------------------------


@dataclass(frozen=True)
class TextStyle:
    font: str = FONT_REGULAR
    size: float = 9.5
    leading: float = 15.0
    color: Color = black
    space_before: float = 0.0
    space_after: float = 0.0
    align: str = "start"  # start (the paragraph's own direction) | center | end
    indent: float = 0.0  # on the paragraph's start side

    def with_(self, **changes: Any) -> TextStyle:
        return replace(self, **changes)


class BidiParagraph(Flowable):
    """A paragraph (or several, one per line of ``text``) drawn line by line.

    Every paragraph takes its direction from its own letters (mostly Arabic: right to
    left); ``rtl`` (the document's direction) decides a tie and a paragraph without
    letters, such as a number.
    """

    def __init__(
        self,
        text: str,
        style: TextStyle,
        *,
        rtl: bool,
        keep_with_next: bool = False,
        lines: list[GlyphLine] | None = None,
        space_before: float | None = None,
        space_after: float | None = None,
        bullet: str | None = None,
        missing: set[str] | None = None,
    ) -> None:
        super().__init__()
        # what no font can draw is written as [U+XXXX] and added to ``missing``
        self.text = text if lines is not None else drawable(text, missing)
        self.bullet = bullet
        self.style = style
        self.rtl = rtl
        self.keep_with_next = keep_with_next
        self._lines = lines
        self._layout_width: float | None = None if lines is None else -1.0
        self._space_before = style.space_before if space_before is None else space_before
        self._space_after = style.space_after if space_after is None else space_after
        self.width = 0.0
        self.height = 0.0

    def __repr__(self) -> str:
        return f"BidiParagraph({self.text[:30]!r})"

    def _layout(self, width: float) -> list[GlyphLine]:
        if self._lines is not None and (self._layout_width == width or self._layout_width == -1.0):
            return self._lines
        self._lines = layout_text(
            self.text,
            self.style.font,
            self.style.size,
            max(width - self._indent, 1.0),
            1 if self.rtl else 0,
        )
        self._layout_width = width
        return self._lines

    @property
    def _indent(self) -> float:
        return self.style.indent + (self.style.size * 1.1 if self.bullet else 0.0)

    @property
    def lines(self) -> list[GlyphLine]:
        return self._layout(self.width) if self._lines is None else self._lines

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        lines = self._layout(availWidth)
        self.width = availWidth
        self.height = len(lines) * self.style.leading + self._space_before + self._space_after
        return availWidth, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        lines = self._layout(availWidth)
        room = availHeight - self._space_before
        count = int((room + 1e-6) // self.style.leading)
        if count <= 0:
            return []
        if count < len(lines):
            # no line left alone at the foot or at the head of a page: a paragraph of three
            # lines or fewer moves whole, a longer one keeps two lines on each side
            if len(lines) < 4 or count < 2:
                return []
            count = min(count, len(lines) - 2)
        if count >= len(lines):  # only the space after does not fit
            return [
                BidiParagraph(
                    self.text,
                    self.style,
                    rtl=self.rtl,
                    lines=lines,
                    space_before=self._space_before,
                    space_after=0.0,
                    bullet=self.bullet,
                )
            ]
        first = BidiParagraph(
            self.text,
            self.style,
            rtl=self.rtl,
            lines=lines[:count],
            space_after=0.0,
            bullet=self.bullet,
        )
        rest = BidiParagraph(
            self.text,
            self.style,
            rtl=self.rtl,
            keep_with_next=self.keep_with_next,
            lines=lines[count:],
            space_before=0.0,
            bullet="" if self.bullet else None,
        )
        return [first, rest]

    def draw(self) -> None:
        canvas = self.canv
        style = self.style
        canvas.setFillColor(style.color)
        # Baseline of the first line: Amiri's letters sit about one em below the top of a
        # line box whose extra leading is shared above and below.
        top = self.height - self._space_before
        baseline = top - (style.leading - 1.45 * style.size) / 2 - 1.02 * style.size
        indent = self._indent
        for number, line in enumerate(self.lines):
            if style.align == "center":
                x = (self.width - line.width) / 2
            else:
                right = line.rtl if style.align == "start" else not line.rtl
                x = self.width - indent - line.width if right else indent
                if self.bullet and number == 0:
                    mark = layout_text(self.bullet, style.font, style.size, 1e6)[0]
                    bullet_x = self.width - style.indent - mark.width if right else style.indent
                    draw_line(canvas, mark, bullet_x, baseline)
            draw_line(canvas, line, x, baseline)
            baseline -= style.leading


class Rule(Flowable):
    """A horizontal line across the frame."""

    def __init__(self, color: Color, thickness: float = 0.8, space: float = 3.0) -> None:
        super().__init__()
        self.color = color
        self.thickness = thickness
        self.space = space
        self.width = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width = availWidth
        return availWidth, self.thickness + 2 * self.space

    def draw(self) -> None:
        self.canv.setStrokeColor(self.color)
        self.canv.setLineWidth(self.thickness)
        y = self.space + self.thickness / 2
        self.canv.line(0, y, self.width, y)


# -- tables ----------------------------------------------------------------------------------


@dataclass
class Row:
    """A table row: one list of flowables per column (logical order: first column first),
    or a single list spanning every column for a sub-heading band."""

    cells: Sequence[Sequence[Flowable]]
    band: bool = False
    background: Color | None = None
    bold_rule: bool = False
    continued: bool = field(default=False)
    #: what the first column shows on the next page when the row (or the rest of it)
    #: starts a page: the sector again, "Change 2 (continued)"
    continued_first: Sequence[Flowable] | None = None
    #: a heading band: never the last row of a page
    heading: bool = False
    #: never the first row of a page (a total stays with the rows it adds up)
    keep_with_previous: bool = False
    #: the heading bands repeated above this row when it starts a page ("(continued)")
    repeat: list[Row] = field(default_factory=list)


@dataclass(frozen=True)
class TableStyle:
    padding: float = 4.0
    grid: Color = black
    grid_width: float = 0.4
    header_background: Color | None = None
    min_split: float = 40.0  # do not start a split row in less room than this


def _split_flowables(
    flowables: Sequence[Flowable], width: float, height: float
) -> tuple[list[Flowable], list[Flowable]]:
    """The flowables of a cell that fit in ``height``, and the rest for the next page."""
    first: list[Flowable] = []
    used = 0.0
    for index, flowable in enumerate(flowables):
        _w, h = flowable.wrap(width, height - used)
        if used + h <= height + 1e-6:
            first.append(flowable)
            used += h
            continue
        parts = flowable.split(width, height - used)
        if len(parts) >= 2:
            first.append(parts[0])
            rest = [*parts[1:], *flowables[index + 1 :]]
        else:
            rest = list(flowables[index:])
        break
    else:
        return first, []
    while first and first[-1].keep_with_next:
        rest.insert(0, first.pop())
    return first, rest


class Headed(Flowable):
    """A heading kept with at least the header and first row of the table after it: when
    they do not fit below the heading, both go to the next page."""

    def __init__(self, heading: list[Flowable], table: GridTable) -> None:
        super().__init__()
        self.heading = heading
        self.table = table
        self.width = 0.0
        self.height = 0.0

    def _heading_height(self, width: float) -> float:
        return float(sum(f.wrap(width, 1e6)[1] for f in self.heading))

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width = availWidth
        self.height = self._heading_height(availWidth) + self.table.wrap(availWidth, 1e6)[1]
        return availWidth, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        above = self._heading_height(availWidth)
        if above + self.table.min_height(availWidth) > availHeight + 1e-6:
            return []
        parts = self.table.split(availWidth, availHeight - above)
        if not parts:
            return []
        return [*self.heading, *parts]

    def draw(self) -> None:
        y = self.height
        for flowable in [*self.heading, self.table]:
            _w, h = flowable.wrap(self.width, 1e6)
            y -= h
            flowable.drawOn(self.canv, 0, y)


class GridTable(Flowable):
    """A light grid table; see the module notes."""

    def __init__(
        self,
        col_widths: Sequence[float],
        header: Row | None,
        rows: list[Row],
        *,
        rtl: bool,
        style: TableStyle,
        on_row: Callable[[], None] | None = None,
    ) -> None:
        super().__init__()
        self.on_row = on_row  # called as each row is first measured (progress, cancel)
        self.col_fractions = [w / sum(col_widths) for w in col_widths]
        self.header = header
        self.rows = rows
        self.rtl = rtl
        self.style = style
        self._cache_width: float | None = None
        # row heights measured by this table and the tables that continue it (see _copy):
        # id(row) -> (row, width, height)
        self._known: dict[int, tuple[Row, float, float]] = {}
        self._header_height = 0.0
        self._heights: list[float] = []
        self.width = 0.0
        self.height = 0.0

    # geometry
    def _columns(self, width: float) -> list[tuple[float, float]]:
        """(x, width) of each logical column; in a right-to-left table the first column
        is on the right."""
        widths = [f * width for f in self.col_fractions]
        spans: list[tuple[float, float]] = []
        x = width if self.rtl else 0.0
        for w in widths:
            if self.rtl:
                x -= w
                spans.append((x, w))
            else:
                spans.append((x, w))
                x += w
        return spans

    def _cell_widths(self, row: Row, width: float) -> list[float]:
        pad = self.style.padding
        if row.band:
            return [width - 2 * pad]
        return [w - 2 * pad for _x, w in self._columns(width)]

    def _row_height(self, row: Row, width: float) -> float:
        pad = self.style.padding
        tallest = 0.0
        for cell, cell_width in zip(row.cells, self._cell_widths(row, width), strict=True):
            height = sum(f.wrap(cell_width, 1e6)[1] for f in cell)
            tallest = max(tallest, height)
        return tallest + 2 * pad

    def _measure(self, width: float) -> None:
        if self._cache_width == width:
            return
        self._header_height = self._row_height(self.header, width) if self.header else 0.0
        heights = []
        known = self._known
        for row in self.rows:
            found = known.get(id(row))
            if found is not None and found[0] is row and found[1] == width:
                height = found[2]
            else:
                height = self._row_height(row, width)
                known[id(row)] = (row, width, height)
            heights.append(height)
            if self.on_row is not None:
                self.on_row()
        self._heights = heights
        self._cache_width = width
        self.on_row = None  # later measures reuse the laid-out paragraphs

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self._measure(availWidth)
        self.width = availWidth
        self.height = self._header_height + sum(self._heights)
        return availWidth, self.height

    def _copy(self, rows: list[Row]) -> GridTable:
        table = GridTable([1.0], self.header, rows, rtl=self.rtl, style=self.style)
        table.col_fractions = self.col_fractions
        # The rows it shares with this table keep their measured heights: measuring every
        # remaining row again on each page made a long table quadratic.
        table._known = self._known
        return table

    def min_height(self, width: float) -> float:
        """The room the table needs to start on a page: its header, its heading bands and
        its first row (or the least part of a long row that may start it)."""
        self._measure(width)
        need = self._header_height
        for row, height in zip(self.rows, self._heights, strict=True):
            if row.heading:
                need += height
                continue
            return need + min(height, self.style.min_split)
        return need

    def _continuing(self, rows: list[Row]) -> list[Row]:
        """The rows of the next page: the heading bands in force repeated above them, and
        the first row's empty first column filled in."""
        if not rows:
            return rows
        first = rows[0]
        if first.continued_first and not first.band and not first.cells[0]:
            cells = [list(first.continued_first), *first.cells[1:]]
            first = replace(first, cells=cells)
        return [*first.repeat, first, *rows[1:]]

    def _kept_rows(self, count: int) -> int:
        """How many of the first ``count`` rows may end a page: a heading band never ends
        one, and a total never starts the next."""
        while count > 0 and (self.rows[count - 1].heading or self.rows[count].keep_with_previous):
            count -= 1
        return count

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        self._measure(availWidth)
        room = availHeight - self._header_height
        used = 0.0
        count = 0
        while count < len(self.rows) and used + self._heights[count] <= room + 1e-6:
            used += self._heights[count]
            count += 1
        if count == len(self.rows):
            return [self]
        left = room - used
        row = self.rows[count]
        kept = self._kept_rows(count)
        if not row.heading and left >= min(self.style.min_split, self._heights[count]):
            pieces = self._split_row(row, availWidth, left, strict=True)
            if pieces is None and count == 0:  # at the top of a page the row must split
                pieces = self._split_row(row, availWidth, left, strict=False)
            # A row that would leave only a line or two for the next page moves whole (with
            # the bands above it) when it is short, such as an action item; a long one (a
            # change's details) is cut higher instead, so that a few lines go over and the
            # page is not left half empty.
            cut = left
            long_row = self._heights[count] > 3 * self.style.min_split
            while pieces is not None and count > 0:
                short = self.style.min_split - self._row_height(pieces[1], availWidth)
                if short <= 0:
                    break
                cut -= short
                if not long_row or cut < self.style.min_split:
                    pieces = None
                else:
                    pieces = self._split_row(row, availWidth, cut, strict=True)
            if pieces is not None:
                first_part = self.rows[:count] + [pieces[0]]
                rest = self._continuing([pieces[1]] + self.rows[count + 1 :])
                return [self._copy(first_part), self._copy(rest)]
        if kept < count and not self.rows[kept].heading:
            # Rows that may not end a page (a total) go over with the row before them; when
            # that row is long, only its last lines go with them, so that the page is not
            # left half empty.
            pieces = self._cut_tail(kept, availWidth)
            if pieces is not None:
                first_part = self.rows[:kept] + [pieces[0]]
                rest = self._continuing([pieces[1]] + self.rows[kept + 1 :])
                return [self._copy(first_part), self._copy(rest)]
        if kept == 0:
            return []
        # The rows moved on start the next page, even if they could be cut to fit here.
        rest = self._continuing(self.rows[kept:])
        return [self._copy(self.rows[:kept]), PageBreak(), self._copy(rest)]

    def _cut_tail(self, index: int, width: float) -> tuple[Row, Row] | None:
        """Row ``index`` cut a few lines before its end, when it is long enough to leave
        most of itself on the page."""
        split = self.style.min_split
        if self._heights[index] <= 3 * split:
            return None
        cut = self._heights[index] - split
        while cut >= split:
            pieces = self._split_row(self.rows[index], width, cut, strict=True)
            if pieces is not None:
                return pieces
            cut -= split
        return None

    def _split_row(
        self, row: Row, width: float, height: float, *, strict: bool
    ) -> tuple[Row, Row] | None:
        """The row cut at ``height``; ``strict`` refuses a cut that would leave a column
        empty above the page break while its content waits below."""
        pad = self.style.padding
        firsts: list[list[Flowable]] = []
        rests: list[list[Flowable]] = []
        for cell, cell_width in zip(row.cells, self._cell_widths(row, width), strict=True):
            first, rest = _split_flowables(cell, cell_width, height - 2 * pad)
            firsts.append(first)
            rests.append(rest)
        if not any(firsts) or not any(rests):
            return None
        if strict and any(rest and not first for first, rest in zip(firsts, rests, strict=True)):
            return None
        if not row.band and not rests[0] and row.continued_first:
            rests[0] = list(row.continued_first)
        return (
            replace(row, cells=firsts),
            replace(row, cells=rests, continued=True, keep_with_previous=False),
        )

    # drawing
    def draw(self) -> None:
        canvas = self.canv
        pad = self.style.padding
        columns = self._columns(self.width)
        top = self.height
        rows: list[tuple[Row, float]] = []
        if self.header is not None:
            rows.append((self.header, self._header_height))
        rows.extend(zip(self.rows, self._heights, strict=True))
        canvas.saveState()
        canvas.setStrokeColor(self.style.grid)
        canvas.setLineWidth(self.style.grid_width)
        for index, (row, height) in enumerate(rows):
            bottom = top - height
            if row.background is not None:
                canvas.setFillColor(row.background)
                canvas.rect(0, bottom, self.width, height, stroke=0, fill=1)
            spans = [(0.0, self.width)] if row.band else columns
            for (x, w), cell in zip(spans, row.cells, strict=True):
                y = top - pad
                for flowable in cell:
                    _fw, fh = flowable.wrap(w - 2 * pad, 1e6)
                    flowable.drawOn(canvas, x + pad, y - fh)
                    y -= fh
            canvas.setStrokeColor(self.style.grid)
            if index == 0:
                canvas.line(0, top, self.width, top)
            canvas.line(0, bottom, self.width, bottom)
            canvas.line(0, bottom, 0, top)
            canvas.line(self.width, bottom, self.width, top)
            if not row.band:
                for x, _w in columns:
                    if 0.5 < x < self.width - 0.5:
                        canvas.line(x, bottom, x, top)
            top = bottom
        canvas.restoreState()


# -- pages -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class PageGeometry:
    """A page and its margins (points)."""

    width: float
    height: float
    side: float
    top: float
    bottom: float


@dataclass(frozen=True)
class PageFurniture:
    """What every page carries: two header texts (the start side's and the end side's),
    a footer text on the start side and "page X of Y" on the end side."""

    header_start: str
    header_end: str
    footer_start: str
    page_of: Callable[[int, int], str]
    style: TextStyle
    rule: Color
    rtl: bool
    #: characters no shipped font can draw are added here (printed as [U+XXXX])
    missing: set[str] = field(default_factory=set)


def paged_canvas(page: PageGeometry, furniture: PageFurniture) -> type[Canvas]:
    """A canvas that holds its pages back until the end, so that every page can say
    "page X of Y", then draws each page's header and footer."""
    style = furniture.style
    rtl = furniture.rtl

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
            half = (page.width - 2 * page.side) / 2 - 6
            size = style.size
            text = drawable(text, furniture.missing)
            lines = layout_text(text, style.font, size, half, 1 if rtl else 0)
            while len(lines) > 1 and size > 6.0:
                size = max(6.0, size - 0.4)
                lines = layout_text(text, style.font, size, half, 1 if rtl else 0)
            left = (start_side and not rtl) or (not start_side and rtl)
            step = size * 1.2
            ordered = list(reversed(lines)) if up else lines
            for index, placed in enumerate(ordered):
                x = page.side if left else page.width - page.side - placed.width
                draw_line(self, placed, x, y + index * step if up else y - index * step)

        def _decorate(self, number: int, total: int) -> None:
            self.saveState()
            self.setFillColor(style.color)
            top = page.height - page.top + 20
            self._place(furniture.header_start, top, True, up=True)
            self._place(furniture.header_end, top, False, up=True)
            self.setStrokeColor(furniture.rule)
            self.setLineWidth(0.5)
            self.line(page.side, top - 6, page.width - page.side, top - 6)
            bottom = page.bottom - 26
            self.line(page.side, bottom + 11, page.width - page.side, bottom + 11)
            self._place(furniture.footer_start, bottom, True)
            self._place(furniture.page_of(number, total), bottom, False)
            self.restoreState()

    return PagedCanvas


_FUZZ = 1e-6
_UNBOUNDED = float(0xFFFFFFF)  # the height a piece is measured in to know its whole size


class _Pages:
    """Places a story's pieces down the pages' one frame, in turn.

    A piece that does not fit in what is left of the page is cut there when it can be
    (:meth:`Flowable.split`), and goes whole to the next page when it cannot. Pieces kept
    with the next one (a heading, a label) go to the next page with it when together they
    do not fit, unless the page is still empty: then they are placed in turn, and cut."""

    def __init__(
        self, canvas: Canvas, page: PageGeometry, on_flowable: Callable[[], None]
    ) -> None:
        self.canvas = canvas
        self.on_flowable = on_flowable
        self.x = page.side
        self.width = page.width - 2 * page.side
        self.bottom = page.bottom
        self.top = page.height - page.top
        self.y = self.top
        self.begun = False  # a page is being filled (it is shown even if left empty)

    @property
    def at_top(self) -> bool:
        return self.y == self.top

    def lay_out(self, story: Iterable[Flowable]) -> None:
        pending = deque(story)
        while pending:
            self.begun = True
            piece = pending.popleft()
            if isinstance(piece, PageBreak):
                self.end_page()
                self.on_flowable()
                continue
            if piece.keep_with_next:
                pending.appendleft(piece)
                self._keep_together(pending)
                continue
            if self._place(piece):
                continue
            parts = piece.split(self.width, self.y - self.bottom)
            if parts and isinstance(parts[0], PageBreak):
                pending.extendleft(reversed(parts))
            elif parts:
                if not self._place(parts[0]):
                    raise RuntimeError(f"{piece!r} was cut in a first piece that does not fit")
                pending.extendleft(reversed(parts[1:]))
            elif self.at_top:  # it fits on no page
                raise RuntimeError(f"{piece!r} is too large for a page")
            else:
                pending.appendleft(piece)
                self.end_page()
        if self.begun:
            self.end_page()

    def _keep_together(self, pending: deque[Flowable]) -> None:
        """The pieces kept with the next one, and that one, start a new page when together
        they do not fit on this one; they are placed in turn either way."""
        count = 0
        while count < len(pending) and pending[count].keep_with_next:
            count += 1
        if count < len(pending) and not isinstance(pending[count], PageBreak):
            count += 1
        group = [pending[index] for index in range(count)]
        for piece in group[:-1] or group:  # a chain with nothing after it is let go
            piece.keep_with_next = False
        height = sum(piece.wrap(self.width, _UNBOUNDED)[1] for piece in group)
        if height > self.y - self.bottom and not self.at_top:
            self.end_page()

    def _place(self, piece: Flowable) -> bool:
        room = self.y - self.bottom
        if room <= 0:
            return False
        _width, height = piece.wrap(self.width, room)
        if self.y - height < self.bottom - _FUZZ:
            return False
        self.y -= height
        piece.drawOn(self.canvas, self.x, self.y)
        self.on_flowable()
        return True

    def end_page(self) -> None:
        self.canvas.showPage()
        self.y = self.top
        self.begun = False


def build_pdf(
    story: list[Flowable],
    page: PageGeometry,
    canvasmaker: type[Canvas],
    on_flowable: Callable[[], None],
    *,
    title: str,
    author: str,
    subject: str,
    keywords: list[str],
    creator: str,
    lang: str,
) -> bytes:
    """Lay a story out on pages of one frame, with the document's own description (its
    title, author, subject, keywords, the program that made it and its language)."""
    handle = io.BytesIO()
    canvas = canvasmaker(
        handle,
        pagesize=(page.width, page.height),
        initialFontName=FONT_REGULAR,
        initialFontSize=9,
        lang=lang,
    )
    canvas.setAuthor(author)
    canvas.setTitle(title)
    canvas.setSubject(subject)
    canvas.setCreator(creator)
    canvas.setKeywords(keywords)
    _Pages(canvas, page, on_flowable).lay_out(story)
    canvas.save()
    return handle.getvalue()
