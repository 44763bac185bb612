"""`mra-desktop screenshots --out DIR` renders every main screen in ar, fr and en."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QTableWidget, QWidget
from shell_fixtures import english  # noqa: F401

from mra_desktop.cli import main
from mra_desktop.ui import preferences
from mra_desktop.ui.i18n import current_language, format_date
from mra_desktop.ui.meeting.workspace import STEPS
from mra_desktop.ui.models.meetings import COLUMNS
from mra_desktop.ui.screenshots import expected_names
from mra_desktop.ui.sentences import visible

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def test_the_command_writes_every_screen_in_three_languages(
    tmp_path: Path, capsys: Any, english: Any  # noqa: F811
) -> None:
    out = tmp_path / "shots"
    settings_before = preferences.settings_path()
    assert main(["screenshots", "--out", str(out)]) == 0
    names = expected_names()
    assert {p.name for p in out.iterdir()} == set(names)
    for screen in ("meetings", "setup", "first_run", "settings", "export_pdf", "sync_export",
                   "sync_import", "mra_received", "mra_matrix", "mra_matrix_obligations",
                   "mra_change", "mra_msc", "mra_report", "mra_export", "newsletter",
                   "newsletter_published", "newsletter_new", "presenter", "presenter_changes",
                   "presenter_board", "partners", "receipts_meetings", "receipts",
                   "sync_import_receipt"):
        for lang in ("ar", "fr", "en"):
            for size in ("1366x768", "1920x1080"):  # both sizes are kept
                assert f"{screen}-{lang}-{size}.png" in names
    assert "step-good_practices-fr-1920x1080.png" in names
    assert len(names) == 2 * 3 * (8 + len(STEPS) + 3 + 7 + 3 + 3)
    for name in names:
        data = (out / name).read_bytes()
        assert data.startswith(PNG_MAGIC), name
        image = QImage(str(out / name))
        assert not image.isNull(), name
        if name.startswith(("meetings", "setup", "step-", "sync_import", "mra_received",
                            "receipts_meetings",
                            "mra_matrix", "mra_msc", "newsletter-", "newsletter_published",
                            "presenter")):
            size = name.removesuffix(".png").rsplit("-", 1)[1]
            assert f"{image.width()}x{image.height()}" == size, name
    assert f"{len(names)} screenshots written" in capsys.readouterr().out
    # the user's settings were not touched, and the language is back as it was
    assert not settings_before.exists()
    assert current_language() == "en"


def test_one_size_on_request(tmp_path: Path, capsys: Any, english: Any) -> None:  # noqa: F811
    from mra_desktop.ui.screenshots import take_screenshots

    seen: dict[str, list[str]] = {}

    def visit(widget: QWidget, name: str) -> None:
        """What the receipts' screens show: MRA's review from the receipt imported."""
        screen = name.rsplit("-", 2)[0]
        if screen == "receipts_meetings":
            window: Any = widget
            view = window.meeting_list
            column = COLUMNS.index("mra_review")
            seen[screen] = sorted(
                str(view.model.data(view.model.index(row, column)))
                for row in range(view.model.rowCount())
            ) + [visible(view.review_label.text())]
        elif screen == "receipts":
            dialog: Any = widget
            seen[screen] = [row["MRA's review"] for row in dialog.meeting_rows()]
        elif screen == "sync_import_receipt":
            table = widget.findChild(QTableWidget, "ImportHistory")
            seen[screen] = [table.item(row, table.columnCount() - 1).text()
                            for row in range(table.rowCount()) if table.item(row, 0)
                            and table.selectionModel().isRowSelected(row)]
            seen[screen].append(table.horizontalHeaderItem(table.columnCount() - 1).text())

    written = take_screenshots(tmp_path, languages=["en"], sizes=[(1920, 1080)], visit=visit)
    assert {p.name for p in written} == set(expected_names(["en"], [(1920, 1080)]))
    assert QImage(str(tmp_path / "meetings-en-1920x1080.png")).width() == 1920
    # the receipts' screens show a real round trip: MRA's three reviews at the partner,
    # and at MRA the import the receipt was written for
    meetings = seen["receipts_meetings"]
    assert meetings[:3] == ["Approved by MRA ★", "MRA found issues", "Received by MRA"]
    assert meetings[3].startswith("MRA's review: MRA found issues on ")
    assert seen["receipts"] == ["Approved by MRA ★", "MRA found issues", "Received by MRA"]
    today = format_date(dt.datetime.now(dt.UTC).date())
    assert seen["sync_import_receipt"] == [today, "Receipt written on"]


def test_a_bad_size_is_one_line(capsys: Any) -> None:
    assert main(["screenshots", "--out", "x", "--size", "big"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "WIDTHxHEIGHT" in err[0] and err[0].startswith("mra-desktop: ")
