"""Finds text that a screen shows cut: elided ("جمعيات المجتمع المد..."), clipped by its
widget ("n renseignée"), or hidden past a view's edge.

Each visible label, button, check box, combo box, spin box, group box title, line edit
placeholder, tab, header section and visible cell of an item view is measured: the width
its text needs (its size hint, or the font's metrics) against the width it has; a
word-wrapped text's height for its width against its height. :func:`cut_texts` returns one
line per cut text, naming the widget and the text.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, Qt, QTextBoundaryFinder
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionComboBox,
    QStyleOptionGroupBox,
    QTabBar,
    QTableView,
    QToolButton,
    QTreeView,
    QWidget,
)

SLACK = 1  # pixels of rounding allowed


def _name(widget: QWidget) -> str:
    parts = []
    current: QWidget | None = widget
    while current is not None and len(parts) < 3:
        parts.append(current.objectName() or type(current).__name__)
        current = current.parentWidget()
    return "/".join(reversed(parts))


def _shown(widget: QWidget, top: QWidget) -> bool:
    if not widget.isVisibleTo(top) or widget.width() <= 0 or widget.height() <= 0:
        return False
    if isinstance(widget, QHeaderView):  # offscreen, a header reports no visible region
        view = widget.parentWidget()
        return view is None or not view.visibleRegion().isEmpty()
    # inside a scroll area, what is scrolled out of sight is not cut
    return not widget.visibleRegion().isEmpty()


def cut_texts(top: QWidget) -> list[str]:
    found: list[str] = []
    widgets = [top, *top.findChildren(QWidget)]
    for widget in widgets:
        if not _shown(widget, top):
            continue
        if isinstance(widget, QLabel):
            found += _label(widget)
        elif isinstance(widget, (QPushButton, QCheckBox, QRadioButton)):
            found += _button(widget)
        elif isinstance(widget, QToolButton):
            found += _tool_button(widget)
        elif isinstance(widget, QComboBox):
            found += _combo(widget)
        elif isinstance(widget, QAbstractSpinBox):
            found += _spin_box(widget)
        elif isinstance(widget, QLineEdit):
            found += _placeholder(widget)
        elif isinstance(widget, QGroupBox):
            found += _group_box(widget)
        elif isinstance(widget, QTabBar):
            found += _tabs(widget)
        elif isinstance(widget, QHeaderView):
            found += header_cuts(widget)
        elif isinstance(widget, QAbstractItemView):
            found += _cells(widget)
    return found


# -- widgets --------------------------------------------------------------------------------


def _label(label: QLabel) -> list[str]:
    text = label.text()
    if not text or label.pixmap() is not None and not label.pixmap().isNull():
        return []
    if label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text)
    ):
        needed = label.sizeHint()
        if label.wordWrap():
            if label.heightForWidth(label.width()) > label.height() + SLACK:
                return [f"{_name(label)}: wrapped text taller than its label: {text[:60]!r}"]
            return []
        if needed.width() > label.width() + SLACK:
            return [f"{_name(label)}: {text[:60]!r} needs {needed.width()}px, has {label.width()}"]
        return []
    if label.wordWrap():
        needed_height = label.heightForWidth(label.width())
        if needed_height > label.height() + SLACK:
            return [
                f"{_name(label)}: wrapped text needs {needed_height}px of height, has "
                f"{label.height()}: {text[:60]!r}"
            ]
        return []
    rect = label.contentsRect()
    margin = label.margin()
    metrics = QFontMetrics(label.font())
    widest = max(metrics.horizontalAdvance(line) for line in text.replace("&&", "&").split("\n"))
    if label.buddy() is not None:
        widest = max(
            metrics.horizontalAdvance(line) for line in _without_mnemonic(text).split("\n")
        )
    if widest > rect.width() - 2 * margin + SLACK:
        return [f"{_name(label)}: {text[:60]!r} needs {widest}px, has {rect.width()}"]
    return []


def _without_mnemonic(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _button(button: QAbstractButton) -> list[str]:
    if not button.text():
        return []
    needed = button.sizeHint().width()
    if needed > button.width() + SLACK:
        return [f"{_name(button)}: {button.text()!r} needs {needed}px, has {button.width()}"]
    return []


def _tool_button(button: QToolButton) -> list[str]:
    if button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly or not button.text():
        return []
    needed = button.sizeHint().width()
    if needed > button.width() + SLACK:
        return [f"{_name(button)}: {button.text()!r} needs {needed}px, has {button.width()}"]
    return []


def _combo(combo: QComboBox) -> list[str]:
    """The current text fits the combo's field; and every item fits the drop-down list,
    which is as wide as the combo box (or as its items, where the style widens it)."""
    found: list[str] = []
    option = QStyleOptionComboBox()
    combo.initStyleOption(option) if hasattr(combo, "initStyleOption") else None
    option.rect = combo.rect()
    option.editable = combo.isEditable()
    option.frame = combo.hasFrame()
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    metrics = QFontMetrics(combo.font())
    text = combo.currentText()
    icon = combo.iconSize().width() + 4 if not combo.itemIcon(combo.currentIndex()).isNull() else 0
    needed = metrics.horizontalAdvance(text) + icon
    if text and needed > field.width() + SLACK:
        found.append(f"{_name(combo)}: shows {text!r}: needs {needed}px, has {field.width()}")
    # the drop-down list: as wide as the box, or as its view's minimum width
    popup = max(combo.width(), combo.view().minimumWidth())
    for row in range(combo.count()):
        item = combo.itemText(row)
        needed = metrics.horizontalAdvance(item) + 2 * combo.view().frameWidth() + 16
        if combo.count() > combo.maxVisibleItems():
            needed += combo.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        if needed > popup + SLACK:
            found.append(f"{_name(combo)}: item {item!r} needs {needed}px in the list, has {popup}")
    return found


def _spin_box(box: QAbstractSpinBox) -> list[str]:
    edit = box.findChild(QLineEdit)
    if edit is None:
        return []
    text = edit.text()
    metrics = QFontMetrics(edit.font())
    # the line edit's own frame-less text margins (2px each side in Qt's styles)
    needed = metrics.horizontalAdvance(text) + 4
    if text and needed > edit.width() + SLACK:
        return [f"{_name(box)}: shows {text!r}: needs {needed}px, has {edit.width()}"]
    return []


def _placeholder(edit: QLineEdit) -> list[str]:
    if edit.text() or not edit.placeholderText() or isinstance(
        edit.parentWidget(), (QAbstractSpinBox, QComboBox)
    ):
        return []
    metrics = QFontMetrics(edit.font())
    margins = edit.textMargins()
    frame = 2 * (edit.style().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth) + 2)
    clear = 0
    if edit.isClearButtonEnabled():
        clear = edit.height()  # the clear button's room, shown once something is typed
    room = edit.width() - frame - margins.left() - margins.right() - clear
    needed = metrics.horizontalAdvance(edit.placeholderText())
    if needed > room + SLACK:
        return [f"{_name(edit)}: placeholder {edit.placeholderText()!r} needs {needed}px, has {room}"]
    return []


def _group_box(box: QGroupBox) -> list[str]:
    if not box.title():
        return []
    option = QStyleOptionGroupBox()
    box.initStyleOption(option) if hasattr(box, "initStyleOption") else None
    metrics = QFontMetrics(box.font())
    needed = metrics.horizontalAdvance(_without_mnemonic(box.title())) + 16
    if needed > box.width() + SLACK:
        return [f"{_name(box)}: title {box.title()!r} needs {needed}px, has {box.width()}"]
    return []


def _tabs(bar: QTabBar) -> list[str]:
    found = []
    metrics = QFontMetrics(bar.font())
    for index in range(bar.count()):
        text = _without_mnemonic(bar.tabText(index))
        needed = metrics.horizontalAdvance(text) + 8
        if not bar.tabIcon(index).isNull():
            needed += bar.iconSize().width() + 4
        rect = bar.tabRect(index)
        if needed > rect.width() + SLACK:
            found.append(f"{_name(bar)}: tab {text!r} needs {needed}px, has {rect.width()}")
        if not QRect(0, 0, bar.width(), bar.height()).contains(rect):
            found.append(f"{_name(bar)}: tab {text!r} is past the tab bar's edge")
    return found


# -- item views -----------------------------------------------------------------------------


def header_cuts(header: QHeaderView) -> list[str]:
    """The header labels shown cut: wider than their column (a header that wraps its
    labels is checked for their height and their longest word), or past the view's edge."""
    found = []
    model = header.model()
    if model is None:
        return []
    horizontal = header.orientation() == Qt.Orientation.Horizontal
    extent = header.viewport().width() if horizontal else header.viewport().height()
    wraps = bool(header.defaultAlignment().value & Qt.TextFlag.TextWordWrap.value)
    for logical in range(header.count()):
        if header.isSectionHidden(logical):
            continue
        text = str(model.headerData(logical, header.orientation(), Qt.ItemDataRole.DisplayRole) or "")
        if not text:
            continue
        size = header.sectionSize(logical)
        needed = header.sectionSizeHint(logical)
        if horizontal and needed > size + SLACK:
            if wraps:
                found += _wrapped_label(header, logical, text)
            else:
                found.append(f"{_name(header)}: column {text!r} needs {needed}px, has {size}")
        start = header.sectionViewportPosition(logical)
        if horizontal and (start < -SLACK or start + size > extent + SLACK):
            found.append(f"{_name(header)}: column {text!r} is past the view's edge")
    return found


