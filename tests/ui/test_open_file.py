"""A double-click on a sync file or an identity card starts the program with that file:
``mra-desktop FILE``. A sync file is imported on MRA's import screen; an identity card
gets a sentence."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from shell_fixtures import english  # noqa: F401
from sync_fixtures import mra_keys, partner, synchronous  # noqa: F401

from mra_desktop.core.identity import set_identity
from mra_desktop.ui import app as app_module
from mra_desktop.ui.main_window import IMPORT_PAGE


def _run(monkeypatch: pytest.MonkeyPatch, db_path: Path, file: Path) -> list[Any]:
    """run_gui with ``file``; what the window showed when the event loop would start."""
    from mra_desktop.core.database import open_database
    from mra_desktop.core.services import Services

    db = open_database(db_path)  # MRA's database, its own organisation chosen at first run
    try:
        set_identity(db, Services(db).organisations.create(name="MRA", city="Rabat").record_id)
    finally:
        db.close()
    seen: list[Any] = []

    def fake_exec() -> int:
        for window in QApplication.topLevelWidgets():
            if window.objectName() == "MainWindow" and window.isVisible():
                seen.append((window.current_page(), window.meeting_list.visible_meeting_ids(),
                             window.import_screen.outcome_row(file.name) if
                             window.current_page() == IMPORT_PAGE else None))
                window.close()
                window.deleteLater()
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(fake_exec))
    assert app_module.run_gui(db_path, file) == 0
    return seen


def test_a_sync_file_goes_to_the_import_screen(
    monkeypatch: pytest.MonkeyPatch, db_path: Path, partner: Any, mra_keys: Any, english: Any,  # noqa: F811
    synchronous: None,  # noqa: F811
) -> None:
    """An encrypted file from an enrolled partner waits on the import screen for MRA's key
    to be unlocked there (nothing is imported behind the person's back)."""
    from mra_desktop.core import sync
    from mra_desktop.core.database import open_database

    exported = partner.export("from-fadd.mrasync", key=mra_keys.public)
    mra = open_database(db_path)
    try:
        sync.enrol(mra, sync.device_card(partner.db))
    finally:
        mra.close()
    [(page, listed, outcome)] = _run(monkeypatch, db_path, exported)
    assert page == IMPORT_PAGE
    assert outcome and "unlock MRA's private key" in " ".join(outcome.values())
    assert listed == []  # not imported yet


def test_an_identity_card_opens_on_the_partners_screen_unenrolled(
    monkeypatch: pytest.MonkeyPatch, db_path: Path, partner: Any, tmp_path: Path, english: Any  # noqa: F811
) -> None:
    from mra_desktop.core import sync
    from mra_desktop.core.database import open_database
    from mra_desktop.ui.main_window import PARTNERS_PAGE

    card = tmp_path / "FADD.mraid"
    card.write_bytes(sync.device_card(partner.db).to_bytes())
    shown: list[tuple[int, str]] = []

    def fake_exec() -> int:
        for window in QApplication.topLevelWidgets():
            if window.objectName() == "MainWindow" and window.isVisible():
                shown.append((window.current_page(),
                              window.partners_screen.fingerprint_label.text()))
                window.close()
                window.deleteLater()
        return 0

    from mra_desktop.core.identity import set_identity
    from mra_desktop.core.services import Services

    db = open_database(db_path)
    try:
        set_identity(db, Services(db).organisations.create(name="MRA", city="Rabat").record_id)
    finally:
        db.close()
    monkeypatch.setattr(QApplication, "exec", staticmethod(fake_exec))
    assert app_module.run_gui(db_path, card) == 0
    [(page, fingerprint)] = shown
    assert page == PARTNERS_PAGE
    # the fingerprint, kept left to right by isolates whatever the interface's direction
    assert fingerprint.strip("\u2066\u2069") == sync.device_card(partner.db).fingerprint
    db = open_database(db_path)
    try:
        assert sync.list_partners(db) == []  # enrolled only by a deliberate click
    finally:
        db.close()
