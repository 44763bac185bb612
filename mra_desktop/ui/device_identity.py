"""This device in Settings: the fingerprint of its signing key, and its identity card.

MRA enrols each partner device once from its identity card, after comparing the
fingerprint by phone; from then on MRA trusts the sync files this device signs. The
card holds nothing secret (the private key never leaves the database).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mra_desktop.core.database import Database
from mra_desktop.core.errors import MraError
from mra_desktop.core.identity import database_identity
from mra_desktop.core.sync import device_card, write_device_card
from mra_desktop.core.sync.cards import CARD_SUFFIX
from mra_desktop.ui.jobs import documents_folder, safe_file_name
from mra_desktop.ui.messages import ERROR_STYLE
from mra_desktop.ui.sentences import fill, ltr


class DeviceIdentityWidget(QWidget):
    """The device's fingerprint, shown large, and "Save the identity card…"."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DeviceIdentity")
        self.db = db
        self.fingerprint = ""
        self.state_label = QLabel()
        self.state_label.setWordWrap(True)
        self.fingerprint_label = QLabel()
        self.fingerprint_label.setObjectName("DeviceFingerprint")
        self.fingerprint_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.fingerprint_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.fingerprint_label.setFont(font)
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.hide()
        self.save_button = QPushButton()
        self.save_button.setObjectName("SaveIdentityCard")
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.state_label)
        layout.addWidget(self.fingerprint_label)
        layout.addLayout(buttons)
        layout.addWidget(self.message_label)
        self.save_button.clicked.connect(self.choose_card_file)
        self.reload()

    def reload(self) -> None:
        try:
            self.fingerprint = device_card(self.db).fingerprint
        except MraError:  # no organisation yet: the first run has not been completed
            self.fingerprint = ""
        self.retranslate()

    def retranslate(self) -> None:
        if self.fingerprint:
            self.state_label.setText(
                QCoreApplication.translate(
                    "DeviceIdentity",
                    "Sync files from this computer are signed with its own key. MRA enrols "
                    "this computer once from its identity card; read this fingerprint to MRA "
                    "by phone when they do:",
                )
            )
            self.fingerprint_label.setText(ltr(self.fingerprint))
        else:
            self.state_label.setText(
                QCoreApplication.translate(
                    "DeviceIdentity",
                    "Choose your organisation first: the identity card names it.",
                )
            )
            self.fingerprint_label.clear()
        self.fingerprint_label.setVisible(bool(self.fingerprint))
        self.save_button.setEnabled(bool(self.fingerprint))
        self.save_button.setText(
            QCoreApplication.translate("DeviceIdentity", "&Save the identity card…")
        )
        self.save_button.setToolTip(
            QCoreApplication.translate(
                "DeviceIdentity", "Save this computer's identity card, to send to MRA"
            )
        )
        self.save_button.setAccessibleName(
            QCoreApplication.translate("DeviceIdentity", "Save the identity card")
        )
        self.fingerprint_label.setAccessibleName(
            QCoreApplication.translate("DeviceIdentity", "Fingerprint of this computer")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def suggested_path(self) -> str:
        name = database_identity(self.db).organisation_name or "identity"
        return str(documents_folder() / (safe_file_name(name) + CARD_SUFFIX))

    def choose_card_file(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("DeviceIdentity", "Save the identity card as"),
            self.suggested_path(),
            QCoreApplication.translate("DeviceIdentity", "Identity cards (*.mraid)"),
        )
        if path:
            if not path.lower().endswith(CARD_SUFFIX):
                path += CARD_SUFFIX
            self.save_to(path)

    def save_to(self, path: str) -> bool:
        try:
            written, _card = write_device_card(self.db, path)
        except MraError as exc:
            self.message_label.setText(exc.message)
            self.message_label.setStyleSheet(ERROR_STYLE)
            self.message_label.show()
            return False
        self.message_label.setText(
            fill(QCoreApplication.translate(
                "DeviceIdentity",
                "Saved to %1. Send it to MRA, then compare the fingerprint by phone.",
            ), written)
        )
        self.message_label.setStyleSheet("")
        self.message_label.show()
        return True
