"""Help ▸ Keyboard shortcuts: every shortcut of the program, read from its actions.

Nothing here lists a key by hand. The dialog walks the window's actions when it opens (and
again when the language changes): each action with a shortcut is listed under the menu
that holds it, or under the screen it belongs to when it is in no menu (Ctrl+F in the
meetings list), with its keys as the platform and the interface language write them. An
action added anywhere in the program is listed without touching this file.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

LTR_ISOLATE, POP_ISOLATE = "\u2066", "\u2069"
# Qt's codes of the keys of multimedia and special keyboards (Back, Redo, Copy…) start here
_SPECIAL_KEYS = Qt.Key.Key_Back.value


def keys_text(action: QAction) -> str:
    """The action's shortcuts as the platform writes them ("Ctrl+Shift+Z, Ctrl+Y"),
    kept left to right inside a right-to-left interface. Keys of special keyboards that
    platforms add to standard shortcuts (a "Redo" key) are left out."""
    native = [
        sequence.toString(QKeySequence.SequenceFormat.NativeText)
        for sequence in action.shortcuts()
        if not sequence.isEmpty() and sequence[0].key().value < _SPECIAL_KEYS
    ]
    return ", ".join(f"{LTR_ISOLATE}{keys}{POP_ISOLATE}" for keys in native)


def _menu_title(menu: QMenu) -> str:
    return menu.title().replace("&&", "\0").replace("&", "").replace("\0", "&")


def _menu_actions(menu: QMenu) -> list[QAction]:
    """A menu's actions in their order, those of its submenus included."""
    found: list[QAction] = []
    for action in menu.actions():
        sub = action.menu()
        if isinstance(sub, QMenu):
            found += _menu_actions(sub)
        elif not action.isSeparator():
            found.append(action)
    return found


def shortcut_groups(window: QMainWindow) -> list[tuple[str, list[tuple[str, str]]]]:
    """(group, [(action, keys)]) for every action of ``window`` with a shortcut: a group per
    visible menu of the menu bar, in menu order, then one per screen for the actions that
    are in no menu. A hidden menu's actions (MRA's side on a partner's laptop) are left out."""
    groups: dict[str, list[tuple[str, str]]] = {}
    seen: set[QAction] = set()

    def add(group: str, action: QAction) -> None:
        seen.add(action)
        keys = keys_text(action)
        if keys and action.isVisible():
            entries = groups.setdefault(group, [])
            entry = (action.iconText(), keys)
            if entry not in entries:
                entries.append(entry)

    hidden: set[QAction] = set()
    for bar_action in window.menuBar().actions():
        menu = bar_action.menu()
        if not isinstance(menu, QMenu):
            continue
        if not bar_action.isVisible():
            hidden.update(_menu_actions(menu))
            continue
        for action in _menu_actions(menu):
            add(_menu_title(menu), action)
    screens = window.screen_titles() if hasattr(window, "screen_titles") else {}
    for action in window.findChildren(QAction):
        if action in seen or action in hidden or action.menu() is not None:
            continue
        group = _screen_of(action, window, screens)
        if group is not None:
            add(group, action)
    return [(title, entries) for title, entries in groups.items() if entries]


def _screen_of(action: QAction, window: QMainWindow, screens: dict[QWidget, str]) -> str | None:
    """The screen an action that is in no menu belongs to: the one whose widgets carry it,
    or that made it."""
    owners: list[QObject] = [obj for obj in action.associatedObjects() if isinstance(obj, QWidget)]
    if action.parent() is not None:
        owners.append(action.parent())
    for owner in owners:
        current: QObject | None = owner
        while current is not None:
            if isinstance(current, QWidget) and current in screens:
                return screens[current]
            current = current.parent()
    if action.parent() is window:
        return QCoreApplication.translate("ShortcutsDialog", "Everywhere")
    return None


class ShortcutsDialog(QDialog):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.main_window = window
        self.setObjectName("ShortcutsDialog")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("shortcuts_tree")
        self.tree.setColumnCount(2)
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QTreeWidget.SelectionMode.NoSelection)
        self.tree.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.retranslate()
        self.resize(self._good_width(), 600)

    def _good_width(self) -> int:
        self.tree.resizeColumnToContents(0)
        wanted = self.tree.sizeHintForColumn(0) + self.tree.sizeHintForColumn(1) + 120
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        limit = screen.width() - 80 if screen is not None else 1200
        return max(560, min(wanted, limit))

    def retranslate(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("ShortcutsDialog", "Keyboard shortcuts"))
        self.intro.setText(
            QCoreApplication.translate(
                "ShortcutsDialog",
                "The shortcuts of the screens open now, by menu and screen. A meeting's own "
                "shortcuts are listed while a meeting is open.",
            )
        )
        self.tree.setHeaderLabels(
            [
                QCoreApplication.translate("ShortcutsDialog", "Action"),
                QCoreApplication.translate("ShortcutsDialog", "Keys"),
            ]
        )
        self.tree.clear()
        bold = self.tree.font()
        bold.setBold(True)
        for title, entries in shortcut_groups(self.main_window):
            group = QTreeWidgetItem(self.tree, [title])
            group.setFirstColumnSpanned(True)
            group.setFont(0, bold)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for text, keys in entries:
                item = QTreeWidgetItem(group, [text, keys])
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            group.setExpanded(True)
        self.tree.expandAll()

    def entries(self) -> list[tuple[str, str, str]]:
        """(group, action, keys) as listed (for tests)."""
        listed = []
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            for j in range(group.childCount()):
                child = group.child(j)
                listed.append((group.text(0), child.text(0), child.text(1)))
        return listed

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
