"""How long MRA's national report takes (``make bench``; skipped by the ordinary test run).

Two databases: the demo as MRA holds it (``demo --mra``: 17 meetings, 55 changes, 118
action-plan items), and a generated one of 500 received meetings (19 in 20 approved) with
5,000 changes and 2,500 action-plan items drawn from a few texts, so that many merge.
Each report is compared in the same run with the same story laid out by plain reportlab
(``Paragraph`` in platypus ``Table`` cells: no shaping, no bidi, no font fallback), as the
meeting report's benchmark does; both sides read the database and write the PDF. Rounds
alternate between the two, and each of ours starts with no shaped paragraph kept.

The issue sets no speed target for the national report: the figures are printed (seconds,
pages, the ratio to plain reportlab) and nothing is asserted about them.
"""

from __future__ import annotations

import datetime as dt
import re
import statistics
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from mra_desktop.core import pdf_text
from mra_desktop.core.database import Database, open_database
from mra_desktop.core.national import Scope
from mra_desktop.core.national_pdf import _NationalBuilder, load_national, national_pdf_bytes
from mra_desktop.core.pdf_layout import register_fonts
from mra_desktop.core.protocol import load_protocol
from mra_desktop.core.report_base import render_pages
from tests.benchmarks.mra_bench_data import fill
from tests.benchmarks.plain_reportlab import PlainFlowables, plain_pages
from tests.mra_support import mra_demo_copy

GENERATED = dt.date(2024, 3, 5)


class PlainNational(PlainFlowables, _NationalBuilder):
    """The same national report with reportlab's own paragraphs and tables."""


def _nothing() -> None:
    return None


def _plain_pdf(db: Database, scope: Scope, lang: str) -> bytes:
    builder = PlainNational(load_national(db, scope), load_protocol(), lang)
    story = builder.story(_nothing)
    with plain_pages():
        return render_pages(builder, story, builder.page_setup(GENERATED), _nothing)


def _ours(db: Database, scope: Scope, lang: str) -> bytes:
    return national_pdf_bytes(db, scope, lang, generated=GENERATED)[0]


def _pages(pdf: bytes) -> int:
    return len(re.findall(rb"/Type /Page\b(?!s)", pdf))


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    register_fonts()
    db = mra_demo_copy(tmp_path_factory.mktemp("bench-demo"))
    yield db
    db.close()


@pytest.fixture(scope="module")
def large(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    register_fonts()
    db = open_database(Path(tmp_path_factory.mktemp("bench-large")) / "mra.sqlite")
    fill(db, changes=5_000, per_meeting=10, items_per_meeting=5)
    yield db
    db.close()


def _compare(
    benchmark: Any, capsys: Any, what: str, run: Callable[[], bytes], plain: Callable[[], bytes],
    rounds: int,
) -> None:
    plain_times: list[float] = []
    outputs: list[bytes] = []

    def before_round() -> None:
        start = time.perf_counter()
        outputs.append(plain())
        plain_times.append(time.perf_counter() - start)
        pdf_text.shape_paragraph.cache_clear()  # ours lays out every paragraph afresh

    ours = benchmark.pedantic(run, setup=before_round, rounds=rounds, warmup_rounds=1)
    assert ours.startswith(b"%PDF-")
    mine = benchmark.stats.stats.median
    baseline = statistics.median(plain_times[-rounds:])
    pages = _pages(ours)
    benchmark.extra_info.update(
        seconds=round(mine, 3), reportlab_plain=round(baseline, 3),
        ratio=round(mine / baseline, 2), pages=pages, plain_pages=_pages(outputs[-1]),
    )
    with capsys.disabled():
        print(
            f"\n{what}: {mine:.3f} s for {pages} pages ({mine / pages * 1000:.0f} ms a page); "
            f"plain reportlab Paragraph in Table: {baseline:.3f} s "
            f"({_pages(outputs[-1])} pages); ratio {mine / baseline:.2f} (no target)"
        )


@pytest.mark.parametrize("lang", ["ar", "fr", "en"])
def test_bench_national_report_of_the_demo(
    benchmark: Any, capsys: Any, demo: Database, lang: str
) -> None:
    scope = Scope(all_states=True)
    _compare(
        benchmark, capsys, f"national report of the demo ({lang}, every state)",
        lambda: _ours(demo, scope, lang), lambda: _plain_pdf(demo, scope, lang), rounds=5,
    )


def test_bench_national_report_of_5000_changes_in_arabic(
    benchmark: Any, capsys: Any, large: Database
) -> None:
    _compare(
        benchmark, capsys, "national report of the 475 approved of 500 generated meetings (4,750 changes, ar)",
        lambda: _ours(large, Scope(), "ar"), lambda: _plain_pdf(large, Scope(), "ar"), rounds=3,
    )
