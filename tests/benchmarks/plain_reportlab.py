"""The baseline of the PDF benchmarks: a report's own story built from reportlab's own
``Paragraph`` in platypus ``Table`` cells, without shaping, bidi or font fallback, and laid
out on its pages by platypus's document template (:func:`plain_pages`)."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any
from unittest import mock
from xml.sax.saxutils import escape

from reportlab import platypus
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import KeepTogether, Paragraph, Table
from reportlab.platypus import TableStyle as RLTableStyle

from mra_desktop.core import pdf_layout, report_base
from mra_desktop.core.pdf_layout import FONT_REGULAR, PageGeometry, Row, TextStyle
from mra_desktop.core.report_base import GRID, HEADER_FILL, MARGIN_SIDE, PAGE_WIDTH


class _Piece(platypus.Flowable):  # type: ignore[misc]
    """One of the program's own pieces (a rule, a spacer) in a platypus story."""

    def __init__(self, piece: pdf_layout.Flowable) -> None:
        super().__init__()
        self.piece = piece
        self.keepWithNext = piece.keep_with_next

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return self.piece.wrap(availWidth, availHeight)

    def split(self, availWidth: float, availHeight: float) -> list[Any]:  # noqa: N803
        return [_platypus(part) for part in self.piece.split(availWidth, availHeight)]

    def draw(self) -> None:
        self.piece.drawOn(self.canv, 0, 0)


def _platypus(piece: Any) -> Any:
    if isinstance(piece, pdf_layout.PageBreak):
        return platypus.PageBreak()
    return _Piece(piece) if isinstance(piece, pdf_layout.Flowable) else piece


def _build_with_platypus(
    story: list[Any],
    page: PageGeometry,
    canvasmaker: type[Canvas],
    on_flowable: Callable[[], None],
    **metadata: Any,
) -> bytes:
    """The story on pages of one frame, laid out by platypus's ``BaseDocTemplate``."""
    handle = io.BytesIO()
    doc = platypus.BaseDocTemplate(
        handle,
        pagesize=(page.width, page.height),
        leftMargin=page.side,
        rightMargin=page.side,
        topMargin=page.top,
        bottomMargin=page.bottom,
        initialFontName=FONT_REGULAR,
        initialFontSize=9,
        **metadata,
    )
    frame = platypus.Frame(
        page.side, page.bottom, page.width - 2 * page.side,
        page.height - page.top - page.bottom, id="body",
        leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0,
    )
    doc.addPageTemplates([platypus.PageTemplate(id="page", frames=[frame])])
    doc.build([_platypus(piece) for piece in story], canvasmaker=canvasmaker)
    return handle.getvalue()


@contextmanager
def plain_pages() -> Iterator[None]:
    """Reports written meanwhile are laid out by platypus, as plain reportlab does."""
    with mock.patch.object(report_base, "build_pdf", _build_with_platypus):
        yield


class PlainFlowables:
    """A report writer's flowables made by reportlab itself: ``Paragraph`` in platypus
    ``Table`` cells, no shaping, no bidi, no font fallback (mixed into a writer class)."""

    s: Any

    def p(self, text: str, style: TextStyle, **options: Any) -> Any:
        bullet = options.get("bullet")
        markup = escape(text.strip()).replace("\n", "<br/>")
        return Paragraph(
            f"{bullet} {markup}" if bullet else markup,
            ParagraphStyle(
                "plain",
                fontName=style.font,
                fontSize=style.size,
                leading=style.leading,
                spaceBefore=style.space_before,
                spaceAfter=style.space_after,
            ),
        )

    def headed(self, heading: list[Any], table: Any) -> Any:
        return KeepTogether([_platypus(piece) for piece in [*heading, table]])

    def table(
        self,
        widths: Sequence[float],
        header: Sequence[str] | None,
        rows: list[Row],
        centred: Sequence[int] = (),
    ) -> Any:
        frame = PAGE_WIDTH - 2 * MARGIN_SIDE
        columns = len(widths)
        data: list[list[Any]] = []
        commands: list[tuple[Any, ...]] = [("GRID", (0, 0), (-1, -1), 0.5, GRID)]
        if header is not None:
            data.append([self.p(text, self.s.header_cell) for text in header])
            commands.append(("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL))
        for row in rows:
            if row.band:
                commands.append(("SPAN", (0, len(data)), (-1, len(data))))
                data.append([row.cells[0]] + [""] * (columns - 1))
            else:
                data.append(list(row.cells))
        return Table(
            data,
            colWidths=[frame * w / sum(widths) for w in widths],
            repeatRows=1 if header else 0,
            splitInRow=1,
            style=RLTableStyle(commands),
        )
