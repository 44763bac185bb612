"""Settings: interface language, the partner organisation, the facilitator's name.

:class:`ProfileForm` is shared with the first-run dialog. The interface language
switches as soon as it is chosen, so the rest of the dialog can be read in it; Cancel
switches back.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from mra_desktop.core.errors import MraError
from mra_desktop.core.identity import database_identity, set_identity
from mra_desktop.core.services import RecordChange, Services
from mra_desktop.ui import preferences
from mra_desktop.ui.device_identity import DeviceIdentityWidget
from mra_desktop.ui.i18n import LANGUAGE_NAMES, apply_language, current_language
from mra_desktop.ui.messages import describe_error
from mra_desktop.ui.recipient_key import RecipientKeyWidget
from mra_desktop.ui.text_direction import LineEdit


class ProfileForm(QWidget):
    """Language, organisation (chosen or new, and its details), facilitator's name."""

    # the user picked another interface language (its code)
    language_chosen = Signal(str)
    # the form became complete or incomplete
    completeness_changed = Signal(bool)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.language_combo = QComboBox()
        for code, name in LANGUAGE_NAMES.items():
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(
            max(0, self.language_combo.findData(current_language()))
        )
        self.organisation_combo = QComboBox()
        self.name_edit = LineEdit()
        self.name_edit.setMaxLength(200)
        self.city_edit = LineEdit()
        self.city_edit.setMaxLength(100)
        self.region_edit = LineEdit()
        self.region_edit.setMaxLength(100)
        self.facilitator_edit = LineEdit()
        self.facilitator_edit.setMaxLength(200)
        identity = database_identity(services.db)
        self.facilitator_edit.setText(identity.facilitator)

        self.labels = {
            key: QLabel()
            for key in ("language", "organisation", "name", "city", "region", "facilitator")
        }
        buddies = {
            "language": self.language_combo,
            "organisation": self.organisation_combo,
            "name": self.name_edit,
            "city": self.city_edit,
            "region": self.region_edit,
            "facilitator": self.facilitator_edit,
        }
        self.language_box = QGroupBox()
        language_form = QFormLayout(self.language_box)
        language_form.addRow(self.labels["language"], self.language_combo)
        self.organisation_box = QGroupBox()
        organisation_form = QFormLayout(self.organisation_box)
        for key in ("organisation", "name", "city", "region"):
            organisation_form.addRow(self.labels[key], buddies[key])
        self.facilitator_box = QGroupBox()
        facilitator_form = QFormLayout(self.facilitator_box)
        facilitator_form.addRow(self.labels["facilitator"], self.facilitator_edit)
        for key, widget in buddies.items():
            self.labels[key].setBuddy(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.language_box)
        layout.addWidget(self.organisation_box)
        layout.addWidget(self.facilitator_box)

        self._fill_organisations(identity.organisation_id)
        self.language_combo.currentIndexChanged.connect(
            lambda _i: self.language_chosen.emit(self.language_combo.currentData())
        )
        self.organisation_combo.currentIndexChanged.connect(self._organisation_picked)
        self.name_edit.textChanged.connect(
            lambda _t: self.completeness_changed.emit(self.is_complete())
        )
        self.retranslate()

    def _fill_organisations(self, chosen: str | None) -> None:
        self.organisation_combo.blockSignals(True)
        self.organisation_combo.clear()
        self.organisation_combo.addItem("", None)  # "a new organisation"; worded in retranslate
        for org in self.services.organisations.list():
            if org.demo or org.origin_import_id is not None:
                continue  # the demo data's, or a partner's brought by a sync file
            label = f"{org.name} ({org.city})" if org.city else org.name
            self.organisation_combo.addItem(label, org.id)
        index = self.organisation_combo.findData(chosen) if chosen else -1
        self.organisation_combo.setCurrentIndex(index if index > 0 else 0)
        self.organisation_combo.blockSignals(False)
        self._organisation_picked()

    def _organisation_picked(self) -> None:
        record_id = self.organisation_combo.currentData()
        if record_id is None:
            self.name_edit.clear()
            self.city_edit.clear()
            self.region_edit.clear()
        else:
            org = self.services.organisations.get(record_id)
            self.name_edit.setText(org.name)
            self.city_edit.setText(org.city)
            self.region_edit.setText(org.region)
        self.completeness_changed.emit(self.is_complete())

    def retranslate(self) -> None:
        self.language_box.setTitle(QCoreApplication.translate("Settings", "Interface"))
        self.organisation_box.setTitle(QCoreApplication.translate("Settings", "Your organisation"))
        self.facilitator_box.setTitle(QCoreApplication.translate("Settings", "You"))
        self.labels["language"].setText(
            QCoreApplication.translate("Settings", "Interface &language")
        )
        self.labels["organisation"].setText(QCoreApplication.translate("Settings", "&Organisation"))
        self.labels["name"].setText(QCoreApplication.translate("Settings", "&Name"))
        self.labels["city"].setText(QCoreApplication.translate("Settings", "&City"))
        self.labels["region"].setText(QCoreApplication.translate("Settings", "&Region"))
        self.labels["facilitator"].setText(
            QCoreApplication.translate("Settings", "&Facilitator's name")
        )
        self.organisation_combo.setItemText(
            0, QCoreApplication.translate("Settings", "A new organisation")
        )
        self.language_combo.setAccessibleName(
            QCoreApplication.translate("Settings", "Interface language")
        )
        self.organisation_combo.setAccessibleName(
            QCoreApplication.translate("Settings", "Organisation")
        )
        self.name_edit.setAccessibleName(
            QCoreApplication.translate("Settings", "Name of the organisation")
        )
        self.name_edit.setPlaceholderText(
            QCoreApplication.translate("Settings", "e.g. the partner association's name")
        )
        self.city_edit.setAccessibleName(
            QCoreApplication.translate("Settings", "City of the organisation")
        )
        self.region_edit.setAccessibleName(
            QCoreApplication.translate("Settings", "Region of the organisation")
        )
        self.facilitator_edit.setAccessibleName(
            QCoreApplication.translate("Settings", "Facilitator's name")
        )
        self.facilitator_edit.setPlaceholderText(
            QCoreApplication.translate("Settings", "Written on every new meeting")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- results -----------------------------------------------------------------------
    def language(self) -> str:
        return str(self.language_combo.currentData())

    def is_complete(self) -> bool:
        return bool(self.name_edit.text().strip())

    def save(self) -> tuple[str, list[RecordChange]]:
        """Store the organisation (new or edited), make it the database's own with the
        facilitator's name and the language, and keep the language for this user too;
        returns the organisation's id."""
        values = {
            "name": self.name_edit.text().strip(),
            "city": self.city_edit.text().strip(),
            "region": self.region_edit.text().strip(),
        }
        record_id = self.organisation_combo.currentData()
        if record_id is None:
            change = self.services.organisations.create(**values)
        else:
            change = self.services.organisations.update(record_id, **values)
        set_identity(
            self.services.db,
            change.record_id,
            facilitator=self.facilitator_edit.text(),
            language=self.language(),
        )
        preferences.set_interface_language(self.language())
        return change.record_id, [change] if change.changed else []


class SettingsDialog(QDialog):
    # saved: the organisation and facilitator may have changed (RecordChange list)
    settings_saved = Signal(object)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SettingsDialog")
        self.services = services
        self._original_language = current_language()
        self.form = ProfileForm(services, self)
        self.form.language_chosen.connect(self._language_chosen)
        self.form.completeness_changed.connect(self._update_buttons)

        # MRA's public key (sync files are encrypted to it); installed or removed at once
        self.sync_box = QGroupBox()
        self.sync_box.setObjectName("SyncSettings")
        self.sync_layout = QVBoxLayout(self.sync_box)
        self.recipient_key = RecipientKeyWidget(services.db, self.sync_box)
        self.sync_layout.addWidget(self.recipient_key)

        # this computer: the fingerprint MRA compares, and its identity card
        self.device_box = QGroupBox()
        self.device_box.setObjectName("DeviceSettings")
        device_layout = QVBoxLayout(self.device_box)
        self.device_identity = DeviceIdentityWidget(services.db, self.device_box)
        device_layout.addWidget(self.device_identity)

        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.sync_box)
        layout.addWidget(self.device_box)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.retranslate()
        self._update_buttons(self.form.is_complete())
        self.resize(560, self.sizeHint().height())

    def retranslate(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("Settings", "Settings"))
        self.sync_box.setTitle(QCoreApplication.translate("Settings", "Sending to MRA"))
        self.device_box.setTitle(QCoreApplication.translate("Settings", "This computer"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _language_chosen(self, lang: str) -> None:
        app = QApplication.instance()
        if app is not None:
            apply_language(app, lang)

    def _update_buttons(self, complete: bool) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(complete)

    def accept(self) -> None:
        try:
            _record_id, changes = self.form.save()
        except MraError as exc:
            self.error_label.setText(describe_error(exc))
            self.error_label.show()
            return
        self.device_identity.reload()
        self.settings_saved.emit(changes)
        super().accept()

    def reject(self) -> None:
        if current_language() != self._original_language:
            self._language_chosen(self._original_language)
        super().reject()
