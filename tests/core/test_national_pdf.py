"""MRA's national report, read back from the PDF: the demo's counts per sector, the
figures of the introduction, citations, summaries, exemplary changes, the national MSC
choices, merged action-plan items, page rules, bidi order and refusals.

Expected figures come from the demo's data files (``demo.json`` and ``mra-demo.json``),
not from the program's own counting."""

from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
import unicodedata
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from mra_desktop.core.database import Database
from mra_desktop.core.demo import demo_id
from mra_desktop.core.files import FileWriteError
from mra_desktop.core.national import Scope, ScopeError
from mra_desktop.core.national_pdf import export_national_pdf
from mra_desktop.core.progress import Cancelled, Progress
from mra_desktop.core.protocol import load_protocol
from mra_desktop.core.report_base import (
    MARGIN_BOTTOM,
    MARGIN_TOP,
    PAGE_HEIGHT,
    ReportLanguageError,
    plural_form,
    report_labels,
)
from mra_desktop.core.resources import resource_path
from mra_desktop.core.review import set_review_state
from mra_desktop.core.services import Services
from tests.mra_support import mra_demo_copy, received
from tests.pdf_oracle import check_pdf, locate_paragraph, pdf_lines

GENERATED = dt.date(2024, 3, 5)
ACTIONS = ("continue", "stop", "start")


def _json(*parts: str) -> Any:
    return json.loads(resource_path(*parts).read_text(encoding="utf-8"))


def expected(approved_only: bool) -> dict[str, Any]:
    """What the demo holds, straight from its data files."""
    demo, mra = _json("demo", "demo.json"), _json("demo", "mra-demo.json")
    state = {review["meeting"]: review["steps"][-1][0] for review in mra["reviews"]}
    meetings = [
        mt for mt in demo["meetings"] if not approved_only or state.get(mt["key"]) == "approved"
    ]
    return {
        "meetings": meetings,
        "changes": Counter(c["sector"] for mt in meetings for c in mt.get("changes", [])),
        "items": Counter(i["sector"] for mt in meetings for i in mt.get("action_items", [])),
        "by_action": Counter(
            (i["sector"], i["action"]) for mt in meetings for i in mt.get("action_items", [])
        ),
        "participants": sum(p["count"] for mt in meetings for p in mt["participants"]),
    }


def pdftotext(path: Path) -> str:
    done = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    )
    # poppler wraps a page where Arabic dominates in marks of direction: they are dropped
    text = "".join(c for c in done.stdout if unicodedata.category(c) != "Cf")
    return unicodedata.normalize("NFC", text)


@pytest.fixture(scope="module")
def mra(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    db = mra_demo_copy(tmp_path_factory.mktemp("national"))
    yield db
    db.close()


@pytest.fixture(scope="module")
def reports(mra: Database, tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, bool], Path]:
    folder = tmp_path_factory.mktemp("national-reports")
    written = {}
    for lang in ("en", "fr", "ar"):
        for all_states in (False, True):
            path = folder / f"national-{lang}-{all_states}.pdf"
            result = export_national_pdf(
                mra, Scope(all_states=all_states), lang, path, generated=GENERATED
            )
            assert result.path == path and result.undrawable == ()
            written[lang, all_states] = path
    return written


HEADINGS = {
    "en": ("Change", r"Raised in (\d+) meetings?", "(continued)",
           "II. Key good practices", "The national most significant change", "III. Action plans"),
    "fr": ("Changement", r"Soulevé lors de (\d+) réunions?", "(suite)",
           "II. Principales bonnes pratiques", "Le changement le plus significatif au niveau",
           "III. Plans d'action"),
}


def sections(text: str, lang: str) -> tuple[str, str, str]:
    """The introduction, part II and part III of a report's text."""
    _, _, _, part2, msc, part3 = HEADINGS[lang]
    intro, rest = text.split(part2, 1)
    practices, rest = rest.split(msc, 1)
    _msc, plan = rest.split(part3, 1)
    return intro, practices, plan


