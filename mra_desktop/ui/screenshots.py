"""Screenshots of every main screen in Arabic, French and English, from the demo data.

``mra-desktop screenshots --out DIR`` writes ``<screen>-<lang>-<size>.png`` files (for
example ``meetings-ar-1366x768.png``, ``step-good_practices-fr-1920x1080.png``,
``presenter_board-en-1366x768.png``, the export dialogs, MRA's import screen, MRA's side
from ``demo --mra`` and the receipts' screens from a real round trip) rendered offscreen
at a common laptop's size and at a full-HD screen's (``--size`` picks one), for the
manual, for translators and for reviewing the right-to-left layout and that nothing is cut.
It works on temporary copies of the demo data and temporary settings, so the user's own
database and preferences are never touched.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QMessageLogContext,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication, QWidget

from mra_desktop.core import models as m
from mra_desktop.core.database import open_database
from mra_desktop.core.demo import load_demo
from mra_desktop.core.identity import set_identity
from mra_desktop.core.services import Services
from mra_desktop.ui import preferences
from mra_desktop.ui.i18n import LANGUAGES, apply_language
from mra_desktop.ui.meeting.workspace import STEPS

if TYPE_CHECKING:
    from mra_desktop.ui.main_window import MainWindow
    from mra_desktop.ui.receipt_screenshots import RoundTrip

# the sizes rendered: a common laptop's screen, and a full-HD screen or projector
SIZES = ((1366, 768), (1920, 1080))
WINDOW_SIZE = SIZES[0]  # the size being rendered


def size_name(size: tuple[int, int]) -> str:
    return f"{size[0]}x{size[1]}"


def parse_size(text: str) -> tuple[int, int]:
    """"1366x768" -> (1366, 768)."""
    width, sep, height = text.lower().partition("x")
    if not sep or not width.isdigit() or not height.isdigit():
        raise ValueError(f"not a size: {text!r} (WIDTHxHEIGHT, such as 1366x768)")
    size = (int(width), int(height))
    if not (640 <= size[0] <= 7680 and 480 <= size[1] <= 4320):
        raise ValueError(f"{text} is not a screen size between 640x480 and 7680x4320")
    return size


def expected_names(
    languages: Sequence[str] = LANGUAGES, sizes: Sequence[tuple[int, int]] = SIZES
) -> list[str]:
    """The file names the command writes."""
    screens = [
        "first_run",
        "meetings",
        "setup",
        *(f"step-{code}" for code in STEPS),
        "presenter",
        "presenter_changes",
        "presenter_board",
        "settings",
        "export_pdf",
        "sync_export",
        "sync_import",
        "partners",
    ]
    from mra_desktop.ui.mra.screenshots import MRA_SCREENS
    from mra_desktop.ui.receipt_screenshots import RECEIPT_SCREENS

    screens += MRA_SCREENS + RECEIPT_SCREENS
    return [
        f"{screen}-{lang}-{size_name(size)}.png"
        for size in sizes
        for lang in languages
        for screen in screens
    ]


def _settle() -> None:
    for _ in range(4):
        QCoreApplication.sendPostedEvents()
        QApplication.processEvents()


def _discard(widget: QWidget) -> None:
    """Close and really delete a window now (before its database goes away)."""
    widget.close()
    widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@contextmanager
def _quiet_offscreen_warnings() -> Iterator[None]:
    """The offscreen platform warns about every window it cannot raise; drop those."""

    def handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if message.startswith("This plugin does not support"):
            return
        if previous is not None:
            previous(kind, context, message)
        else:
            sys.stderr.write(message + "\n")

    previous = qInstallMessageHandler(handler)
    try:
        yield
    finally:
        qInstallMessageHandler(previous)


@contextmanager
def _temporary_environment(folder: Path) -> Iterator[None]:
    saved = os.environ.get(preferences.SETTINGS_ENV_VAR)
    os.environ[preferences.SETTINGS_ENV_VAR] = str(folder / "settings.ini")
    try:
        yield
    finally:
        if saved is None:
            os.environ.pop(preferences.SETTINGS_ENV_VAR, None)
        else:
            os.environ[preferences.SETTINGS_ENV_VAR] = saved


def _meeting_for(services: Services, lang: str) -> m.Meeting:
    """The demo meeting shown for a language: the fullest one written in it."""
    meetings = [mt for mt in services.meetings.list() if mt.language == lang]
    if not meetings:
        meetings = services.meetings.list()
    if not meetings:
        raise RuntimeError("the demo data has no meetings")
    counts = {mt.id: len(services.changes.for_meeting(mt.id)) for mt in meetings}
    return max(meetings, key=lambda mt: (counts[mt.id], mt.date or dt.date.min))


# called with each screen and its file name before it is saved (a check of every screen)
Visitor = Callable[[QWidget, str], None]
_visitors: list[Visitor] = []


def _save(widget: QWidget, path: Path, written: list[Path]) -> None:
    """``widget`` as ``<screen>-<lang>-<size>.png`` for ``path`` ``<screen>-<lang>.png``."""
    _settle()
    path = path.with_name(f"{path.stem}-{size_name(WINDOW_SIZE)}{path.suffix}")
    for visit in _visitors:
        visit(widget, path.name)
    if not widget.grab().save(str(path), "PNG"):
        raise OSError(f"cannot write {path}")
    written.append(path)


def take_screenshots(
    out_dir: Path,
    languages: Sequence[str] = LANGUAGES,
    sizes: Sequence[tuple[int, int]] = SIZES,
    visit: Visitor | None = None,
) -> list[Path]:
    """Render every main screen in each language at each size; returns the files written.
    ``visit`` is called with each screen (the widget shown) and its file name first."""
    global WINDOW_SIZE
    written: list[Path] = []
    if visit is not None:
        _visitors.append(visit)
    try:
        for size in sizes:
            WINDOW_SIZE = size
            written += _take_screenshots(out_dir, languages)
    finally:
        WINDOW_SIZE = SIZES[0]
        if visit is not None:
            _visitors.remove(visit)
    return written


def _take_screenshots(out_dir: Path, languages: Sequence[str]) -> list[Path]:
    from mra_desktop.ui.app import application
    from mra_desktop.ui.export_pdf_dialog import ExportPdfDialog
    from mra_desktop.ui.first_run import FirstRunDialog
    from mra_desktop.ui.main_window import SETUP_PAGE, MainWindow
    from mra_desktop.ui.settings import SettingsDialog
    from mra_desktop.ui.sync_export_dialog import SyncExportDialog

    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="mra-screenshots-") as tmp:
        folder = Path(tmp)
        with _temporary_environment(folder), _quiet_offscreen_warnings():
            app = application()
            previous_language = preferences.interface_language()
            db = open_database(folder / "demo.sqlite")
            mra_db = open_database(folder / "mra-demo.sqlite")
            trip: RoundTrip | None = None
            try:
                services = Services(db)
                load_demo(services)
                from mra_desktop.core.mra_demo import load_mra_demo
                from mra_desktop.ui.mra.screenshots import take_mra_screenshots

                load_mra_demo(Services(mra_db))
                # the database's own organisation (the demo's never leave the database)
                own = services.organisations.create(
                    name="Association Tafiil", city="Taza", region="Fès-Meknès"
                ).record_id
                card = _partner_devices(db, folder)
                outcomes = _partner_files(db, folder)
                from mra_desktop.ui.receipt_screenshots import (
                    make_round_trip,
                    take_receipt_screenshots,
                )

                trip = make_round_trip(mra_db, folder)
                for lang in languages:  # as on the very first start
                    apply_language(app, lang)
                    first_run = FirstRunDialog(services)
                    first_run.show()
                    _save(first_run, out_dir / f"first_run-{lang}.png", written)
                    _discard(first_run)
                for lang in languages:
                    meeting = _meeting_for(services, lang)
                    preferences.set_interface_language(lang)
                    apply_language(app, lang)
                    set_identity(
                        db, own,
                        facilitator=meeting.facilitators[0] if meeting.facilitators else "",
                    )

                    window = MainWindow(services)
                    window.resize(*WINDOW_SIZE)
                    window.show()
                    window.meeting_list.select_meeting(meeting.id)
                    _save(window, out_dir / f"meetings-{lang}.png", written)
                    window.open_meeting(meeting.id, SETUP_PAGE)
                    _save(window, out_dir / f"setup-{lang}.png", written)
                    _workspace_screens(window, lang, out_dir, written)
                    settings = SettingsDialog(services, window)
                    settings.show()
                    _save(settings, out_dir / f"settings-{lang}.png", written)
                    _discard(settings)
                    for name, dialog in (
                        ("export_pdf", ExportPdfDialog(services, meeting.id, window)),
                        ("sync_export", SyncExportDialog(services, window)),
                    ):
                        dialog.show()
                        _save(dialog, out_dir / f"{name}-{lang}.png", written)
                        _discard(dialog)
                    window.show_import()
                    window.import_screen.outcomes = []
                    window.import_screen._imported(list(outcomes))
                    _save(window, out_dir / f"sync_import-{lang}.png", written)
                    window.show_partners()
                    window.partners_screen.open_card(card)
                    _save(window, out_dir / f"partners-{lang}.png", written)
                    _discard(window)
                    take_mra_screenshots(
                        Services(mra_db), lang, out_dir,
                        lambda widget, path: _save(widget, path, written), _discard,
                    )
                    take_receipt_screenshots(
                        trip, lang, out_dir,
                        lambda widget, path: _save(widget, path, written), _discard,
                    )
            finally:
                if trip is not None:
                    trip.close()
                mra_db.close()
                db.close()
                apply_language(app, previous_language)
    return written


def _partner_devices(db: Any, folder: Path) -> Path:
    """Two enrolled partner devices (one revoked) and a third partner's card, as MRA's
    Partners screen shows them; returns the card's file."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from mra_desktop.core.sync import IdentityCard, enrol, revoke

    def card(name: str, number: int) -> IdentityCard:
        key = Ed25519PrivateKey.from_private_bytes(bytes([number]) * 32)
        return IdentityCard(
            str(uuid.UUID(int=number, version=4)),
            name,
            str(uuid.UUID(int=number + 100, version=4)),
            key.public_key().public_bytes_raw(),
        )

    enrol(db, card("جمعية التحدي للمساواة والمواطنة", 1))
    revoked = enrol(db, card("Association Ennakhil", 2)).partner
    revoke(db, revoked.fingerprint)
    path = folder / "partner.mraid"
    path.write_bytes(card("Association Amal pour la femme et l'enfant", 3).to_bytes())
    return path


