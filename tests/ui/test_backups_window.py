"""Backups in the window: File ▸ Backups lists them, "Back up now", a read-only look,
restoring one (the window then shows the restored data), a backup on closing and every
30 minutes (a shorter interval given by the test), failures said in the status bar."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from shell_fixtures import english, meetings, organisation  # noqa: F401
from sync_fixtures import make_partner, synchronous  # noqa: F401

from mra_desktop.core.backups import create_backup, list_backups
from mra_desktop.ui.backups_dialog import BackupsDialog
from mra_desktop.ui.main_window import MainWindow
from mra_desktop.ui.sentences import visible
from tests.backup_support import rows, snapshot


@pytest.fixture
def window(qtbot: Any, services: Any, meetings: dict[str, str], english: Any) -> MainWindow:  # noqa: F811
    main = MainWindow(services)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main


def _open_dialog(qtbot: Any, window: MainWindow) -> BackupsDialog:
    window.backups_action.trigger()
    dialog = window.findChild(BackupsDialog)
    assert dialog is not None and dialog.isVisible() and dialog.isModal()
    qtbot.addWidget(dialog)
    return dialog


def _table(dialog: BackupsDialog) -> list[list[str]]:
    table = dialog.table
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def _listed_titles(window: MainWindow) -> list[str]:
    model = window.meeting_list.model
    return sorted(model.meeting_at(r).title for r in range(model.rowCount()))


def test_file_menu_opens_the_backups_newest_first(
    qtbot: Any, window: MainWindow, services: Any, db_path: Path
) -> None:
    assert window.backups_action in window.file_menu.actions()
    assert window.backups_action.text() == "&Backups…"
    create_backup(services.db, "before-import")
    services.changes.create(
        meeting_id=services.meetings.list()[0].id, sector="health", title="One more"
    )
    create_backup(services.db, "manual")
    dialog = _open_dialog(qtbot, window)
    table = _table(dialog)
    assert [row[1] for row in table] == ["Made by hand", "Before an import"]
    assert [row[2:5] for row in table] == [["4", "3", "1"], ["4", "2", "1"]]
    assert all(row[5].endswith("kB") for row in table)
    assert str(db_path.parent / "meetings-backups") in dialog.folder_label.text()
    assert dialog.restore_button.isEnabled() and dialog.open_button.isEnabled()


def test_back_up_now_adds_a_backup_off_the_ui_thread(
    qtbot: Any, window: MainWindow, db_path: Path
) -> None:
    dialog = _open_dialog(qtbot, window)
    assert dialog.table.rowCount() == 0 and not dialog.restore_button.isEnabled()
    dialog.back_up_button.click()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=10_000)
    assert _table(dialog)[0][1] == "Made by hand"
    (backup,) = list_backups(db_path)
    assert dialog.message_label.text() == f"Backup made: \u2066{backup.path.name}\u2069"


def test_restore_replaces_the_data_the_window_shows(
    qtbot: Any, window: MainWindow, services: Any, meetings: dict[str, str], db_path: Path,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    backup = create_backup(services.db, "manual")
    org = services.organisations.list()[0].id
    services.meetings.create(organisation_id=org, title="Typed after the backup")
    window.meeting_list.refresh()
    window.open_meeting(meetings["taza"])
    # an edit still waiting in the autosaver is stored (and kept) before the restore
    window.autosaver.set_field("meeting", meetings["agadir"], "city", "Inezgane")
    assert "Typed after the backup" in _listed_titles(window)

    dialog = _open_dialog(qtbot, window)
    asked: list[str] = []
    monkeypatch.setattr(dialog, "confirm", lambda question: asked.append(question) or True)
    dialog.table.selectRow(0)
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)

    assert len(asked) == 1 and asked[0].startswith("Replace everything in this database")
    assert "(4 meetings, 2 changes)" in visible(asked[0])
    assert dialog.message_label.text().startswith("Restored: the database now holds the backup")
    assert "Typed after the backup" not in _listed_titles(window)
    assert window.meeting_id is None and not window.undo_action.isEnabled()
    assert rows(db_path, "meeting") == rows(backup.path, "meeting")
    # the window's own connections see the restored file, and can write to it
    assert "Typed after the backup" not in [m.title for m in services.meetings.list()]
    services.meetings.update(meetings["taza"], title="Edited after the restore")
    assert services.meetings.get(meetings["taza"]).title == "Edited after the restore"
    # the database as it was is the newest backup, pending edit included
    kept = list_backups(db_path)[0]
    assert kept.reason == "before-restore"
    assert [row[1] for row in _table(dialog)][:2] == ["Before a restore", "Made by hand"]
    titles = [r for r in rows(kept.path, "meeting") if "Typed after the backup" in r]
    assert titles and any("Inezgane" in r for r in rows(kept.path, "meeting"))


def test_a_restore_not_confirmed_changes_nothing(
    qtbot: Any, window: MainWindow, services: Any, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    create_backup(services.db, "manual")
    services.meetings.create(
        organisation_id=services.organisations.list()[0].id, title="Typed after the backup"
    )
    window.flush()
    before = rows(db_path, "meeting")
    dialog = _open_dialog(qtbot, window)
    monkeypatch.setattr(dialog, "confirm", lambda _question: False)
    dialog.restore_button.click()
    assert rows(db_path, "meeting") == before and len(list_backups(db_path)) == 1


def test_the_confirmation_is_one_clear_question(
    qtbot: Any, window: MainWindow, services: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    create_backup(services.db, "manual")
    dialog = _open_dialog(qtbot, window)
    seen: dict[str, Any] = {}

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen["text"] = box.text()
        seen["buttons"] = [button.text() for button in box.buttons()]
        seen["default"] = box.defaultButton().text()
        box.defaultButton().click()  # Enter: the default is Cancel

    QTimer.singleShot(0, answer)
    assert dialog.restore_selected() is False
    assert seen["text"].startswith("Replace everything in this database with the backup of")
    assert seen["text"].endswith("The database as it is now is kept as a backup first.")
    assert sorted(seen["buttons"]) == ["Cancel", "Restore"] and seen["default"] == "Cancel"


def test_open_read_only_shows_the_backup_not_the_database(
    qtbot: Any, window: MainWindow, services: Any, meetings: dict[str, str]  # noqa: F811
) -> None:
    backup = create_backup(services.db, "manual")
    services.meetings.create(
        organisation_id=services.organisations.list()[0].id, title="Typed after the backup"
    )
    services.changes.create(meeting_id=meetings["taza"], sector="health", title="Also after")
    before = backup.path.read_bytes()
    dialog = _open_dialog(qtbot, window)
    viewer = dialog.open_selected()
    assert viewer is not None and viewer.isVisible()
    titles = [viewer.table.item(r, 1).text() for r in range(viewer.table.rowCount())]
    assert "Typed after the backup" not in " ".join(titles)
    assert viewer.table.rowCount() == 4
    taza = next(r for r, t in enumerate(titles) if t.startswith("Local commission, Taza"))
    viewer.table.selectRow(taza)
    text = viewer.details.toPlainText()
    assert "Phone instructions" in text and "Free certificates" in text
    assert "Also after" not in text and "Monthly meetings" in text
    assert "(read-only)" in viewer.windowTitle()
    viewer.close()
    assert backup.path.read_bytes() == before


def test_a_backup_when_the_window_closes(
    qtbot: Any, window: MainWindow, services: Any, meetings: dict[str, str], db_path: Path  # noqa: F811
) -> None:
    window.open_meeting(meetings["taza"], page=1)
    window.setup.title_edit.selectAll()
    qtbot.keyClicks(window.setup.title_edit, "Typed just before closing")
    window.close()
    (backup,) = list_backups(db_path)
    assert backup.reason == "on-close"
    assert any("Typed just before closing" in str(r) for r in rows(backup.path, "meeting"))


def test_closing_again_without_changes_adds_no_backup(
    qtbot: Any, services: Any, meetings: dict[str, str], english: Any, db_path: Path  # noqa: F811
) -> None:
    for _ in range(2):
        main = MainWindow(services)
        qtbot.addWidget(main)
        main.show()
        main.close()
    assert [b.reason for b in list_backups(db_path)] == ["on-close"]


def test_backups_every_interval_only_when_something_changed(
    qtbot: Any, window: MainWindow, services: Any, meetings: dict[str, str], db_path: Path  # noqa: F811
) -> None:
    assert window.auto_backup.timer.interval() == 30 * 60 * 1000
    window.auto_backup.set_interval(50)
    qtbot.waitUntil(lambda: len(list_backups(db_path)) == 1, timeout=10_000)
    qtbot.wait(400)  # several more ticks, nothing changed: no new backup
    qtbot.waitUntil(lambda: window.auto_backup.job is None, timeout=10_000)
    assert [b.reason for b in list_backups(db_path)] == ["periodic"]
    services.changes.create(meeting_id=meetings["taza"], sector="health", title="Typed now")
    qtbot.waitUntil(lambda: len(list_backups(db_path)) == 2, timeout=10_000)
    newest = list_backups(db_path)[0]
    assert newest.reason == "periodic" and newest.counts["change"] == 3


NOT_WRITTEN = (
    "The backup could not be written: the disk is full or the backups folder is protected. "
    "The database is unchanged."
)


def test_a_failed_automatic_backup_is_one_sentence_in_the_status_bar(
    qtbot: Any, window: MainWindow, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (db_path.parent / "meetings-backups").write_text("a file where the folder should be")
    window.flush()
    before = snapshot(db_path.parent)
    job = window.auto_backup.back_up_if_changed()
    assert job is not None
    qtbot.waitUntil(job.is_finished, timeout=10_000)
    assert window.statusBar().currentMessage() == NOT_WRITTEN
    assert snapshot(db_path.parent) == before
    # closing says it once more, in a box the facilitator cannot miss, and still closes
    warnings: list[tuple[str, str]] = []
    monkeypatch.setattr(
        "mra_desktop.ui.main_window.show_message",
        lambda _parent, _icon, title, text: warnings.append((title, text)),
    )
    window.close()
    assert warnings == [("No backup on closing", NOT_WRITTEN)] and not window.isVisible()
    after = snapshot(db_path.parent)
    # closing keeps where the facilitator was (in the database's write-ahead log); no
    # backup file, whole or partial, was left
    kept = ("xdg-", "meetings.sqlite-wal", "meetings.sqlite-shm")
    assert {k: v for k, v in after.items() if not k.startswith(kept)} == {
        k: v for k, v in before.items() if not k.startswith(kept)
    }


def test_the_import_screen_backs_up_before_importing(
    qtbot: Any, window: MainWindow, services: Any, tmp_path: Path, db_path: Path,
    synchronous: None,  # noqa: F811
) -> None:
    from mra_desktop.core import sync

    partner = make_partner(tmp_path / "partner", tmp_path / "partner" / "partner.sqlite")
    sync_file = partner.export("fadd.mrasync")
    sync.enrol(services.db, sync.device_card(partner.db))  # after the phone call
    partner.db.close()
    before = rows(db_path, "meeting")
    window.show_import()
    window.import_screen.allow_unencrypted_check.setChecked(True)
    window.import_screen.import_files([sync_file])
    (backup,) = list_backups(db_path)
    assert backup.reason == "before-import"
    assert rows(backup.path, "meeting") == before
    assert len(rows(db_path, "meeting")) == len(before) + 1


def test_in_arabic_the_dialog_mirrors_and_selects_the_newest_backup(
    qtbot: Any, window: MainWindow, services: Any, english: Any  # noqa: F811
) -> None:
    from mra_desktop.ui.i18n import apply_language

    create_backup(services.db, "manual")
    apply_language(english, "ar")
    dialog = _open_dialog(qtbot, window)
    qtbot.waitExposed(dialog)
    assert dialog.isRightToLeft()
    assert dialog.selected() is not None and dialog.restore_button.isEnabled()
    header = dialog.table.horizontalHeader()
    assert header.sectionViewportPosition(0) > header.sectionViewportPosition(1)  # date on the right
    assert dialog.buttons.geometry().x() < dialog.back_up_button.geometry().x()  # Close on the left
    assert dialog.windowTitle() == "النسخ الاحتياطية"
    assert _table(dialog)[0][1] == "يدوية"
    viewer = dialog.open_selected()
    assert viewer is not None and viewer.selected_meeting() is not None
    viewer.close()