def by_sector(block: str, lang: str, pattern: str) -> dict[str, list[int]]:
    """The numbers ``pattern`` finds under each sector band of a table's text."""
    protocol = load_protocol()
    continued = HEADINGS[lang][2]
    bands = {}
    for code in protocol.codes("sectors"):
        heading = protocol.sector(code)["report_heading"][lang]
        bands[heading] = bands[f"{heading} {continued}"] = code
    found: dict[str, list[int]] = {}
    current = None
    for line in block.splitlines():
        current = bands.get(line.strip(), current)
        for match in re.finditer(pattern, line):
            assert current is not None, line
            found.setdefault(current, []).append(int(match.group(1)))
    return found


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("all_states", [False, True])
def test_the_report_reproduces_the_demos_counts_per_sector(
    reports: dict[tuple[str, bool], Path], lang: str, all_states: bool
) -> None:
    want = expected(approved_only=not all_states)
    _intro, practices, plan = sections(pdftotext(reports[lang, all_states]), lang)
    change_word, raised, *_ = HEADINGS[lang]
    numbers = by_sector(practices, lang, rf"^\s*{change_word} (\d+)\b")
    # changes are numbered afresh in each sector: 1…n, each once (a repeat is "(continued)")
    assert {s: sorted(set(n)) for s, n in numbers.items()} == {
        s: list(range(1, n + 1)) for s, n in want["changes"].items()
    }
    # each merged item says how many meetings raised it
    assert {s: sum(n) for s, n in by_sector(plan, lang, raised).items()} == dict(want["items"])


@pytest.mark.parametrize("all_states", [False, True])
def test_the_overview_by_sector_counts_in_every_language(
    reports: dict[tuple[str, bool], Path], all_states: bool
) -> None:
    """Sector | Good practices | Continue | Stop | Start, read by position: in Arabic the
    first column is on the right."""
    want = expected(approved_only=not all_states)
    protocol = load_protocol()
    for lang in ("en", "fr", "ar"):
        base = "rtl" if lang == "ar" else "ltr"
        lines = pdf_lines(reports[lang, all_states], pages=range(1, 9))
        title, _problem = locate_paragraph(
            report_labels("national")["overview_heading"][lang], lines, base
        )
        assert title
        lines = [  # the lines below the heading, on its page and the next
            line for line in lines
            if (line.page, line.baseline) > (title[0].page, title[0].baseline)
            and line.page <= title[0].page + 1
        ]
        for code in protocol.codes("sectors"):
            heading = protocol.sector(code)["report_heading"][lang]
            # the overview is the first table below its heading to name the sectors
            found, _problem = locate_paragraph(heading, lines, base)
            assert found, (lang, heading)
            first = found[0]
            figures = sorted(
                (
                    line
                    for line in lines
                    if line.page == first.page
                    and abs(line.baseline - first.baseline) < 1
                    and line.plain.isdigit()
                ),
                key=lambda line: -line.x0 if lang == "ar" else line.x0,
            )
            values = [int(line.plain) for line in figures]
            assert values == [
                want["changes"][code],
                *(want["by_action"][code, action] for action in ACTIONS),
            ], (lang, code)


def test_the_introduction_figures_are_computed(reports: dict[tuple[str, bool], Path]) -> None:
    for all_states in (False, True):
        want = expected(approved_only=not all_states)
        meetings = want["meetings"]
        individual = sum(1 for mt in meetings if mt["kind"] == "individual")
        group = sum(1 for mt in meetings if mt["kind"] == "group")
        text = " ".join(pdftotext(reports["en", all_states]).split())
        first = min(dt.date.fromisoformat(mt["date"]) for mt in meetings)
        last = max(dt.date.fromisoformat(mt["date"]) for mt in meetings)
        day = lambda d: f"{d.day} {d.strftime('%B')} {d.year}"  # noqa: E731
        assert (
            f"This report rests on {len(meetings)} meetings ({individual} individual interviews "
            f"and {group} group meetings) with {want['participants']} participants, held "
            f"between {day(first)} and {day(last)}."
        ) in text
        partners = {mt["organisation"] for mt in meetings}
        assert f"organised by {len(partners)} partner NGOs" in text
        assert f"Total participants {want['participants']}" not in text  # in a table cell…
        assert re.search(rf"Total participants .*\b{want['participants']}\b", text)
        counted = "Every meeting MRA received" if all_states else "Only the meetings MRA approved"
        assert counted in text


def test_partners_and_authorities_tables_add_up(reports: dict[tuple[str, bool], Path]) -> None:
    want = expected(approved_only=True)
    demo = _json("demo", "demo.json")
    names = {org["key"]: org["name"] for org in demo["organisations"]}
    text = pdftotext(reports["en", False])
    intro, _practices, _plan = sections(text, "en")
    per_partner: Counter[str] = Counter()
    people: Counter[str] = Counter()
    for mt in want["meetings"]:
        per_partner[mt["organisation"]] += 1
        people[mt["organisation"]] += sum(p["count"] for p in mt["participants"])
    for key, count in per_partner.items():
        # the partner's row: its name (perhaps wrapped), its place, meetings, participants
        row = next(line for line in intro.splitlines() if names[key].split()[0] in line
                   and re.search(rf"\s{count}\s+{people[key]}\s*$", line))
        assert row
    assert re.search(rf"^\s*Total\s+{len(want['meetings'])}\s+{want['participants']}\s*$",
                     intro, re.M)


