"""Help ▸ Keyboard shortcuts lists what the actions say; the shipped icons are drawn,
coloured by the palette and mirrored right to left where they point a direction."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QIcon, QImage, QKeySequence
from PySide6.QtWidgets import QApplication
from shell_fixtures import english, meetings, organisation  # noqa: F401

from mra_desktop.core.resources import resource_path
from mra_desktop.ui.i18n import apply_language
from mra_desktop.ui.icons import ICON_FILES, MIRRORED, icon
from mra_desktop.ui.main_window import MainWindow
from mra_desktop.ui.sentences import visible
from mra_desktop.ui.shortcuts_dialog import ShortcutsDialog

ISOLATE = "\u2066%s\u2069"


@pytest.fixture
def window(qtbot: Any, services: Any, meetings: dict[str, str], english: Any) -> MainWindow:  # noqa: F811
    main = MainWindow(services)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main


def _dialog(qtbot: Any, window: MainWindow) -> ShortcutsDialog:
    dialog = window.show_shortcuts()
    qtbot.addWidget(dialog)
    assert isinstance(dialog, ShortcutsDialog)
    return dialog


def test_help_lists_every_shortcut_by_menu(qtbot: Any, window: MainWindow) -> None:
    assert window.shortcuts_action in window.help_menu.actions()
    dialog = _dialog(qtbot, window)
    entries = dialog.entries()
    assert ("File", "New meeting", ISOLATE % "Ctrl+N") in entries
    assert ("File", "Quit", ISOLATE % "Ctrl+Q") in entries
    (redo,) = [keys for group, text, keys in entries if (group, text) == ("Edit", "Redo")]
    assert ISOLATE % "Ctrl+Shift+Z" in redo and ISOLATE % "Ctrl+Y" in redo
    # in no menu: under the screen it belongs to
    assert ("Meetings list", "Find", ISOLATE % "Ctrl+F") in entries
    # every action with a shortcut in a menu of the menu bar is listed
    listed = {(group, text) for group, text, _keys in entries}
    for bar_action in window.menuBar().actions():
        if not bar_action.isVisible():
            continue
        for action in bar_action.menu().actions():
            if not action.shortcut().isEmpty() and action.isVisible():
                assert (bar_action.text().replace("&", ""), action.iconText()) in listed


def test_an_action_added_anywhere_is_listed(qtbot: Any, window: MainWindow) -> None:
    added = QAction("Count the &votes", window)
    added.setShortcut(QKeySequence("Ctrl+Alt+V"))
    window.view_menu.addAction(added)
    hidden = QAction("Sort the list", window.meeting_list)
    hidden.setShortcut(QKeySequence("Ctrl+Alt+S"))
    window.meeting_list.addAction(hidden)
    entries = _dialog(qtbot, window).entries()
    assert ("View", "Count the votes", ISOLATE % "Ctrl+Alt+V") in entries
    assert ("Meetings list", "Sort the list", ISOLATE % "Ctrl+Alt+S") in entries


def test_a_meetings_shortcuts_are_listed_while_it_is_open(
    qtbot: Any, window: MainWindow, meetings: dict[str, str]  # noqa: F811
) -> None:
    assert not any(g == "Meeting" for g, _a, _k in _dialog(qtbot, window).entries())
    window.open_meeting(meetings["taza"])
    # the step's number and name are values of a translated sentence, set apart in isolates
    entries = [(g, visible(a), k) for g, a, k in _dialog(qtbot, window).entries()]
    assert ("Meeting", "Presenter window", ISOLATE % "F5") in entries
    assert ("Meeting", "Step 2: Good practices", ISOLATE % "Ctrl+2") in entries


def test_the_shortcuts_follow_the_interface_language(
    qtbot: Any, window: MainWindow, qapp: QApplication
) -> None:
    dialog = _dialog(qtbot, window)
    try:
        apply_language(qapp, "fr")
        qapp.processEvents()
        entries = dialog.entries()
        assert dialog.windowTitle() == "Raccourcis clavier"
        assert ("Fichier", "Nouvelle réunion", ISOLATE % "Ctrl+N") in entries
        apply_language(qapp, "ar")
        qapp.processEvents()
        assert dialog.windowTitle() != "Keyboard shortcuts"
        assert any(g == "ملف" for g, _a, _k in dialog.entries())
    finally:
        apply_language(qapp, "en")


# -- icons -------------------------------------------------------------------------------------


def _image(name: str, mode: QIcon.Mode = QIcon.Mode.Normal) -> QImage:
    return icon(name).pixmap(48, 48, mode).toImage()


def _inked(image: QImage) -> int:
    return sum(
        1 for x in range(image.width()) for y in range(image.height())
        if image.pixelColor(x, y).alpha() > 128
    )


def test_every_icon_is_shipped_with_its_licence_and_is_drawn(qapp: QApplication) -> None:
    folder = resource_path("icons", "actions")
    assert (folder / "LICENSE-tabler-icons.txt").read_text().startswith("MIT License")
    shipped = {p.stem for p in folder.glob("*.svg")}
    assert shipped == set(ICON_FILES.values())  # nothing shipped that is not used
    for name in ICON_FILES:
        assert _inked(_image(name)) > 40, name


def test_icons_take_the_palettes_text_colour(qapp: QApplication) -> None:
    from PySide6.QtGui import QPalette

    palette = qapp.palette()
    text = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText).name()
    greyed = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText).name()
    for mode, wanted in ((QIcon.Mode.Normal, text), (QIcon.Mode.Disabled, greyed)):
        image = _image("delete", mode)
        colours = {
            image.pixelColor(x, y).name()
            for x in range(48) for y in range(48) if image.pixelColor(x, y).alpha() == 255
        }
        assert colours == {wanted}


def _distance(a: QImage, b: QImage) -> float:
    """How far apart two pictures are: the mean difference of their opacity (0 to 1)."""
    total = sum(
        abs(a.pixelColor(x, y).alpha() - b.pixelColor(x, y).alpha())
        for x in range(a.width()) for y in range(a.height())
    )
    return total / (255 * a.width() * a.height())


def test_direction_icons_mirror_right_to_left(qapp: QApplication) -> None:
    assert {"undo", "redo", "export_sync", "import"} <= MIRRORED
    left_to_right = {name: _image(name) for name in ICON_FILES}
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        for name in ICON_FILES:
            right_to_left = _image(name)
            mirrored = left_to_right[name].flipped(Qt.Orientation.Horizontal)
            if name in MIRRORED:
                assert _distance(right_to_left, mirrored) < 0.02, name
                assert _distance(right_to_left, left_to_right[name]) > 0.05, name
            else:
                assert right_to_left == left_to_right[name], name
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_the_main_actions_and_steps_have_icons(
    window: MainWindow, meetings: dict[str, str]  # noqa: F811
) -> None:
    lst = window.meeting_list
    for action in (
        lst.new_action, lst.follow_up_action, lst.open_action, lst.delete_action,
        window.export_pdf_action, window.sync_export_action, window.sync_import_action,
        window.backups_action, window.settings_action, window.undo_action, window.redo_action,
        window.shortcuts_action, window.about_action,
    ):
        assert not action.icon().isNull(), action.text()
    assert not lst.new_button.icon().isNull()
    window.open_meeting(meetings["taza"])
    workspace = window.workspace
    assert workspace is not None
    assert all(not b.icon().isNull() for b in workspace.step_bar.buttons.values())
    assert not workspace.presenter_button.icon().isNull()
