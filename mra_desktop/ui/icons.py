"""The shipped icon set (``resources/icons/actions``, Tabler Icons, MIT) for the main
actions and the five steps.

The SVG files draw in ``currentColor``; an icon is painted in the colour of the
palette's text (its disabled colour when the action is disabled, the selection's text
colour when selected), so it follows the platform's light or dark theme. An icon that
points a direction (an arrow, undo and redo, send) is mirrored while the interface runs
right to left, at the moment it is painted: switching the language flips it without
making the icon again.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QPainter,
    QPalette,
    QPixmap,
    QTransform,
)
from PySide6.QtSvg import QSvgRenderer

from mra_desktop.core.resources import resource_path

# what the program calls an icon -> the file in resources/icons/actions
ICON_FILES = {
    "new_meeting": "calendar-plus",
    "follow_up": "calendar-repeat",
    "open": "folder-open",
    "delete": "trash",
    "export_pdf": "file-type-pdf",
    "export_sync": "send",
    "import": "file-import",
    "backups": "archive",
    "settings": "settings",
    "undo": "arrow-back-up",
    "redo": "arrow-forward-up",
    "presenter": "presentation",
    "help": "help-circle",
    "shortcuts": "keyboard",
    "quit": "door-exit",
    "search": "search",
    "restore": "restore",
    "timer": "clock",
    # the five steps
    "due_diligence": "scale",
    "good_practices": "bulb",
    "most_significant": "award",
    "action_plan": "list-check",
    "review": "file-check",
}
# icons that point a direction: mirrored in a right-to-left interface
MIRRORED = frozenset({"undo", "redo", "export_sync", "import", "quit", "action_plan"})


@cache
def _svg(file: str) -> bytes:
    return resource_path("icons", "actions", f"{file}.svg").read_bytes()


@cache
def _renderer(file: str, color: str) -> QSvgRenderer:
    return QSvgRenderer(QByteArray(_svg(file).replace(b"currentColor", color.encode("ascii"))))


def _color(mode: QIcon.Mode) -> QColor:
    palette = QGuiApplication.palette()
    if mode == QIcon.Mode.Disabled:
        return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    if mode == QIcon.Mode.Selected:
        return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.HighlightedText)
    return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText)


class _SvgIconEngine(QIconEngine):
    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name
        self.file = ICON_FILES[name]

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        renderer = _renderer(self.file, _color(mode).name(QColor.NameFormat.HexRgb))
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        target = QRectF(rect)
        right_to_left = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        if self.name in MIRRORED and right_to_left:
            # x -> left + right - x: the picture flipped within its own rectangle
            painter.setTransform(QTransform(-1, 0, 0, 1, target.left() + target.right(), 0), True)
        renderer.render(painter, target)
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(0, 0, size.width(), size.height()), mode, state)
        painter.end()
        return pixmap

    def clone(self) -> QIconEngine:
        return _SvgIconEngine(self.name)

    def key(self) -> str:
        return "mra-desktop-svg"

    def iconName(self) -> str:  # noqa: N802
        return self.name


def icon(name: str) -> QIcon:
    """The shipped icon called ``name`` (a key of :data:`ICON_FILES`)."""
    if name not in ICON_FILES:
        raise KeyError(name)
    return QIcon(_SvgIconEngine(name))