def test_citations_summaries_exemplary_changes_and_the_msc_choices(
    mra: Database, reports: dict[tuple[str, bool], Path]
) -> None:
    mra_data = _json("demo", "mra-demo.json")
    text = " ".join(pdftotext(reports["en", True]).split())
    _intro, practices, _plan = sections(pdftotext(reports["en", True]), "en")
    flat = " ".join(practices.split())
    for summary in mra_data["summaries"]:
        assert " ".join(summary["text"].split())[:60] in flat
    labels = [line for line in practices.splitlines() if line.strip() == "MRA's summary"]
    assert len(labels) == len(mra_data["summaries"])
    assert flat.count("Exemplary change") == len(mra_data["exemplary"])
    # a change cites its meeting: partner, place, date
    found, problem = locate_paragraph(
        "Fédération des Ligues des Droits des Femmes, Ouarzazate, 16 February 2022",
        pdf_lines(reports["en", True], pages=range(1, 13)),
    )
    assert found, problem
    # an exemplary change is described in full: its details block is printed
    services = Services(mra)
    meeting_key, change_key = mra_data["exemplary"][0]
    change = services.changes.get(demo_id("change", meeting_key, change_key))
    assert " ".join(change.before.split())[:50] in flat
    msc = text.split("The national most significant change", 1)[1].split("III. Action plans")[0]
    for choice in mra_data["msc_round"]["choices"]:
        assert " ".join(choice["reason"].split())[:70] in msc
        if choice["dissent"]:
            assert " ".join(choice["dissent"].split())[:70] in msc
    assert msc.count("Dissent") == sum(1 for c in mra_data["msc_round"]["choices"] if c["dissent"])
    assert "Chosen by: Nadia Tazi, 16 August 2022" in msc
    assert "(1 May 2021 to 31 July 2022)" in msc
    assert re.search(r"Chosen among the \d+ changes that meetings chose as most significant", msc)


def test_the_same_item_raised_by_several_meetings_is_printed_once(
    services: Services, tmp_path: Path
) -> None:
    db = services.db
    item = {"sector": "health", "subtheme": "staff_services", "action": "continue",
            "text": "Keep the permanence shifts."}
    made = [
        received(services, date="2021-01-10", items=(item,)),
        received(services, partner="FADD", date="2022-01-10",
                 items=({**item, "text": "• keep the  permanence shifts"},)),
        received(services, partner="Tafiil", date="2022-03-10",
                 items=({**item, "text": "Keep the permanence shifts!"},
                        {**item, "action": "start", "text": "Train the night staff."})),
    ]
    for meeting in made:
        set_review_state(db, meeting["meeting"], "approved", reviewer="K")
    path = export_national_pdf(db, Scope(), "en", tmp_path / "r.pdf").path
    text = " ".join(pdftotext(path).split())
    assert text.count("Keep the permanence shifts.") == 1
    assert text.count("permanence shifts") == 1
    assert "Raised in 3 meetings" in text and "Raised in 1 meeting" in text
    assert "4 items, or 2 items once identical items are merged" in text
    assert "No change was recorded." in text  # part II says so when there is none
    assert "has not yet chosen a national most significant change" in text


def test_arabic_typed_text_reads_in_fribidi_order(
    mra: Database, reports: dict[tuple[str, bool], Path]
) -> None:
    services = Services(mra)
    meeting = demo_id("meeting", "tafiil-2022-05-lc-taza-ar")
    paragraphs = [c.title for c in services.changes.for_meeting(meeting)]
    paragraphs += [i.text for i in services.action_items.for_meeting(meeting)]
    assert len(paragraphs) > 15
    assert check_pdf(reports["ar", False], paragraphs, "rtl") == []


