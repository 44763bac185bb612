"""The main window: menus, the three screens (meetings, setup, the meeting itself) and a
quiet status bar.

The window owns one Services, one Autosaver and one QUndoStack, shared by every screen.
Whatever a screen writes comes back as a RecordChange; the window re-emits it once
(:attr:`MainWindow.records_changed`) and each screen decides whether to refresh.
"""

from __future__ import annotations

import datetime as dt
import sys
import traceback
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from mra_desktop import __version__
from mra_desktop.core.errors import MraError
from mra_desktop.core.services import RecordChange, Services
from mra_desktop.ui import preferences
from mra_desktop.ui.autosave import Autosaver
from mra_desktop.ui.i18n import LANGUAGE_NAMES, apply_language, current_language
from mra_desktop.ui.meeting_list import MeetingListView, with_shortcut
from mra_desktop.ui.meeting_setup import MeetingSetupView
from mra_desktop.ui.partners_screen import PartnersScreen
from mra_desktop.ui.settings import SettingsDialog
from mra_desktop.ui.sync_import_screen import SyncImportScreen

LIST_PAGE, SETUP_PAGE, MEETING_PAGE, IMPORT_PAGE, PARTNERS_PAGE = 0, 1, 2, 3, 4
DEFAULT_SIZE = (1366, 768)


def workspace_class() -> Any:
    """Engineer B's MeetingWorkspace, or None while it does not exist (or fails to load)."""
    try:
        from mra_desktop.ui.meeting.workspace import MeetingWorkspace
    except ModuleNotFoundError as exc:
        if exc.name and exc.name.startswith("mra_desktop.ui.meeting"):
            return None
        traceback.print_exc(file=sys.stderr)
        return None
    except Exception:  # a broken workspace must not stop the rest of the program
        traceback.print_exc(file=sys.stderr)
        return None
    return MeetingWorkspace


