"""The newsletter's HTML in a real browser: headless Chromium (the Debian package, which
``make test`` installs through packaging/install-system-deps.sh) renders an Arabic, a
French and a mixed issue at 375 pixels (a phone) and 800, and the rendered page is
checked: right-to-left layout where Arabic, no horizontal overflow, no character drawn
as a missing glyph, every item present in order, nothing fetched from anywhere.

See tests/chromium_support.py for how Chromium is driven (DevTools protocol over a pipe)
and how missing glyphs are found (the fonts that drew each element, and their character
maps). Each check is first shown able to fail, on a page made to break it.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from mra_desktop.core.demo import demo_id
from mra_desktop.core.newsletter import issues
from mra_desktop.core.newsletter.content import ChangeBlock, FiguresBlock, issue_content
from mra_desktop.core.newsletter.html import export_issue_html
from mra_desktop.core.resources import resource_path
from tests.chromium_support import Chromium, Page, find_chromium, font_names
from tests.mra_support import mra_demo_copy

CHROMIUM = find_chromium()
pytestmark = pytest.mark.skipif(
    CHROMIUM is None,
    reason="Chromium is not installed (Debian package chromium: make test installs it "
    "through packaging/install-system-deps.sh)",
)
WIDTHS = (375, 800)
FONTS = resource_path("fonts")

# Geometry read from the rendered page, in one evaluation.
LAYOUT = """(() => {
  const width = window.innerWidth;
  const outside = [];
  for (const el of document.body.querySelectorAll('*')) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    if (r.right > width + 0.5 || r.left < -0.5) outside.push(el.tagName + ' ' + el.textContent.slice(0, 40));
  }
  const start = (el) => {
    // where the element's first character is drawn, against its content box
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    const node = walker.nextNode();
    const range = document.createRange();
    range.setStart(node, 0); range.setEnd(node, 1);
    const glyph = range.getBoundingClientRect();
    const box = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    return {dir: el.getAttribute('dir'), direction: style.direction,
            fromLeft: glyph.left - box.left - parseFloat(style.paddingLeft),
            fromRight: box.right - parseFloat(style.paddingRight) - glyph.right};
  };
  const items = Array.from(document.querySelectorAll('[id^="item-"]'), (cell) => {
    const heading = cell.querySelector('h2');
    return {id: cell.id, title: heading.textContent, start: start(heading)};
  });
  const tiles = Array.from(document.querySelectorAll('[id^="item-"] td[width="50%"]'),
                           (td) => td.getBoundingClientRect().left);
  const smallest = Math.min(...Array.from(document.querySelectorAll('p'),
                            (p) => parseFloat(getComputedStyle(p).fontSize)));
  return {
    width, lang: document.documentElement.lang, dir: document.documentElement.dir,
    bodyDirection: getComputedStyle(document.body).direction,
    scrollWidth: document.documentElement.scrollWidth, bodyScroll: document.body.scrollWidth,
    outside, items, tiles, smallest,
    column: document.querySelector('table[style*="max-width"]').getBoundingClientRect().width,
  };
})()"""


@pytest.fixture(scope="module")
def browser() -> Iterator[Chromium]:
    assert CHROMIUM is not None
    with Chromium(CHROMIUM, fonts=[FONTS]) as chromium:
        yield chromium


@pytest.fixture(scope="module")
def page(browser: Chromium) -> Page:
    return browser.page()


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, list[str]]]:
    """The three issues as HTML files, with the titles of their items in order."""
    folder = tmp_path_factory.mktemp("newsletter")
    db = mra_demo_copy(folder)
    try:
        french = issues.create_draft(
            db, language="fr", period_from=dt.date(2022, 6, 1), period_to=dt.date(2022, 6, 30)
        )
        added = issues.add_change(
            db, french.issue_id, demo_id("change", "vfm-2022-06-cross-agadir-fr", "vfm-2022-06-fr-c3")
        )
        # an address is one long word: on a phone it must wrap, not widen the page
        issues.edit_item(
            db, added, why="Voir https://www.sante.gov.ma/Documents/2020/circulaire-74-prise-en-"
            "charge-des-femmes-victimes-de-violence-dans-les-hopitaux.pdf pour le texte."
        )
        wanted = {
            "ar": demo_id("newsletter", "2022-1"),  # published, all in Arabic
            "fr": french.issue_id,
            "mixed": demo_id("newsletter", "2022-2"),  # Arabic, with French and English changes
        }
        files = {}
        for name, issue_id in wanted.items():
            path = folder / f"{name}.html"
            content = export_issue_html(db, issue_id, path)
            titles = [
                b.heading if isinstance(b, FiguresBlock) else b.title for b in content.blocks
            ]
            files[name] = (path, titles)
        mixed = issue_content(db, wanted["mixed"])
        assert {b.title[:1].isascii() for b in mixed.blocks if isinstance(b, ChangeBlock)} == {
            True, False}
    finally:
        db.close()
    return files


def _layout(page: Page, path: Path, width: int) -> dict[str, Any]:
    page.open(path, width)
    return dict(page.evaluate(LAYOUT))


# -- the checks can fail --------------------------------------------------------------------
def test_the_checks_catch_a_missing_glyph_an_overflow_and_a_fetch(page: Page, tmp_path: Path) -> None:
    broken = tmp_path / "broken.html"
    broken.write_text(
        '<!DOCTYPE html><html lang="fr" dir="ltr"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1"></head><body>'
        '<p style="font-family:Amiri">Le mot 漢 et ☃ ici.</p>'
        '<div style="width:900px">trop large</div>'
        '<img src="https://example.invalid/pixel.png" alt=""></body></html>',
        encoding="utf-8",
    )
    page.open(broken, 375)
    assert {char for char, _text in page.missing_glyphs("p", font_names(FONTS))} == {"漢"}
    assert page.evaluate("document.documentElement.scrollWidth") > 375
    assert any(url.startswith("https://") for url in page.requests)


# -- the issues ------------------------------------------------------------------------------
@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("name", ["ar", "fr", "mixed"])
def test_each_issue_reads_well_at_phone_and_desktop_width(  # type: ignore[no-untyped-def]
    page: Page, rendered, name: str, width: int, tmp_path: Path
) -> None:
    path, titles = rendered[name]
    layout = _layout(page, path, width)
    page.screenshot(tmp_path / f"{name}-{width}.png")
    # nothing fetched: the file is the whole message
    assert page.requests == [path.resolve().as_uri()]
    # no horizontal overflow, and the column fills a phone's screen
    assert layout["scrollWidth"] <= width and layout["bodyScroll"] <= width
    assert layout["outside"] == []
    assert layout["column"] == pytest.approx(min(640, width - 16), abs=1)
    assert layout["smallest"] >= 12
    # every item, in order
    assert [i["id"] for i in layout["items"]] == [f"item-{n}" for n in range(1, len(titles) + 1)]
    assert [i["title"] for i in layout["items"]] == titles
    # directions: the page's, and each title's from its own letters
    arabic = name in ("ar", "mixed")
    assert (layout["lang"], layout["dir"], layout["bodyDirection"]) == (
        ("ar", "rtl", "rtl") if arabic else ("fr", "ltr", "ltr")
    )
    for item in layout["items"]:
        start = item["start"]
        assert start["direction"] == start["dir"]
        if start["dir"] == "rtl":
            assert abs(start["fromRight"]) <= 1.5, item
        else:
            assert abs(start["fromLeft"]) <= 1.5, item
    if name == "ar":
        assert all(i["start"]["dir"] == "rtl" for i in layout["items"])
    if name == "mixed":
        assert {i["start"]["dir"] for i in layout["items"]} == {"rtl", "ltr"}
    # the figures' first tile is at the start side: on the right in Arabic
    first, second = layout["tiles"][:2]
    assert (first > second) if arabic else (first < second)
    # no character is drawn as a missing glyph
    missing = page.missing_glyphs("p,h1,h2,h3", font_names(FONTS))
    assert missing == [], json.dumps(missing[:5], ensure_ascii=False)