def _wrapped_label(header: QHeaderView, logical: int, text: str) -> list[str]:
    """A label wrapped at its column's width: each word fits the width, all lines the
    header's height (in bold, as the highlighted section is drawn)."""
    style = header.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    width = header.sectionSize(logical) - 2 * margin
    if header.isSortIndicatorShown() and header.sortIndicatorSection() == logical:
        width -= style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header) + margin
    font = QFont(header.font())
    font.setBold(True)
    metrics = QFontMetrics(font)
    found = []
    widest = max(text.split(), key=metrics.horizontalAdvance)
    if metrics.horizontalAdvance(widest) > width + SLACK:
        found.append(f"{_name(header)}: word {widest!r} of column {text!r} is wider than it")
    flags = int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWordWrap)
    height = metrics.boundingRect(QRect(0, 0, max(width, 1), 100000), flags, text).height()
    if height + 2 * margin > header.height() + SLACK:
        found.append(
            f"{_name(header)}: column {text!r} needs {height + 2 * margin}px of height, "
            f"has {header.height()}"
        )
    return found


def _cells(view: QAbstractItemView) -> list[str]:
    model = view.model()
    if model is None or isinstance(view, QHeaderView):
        return []
    found: list[str] = []
    viewport = view.viewport().rect()
    wrap = bool(getattr(view, "wordWrap", lambda: False)())
    try:
        columns = model.columnCount(view.rootIndex())
    except TypeError:  # a list model (its columnCount is private)
        columns = 1
    rows = model.rowCount(view.rootIndex())
    for row in range(min(rows, 400)):
        for column in range(columns):
            index = model.index(row, column, view.rootIndex())
            found += _cell(view, index, viewport, wrap)
            if isinstance(view, QTreeView) and view.isExpanded(index):
                for child_row in range(min(model.rowCount(index), 400)):
                    for child_column in range(columns):
                        child = model.index(child_row, child_column, index)
                        found += _cell(view, child, viewport, wrap)
    return found


