"""How long an Arabic report takes, against reportlab laying out the same text without
shaping or bidi (its own Paragraph and Table), measured in the same run.

Run with ``make bench``. Targets: a typical meeting under 1 s; ratio under 2.
"""

from __future__ import annotations

import datetime as dt
import statistics
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import pytest
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, Table
from reportlab.platypus import TableStyle as RLTableStyle

from mra_desktop.core import report_pdf
from mra_desktop.core.database import open_database
from mra_desktop.core.demo import load_demo
from mra_desktop.core.pdf_layout import Row, TextStyle, register_fonts
from mra_desktop.core.protocol import load_protocol
from mra_desktop.core.services import Services
from tests.report_meetings import add_meeting

GENERATED = dt.date(2024, 3, 5)


class PlainBuilder(report_pdf._Builder):
    """The same report with reportlab's own paragraphs and tables: no shaping, no bidi."""

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
        from reportlab.platypus import KeepTogether

        return KeepTogether([*heading, table])

    def table(
        self,
        widths: Sequence[float],
        header: Sequence[str] | None,
        rows: list[Row],
        centred: Sequence[int] = (),
    ) -> Any:
        frame = report_pdf.PAGE_WIDTH - 2 * report_pdf.MARGIN_SIDE
        columns = len(widths)
        data: list[list[Any]] = []
        commands: list[tuple[Any, ...]] = [("GRID", (0, 0), (-1, -1), 0.5, report_pdf.GRID)]
        if header is not None:
            data.append([self.p(text, self.s.header_cell) for text in header])
            commands.append(("BACKGROUND", (0, 0), (-1, 0), report_pdf.HEADER_FILL))
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


def _plain_pdf(services: Services, meeting_id: str) -> bytes:
    data = report_pdf._load(services, meeting_id)
    builder = PlainBuilder(data, load_protocol(), "ar", False)
    return report_pdf.render(builder, builder.story(lambda: None), GENERATED, lambda: None)


def _ours(services: Services, meeting_id: str) -> bytes:
    return report_pdf.meeting_pdf_bytes(services, meeting_id, "ar", generated=GENERATED)


@pytest.fixture(scope="module")
def meetings(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Services, str, str]]:
    database = open_database(tmp_path_factory.mktemp("bench") / "bench.sqlite")
    services = Services(database)
    load_demo(services)
    largest = max(
        services.meetings.list(),
        key=lambda mt: (
            len(services.changes.for_meeting(mt.id)) + len(services.action_items.for_meeting(mt.id))
        ),
    )
    generated = add_meeting(services, changes=200, actions=60, story_sentences=3)
    register_fonts()
    yield services, largest.id, generated
    database.close()


def _median(function: Callable[[], object], rounds: int) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _compare(
    benchmark: Any, services: Services, meeting_id: str, rounds: int
) -> tuple[float, float]:
    ours = benchmark.pedantic(_ours, args=(services, meeting_id), rounds=rounds, warmup_rounds=1)
    assert ours.startswith(b"%PDF-")
    mine = benchmark.stats.stats.median
    plain = _median(lambda: _plain_pdf(services, meeting_id), rounds)
    ratio = mine / plain
    benchmark.extra_info.update(
        seconds=round(mine, 3), reportlab_plain=round(plain, 3), ratio=round(ratio, 2)
    )
    print(
        f"\nArabic report: {mine:.3f} s; reportlab without shaping or bidi: {plain:.3f} s; "
        f"ratio {ratio:.2f}"
    )
    return mine, ratio


def test_bench_largest_demo_meeting_in_arabic(
    benchmark: Any, meetings: tuple[Services, str, str], tmp_path: Path
) -> None:
    services, largest, _generated = meetings
    seconds, ratio = _compare(benchmark, services, largest, rounds=5)
    assert seconds < 1.0
    assert ratio < 2.0


def test_bench_200_changes_in_arabic(benchmark: Any, meetings: tuple[Services, str, str]) -> None:
    services, _largest, generated = meetings
    seconds, ratio = _compare(benchmark, services, generated, rounds=2)
    assert ratio < 2.0
