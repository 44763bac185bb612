"""MRA's public key in a partner's database: install it from its .pub file, see its
fingerprint (to compare with MRA by phone), remove it.

Shown in the settings and in the sync export dialog. Installing or removing takes effect
at once: it is not one of the settings saved with the dialog's Save button.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mra_desktop.core.database import Database
from mra_desktop.core.errors import MraError
from mra_desktop.core.sync import (
    KeyAlreadyInstalledError,
    PublicKey,
    install_recipient_key,
    installed_recipient_key,
    read_public_key,
    remove_recipient_key,
)
from mra_desktop.ui.dialogs import open_file_name
from mra_desktop.ui.messages import ERROR_STYLE, describe_error
from mra_desktop.ui.sentences import fill, ltr


class RecipientKeyWidget(QWidget):
    # MRA's key was installed or removed (the key now in use, or None)
    key_changed = Signal(object)

    def __init__(self, db: Database, parent: QWidget | None = None, removable: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("RecipientKey")
        self.db = db
        self.key: PublicKey | None = None
        self._problem = ""
        self.state_label = QLabel()
        self.state_label.setWordWrap(True)
        self.fingerprint_label = QLabel()
        self.fingerprint_label.setObjectName("Fingerprint")
        font = self.fingerprint_label.font()
        font.setBold(True)
        self.fingerprint_label.setFont(font)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()
        self.install_button = QPushButton()
        self.remove_button = QPushButton()
        self.remove_button.setVisible(removable)
        self._removable = removable
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.install_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.state_label)
        layout.addWidget(self.fingerprint_label)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
        self.install_button.clicked.connect(self.choose_key_file)
        self.remove_button.clicked.connect(self.remove_key)
        self.reload()

    def reload(self) -> None:
        try:
            self.key = installed_recipient_key(self.db)
            self._problem = ""
        except MraError as exc:  # a damaged key in the database: say so, allow replacing it
            self.key = None
            self._problem = describe_error(exc)
        self.retranslate()

    def retranslate(self) -> None:
        if self.key is not None:
            self.state_label.setText(
                QCoreApplication.translate(
                    "RecipientKey",
                    "Sync files are encrypted for MRA's key. Its fingerprint, to compare "
                    "with MRA's by phone:",
                )
            )
            self.fingerprint_label.setText(ltr(self.key.fingerprint))
            self.fingerprint_label.show()
        else:
            self.state_label.setText(
                fill(
                    QCoreApplication.translate(
                        "RecipientKey",
                        "MRA's key is not installed, so sync files cannot be encrypted. MRA "
                        "sends it as a file ending in %1.",
                    ),
                    ltr(".pub"),
                )
            )
            self.fingerprint_label.hide()
        if self._problem:
            self.error_label.setText(self._problem)
            self.error_label.show()
        self.install_button.setText(
            QCoreApplication.translate("RecipientKey", "&Install MRA's key…")
            if self.key is None
            else QCoreApplication.translate("RecipientKey", "Replace MRA's &key…")
        )
        self.remove_button.setText(QCoreApplication.translate("RecipientKey", "Re&move the key"))
        self.remove_button.setVisible(self._removable and self.key is not None)
        self.install_button.setAccessibleName(
            QCoreApplication.translate("RecipientKey", "Install MRA's public key from a file")
        )
        self.install_button.setToolTip(
            QCoreApplication.translate("RecipientKey", "Install MRA's public key from a file")
        )
        self.remove_button.setAccessibleName(
            QCoreApplication.translate("RecipientKey", "Remove MRA's public key")
        )
        self.fingerprint_label.setAccessibleName(
            QCoreApplication.translate("RecipientKey", "Fingerprint of MRA's key")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def choose_key_file(self) -> None:
        path = open_file_name(
            self,
            QCoreApplication.translate("RecipientKey", "MRA's public key"),
            "",
            [
                (QCoreApplication.translate("RecipientKey", "Public keys"), "*.pub"),
                (QCoreApplication.translate("RecipientKey", "All files"), "*"),
            ],
        )
        if path:
            self.install_from(path)

    def confirm_replace(self, installed: PublicKey, new: PublicKey) -> bool:
        """Ask before replacing the installed key, showing both fingerprints (tests
        replace this)."""
        answer = QMessageBox.warning(
            self,
            QCoreApplication.translate("RecipientKey", "Replace MRA's key?"),
            fill(QCoreApplication.translate(
                "RecipientKey",
                "Another MRA key is installed (fingerprint %1). The new key has the "
                "fingerprint %2. Replace it only if MRA gave you the new one: compare both "
                "with MRA by phone first.",
            ), ltr(installed.fingerprint), ltr(new.fingerprint)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def install_from(self, path: str) -> bool:
        try:
            key = read_public_key(path)
            try:
                install_recipient_key(self.db, key)
            except KeyAlreadyInstalledError:
                installed = installed_recipient_key(self.db)
                if installed is None or not self.confirm_replace(installed, key):
                    return False
                install_recipient_key(self.db, key, replace=True)
        except MraError as exc:
            self.error_label.setText(describe_error(exc))
            self.error_label.show()
            return False
        self.error_label.hide()
        self.reload()
        self.key_changed.emit(self.key)
        return True

    def remove_key(self) -> None:
        try:
            remove_recipient_key(self.db)
        except MraError as exc:
            self.error_label.setText(describe_error(exc))
            self.error_label.show()
            return
        self.error_label.hide()
        self.reload()
        self.key_changed.emit(self.key)
