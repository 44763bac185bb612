"""The window on MRA's shared database on a PostgreSQL server: it says which database it is
on, shows MRA's screens from it, makes its backups with pg_dump, leaves restoring to the
command line (others may have it open), and refuses a server it cannot use in one
sentence."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent
from shell_fixtures import english  # noqa: F401

from mra_desktop.core.backups import list_backups
from mra_desktop.core.database import open_database
from mra_desktop.core.identity import set_facilitator
from mra_desktop.core.mra_demo import load_mra_demo
from mra_desktop.core.services import Services
from mra_desktop.ui import app as app_module
from mra_desktop.ui import background
from mra_desktop.ui.backups_dialog import BackupsDialog
from mra_desktop.ui.i18n import apply_language
from mra_desktop.ui.main_window import MainWindow
from mra_desktop.ui.sentences import visible
from tests import postgres_support as pg


@pytest.fixture
def server_services() -> Iterator[Services]:
    with pg.fresh_database() as url:
        db = open_database(url)
        services = Services(db)
        load_mra_demo(services)
        set_facilitator(db, "Khadija Amrani")
        yield services
        db.close()


@pytest.fixture
def window(qtbot: Any, server_services: Services, english: Any) -> Iterator[MainWindow]:  # noqa: F811
    background.set_synchronous(True)
    main = MainWindow(server_services)
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    qtbot.waitExposed(main)
    yield main
    apply_language(english, "en")
    main.close()  # while its database is still there, and gone before it goes
    main.deleteLater()
    english.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    background.set_synchronous(False)


def test_the_window_says_it_is_on_the_shared_database(
    window: MainWindow, server_services: Services, qapp: Any, tmp_path: Path
) -> None:
    name = pg.database_name(str(server_services.db.location.url))  # type: ignore[union-attr]
    where = f"{pg.ROLE}@127.0.0.1:{pg.port()}/{name}"
    label = window.database_label
    assert label.isVisible()
    assert label.text() == f"Shared database: \u2066{where}\u2069"
    assert "PostgreSQL server (version 15." in visible(label.toolTip())

    window.mra_side.show_received()
    assert window.mra_side.received.model.rowCount() == 17

    for language in ("fr", "ar", "en"):
        apply_language(qapp, language)
        qapp.processEvents()
        window.grab().save(str(tmp_path / f"server-window-{language}.png"))
    assert label.text().startswith("Shared database: ")


def test_a_partners_window_names_no_server(qtbot: Any, services: Any, english: Any) -> None:  # noqa: F811
    main = MainWindow(services)
    qtbot.addWidget(main)
    main.show()
    assert not main.database_label.isVisible()


def test_backups_are_made_with_pg_dump_and_restoring_is_left_to_the_command_line(
    qtbot: Any, window: MainWindow, server_services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert not window.auto_backup.timer.isActive()  # no backup of the shared one every 30 min
    window.backups_action.trigger()
    dialog = window.findChild(BackupsDialog)
    assert dialog is not None
    qtbot.addWidget(dialog)
    dialog.back_up_button.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=60_000)
    [made] = list_backups(server_services.db.location)
    assert made.path.suffix == ".dump" and made.counts["meeting"] == 17
    assert dialog.table.rowCount() == 1

    asked: list[str] = []
    monkeypatch.setattr(dialog, "confirm", lambda question: asked.append(question) or True)
    dialog.table.selectRow(0)
    dialog.restore_button.click()
    assert asked == []
    assert dialog.message_label.text().startswith(
        "MRA's shared database is restored from the command line"
    )
    assert window.mra_side.received.model.rowCount() == 17


def test_a_server_the_window_cannot_use_is_one_sentence(
    qapp: Any, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(app_module, "show_error", lambda text, parent=None: shown.append(text))
    code = app_module.run_gui("postgresql+psycopg://mra@127.0.0.1:1/mra")
    assert code == 2
    assert len(shown) == 1 and visible(shown[0]).startswith("Cannot reach the PostgreSQL server")
    assert capsys.readouterr().err.strip() == f"mra-desktop: {shown[0]}"


@pytest.mark.parametrize(
    ("lang", "start"),
    [("fr", "Le serveur PostgreSQL: mra@127.0.0.1:1/mra est injoignable"),
     ("ar", "تعذّر الوصول إلى الخادم PostgreSQL: mra@127.0.0.1:1/mra")],
)
def test_an_unreachable_server_is_said_in_the_interface_language(
    qapp: Any, monkeypatch: pytest.MonkeyPatch, lang: str, start: str
) -> None:
    """Not the sentence of a damaged SQLite file ("cannot be read… its disk")."""
    shown: list[str] = []
    monkeypatch.setattr(app_module, "show_error", lambda text, parent=None: shown.append(text))
    monkeypatch.setattr(app_module.preferences, "interface_language", lambda: lang)
    try:
        code = app_module.run_gui("postgresql+psycopg://mra@127.0.0.1:1/mra")
    finally:
        apply_language(qapp, "en")
    assert code == 2
    assert len(shown) == 1 and visible(shown[0]).startswith(start)


def test_the_national_report_and_the_spreadsheets_come_from_the_server(
    window: MainWindow, tmp_path: Path
) -> None:
    """Their dialogs work off the UI thread on a database of their own: the server's."""
    dialog = window.mra_side.open_export()
    dialog.path_edit.setText(str(tmp_path / "national"))
    dialog.start_export()
    assert (tmp_path / "national.xlsx").exists()
    assert "13 meetings, 48 changes" in visible(dialog.message_label.text())

    window.mra_side.report_action.trigger()
    [report] = [d for d in window.export_dialogs if d.objectName() == "NationalReportDialog"]
    target = tmp_path / "national.pdf"
    report.path_edit.setText(str(target))
    report.start_export()
    assert target.read_bytes().startswith(b"%PDF-")
    assert "13 meetings, " in visible(report.message_label.text())
