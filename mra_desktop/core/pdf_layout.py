"""Drawing bidirectional text in PDFs with reportlab: fonts, paragraphs and grid tables.

reportlab knows neither Arabic shaping nor bidi, so text never goes through its own
paragraphs. :class:`BidiParagraph` lays its text out with :mod:`mra_desktop.core.bidi`
(shaped, resolved on the whole paragraph, broken in logical order, each line reordered)
and draws each finished line with ``drawString``, one call per font run. Amiri draws
Arabic and Latin; Tifinagh letters fall back to Noto Sans Tifinagh. A character that no
shipped font has is replaced before layout, so nothing is ever drawn as a blank.

:class:`GridTable` is a light grid table whose columns run right to left in a
right-to-left document, whose header row repeats on every page, and whose rows split
across pages by splitting the flowables of their cells.
"""

from __future__ import annotations

import struct
import threading
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from reportlab.lib.colors import Color, black
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus.doctemplate import FrameBreak
from reportlab.platypus.flowables import Flowable

from mra_desktop.core import bidi
from mra_desktop.core.errors import MraError
from mra_desktop.core.resources import resource_path

FONT_REGULAR = "MRA-Amiri"
FONT_BOLD = "MRA-Amiri-Bold"
FONT_TIFINAGH = "MRA-NotoSansTifinagh"
_FONT_FILES = {
    FONT_REGULAR: "Amiri-Regular.ttf",
    FONT_BOLD: "Amiri-Bold.ttf",
    FONT_TIFINAGH: "NotoSansTifinagh-Regular.ttf",
}
_TIFINAGH = range(0x2D30, 0x2D80)
_lock = threading.Lock()
_coverage: dict[str, frozenset[int]] = {}
_ink: dict[str, dict[int, tuple[float, float]]] = {}

# Characters the fonts lack, written with characters they have.
_SUBSTITUTES = {
    "\u2192": "->",
    "\u2190": "<-",
    "\u21d2": "=>",
    "\u2794": "->",
    "\u25cf": "\u2022",
    "\u25aa": "\u2022",
    "\u25a0": "\u2022",
    "\u25e6": "-",
    "\u2043": "-",
    "\u2212": "-",
    "\u2010": "-",
    "\u2011": "-",
    "\u2713": "+",
    "\u2714": "+",
    "\u2717": "x",
    "\u2718": "x",
    "\u2264": "<=",
    "\u2265": ">=",
    "\u2260": "!=",
    "\u2122": "TM",
    "\u00ad": "",
    "\ufeff": "",
}
_REPLACEMENT = "?"


def register_fonts() -> None:
    """Register the report's fonts with reportlab once (safe from any thread)."""
    with _lock:
        if len(_coverage) == len(_FONT_FILES):
            return
        for name, filename in _FONT_FILES.items():
            path = resource_path("fonts", filename)
            try:
                font = TTFont(name, str(path))
                ink = _ink_extents(path, font.face.charToGlyph)
            except (OSError, struct.error) as exc:
                raise MraError(
                    f"The report font {filename} is missing or damaged; reinstall mra-desktop."
                ) from exc
            pdfmetrics.registerFont(font)
            _ink[name] = ink
            _coverage[name] = frozenset(font.face.charToGlyph)


def _ink_extents(path: Path, char_to_glyph: dict[int, int]) -> dict[int, tuple[float, float]]:
    """Left and right ends of each character's outline, in ems from its origin (from the
    font's ``glyf`` table)."""
    data = path.read_bytes()
    tables = {}
    for index in range(struct.unpack(">H", data[4:6])[0]):
        tag, _checksum, position, _length = struct.unpack(
            ">4sIII", data[12 + 16 * index : 28 + 16 * index]
        )
        tables[tag] = position
    if b"glyf" not in tables:
        return {}
    head = tables[b"head"]
    units = struct.unpack(">H", data[head + 18 : head + 20])[0]
    long_offsets = struct.unpack(">h", data[head + 50 : head + 52])[0] == 1
    glyphs = struct.unpack(">H", data[tables[b"maxp"] + 4 : tables[b"maxp"] + 6])[0]
    loca, glyf = tables[b"loca"], tables[b"glyf"]

    def offset(gid: int) -> int:
        if long_offsets:
            return int(struct.unpack(">I", data[loca + 4 * gid : loca + 4 * gid + 4])[0])
        return 2 * int(struct.unpack(">H", data[loca + 2 * gid : loca + 2 * gid + 2])[0])

    extents = {}
    for code, gid in char_to_glyph.items():
        if gid >= glyphs or offset(gid) == offset(gid + 1):
            continue
        start = glyf + offset(gid)
        x_min, _y_min, x_max = struct.unpack(">hhh", data[start + 2 : start + 8])
        extents[code] = (x_min / units, x_max / units)
    return extents


