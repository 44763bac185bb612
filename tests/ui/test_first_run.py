"""First run: language, organisation and facilitator, stored where the next start finds them."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication
from shell_fixtures import english  # noqa: F401

from mra_desktop.core.database import open_database
from mra_desktop.core.identity import database_identity, has_signing_key, set_identity
from mra_desktop.core.services import Services
from mra_desktop.ui import app as app_module
from mra_desktop.ui import preferences
from mra_desktop.ui.first_run import FirstRunDialog, needs_first_run
from mra_desktop.ui.i18n import current_language


@pytest.fixture
def dialog(qtbot: Any, services: Any, english: Any) -> FirstRunDialog:  # noqa: F811
    widget = FirstRunDialog(services)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_settings_live_in_the_user_config_folder(tmp_path: Path) -> None:
    expected = tmp_path / "xdg-config" / "MRA" / "mra-desktop.ini"  # conftest's XDG_CONFIG_HOME
    assert preferences.settings_path() == expected
    preferences.set_interface_language("fr")
    assert expected.exists()
    assert "fr" in expected.read_text(encoding="utf-8")


def test_first_run_creates_the_organisation_and_remembers_the_choices(
    qtbot: Any, services: Any, dialog: FirstRunDialog, qapp: QApplication
) -> None:
    assert needs_first_run(services)
    assert not dialog.start_button.isEnabled()  # an organisation needs a name
    form = dialog.form
    qtbot.keyClicks(form.name_edit, "Association Amal")
    qtbot.keyClicks(form.city_edit, "El-Hajeb")
    form.region_edit.setText("Fès-Meknès")
    qtbot.keyClicks(form.facilitator_edit, "Amina Oubella")
    form.language_combo.setCurrentIndex(form.language_combo.findData("fr"))
    assert current_language() == "fr"  # applies at once, so the dialog reads in French
    assert QLocale().name() == "fr_MA"
    assert dialog.start_button.isEnabled()
    qtbot.keyClick(dialog.start_button, Qt.Key.Key_Space)
    assert dialog.result() == FirstRunDialog.DialogCode.Accepted
    [org] = services.organisations.list()
    assert (org.name, org.city, org.region) == ("Association Amal", "El-Hajeb", "Fès-Meknès")
    identity = database_identity(services.db)  # whose database it is lives in the database
    assert (identity.organisation_id, identity.facilitator, identity.language) == (
        org.id, "Amina Oubella", "fr")
    assert has_signing_key(services.db)  # the device's key is made with it
    assert preferences.interface_language() == "fr"
    assert not needs_first_run(services)


def test_an_existing_organisation_can_be_chosen(qtbot: Any, services: Any, english: Any) -> None:  # noqa: F811
    existing = services.organisations.create(name="FADD", city="Chichaoua").record_id
    dialog = FirstRunDialog(services)
    qtbot.addWidget(dialog)
    combo = dialog.form.organisation_combo
    combo.setCurrentIndex(combo.findData(existing))
    assert dialog.form.name_edit.text() == "FADD"
    assert dialog.form.city_edit.text() == "Chichaoua"
    dialog.accept()
    assert len(services.organisations.list()) == 1
    assert database_identity(services.db).organisation_id == existing


def test_demo_and_imported_organisations_are_not_offered(
    qtbot: Any, services: Any, english: Any  # noqa: F811
) -> None:
    from mra_desktop.core.demo import load_demo

    load_demo(services)
    own = services.organisations.create(name="FADD", city="Chichaoua").record_id
    dialog = FirstRunDialog(services)
    qtbot.addWidget(dialog)
    combo = dialog.form.organisation_combo
    assert [combo.itemData(i) for i in range(combo.count())] == [None, own]


def test_a_deleted_organisation_asks_again(services: Any) -> None:
    org = services.organisations.create(name="Old").record_id
    set_identity(services.db, org)
    assert not needs_first_run(services)
    services.organisations.delete(org)
    assert needs_first_run(services)


def test_the_choice_an_earlier_version_kept_in_the_settings_moves_into_the_database(
    services: Any, db_path: Path
) -> None:
    org = services.organisations.create(name="Association Amal").record_id
    store = preferences.qsettings()  # where earlier versions kept it
    store.setValue("user/organisation_id", org)
    store.setValue("user/facilitator_name", "Amina Oubella")
    store.sync()
    assert not needs_first_run(services)  # no question: the choice is kept
    identity = database_identity(services.db)
    assert (identity.organisation_id, identity.facilitator) == (org, "Amina Oubella")
    assert preferences.legacy_identity() == (None, "")  # and kept in one place only
    assert has_signing_key(services.db)


def test_a_choice_kept_for_another_database_is_not_taken(services: Any) -> None:
    store = preferences.qsettings()
    store.setValue("user/organisation_id", "2f1c6a5e-8b3d-4c1a-9e7f-0a2b3c4d5e6f")
    store.sync()
    assert needs_first_run(services)
    assert preferences.legacy_identity()[0] == "2f1c6a5e-8b3d-4c1a-9e7f-0a2b3c4d5e6f"


def test_the_language_given_at_init_applies_when_none_was_chosen_here(
    services: Any, english: Any  # noqa: F811
) -> None:
    from mra_desktop.core.identity import init_database

    init_database(services.db, "Association Amal", language="ar")
    assert not needs_first_run(services)
    assert current_language() == "ar" and preferences.interface_language() == "ar"


def _main_windows_shown(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """Let run_gui show its main window and return at once; the list gets the windows."""
    windows: list[Any] = []

    def fake_exec() -> int:
        windows.extend(w for w in QApplication.topLevelWidgets() if w.objectName() == "MainWindow"
                       and w.isVisible())
        for window in windows:
            window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(fake_exec))
    return windows


def test_quit_on_the_welcome_screen_creates_nothing(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, english: Any  # noqa: F811
) -> None:
    db_path = tmp_path / "data" / "mra-desktop" / "mra-desktop.sqlite"
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    shown: list[str] = []
    monkeypatch.setattr(FirstRunDialog, "exec", lambda self: shown.append("first run") or 0)
    windows = _main_windows_shown(monkeypatch)
    assert app_module.run_gui(db_path) == 0
    assert shown == ["first run"]
    assert windows == []
    assert not (tmp_path / "data").exists()  # no database, no folder, no lock file
    assert not preferences.settings_path().exists()  # nothing remembered either
    assert not list(scratch.iterdir())  # the draft is gone too


def test_start_on_the_welcome_screen_creates_the_database_with_the_organisation(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, english: Any  # noqa: F811
) -> None:
    db_path = tmp_path / "data" / "mra-desktop.sqlite"

    def answer(dialog: FirstRunDialog) -> int:
        assert not db_path.parent.exists()  # nothing yet while the questions are asked
        dialog.form.name_edit.setText("Association Amal")
        dialog.form.facilitator_edit.setText("Amina Oubella")
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(FirstRunDialog, "exec", answer)
    windows = _main_windows_shown(monkeypatch)
    assert app_module.run_gui(db_path) == 0
    assert len(windows) == 1  # straight to the main window: no second welcome
    # the database, and the backup made when the window closed
    assert sorted(p.name for p in db_path.parent.iterdir()) == [
        "mra-desktop-backups", "mra-desktop.sqlite"
    ]
    db = open_database(db_path)
    try:
        [org] = Services(db).organisations.list()
        identity = database_identity(db)
    finally:
        db.close()
    assert org.name == "Association Amal"
    assert (identity.organisation_id, identity.facilitator) == (org.id, "Amina Oubella")


def test_an_existing_database_without_an_organisation_asks_and_quits_when_refused(
    monkeypatch: pytest.MonkeyPatch, db_path: Path, english: Any  # noqa: F811
) -> None:
    open_database(db_path).close()
    shown: list[str] = []
    monkeypatch.setattr(FirstRunDialog, "exec", lambda self: shown.append("first run") or 0)
    assert app_module.run_gui(db_path) == 0
    assert shown == ["first run"]
    assert not app_module.lock_path(db_path).exists()  # the lock is released


def test_a_chosen_organisation_opens_the_main_window_at_once(
    monkeypatch: pytest.MonkeyPatch, db_path: Path, english: Any  # noqa: F811
) -> None:
    db = open_database(db_path)
    try:
        org = Services(db).organisations.create(name="Association Amal").record_id
        set_identity(db, org)
    finally:
        db.close()
    monkeypatch.setattr(FirstRunDialog, "exec", lambda self: pytest.fail("first run shown"))
    windows = _main_windows_shown(monkeypatch)
    assert app_module.run_gui(db_path) == 0
    assert len(windows) == 1
