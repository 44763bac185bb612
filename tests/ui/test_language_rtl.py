"""The interface language switches while the program runs; Arabic mirrors everything."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from shell_fixtures import english, meetings, organisation  # noqa: F401

from mra_desktop.ui import i18n, preferences
from mra_desktop.ui.main_window import MainWindow
from mra_desktop.ui.settings import SettingsDialog

RTL = Qt.LayoutDirection.RightToLeft
LTR = Qt.LayoutDirection.LeftToRight
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def window(qtbot: Any, services: Any, meetings: dict[str, str], english: Any) -> MainWindow:  # noqa: F811
    main = MainWindow(services)
    qtbot.addWidget(main)
    main.show()
    return main


def _directions(qapp: QApplication, window: MainWindow, qtbot: Any) -> set[Qt.LayoutDirection]:
    dialog = SettingsDialog(window.services, window)
    qtbot.addWidget(dialog)
    directions = {
        qapp.layoutDirection(),
        window.layoutDirection(),
        dialog.layoutDirection(),
        window.meeting_list.table.layoutDirection(),
        window.setup.title_edit.layoutDirection(),
    }
    assert window.isRightToLeft() == dialog.isRightToLeft() == window.meeting_list.table.isRightToLeft()
    dialog.close()
    return directions


def test_arabic_turns_everything_right_to_left_and_back(qtbot: Any, qapp: QApplication, window: MainWindow) -> None:
    assert _directions(qapp, window, qtbot) == {LTR}
    i18n.apply_language(qapp, "ar")
    qapp.processEvents()
    assert _directions(qapp, window, qtbot) == {RTL}
    assert window.meeting_list.table.isRightToLeft()
    for lang in ("fr", "en"):
        i18n.apply_language(qapp, lang)
        qapp.processEvents()
        assert _directions(qapp, window, qtbot) == {LTR}, lang


def test_qt_dialogs_are_translated_too(qapp: QApplication, english: Any) -> None:  # noqa: F811
    expected = {"ar": "ألغِ", "fr": "Annuler", "en": "Cancel"}
    for lang, word in expected.items():
        i18n.apply_language(qapp, lang)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        assert box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == word


def test_locale_follows_the_language_with_western_digits(qapp: QApplication, english: Any) -> None:  # noqa: F811
    import datetime as dt

    i18n.apply_language(qapp, "ar")
    assert QLocale().name() == "ar_MA"
    text = i18n.format_date(dt.date(2022, 5, 18))
    assert "18" in text and "2022" in text  # 0-9, not ١٨
    assert QLocale().toString(QDate(2022, 5, 18), "yyyy") == "2022"
    i18n.apply_language(qapp, "fr")
    assert i18n.format_date(dt.date(2022, 5, 18), long=True) == "18 mai 2022"


def test_view_language_menu_switches_and_remembers(qapp: QApplication, window: MainWindow) -> None:
    titles = [a.text() for a in window.language_menu.actions()]
    assert titles == ["العربية", "Français", "English"]
    window.language_actions["ar"].trigger()
    qapp.processEvents()
    assert qapp.layoutDirection() == RTL
    assert preferences.interface_language() == "ar"
    assert window.language_actions["ar"].isChecked()
    # words from the protocol catalogue follow at once
    assert window.meeting_list.status_filter.itemText(1) == "مبرمج"
    window.language_actions["en"].trigger()
    qapp.processEvents()
    assert window.meeting_list.status_filter.itemText(1) == "Planned"
    assert qapp.layoutDirection() == LTR


def _compile_french(folder: Path) -> None:
    ts = folder / "mra_desktop_fr.ts"
    ts.write_text(
        """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context><name>MainWindow</name>
<message><source>&amp;File</source><translation>&amp;Fichier</translation></message>
</context>
<context><name>MeetingList</name>
<message><source>Meetings</source><translation>Réunions</translation></message>
</context>
</TS>
""",
        encoding="utf-8",
    )
    sys.path.insert(0, str(ROOT / "packaging"))
    try:
        from update_translations import tool
    finally:
        sys.path.pop(0)
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(folder / "mra_desktop_fr.qm")],
                   check=True)


def test_every_screen_retranslates_while_running(
    qapp: QApplication, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _compile_french(tmp_path)
    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path)
    assert window.file_menu.title() == "&File"
    i18n.apply_language(qapp, "fr")
    qapp.processEvents()
    assert window.file_menu.title() == "&Fichier"
    assert window.meeting_list.heading.text() == "Réunions"
    assert QCoreApplication.translate("MainWindow", "&File") == "&Fichier"
    i18n.apply_language(qapp, "en")
    qapp.processEvents()
    assert window.file_menu.title() == "&File"
    assert window.meeting_list.heading.text() == "Meetings"
