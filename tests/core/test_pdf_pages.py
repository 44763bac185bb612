"""How a story's pieces go onto pages (pdf_layout._Pages): judged by what each page of
the written PDF holds, read back with pdfplumber."""

from __future__ import annotations

import io

import pdfplumber
import pytest
from reportlab.pdfgen.canvas import Canvas

from mra_desktop.core.pdf_layout import (
    BidiParagraph,
    Flowable,
    PageBreak,
    PageGeometry,
    Spacer,
    TextStyle,
    build_pdf,
    register_fonts,
)

# a small page: 100 points of room between the margins
PAGE = PageGeometry(width=300, height=200, side=20, top=50, bottom=50)
STYLE = TextStyle(size=10, leading=20)  # five lines to a page


def para(text: str, *, keep_with_next: bool = False) -> BidiParagraph:
    return BidiParagraph(text, STYLE, rtl=False, keep_with_next=keep_with_next)


def pages(story: list[Flowable]) -> list[str]:
    """The text of each page of the PDF the story makes."""
    register_fonts()
    data = build_pdf(
        story, PAGE, Canvas, lambda: None,
        title="t", author="a", subject="s", keywords=[], creator="c", lang="en",
    )
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return [" ".join((page.extract_text() or "").split()) for page in pdf.pages]


def test_pieces_fill_a_page_then_the_next() -> None:
    story: list[Flowable] = [para(f"line{n}") for n in range(1, 8)]
    assert pages(story) == ["line1 line2 line3 line4 line5", "line6 line7"]


def test_a_heading_goes_to_the_next_page_with_what_it_heads() -> None:
    story: list[Flowable] = [
        *[para(f"line{n}") for n in range(1, 5)],
        para("Heading", keep_with_next=True),
        para("body"),
    ]
    assert pages(story) == ["line1 line2 line3 line4", "Heading body"]


def test_a_chain_of_kept_pieces_on_an_empty_page_is_placed_and_cut_not_skipped() -> None:
    """Taller together than a page: no empty page before them, they fill this one."""
    story: list[Flowable] = [
        para("Heading", keep_with_next=True),
        para("label", keep_with_next=True),
        para("\n".join(f"body{n}" for n in range(1, 9))),
    ]
    assert pages(story) == ["Heading label body1 body2 body3", "body4 body5 body6 body7 body8"]


def test_a_long_paragraph_is_cut_keeping_two_lines_on_each_side() -> None:
    story: list[Flowable] = [
        *[para(f"line{n}") for n in range(1, 5)],
        para("\n".join(f"body{n}" for n in range(1, 5))),
    ]
    # one line of room: the four-line paragraph moves whole rather than leave one alone
    assert pages(story) == ["line1 line2 line3 line4", "body1 body2 body3 body4"]


def test_page_breaks_start_pages_and_a_last_one_adds_no_empty_page() -> None:
    story: list[Flowable] = [para("one"), PageBreak(), para("two"), PageBreak()]
    assert pages(story) == ["one", "two"]


def test_a_spacer_that_does_not_fit_goes_to_the_next_page() -> None:
    story: list[Flowable] = [para("one"), para("two"), para("three"), Spacer(1, 50), para("four")]
    assert pages(story) == ["one two three", "four"]


def test_a_piece_too_large_for_any_page_is_refused_rather_than_looping() -> None:
    with pytest.raises(RuntimeError, match="too large for a page"):
        pages([para("one"), Spacer(1, 500)])