def word_boxes(path: Path) -> dict[int, list[tuple[float, str]]]:
    """Per page, each word's bottom (from the top of the page) and text (poppler)."""
    html = subprocess.run(
        ["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    pattern = re.compile(r'<word xMin="[\d.]+" yMin="[\d.]+" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<')
    return {
        number: [(float(bottom), word) for bottom, word in pattern.findall(page)]
        for number, page in enumerate(html.split("<page ")[1:], start=1)
    }


def test_page_rules(reports: dict[tuple[str, bool], Path]) -> None:
    """Every page says "page X of Y"; no page but the cover is left half empty (a part
    does not push a whole table to the next page); the Arabic report's pages run right
    to left."""
    frame_bottom = PAGE_HEIGHT - MARGIN_BOTTOM
    half = (PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM) / 2
    for (lang, _all), path in reports.items():
        pages = word_boxes(path)
        total = len(pages)
        page_of = report_labels("labels")["page_of"][lang]
        for number, words in pages.items():
            footer = " ".join(word for bottom, word in words if bottom > frame_bottom + 4)
            for part in page_of.format(page=number, pages=total).split():
                # poppler gives an Arabic word's letters in drawing order, right to left
                assert {part, part[::-1]} & set(footer.split()), (lang, number, footer)
            lowest = max(bottom for bottom, _word in words if bottom < frame_bottom + 4)
            if 1 < number < total:
                assert frame_bottom - lowest < half, (lang, number)
    raw = reports["ar", False].read_bytes()
    assert b"/Direction /R2L" in raw


def test_french_typography_and_metadata(reports: dict[tuple[str, bool], Path]) -> None:
    text = pdftotext(reports["fr", False])
    # the report's own words take a space before a colon and inside « » (no-break spaces,
    # which read back as spaces)
    assert re.search(r"Actions soulevées par les réunions : \d+ ;", text)
    assert "« diligence requise »" in text and "Choisi par : Khadija Amrani" in text
    info = subprocess.run(["pdfinfo", str(reports["fr", False])], capture_output=True,
                          text=True, check=True).stdout
    assert "Rapport national – Meilleures pratiques" in info
    assert "Mobilising for Rights Associates (MRA)" in info


def test_plural_forms_and_labels_are_complete() -> None:
    assert [plural_form("ar", n) for n in (0, 1, 2, 3, 10, 11, 99, 100, 103, 111)] == [
        0, 1, 2, 3, 3, 4, 4, 5, 3, 4]
    assert [plural_form("fr", n) for n in (0, 1, 2)] == [0, 0, 1]
    assert [plural_form("en", n) for n in (0, 1, 2)] == [1, 0, 1]
    for name in ("labels", "national"):
        for key, texts in report_labels(name).items():
            assert set(texts) == {"ar", "fr", "en"}, key
            if key != "months" and "|" in texts["en"]:
                assert [len(texts[lang].split("|")) for lang in ("ar", "fr", "en")] == [6, 2, 2]


def test_bad_requests_write_nothing(mra: Database, tmp_path: Path) -> None:
    target = tmp_path / "r.pdf"
    with pytest.raises(ScopeError, match="reversed"):
        export_national_pdf(mra, Scope(dt.date(2022, 6, 1), dt.date(2022, 1, 1)), "en", target)
    with pytest.raises(ScopeError, match="no partner with id nope"):
        export_national_pdf(mra, Scope(partner_ids=("nope",)), "en", target)
    with pytest.raises(ScopeError, match="No approved meeting"):
        export_national_pdf(mra, Scope(date_from=dt.date(2030, 1, 1)), "en", target)
    with pytest.raises(ReportLanguageError):
        export_national_pdf(mra, Scope(), "de", target)
    with pytest.raises(FileWriteError, match="the folder does not exist"):
        export_national_pdf(mra, Scope(), "en", tmp_path / "missing" / "r.pdf")
    with pytest.raises(FileWriteError, match="it is a folder"):
        export_national_pdf(mra, Scope(), "en", tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_cancel_leaves_the_file_as_it_was(mra: Database, tmp_path: Path) -> None:
    target = tmp_path / "r.pdf"
    target.write_bytes(b"the previous report")
    steps: list[int] = []
    progress = Progress(lambda done, total, _m: steps.append(done))

    def cancel_midway(done: int, total: int, _message: str) -> None:
        if done > total // 2:
            progress.cancel()

    progress._on_change = cancel_midway
    with pytest.raises(Cancelled):
        export_national_pdf(mra, Scope(), "ar", target, progress=progress)
    assert target.read_bytes() == b"the previous report"
    assert [p.name for p in tmp_path.iterdir()] == ["r.pdf"]
    seen: list[tuple[int, int]] = []
    export_national_pdf(mra, Scope(), "en", target,
                        progress=Progress(lambda d, t, _m: seen.append((d, t))))
    assert seen[-1] == (1, 1) and seen[-2][0] == seen[-2][1] - 1
    assert [d for d, t in seen[:-1]] == sorted(d for d, t in seen[:-1])


def test_an_undrawable_character_is_named(services: Services, tmp_path: Path) -> None:
    made = received(services, changes=({"sector": "justice", "title": "Permanence \U00013000"},))
    set_review_state(services.db, made["meeting"], "approved", reviewer="K")
    result = export_national_pdf(services.db, Scope(), "fr", tmp_path / "r.pdf")
    assert result.undrawable == ("\U00013000",)
    assert "[U+13000]" in pdftotext(result.path)
