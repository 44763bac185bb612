"""The meeting report PDF, judged from the outside: glyphs and their positions read back
with pdfplumber, line order compared with GNU FriBidi (never with python-bidi or the
program's own bidi code), fonts read with pdffonts and the fonts' own character maps."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
import unicodedata
from collections.abc import Iterator
from functools import partial
from pathlib import Path
from typing import Any

import pytest

from mra_desktop.core import bidi, pdf_layout
from mra_desktop.core import pdf_text as text_engine
from mra_desktop.core.database import open_database
from mra_desktop.core.demo import demo_id, load_demo
from mra_desktop.core.direction import language_direction, paragraph_direction
from mra_desktop.core.errors import NotFoundError
from mra_desktop.core.files import FileWriteError
from mra_desktop.core.pdf_layout import BidiParagraph, GridTable, Row, Spacer, TableStyle, TextStyle
from mra_desktop.core.progress import Cancelled, Progress
from mra_desktop.core.report_pdf import (
    MARGIN_BOTTOM,
    MARGIN_TOP,
    PAGE_HEIGHT,
    AmbiguousMeetingError,
    ReportLanguageError,
    export_meeting_pdf,
    find_meeting,
)
from mra_desktop.core.resources import resource_path
from mra_desktop.core.services import Services
from tests.pdf_oracle import (
    PdfLine,
    check_paragraph,
    fribidi_visual_line,
    locate_paragraph,
    pdf_chars,
    pdf_lines,
    pdf_text,
    plain,
)
from tests.report_meetings import add_meeting

GENERATED = dt.date(2024, 3, 5)
ARABIC_MEETING = "tafiil-2022-05-lc-taza-ar"
FRENCH_MEETING = "vfm-2022-06-cross-agadir-fr"
LANGS = ("ar", "fr", "en")


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    database = open_database(tmp_path_factory.mktemp("demo") / "demo.sqlite")
    services = Services(database)
    load_demo(services)
    yield services
    database.close()


@pytest.fixture(scope="module")
def reports(
    demo: Services, tmp_path_factory: pytest.TempPathFactory
) -> dict[tuple[str, str], Path]:
    folder = tmp_path_factory.mktemp("reports")
    written = {}
    for key in (ARABIC_MEETING, FRENCH_MEETING):
        for lang in LANGS:
            written[key, lang] = export_meeting_pdf(
                demo,
                demo_id("meeting", key),
                lang,
                folder / f"{key}-{lang}.pdf",
                generated=GENERATED,
            ).path
    return written


@pytest.fixture(scope="module")
def lines_of(reports: dict[tuple[str, str], Path]) -> dict[tuple[str, str], list[PdfLine]]:
    return {key: pdf_lines(path) for key, path in reports.items()}


def content_paragraphs(services: Services, meeting_id: str, lang: str = "en") -> list[str]:
    """Everything typed for a meeting that the report prints as its own paragraphs; the
    details of a change are printed after their label ("Before: …"), or under it when
    they run the other way than the report."""
    labels = json.loads(resource_path("report", "labels.json").read_text(encoding="utf-8"))
    meeting = services.meetings.get(meeting_id)
    texts = [meeting.title]
    for person in services.participants.for_meeting(meeting_id):
        texts += [person.role, person.institution]
    for change in services.changes.for_meeting(meeting_id):
        texts += [
            change.title,
            change.what_changed,
            change.objective,
            change.results,
            change.significance,
            change.difference,
            change.msc_reason,
        ]
        for field in ("before", "now", "who_decided", "story", "references"):
            value = getattr(change, field).strip()
            if not value:
                continue
            label = labels[field][lang]
            # a text that runs the other way than the report is a paragraph of its own
            if paragraph_direction(value.splitlines()[0], lang) == language_direction(lang):
                texts.append(labels["label_value"][lang].format(label=label, value=value))
            else:
                texts += [labels["label_alone"][lang].format(label=label), value]
    for item in services.action_items.for_meeting(meeting_id):
        texts.append(item.text)
    return [line for text in texts for line in text.splitlines() if line.strip()]


def text_of(path: Path) -> str:
    return pdf_text(path)


# -- the order of every line --------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("key", [ARABIC_MEETING, FRENCH_MEETING])
def test_every_line_of_the_demo_reports_is_in_fribidi_order(
    demo: Services, lines_of: dict[tuple[str, str], list[PdfLine]], key: str, lang: str
) -> None:
    paragraphs = content_paragraphs(demo, demo_id("meeting", key), lang)
    assert len(paragraphs) > 60
    default = "rtl" if lang == "ar" else "ltr"
    findings = [
        f for p in paragraphs if (f := check_paragraph(p, lines_of[key, lang], default)) is not None
    ]
    assert findings == []


def _small_report(services: Services, path: Path) -> tuple[Path, list[str]]:
    meeting = add_meeting(services, changes=2, actions=3)
    export_meeting_pdf(services, meeting, "ar", path, generated=GENERATED)
    return path, content_paragraphs(services, meeting, "ar")


def test_the_line_check_catches_lines_in_the_wrong_order(
    services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    good, paragraphs = _small_report(services, tmp_path / "good.pdf")
    multi_line = [p for p in paragraphs if len(p) > 200]
    assert multi_line
    lines = pdf_lines(good)
    assert all(check_paragraph(p, lines, "rtl") is None for p in multi_line)

    # The classic fault: the paragraph's lines drawn last first.
    real_layout = pdf_layout.layout_text

    def last_line_first(*args: Any, **kwargs: Any) -> list[Any]:
        return real_layout(*args, **kwargs)[::-1]

    monkeypatch.setattr(pdf_layout, "layout_text", last_line_first)
    bad, _ = _small_report(services, tmp_path / "bad.pdf")
    lines = pdf_lines(bad)
    assert all(check_paragraph(p, lines, "rtl") is not None for p in multi_line)


def test_the_line_check_catches_brackets_that_are_not_mirrored(
    services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    good, paragraphs = _small_report(services, tmp_path / "good.pdf")
    bracketed = [p for p in paragraphs if "(" in p and bidi.first_strong_direction(p) == 1]
    assert bracketed
    lines = pdf_lines(good)
    assert all(check_paragraph(p, lines, "rtl") is None for p in bracketed)

    monkeypatch.setattr(bidi, "mirror", lambda char: char)
    monkeypatch.setattr(bidi, "mirror_text", lambda text: text)
    text_engine.shape_paragraph.cache_clear()  # shaped paragraphs are kept between reports
    bad, _ = _small_report(services, tmp_path / "bad.pdf")
    lines = pdf_lines(bad)
    assert all(check_paragraph(p, lines, "rtl") is not None for p in bracketed)


# -- right to left, left to right ----------------------------------------------------------


def _label_line(lines: list[PdfLine], label: str, page: int | None = None) -> PdfLine:
    expected = plain(fribidi_visual_line(label, 0, len(label)))
    for line in lines:
        if line.plain == expected and (page is None or line.page == page):
            return line
    raise AssertionError(f"{label!r} is not in the PDF")


def test_an_arabic_report_puts_the_first_column_on_the_right(
    lines_of: dict[tuple[str, str], list[PdfLine]],
) -> None:
    lines = lines_of[ARABIC_MEETING, "ar"]
    change = _label_line(lines, "التغيير")
    goal = _label_line(lines, "الهدف المحدد", change.page)
    outcome = _label_line(lines, "النتائج والأثر الملموس", change.page)
    assert change.x0 > goal.x0 > outcome.x0
    assert change.x1 > 500, "the header of the first column is right-aligned on the right"
    sector = _label_line(lines, "القطاع والمستوى")
    start = _label_line(lines, "البدء", sector.page)
    assert sector.x0 > start.x0

    french = lines_of[ARABIC_MEETING, "fr"]
    change = _label_line(french, "Le changement")
    goal = _label_line(french, "Objectif spécifique", change.page)
    assert change.x0 < goal.x0 and change.x0 < 60


def test_each_paragraph_is_aligned_by_its_own_direction(
    demo: Services, lines_of: dict[tuple[str, str], list[PdfLine]]
) -> None:
    arabic = demo.changes.for_meeting(demo_id("meeting", ARABIC_MEETING))[0].what_changed
    french = demo.changes.for_meeting(demo_id("meeting", FRENCH_MEETING))[0].what_changed
    for key, text, rtl in ((ARABIC_MEETING, arabic, True), (FRENCH_MEETING, french, False)):
        for lang in LANGS:
            found, problem = locate_paragraph(text, lines_of[key, lang])
            assert found, problem
            assert len(found) >= 3
            edges = [line.x1 if rtl else line.x0 for line in found]
            assert max(edges) - min(edges) < 0.5, "flush with the cell's start side"
            ragged = [line.x0 if rtl else line.x1 for line in found]
            assert max(ragged) - min(ragged) > 5, "the other side is ragged"


def test_an_arabic_name_inside_french_text_reads_right_to_left(
    services: Services, tmp_path: Path
) -> None:
    meeting = add_meeting(services, changes=3, actions=1)
    for lang in ("fr", "ar"):
        mixed = [
            p
            for p in content_paragraphs(services, meeting, lang)
            if bidi.first_strong_direction(p) == 0 and "فاطمة" in p
        ]
        assert mixed
        lines = pdf_lines(export_meeting_pdf(services, meeting, lang, tmp_path / f"{lang}.pdf").path)
        for paragraph in mixed:
            found, problem = locate_paragraph(paragraph, lines, "rtl" if lang == "ar" else "ltr")
            assert found, problem
            name = next(line for line in found if "ةمطاف" in line.plain)
            assert "ومحوأ ةمطاف" in name.plain or name.plain.endswith("ةمطاف")


# -- what the report contains --------------------------------------------------------------


def test_participants_names_appear_only_when_asked(
    demo: Services, reports: dict[tuple[str, str], Path], tmp_path: Path
) -> None:
    meeting = demo_id("meeting", ARABIC_MEETING)
    names = [p.name for p in demo.participants.for_meeting(meeting) if p.name]
    assert names
    without = reports[ARABIC_MEETING, "fr"]  # the default
    with_names = export_meeting_pdf(
        demo, meeting, "fr", tmp_path / "b.pdf", include_names=True
    ).path
    lines = pdf_lines(with_names)
    text_without = text_of(without)
    for name in names:
        assert name.split()[0][::-1] not in text_without
        found, problem = locate_paragraph(name, lines)
        assert found, problem
    assert "Les noms des participants ne figurent pas dans ce rapport." in text_of(without)
    assert _label_line(pdf_lines(with_names), "Nom")


def test_heading_participants_total_and_sections(
    reports: dict[tuple[str, str], Path], lines_of: dict[tuple[str, str], list[PdfLine]]
) -> None:
    text = text_of(reports[FRENCH_MEETING, "fr"])
    for expected in (
        "Association partenaire",
        "Association Voix de Femmes Marocaines",
        "Agadir, Souss-Massa",
        "22 juin 2022",
        "Réunion de groupe",
        "Multisectorielle",
        "En personne",
        "du 10 décembre 2021 au 15 juin 2022",
        "Amina Oubella",
        "I. Les cinq obligations",
        "Prévenir les violences",
        "II. Bilan des bonnes pratiques",
        "Secteur de la santé",
        "Choix du changement le plus significatif",
        "III. Plan d'action",
        "Continuer",
        "Arrêter",
        "Commencer",
    ):
        assert expected in text
    lines = lines_of[FRENCH_MEETING, "fr"]
    total = _label_line(lines, "Total")
    row = [line for line in lines if line.page == total.page and line.baseline == total.baseline]
    assert [line.plain for line in row] == ["Total", "21"]

    arabic = lines_of[ARABIC_MEETING, "ar"]
    for label in (
        "الجمعية الشريكة",
        "18 ماي 2022",
        "من 1 نونبر 2021 إلى 30 أبريل 2022",
        "ثانيا: حصيلة الممارسات الجيدة",
        "قطاع الصحة",
        "ثالثا: خطة العمل",
    ):
        found, problem = locate_paragraph(label, arabic, "rtl")
        assert found, (label, problem)


@pytest.mark.parametrize(
    ("lang", "page_label", "generated", "organisation"),
    [
        (
            "en",
            "Page {page} of {pages}",
            "Generated on 5 March 2024",
            "Association Tafiil Moubadarat",
        ),
        ("fr", "Page {page} sur {pages}", "Généré le 5 mars 2024", "Association Tafiil Moubadarat"),
        (
            "ar",
            "الصفحة {page} من {pages}",
            "تاريخ الإعداد: 5 مارس 2024",
            "Association Tafiil Moubadarat",
        ),
    ],
)
def test_every_page_has_its_number_the_date_and_the_organisation(
    reports: dict[tuple[str, str], Path],
    lines_of: dict[tuple[str, str], list[PdfLine]],
    lang: str,
    page_label: str,
    generated: str,
    organisation: str,
) -> None:
    pages = max(char["page"] for char in pdf_chars(reports[ARABIC_MEETING, lang]))
    assert pages >= 3
    lines = lines_of[ARABIC_MEETING, lang]
    default = "rtl" if lang == "ar" else "ltr"
    for page in range(1, pages + 1):
        on_page = [line for line in lines if line.page == page]
        for text in (page_label.format(page=page, pages=pages), generated, organisation):
            found, problem = locate_paragraph(text, on_page, default)
            assert found, (page, text, problem)
        footer = locate_paragraph(page_label.format(page=page, pages=pages), on_page, default)[0][0]
        header = locate_paragraph(organisation, on_page, default)[0][0]
        assert footer.baseline > 780 and header.baseline < 60
        if lang == "ar":
            assert header.x1 > 540, "the organisation is on the start (right) side"
        else:
            assert header.x0 < 50


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("key", [ARABIC_MEETING, FRENCH_MEETING])
def test_a_table_header_repeats_at_the_top_of_each_page_only(
    lines_of: dict[tuple[str, str], list[PdfLine]], key: str, lang: str
) -> None:
    labels = json.loads(resource_path("report", "labels.json").read_text(encoding="utf-8"))
    lines = lines_of[key, lang]
    for name in ("col_change", "col_action_sector"):
        label = labels[name][lang]
        expected = plain(fribidi_visual_line(label, 0, len(label)))
        pages = [line.page for line in lines if line.plain == expected]
        assert pages and len(pages) == len(set(pages)), (label, pages)
        for line in lines:
            if line.plain == expected and line.page != pages[0]:
                column = [
                    o for o in lines if o.page == line.page and o.x0 < line.x1 and line.x0 < o.x1
                ]
                below_header = [o for o in column if o.baseline > 60]
                assert min(o.baseline for o in below_header) == line.baseline, (label, line.page)


def test_the_five_obligations_are_recalled(reports: dict[tuple[str, str], Path]) -> None:
    text = text_of(reports[FRENCH_MEETING, "en"])
    for word in ("Prevent", "Protect", "Investigate", "Punish", "reparations"):
        assert word in text


# -- glyphs and fonts -----------------------------------------------------------------------

SHIPPED_FONTS = {
    "Amiri-Regular",
    "Amiri-Bold",
    "NotoSerif-Regular",
    "NotoSerif-Bold",
    "NotoSansTifinagh-Regular",
    "NotoEmoji-Regular",
}


def _fonts_of(path: Path) -> set[str]:
    return {char["fontname"].split("+", 1)[-1] for char in pdf_chars(path)}


def test_the_demo_reports_use_only_the_shipped_fonts_and_read_back_as_typed(
    demo: Services, reports: dict[tuple[str, str], Path]
) -> None:
    for path in reports.values():
        assert _fonts_of(path) <= SHIPPED_FONTS
        text = text_of(path)
        assert "[U+" not in text and "\ufffd" not in text
        # every glyph's text is what was typed: Arabic words read back as letters
        assert all(not ("\ufb50" <= c <= "\ufeff") for c in text), "no presentation forms"


def test_fonts_are_embedded_as_subsets(reports: dict[tuple[str, str], Path]) -> None:
    pdffonts = shutil.which("pdffonts")
    assert pdffonts, "poppler-utils is missing: run make system-deps"
    listing = subprocess.run(
        [pdffonts, str(reports[ARABIC_MEETING, "ar"])], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    assert listing
    for row in listing:
        name, *_middle, emb, sub, uni, _obj, _gen = row.split()
        assert "+" in name and (emb, sub, uni) == ("yes", "yes", "yes"), row
    for licence in ("Amiri-LICENSE.txt", "Noto-LICENSE.txt", "NotoEmoji-LICENSE.txt"):
        assert resource_path("fonts", licence).is_file()


def test_tifinagh_tamazight_letters_emoji_and_unknown_characters(
    services: Services, tmp_path: Path
) -> None:
    title = "ⵜⴰⵎⵖⴰⵔⵜ → tamaziɣt ṛ ḥ ẞ ș (Azul) ✓ 👩\u200d⚖\ufe0f 10\u2075 \U00013000"
    meeting = add_meeting(services, title=title, changes=1, actions=1)
    exported = export_meeting_pdf(services, meeting, "ar", tmp_path / "t.pdf")
    path = exported.path
    # the one character no shipped font has is named, and drawn visibly
    assert exported.undrawable == ("\U00013000",)
    fonts = _fonts_of(path)
    assert {"NotoSansTifinagh-Regular", "NotoSerif-Bold", "NotoEmoji-Regular"} <= fonts
    lines = pdf_lines(path)
    expected = "ⵜⴰⵎⵖⴰⵔⵜ -> tamaziɣt ṛ ḥ ẞ ș (Azul) ✔ 👩\u200d⚖\ufe0f 10\u2075 [U+13000]"
    found, problem = locate_paragraph(expected, lines, "rtl")
    assert found, problem
    by_text = {c["text"]: c["fontname"].split("+")[-1] for c in found[0].chars}
    assert by_text["ɣ"] == by_text["ẞ"] == by_text["ș"] == "NotoSerif-Bold"
    assert by_text["\u2075"] in ("Amiri-Bold", "Amiri-Regular")
    assert by_text["ⵜ"] == "NotoSansTifinagh-Regular"
    # the woman judge is one glyph of the emoji font, that reads back as the whole sequence
    judge = [c for c in found[0].chars if "👩" in c["text"]]
    assert len(judge) == 1 and judge[0]["fontname"].endswith("NotoEmoji-Regular")
    assert judge[0]["text"].startswith("👩\u200d⚖")


def _assigned(first: int, last: int) -> list[str]:
    return [
        chr(code)
        for code in range(first, last + 1)
        if unicodedata.category(chr(code)) not in ("Cn", "Cs", "Co", "Cc")
    ]


COVERED_RANGES = {
    "Basic Latin and Latin-1": (0x0020, 0x00FF),
    "Latin Extended-A and B": (0x0100, 0x024F),
    "IPA": (0x0250, 0x02AF),
    "Latin Extended Additional (ẞ, ṛ, ḥ…)": (0x1E00, 0x1EFF),
    "Arabic": (0x0600, 0x06FF),
    "Arabic Supplement": (0x0750, 0x077F),
    "Tifinagh": (0x2D30, 0x2D7F),
    "General Punctuation": (0x2010, 0x2027),
}


# The Arabic end-of-text mark (Unicode 14) is in none of the fonts.
NOT_COVERED = {"\u061d"}


@pytest.mark.parametrize("name", list(COVERED_RANGES))
def test_every_character_of_the_covered_ranges_has_a_glyph(
    name: str, services: Services, tmp_path: Path
) -> None:
    chars = [
        c
        for c in _assigned(*COVERED_RANGES[name])
        if c.isprintable() and not c.isspace() and c not in NOT_COVERED
    ]
    for style in (text_engine.FONT_REGULAR, text_engine.FONT_BOLD):
        missing: set[str] = set()
        assert text_engine.drawable("".join(chars), missing) and not missing, (name, style)
        for char in chars:
            font = text_engine.font_of(char, style)
            assert font is not None, f"U+{ord(char):04X}"
            shaped = text_engine.shape_paragraph(char, style, 0)
            gids = [gid for run in shaped.runs for gid in run.gids]
            assert 0 not in gids, f"U+{ord(char):04X} is drawn as .notdef in {font}"
    # and in a report, each one reads back as itself
    text = " ".join(
        c for c in chars if unicodedata.category(c) not in ("Mn", "Me", "Cf")
    )
    meeting = add_meeting(services, title=name, changes=0, actions=1)
    action = services.action_items.for_meeting(meeting)[0]
    services.action_items.update(action.id, text=text)
    exported = export_meeting_pdf(services, meeting, "en", tmp_path / "r.pdf")
    assert exported.undrawable == ()
    drawn = {c["text"] for c in pdf_chars(exported.path)}
    absent = [f"U+{ord(c):04X}" for c in text.split(" ") if unicodedata.normalize("NFC", c) not in drawn]
    assert absent == []


def test_harakat_sit_where_the_font_puts_them(services: Services, tmp_path: Path) -> None:
    import pdfplumber
    import pypdfium2
    import uharfbuzz as hb

    sentence = "الْعُنْفُ ضِدَّ النِّسَاءِ تُدَوَّنُ"
    meeting = add_meeting(services, title="عنوان", changes=0, actions=1)
    action = services.action_items.for_meeting(meeting)[0]
    services.action_items.update(action.id, text=sentence)
    path = export_meeting_pdf(services, meeting, "ar", tmp_path / "h.pdf").path
    found, problem = locate_paragraph(sentence, pdf_lines(path), "rtl")
    assert found, problem
    line = found[0]
    size = line.chars[0]["size"]
    left = min(c["x0"] for c in line.chars)

    # HarfBuzz's own placement of the same sentence in the same font: where the outline of
    # each mark starts, from the left end of the line and from the baseline
    blob = hb.Blob.from_file_path(str(resource_path("fonts", "Amiri-Regular.ttf")))
    face = hb.Face(blob)
    font = hb.Font(face)
    buffer = hb.Buffer()
    buffer.add_str(sentence)
    buffer.guess_segment_properties()
    hb.shape(font, buffer, {})
    scale = size / face.upem

    class FirstPoint:
        def __init__(self) -> None:
            self.point: tuple[float, float] | None = None

        def moveTo(self, point: tuple[float, float]) -> None:  # noqa: N802
            self.point = self.point or point

        def lineTo(self, *points: Any) -> None: ...  # noqa: N802
        def curveTo(self, *points: Any) -> None: ...  # noqa: N802
        def qCurveTo(self, *points: Any) -> None: ...  # noqa: N802
        def closePath(self) -> None: ...  # noqa: N802

    expected = []
    pen = 0.0
    for info, pos in zip(buffer.glyph_infos, buffer.glyph_positions, strict=True):
        if pos.x_advance == 0:  # the harakat
            first = FirstPoint()
            font.draw_glyph_with_pen(info.codepoint, first)
            assert first.point is not None
            x = pen + (pos.x_offset + first.point[0]) * scale
            y = (pos.y_offset + first.point[1]) * scale
            expected.append((round(x, 2), round(y, 2)))
        pen += pos.x_advance * scale
    # the marks are drawn as shapes, each where HarfBuzz puts it
    with pdfplumber.open(path) as pdf:
        page = pdf.pages[line.page - 1]
        starts = [
            (float(c["pts"][0][0]) - left, line.baseline - float(c["pts"][0][1]))
            for c in page.curves
            if abs(float(c["top"]) - line.baseline) < 2 * size and c["x1"] - c["x0"] < size
        ]
    assert len(expected) == 16 and len(starts) >= len(expected), "marks are drawn as shapes"
    drawn = []
    for x, y in expected:
        nearest = min(starts, key=lambda point: abs(point[0] - x) + abs(point[1] - y))
        assert abs(nearest[0] - x) < 0.05 and abs(nearest[1] - y) < 0.05, (x, y, nearest)
        drawn.append(nearest)
    # no two marks are drawn at the same place (a fatha sits on its shadda, mark to mark)
    assert len(set(drawn)) == len(drawn)

    # and the text layer reads back as typed, marks on their letters, in poppler and PDFium
    # (PDFium puts a shadda before the fatha on it: the same text, canonically)
    nfc = partial(unicodedata.normalize, "NFC")
    assert nfc(sentence) in nfc(_pdftotext(path).replace("\u202b", "").replace("\u202c", ""))
    document = pypdfium2.PdfDocument(str(path))
    try:
        copied = "".join(page.get_textpage().get_text_range() for page in document)
    finally:
        document.close()
    assert nfc(sentence) in nfc(copied)


# -- long cells -----------------------------------------------------------------------------


def test_a_long_cell_continues_across_a_page_break(services: Services, tmp_path: Path) -> None:
    meeting = add_meeting(services, changes=2, actions=2, story_sentences=90)
    path = export_meeting_pdf(services, meeting, "ar", tmp_path / "long.pdf").path
    story = "قصة توضح التغيير: " + services.changes.for_meeting(meeting)[0].story
    lines = pdf_lines(path)
    found, problem = locate_paragraph(story, lines, "rtl")
    assert found, problem
    pages = sorted({line.page for line in found})
    assert len(pages) >= 2, "the story runs over two pages or more, in order"
    header = plain(fribidi_visual_line("التغيير", 0, len("التغيير")))
    band = plain(fribidi_visual_line("قطاع الصحة (تابع)", 0, len("قطاع الصحة (تابع)")))
    for page in pages:
        assert any(line.plain == header and line.page == page for line in lines), (
            "the table header repeats on every page"
        )
    for page in pages[1:]:
        on_page = [line.plain for line in lines if line.page == page]
        assert band in on_page, "the sector band repeats, marked as continued"
        assert any("(عبات)" in text and "1 رييغتلا" in text for text in on_page)


def test_no_page_of_the_demo_reports_is_left_half_empty(
    lines_of: dict[tuple[str, str], list[PdfLine]],
) -> None:
    """Rows that must stay together do not push a whole section to the next page: a row
    that leaves only a line or two over is cut higher, a change's details may start a
    page under "Change n (continued)"."""
    frame_bottom = PAGE_HEIGHT - MARGIN_BOTTOM
    half = (PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM) / 2
    for key, lines in lines_of.items():
        pages = sorted({line.page for line in lines})
        for page in pages[:-1]:
            lowest = max(
                line.baseline
                for line in lines
                if line.page == page and line.baseline < frame_bottom
            )
            assert frame_bottom - lowest < half, (key, page)


def test_a_sector_band_opens_its_sector_once(
    lines_of: dict[tuple[str, str], list[PdfLine]],
) -> None:
    texts = [line.text for line in lines_of[FRENCH_MEETING, "fr"]]
    # health has one sub-theme in part II and three in part III: its band opens each part
    assert texts.count("Secteur de la santé") == 2
    for theme in ("Prise en charge des violences sexuelles et dépistage", "Gratuité des services"):
        assert theme in texts


def test_no_line_of_a_paragraph_is_left_alone_at_a_page_break() -> None:
    style = TextStyle(size=10, leading=15)

    def lines_after_split(lines: int, room_for: int) -> list[int]:
        paragraph = BidiParagraph("\n".join(["سطر من فقرة"] * lines), style, rtl=True)
        paragraph.wrap(300, 1000)
        assert len(paragraph.lines) == lines
        parts = paragraph.split(300, room_for * 15 + 1)
        return [len(part.lines) for part in parts]

    assert lines_after_split(3, 2) == []  # three lines move whole
    assert lines_after_split(6, 1) == []  # one line alone at the foot of a page
    assert lines_after_split(6, 5) == [4, 2]  # and none alone at the head of the next
    assert lines_after_split(6, 3) == [3, 3]


def test_a_sub_theme_that_opens_a_page_names_its_sector() -> None:
    style = TableStyle(padding=0)

    def row(height: float, **options: Any) -> Row:
        return Row([[Spacer(10, height)]], band=True, **options)

    sector_again = row(20, heading=True)
    rows = [
        row(20, heading=True),  # the sector
        row(20, heading=True),  # its first sub-theme
        row(300),
        row(20, heading=True, repeat=[sector_again]),  # its second sub-theme
        row(300),
    ]
    table = GridTable([1.0], None, rows, rtl=False, style=style)
    first, _break, rest = table.split(400, 400)
    assert first.rows == rows[:3]
    assert rest.rows == [sector_again, rows[3], rows[4]]


def test_a_total_that_cannot_end_a_page_takes_part_of_a_long_row_with_it() -> None:
    """A total never starts a page; when the row before it is long, that row is cut so
    that its last lines go over with the total, instead of moving whole and leaving the
    page half empty."""
    style = TableStyle(padding=0)
    lines = [BidiParagraph("A line of the row", TextStyle(size=10, leading=15), rtl=False)
             for _ in range(20)]
    rows = [
        Row([[Spacer(10, 60)]], band=True),
        Row([list(lines)], band=True),  # 300 points
        Row([[Spacer(10, 30)]], band=True, keep_with_previous=True),  # the total
    ]
    table = GridTable([1.0], None, rows, rtl=False, style=style)
    parts = table.split(400, 380)  # the long row fits, the total does not
    assert len(parts) == 2
    first, rest = parts
    assert first.rows[0] is rows[0] and len(first.rows) == 2
    kept = len(first.rows[1].cells[0])
    assert 14 <= kept < 20  # most of the row stays
    assert rest.rows[-1] is rows[2] and len(rest.rows[0].cells[0]) == 20 - kept


# -- the export as a job -------------------------------------------------------------------


def test_cancel_writes_nothing(demo: Services, tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    target.write_bytes(b"the previous report")
    seen: list[int] = []

    def on_change(done: int, total: int, message: str) -> None:
        seen.append(done)
        if len(seen) == 30:
            progress.cancel()

    progress = Progress(on_change)
    with pytest.raises(Cancelled, match="nothing was written"):
        export_meeting_pdf(
            demo, demo_id("meeting", ARABIC_MEETING), "ar", target, progress=progress
        )
    assert target.read_bytes() == b"the previous report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.pdf"]


def test_progress_moves_forward_to_the_end(demo: Services, tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    progress = Progress(lambda done, total, message: calls.append((done, total)))
    export_meeting_pdf(
        demo, demo_id("meeting", FRENCH_MEETING), "fr", tmp_path / "r.pdf", progress=progress
    )
    report_calls = [c for c in calls if c[1] > 1]
    assert len(report_calls) > 20
    assert [d for d, _t in report_calls] == sorted(d for d, _t in report_calls)
    assert all(d < t for d, t in report_calls)
    assert calls[-1] == (1, 1)


def test_meeting_ids_can_be_shortened_to_a_unique_prefix(demo: Services) -> None:
    full = demo_id("meeting", ARABIC_MEETING)
    assert find_meeting(demo, full[:8]).id == full
    assert find_meeting(demo, full.upper()).id == full
    ids = [mt.id for mt in demo.meetings.list()]
    shared = next(i[:1] for i in ids if sum(j.startswith(i[:1]) for j in ids) > 1)
    with pytest.raises(AmbiguousMeetingError, match="type more of the id"):
        find_meeting(demo, shared)


def test_bad_requests_are_one_sentence_errors(demo: Services, tmp_path: Path) -> None:
    meeting = demo_id("meeting", ARABIC_MEETING)
    with pytest.raises(ReportLanguageError, match="Arabic \\(ar\\), French \\(fr\\) or English"):
        export_meeting_pdf(demo, meeting, "de", tmp_path / "r.pdf")
    with pytest.raises(FileWriteError, match="the folder does not exist"):
        export_meeting_pdf(demo, meeting, "ar", tmp_path / "missing" / "r.pdf")
    assert not (tmp_path / "r.pdf").exists()


def test_a_deleted_meeting_has_no_report(services: Services, tmp_path: Path) -> None:
    meeting = add_meeting(services, changes=0, actions=0)
    services.meetings.delete(meeting)
    with pytest.raises(NotFoundError, match="No meeting has an id starting with"):
        export_meeting_pdf(services, meeting, "en", tmp_path / "r.pdf")


def test_an_empty_meeting_still_makes_a_report(services: Services, tmp_path: Path) -> None:
    org = services.organisations.create(name="Association Amal")
    meeting = services.meetings.create(
        organisation_id=org.record_id, title="Réunion vide"
    ).record_id
    path = export_meeting_pdf(services, meeting, "en", tmp_path / "r.pdf").path
    text = text_of(path)
    for expected in (
        "No participant was recorded.",
        "No change was recorded.",
        "No action was recorded in the action plan.",
        "Not recorded",
    ):
        assert expected in text
    assert unicodedata.normalize("NFC", "Réunion vide") in text


# -- searching and copying ------------------------------------------------------------------


def _pdftotext(path: Path) -> str:
    tool = shutil.which("pdftotext")
    assert tool, "poppler-utils is missing: run make system-deps"
    return subprocess.run(
        [tool, str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_arabic_words_are_found_by_poppler_and_by_pdfium(
    reports: dict[tuple[str, str], Path],
) -> None:
    import pypdfium2  # the engine of Chromium's PDF viewer

    path = reports[ARABIC_MEETING, "ar"]
    # poppler marks runs of each direction with embedding controls (U+202A-U+202C)
    text = "".join(c for c in _pdftotext(path) if not "\u202a" <= c <= "\u202e")
    # a letter Amiri moves away from the one before it (ر after ي, ب) leaves no gap that
    # poppler would read as a space ("أبر يل")
    for word in ("الاجتماع", "الملكي", "للتكفل", "النيابة العامة", "أبريل", "الشريكة", "سرية"):
        assert word in text, word
    assert all(not ("\ufb50" <= c <= "\ufeff") for c in text), "no presentation forms"

    document = pypdfium2.PdfDocument(str(path))
    try:
        hits = 0
        copied = []
        for page in document:
            text_page = page.get_textpage()
            search = text_page.search("الاجتماع")
            while search.get_next():
                hits += 1
            copied.append(text_page.get_text_range())
        assert hits == text.count("الاجتماع") > 10
        copied_text = "".join(copied)
        assert "اجتماع اللجنة المحلية للتكفل بالنساء" in copied_text
        # PDFium copies a right-to-left line in reading order, numbers included
        assert "من 1 نونبر 2021 إلى 30 أبريل 2022" in copied_text
    finally:
        document.close()


# -- typography and metadata ----------------------------------------------------------------


def test_french_typography() -> None:
    from mra_desktop.core.report_pdf import french_typography

    assert french_typography("Responsable : x") == "Responsable\u00a0: x"
    assert french_typography("Est-ce que ça continue ?") == "Est-ce que ça continue\u00a0?"
    assert french_typography("« diligence requise »") == "«\u00a0diligence requise\u00a0»"
    assert french_typography("à 10:30, https://x.ma") == "à 10:30, https://x.ma"


def test_a_label_has_its_own_line_when_the_text_runs_the_other_way(
    services: Services, tmp_path: Path
) -> None:
    meeting = add_meeting(services, title="Réunion de suivi", language="fr", changes=0, actions=0)
    arabic = "كانت الضحية تنتظر أياما قبل أن تستمع إليها النيابة العامة"
    services.changes.create(
        meeting_id=meeting,
        sector="justice",
        title="Écoute immédiate",
        before=arabic,
        now="Le parquet écoute la victime le jour même",
        location="دائرة نفوذ المحكمة الابتدائية بتازة",
        level="province",
    )
    services.action_items.create(
        meeting_id=meeting, sector="justice", action="start", text="Former les agents",
        responsible="اللجنة المحلية للتكفل", timeframe="fin 2022",
    )
    path = export_meeting_pdf(services, meeting, "fr", tmp_path / "r.pdf").path
    lines = pdf_lines(path)
    texts = [line.text.replace("\u00a0", " ") for line in lines]
    # the Arabic answers are right-to-left paragraphs of their own, each under its label,
    # which ends at the left margin of the cell like every French line
    for label, answer in (
        ("Ce qui existait avant :", arabic),
        ("Responsable :", "اللجنة المحلية للتكفل"),
    ):
        assert label in texts, texts
        above = lines[texts.index(label)]
        found, problem = locate_paragraph(answer, lines, "ltr")
        assert found, problem
        first = found[0]
        assert first.page == above.page and 0 < first.baseline - above.baseline < 20
        assert label.split()[0] not in first.text
        assert first.x1 > above.x1 + 30  # aligned right, the Arabic way
    # a French answer stays on the line of its label
    assert "Ce qui existe maintenant : Le parquet écoute la victime le jour même" in texts
    assert "Échéance : fin 2022" in texts
    # a place typed in Arabic under its label, then the catalogue's level in French
    where = texts.index("Où exactement :")
    place, = locate_paragraph("دائرة نفوذ المحكمة الابتدائية بتازة", lines, "ltr")[0]
    assert lines.index(place) == where + 1
    assert texts[where + 2] == "Niveau : Toute la province"


def test_viewer_preferences_title_keywords_and_first_of_the_month(
    services: Services, tmp_path: Path
) -> None:
    meeting = add_meeting(services, changes=1, actions=1)
    services.meetings.update(meeting, period_from="2021-11-01")
    arabic = export_meeting_pdf(services, meeting, "ar", tmp_path / "ar.pdf").path
    french = export_meeting_pdf(services, meeting, "fr", tmp_path / "fr.pdf").path
    raw = arabic.read_bytes()
    assert b"/Direction /R2L" in raw and b"/DisplayDocTitle true" in raw
    assert b"/Direction" not in french.read_bytes()
    info = subprocess.run(["pdfinfo", str(french)], capture_output=True, text=True, check=True)
    assert "Keywords:" in info.stdout and "2021-11-01/2022-04-30" in info.stdout
    assert "Santé" in info.stdout
    assert "du 1er novembre 2021 au 30 avril 2022" in text_of(french)


def test_a_long_organisation_name_is_never_cut_in_the_page_header(
    services: Services, tmp_path: Path
) -> None:
    name = (
        "Association marocaine pour la défense des droits des femmes et l'accompagnement "
        "des victimes de violence de la région Fès-Meknès"
    )
    meeting = add_meeting(services, organisation=name, changes=0, actions=1)
    path = export_meeting_pdf(services, meeting, "fr", tmp_path / "r.pdf").path
    header = [c for c in pdf_chars(path) if c["page"] == 1 and c["baseline"] < 62]
    words = "".join(c["text"] for c in sorted(header, key=lambda c: (c["baseline"], c["x0"])))
    for word in name.split():
        assert word.replace("'", "'") in words, word
