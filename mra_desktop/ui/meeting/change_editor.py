"""The detail of one change: every field of a precise change, from the catalogue, autosaved.

Labels and one-line help come from the catalogue's ``change_fields`` in the meeting's
language (they are the fiche's questions, read aloud); headings of the interface follow
the interface language.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from mra_desktop.core import models as m
from mra_desktop.core.errors import NotFoundError
from mra_desktop.ui.meeting.context import (
    FocusFlusher,
    MeetingContext,
    combo_code,
    fill_combo,
    scaled_font,
)
from mra_desktop.ui.meeting.precision import missing_in_values
from mra_desktop.ui.meeting.widgets import TextField
from mra_desktop.ui.sentences import fill, ltr, shortcut_text
from mra_desktop.ui.text_direction import LineEdit

# fields edited with a choice among the catalogue's codes: field -> vocabulary
_CHOICES = {
    "change_kind": "change_kind",
    "level": "level",
    "ongoing": "ongoing",
    "change_class": "change_class",
}
_NULLABLE = {"change_kind", "level", "change_class"}


class ChangeEditor(QWidget):
    # the facilitator asked to go back to the list (Esc)
    leave_requested = Signal()

    def __init__(
        self, context: MeetingContext, flusher: FocusFlusher, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.context = context
        self.flusher = flusher
        self.change_id: str | None = None
        self._loading = False
        protocol = context.protocol

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel()
        self.heading.setFont(scaled_font(self.heading, 1.1, bold=True))
        self.precision = QLabel()
        self.precision.setWordWrap(True)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        outer.addWidget(self.heading)
        outer.addWidget(self.precision)
        outer.addWidget(self.empty)

        self.scroll = QScrollArea()
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.form = QWidget()
        form = QVBoxLayout(self.form)
        self.scroll.setWidget(self.form)
        outer.addWidget(self.scroll, 1)

        # sector and sub-theme first: they decide where the change goes in the report
        row = QGridLayout()
        self.sector_label = QLabel()
        self.sector = QComboBox()
        self.subtheme_label = QLabel()
        self.subtheme = QComboBox()
        self.sector.setObjectName("change_sector")
        self.subtheme.setObjectName("change_subtheme")
        self.sector_label.setBuddy(self.sector)
        self.subtheme_label.setBuddy(self.subtheme)
        # one above the other, each as wide as the zone: a sector's or a sub-theme's name
        # is shown whole ("Law enforcement (Police and Royal Gendarmerie)")
        row.addWidget(self.sector_label, 0, 0)
        row.addWidget(self.sector, 0, 1)
        row.addWidget(self.subtheme_label, 1, 0)
        row.addWidget(self.subtheme, 1, 1)
        row.setColumnStretch(1, 1)
        form.addLayout(row)
        self.sector.currentIndexChanged.connect(self._sector_chosen)
        self.subtheme.currentIndexChanged.connect(
            lambda _i: self._choice("subtheme", combo_code(self.subtheme))
        )

        self.fields: dict[str, QWidget] = {}
        self.labels: dict[str, QLabel] = {}
        self.obligation_buttons: dict[str, QPushButton] = {}
        for spec in protocol.change_fields():
            name = spec["field"]
            label_text = context.words(spec["label"])
            help_text = context.words(spec["help"])
            label = QLabel(label_text)
            label.setWordWrap(True)
            label.setFont(scaled_font(label, 1.0, bold=bool(spec.get("precision"))))
            editor = self._make_editor(name, help_text)
            editor.setToolTip(help_text)
            editor.setAccessibleName(label_text)
            editor.setAccessibleDescription(help_text)
            editor.setObjectName(f"change_{name}")
            if name != "obligations":
                label.setBuddy(editor)
            self.fields[name] = editor
            self.labels[name] = label
            form.addWidget(label)
            form.addWidget(editor)
        # the partner's consent for MRA's newsletter (mra_desktop.core.newsletter.consent)
        self.consent_heading = QLabel()
        self.consent_heading.setFont(scaled_font(self.consent_heading, 1.0, bold=True))
        self.quote_check = QCheckBox()
        self.quote_check.setObjectName("change_may_be_quoted")
        self.quote_help = QLabel()
        self.anonymise_check = QCheckBox()
        self.anonymise_check.setObjectName("change_anonymise")
        self.anonymise_help = QLabel()
        for widget in (self.consent_heading, self.quote_check, self.quote_help,
                       self.anonymise_check, self.anonymise_help):
            form.addWidget(widget)
        for help_label in (self.quote_help, self.anonymise_help):
            help_label.setWordWrap(True)
            help_label.setEnabled(False)  # drawn as a quiet note under its box
        self.quote_check.toggled.connect(lambda on: self._choice("may_be_quoted", bool(on)))
        self.anonymise_check.toggled.connect(lambda on: self._choice("anonymise", bool(on)))
        self.flusher.watch(self.quote_check, self.anonymise_check)
        self.quote_check.installEventFilter(self)
        self.anonymise_check.installEventFilter(self)
        form.addStretch(1)
        self.flusher.watch(
            self.sector, self.subtheme, *self.fields.values(), *self.obligation_buttons.values()
        )
        for widget in self.fields.values():
            widget.installEventFilter(self)
        for combo in self.findChildren(QComboBox):
            # long catalogue words must not widen the zone: the popup shows them whole
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(12)
        self.retranslate()
        self.show_change(None, force=True)

    # -- building ----------------------------------------------------------------------------
    def _make_editor(self, name: str, help_text: str) -> QWidget:
        if name == "title":
            line = LineEdit()
            line.setMaxLength(200)
            line.setPlaceholderText(help_text)
            line.textEdited.connect(lambda text: self._text("title", text))
            return line
        if name in _CHOICES:
            combo = QComboBox()
            combo.currentIndexChanged.connect(
                lambda _i, n=name, c=combo: self._choice(n, combo_code(c))
            )
            entries: list[tuple[str | None, str]] = [(None, "—")] if name in _NULLABLE else []
            entries += [
                (entry["code"], self.context.words(entry["label"]))
                for entry in self.context.protocol.vocabulary(_CHOICES[name])
            ]
            fill_combo(combo, entries, None)
            return combo
        if name == "obligations":
            box = QWidget()
            layout = QGridLayout(box)
            layout.setContentsMargins(0, 0, 0, 0)
            for number, code in enumerate(self.context.protocol.codes("obligations")):
                entry = self.context.protocol.obligation(code)
                button = QPushButton(self.context.words(entry["label"]))
                button.setCheckable(True)
                button.setToolTip(self.context.words(entry["title"]))
                button.setAccessibleName(self.context.words(entry["label"]))
                button.setObjectName(f"obligation_{code}")
                button.toggled.connect(self._obligations_toggled)
                self.obligation_buttons[code] = button
                layout.addWidget(button, number // 3, number % 3)
            box.setFocusProxy(next(iter(self.obligation_buttons.values())))
            return box
        if name == "covid":
            check = QCheckBox()
            check.toggled.connect(lambda on: self._choice("covid", bool(on)))
            return check
        text = TextField(3)
        text.setPlaceholderText(help_text)
        text.textChanged.connect(lambda n=name, t=text: self._text(n, t.toPlainText()))
        return text

    def retranslate(self) -> None:
        self.heading.setText(QCoreApplication.translate("ChangeEditor", "The change, precisely"))
        self.empty.setText(
            fill(
                QCoreApplication.translate(
                    "ChangeEditor",
                    "Capture a change (type it and press %1), then describe it here.",
                ),
                shortcut_text("Enter"),
            )
        )
        self.sector_label.setText(QCoreApplication.translate("ChangeEditor", "Sec&tor"))
        self.subtheme_label.setText(QCoreApplication.translate("ChangeEditor", "Su&b-theme"))
        self.sector.setAccessibleName(
            QCoreApplication.translate("ChangeEditor", "Sector of the change")
        )
        self.subtheme.setAccessibleName(
            QCoreApplication.translate("ChangeEditor", "Sub-theme of the change")
        )
        covid = self.fields.get("covid")
        if isinstance(covid, QCheckBox):
            covid.setText(QCoreApplication.translate("ChangeEditor", "Yes"))
        self.consent_heading.setText(
            QCoreApplication.translate("ChangeEditor", "Consent to publish")
        )
        self.quote_check.setText(
            QCoreApplication.translate("ChangeEditor", "May be &quoted in MRA's newsletter")
        )
        self.quote_help.setText(
            QCoreApplication.translate(
                "ChangeEditor", "The people concerned agreed that MRA may publish this change."
            )
        )
        self.anonymise_check.setText(QCoreApplication.translate("ChangeEditor", "Anon&ymise"))
        self.anonymise_help.setText(
            QCoreApplication.translate(
                "ChangeEditor",
                "Names of people are left out; the place is given only as precisely as the "
                "level above.",
            )
        )
        for check, help_label in (
            (self.quote_check, self.quote_help),
            (self.anonymise_check, self.anonymise_help),
        ):
            check.setAccessibleDescription(help_label.text())
        self._update_precision()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- showing a change ----------------------------------------------------------------------
    def show_change(self, change_id: str | None, force: bool = False) -> None:
        if change_id == self.change_id and not force:
            return
        change: m.Change | None = None
        if change_id is not None:
            try:
                change = self.context.services.changes.get(change_id, include_deleted=False)
            except NotFoundError:
                change = None
        self.change_id = change.id if change is not None else None
        self.scroll.setVisible(change is not None)
        self.precision.setVisible(change is not None)
        self.empty.setVisible(change is None)
        if change is None:
            return
        self._loading = True
        try:
            self._load(change)
        finally:
            self._loading = False
        self._update_precision()

    def _load(self, change: m.Change) -> None:
        sectors = list(dict.fromkeys([*self.context.sector_codes(), change.sector]))
        fill_combo(
            self.sector, [(c, self.context.label("sector", c)) for c in sectors], change.sector
        )
        self._fill_subthemes(change.sector, change.subtheme)
        for name, widget in self.fields.items():
            value = getattr(change, name)
            if isinstance(widget, QLineEdit):
                widget.setText(value or "")
                widget.setCursorPosition(0)
            elif isinstance(widget, TextField):
                widget.set_text_quietly(value or "")
            elif isinstance(widget, QComboBox):
                index = widget.findData(value) if value is not None else 0
                widget.blockSignals(True)
                widget.setCurrentIndex(max(index, 0))
                widget.blockSignals(False)
            elif isinstance(widget, QCheckBox):
                widget.blockSignals(True)
                widget.setChecked(bool(value))
                widget.blockSignals(False)
        for code, button in self.obligation_buttons.items():
            button.blockSignals(True)
            button.setChecked(code in (change.obligations or []))
            button.blockSignals(False)
        self._mark_obligations()
        for check, value in (
            (self.quote_check, change.may_be_quoted),
            (self.anonymise_check, change.anonymise),
        ):
            check.blockSignals(True)
            check.setChecked(bool(value))
            check.blockSignals(False)

    def _fill_subthemes(self, sector: str, current: str | None) -> None:
        entries: list[tuple[str | None, str]] = [(None, "—")]
        entries += [
            (entry["code"], self.context.words(entry["label"]))
            for entry in self.context.protocol.subthemes(sector)
        ]
        fill_combo(self.subtheme, entries, current)

    def focus_field(self, name: str) -> None:
        widget = {"sector": self.sector, "subtheme": self.subtheme}.get(name) or self.fields.get(
            name
        )
        if widget is None:
            return
        if name == "obligations":
            widget = next(iter(self.obligation_buttons.values()))
        if isinstance(widget, TextField):
            widget.focus_at_end()
        else:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
        self.scroll.ensureWidgetVisible(widget, 20, 60)
        label = self.labels.get(name)
        if label is not None:
            self.scroll.ensureWidgetVisible(label, 20, 20)

    def values(self) -> dict[str, Any]:
        """What the fields show now (ahead of the database while typing)."""
        result: dict[str, Any] = {}
        for name, widget in self.fields.items():
            if isinstance(widget, QLineEdit):
                result[name] = widget.text()
            elif isinstance(widget, TextField):
                result[name] = widget.toPlainText()
            elif isinstance(widget, QComboBox):
                result[name] = combo_code(widget)
            elif isinstance(widget, QCheckBox):
                result[name] = widget.isChecked()
        result["obligations"] = [c for c, b in self.obligation_buttons.items() if b.isChecked()]
        return result

    # -- edits ---------------------------------------------------------------------------------
    def _text(self, name: str, value: str) -> None:
        if self._loading or self.change_id is None:
            return
        if name == "title" and not value.strip():
            return  # a change keeps its last title rather than none
        self.context.set_field("change", self.change_id, name, value)
        self._update_precision()

    def _choice(self, name: str, value: Any) -> None:
        if self._loading or self.change_id is None:
            return
        self.context.set_field("change", self.change_id, name, value)
        self.context.flush()  # a choice is one gesture: store it now
        self._update_precision()

    def _sector_chosen(self, _index: int) -> None:
        if self._loading or self.change_id is None:
            return
        sector = combo_code(self.sector)
        if sector is None:
            return
        current = combo_code(self.subtheme)
        codes = [e["code"] for e in self.context.protocol.subthemes(sector)]
        keep = current if current in codes else None
        self._fill_subthemes(sector, keep)
        self.context.set_field("change", self.change_id, "sector", sector)
        self.context.set_field("change", self.change_id, "subtheme", keep)
        self.context.flush()

    def _mark_obligations(self) -> None:
        for code, button in self.obligation_buttons.items():
            label = self.context.words(self.context.protocol.obligation(code)["label"])
            button.setText(f"✓ {label}" if button.isChecked() else label)

    def _obligations_toggled(self, _on: bool) -> None:
        self._mark_obligations()
        codes = [c for c, b in self.obligation_buttons.items() if b.isChecked()]
        self._choice("obligations", codes)

    def _update_precision(self) -> None:
        if self.change_id is None:
            return
        asked = len(self.context.protocol.precision_fields())
        missing = missing_in_values(self.values(), self.context.protocol)
        text = QCoreApplication.translate(
            "ChangeEditor", "Answers %1 of the %2 questions of the fiche"
        )
        self.precision.setText(fill(text, ltr(asked - len(missing)), ltr(asked)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
            and not event.modifiers()
        ):
            self.leave_requested.emit()
            return True
        return False
