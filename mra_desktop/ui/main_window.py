"""The main window: menus, the three screens (meetings, setup, the meeting itself) and a
quiet status bar.

The window owns one Services and one Autosaver, shared by every screen, and the undo
histories: one per meeting (its setup and its steps) and one for the meetings list; the
Edit menu acts on the history of what is on screen. Whatever a screen writes comes back as
a RecordChange on the Autosaver's ``record_changed``; the window re-emits it once
(:attr:`MainWindow.records_changed`), each screen decides whether to refresh, and the
status bar says when it was saved.

At start the window is shown (menus and the meetings list) before the database is open,
then given it with :meth:`MainWindow.set_services`; the screens that need the database
are made then, and the sync import screen when it is first shown.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QUndoGroup
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
from mra_desktop.ui import preferences
from mra_desktop.ui.dialogs import ask, show_message
from mra_desktop.ui.history import REDO_ALSO
from mra_desktop.ui.i18n import LANGUAGE_NAMES, apply_language, current_language
from mra_desktop.ui.meeting_list import MeetingListView, with_shortcut
from mra_desktop.ui.messages import ERROR_STYLE
from mra_desktop.ui.sentences import fill, ltr

if TYPE_CHECKING:
    from mra_desktop.core.services import RecordChange, Services
    from mra_desktop.ui.auto_backup import AutoBackup
    from mra_desktop.ui.autosave import Autosaver
    from mra_desktop.ui.history import History, Target
    from mra_desktop.ui.meeting.workspace import MeetingWorkspace
    from mra_desktop.ui.meeting_setup import MeetingSetupView
    from mra_desktop.ui.mra import MraSide
    from mra_desktop.ui.partners_screen import PartnersScreen
    from mra_desktop.ui.receipts_dialog import ReceiptsDialog
    from mra_desktop.ui.settings import SettingsDialog
    from mra_desktop.ui.sync_import_screen import SyncImportScreen

LIST_PAGE, SETUP_PAGE, MEETING_PAGE, IMPORT_PAGE, PARTNERS_PAGE = 0, 1, 2, 3, 4
PLACE_DELAY_MS = 1000
DEFAULT_SIZE = (1366, 768)
# the room every screen keeps from the window's edges (left, top, right, bottom); the
# screens' own outer layouts have none, so that it is the same on all of them
PAGE_MARGINS = (16, 10, 16, 6)


class MainWindow(QMainWindow):
    # a record was created, changed, deleted or restored (a RecordChange)
    records_changed = Signal(object)
    # the open meeting changed (its id, or "" when none)
    meeting_opened = Signal(str)

    services: Services
    autosaver: Autosaver
    setup: MeetingSetupView

    def __init__(self, services: Services | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MainWindow")
        self.has_database = False  # set_services() gives the window its database
        # where the facilitator is reaches the database a moment after it changes
        self._place_timer = QTimer(self)
        self._place_timer.setSingleShot(True)
        self._place_timer.setInterval(PLACE_DELAY_MS)
        self._place_timer.timeout.connect(self.remember_place)
        self.undo_group = QUndoGroup(self)
        self.histories: dict[str, History] = {}
        self.list_history: History | None = None
        self.meeting_id: str | None = None
        self.workspace: MeetingWorkspace | None = None
        self.settings_dialog: SettingsDialog | None = None
        self.receipts_dialog: ReceiptsDialog | None = None
        self._after_settings: Any = None
        self.last_saved: dt.datetime | None = None
        self._save_error = ""
        self._import_screen: SyncImportScreen | None = None
        self._partners_screen: PartnersScreen | None = None
        self.mra_side: MraSide | None = None
        self.auto_backup: AutoBackup | None = None

        self.meeting_list = MeetingListView(None, None)
        self.workspace_holder = QWidget()
        self.workspace_holder.setObjectName("WorkspaceHolder")
        self.workspace_layout = QVBoxLayout(self.workspace_holder)
        self.workspace_layout.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget()
        self.stack.setContentsMargins(*PAGE_MARGINS)
        self.stack.addWidget(self.meeting_list)
        self.setCentralWidget(self.stack)
        self._even_margins(self.meeting_list)
        self.export_dialogs: list[QWidget] = []

        self.saved_label = QLabel()
        self.saved_label.setObjectName("SavedLabel")
        self.counts_label = QLabel()
        self.counts_label.setObjectName("CountsLabel")
        # which database the window is on, when it is MRA's shared one on a server
        self.database_label = QLabel()
        self.database_label.setObjectName("DatabaseLabel")
        self.database_label.hide()
        self.statusBar().addPermanentWidget(self.database_label)
        self.statusBar().addPermanentWidget(self.counts_label)
        self.statusBar().addPermanentWidget(self.saved_label)

        self._build_actions()
        self._set_icons()
        self._build_menus()
        self._connect()
        self.retranslate()
        self._restore_geometry()
        self.show_list()
        self._activate_history()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
        if services is not None:
            self.set_services(services)

    def set_services(self, services: Services) -> None:
        """Work on this database: the screens that need it are made now."""
        from mra_desktop.ui.auto_backup import AutoBackup
        from mra_desktop.ui.autosave import Autosaver
        from mra_desktop.ui.meeting_setup import MeetingSetupView
        from mra_desktop.ui.mra import install as install_mra_side  # MRA's screens and menu

        self.services = services
        self.autosaver = Autosaver(services, parent=self)
        self.autosaver.saved.connect(self._saved)
        self.autosaver.failed.connect(self._save_failed)
        self.autosaver.waiting.connect(self._save_waiting)
        self.autosaver.record_changed.connect(self._announced)
        self.autosaver.pending_changed.connect(self._history_changed)
        self.autosaver.refused.connect(self._history_changed)
        self.has_database = True
        self.list_history = self._new_history(self._reveal_in_list)
        self.setup = MeetingSetupView(services, self.autosaver)
        self.setup.status_message.connect(self.show_message)
        self.setup.run_requested.connect(self._run_requested)
        self.stack.addWidget(self.setup)
        self.stack.addWidget(self.workspace_holder)
        self.meeting_list.set_services(services, self.list_history)
        self.auto_backup = AutoBackup(services.db, parent=self)  # every 30 minutes, on closing
        self.auto_backup.failed.connect(self.show_message)
        self.mra_side = install_mra_side(self)
        self._activate_history()
        self._update_view_actions()
        self._refresh_database_label()

    def _refresh_database_label(self) -> None:
        server = self.services.db.server if self.has_database else None
        self.database_label.setVisible(server is not None)
        if server is None:
            return
        from mra_desktop.core.location import server_label
        facts = server.facts
        where = server_label(facts.user, facts.host, facts.port, facts.database)
        self.database_label.setText(
            fill(QCoreApplication.translate("MainWindow", "Shared database: %1"), ltr(where))
        )
        self.database_label.setToolTip(
            fill(
                QCoreApplication.translate(
                    "MainWindow",
                    "MRA's database on a PostgreSQL server (version %1), shared with the other "
                    "people who have it open",
                ),
                facts.version_text,
            )
        )

    @property
    def partners_screen(self) -> PartnersScreen:
        """MRA's enrolled partner devices, made the first time it is shown."""
        if self._partners_screen is None:
            from mra_desktop.ui.partners_screen import PartnersScreen

            self._partners_screen = PartnersScreen(self.services.db)
            self.stack.addWidget(self._partners_screen)
        return self._partners_screen

    @property
    def import_screen(self) -> SyncImportScreen:
        """MRA's import screen, made the first time it is needed."""
        if self._import_screen is None:
            from mra_desktop.ui.sync_import_screen import SyncImportScreen

            screen = SyncImportScreen(self.services.db)
            screen.files_imported.connect(self._sync_imported)
            screen.conflict_resolved.connect(self._sync_imported)
            self._import_screen = screen
            self.stack.addWidget(screen)
        return self._import_screen

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
        # our own actions rather than createUndoAction(), whose words Qt fixes itself and
        # which would not store what is still typed before undoing
        self.undo_action = self._action(QKeySequence.StandardKey.Undo, self.undo)
        self.undo_action.setEnabled(False)
        self.redo_action = self._action(None, self.redo)
        redo_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
        if QKeySequence(REDO_ALSO) not in redo_keys:
            redo_keys.append(QKeySequence(REDO_ALSO))
        self.redo_action.setShortcuts(redo_keys)
        self.redo_action.setEnabled(False)
        # bound methods, not lambdas: Qt disconnects them when the window is destroyed
        self.undo_group.canUndoChanged.connect(self._history_changed)
        self.undo_group.canRedoChanged.connect(self._history_changed)
        self.undo_group.undoTextChanged.connect(self._history_changed)
        self.undo_group.redoTextChanged.connect(self._history_changed)
        self.list_action = self._action("Ctrl+Shift+M", self.show_list)
        self.setup_action = self._action("Ctrl+Shift+E", self.show_setup)
        self.run_action = self._action("Ctrl+Shift+R", self.show_workspace)
        self.export_pdf_action = self._action("Ctrl+E", self.open_export_pdf)
        self.sync_export_action = self._action("Ctrl+Shift+X", self.open_sync_export)
        self.sync_import_action = self._action("Ctrl+Shift+I", self.show_import)
        self.partners_action = self._action(None, self.show_partners)
        self.backups_action = self._action(None, self.open_backups)
        self.receipts_action = self._action(None, self.open_receipts)
        self.shortcuts_action = self._action(
            QKeySequence.StandardKey.HelpContents, self.show_shortcuts
        )
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

    def _set_icons(self) -> None:
        from mra_desktop.ui.icons import icon

        lst = self.meeting_list
        for action, name in (
            (lst.new_action, "new_meeting"),
            (lst.follow_up_action, "follow_up"),
            (lst.open_action, "open"),
            (lst.delete_action, "delete"),
            (lst.restore_action, "restore"),
            (lst.find_action, "search"),
            (self.export_pdf_action, "export_pdf"),
            (self.sync_export_action, "export_sync"),
            (self.sync_import_action, "import"),
            (self.backups_action, "backups"),
            (self.receipts_action, "review"),
            (self.settings_action, "settings"),
            (self.quit_action, "quit"),
            (self.undo_action, "undo"),
            (self.redo_action, "redo"),
            (self.shortcuts_action, "shortcuts"),
            (self.about_action, "help"),
        ):
            action.setIcon(icon(name))

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        for action in self.file_actions:
            self.file_menu.addAction(action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.export_pdf_action)
        self.file_menu.addAction(self.sync_export_action)
        self.file_menu.addAction(self.receipts_action)
        self.file_menu.addAction(self.sync_import_action)
        self.file_menu.addAction(self.partners_action)
        self.file_menu.addAction(self.backups_action)
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
        self.help_menu.addAction(self.shortcuts_action)
        self.help_menu.addSeparator()
        self.help_menu.addAction(self.about_action)

    def _connect(self) -> None:
        self.meeting_list.meeting_opened.connect(self.open_meeting)
        self.meeting_list.meeting_created.connect(self._meeting_created)
        self.meeting_list.records_changed.connect(self._list_record_changed)
        self.meeting_list.organisation_needed.connect(self._organisation_needed)
        self.meeting_list.status_message.connect(self.show_message)
        self.stack.currentChanged.connect(self._page_changed)

    def _meeting_created(self, meeting_id: str) -> None:
        self.open_meeting(meeting_id, SETUP_PAGE)

    def _run_requested(self, _meeting_id: str) -> None:
        self.show_workspace()

    def _list_record_changed(self, change: RecordChange) -> None:
        self._record_changed(change, source=self.meeting_list)

    def _announced(self, change: RecordChange) -> None:
        # the setup listens to the Autosaver itself (it is where its own writes go)
        self._record_changed(change, source=self.setup)

    def retranslate(self) -> None:
        self.setWindowTitle(self._window_title())
        self._refresh_database_label()
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
                QCoreApplication.translate("MainWindow", "&Meetings list"),
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
                self.receipts_action,
                QCoreApplication.translate("MainWindow", "Re&ceipts from MRA…"),
                QCoreApplication.translate(
                    "MainWindow", "Import a receipt from MRA: how MRA reviewed your meetings"
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
                self.backups_action,
                QCoreApplication.translate("MainWindow", "&Backups…"),
                QCoreApplication.translate(
                    "MainWindow", "Back up now, look at a backup, or restore one"
                ),
            ),
            (
                self.shortcuts_action,
                QCoreApplication.translate("MainWindow", "&Keyboard shortcuts"),
                QCoreApplication.translate(
                    "MainWindow", "Every keyboard shortcut of the program, by menu and screen"
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
        for history in self._all_histories():
            history.retranslate()
        self._update_undo_actions()
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
                return fill(QCoreApplication.translate("MainWindow", "%1 — mra-desktop"), title)
        return QCoreApplication.translate("MainWindow", "mra-desktop")

    # -- undo ---------------------------------------------------------------------------
    def _all_histories(self) -> list[History]:
        listed = [self.list_history] if self.list_history is not None else []
        return [*listed, *self.histories.values()]

    def _new_history(self, reveal: Any) -> History:
        from mra_desktop.ui.history import History

        history = History(self.services, self.autosaver, self)
        self.undo_group.addStack(history.stack)
        history.revealed.connect(reveal)
        history.message_shown.connect(self._history_message)
        return history

    def history_for(self, meeting_id: str) -> History:
        """The undo history of one meeting (kept while the program runs)."""
        history = self.histories.get(meeting_id)
        if history is None:
            history = self._new_history(self._reveal_in_meeting)
            self.histories[meeting_id] = history
        return history

    def active_history(self) -> History | None:
        """The history Ctrl+Z acts on: the open meeting's, or the meetings list's."""
        page = self.stack.currentIndex()
        if page == LIST_PAGE:
            return self.list_history
        if page in (SETUP_PAGE, MEETING_PAGE) and self.meeting_id is not None:
            return self.history_for(self.meeting_id)
        return None

    def _activate_history(self) -> None:
        history = self.active_history()
        self.undo_group.setActiveStack(history.stack if history is not None else None)
        self._update_undo_actions()

    def undo(self) -> None:
        history = self.active_history()
        if history is not None:
            history.undo()
        self._update_undo_actions()

    def redo(self) -> None:
        history = self.active_history()
        if history is not None:
            history.redo()
        self._update_undo_actions()

    def _history_changed(self, *_args: object) -> None:
        self._update_undo_actions()

    def _update_undo_actions(self) -> None:
        try:
            history = self.active_history()
            can_undo = history is not None and history.can_undo()
            can_redo = history is not None and history.stack.canRedo()
            undo_text = history.undo_text() if history is not None and can_undo else ""
            redo_text = history.stack.redoText() if history is not None and can_redo else ""
        except RuntimeError:  # the stacks go away while the window is destroyed
            return
        self.undo_action.setEnabled(can_undo)
        self.redo_action.setEnabled(can_redo)
        self.undo_action.setText(
            fill(QCoreApplication.translate("MainWindow", "&Undo %1"), undo_text)
            if undo_text
            else QCoreApplication.translate("MainWindow", "&Undo")
        )
        self.redo_action.setText(
            fill(QCoreApplication.translate("MainWindow", "&Redo %1"), redo_text)
            if redo_text
            else QCoreApplication.translate("MainWindow", "&Redo")
        )
        for action, tip in (
            (self.undo_action, QCoreApplication.translate("MainWindow", "Undo the last change")),
            (self.redo_action, QCoreApplication.translate("MainWindow", "Redo what was undone")),
        ):
            action.setToolTip(with_shortcut(tip, action.shortcut()))

    def _reveal_in_meeting(self, target: Target) -> None:
        """Undo or redo changed the open meeting: show where (setup, or its step)."""
        if self.meeting_id is None:
            return
        if target.record_type in ("meeting", "participant") and target.where is None:
            if self.stack.currentIndex() != SETUP_PAGE:
                self.show_setup()
            self.setup.reveal(target)
            return
        workspace = self._ensure_workspace()
        if self.stack.currentIndex() != MEETING_PAGE:
            self.show_workspace()
        if workspace is not None:
            workspace.reveal(target)

    def _reveal_in_list(self, _target: Target) -> None:
        # the list shows the meeting itself (it follows its history)
        if self.stack.currentIndex() != LIST_PAGE:
            self.show_list()

    def _history_message(self, text: str) -> None:
        if self.stack.currentIndex() == MEETING_PAGE and self.workspace is not None:
            self.workspace.show_message(text)
        else:
            self.show_message(text)

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

    def show_workspace(self, step: str | None = None) -> None:
        if self.meeting_id is None:
            return
        self._ensure_workspace(step)
        self.stack.setCurrentIndex(MEETING_PAGE)

    def current_page(self) -> int:
        """LIST_PAGE, SETUP_PAGE, MEETING_PAGE, IMPORT_PAGE or PARTNERS_PAGE; other screens
        (MRA's side, added to the stack in their own order) by their index offset past
        these five."""
        current = self.stack.currentWidget()
        if self._import_screen is not None and current is self._import_screen:
            return IMPORT_PAGE
        if self._partners_screen is not None and current is self._partners_screen:
            return PARTNERS_PAGE
        index = self.stack.currentIndex()
        return index if index < IMPORT_PAGE else index + 2

    def open_meeting(
        self, meeting_id: str, page: int = MEETING_PAGE, step: str | None = None
    ) -> None:
        """Show a meeting: its steps (default; the first one unless ``step`` says which)
        or its setup."""
        self.autosaver.flush()
        if meeting_id != self.meeting_id:
            self._drop_workspace()
            if self.meeting_id is not None:
                self.history_for(self.meeting_id).follow_edits(False)
            self.meeting_id = meeting_id
            history = self.history_for(meeting_id)
            history.follow_edits(True)
            self.setup.set_meeting(meeting_id, history)
            self.meeting_list.select_meeting(meeting_id)
            self.meeting_opened.emit(meeting_id)
        if page == MEETING_PAGE:
            self.show_workspace(step)
        else:
            self.show_setup()
            if page == SETUP_PAGE:
                self.setup.title_edit.setFocus(Qt.FocusReason.OtherFocusReason)
                self.setup.title_edit.selectAll()
        self.setWindowTitle(self._window_title())
        self._update_counts()
        self._update_view_actions()
        self._activate_history()

    def close_meeting(self) -> None:
        self.autosaver.flush()
        self._drop_workspace()
        if self.meeting_id is not None:
            self.history_for(self.meeting_id).follow_edits(False)
        self.meeting_id = None
        self.setup.set_meeting(None)
        self.meeting_opened.emit("")
        self.show_list()
        self.setWindowTitle(self._window_title())
        self._update_counts()
        self._update_view_actions()

    def _ensure_workspace(self, step: str | None = None) -> MeetingWorkspace | None:
        if self.workspace is not None or self.meeting_id is None:
            return self.workspace
        from mra_desktop.ui.meeting.workspace import MeetingWorkspace

        workspace = MeetingWorkspace(
            self.services,
            self.autosaver,
            self.history_for(self.meeting_id),
            self.meeting_id,
            self.workspace_holder,
            step=step,
        )
        self.workspace_layout.addWidget(workspace)
        self._even_margins(workspace)
        self.workspace = workspace
        workspace.step_changed.connect(self._step_changed)
        workspace.message_shown.connect(self.show_message)
        self._update_meeting_menu()
        return workspace

    def _step_changed(self, _code: str) -> None:
        self._update_counts()
        self._place_changed()

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
            self._update_meeting_menu()

    def _even_margins(self, page: QWidget | None) -> None:
        """The stack keeps PAGE_MARGINS around every screen; a screen adds none of its own."""
        layout = page.layout() if page is not None else None
        if layout is not None:
            layout.setContentsMargins(0, 0, 0, 0)

    def _page_changed(self, index: int) -> None:
        self._even_margins(self.stack.widget(index))
        if not self.has_database:
            return
        self.autosaver.flush()
        if index != MEETING_PAGE and self.workspace is not None:
            self.workspace.flush()
        if index == LIST_PAGE:
            self.meeting_list.refresh()
        elif self._import_screen is not None and self.stack.widget(index) is self._import_screen:
            self._import_screen.refresh()
        elif (
            self._partners_screen is not None
            and self.stack.widget(index) is self._partners_screen
        ):
            self._partners_screen.refresh()
        self._update_meeting_menu()
        self._update_view_actions()
        self._activate_history()
        self._place_changed()

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

    # -- where the facilitator is ----------------------------------------------------------
    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and self.isAncestorOf(new):
            self._place_changed()

    def _place_changed(self) -> None:
        self._place_timer.start()

    def place(self) -> dict[str, str]:
        """The open meeting, its screen and step, the record selected, the field in focus."""
        pages = {LIST_PAGE: "list", SETUP_PAGE: "setup", MEETING_PAGE: "meeting"}
        page = pages.get(self.stack.currentIndex(), "list")
        place = {"meeting_id": self.meeting_id or "", "page": page}
        if page == "meeting" and self.workspace is not None:
            place.update(self.workspace.place())
        elif page == "setup":
            place["focus"] = self.setup.focus_name()
        return place

    def remember_place(self) -> None:
        """Keep :meth:`place` in the database, to reopen there after a crash or a restart."""
        from mra_desktop.core.local_state import RESUME_KEY, write_state

        self._place_timer.stop()
        if not self.has_database:
            return
        try:
            write_state(self.services.db, RESUME_KEY, self.place())
        except Exception:  # noqa: BLE001 - never worth interrupting a meeting for
            pass

    def resume(self) -> None:
        """Reopen where the facilitator was when the program last ended, crash included:
        the meeting, its screen and step, the record and the field in focus."""
        from mra_desktop.core.local_state import RESUME_KEY, read_state

        place = read_state(self.services.db, RESUME_KEY) or {}
        meeting_id = place.get("meeting_id")
        if not isinstance(meeting_id, str) or not meeting_id:
            return
        try:
            if self.services.meetings.get(meeting_id).is_deleted:
                return
        except MraError:
            return
        page = place.get("page")
        step = place.get("step")
        self.open_meeting(
            meeting_id,
            SETUP_PAGE if page == "setup" else MEETING_PAGE,
            step if isinstance(step, str) else None,
        )
        if page == "meeting" and self.workspace is not None:
            self.workspace.restore_place(place)
        elif page == "setup":
            self.setup.focus_named(str(place.get("focus") or ""))
        elif page == "list":
            self.show_list()

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
        if change.changed:
            self.last_saved = dt.datetime.now()
            self._refresh_saved_label()
        self._update_counts()
        self.records_changed.emit(change)

    def _update_counts(self) -> None:
        if self.meeting_id is None:
            self.counts_label.setText("")
            return
        changes = len(self.services.changes.for_meeting(self.meeting_id))
        items = len(self.services.action_items.for_meeting(self.meeting_id))
        self.counts_label.setText(
            fill(
                QCoreApplication.translate("MainWindow", "Changes: %1 · Action items: %2"),
                ltr(changes),
                ltr(items),
            )
        )

    def _saved(self, when: dt.datetime) -> None:
        self._save_error = ""
        self.last_saved = when
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

    def _save_waiting(self) -> None:
        """The database is busy (an import): the edits are kept and stored as soon as it
        is free; say so quietly."""
        self._save_error = ""
        self.saved_label.setStyleSheet("")
        self.saved_label.setText(
            QCoreApplication.translate("MainWindow", "Saving… (the database is busy)")
        )

    def _refresh_saved_label(self) -> None:
        """The time of the last write, whoever made it; or why something is not saved."""
        if self._save_error and self.has_database and self.autosaver.has_pending():
            self.saved_label.setText(self._save_error)
            self.saved_label.setStyleSheet(ERROR_STYLE)
            return
        self._save_error = ""
        self.saved_label.setStyleSheet("")
        when = self.last_saved
        self.saved_label.setText(
            fill(
                QCoreApplication.translate("MainWindow", "Saved at %1"),
                ltr(when.strftime("%H:%M:%S")),
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
                fill(QCoreApplication.translate("MainWindow", "Report saved: %1"), ltr(path))
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
                fill(
                    QCoreApplication.translate("MainWindow", "Sync file written: %1"),
                    ltr(result.path),
                )
            )
        )
        self._keep_dialog(dialog)
        return dialog

    def open_backups(self) -> QWidget:
        from mra_desktop.ui.backups_dialog import BackupsDialog

        self.flush()
        dialog = BackupsDialog(self)
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        dialog.open()
        return dialog

    def open_receipts(self) -> ReceiptsDialog:
        """File ▸ Receipts from MRA…: one window, not modal, raised when open already."""
        from mra_desktop.ui.receipts_dialog import ReceiptsDialog

        if self.receipts_dialog is None:
            dialog = ReceiptsDialog(self.services.db, self)
            dialog.receipt_imported.connect(self._receipt_imported)
            dialog.finished.connect(lambda _r: self._receipts_closed())
            self.receipts_dialog = dialog
        self.receipts_dialog.show()
        self.receipts_dialog.raise_()
        self.receipts_dialog.activateWindow()
        return self.receipts_dialog

    def _receipts_closed(self) -> None:
        if self.receipts_dialog is not None:
            self.receipts_dialog.deleteLater()
            self.receipts_dialog = None

    def _receipt_imported(self, _outcome: object) -> None:
        """MRA's reviews may have changed: the meetings list shows them."""
        self.meeting_list.refresh()

    def show_partners(self) -> None:
        self.stack.setCurrentWidget(self.partners_screen)
        self.partners_screen.choose_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_import(self) -> None:
        self.stack.setCurrentWidget(self.import_screen)
        self.import_screen.choose_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def forget_histories(self) -> None:
        """Every undo history is emptied: its steps belong to data that was replaced."""
        for history in self._all_histories():
            history.clear()
        self._update_undo_actions()

    def data_replaced(self) -> None:
        """The whole database was replaced (a backup restored): read everything again."""
        self.meeting_list.refresh()
        if self._import_screen is not None:
            self._import_screen.refresh()
        if self.receipts_dialog is not None:
            self.receipts_dialog.refresh()
        if self.mra_side is not None:
            self.mra_side.update_visibility()
        self._update_counts()

    def _sync_imported(self, *_args: object) -> None:
        """Imported records are new to every screen: re-read what is shown."""
        self.meeting_list.refresh()
        if self.meeting_id is not None:
            self.setup.set_meeting(self.meeting_id, self.history_for(self.meeting_id))
        if self.mra_side is not None:
            self.mra_side.update_visibility()  # the first import opens MRA's side
        self.last_saved = dt.datetime.now()
        self._refresh_saved_label()
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
        from mra_desktop.ui.settings import SettingsDialog

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

    def show_shortcuts(self) -> QWidget:
        """Help ▸ Keyboard shortcuts: every shortcut of the actions that exist now."""
        from mra_desktop.ui.shortcuts_dialog import ShortcutsDialog

        dialog = ShortcutsDialog(self)
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        dialog.show()
        return dialog

    def screen_titles(self) -> dict[QWidget, str]:
        """The name of each screen, for the shortcuts that belong to a screen, not a menu."""
        titles: dict[QWidget, str] = {
            self.meeting_list: self.list_action.iconText(),
        }
        if self.has_database:
            titles[self.setup] = self.setup_action.iconText()
        if self.workspace is not None:
            titles[self.workspace] = self.meeting_menu.title().replace("&", "")
        if self._import_screen is not None:
            titles[self._import_screen] = self.sync_import_action.iconText()
        return titles

    def show_about(self) -> None:
        text = (
            fill(QCoreApplication.translate("MainWindow", "mra-desktop %1"), __version__)
            + "\n\n"
            + fill(
                QCoreApplication.translate("MainWindow", "Database: %1"),
                ltr(self.services.db.label),
            )
        )
        show_message(
            self,
            QMessageBox.Icon.Information,
            QCoreApplication.translate("MainWindow", "About mra-desktop"),
            text,
        )

    # -- closing -----------------------------------------------------------------------
    def flush(self) -> bool:
        """Store everything pending; False when something could not be saved."""
        if self.workspace is not None:
            self.workspace.flush()
        return self.autosaver.flush() if self.has_database else True

    def closeEvent(self, event: QCloseEvent) -> None:
        self.flush()
        if self.has_database and not self.autosaver.wait_until_stored():
            answer = ask(
                self,
                QCoreApplication.translate("MainWindow", "Not everything is saved"),
                fill(
                    QCoreApplication.translate(
                        "MainWindow",
                        "Some edits could not be saved: %1\n\nClose anyway and lose them?",
                    ),
                    self._save_error,
                ),
                QMessageBox.StandardButton.Close | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Close:
                event.ignore()
                return
        self.remember_place()  # before the backup, so that it holds where we were too
        failure = self.auto_backup.back_up_on_close() if self.auto_backup is not None else None
        if failure is not None:
            show_message(
                self,
                QMessageBox.Icon.Warning,
                QCoreApplication.translate("MainWindow", "No backup on closing"),
                failure,
            )
        preferences.set_window_geometry(self.saveGeometry(), self.saveState())
        super().closeEvent(event)

    def dispose(self) -> None:
        """The program is ending: stop what still runs and delete the window now, while
        its database is open, rather than whenever the interpreter gets to it."""
        if self.has_database:
            self.autosaver.stop()
        self._place_timer.stop()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.disconnect(self._focus_changed)
        self._drop_workspace()
        self.undo_group.blockSignals(True)
        for history in self._all_histories():
            history.follow_edits(False)
            history.stack.blockSignals(True)
            history.clear()
        for dialog in list(self.export_dialogs):
            self._forget_dialog(dialog)
        self.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    def showEvent(self, event: Any) -> None:
        self._check_language_action()
        super().showEvent(event)