def font_has(font: str, char: str) -> bool:
    register_fonts()
    return ord(char) in _coverage[font]


def font_for(char: str, font: str) -> str:
    """The font that draws ``char``: Tifinagh letters in Noto Sans Tifinagh, the rest in
    ``font`` (Amiri, regular or bold), or in Amiri regular for the few characters that
    the bold face lacks."""
    code = ord(char)
    if code in _TIFINAGH:
        return FONT_TIFINAGH
    if code in _coverage[font] or code not in _coverage[FONT_REGULAR]:
        return font
    return FONT_REGULAR


def drawable(text: str) -> str:
    """``text`` with every character that no shipped font can draw replaced.

    Formatting characters (marks, joiners, direction controls) are kept: they draw
    nothing and matter to shaping and bidi.
    """
    register_fonts()
    regular, tifinagh = _coverage[FONT_REGULAR], _coverage[FONT_TIFINAGH]
    out: list[str] = []
    for char in text:
        code = ord(char)
        if code in regular or (code in _TIFINAGH and code in tifinagh) or char in "\n\r":
            out.append(char)
            continue
        if char == "\t":
            out.append(" ")
            continue
        if unicodedata.category(char) == "Cf" or bidi.bidi_class(char) == "BN":
            out.append(char)
            continue
        if char in _SUBSTITUTES:
            out.append(_SUBSTITUTES[char])
            continue
        folded = unicodedata.normalize("NFKC", char)
        if folded != char and all(ord(c) in regular for c in folded):
            out.append(folded)
            continue
        out.append(_REPLACEMENT)
    return "".join(out)


# -- measuring and drawing lines -------------------------------------------------------------

_width_cache: dict[tuple[str, float], dict[str, float]] = {}


def char_width(font: str, size: float) -> Callable[[str], float]:
    """A function giving the advance width of one shaped character in ``font``."""
    register_fonts()
    cache = _width_cache.setdefault((font, size), {})

    def width(char: str) -> float:
        value = cache.get(char)
        if value is None:
            value = pdfmetrics.stringWidth(char, font_for(char, font), size)
            cache[char] = value
        return value

    return width


def font_runs(visual: str, font: str) -> list[tuple[str, str]]:
    """A visual line cut into ``(font, text)`` runs."""
    runs: list[tuple[str, str]] = []
    start = 0
    current = font_for(visual[0], font) if visual else font
    for index, char in enumerate(visual):
        wanted = font_for(char, font)
        if wanted != current:
            runs.append((current, visual[start:index]))
            start, current = index, wanted
    if start < len(visual):
        runs.append((current, visual[start:]))
    return runs


def _is_mark(char: str) -> bool:
    return bidi.bidi_class(char) == "NSM"


def draw_line(canvas: Canvas, line: bidi.Line, x: float, y: float, font: str, size: float) -> None:
    """Draw a finished line with its left end at ``x`` and its baseline at ``y``."""
    visual = line.visual
    if not any(_is_mark(char) for char in visual):
        for run_font, text in font_runs(visual, font):
            canvas.setFont(run_font, size)
            canvas.drawString(x, y, text)
            x += pdfmetrics.stringWidth(text, run_font, size)
        return
    _draw_with_marks(canvas, visual, x, y, font, size)


def _draw_with_marks(
    canvas: Canvas, visual: str, x: float, y: float, font: str, size: float
) -> None:
    """Draw a line whose combining marks are centred over their letters.

    Without the font's positioning rules a mark would sit where its outline happens to
    be; here it is centred on the ink of its letter: the letter after it for Arabic marks
    (right-to-left lines put a mark before its letter), the letter before it otherwise.
    """
    width = char_width(font, size)
    lefts: list[float] = []
    pen = x
    for char in visual:
        lefts.append(pen)
        pen += 0.0 if _is_mark(char) else width(char)
    run_start = None
    for index in range(len(visual) + 1):
        mark_or_end = index == len(visual) or _is_mark(visual[index])
        if not mark_or_end and run_start is None:
            run_start = index
        if mark_or_end and run_start is not None:
            part = visual[run_start:index]
            left = lefts[run_start]
            for run_font, text in font_runs(part, font):
                canvas.setFont(run_font, size)
                canvas.drawString(left, y, text)
                left += pdfmetrics.stringWidth(text, run_font, size)
            run_start = None
    for index, char in enumerate(visual):
        if not _is_mark(char):
            continue
        arabic = "\u0600" <= char <= "\u08ff"
        step = 1 if arabic else -1
        base = index + step
        while 0 <= base < len(visual) and _is_mark(visual[base]):
            base += step
        mark_font = font_for(char, font)
        centre = lefts[index]
        if 0 <= base < len(visual):
            base_char = visual[base]
            ink = _ink[font_for(base_char, font)].get(ord(base_char))
            if ink is not None:
                centre = lefts[base] + (ink[0] + ink[1]) / 2 * size
            else:
                centre = lefts[base] + width(base_char) / 2
        mark_ink = _ink[mark_font].get(ord(char), (0.0, 0.0))
        canvas.setFont(mark_font, size)
        canvas.drawString(centre - (mark_ink[0] + mark_ink[1]) / 2 * size, y, char)


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


