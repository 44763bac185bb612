"""The baseline of the PDF benchmarks: a report's own story built from reportlab's own
``Paragraph`` in platypus ``Table`` cells, without shaping, bidi or font fallback."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import KeepTogether, Paragraph, Table
from reportlab.platypus import TableStyle as RLTableStyle

from mra_desktop.core.pdf_layout import Row, TextStyle
from mra_desktop.core.report_base import GRID, HEADER_FILL, MARGIN_SIDE, PAGE_WIDTH


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
        return KeepTogether([*heading, table])

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
