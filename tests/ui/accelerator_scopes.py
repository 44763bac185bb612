"""Where keyboard accelerators ("&File": Alt+F) must differ: the items of each menu, the
menu bar with each screen of the window under it, and each dialog.

Used by tests/ui/test_accelerators.py; runnable on its own to list the scopes' words
(``python -m tests.ui.accelerator_scopes ar``) when choosing a translation's accelerator.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QMenu,
    QTabWidget,
    QWidget,
)

_MNEMONIC = re.compile(r"&([^&])")


def mnemonic(text: str) -> str | None:
    """The accelerator's letter of a text ("Sa&ve" -> "v"), lower case; None without one."""
    found = _MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).lower() if found else None


def clashes(texts: list[str]) -> list[tuple[str, str, str]]:
    """(letter, first text, second text) for each pair of texts with one accelerator."""
    seen: dict[str, str] = {}
    found = []
    for text in texts:
        letter = mnemonic(text)
        if letter is None:
            continue
        if letter in seen and seen[letter] != text:
            found.append((letter, seen[letter], text))
        else:
            seen[letter] = text
    return found


def widget_texts(root: QWidget) -> list[str]:
    """The words that carry an accelerator in a screen or a dialog: labels of a field,
    buttons, check boxes, group boxes, tabs (shown or not: each is shown some time)."""
    texts: list[str] = []
    for widget in root.findChildren(QWidget):
        if isinstance(widget, QLabel) and widget.buddy() is not None:
            texts.append(widget.text())
        elif isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
    return texts


def _settle() -> None:
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, 0)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QApplication.processEvents()


@contextmanager
def _dialog(dialog: QWidget) -> Iterator[QWidget]:
    dialog.show()
    _settle()
    try:
        yield dialog
    finally:
        dialog.close()
        dialog.deleteLater()


def scopes(services: Any, mra_services: Any) -> dict[str, list[str]]:
    """Every scope of the program in the interface language applied now: screens of a
    partner's window (on ``services``) and of MRA's (on ``mra_services``)."""
    from mra_desktop.ui import background
    from mra_desktop.ui.backups_dialog import BackupsDialog
    from mra_desktop.ui.export_pdf_dialog import ExportPdfDialog
    from mra_desktop.ui.first_run import FirstRunDialog
    from mra_desktop.ui.main_window import SETUP_PAGE, MainWindow
    from mra_desktop.ui.meeting.workspace import STEPS
    from mra_desktop.ui.settings import SettingsDialog
    from mra_desktop.ui.sync_export_dialog import SyncExportDialog

    found: dict[str, list[str]] = {}
    window = MainWindow(services)
    window.show()
    _settle()
    bar = [action.text() for action in window.menuBar().actions()]
    found["menu bar"] = bar
    for menu in window.menuBar().findChildren(QMenu):
        found[f"menu {menu.objectName() or menu.title()}"] = [
            a.text() for a in menu.actions() if not a.isSeparator()
        ]
    found["meetings list"] = bar + widget_texts(window.meeting_list)
    meeting = services.meetings.list()[0]
    window.open_meeting(meeting.id, SETUP_PAGE)
    _settle()
    found["setup"] = bar + widget_texts(window.setup)
    window.open_meeting(meeting.id)
    _settle()
    for step in STEPS:
        window.workspace.set_step(step)
        _settle()
        page = window.workspace.pages[step]
        texts = [text for zone in (page.protocol_widget, page.list_widget, page.detail_widget)
                 for text in widget_texts(zone)]
        found[f"step {step}"] = bar + texts + widget_texts(window.workspace.step_bar)
    window.show_import()
    _settle()
    found["import"] = bar + widget_texts(window.import_screen)
    for name, dialog in (
        ("settings", SettingsDialog(services, window)),
        ("first run", FirstRunDialog(services)),
        ("export pdf", ExportPdfDialog(services, meeting.id, window)),
        ("sync export", SyncExportDialog(services, window)),
        ("backups", BackupsDialog(window)),
    ):
        with _dialog(dialog):
            found[name] = widget_texts(dialog)
    window.close()
    window.deleteLater()
    _settle()

    background.set_synchronous(True)
    try:
        mra = MainWindow(mra_services)
        mra.show()
        _settle()
        side = mra.mra_side
        bar = [action.text() for action in mra.menuBar().actions()]
        side.show_received()
        _settle()
        found["mra received"] = bar + widget_texts(side.received)
        side.show_matrix()
        _settle()
        found["mra matrix"] = bar + widget_texts(side.matrix)
        side.matrix.table.setCurrentIndex(side.matrix.model.index(1, 1))
        side.matrix.select_change(0)
        change = side.matrix.open_selected_change()
        if change is not None:
            with _dialog(change):
                found["mra change"] = widget_texts(change)
        side.show_msc()
        _settle()
        found["mra msc"] = bar + widget_texts(side.msc)
        with _dialog(side.open_export()) as export:
            found["mra export"] = widget_texts(export)
        mra.close()
        mra.deleteLater()
        _settle()
    finally:
        background.set_synchronous(False)
    return {name: [t for t in texts if t] for name, texts in found.items()}


def demo_services(folder: Path) -> tuple[Any, Any]:
    from mra_desktop.core.database import open_database
    from mra_desktop.core.demo import load_demo
    from mra_desktop.core.identity import set_identity
    from mra_desktop.core.mra_demo import load_mra_demo
    from mra_desktop.core.services import Services

    partner = Services(open_database(folder / "demo.sqlite"))
    load_demo(partner)
    # the partner's own database says whose it is (never the demo's organisation)
    own = partner.organisations.create(name="Association Amal", city="El-Hajeb")
    set_identity(partner.db, own.record_id)
    mra = Services(open_database(folder / "mra.sqlite"))
    load_mra_demo(mra)
    return partner, mra


if __name__ == "__main__":  # pragma: no cover - a translator's aid
    import json
    import os
    import sys
    import tempfile

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from mra_desktop.ui import preferences
    from mra_desktop.ui.app import application
    from mra_desktop.ui.i18n import apply_language

    with tempfile.TemporaryDirectory() as tmp:
        os.environ[preferences.SETTINGS_ENV_VAR] = str(Path(tmp) / "settings.ini")
        app = application()
        partner, mra = demo_services(Path(tmp))
        apply_language(app, sys.argv[1] if len(sys.argv) > 1 else "en")
        print(json.dumps(scopes(partner, mra), ensure_ascii=False, indent=1))
        partner.db.close()
        mra.db.close()
