"""MRA's Partners screen: a card dropped is shown with its fingerprint large and enrolled
only when asked; a hostile card is one sentence; revoking asks first."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from shell_fixtures import english  # noqa: F401
from sync_fixtures import partner, synchronous  # noqa: F401

from mra_desktop.core import sync
from mra_desktop.ui.partners_screen import PartnersScreen
from mra_desktop.ui.sentences import visible


@pytest.fixture
def screen(qtbot: Any, db: Any, english: Any) -> PartnersScreen:  # noqa: F811
    widget = PartnersScreen(db)
    qtbot.addWidget(widget)
    widget.resize(1000, 650)
    widget.show()
    return widget


def _drop(screen: PartnersScreen, path: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    screen.dropEvent(QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime,
                                Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))


def test_a_dropped_card_is_shown_then_enrolled_only_when_asked(
    screen: PartnersScreen, partner: Any, db: Any, tmp_path: Path  # noqa: F811
) -> None:
    card_path, card = sync.write_device_card(partner.db, tmp_path / "fadd.mraid")
    _drop(screen, card_path)
    assert screen.card_box.isVisible()
    assert card.fingerprint in screen.fingerprint_label.text()
    assert screen.fingerprint_label.font().pointSizeF() > screen.font().pointSizeF() * 2
    assert "Organisation: FADD" in visible(screen.card_details.text())
    assert sync.list_partners(db) == []  # nothing enrolled before the phone call
    screen.discard_button.click()
    assert not screen.card_box.isVisible() and sync.list_partners(db) == []

    _drop(screen, card_path)
    changed: list[bool] = []
    screen.partners_changed.connect(lambda: changed.append(True))
    screen.enrol_button.click()
    assert changed == [True] and not screen.card_box.isVisible()
    assert visible(screen.message_label.text()).startswith("Enrolled: a device of FADD.")
    assert screen.table.rowCount() == 1
    assert screen.table.item(0, 0).text() == "FADD"
    assert card.fingerprint in screen.table.item(0, 1).text()
    assert screen.table.item(0, 5).text() == "Enrolled"


def test_a_hostile_card_is_one_sentence_and_enrols_nothing(
    screen: PartnersScreen, db: Any, tmp_path: Path
) -> None:
    evil = tmp_path / "evil.mraid"
    evil.write_bytes(b'{"format": "mra-desktop-identity-card", "version": 1}' + b" " * 20_000)
    _drop(screen, evil)
    text = screen.message_label.text()
    assert screen.message_label.isVisible() and "\n" not in text and text.endswith(".")
    assert not screen.card_box.isVisible() and sync.list_partners(db) == []


def test_revoking_asks_first(
    screen: PartnersScreen, partner: Any, db: Any, monkeypatch: pytest.MonkeyPatch  # noqa: F811
) -> None:
    sync.enrol(db, sync.device_card(partner.db))
    screen.refresh()
    assert not screen.revoke_button.isEnabled()
    screen.table.selectRow(0)
    assert screen.revoke_button.isEnabled()
    asked: list[str] = []
    monkeypatch.setattr(screen, "confirm_revoke", lambda p: asked.append(p.fingerprint) or False)
    screen.revoke_button.click()
    assert len(asked) == 1 and not sync.list_partners(db)[0].revoked
    monkeypatch.setattr(screen, "confirm_revoke", lambda p: True)
    screen.revoke_button.click()
    assert sync.list_partners(db)[0].revoked
    assert screen.table.item(0, 5).text().startswith("Revoked on")
    screen.table.selectRow(0)
    assert not screen.revoke_button.isEnabled()


def test_the_main_window_opens_the_partners_screen(
    qtbot: Any, services: Any, english: Any  # noqa: F811
) -> None:
    from mra_desktop.ui.main_window import PARTNERS_PAGE, MainWindow

    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    assert window.partners_action in window.file_menu.actions()
    window.partners_action.trigger()
    assert window.current_page() == PARTNERS_PAGE
