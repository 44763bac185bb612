"""First run: the interface language, the organisation and the facilitator's name.

Shown when the database does not say which organisation it belongs to yet; what is
chosen is stored in the database (the language also in the user's settings), and can be
changed later in Settings. The language applies as soon as it is picked, so the rest of
the dialog reads in it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mra_desktop.core.errors import MraError
from mra_desktop.core.identity import database_identity
from mra_desktop.core.services import Services
from mra_desktop.ui import preferences
from mra_desktop.ui.i18n import apply_language
from mra_desktop.ui.messages import describe_error
from mra_desktop.ui.settings import ProfileForm


def needs_first_run(services: Services) -> bool:
    """True when the database does not say which (live) organisation it belongs to yet.

    A choice an earlier version kept in the user's settings is moved into the database
    first, and the language the database was given (``init --lang``) applies when the
    user has not chosen one here."""
    preferences.adopt_legacy_identity(services.db)
    language = preferences.adopt_database_language(services.db)
    app = QApplication.instance()
    if language is not None and app is not None:
        apply_language(app, language)
    return database_identity(services.db).organisation_id is None


class FirstRunDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("FirstRunDialog")
        self.services = services
        self.organisation_id: str | None = None
        self.welcome = QLabel()
        font = self.welcome.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.welcome.setFont(font)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.form = ProfileForm(services, self)
        self.form.language_chosen.connect(self._language_chosen)
        self.form.completeness_changed.connect(self._update_buttons)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.buttons = QDialogButtonBox()
        self.start_button = QPushButton()
        self.start_button.setDefault(True)
        self.quit_button = QPushButton()
        self.buttons.addButton(self.start_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.quit_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.welcome)
        layout.addWidget(self.intro)
        layout.addWidget(self.form)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.retranslate()
        self._update_buttons(self.form.is_complete())
        self.resize(600, self.sizeHint().height())
        self.form.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def retranslate(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("FirstRun", "Welcome to mra-desktop"))
        self.welcome.setText(QCoreApplication.translate("FirstRun", "Welcome"))
        self.intro.setText(
            QCoreApplication.translate(
                "FirstRun",
                "Before the first meeting, tell the program who you are. "
                "All of this can be changed later in Settings.",
            )
        )
        self.start_button.setText(QCoreApplication.translate("FirstRun", "&Start"))
        self.start_button.setAccessibleName(QCoreApplication.translate("FirstRun", "Start"))
        self.quit_button.setText(QCoreApplication.translate("FirstRun", "&Quit"))
        self.quit_button.setAccessibleName(QCoreApplication.translate("FirstRun", "Quit"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _language_chosen(self, lang: str) -> None:
        app = QApplication.instance()
        if app is not None:
            apply_language(app, lang)

    def _update_buttons(self, complete: bool) -> None:
        self.start_button.setEnabled(complete)

    def accept(self) -> None:
        try:
            self.organisation_id, _changes = self.form.save()
        except MraError as exc:
            self.error_label.setText(describe_error(exc))
            self.error_label.show()
            return
        super().accept()
