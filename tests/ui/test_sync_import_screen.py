"""MRA's import screen: several files at once (chosen or dropped), the private key unlocked
once, each file's outcome, the history, and conflicts decided side by side."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from shell_fixtures import english  # noqa: F401
from sync_fixtures import (  # noqa: F401
    PASSPHRASE,
    make_partner,
    mra_keys,
    partner,
    synchronous,
)

from mra_desktop.core import sync
from mra_desktop.core.database import backup_database
from mra_desktop.core.services import Services
from mra_desktop.ui.sentences import visible
from mra_desktop.ui.sync_import_screen import SyncImportScreen


@pytest.fixture
def screen(qtbot: Any, db: Any, english: Any, synchronous: None, partner: Any) -> SyncImportScreen:  # noqa: F811
    """MRA's import screen, the partner's device enrolled, unencrypted files allowed."""
    sync.enrol(db, sync.device_card(partner.db))
    widget = SyncImportScreen(db)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    widget.allow_unencrypted_check.setChecked(True)
    return widget


def _drop(screen: SyncImportScreen, paths: list[Path]) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(
        QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    screen.dropEvent(event)


def test_two_files_the_key_once_and_a_file_imported_twice(
    screen: SyncImportScreen, partner: Any, mra_keys: Any, services: Any,  # noqa: F811
    monkeypatch: Any,
) -> None:
    plain = partner.export("plain.mrasync")
    partner.services.changes.create(meeting_id=partner.meeting_id, sector="system", title="Hotline")
    sealed = partner.export("sealed.mrasync", key=mra_keys.public)
    monkeypatch.setattr(
        "mra_desktop.ui.sync_import_screen.open_file_names",
        lambda *args, **kwargs: [str(plain), str(sealed)],
    )
    screen.choose_button.click()
    row = screen.outcome_row("plain.mrasync")
    assert row["Status"] == "Imported" and row["Partner"] == "FADD"
    assert (row["New"], row["Updated"], row["Conflicts"]) == ("4", "0", "0")
    assert screen.outcome_row("sealed.mrasync")["Status"] == "Waiting for the key"
    assert "waiting for MRA's private key: 1" in visible(screen.key_error.text())
    assert [m.title for m in services.meetings.list()] == ["Gendarmerie unit, Chichaoua"]

    # a wrong passphrase: one sentence, and it asks again
    screen.key_path_edit.setText(str(mra_keys.private))
    screen.passphrase_edit.setText("not the passphrase")
    screen.unlock_button.click()
    assert screen.private_keys == []
    assert screen.key_error.text() == "The passphrase is wrong; type it again."
    assert screen.key_form.isVisible()
    # the right one: the waiting file is imported at once, and the key is kept
    screen.passphrase_edit.setText(PASSPHRASE)
    screen.unlock_button.click()
    assert len(screen.private_keys) == 1 and not screen.key_form.isVisible()
    assert screen.passphrase_edit.text() == ""
    row = screen.outcome_row("sealed.mrasync")
    assert row["Status"] == "Imported" and row["New"] == "1" and row["Encrypted"] == "Yes"
    assert sync.device_card(partner.db).fingerprint in row["Signed by"]
    assert "Hotline" in [c.title for c in services.changes.for_meeting(partner.meeting_id)]

    # the same file again, dropped on the screen: nothing changes
    _drop(screen, [plain])
    row = screen.outcome_row("plain.mrasync")
    assert row["Status"] == "Already imported"
    assert row["Message"].startswith("Already imported on ")
    assert screen.history_table.rowCount() == 2  # the second try wrote nothing
    assert screen.history_table.item(0, 1).text() == "sealed.mrasync"


def test_a_damaged_file_is_rejected_with_its_sentence_and_changes_nothing(
    screen: SyncImportScreen, partner: Any, db: Any,  # noqa: F811
) -> None:
    good = partner.export("good.mrasync")
    data = bytearray(good.read_bytes())
    data[len(data) // 2] ^= 0xFF
    damaged = partner.folder / "damaged.mrasync"
    damaged.write_bytes(bytes(data))
    before = db.counts()
    _drop(screen, [damaged])
    row = screen.outcome_row("damaged.mrasync")
    assert row["Status"] == "Rejected"
    assert row["Partner"] == ""  # an altered file's manifest says nothing to trust
    assert row["Message"] and row["Message"].endswith(".") and "\n" not in row["Message"]
    assert row["New"] == ""
    assert db.counts() == before
    assert screen.history_table.rowCount() == 0
    assert sync.import_history(db) == []


def test_a_conflict_is_listed_side_by_side_and_resolved(
    screen: SyncImportScreen, partner: Any, services: Any, tmp_path: Path  # noqa: F811
) -> None:
    # the partner's database copied to a second laptop; both edit the same change
    copy_path = backup_database(partner.db.path, "copy")
    from tests.sync_support import second_device

    other = Services(second_device(copy_path, copy_path.with_name("laptop-2.sqlite")))
    sync.enrol(screen.db, sync.device_card(other.db))
    try:
        partner.services.changes.update(partner.change_id, title="Night reception, first laptop")
        first = partner.export("first.mrasync")
        other.changes.update(partner.change_id, title="Night reception, second laptop")
        second = tmp_path / "partner" / "second.mrasync"
        sync.export_sync(other.db, second, unencrypted=True)
    finally:
        other.db.close()
    screen.import_files([first, second])
    assert screen.outcome_row("second.mrasync")["Conflicts"] == "1"
    assert visible(screen.tabs.tabText(1)) == "Conflicts (1)"
    view = screen.conflicts
    assert view.count() == 1 and view.list.rowCount() == 1
    assert "Night reception" in view.list.item(0, 0).text()
    assert view.differing_rows() == ["Short title"]
    titles = {
        view.versions.item(r, 0).text(): (
            view.versions.item(r, 1).text(), view.versions.item(r, 2).text()
        )
        for r in range(view.versions.rowCount())
    }
    assert titles["Short title"] == (
        "Night reception, first laptop",
        "Night reception, second laptop",
    )
    assert view.versions.horizontalHeaderItem(1).text() == "This database's version"

    resolved: list[Any] = []
    screen.conflict_resolved.connect(resolved.append)
    view.take_button.click()
    assert services.changes.get(partner.change_id).title == "Night reception, second laptop"
    assert len(resolved) == 1 and resolved[0].choice == "incoming"
    assert view.count() == 0 and visible(screen.tabs.tabText(1)) == "Conflicts (0)"
    assert not view.empty_label.isHidden() and view.splitter.isHidden()
    assert sync.open_conflict_count(screen.db) == 0


def test_the_main_window_opens_the_screen_and_refreshes_the_list(
    qtbot: Any, services: Any, partner: Any, english: Any, synchronous: None  # noqa: F811
) -> None:
    from mra_desktop.ui.main_window import IMPORT_PAGE, MainWindow

    sync.enrol(services.db, sync.device_card(partner.db))
    window = MainWindow(services)
    window.import_screen.allow_unencrypted_check.setChecked(True)
    qtbot.addWidget(window)
    window.show()
    assert window.sync_import_action.shortcut().toString() == "Ctrl+Shift+I"
    assert window.export_pdf_action.shortcut().toString() == "Ctrl+E"
    assert "(Ctrl+E)" in visible(window.export_pdf_action.toolTip())
    window.sync_import_action.trigger()
    assert window.current_page() == IMPORT_PAGE
    assert window.meeting_list.visible_meeting_ids() == []
    window.import_screen.import_files([partner.export("one.mrasync")])
    assert window.meeting_list.visible_meeting_ids() == [partner.meeting_id]
    # File > Export report as PDF… with no meeting chosen says so and opens nothing
    window.meeting_list.table.clearSelection()
    window.meeting_list.table.setCurrentIndex(window.meeting_list.table.model().index(-1, -1))
    window.meeting_list.select_meeting(partner.meeting_id)
    window.show_list()
    dialog = window.open_export_pdf()
    assert dialog is not None and dialog.meeting.id == partner.meeting_id
    dialog.close()


def test_a_file_that_needs_an_earlier_one_says_so_in_the_interface_language(
    qtbot: Any, qapp: Any, db: Any, partner: Any, synchronous: None,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from mra_desktop.ui.i18n import apply_language

    sync.enrol(db, sync.device_card(partner.db))
    partner.export("full.mrasync")
    partner.services.action_items.create(
        meeting_id=partner.meeting_id, sector="system", action="start", text="Former"
    )
    later = partner.folder / "later.mrasync"
    sync.export_sync(partner.db, later, unencrypted=True, since_last=True)
    apply_language(qapp, "fr")
    try:
        screen = SyncImportScreen(db)
        qtbot.addWidget(screen)
        screen.show()
        screen.allow_unencrypted_check.setChecked(True)
        before = db.counts()
        _drop(screen, [later])
        message = screen.outcome_row("later.mrasync")["Message"]
        assert message.startswith("Refusé") and "fichier antérieur" in message
        assert screen.outcome_row("later.mrasync")["Association partenaire"] == "FADD"
        assert db.counts() == before
    finally:
        apply_language(qapp, "en")


def test_unencrypted_unsigned_or_unknown_files_are_refused_unless_ticked(
    qtbot: Any, db: Any, partner: Any, english: Any, synchronous: None, tmp_path: Path  # noqa: F811
) -> None:
    from tests.sync_support import build_v1_file

    screen = SyncImportScreen(db)
    qtbot.addWidget(screen)
    screen.show()
    plain = partner.export("plain.mrasync")
    old = tmp_path / "old.mrasync"
    old.write_bytes(build_v1_file())
    _drop(screen, [plain])
    row = screen.outcome_row("plain.mrasync")
    assert row["Status"] == "Rejected" and "signed by a device MRA has not enrolled" in row["Message"]
    sync.enrol(db, sync.device_card(partner.db))
    _drop(screen, [plain, old])
    assert "--allow-unencrypted" in screen.outcome_row("plain.mrasync")["Message"]
    screen.allow_unencrypted_check.setChecked(True)
    _drop(screen, [plain, old])
    assert screen.outcome_row("plain.mrasync")["Status"] == "Imported"
    assert screen.outcome_row("old.mrasync")["Status"] == "Rejected"
    screen.allow_unsigned_check.setChecked(True)
    _drop(screen, [old])
    row = screen.outcome_row("old.mrasync")
    assert row["Status"] == "Imported" and row["Signed by"] == "Not signed"
    assert "It was not encrypted." in row["Message"] and "It was not signed" in row["Message"]


def test_an_import_is_undone_from_the_history_after_a_question(
    screen: SyncImportScreen, partner: Any, db: Any, monkeypatch: Any  # noqa: F811
) -> None:
    before = db.counts()
    screen.import_files([partner.export("one.mrasync")])
    assert db.counts() != before
    assert not screen.undo_button.isEnabled()  # nothing chosen yet
    screen.history_table.selectRow(0)
    assert screen.undo_button.isEnabled()
    asked: list[str] = []
    monkeypatch.setattr(screen, "confirm_undo", lambda item: asked.append(item.file_name) or False)
    screen.undo_button.click()
    assert asked == ["one.mrasync"] and db.counts() != before  # "Cancel" changes nothing
    monkeypatch.setattr(screen, "confirm_undo", lambda item: True)
    screen.undo_button.click()
    assert db.counts() == before
    assert visible(screen.message_label.text()).startswith("Import undone: 4 records removed")
    assert screen.history_table.item(0, 10).text() != ""  # "Undone on"
    screen.history_table.selectRow(0)
    assert not screen.undo_button.isEnabled()  # an undone import is not undone twice


def test_two_keys_can_be_unlocked_while_mra_changes_its_key(
    screen: SyncImportScreen, partner: Any, mra_keys: Any, tmp_path: Path  # noqa: F811
) -> None:
    new_public, new_private = sync.write_key_pair(tmp_path / "keys" / "new", PASSPHRASE,
                                                  scrypt_n=2**10)
    old_file = partner.export("old.mrasync", key=mra_keys.public)
    new_file = partner.export("new.mrasync", key=new_public)
    for private in (new_private, mra_keys.private):
        if screen.another_key_button.isVisible():
            screen.another_key_button.click()
        screen.key_path_edit.setText(str(private))
        screen.passphrase_edit.setText(PASSPHRASE)
        screen.unlock_button.click()
    assert len(screen.private_keys) == 2
    assert screen.key_state.text().count(";") >= 1
    screen.import_files([old_file, new_file])
    assert screen.outcome_row("old.mrasync")["Status"] == "Imported"
    assert screen.outcome_row("new.mrasync")["Status"] == "Imported"
    screen.forget_button.click()
    assert screen.private_keys == [] and screen.key_form.isVisible()
