"""File > Export report as PDF…: the dialog writes the meeting's report in the chosen
language, off the UI thread; a cancel or an unwritable place writes nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pdfplumber
import pytest
from shell_fixtures import english  # noqa: F401
from sync_fixtures import synchronous  # noqa: F401

from mra_desktop.ui.export_pdf_dialog import ExportPdfDialog
from mra_desktop.ui.i18n import format_date
from mra_desktop.ui.jobs import safe_file_name
from mra_desktop.ui.sentences import visible


def _first_page_text(path: Path) -> str:
    with pdfplumber.open(path) as pdf:
        return pdf.pages[0].extract_text() or ""


@pytest.fixture
def dialog(qtbot: Any, services: Any, meeting: Any, english: Any) -> ExportPdfDialog:  # noqa: F811
    services.changes.create(meeting_id=meeting.id, sector="health", title="Free certificates")
    widget = ExportPdfDialog(services, meeting.id)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_defaults_follow_the_meeting_not_the_interface(dialog: ExportPdfDialog) -> None:
    assert dialog.language() == "fr"  # the meeting's language, the interface is English
    assert not dialog.names_check.isChecked()
    assert dialog.path_edit.text().endswith("2022-03-14 Local commission, El-Hajeb (fr).pdf")
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("ar"))
    assert dialog.path_edit.text().endswith("(ar).pdf")  # the suggestion follows
    assert dialog.export_button.isEnabled()
    assert safe_file_name('a/b:c?"d') == "a-b-c--d"


def test_export_writes_the_pdf_in_the_chosen_language(
    dialog: ExportPdfDialog, tmp_path: Path, monkeypatch: Any, synchronous: None  # noqa: F811
) -> None:
    target = tmp_path / "out" / "report"
    target.parent.mkdir()
    monkeypatch.setattr(
        "mra_desktop.ui.export_pdf_dialog.save_file_name",
        lambda *args, **kwargs: str(target) + ".pdf",
    )
    dialog.browse_button.click()
    assert dialog.path_edit.text() == str(target) + ".pdf"
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    assert dialog.path_edit.text() == str(target) + ".pdf"  # the user's own name is kept
    seen: list[Path] = []
    dialog.exported.connect(seen.append)
    dialog.export_button.click()
    written = Path(str(target) + ".pdf")
    assert seen == [written]
    assert written.read_bytes().startswith(b"%PDF")
    text = _first_page_text(written)
    assert "Meeting report" in text and "Rapport de réunion" not in text
    assert str(written) in dialog.message_label.text()
    assert dialog.open_folder_button.isVisible()

    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("fr"))
    french = tmp_path / "out" / "rapport.pdf"
    dialog.path_edit.setText(str(french))
    dialog.export_button.click()
    assert "Rapport de réunion" in _first_page_text(french)


def test_an_unwritable_place_gives_one_sentence_and_no_file(
    dialog: ExportPdfDialog, tmp_path: Path, synchronous: None  # noqa: F811
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    dialog.path_edit.setText(str(blocker / "report.pdf"))
    dialog.export_button.click()
    sentence = dialog.message_label.text()
    assert dialog.message_label.isVisible() and "cannot be written" in sentence
    assert sentence.count(".") >= 1 and "\n" not in sentence and "Traceback" not in sentence
    assert not (blocker / "report.pdf").exists()
    assert dialog.isVisible() and dialog.export_button.isEnabled()  # try again elsewhere


def test_cancel_writes_nothing(qtbot: Any, dialog: ExportPdfDialog, tmp_path: Path) -> None:
    target = tmp_path / "cancelled.pdf"
    dialog.path_edit.setText(str(target))
    job = dialog.start_export()
    assert job is not None and not dialog.export_button.isEnabled()
    job.cancel()  # what the progress dialog's Cancel button does
    qtbot.waitUntil(job.is_finished, timeout=20_000)
    assert not target.exists()
    assert list(tmp_path.glob("*.pdf")) == [] and list(tmp_path.glob("*.tmp*")) == []
    assert "cancelled" in dialog.message_label.text().lower()
    assert dialog.export_button.isEnabled()


def test_the_date_keeps_the_interface_direction_under_an_arabic_title(
    qtbot: Any, services: Any, meeting: Any, english: Any  # noqa: F811
) -> None:
    services.meetings.update(meeting.id, title="اجتماع اللجنة المحلية بالحاجب")
    dialog = ExportPdfDialog(services, meeting.id)
    qtbot.addWidget(dialog)
    dialog.resize(600, dialog.sizeHint().height())
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.meeting_label.text() == "اجتماع اللجنة المحلية بالحاجب"
    assert dialog.date_label.text() == format_date(meeting.date, long=True)
    image = dialog.date_label.grab().toImage()
    ink = [
        x
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).lightness() < 100
    ]
    # "14 March 2022" is written from the left, as English is, not after the title
    assert ink and max(ink) < image.width() / 2


def test_characters_no_font_can_draw_are_named_after_the_export(
    dialog: ExportPdfDialog, services: Any, tmp_path: Path, synchronous: None  # noqa: F811
) -> None:
    services.meetings.update(dialog.meeting.id, title="Réunion 𓀀 tamaziɣt")
    assert dialog.notes_check.isChecked()  # the Discussion section is in by default
    target = tmp_path / "r.pdf"
    dialog.path_edit.setText(str(target))
    dialog.export_button.click()
    assert target.is_file()
    message = visible(dialog.message_label.text())
    assert str(target) in message
    assert "No font of the report can draw 𓀀 (U+13000)" in message
