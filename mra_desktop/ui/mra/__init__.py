"""MRA's side of the program: received meetings and their review, the consolidation
matrix, the national Most Significant Change round, the national report, spreadsheets, and
the newsletter (:mod:`mra_desktop.ui.newsletter`, its own menu).

:func:`install` adds the screens to the main window and a Consolidation menu that shows
only in MRA's database (:func:`mra_desktop.core.mra_side.is_mra_database`): after the first
import of a partner's file, or with ``demo --mra``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from mra_desktop.core.mra_side import is_mra_database
from mra_desktop.ui.mra.widgets import window_action, word_actions
from mra_desktop.ui.sentences import fill, ltr

# The screens and dialogs are imported when first opened: with MRA's own tables mapped
# and the national report's module, they were a tenth of every start, a partner's too
# (and the report's dialog brings reportlab).
if TYPE_CHECKING:
    from mra_desktop.ui.mra.export_dialog import NationalExportDialog, SpreadsheetExportDialog
    from mra_desktop.ui.mra.matrix import ConsolidationView
    from mra_desktop.ui.mra.msc import NationalMscView
    from mra_desktop.ui.mra.received import ReceivedMeetingsView
    from mra_desktop.ui.mra.report_dialog import NationalReportDialog


class ConsolidationMenu(QMenu):
    """The Consolidation menu; its words follow the interface language."""

    def __init__(self, side: MraSide, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ConsolidationMenu")
        self.side = side

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.side.retranslate()
        super().changeEvent(event)


class MraSide(QObject):
    """The screens and the menu of MRA's side, in one main window."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        # the screens are built when first shown: on MRA's database of a few years, the
        # received meetings alone would take a third of a second before the first paint
        self._received: ReceivedMeetingsView | None = None
        self._matrix: ConsolidationView | None = None
        self._msc: NationalMscView | None = None

        self.received_action = self._action("Ctrl+Shift+V", self.show_received)
        self.matrix_action = self._action("Ctrl+Shift+C", self.show_matrix)
        self.msc_action = self._action("Ctrl+Shift+G", self.show_msc)
        self.report_action = self._action("Ctrl+Shift+P", self.open_report)
        self.export_action = self._action(None, self.open_export)
        self.menu = ConsolidationMenu(self, window)
        for action in (self.received_action, self.matrix_action, self.msc_action):
            self.menu.addAction(action)
        self.menu.addSeparator()
        self.menu.addAction(self.report_action)
        self.menu.addAction(self.export_action)
        window.menuBar().insertMenu(window.help_menu.menuAction(), self.menu)
        # Imported here: the newsletter's screens use this package's widgets, so a
        # module-level import would make the two packages import each other.
        from mra_desktop.ui.newsletter import NewsletterSide

        self.newsletter = NewsletterSide(window, before=window.help_menu.menuAction())

        window.installEventFilter(self)
        self.retranslate()
        self.update_visibility()

    @property
    def received(self) -> ReceivedMeetingsView:
        if self._received is None:
            from mra_desktop.ui.mra.received import ReceivedMeetingsView

            self._received = ReceivedMeetingsView(self.window.services.db)
            self.window.stack.addWidget(self._received)
            self._received.meeting_opened.connect(self._open_meeting)
            self._received.status_message.connect(self.window.show_message)
        return self._received

    @property
    def matrix(self) -> ConsolidationView:
        if self._matrix is None:
            from mra_desktop.ui.mra.matrix import ConsolidationView

            self._matrix = ConsolidationView(self.window.services.db)
            self.window.stack.addWidget(self._matrix)
            self._matrix.meeting_opened.connect(self._open_meeting)
        return self._matrix

    @property
    def msc(self) -> NationalMscView:
        if self._msc is None:
            from mra_desktop.ui.mra.msc import NationalMscView

            self._msc = NationalMscView(self.window.services.db)
            self.window.stack.addWidget(self._msc)
        return self._msc

    def _action(self, shortcut: str | None, slot: Any) -> QAction:
        return window_action(self.window, shortcut, slot)

    def retranslate(self) -> None:
        self.menu.setTitle(QCoreApplication.translate("MraSide", "&Consolidation"))
        texts = (
            (
                self.received_action,
                QCoreApplication.translate("MraSide", "&Received meetings"),
                QCoreApplication.translate(
                    "MraSide", "Meetings imported from partners, and their review"
                ),
            ),
            (
                self.matrix_action,
                QCoreApplication.translate("MraSide", "Consolidation &matrix"),
                QCoreApplication.translate(
                    "MraSide", "The approved meetings' changes by sector and sub-theme"
                ),
            ),
            (
                self.msc_action,
                QCoreApplication.translate("MraSide", "National most &significant change"),
                QCoreApplication.translate(
                    "MraSide", "The panel's choice among the meetings' most significant changes"
                ),
            ),
            (
                self.report_action,
                QCoreApplication.translate("MraSide", "&National report…"),
                QCoreApplication.translate(
                    "MraSide", "The national report of the approved meetings as a PDF"
                ),
            ),
            (
                self.export_action,
                QCoreApplication.translate("MraSide", "Export &spreadsheets…"),
                QCoreApplication.translate(
                    "MraSide", "The received meetings as an Excel workbook or CSV files"
                ),
            ),
        )
        word_actions(texts)

    def update_visibility(self) -> bool:
        """Show MRA's menu and shortcuts only in MRA's database."""
        shown = is_mra_database(self.window.services.db)
        self.menu.menuAction().setVisible(shown)
        self.newsletter.set_shown(shown)
        for action in (
            self.received_action,
            self.matrix_action,
            self.msc_action,
            self.report_action,
            self.export_action,
        ):
            action.setEnabled(shown)
        return shown

    # -- screens -----------------------------------------------------------------------
    def _show(self, page: QWidget, focus: QWidget) -> None:
        self.window.autosaver.flush()
        self.window.stack.setCurrentWidget(page)
        focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_received(self) -> None:
        self._show(self.received, self.received.table)

    def show_matrix(self) -> None:
        self._show(self.matrix, self.matrix.table)

    def show_msc(self) -> None:
        self._show(self.msc, self.msc.domain_list)

    def open_export(self) -> SpreadsheetExportDialog:
        from mra_desktop.ui.mra.export_dialog import SpreadsheetExportDialog

        self.flush()
        dialog = SpreadsheetExportDialog(self.window.services.db, self.window)
        self._keep(dialog, QCoreApplication.translate("MraSide", "Spreadsheets written: %1"))
        return dialog

    def open_report(self) -> NationalReportDialog:
        from mra_desktop.ui.mra.report_dialog import NationalReportDialog

        self.flush()  # a summary or a reason typed a moment ago is in the report
        dialog = NationalReportDialog(self.window.services.db, self.window)
        self._keep(dialog, QCoreApplication.translate("MraSide", "National report written: %1"))
        return dialog

    def _keep(self, dialog: NationalExportDialog, written: str) -> None:
        """Show an export dialog (not modal); the status bar says where it wrote
        (``written``, with %1 for the place)."""
        dialog.exported.connect(
            lambda result: self.window.show_message(fill(written, ltr(result.path)))
        )
        self.window._keep_dialog(dialog)

    def _open_meeting(self, meeting_id: str) -> None:
        if meeting_id:
            self.flush()
            self.window.open_meeting(meeting_id)

    def flush(self) -> bool:
        built = (self._received, self._matrix, self._msc, self.newsletter)
        results = [view.flush() for view in built if view is not None]
        return all(results)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.flush()  # a comment or summary typed a moment ago is kept
        return False


def install(window: Any) -> MraSide:
    return MraSide(window)
