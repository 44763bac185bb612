"""MRA's Partners screen: enrol a partner's device from its identity card, see the enrolled
devices, revoke one.

A card comes by dropping it on the screen or through "Choose a card…". It is read as the
untrusted file it is (a refusal is one sentence); what it says is then shown with its
fingerprint in large type, to be read to the partner over the phone, and nothing is
enrolled until "Enrol this device" is pressed. Revoking asks first: a revoked device's
files are refused from then on (what it sent before stays).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mra_desktop.core.database import Database
from mra_desktop.core.errors import MraError
from mra_desktop.core.sync import (
    IdentityCard,
    PartnerView,
    enrol,
    list_partners,
    read_card,
    revoke,
)
from mra_desktop.core.text import shown
from mra_desktop.ui.file_drop import FileDropTarget
from mra_desktop.ui.i18n import current_language, format_date
from mra_desktop.ui.look import drop_zone, heading
from mra_desktop.ui.messages import ERROR_STYLE, describe_error
from mra_desktop.ui.sentences import fill, ltr

REVOKED_COLOUR = "#b00020"


def card_refusal(error: MraError) -> str:
    """A refused card in the interface language (the core's sentence stays in the
    tooltip)."""
    if current_language() == "en":
        return error.message
    return describe_error(error)


class PartnersScreen(FileDropTarget, QWidget):
    """File ▸ Partners…"""

    # a device was enrolled or revoked
    partners_changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PartnersScreen")
        self.setAcceptDrops(True)
        self.db = db
        self.card: IdentityCard | None = None
        self.partners: list[PartnerView] = []

        self.heading = heading(scale=1.3)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.drop_label = drop_zone("CardDropZone")
        self.choose_button = QPushButton()
        self.choose_button.setObjectName("ChooseCard")
        top = QHBoxLayout()
        top.addWidget(self.drop_label, 1)
        top.addWidget(self.choose_button)

        # the card read, waiting for the phone call
        self.card_box = QGroupBox()
        self.card_box.setObjectName("CardToEnrol")
        self.card_details = QLabel()
        self.card_details.setWordWrap(True)
        self.card_details.setTextFormat(Qt.TextFormat.PlainText)
        self.fingerprint_label = QLabel()
        self.fingerprint_label.setObjectName("CardFingerprint")
        self.fingerprint_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.fingerprint_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
        )
        big = self.fingerprint_label.font()
        big.setPointSizeF(big.pointSizeF() * 2.4)
        big.setBold(True)
        self.fingerprint_label.setFont(big)
        self.phone_label = QLabel()
        self.phone_label.setWordWrap(True)
        self.enrol_button = QPushButton()
        self.enrol_button.setObjectName("EnrolDevice")
        self.discard_button = QPushButton()
        card_buttons = QHBoxLayout()
        card_buttons.addWidget(self.enrol_button)
        card_buttons.addWidget(self.discard_button)
        card_buttons.addStretch(1)
        card_layout = QVBoxLayout(self.card_box)
        card_layout.addWidget(self.card_details)
        card_layout.addWidget(self.fingerprint_label)
        card_layout.addWidget(self.phone_label)
        card_layout.addLayout(card_buttons)
        self.card_box.hide()

        self.message_label = QLabel()
        self.message_label.setObjectName("PartnersMessage")
        self.message_label.setWordWrap(True)
        self.message_label.hide()

        self.table = QTableWidget(0, 6)
        self.table.setObjectName("EnrolledDevices")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.revoke_button = QPushButton()
        self.revoke_button.setObjectName("RevokeDevice")
        self.revoke_button.setEnabled(False)
        bottom = QHBoxLayout()
        bottom.addWidget(self.revoke_button)
        bottom.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addLayout(top)
        layout.addWidget(self.card_box)
        layout.addWidget(self.message_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

        self.choose_button.clicked.connect(self.choose_card)
        self.enrol_button.clicked.connect(self.enrol_card)
        self.discard_button.clicked.connect(self.discard_card)
        self.revoke_button.clicked.connect(self.revoke_selected)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.retranslate()
        self.refresh()

    # -- words -------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.heading.setText(QCoreApplication.translate("Partners", "Partner devices"))
        self.intro.setText(
            QCoreApplication.translate(
                "Partners",
                "MRA imports only the sync files signed by a device enrolled here, and only "
                "the records of the organisation it was enrolled for. Each partner sends the "
                "identity card of its computer (Settings ▸ This computer).",
            )
        )
        self.drop_label.setText(
            QCoreApplication.translate(
                "Partners", "Drop a partner's identity card (.mraid) here, or choose it."
            )
        )
        self.choose_button.setText(QCoreApplication.translate("Partners", "C&hoose a card…"))
        self.choose_button.setAccessibleName(
            QCoreApplication.translate("Partners", "Choose a partner's identity card")
        )
        self.card_box.setTitle(QCoreApplication.translate("Partners", "Card to enrol"))
        self.phone_label.setText(
            QCoreApplication.translate(
                "Partners",
                "Call the partner and read this fingerprint aloud; enrol the device only if "
                "it is exactly the one their Settings show. The card may have been changed "
                "on its way.",
            )
        )
        self.enrol_button.setText(
            QCoreApplication.translate("Partners", "&Enrol this device (the fingerprints match)")
        )
        self.discard_button.setText(QCoreApplication.translate("Partners", "&Do not enrol"))
        self.fingerprint_label.setAccessibleName(
            QCoreApplication.translate("Partners", "Fingerprint of the card")
        )
        self.revoke_button.setText(QCoreApplication.translate("Partners", "&Revoke this device…"))
        self.revoke_button.setToolTip(
            QCoreApplication.translate(
                "Partners",
                "Refuse the chosen device's files from now on (a stolen laptop, a "
                "facilitator who left)",
            )
        )
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("Partners", "Organisation"),
                QCoreApplication.translate("Partners", "Fingerprint"),
                QCoreApplication.translate("Partners", "Enrolled on"),
                QCoreApplication.translate("Partners", "Last import"),
                QCoreApplication.translate("Partners", "Imports"),
                QCoreApplication.translate("Partners", "State"),
            ]
        )
        self.table.setAccessibleName(
            QCoreApplication.translate("Partners", "Enrolled partner devices")
        )
        self._show_card()
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- cards -------------------------------------------------------------------------
    def choose_card(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("Partners", "A partner's identity card"),
            "",
            QCoreApplication.translate("Partners", "Identity cards (*.mraid);;All files (*)"),
        )
        if path:
            self.open_card(Path(path))

    def files_dropped(self, paths: list[Path]) -> None:
        self.open_card(paths[0])

    def open_card(self, path: Path) -> bool:
        """Read a card and show it for the phone call; nothing is enrolled yet."""
        try:
            self.card = read_card(path)
        except MraError as exc:
            self.card = None
            self._show_card()
            self._say(card_refusal(exc), error=True, details=exc.message)
            return False
        self.message_label.hide()
        self._show_card()
        self.enrol_button.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def _show_card(self) -> None:
        card = self.card
        self.card_box.setVisible(card is not None)
        if card is None:
            return
        self.card_details.setText(
            fill(QCoreApplication.translate(
                "Partners", "Organisation: %1\nOrganisation id: %2\nDevice: %3"
            ), shown(card.organisation_name), ltr(card.organisation_id), ltr(card.device_id))
        )
        self.fingerprint_label.setText(ltr(card.fingerprint))

    def discard_card(self) -> None:
        self.card = None
        self._show_card()

    def enrol_card(self) -> bool:
        card = self.card
        if card is None:
            return False
        try:
            result = enrol(self.db, card)
        except MraError as exc:
            self._say(card_refusal(exc), error=True, details=exc.message)
            return False
        self.card = None
        self._show_card()
        partner = result.partner
        if result.already:
            sentence = QCoreApplication.translate(
                "Partners", "This device of %1 was already enrolled; nothing changed."
            )
        else:
            sentence = QCoreApplication.translate(
                "Partners", "Enrolled: a device of %1. Its signed files can now be imported."
            )
        self._say(fill(sentence, partner.organisation_name), error=False)
        self.refresh()
        self.partners_changed.emit()
        return True

    # -- the list ------------------------------------------------------------------------
    def refresh(self) -> None:
        try:
            self.partners = list_partners(self.db)
        except MraError as exc:
            self.partners = []
            self._say(describe_error(exc), error=True, details=exc.message)
        self._fill()

    def _fill(self) -> None:
        table = self.table
        table.setRowCount(len(self.partners))
        for row, partner in enumerate(self.partners):
            if partner.revoked_at is not None:
                state = fill(
                    QCoreApplication.translate("Partners", "Revoked on %1"),
                    format_date(partner.revoked_at.date()),
                )
            else:
                state = QCoreApplication.translate("Partners", "Enrolled")
            values = [
                partner.organisation_name,
                ltr(partner.fingerprint),
                format_date(partner.enrolled_at.date()),
                format_date(partner.last_import_at.date()) if partner.last_import_at else "—",
                str(partner.imports),
                state,
            ]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column == 0:
                    item.setToolTip(f"{partner.organisation_id} · {partner.device_id}")
                if partner.revoked_at is not None:
                    item.setForeground(QColor(REVOKED_COLOUR))
                table.setItem(row, column, item)
        self._update_buttons()

    def selected_partner(self) -> PartnerView | None:
        rows = {index.row() for index in self.table.selectedIndexes()}
        if len(rows) != 1:
            return None
        row = rows.pop()
        return self.partners[row] if 0 <= row < len(self.partners) else None

    def _update_buttons(self) -> None:
        chosen = self.selected_partner()
        self.revoke_button.setEnabled(chosen is not None and chosen.revoked_at is None)

    def confirm_revoke(self, partner: PartnerView) -> bool:
        """Ask before revoking (tests replace this)."""
        answer = QMessageBox.warning(
            self,
            QCoreApplication.translate("Partners", "Revoke this device?"),
            fill(QCoreApplication.translate(
                "Partners",
                "Revoke the device of %1 with the fingerprint %2? Its files will be refused "
                "from now on; what it sent before stays. A revoked device cannot be "
                "enrolled again: the partner will have to make a new key.",
            ), partner.organisation_name, ltr(partner.fingerprint)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def revoke_selected(self) -> bool:
        partner = self.selected_partner()
        if partner is None or partner.revoked_at is not None:
            return False
        if not self.confirm_revoke(partner):
            return False
        try:
            revoke(self.db, partner.fingerprint)
        except MraError as exc:
            self._say(describe_error(exc), error=True, details=exc.message)
            return False
        self._say(
            fill(QCoreApplication.translate(
                "Partners", "Revoked: the device of %1. Its files are refused from now on."
            ), partner.organisation_name),
            error=False,
        )
        self.refresh()
        self.partners_changed.emit()
        return True

    def _say(self, text: str, *, error: bool, details: str = "") -> None:
        self.message_label.setText(text)
        self.message_label.setToolTip(details)
        self.message_label.setStyleSheet(ERROR_STYLE if error else "")
        self.message_label.show()
