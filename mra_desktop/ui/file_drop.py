"""Files dropped on a screen from the file manager."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent


class FileDropTarget:
    """Mixed into a widget (before its Qt class, with ``setAcceptDrops(True)``): the local
    files a drop carries that :meth:`accepts_dropped` takes reach :meth:`files_dropped`,
    in the order they were dragged. A drag that carries none of them is refused as it
    enters, so that the pointer says so before the drop."""

    def accepts_dropped(self, path: Path) -> bool:
        """Whether a dropped file is one this screen opens (all, unless it says)."""
        return True

    def files_dropped(self, paths: list[Path]) -> None:
        raise NotImplementedError

    def _files_of(self, data: QMimeData) -> list[Path]:
        if not data.hasUrls():
            return []
        paths = [Path(url.toLocalFile()) for url in data.urls() if url.isLocalFile()]
        return [path for path in paths if self.accepts_dropped(path)]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if self._files_of(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802
        event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        paths = self._files_of(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self.files_dropped(paths)