class MainWindow(QMainWindow):
    # a record was created, changed, deleted or restored (a RecordChange)
    records_changed = Signal(object)
    # the open meeting changed (its id, or "" when none)
    meeting_opened = Signal(str)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MainWindow")
        self.services = services
        self.autosaver = Autosaver(services, parent=self)
        self.undo_stack = QUndoStack(self)
        self.meeting_id: str | None = None
        self.workspace: Any = None
        self.settings_dialog: SettingsDialog | None = None
        self._after_settings: Any = None

        self.meeting_list = MeetingListView(services, self.undo_stack)
        self.setup = MeetingSetupView(services, self.autosaver, self.undo_stack)
        self.workspace_holder = QWidget()
        self.workspace_holder.setObjectName("WorkspaceHolder")
        self.workspace_layout = QVBoxLayout(self.workspace_holder)
        self.workspace_layout.setContentsMargins(0, 0, 0, 0)
        self.placeholder = QLabel()
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.workspace_layout.addWidget(self.placeholder)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.meeting_list)
        self.stack.addWidget(self.setup)
        self.stack.addWidget(self.workspace_holder)
        self.import_screen = SyncImportScreen(services.db)
        self.stack.addWidget(self.import_screen)
        self.partners_screen = PartnersScreen(services.db)
        self.stack.addWidget(self.partners_screen)
        self.setCentralWidget(self.stack)
        self.export_dialogs: list[QWidget] = []

        self.saved_label = QLabel()
        self.saved_label.setObjectName("SavedLabel")
        self.counts_label = QLabel()
        self.counts_label.setObjectName("CountsLabel")
        self.statusBar().addPermanentWidget(self.counts_label)
        self.statusBar().addPermanentWidget(self.saved_label)

        self._build_actions()
        self._build_menus()
        self._connect()
        self.retranslate()
        self._restore_geometry()
        self.show_list()

    # -- building ----------------------------------------------------------------------
    def _action(self, shortcut: Any = None, slot: Any = None) -> QAction:
        action = QAction(self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if slot is not None:
            action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        lst = self.meeting_list
        self.settings_action = self._action(
            QKeySequence.StandardKey.Preferences, self.open_settings
        )
        if self.settings_action.shortcut().isEmpty():
            self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.quit_action = self._action(QKeySequence("Ctrl+Q"), self.close)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        # our own actions rather than createUndoAction(), whose words Qt fixes itself
        self.undo_action = self._action(QKeySequence.StandardKey.Undo, self.undo_stack.undo)
        self.undo_action.setEnabled(False)
        self.undo_stack.canUndoChanged.connect(self.undo_action.setEnabled)
        self.redo_action = self._action(QKeySequence.StandardKey.Redo, self.undo_stack.redo)
        self.redo_action.setEnabled(False)
        self.undo_stack.canRedoChanged.connect(self.redo_action.setEnabled)
        # bound methods, not lambdas: Qt disconnects them when the window is destroyed
        self.undo_stack.undoTextChanged.connect(self._undo_texts_changed)
        self.undo_stack.redoTextChanged.connect(self._undo_texts_changed)
        self.list_action = self._action("Ctrl+Shift+M", self.show_list)
        self.setup_action = self._action("Ctrl+Shift+E", self.show_setup)
        self.run_action = self._action("Ctrl+Shift+R", self.show_workspace)
        self.export_pdf_action = self._action("Ctrl+E", self.open_export_pdf)
        self.sync_export_action = self._action("Ctrl+Shift+X", self.open_sync_export)
        self.sync_import_action = self._action("Ctrl+Shift+I", self.show_import)
        self.partners_action = self._action(None, self.show_partners)
        self.about_action = self._action(None, self.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.language_group = QActionGroup(self)
        self.language_group.setExclusive(True)
        self.language_actions: dict[str, QAction] = {}
        for code, name in LANGUAGE_NAMES.items():
            action = QAction(name, self)
            action.setCheckable(True)
            action.setData(code)
            action.triggered.connect(lambda _c=False, code=code: self.set_language(code))
            self.language_group.addAction(action)
            self.language_actions[code] = action
        self.file_actions = [
            lst.new_action,
            lst.follow_up_action,
            lst.open_action,
            lst.delete_action,
            lst.restore_action,
            lst.deleted_action,
        ]

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        for action in self.file_actions:
            self.file_menu.addAction(action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.export_pdf_action)
        self.file_menu.addAction(self.sync_export_action)
        self.file_menu.addAction(self.sync_import_action)
        self.file_menu.addAction(self.partners_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.settings_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.edit_menu = bar.addMenu("")
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)
        self.view_menu = bar.addMenu("")
        self.view_menu.addAction(self.list_action)
        self.view_menu.addAction(self.setup_action)
        self.view_menu.addAction(self.run_action)
        self.view_menu.addSeparator()
        self.language_menu = self.view_menu.addMenu("")
        for action in self.language_actions.values():
            self.language_menu.addAction(action)
        self.meeting_menu = bar.addMenu("")
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.about_action)

    def _connect(self) -> None:
        self.autosaver.saved.connect(self._saved)
        self.autosaver.failed.connect(self._save_failed)
        self.autosaver.waiting.connect(self._save_waiting)
        self.autosaver.record_changed.connect(self._record_changed)
        self.meeting_list.meeting_opened.connect(lambda mid: self.open_meeting(mid))
        self.meeting_list.meeting_created.connect(lambda mid: self.open_meeting(mid, SETUP_PAGE))
        self.meeting_list.records_changed.connect(
            lambda change: self._record_changed(change, source=self.meeting_list)
        )
        self.meeting_list.organisation_needed.connect(self._organisation_needed)
        self.meeting_list.status_message.connect(self.show_message)
        self.setup.records_changed.connect(
            lambda change: self._record_changed(change, source=self.setup)
        )
        self.setup.status_message.connect(self.show_message)
        self.setup.run_requested.connect(lambda _mid: self.show_workspace())
        self.undo_stack.indexChanged.connect(self._undo_index_changed)
        self.stack.currentChanged.connect(self._page_changed)
        self.import_screen.files_imported.connect(lambda _outcomes: self._sync_imported())
        self.import_screen.conflict_resolved.connect(lambda _decision: self._sync_imported())

    def retranslate(self) -> None:
        self.setWindowTitle(self._window_title())
        self.file_menu.setTitle(QCoreApplication.translate("MainWindow", "&File"))
        self.edit_menu.setTitle(QCoreApplication.translate("MainWindow", "&Edit"))
        self.view_menu.setTitle(QCoreApplication.translate("MainWindow", "&View"))
        self.language_menu.setTitle(QCoreApplication.translate("MainWindow", "&Language"))
        self.meeting_menu.setTitle(QCoreApplication.translate("MainWindow", "&Meeting"))
        self.help_menu.setTitle(QCoreApplication.translate("MainWindow", "&Help"))
        texts = (
            (
                self.settings_action,
                QCoreApplication.translate("MainWindow", "&Settings…"),
                QCoreApplication.translate("MainWindow", "Language, organisation, your name"),
            ),
            (
                self.quit_action,
                QCoreApplication.translate("MainWindow", "&Quit"),
                QCoreApplication.translate("MainWindow", "Save everything and close the program"),
            ),
            (
                self.list_action,
                QCoreApplication.translate("MainWindow", "Meetings &list"),
                QCoreApplication.translate("MainWindow", "Show the list of meetings"),
            ),
            (
                self.setup_action,
                QCoreApplication.translate("MainWindow", "Meeting &setup"),
                QCoreApplication.translate(
                    "MainWindow", "The open meeting's details and participants"
                ),
            ),
            (
                self.run_action,
                QCoreApplication.translate("MainWindow", "&Run the meeting"),
                QCoreApplication.translate("MainWindow", "The steps of the open meeting"),
            ),
            (
                self.export_pdf_action,
                QCoreApplication.translate("MainWindow", "&Export report as PDF…"),
                QCoreApplication.translate(
                    "MainWindow", "The report of the open or selected meeting, as a PDF file"
                ),
            ),
            (
                self.sync_export_action,
                QCoreApplication.translate("MainWindow", "E&xport for MRA…"),
                QCoreApplication.translate(
                    "MainWindow", "Write a sync file of everything recorded here, for MRA"
                ),
            ),
            (
                self.sync_import_action,
                QCoreApplication.translate("MainWindow", "&Import sync files…"),
                QCoreApplication.translate(
                    "MainWindow", "Import partners' sync files and settle conflicts"
                ),
            ),
            (
                self.partners_action,
                QCoreApplication.translate("MainWindow", "&Partners…"),
                QCoreApplication.translate(
                    "MainWindow", "Enrol partners' devices from their identity cards, or revoke one"
                ),
            ),
            (
                self.about_action,
                QCoreApplication.translate("MainWindow", "&About mra-desktop"),
                QCoreApplication.translate("MainWindow", "Version and database"),
            ),
        )
        for action, text, tip in texts:
            action.setText(text)
            action.setToolTip(with_shortcut(tip, action.shortcut()))
            action.setStatusTip(tip)
        self._update_undo_texts()
        self.placeholder.setText(
            QCoreApplication.translate(
                "MainWindow", "The meeting's steps are not available in this version."
            )
        )
        self._update_counts()
        self._refresh_saved_label()
        self._update_meeting_menu()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _window_title(self) -> str:
        if self.meeting_id:
            try:
                title = self.services.meetings.get(self.meeting_id).title
            except MraError:
                title = ""
            if title:
                return QCoreApplication.translate("MainWindow", "%1 — mra-desktop").replace(
                    "%1", title
                )
        return QCoreApplication.translate("MainWindow", "mra-desktop")

    def _undo_texts_changed(self, _text: str) -> None:
        self._update_undo_texts()

    def _update_undo_texts(self) -> None:
        try:
            undo_text = self.undo_stack.undoText()
            redo_text = self.undo_stack.redoText()
        except RuntimeError:  # the stack empties itself while the window is destroyed
            return
        self.undo_action.setText(
            QCoreApplication.translate("MainWindow", "&Undo %1").replace("%1", undo_text)
            if undo_text
            else QCoreApplication.translate("MainWindow", "&Undo")
        )
        self.redo_action.setText(
            QCoreApplication.translate("MainWindow", "&Redo %1").replace("%1", redo_text)
            if redo_text
            else QCoreApplication.translate("MainWindow", "&Redo")
        )
        for action, tip in (
            (self.undo_action, QCoreApplication.translate("MainWindow", "Undo the last change")),
            (self.redo_action, QCoreApplication.translate("MainWindow", "Redo what was undone")),
        ):
            action.setToolTip(with_shortcut(tip, action.shortcut()))

    # -- geometry ----------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        geometry, state = preferences.window_geometry()
        if geometry is not None and self.restoreGeometry(geometry):
            if state is not None:
                self.restoreState(state)
            return
        width, height = DEFAULT_SIZE
        screen = self.screen()
        if screen is not None:
            available = screen.availableGeometry()
            width = min(width, available.width())
            height = min(height, available.height())
        self.resize(width, height)

    # -- screens -----------------------------------------------------------------------
    def show_list(self) -> None:
        self.stack.setCurrentIndex(LIST_PAGE)
        self.meeting_list.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_setup(self) -> None:
        if self.meeting_id is None:
            return
        self.stack.setCurrentIndex(SETUP_PAGE)

    def show_workspace(self) -> None:
        if self.meeting_id is None:
            return
        self._ensure_workspace()
        self.stack.setCurrentIndex(MEETING_PAGE)

    def current_page(self) -> int:
        return self.stack.currentIndex()

    def open_meeting(self, meeting_id: str, page: int = MEETING_PAGE) -> None:
        """Show a meeting: its steps (default) or its setup."""
        self.autosaver.flush()
        if meeting_id != self.meeting_id:
            self._drop_workspace()
            self.meeting_id = meeting_id
            self.setup.set_meeting(meeting_id)
            self.meeting_list.select_meeting(meeting_id)
            self.meeting_opened.emit(meeting_id)
        if page == MEETING_PAGE and workspace_class() is not None:
            self.show_workspace()
        else:
            self.show_setup()
            if page == SETUP_PAGE:
                self.setup.title_edit.setFocus(Qt.FocusReason.OtherFocusReason)
                self.setup.title_edit.selectAll()
        self.setWindowTitle(self._window_title())
        self._update_counts()
        self._update_view_actions()

    def close_meeting(self) -> None:
        self.autosaver.flush()
        self._drop_workspace()
        self.meeting_id = None
        self.setup.set_meeting(None)
        self.meeting_opened.emit("")
        self.show_list()
        self.setWindowTitle(self._window_title())
        self._update_counts()
        self._update_view_actions()

    def _ensure_workspace(self) -> Any:
        if self.workspace is not None or self.meeting_id is None:
            return self.workspace
        cls = workspace_class()
        if cls is None:
            return None
        try:
            workspace = cls(
                self.services,
                self.autosaver,
                self.undo_stack,
                self.meeting_id,
                self.workspace_holder,
            )
        except Exception:  # keep the rest usable; say why on stderr
            traceback.print_exc(file=sys.stderr)
            return None
        self.placeholder.hide()
        self.workspace_layout.addWidget(workspace)
        self.workspace = workspace
        if hasattr(workspace, "step_changed"):
            workspace.step_changed.connect(lambda _code: self._update_counts())
        if hasattr(workspace, "message_shown"):
            workspace.message_shown.connect(self.show_message)
        self._update_meeting_menu()
        return workspace

    def _drop_workspace(self) -> None:
        if self.workspace is None:
            return
        try:
            self.workspace.flush()
        finally:
            self.meeting_menu.clear()
            self.workspace_layout.removeWidget(self.workspace)
            self.workspace.hide()
            self.workspace.deleteLater()
            self.workspace = None
            self.placeholder.show()
            self._update_meeting_menu()

    def _page_changed(self, index: int) -> None:
        self.autosaver.flush()
        if index != MEETING_PAGE and self.workspace is not None:
            self.workspace.flush()
        if index == LIST_PAGE:
            self.meeting_list.refresh()
        elif index == IMPORT_PAGE:
            self.import_screen.refresh()
        elif index == PARTNERS_PAGE:
            self.partners_screen.refresh()
        self._update_meeting_menu()
        self._update_view_actions()

    def _update_view_actions(self) -> None:
        has_meeting = self.meeting_id is not None
        self.setup_action.setEnabled(has_meeting)
        self.run_action.setEnabled(has_meeting)
        page = self.stack.currentIndex()
        for action in self.file_actions:
            if action is self.meeting_list.new_action:
                continue
            # the list's actions act on its selection: only while it is shown
            action.setEnabled(page == LIST_PAGE and self._list_action_enabled(action))
        self.meeting_list.find_action.setEnabled(page == LIST_PAGE)

    def _list_action_enabled(self, action: QAction) -> bool:
        self.meeting_list._update_actions()
        return action.isEnabled()

    def _update_meeting_menu(self) -> None:
        """The workspace's actions live in the Meeting menu while its page is shown, so
        their shortcuts never act on a meeting that is not on screen."""
        self.meeting_menu.clear()
        on_workspace = self.stack.currentIndex() == MEETING_PAGE and self.workspace is not None
        if on_workspace:
            for action in self.workspace.actions():
                self.meeting_menu.addAction(action)
        else:
            self.meeting_menu.addAction(self.run_action)
            self.meeting_menu.addAction(self.setup_action)
        self.meeting_menu.menuAction().setVisible(self.meeting_id is not None)

    # -- records -----------------------------------------------------------------------
    def _record_changed(self, change: RecordChange, source: QWidget | None = None) -> None:
        if source is not self.meeting_list:
            self.meeting_list.on_record_changed(change)
        if source is not self.setup:
            self.setup.on_record_changed(change)
        if change.record_type == "meeting" and change.record_id == self.meeting_id:
            if change.operation == "deleted":
                self.close_meeting()
            else:
                self.setWindowTitle(self._window_title())
        self._update_counts()
        self.records_changed.emit(change)

    def _undo_index_changed(self, _index: int) -> None:
        try:
            self._update_counts()
        except RuntimeError:  # the stack empties itself while the window is destroyed
            pass

    def _update_counts(self) -> None:
        if self.meeting_id is None:
            self.counts_label.setText("")
            return
        changes = len(self.services.changes.for_meeting(self.meeting_id))
        items = len(self.services.action_items.for_meeting(self.meeting_id))
        self.counts_label.setText(
            QCoreApplication.translate("MainWindow", "Changes: %1 · Action items: %2")
            .replace("%1", str(changes))
            .replace("%2", str(items))
        )

    def _saved(self, when: dt.datetime) -> None:
        self._save_error = ""
        self._refresh_saved_label()

    def _save_failed(self, sentence: str) -> None:
        self._save_error = sentence
        self._refresh_saved_label()

    def _save_waiting(self) -> None:
        """The database is busy (an import): the edits are kept and stored as soon as it
        is free; say so quietly."""
        self._save_error = ""
        self.saved_label.setStyleSheet("")
        self.saved_label.setText(
            QCoreApplication.translate("MainWindow", "Saving… (the database is busy)")
        )

    def _refresh_saved_label(self) -> None:
        error = getattr(self, "_save_error", "")
        if error:
            self.saved_label.setText(error)
            self.saved_label.setStyleSheet("color: #b00020;")
            return
        self.saved_label.setStyleSheet("")
        when = self.autosaver.last_saved
        self.saved_label.setText(
            QCoreApplication.translate("MainWindow", "Saved at %1").replace(
                "%1", when.strftime("%H:%M:%S")
            )
            if when
            else ""
        )

    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    # -- reports and sync files --------------------------------------------------------
    def _meeting_for_export(self) -> str | None:
        if self.stack.currentIndex() == LIST_PAGE or self.meeting_id is None:
            return self.meeting_list.current_meeting_id() or self.meeting_id
        return self.meeting_id

    def _keep_dialog(self, dialog: QWidget) -> None:
        """Export dialogs are not modal: a meeting can go on while one is open."""
        self.export_dialogs.append(dialog)
        dialog.finished.connect(lambda _r, d=dialog: self._forget_dialog(d))  # type: ignore[attr-defined]
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def _forget_dialog(self, dialog: QWidget) -> None:
        if dialog in self.export_dialogs:
            self.export_dialogs.remove(dialog)
            dialog.deleteLater()

    def open_export_pdf(self) -> QWidget | None:
        from mra_desktop.ui.export_pdf_dialog import ExportPdfDialog

        meeting_id = self._meeting_for_export()
        if meeting_id is None:
            self.show_message(
                QCoreApplication.translate("MainWindow", "Open or select a meeting first.")
            )
            return None
        self.flush()
        dialog = ExportPdfDialog(self.services, meeting_id, self)
        dialog.exported.connect(
            lambda path: self.show_message(
                QCoreApplication.translate("MainWindow", "Report saved: %1").replace(
                    "%1", str(path)
                )
            )
        )
        self._keep_dialog(dialog)
        return dialog

    def open_sync_export(self) -> QWidget:
        from mra_desktop.ui.sync_export_dialog import SyncExportDialog

        self.flush()
        dialog = SyncExportDialog(self.services, self)
        dialog.exported.connect(
            lambda result: self.show_message(
                QCoreApplication.translate("MainWindow", "Sync file written: %1").replace(
                    "%1", str(result.path)
                )
            )
        )
        self._keep_dialog(dialog)
        return dialog

    def show_import(self) -> None:
        self.stack.setCurrentIndex(IMPORT_PAGE)
        self.import_screen.choose_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_partners(self) -> None:
        self.stack.setCurrentIndex(PARTNERS_PAGE)
        self.partners_screen.choose_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _sync_imported(self) -> None:
        """Imported records are new to every screen: re-read what is shown."""
        self.meeting_list.refresh()
        if self.meeting_id is not None:
            self.setup.set_meeting(self.meeting_id)
        self._update_counts()

    # -- language and settings ---------------------------------------------------------
    def set_language(self, lang: str) -> None:
        preferences.set_interface_language(lang)
        app = QApplication.instance()
        if app is not None:
            apply_language(app, lang)
        self.language_actions[lang].setChecked(True)

    def _check_language_action(self) -> None:
        action = self.language_actions.get(current_language())
        if action is not None:
            action.setChecked(True)

    def open_settings(self) -> SettingsDialog:
        self.autosaver.flush()
        dialog = SettingsDialog(self.services, self)
        dialog.settings_saved.connect(self._settings_saved)
        dialog.finished.connect(lambda _r: self._settings_closed())
        self.settings_dialog = dialog
        dialog.open()
        return dialog

    def _settings_saved(self, changes: list[RecordChange]) -> None:
        for change in changes:
            self._record_changed(change)
        self.meeting_list.refresh()
        after, self._after_settings = self._after_settings, None
        if after is not None:
            after()

    def _settings_closed(self) -> None:
        self._check_language_action()
        self._after_settings = None
        if self.settings_dialog is not None:
            self.settings_dialog.deleteLater()
            self.settings_dialog = None

    def _organisation_needed(self) -> None:
        self.show_message(
            QCoreApplication.translate("MainWindow", "Choose your organisation first.")
        )
        dialog = self.open_settings()
        self._after_settings = self.meeting_list.create_meeting
        dialog.form.name_edit.setFocus()

    def show_about(self) -> None:
        text = (
            QCoreApplication.translate("MainWindow", "mra-desktop %1").replace("%1", __version__)
            + "\n\n"
            + QCoreApplication.translate("MainWindow", "Database: %1").replace(
                "%1", str(self.services.db.path)
            )
        )
        QMessageBox.about(self, QCoreApplication.translate("MainWindow", "About mra-desktop"), text)

    # -- closing -----------------------------------------------------------------------
    def flush(self) -> bool:
        """Store everything pending; False when something could not be saved."""
        if self.workspace is not None:
            self.workspace.flush()
        return self.autosaver.flush()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.flush()
        if not self.autosaver.wait_until_stored():
            answer = QMessageBox.warning(
                self,
                QCoreApplication.translate("MainWindow", "Not everything is saved"),
                QCoreApplication.translate(
                    "MainWindow", "Some edits could not be saved: %1\n\nClose anyway and lose them?"
                ).replace("%1", getattr(self, "_save_error", "")),
                QMessageBox.StandardButton.Close | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Close:
                event.ignore()
                return
        preferences.set_window_geometry(self.saveGeometry(), self.saveState())
        super().closeEvent(event)

    def showEvent(self, event: Any) -> None:
        self._check_language_action()
        super().showEvent(event)