def _partner_files(db: Any, folder: Path) -> list[Any]:
    """A partner's file imported (not encrypted, so that it says so) and a damaged one
    refused, for the import screen's outcomes and history."""
    from mra_desktop.core.identity import init_database
    from mra_desktop.core.sync import device_card, enrol, export_sync, import_sync_files

    partner = open_database(folder / "partner.sqlite")
    try:
        identity = init_database(partner, "Association Tafiil pour le développement").identity
        services = Services(partner)
        assert identity.organisation_id is not None
        meeting = services.meetings.create(
            organisation_id=identity.organisation_id, title="Commission locale, Taza",
            sectors=["justice"], language="fr",
        )
        services.changes.create(meeting_id=meeting.record_id, sector="justice",
                                title="Audiences à huis clos")
        good = folder / "tafiil-2026-03.mrasync"
        export_sync(partner, good, unencrypted=True)
        enrol(db, device_card(partner))
    finally:
        partner.close()
    damaged = folder / "damaged.mrasync"
    damaged.write_bytes(good.read_bytes()[:-100])
    return import_sync_files(db, [good, damaged], [], allow_unencrypted=True)


def _workspace_screens(window: MainWindow, lang: str, out_dir: Path, written: list[Path]) -> None:
    window.show_workspace()
    workspace = window.workspace
    assert workspace is not None
    for code in STEPS:
        workspace.set_step(code)
        _save(window, out_dir / f"step-{code}-{lang}.png", written)
    workspace.set_step("good_practices")
    presenter = workspace.open_presenter()
    presenter.showNormal()  # offscreen, "full screen" is the platform's own screen size
    presenter.resize(*WINDOW_SIZE)
    presenter.set_view("step")
    _save(presenter, out_dir / f"presenter-{lang}.png", written)
    presenter.set_view("changes")
    _save(presenter, out_dir / f"presenter_changes-{lang}.png", written)
    presenter.set_view("board")
    _save(presenter, out_dir / f"presenter_board-{lang}.png", written)
    presenter.set_view("step")
    presenter.close()