class BidiParagraph(Flowable):  # type: ignore[misc]
    """A paragraph (or several, one per line of ``text``) drawn line by line.

    Every paragraph takes its direction from its own first strong character; ``rtl``
    (the document's direction) applies to a paragraph that has none, such as a number.
    """

    def __init__(
        self,
        text: str,
        style: TextStyle,
        *,
        rtl: bool,
        keep_with_next: bool = False,
        lines: list[bidi.Line] | None = None,
        space_before: float | None = None,
        space_after: float | None = None,
        bullet: str | None = None,
    ) -> None:
        super().__init__()
        self.text = text
        self.bullet = bullet
        self.style = style
        self.rtl = rtl
        self.keepWithNext = keep_with_next
        self._lines = lines
        self._layout_width: float | None = None if lines is None else -1.0
        self._space_before = style.space_before if space_before is None else space_before
        self._space_after = style.space_after if space_after is None else space_after
        self.width = 0.0
        self.height = 0.0

    def __repr__(self) -> str:
        return f"BidiParagraph({self.text[:30]!r})"

    def _layout(self, width: float) -> list[bidi.Line]:
        if self._lines is not None and (self._layout_width == width or self._layout_width == -1.0):
            return self._lines
        measure = char_width(self.style.font, self.style.size)
        self._lines = bidi.layout_text(
            drawable(self.text), measure, max(width - self._indent, 1.0), 1 if self.rtl else 0
        )
        self._layout_width = width
        return self._lines

    @property
    def _indent(self) -> float:
        return self.style.indent + (self.style.size * 1.1 if self.bullet else 0.0)

    @property
    def lines(self) -> list[bidi.Line]:
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
            keep_with_next=self.keepWithNext,
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
                    mark = bidi.Line(
                        self.bullet,
                        stringWidth(self.bullet, style.font, style.size),
                        line.rtl,
                        False,
                    )
                    bullet_x = self.width - style.indent - mark.width if right else style.indent
                    draw_line(canvas, mark, bullet_x, baseline, style.font, style.size)
            draw_line(canvas, line, x, baseline, style.font, style.size)
            baseline -= style.leading


class Rule(Flowable):  # type: ignore[misc]
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

    cells: list[list[Flowable]]
    band: bool = False
    background: Color | None = None
    bold_rule: bool = False
    continued: bool = field(default=False)
    #: what the first column shows on the next page when only the other columns continue
    continued_first: list[Flowable] | None = None


@dataclass(frozen=True)
class TableStyle:
    padding: float = 4.0
    grid: Color = black
    grid_width: float = 0.4
    header_background: Color | None = None
    min_split: float = 40.0  # do not start a split row in less room than this


def _split_flowables(
    flowables: list[Flowable], width: float, height: float
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
            rest = list(parts[1:]) + flowables[index + 1 :]
        else:
            rest = flowables[index:]
        break
    else:
        return first, []
    while first and getattr(first[-1], "keepWithNext", False):
        rest.insert(0, first.pop())
    return first, rest


class GridTable(Flowable):  # type: ignore[misc]
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
        for row in self.rows:
            heights.append(self._row_height(row, width))
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
        return table

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
        if not row.band and left >= min(self.style.min_split, self._heights[count]):
            pieces = self._split_row(row, availWidth, left, strict=True)
            if pieces is None and count == 0:  # at the top of a page the row must split
                pieces = self._split_row(row, availWidth, left, strict=False)
            # A row that would leave only a line or two for the next page moves whole.
            if pieces is not None and count > 0:
                if self._row_height(pieces[1], availWidth) < self.style.min_split:
                    pieces = None
            if pieces is not None:
                first_part = self.rows[:count] + [pieces[0]]
                rest = [pieces[1]] + self.rows[count + 1 :]
                return [self._copy(first_part), self._copy(rest)]
        # A sub-heading band never ends a page.
        while count > 0 and self.rows[count - 1].band:
            count -= 1
        if count == 0:
            return []
        # The rows moved on start the next page, even if they could be cut to fit here.
        return [self._copy(self.rows[:count]), FrameBreak(), self._copy(self.rows[count:])]

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
        if not rests[0] and row.continued_first:
            rests[0] = list(row.continued_first)
        return (
            Row(firsts, background=row.background, bold_rule=row.bold_rule),
            Row(
                rests,
                background=row.background,
                bold_rule=row.bold_rule,
                continued=True,
                continued_first=row.continued_first,
            ),
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
