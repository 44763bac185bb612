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
from mra_desktop.ui.sentences import visible
from mra_desktop.ui.settings import SettingsDialog
from mra_desktop.ui.sync_export_dialog import SyncExportDialog


def _dialog(qtbot: Any, services: Any) -> SyncExportDialog:
    widget = SyncExportDialog(services)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _import(tmp_path: Path, path: Path, keys: Any = None, partner: Any = None) -> list[Any]:
    """Import at MRA, the partner's device enrolled."""
    from mra_desktop.core.database import open_database

    db = open_database(tmp_path / "mra.sqlite")
    try:
        if partner is not None and not sync.list_partners(db):
            sync.enrol(db, sync.device_card(partner))
        key = [sync.read_private_key(keys.private, PASSPHRASE)] if keys else []
        return sync.import_sync_files(db, [path], key, allow_unencrypted=True)
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
    assert _import(tmp_path, written, partner=services.db)[0].status == "rejected"
    outcome = _import(tmp_path, written, mra_keys)[0]
    assert outcome.status == "imported" and outcome.counts.new == 2  # organisation, meeting
    # the counts column now says what went into the file
    assert dialog.counts_table.horizontalHeaderItem(1).text() == "In the file"
    assert "Signed by this computer (fingerprint" in dialog.message_label.text()
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
    assert _import(tmp_path, target, partner=services.db)[0].status == "imported"  # no key needed


def test_installing_the_key_from_the_dialog(
    qtbot: Any, services: Any, meeting: Any, mra_keys: Any, english: Any, monkeypatch: Any  # noqa: F811
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


def test_the_dialog_says_demo_records_and_other_organisations_stay(
    qtbot: Any, services: Any, meeting: Any, english: Any  # noqa: F811
) -> None:
    from mra_desktop.core.demo import load_demo

    load_demo(services)
    other = services.organisations.create(name="FADD")
    services.meetings.create(organisation_id=other.record_id, title="Autre")
    dialog = _dialog(qtbot, services)
    text = visible(dialog.left_out_label.text())
    assert dialog.left_out_label.isVisible()
    assert "Demo records stay on this computer: they are never exported (427)." in text
    assert "Records of other organisations stay on this computer" in text and "(2)" in text
    assert dialog.counts_table.horizontalHeaderItem(1).text() == "To export"
    assert [dialog.counts_table.item(row, 1).text() for row in range(2)] == ["1", "1"]


def test_without_an_organisation_nothing_can_be_exported(
    qtbot: Any, services: Any, english: Any  # noqa: F811
) -> None:
    services.organisations.create(name="Pas encore choisie")
    dialog = _dialog(qtbot, services)
    dialog.unencrypted_check.setChecked(True)
    assert not dialog.export_button.isEnabled()
    assert "Choose your organisation in Settings first." in dialog.left_out_label.text()


def test_settings_show_the_fingerprint_and_save_the_identity_card(
    qtbot: Any, services: Any, meeting: Any, english: Any, tmp_path: Path, monkeypatch: Any  # noqa: F811
) -> None:
    settings = SettingsDialog(services)
    qtbot.addWidget(settings)
    settings.show()
    card = sync.device_card(services.db)
    widget = settings.device_identity
    assert widget.fingerprint_label.isVisible()
    assert card.fingerprint in widget.fingerprint_label.text()
    target = tmp_path / "amal"
    monkeypatch.setattr(
        "mra_desktop.ui.device_identity.QFileDialog.getSaveFileName",
        lambda *args, **kwargs: (str(target), ""),
    )
    widget.save_button.click()
    saved = sync.read_card(str(target) + ".mraid")
    assert saved.fingerprint == card.fingerprint and saved.organisation_name == "Association Amal"
    assert "Saved to" in widget.message_label.text()


def test_replacing_mras_key_asks_first_showing_both_fingerprints(
    qtbot: Any, services: Any, mra_keys: Any, english: Any, tmp_path: Path, monkeypatch: Any  # noqa: F811
) -> None:
    settings = SettingsDialog(services)
    qtbot.addWidget(settings)
    box = settings.recipient_key
    assert box.install_from(str(mra_keys.public))
    first = sync.installed_recipient_key(services.db)
    (tmp_path / "new").mkdir()
    new_public, _ = sync.write_key_pair(tmp_path / "new" / "mra", PASSPHRASE, scrypt_n=2**10)
    asked: list[tuple[str, str]] = []
    monkeypatch.setattr(box, "confirm_replace",
                        lambda old, new: asked.append((old.fingerprint, new.fingerprint)) or False)
    assert not box.install_from(str(new_public))
    new_key = sync.read_public_key(new_public)
    assert asked == [(first.fingerprint, new_key.fingerprint)]
    assert sync.installed_recipient_key(services.db) == first  # "Cancel" keeps the old key
    monkeypatch.setattr(box, "confirm_replace", lambda old, new: True)
    assert box.install_from(str(new_public))
    assert sync.installed_recipient_key(services.db) == new_key
