"""MRA's newsletter: a draft made from the period's choices, consent enforced by the core,
edits that never touch the partner's change, and a published issue that stays as it was."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from sqlalchemy import select, update

from mra_desktop.core import models as m
from mra_desktop.core.demo import demo_id
from mra_desktop.core.errors import NotFoundError
from mra_desktop.core.national import Scope, ScopeError, national_figures
from mra_desktop.core.newsletter import issues
from mra_desktop.core.newsletter.consent import PLACEHOLDERS, people_of_meeting
from mra_desktop.core.newsletter.content import ChangeBlock, FiguresBlock, issue_content
from mra_desktop.core.newsletter.html import export_issue_html, issue_html
from mra_desktop.core.newsletter.pdf import export_issue_pdf
from mra_desktop.core.newsletter.records import NewsletterIssue, NewsletterItem
from tests.mra_support import mra_demo_copy


def pdf_text(path: Path) -> str:
    """The text of a PDF as poppler reads it (right-to-left lines in reading order)."""
    import subprocess
    import unicodedata

    found = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True
    )
    return unicodedata.normalize("NFKC", found.stdout.decode("utf-8"))

FIRST = (dt.date(2021, 5, 1), dt.date(2022, 1, 31))
SECOND = (dt.date(2022, 2, 1), dt.date(2022, 7, 31))
NOT_QUOTABLE = demo_id("change", "fldf-2021-07-lc-ouarzazate", "fldf-2021-07-c2")  # exemplary
WHATSAPP = demo_id("change", "fldf-2021-07-lc-ouarzazate", "fldf-2021-07-c5")  # national MSC
CARDS = demo_id("change", "amal-2022-01-cross-elhajeb", "amal-2022-01-c1")  # exemplary
POLICE_SPACE = demo_id("change", "tafiil-2022-05-lc-taza-ar", "tafiil-2022-05-ar-c2")
PUBLISHED = demo_id("newsletter", "2022-1")
DRAFT = demo_id("newsletter", "2022-2")


@pytest.fixture
def demo(tmp_path: Path):  # type: ignore[no-untyped-def]
    db = mra_demo_copy(tmp_path)
    yield db
    db.close()


def _draft(db, period=FIRST, language: str = "fr") -> issues.DraftResult:  # type: ignore[no-untyped-def]
    return issues.create_draft(db, language=language, period_from=period[0], period_to=period[1])


def _change_row(db, change_id: str) -> tuple:  # type: ignore[no-untyped-def]
    with db.session() as session:
        change = session.get(m.Change, change_id)
        assert change is not None
        return (change.revision, change.content_hash, change.title, change.what_changed,
                change.updated_at, change.may_be_quoted)


# -- consent ------------------------------------------------------------------------------------
def test_a_change_the_partner_has_not_allowed_to_be_quoted_cannot_enter_an_issue(demo) -> None:  # type: ignore[no-untyped-def]
    draft = _draft(demo)
    before = [i.id for i in issues.issue_items(demo, draft.issue_id)]
    with pytest.raises(issues.NewsletterError) as refused:
        issues.add_change(demo, draft.issue_id, NOT_QUOTABLE)
    assert refused.value.code == "newsletter_not_quotable"
    assert "has not agreed that it may be quoted" in refused.value.message
    assert [i.id for i in issues.issue_items(demo, draft.issue_id)] == before
    assert NOT_QUOTABLE not in {c.id for c, _p, _d in issues.candidates(demo, draft.issue_id)}


def test_the_draft_takes_the_national_choices_then_the_exemplary_changes_that_may_be_quoted(demo) -> None:  # type: ignore[no-untyped-def]
    draft = _draft(demo)
    items = issues.issue_items(demo, draft.issue_id)
    assert [(i.kind, i.change_id, i.highlight) for i in items] == [
        ("figures", None, ""),
        ("change", WHATSAPP, "msc"),
        ("change", CARDS, "exemplary"),
    ]
    # the exemplary change without consent is named, not added
    assert [(w.change_id, w.reason) for w in draft.withheld] == [(NOT_QUOTABLE, "not_quotable")]
    whatsapp = items[1]
    assert whatsapp.why.startswith("The local commission's WhatsApp group")  # the panel's reason
    assert whatsapp.partner == "Fédération des Ligues des Droits des Femmes"
    assert whatsapp.place == "Ouarzazate, Drâa-Tafilalet"
    assert whatsapp.source_revision == 1 and not whatsapp.edited
    with demo.session() as session:
        issue = session.get(NewsletterIssue, draft.issue_id)
        assert issue is not None and issue.status == "draft" and issue.number is None
        figures = issue.figures
    national = national_figures(demo, Scope(*FIRST))
    assert figures["meetings"] == national.meetings > 0
    assert figures["participants"] == national.participants
    assert figures["partners"] == [p.name for p in national.partners]
    assert sum(n for _s, n in figures["by_sector"]) == national.changes


def test_bad_periods_are_refused_and_nothing_is_written(demo) -> None:  # type: ignore[no-untyped-def]
    count = len(issues.list_issues(demo))
    with pytest.raises(ScopeError) as reversed_period:
        _draft(demo, (dt.date(2022, 7, 31), dt.date(2022, 2, 1)))
    assert reversed_period.value.code == "scope_reversed"
    with pytest.raises(ScopeError) as empty:
        _draft(demo, (dt.date(2030, 1, 1), dt.date(2030, 6, 30)))
    assert empty.value.code == "scope_empty"
    with pytest.raises(issues.NewsletterError):
        issues.create_draft(demo, language="de", period_from=FIRST[0], period_to=FIRST[1])
    assert len(issues.list_issues(demo)) == count


def test_a_consent_withdrawn_later_keeps_the_change_out_of_everything_printed(demo, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    draft = _draft(demo)
    title = "Public Prosecution database and cards"
    assert title in issue_html(demo, draft.issue_id)
    with demo.transaction() as session:  # as a newer sync file from the partner would
        session.execute(update(m.Change).where(m.Change.id == CARDS).values(may_be_quoted=False))
    content = issue_content(demo, draft.issue_id)
    assert content.withheld and content.withheld[0].startswith(title)
    assert title not in issue_html(demo, draft.issue_id)
    written = export_issue_pdf(demo, draft.issue_id, tmp_path / "issue.pdf")
    assert "Public Prosecution database" not in pdf_text(written.path)
    with pytest.raises(issues.NewsletterError) as refused:
        issues.publish(demo, draft.issue_id)
    assert refused.value.code == "newsletter_consent_withdrawn"
    # the published issue of the demo, frozen, leaves it out too
    assert len(issue_content(demo, PUBLISHED).withheld) == 1
    with demo.session() as session:
        assert session.get(NewsletterIssue, draft.issue_id).status == "draft"  # type: ignore[union-attr]


# -- anonymity ----------------------------------------------------------------------------------
def _known_names(db, issue_id: str) -> set[str]:  # type: ignore[no-untyped-def]
    names: set[str] = set()
    with db.session() as session:
        for item in session.scalars(select(NewsletterItem).where(NewsletterItem.issue_id == issue_id)):
            change = session.get(m.Change, item.change_id) if item.change_id else None
            if change is not None and change.anonymise:
                names.update(people_of_meeting(session, change.meeting_id))
    return names


def test_an_anonymised_change_shows_no_name_of_its_meetings_people(demo, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    names = _known_names(demo, DRAFT)
    assert {"نادية العلوي", "خديجة الطاهري", "سميرة الإدريسي", "Amina Oubella"} <= names
    html = issue_html(demo, DRAFT)
    text = pdf_text(export_issue_pdf(demo, DRAFT, tmp_path / "d.pdf").path)
    for name in names:
        for part in (p for p in name.split() if len(p) > 3):
            assert part not in html, part
            assert part not in text, part
    assert "Naïma" not in html and "Berrada" not in html  # after "Dr", in the French change
    assert PLACEHOLDERS["ar"] in html and "محجوب" in text
    assert PLACEHOLDERS["fr"] in html
    # MRA's own edit cannot bring a name back
    item = next(i for i in issues.issue_items(demo, DRAFT) if i.change_id == POLICE_SPACE)
    issues.edit_item(demo, item.id, lead="قالت نادية العلوي إن الفضاء الجديد غيّر كل شيء.")
    assert "نادية" not in issue_html(demo, DRAFT)
    # its place is the facility (the partner chose that level), not a person's name
    block = next(b for b in issue_content(demo, DRAFT).blocks
                 if isinstance(b, ChangeBlock) and b.change_id == POLICE_SPACE)
    assert any("مقر الأمن الإقليمي بتازة" in part for part in block.meta)
    assert block.note


# -- editing ------------------------------------------------------------------------------------
def test_an_edited_item_keeps_its_link_and_the_change_stays_as_the_partner_wrote_it(demo) -> None:  # type: ignore[no-untyped-def]
    draft = _draft(demo)
    item = next(i for i in issues.issue_items(demo, draft.issue_id) if i.change_id == WHATSAPP)
    source = _change_row(demo, WHATSAPP)
    assert issues.edit_item(demo, item.id, title="مجموعات واتساب", lead="نص مترجم.")
    assert not issues.edit_item(demo, item.id, title="مجموعات واتساب")  # nothing new
    edited = next(i for i in issues.issue_items(demo, draft.issue_id) if i.id == item.id)
    assert edited.edited and edited.change_id == WHATSAPP and edited.title == "مجموعات واتساب"
    assert _change_row(demo, WHATSAPP) == source
    with pytest.raises(issues.NewsletterError):
        issues.edit_item(demo, item.id, title="  ")
    with pytest.raises(issues.NewsletterError):
        issues.edit_item(demo, item.id, sector="justice")
    issues.reload_item(demo, item.id)
    again = next(i for i in issues.issue_items(demo, draft.issue_id) if i.id == item.id)
    assert not again.edited and again.title.startswith("WhatsApp groups")
    assert again.why.startswith("The local commission's WhatsApp group")


def test_items_are_reordered_removed_and_added_back(demo) -> None:  # type: ignore[no-untyped-def]
    draft = _draft(demo)
    figures, whatsapp, cards = issues.issue_items(demo, draft.issue_id)
    issues.move_item(demo, figures.id, 5)
    assert [i.id for i in issues.issue_items(demo, draft.issue_id)] == [whatsapp.id, cards.id, figures.id]
    issues.remove_item(demo, whatsapp.id)
    remaining = issues.issue_items(demo, draft.issue_id)
    assert [(i.id, i.position) for i in remaining] == [(cards.id, 0), (figures.id, 1)]
    assert WHATSAPP in {c.id for c, _p, _d in issues.candidates(demo, draft.issue_id)}
    added = issues.add_change(demo, draft.issue_id, WHATSAPP, position=0)
    assert [i.id for i in issues.issue_items(demo, draft.issue_id)][0] == added
    with pytest.raises(issues.NewsletterError) as twice:
        issues.add_change(demo, draft.issue_id, WHATSAPP)
    assert twice.value.code == "newsletter_duplicate"
    issues.remove_item(demo, figures.id)
    issues.add_figures(demo, draft.issue_id)
    assert issues.issue_items(demo, draft.issue_id)[0].kind == "figures"


# -- publishing ---------------------------------------------------------------------------------
def test_a_published_issue_is_numbered_dated_and_frozen(demo) -> None:  # type: ignore[no-untyped-def]
    draft = _draft(demo, SECOND, "ar")
    at = dt.datetime(2022, 9, 30, 9, 0, tzinfo=dt.UTC)
    assert issues.publish(demo, draft.issue_id, by="Nadia Tazi", now=at) == 2  # after No. 1
    [item] = [i for i in issues.issue_items(demo, draft.issue_id) if i.kind == "change"][:1]
    frozen = [
        lambda: issues.edit_item(demo, item.id, title="Autre"),
        lambda: issues.remove_item(demo, item.id),
        lambda: issues.move_item(demo, item.id, 0),
        lambda: issues.add_change(demo, draft.issue_id, POLICE_SPACE),
        lambda: issues.add_figures(demo, draft.issue_id),
        lambda: issues.update_issue(demo, draft.issue_id, title="Autre"),
        lambda: issues.refresh_figures(demo, draft.issue_id),
        lambda: issues.reload_item(demo, item.id),
        lambda: issues.publish(demo, draft.issue_id),
        lambda: issues.delete_draft(demo, draft.issue_id),
    ]
    for attempt in frozen:
        with pytest.raises(issues.NewsletterError) as refused:
            attempt()
        assert refused.value.code == "newsletter_frozen"
    [summary] = [s for s in issues.list_issues(demo) if s.id == draft.issue_id]
    assert (summary.number, summary.status, summary.published_at) == (2, "published", at)
    assert "العدد 2 – 30 شتنبر 2022" in issue_html(demo, draft.issue_id)


def test_the_demo_has_one_published_and_one_draft_issue(demo) -> None:  # type: ignore[no-untyped-def]
    listed = issues.list_issues(demo)
    assert [(i.id, i.status, i.number) for i in listed] == [
        (DRAFT, "draft", None),
        (PUBLISHED, "published", 1),
    ]
    content = issue_content(demo, PUBLISHED)
    assert content.issue_line == "العدد 1 – 25 غشت 2022"
    assert [type(b) for b in content.blocks] == [FiguresBlock, ChangeBlock, ChangeBlock]
    assert content.blocks[1].title == "مجموعات واتساب تربط أعضاء اللجنة المحلية بالجمعيات"  # type: ignore[union-attr]
    draft = issue_content(demo, DRAFT)
    assert draft.issue_line == "مسودة – غير منشورة"
    assert {b.change_id for b in draft.blocks if isinstance(b, ChangeBlock)} >= {POLICE_SPACE}


def test_unknown_and_ambiguous_ids(demo) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(NotFoundError):
        issues.find_issue(demo, "no-such-issue")
    assert issues.find_issue(demo, PUBLISHED[:8]).id == PUBLISHED
    with pytest.raises(NotFoundError):
        issues.find_issue(demo, "  ")


# -- the HTML file ------------------------------------------------------------------------------
def test_the_html_is_one_email_ready_file(demo, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "issue.html"
    export_issue_html(demo, DRAFT, path)
    html = path.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>")
    assert '<html lang="ar" dir="rtl">' in html and '<body dir="rtl"' in html
    assert "<style" not in html and "<script" not in html and "<link" not in html
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:|//)""", html)
    assert "url(" not in html and "@import" not in html and "<img" not in html
    assert not re.search(r"display\s*:\s*(flex|grid)", html)
    assert len(html.encode("utf-8")) < 100_000  # Gmail cuts longer messages
    # every paragraph says its direction: a French change in an Arabic issue runs ltr
    assert re.search(r'<p dir="ltr"[^>]*>Circuit de prise en charge', html) is None  # title is h2
    assert re.search(r'<h2 dir="ltr"[^>]*>Circuit de prise en charge', html)
    assert re.search(r'<h2 dir="rtl"[^>]*>فضاء مستقل', html)
    assert all(' dir="' in tag for tag in re.findall(r"<(?:p|h1|h2|h3) [^>]*>", html))
    ids = re.findall(r'id="item-(\d+)"', html)
    assert ids == [str(n) for n in range(1, len(ids) + 1)] and len(ids) == 6


def test_writing_to_a_missing_folder_writes_nothing(demo, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from mra_desktop.core.files import FileWriteError

    with pytest.raises(FileWriteError):
        export_issue_html(demo, DRAFT, tmp_path / "missing" / "issue.html")
    with pytest.raises(FileWriteError):
        export_issue_pdf(demo, DRAFT, tmp_path / "missing" / "issue.pdf")
    assert not (tmp_path / "missing").exists()


def test_the_pdf_prints_the_items_in_order_with_the_reports_layers(demo, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    written = export_issue_pdf(demo, DRAFT, tmp_path / "issue.pdf")
    assert written.undrawable == ()
    text = " ".join(pdf_text(written.path).split())
    content = issue_content(demo, DRAFT)
    positions = []
    for block in content.blocks:
        title = block.heading if isinstance(block, FiguresBlock) else block.title
        probe = " ".join(title.split()[:2])
        positions.append(text.find(probe))
    assert -1 not in positions, positions
    assert positions == sorted(positions)
