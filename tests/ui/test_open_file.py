"""A double-click on a sync file or an identity card starts the program with that file:
``mra-desktop FILE``. A sync file is imported on MRA's import screen; an identity card
gets a sentence."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from shell_fixtures import english  # noqa: F401
from sync_fixtures import partner, synchronous  # noqa: F401

from mra_desktop.ui import app as app_module
from mra_desktop.ui import preferences
from mra_desktop.ui.main_window import IMPORT_PAGE
from mra_desktop.ui.sentences import visible


def _run(monkeypatch: pytest.MonkeyPatch, db_path: Path, file: Path) -> list[Any]:
    """run_gui with ``file``; what the window showed when the event loop would start."""
    from mra_desktop.core.database import open_database
    from mra_desktop.core.services import Services

    db = open_database(db_path)  # MRA's database, its own organisation chosen at first run
    try:
        preferences.set_organisation_id(
            Services(db).organisations.create(name="MRA", city="Rabat").record_id
        )
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


def test_a_sync_file_is_imported_on_the_import_screen(
    monkeypatch: pytest.MonkeyPatch, db_path: Path, partner: Any, english: Any, synchronous: None  # noqa: F811
) -> None:
    exported = partner.export("from-fadd.mrasync")
    [(page, listed, outcome)] = _run(monkeypatch, db_path, exported)
    assert page == IMPORT_PAGE
    assert listed == [partner.meeting_id]  # the partner's meeting is now in MRA's list
    assert outcome and "Imported" in " ".join(outcome.values())


def test_an_identity_card_says_this_version_cannot_open_it(
    monkeypatch: pytest.MonkeyPatch, db_path: Path, tmp_path: Path, english: Any  # noqa: F811
) -> None:
    card = tmp_path / "Association Amal.mraid"
    card.write_text("{}", encoding="utf-8")
    said: list[str] = []
    monkeypatch.setattr(
        "mra_desktop.ui.app.show_message", lambda _p, _i, _t, text, *a: said.append(text)
    )
    [(page, _listed, _outcome)] = _run(monkeypatch, db_path, card)
    assert [visible(s) for s in said] == [f"This version of mra-desktop cannot open identity cards (.mraid): {card}"]
    assert page != IMPORT_PAGE
