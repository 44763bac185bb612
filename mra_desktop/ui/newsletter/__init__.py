"""MRA's newsletter in the program: the Newsletter menu (New issue…, Issues) and its
screen. It shows where MRA's side shows (:mod:`mra_desktop.ui.mra`, which installs it)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from mra_desktop.ui.mra.widgets import window_action, word_actions
from mra_desktop.ui.newsletter.dialogs import NewIssueDialog
from mra_desktop.ui.newsletter.view import NewsletterView


class NewsletterMenu(QMenu):
    def __init__(self, side: NewsletterSide, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("NewsletterMenu")
        self.side = side

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.side.retranslate()
        super().changeEvent(event)


class NewsletterSide(QObject):
    """The Newsletter menu and screen in one main window."""

    def __init__(self, window: Any, before: QAction) -> None:
        super().__init__(window)
        self.window = window
        self.view = NewsletterView(window.services.db)
        window.stack.addWidget(self.view)
        self.view.status_message.connect(window.show_message)
        self.new_action = self._action(None, self.new_issue)
        self.issues_action = self._action("Ctrl+Shift+B", self.show_issues)
        self.menu = NewsletterMenu(self, window)
        self.menu.addAction(self.new_action)
        self.menu.addAction(self.issues_action)
        window.menuBar().insertMenu(before, self.menu)
        self.retranslate()

    def _action(self, shortcut: str | None, slot: Any) -> QAction:
        return window_action(self.window, shortcut, slot)

    def retranslate(self) -> None:
        self.menu.setTitle(QCoreApplication.translate("NewsletterSide", "News&letter"))
        word_actions(
            (
                (
                    self.new_action,
                    QCoreApplication.translate("NewsletterSide", "&New issue…"),
                    QCoreApplication.translate(
                        "NewsletterSide", "A draft of the newsletter for a period, pre-filled"
                    ),
                ),
                (
                    self.issues_action,
                    QCoreApplication.translate("NewsletterSide", "&Issues"),
                    QCoreApplication.translate(
                        "NewsletterSide",
                        "The newsletter's issues: compose, preview, publish, save",
                    ),
                ),
            )
        )

    def set_shown(self, shown: bool) -> None:
        self.menu.menuAction().setVisible(shown)
        for action in (self.new_action, self.issues_action):
            action.setEnabled(shown)

    def show_issues(self) -> NewsletterView:
        self.window.autosaver.flush()
        self.view.reload()
        self.window.stack.setCurrentWidget(self.view)
        self.view.issue_list.setFocus(Qt.FocusReason.OtherFocusReason)
        return self.view

    def new_issue(self) -> NewIssueDialog:
        self.show_issues()
        return self.view.new_issue()

    def flush(self) -> bool:
        return self.view.flush()
