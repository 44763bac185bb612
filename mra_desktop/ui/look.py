"""What every screen shares in how it looks, set once for the whole program.

- A combo box's drop-down list is as wide as its longest item (Qt's own styles make it as
  wide as the box, and cut "Professions juridiques et judiciaires (avocats, adouls, …)").
- A date field is wide enough for the words it shows in place of a date ("non renseignée",
  "any date"), which Qt leaves out of its size.

And the parts several screens are made of: a screen's heading, the zone files are dropped on.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QFrame,
    QLabel,
    QStyle,
    QStyleOptionSpinBox,
    QWidget,
)


def heading(parent: QWidget | None = None, scale: float = 1.4) -> QLabel:
    """A screen's heading: its font larger by ``scale``, in bold."""
    label = QLabel(parent)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    return label


def drop_zone(name: str) -> QLabel:
    """The framed zone that says which files to drop on the screen (the screen itself
    takes the drop: see :class:`mra_desktop.ui.file_drop.FileDropTarget`)."""
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setFrameShape(QFrame.Shape.StyledPanel)
    label.setMinimumHeight(56)
    return label


def popup_width(combo: QComboBox) -> int:
    """The width the drop-down list needs to show every item whole."""
    view = combo.view()
    metrics = view.fontMetrics()
    widest = 0
    for row in range(combo.count()):
        text = combo.itemText(row)
        width = metrics.horizontalAdvance(text)
        if not combo.itemIcon(row).isNull():
            width += combo.iconSize().width() + 4
        widest = max(widest, width)
    frame = 2 * view.frameWidth()
    # the menu item's own margins, and room for the scroll bar of a long list
    margins = 2 * combo.style().pixelMetric(QStyle.PixelMetric.PM_MenuHMargin) + 24
    scroll = 0
    if combo.count() > combo.maxVisibleItems():
        scroll = combo.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
    return widest + frame + margins + scroll


class _ComboPopups(QObject):
    """Keeps every combo box's list wide enough for its items, as they change."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._watched: set[int] = set()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        if kind == QEvent.Type.Polish and isinstance(watched, QComboBox):
            self._watch(watched)
        elif kind in (QEvent.Type.Polish, QEvent.Type.LanguageChange, QEvent.Type.FontChange) and (
            isinstance(watched, QDateTimeEdit)
        ):
            # after the field's own handler has set its words for the new language
            QTimer.singleShot(0, watched, lambda edit=watched: fit_special_text(edit))
        return False

    def _watch(self, combo: QComboBox) -> None:
        if id(combo) in self._watched:
            return
        self._watched.add(id(combo))
        key = id(combo)
        combo.destroyed.connect(lambda *_a: self._watched.discard(key))
        timer = QTimer(combo)
        timer.setSingleShot(True)
        timer.setInterval(0)
        timer.timeout.connect(lambda: widen_popup(combo))
        model = combo.model()
        for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset,
                       model.dataChanged, model.layoutChanged):
            signal.connect(lambda *_a: timer.start())
        widen_popup(combo)


def fit_special_text(edit: QAbstractSpinBox) -> None:
    """At least as wide as the words shown in place of a value (with its buttons)."""
    special = edit.specialValueText()
    if not special:
        return
    option = QStyleOptionSpinBox()
    option.initFrom(edit)
    option.rect = edit.rect()
    option.subControls = QStyle.SubControl.SC_SpinBoxFrame | QStyle.SubControl.SC_SpinBoxEditField
    option.frame = edit.hasFrame()
    field = edit.style().subControlRect(
        QStyle.ComplexControl.CC_SpinBox, option, QStyle.SubControl.SC_SpinBoxEditField, edit
    )
    chrome = edit.width() - field.width()  # frame and buttons
    wanted = edit.fontMetrics().horizontalAdvance(special) + chrome + 8
    edit.setMinimumWidth(max(wanted, edit.minimumSizeHint().width()))


def widen_popup(combo: QComboBox) -> None:
    combo.view().setMinimumWidth(popup_width(combo))


_installed: list[_ComboPopups] = []


def install_look(app: QApplication) -> None:
    """Set the program's shared look on ``app`` (once)."""
    if _installed:
        return
    popups = _ComboPopups(app)
    app.installEventFilter(popups)
    _installed.append(popups)