def _unbreakable(text: str) -> list[str]:
    """The pieces of a text that a line cannot be broken inside (Unicode's line-breaking
    rules, as Qt wraps: after a space, after a hyphen)."""
    units = text.encode("utf-16-le")  # Qt counts positions in UTF-16 units
    finder = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Line, text)
    pieces, start = [], 0
    while (end := finder.toNextBoundary()) != -1:
        if end > start:
            pieces.append(units[2 * start : 2 * end].decode("utf-16-le"))
        start = end
    return pieces or [text]


def _cell(view: QAbstractItemView, index: QModelIndex, viewport: QRect, wrap: bool) -> list[str]:
    rect = view.visualRect(index)
    if not rect.isValid() or not rect.intersects(viewport):
        return []
    if view.indexWidget(index) is not None:
        return []  # a widget in the cell is measured as a widget
    text = index.data(Qt.ItemDataRole.DisplayRole)
    if text is None or isinstance(text, bool) or str(text) == "":
        return []
    text = str(text)
    hint = view.sizeHintForIndex(index)
    if isinstance(view, QTableView) and view.columnSpan(index.row(), index.column()) > 1:
        return []
    if rect.right() > viewport.right() + SLACK or rect.left() < viewport.left() - SLACK:
        return [f"{_name(view)}: cell {text[:50]!r} is past the view's edge"]
    if hint.width() <= rect.width() + SLACK:
        return []
    if wrap and " " in text.strip():
        # wrapped: the lines it takes at this width must fit the row's height
        font = index.data(Qt.ItemDataRole.FontRole)
        metrics = QFontMetrics(font if isinstance(font, QFont) else view.font())
        room = rect.width() - (hint.width() - max(
            metrics.horizontalAdvance(line) for line in text.split("\n")
        ))
        needed = metrics.boundingRect(
            QRect(0, 0, max(room, 1), 100000), int(Qt.TextFlag.TextWordWrap), text
        ).height()
        widest = max(metrics.horizontalAdvance(piece.strip()) for piece in _unbreakable(text))
        if widest > room + SLACK:
            return [f"{_name(view)}: word of {text[:50]!r} needs {widest}px, has {room}"]
        if needed <= rect.height() + SLACK:
            return []
        return [f"{_name(view)}: cell {text[:50]!r} needs {needed}px of height, has {rect.height()}"]
    return [f"{_name(view)}: cell {text[:50]!r} needs {hint.width()}px, has {rect.width()}"]
