"""One received change, read-only, with every field of a precise change, its meeting, and
MRA's exemplary flag (the only thing MRA writes about it)."""

from __future__ import annotations

import unicodedata
from html import escape

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from mra_desktop.core import models as m
from mra_desktop.core.consolidation import is_exemplary, set_exemplary
from mra_desktop.core.database import Database
from mra_desktop.core.protocol import load_protocol, pick
from mra_desktop.ui.i18n import current_language, format_date, word
from mra_desktop.ui.mra.widgets import person_name
from mra_desktop.ui.mra.words import subtheme_word
from mra_desktop.ui.sentences import join_list

_WORDS = {
    "change_kind": "change_kind",
    "level": "level",
    "ongoing": "ongoing",
    "change_class": "change_class",
}


def _direction(text: str) -> str:
    """``rtl`` or ``ltr`` after the text's first strong letter, so that a French or English
    paragraph keeps its full stop at its end under an Arabic interface (and the reverse)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return "rtl"
        if kind == "L":
            return "ltr"
    return "rtl" if current_language() == "ar" else "ltr"


def _p(text: str, *, bold: str = "", tag: str = "p") -> str:
    """One paragraph (a heading in bold before it when given), in its own direction."""
    body = escape(text).replace("\n", "<br>")
    if bold:
        label = escape(bold)
        return (
            f'<p dir="{_direction(bold)}"><b>{label}</b></p>'
            f'<p dir="{_direction(text)}">{body}</p>'
        )
    return f'<{tag} dir="{_direction(text)}">{body}</{tag}>'


def change_html(db: Database, change_id: str) -> str:
    """The change as a small HTML page: its meeting, then each field that has a value."""
    with db.session() as session:
        change = session.get(m.Change, change_id)
        if change is None:
            return ""
        meeting = session.get(m.Meeting, change.meeting_id)
        organisation = session.get(m.Organisation, meeting.organisation_id) if meeting else None
    lang = current_language()
    parts = [_p(change.title, tag="h3")]
    if meeting is not None:
        place = join_list((meeting.city, meeting.region), typed=True)
        parts.append(_p(meeting.title, tag="p"))
        parts.append(
            _p(" · ".join(p for p in (organisation.name if organisation else "", place) if p))
        )
        parts.append(_p(format_date(meeting.date, long=True)))
    parts.append(
        _p(f"{word('sector', change.sector)} — {subtheme_word(change.sector, change.subtheme)}")
    )
    for spec in load_protocol().change_fields():
        name = spec["field"]
        if name == "title":
            continue
        value = getattr(change, name)
        if name in _WORDS:
            shown = value and not (name == "ongoing" and value == "unknown")
            text = word(_WORDS[name], value) if shown else ""
        elif name == "obligations":
            text = join_list(word("obligation", o) for o in value or [])
        elif name == "covid":
            text = QCoreApplication.translate("MraChange", "Yes") if value else ""
        else:
            text = str(value or "").strip()
        if text:
            parts.append(_p(text, bold=pick(spec["label"], lang)))
    if change.msc_selected:
        title = QCoreApplication.translate(
            "MraChange", "Chosen by the meeting as its most significant change"
        )
        parts.append(_p(change.msc_reason, bold=title))
    return "".join(parts)


class ChangeDialog(QDialog):
    """A received change, read-only (not modal: several can stay open)."""

    # the user asked to open the change's meeting (its id)
    meeting_requested = Signal(str)
    # the exemplary flag was changed (the change's id)
    flag_changed = Signal(str)

    def __init__(self, db: Database, change_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ChangeDialog")
        self.db = db
        self.change_id = change_id
        with db.session() as session:
            change = session.get(m.Change, change_id)
            self.meeting_id = change.meeting_id if change else ""
        self.browser = QTextBrowser()
        self.browser.setObjectName("ChangeText")
        self.browser.setOpenLinks(False)
        self.exemplary_check = QCheckBox()
        self.exemplary_check.setObjectName("ExemplaryCheck")
        self.exemplary_check.setChecked(is_exemplary(db, change_id))
        self.read_only_label = QLabel()
        self.read_only_label.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.meeting_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.meeting_button.clicked.connect(lambda: self.meeting_requested.emit(self.meeting_id))
        self.exemplary_check.toggled.connect(self._flag)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.exemplary_check)
        layout.addWidget(self.read_only_label)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.resize(640, 620)

    def retranslate(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("MraChange", "Received change"))
        self.browser.setHtml(change_html(self.db, self.change_id))
        self.browser.setAccessibleName(QCoreApplication.translate("MraChange", "The change"))
        self.exemplary_check.setText(
            QCoreApplication.translate("MraChange", "&Exemplary: quote it in the national report")
        )
        self.read_only_label.setText(
            QCoreApplication.translate(
                "MraChange", "The partner's text is read-only here; only the partner can change it."
            )
        )
        self.meeting_button.setText(QCoreApplication.translate("MraChange", "Open the &meeting"))
        self.close_button.setText(QCoreApplication.translate("MraChange", "Close"))

    def _flag(self, checked: bool) -> None:
        if set_exemplary(self.db, self.change_id, checked, by=person_name(self.db)):
            self.flag_changed.emit(self.change_id)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
