"""Files dropped on a screen (ui/file_drop.FileDropTarget): what a drag carries decides
whether the screen takes it, before and at the drop."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QWidget

from mra_desktop.ui.file_drop import FileDropTarget


class NotesScreen(FileDropTarget, QWidget):
    """Takes text files only."""

    def __init__(self) -> None:
        super().__init__()
        self.setAcceptDrops(True)
        self.received: list[list[Path]] = []

    def accepts_dropped(self, path: Path) -> bool:
        return path.suffix == ".txt"

    def files_dropped(self, paths: list[Path]) -> None:
        self.received.append(paths)


def carrying(*urls: QUrl) -> QMimeData:
    data = QMimeData()
    data.setUrls(list(urls))
    return data


def entering(screen: NotesScreen, data: QMimeData) -> bool:
    event = QDragEnterEvent(
        QPoint(5, 5), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    event.setAccepted(False)
    screen.dragEnterEvent(event)
    return event.isAccepted()


def dropping(screen: NotesScreen, data: QMimeData) -> None:
    screen.dropEvent(QDropEvent(
        QPointF(5, 5), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    ))


def test_a_drag_without_a_file_the_screen_takes_is_refused_as_it_enters(
    qtbot, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    screen = NotesScreen()
    qtbot.addWidget(screen)
    picture = QUrl.fromLocalFile(str(tmp_path / "photo.jpg"))
    notes = QUrl.fromLocalFile(str(tmp_path / "notes.txt"))
    assert not entering(screen, carrying(picture))
    assert not entering(screen, carrying(QUrl("https://example.org/notes.txt")))  # not local
    assert entering(screen, carrying(picture, notes))


def test_a_drop_gives_the_files_the_screen_takes_in_their_order(
    qtbot, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    screen = NotesScreen()
    qtbot.addWidget(screen)
    dropping(screen, carrying(*(QUrl.fromLocalFile(str(tmp_path / n)) for n in ("b.txt", "x.jpg", "a.txt"))))
    dropping(screen, carrying(QUrl.fromLocalFile(str(tmp_path / "only.jpg"))))
    assert screen.received == [[tmp_path / "b.txt", tmp_path / "a.txt"]]
