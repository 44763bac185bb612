"""File > Export for MRA…: encrypted when MRA's key is installed, refused without it unless
"without encryption" is ticked (which first shows what that means); the settings install,
show and remove MRA's key."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from shell_fixtures import english  # noqa: F401
from sync_fixtures import PASSPHRASE, mra_keys, synchronous  # noqa: F401

from mra_desktop.core import sync
from mra_desktop.ui.settings import SettingsDialog
from mra_desktop.ui.sync_export_dialog import SyncExportDialog


def _dialog(qtbot: Any, services: Any) -> SyncExportDialog:
    widget = SyncExportDialog(services)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _import(tmp_path: Path, path: Path, keys: Any = None) -> list[Any]:
    from mra_desktop.core.database import open_database

    db = open_database(tmp_path / "mra.sqlite")
    try:
        key = sync.read_private_key(keys.private, PASSPHRASE) if keys else None
        return sync.import_sync_files(db, [path], key)
    finally:
        db.close()


def test_with_mra_key_the_file_is_encrypted(
    qtbot: Any, services: Any, meeting: Any, tmp_path: Path, mra_keys: Any,  # noqa: F811
    synchronous: None, english: Any, monkeypatch: Any,  # noqa: F811
) -> None:
    sync.install_recipient_key(services.db, sync.read_public_key(mra_keys.public))
    dialog = _dialog(qtbot, services)
    fingerprint = sync.read_public_key(mra_keys.public).fingerprint
    assert fingerprint in dialog.key_widget.fingerprint_label.text()
    assert not dialog.unencrypted_check.isVisible()
    assert Path(dialog.path_edit.text()).name.startswith("mra-sync-")
    assert not dialog.since_radio.isEnabled()  # no export yet
    target = tmp_path / "for-mra"
    monkeypatch.setattr(
        "mra_desktop.ui.sync_export_dialog.save_file_name",
        lambda *args, **kwargs: str(target) + ".mrasync",
    )
    dialog.browse_button.click()
    dialog.export_button.click()
    written = Path(str(target) + ".mrasync")
    assert written.exists()
    assert dialog.result is not None and dialog.result.encrypted
    assert "Encrypted for MRA's key." in dialog.message_label.text()
    assert str(written) in dialog.message_label.text()
    # the file needs MRA's private key: without it, it is refused
    assert _import(tmp_path, written)[0].status == "rejected"
    outcome = _import(tmp_path, written, mra_keys)[0]
    assert outcome.status == "imported" and outcome.counts.new == 2  # organisation, meeting
    # the counts column now says what went into the file
    assert dialog.counts_table.horizontalHeaderItem(1).text() == "In the file"
    assert dialog.counts_table.item(1, 1).text() == "1"  # one meeting
    # a second export can take only what changed since the first
    assert dialog.since_radio.isEnabled()


def test_without_key_it_is_refused_unless_explicitly_unencrypted(
    qtbot: Any, services: Any, meeting: Any, tmp_path: Path,  # noqa: F811
    synchronous: None, english: Any,  # noqa: F811
) -> None:
    dialog = _dialog(qtbot, services)
    target = tmp_path / "plain.mrasync"
    dialog.path_edit.setText(str(target))
    assert "not installed" in dialog.key_widget.state_label.text()
    assert dialog.unencrypted_check.isVisible() and not dialog.unencrypted_check.isChecked()
    assert not dialog.export_button.isEnabled()
    assert dialog.start_export() is None
    assert not target.exists()
    assert not dialog.warning_label.isVisible()
    dialog.unencrypted_check.setChecked(True)
    assert dialog.warning_label.isVisible()
    assert dialog.warning_label.text() == sync.UNENCRYPTED_WARNING
    assert dialog.export_button.isEnabled()
    dialog.export_button.click()
    assert target.exists() and not dialog.result.encrypted
    assert _import(tmp_path, target)[0].status == "imported"  # readable without any key


def test_installing_the_key_from_the_dialog(
    qtbot: Any, services: Any, mra_keys: Any, english: Any, monkeypatch: Any  # noqa: F811
) -> None:
    dialog = _dialog(qtbot, services)
    dialog.unencrypted_check.setChecked(True)
    monkeypatch.setattr(
        "mra_desktop.ui.recipient_key.open_file_name",
        lambda *args, **kwargs: str(mra_keys.public),
    )
    dialog.key_widget.install_button.click()
    assert sync.installed_recipient_key(services.db) is not None
    assert not dialog.unencrypted_check.isChecked() and not dialog.unencrypted_check.isVisible()
    assert dialog.export_button.isEnabled()


@pytest.mark.parametrize("wrong", ["private", "garbage"])
def test_settings_install_show_and_remove_mra_key(
    qtbot: Any, services: Any, mra_keys: Any, english: Any, tmp_path: Path, wrong: str  # noqa: F811
) -> None:
    settings = SettingsDialog(services)
    qtbot.addWidget(settings)
    settings.show()
    box = settings.recipient_key
    assert not box.remove_button.isVisible() and not box.fingerprint_label.isVisible()
    bad = mra_keys.private if wrong == "private" else tmp_path / "x.pub"
    if wrong == "garbage":
        bad.write_text("hello")
    assert not box.install_from(str(bad))
    assert box.error_label.isVisible() and box.error_label.text()
    assert sync.installed_recipient_key(services.db) is None
    assert box.install_from(str(mra_keys.public))
    key = sync.installed_recipient_key(services.db)
    assert key is not None and key.fingerprint in box.fingerprint_label.text()
    assert box.remove_button.isVisible() and not box.error_label.isVisible()
    box.remove_button.click()
    assert sync.installed_recipient_key(services.db) is None
    assert not box.fingerprint_label.isVisible()
