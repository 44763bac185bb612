"""Receipts on screen: MRA writes one from the import screen; the partner imports it in
File ▸ Receipts from MRA… (or by opening the file) and sees MRA's review of each meeting
in that window and in the meetings list, in its language. A receipt that is not for it,
forged, damaged or of a newer format is refused with one sentence and changes nothing."""

from __future__ import annotations

import struct
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PySide6.QtCore import Qt
from shell_fixtures import english  # noqa: F401
from sync_fixtures import synchronous  # noqa: F401

from mra_desktop.core.identity import signing_key
from mra_desktop.core.receipts import container
from mra_desktop.core.receipts.container import HEADER, MAGIC, SIGNATURE_SIZE
from mra_desktop.core.services import Services
from mra_desktop.ui.autosave import Autosaver
from mra_desktop.ui.history import History
from mra_desktop.ui.i18n import apply_language, format_date
from mra_desktop.ui.meeting_list import MeetingListView
from mra_desktop.ui.models.meetings import COLUMNS
from mra_desktop.ui.receipts_dialog import ReceiptsDialog
from mra_desktop.ui.sentences import visible
from mra_desktop.ui.sync_import_screen import SyncImportScreen
from tests.receipt_support import MSC_REASON, World, clone_world, make_world
from tests.sync_support import dump

COMMENT = "Le nombre de participants du parquet manque; merci de le compléter."


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> World:
    made = make_world(tmp_path_factory.mktemp("receipt-screens") / "world")
    made.close()
    return made


@pytest.fixture
def world(template: World, tmp_path: Path) -> Iterator[World]:
    made = clone_world(template, tmp_path / "world")
    yield made
    made.close()


@pytest.fixture
def dialog(qtbot: Any, world: World, english: Any, synchronous: None) -> ReceiptsDialog:  # noqa: F811
    widget = ReceiptsDialog(world.partner)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _meeting_list(qtbot: Any, db: Any) -> MeetingListView:
    services = Services(db)
    view = MeetingListView(services, History(services, Autosaver(services)))
    qtbot.addWidget(view)
    view.resize(1300, 600)
    view.show()
    return view


def _review_cell(view: MeetingListView, meeting_id: str) -> str:
    model = view.model
    column = COLUMNS.index("mra_review")
    for row in range(model.rowCount()):
        index = model.index(row, column)
        if model.data(index, Qt.ItemDataRole.UserRole) == meeting_id:
            return str(model.data(index) or "")
    raise KeyError(meeting_id)


# -- MRA writes a receipt from its import screen ----------------------------------------------
def test_mra_writes_a_receipt_for_the_file_just_imported(
    qtbot: Any, world: World, english: Any, synchronous: None, tmp_path: Path  # noqa: F811
) -> None:
    world.review("has_issues", COMMENT)
    screen = SyncImportScreen(world.mra)
    qtbot.addWidget(screen)
    screen.show()
    assert not screen.receipt_button.isEnabled()  # nothing chosen yet
    screen.tabs.setCurrentIndex(2)
    amal = next(n for n, i in enumerate(screen.imports) if i.source_organisation == "Association Amal")
    screen.history_table.selectRow(amal)
    assert screen.receipt_button.isEnabled()
    assert screen.receipt_button.text() == "&Write a receipt for the partner…"
    asked: list[Path] = []
    target = tmp_path / "for-amal.mrareceipt"
    screen.ask_receipt_path = lambda suggested: asked.append(suggested) or target  # type: ignore[method-assign]
    screen.receipt_button.click()
    assert asked and asked[0].name.startswith("mra-receipt-Association-Amal-")
    assert target.exists()
    # the path keeps its left-to-right order in an Arabic sentence too (isolated)
    assert f"\u2066{target}\u2069" in screen.message_label.text()
    assert visible(screen.message_label.text()).startswith(
        f"Receipt for Association Amal written to {target}: 1 file(s), 1 meeting(s)"
    )
    # what the partner reads from it is what MRA wrote
    outcome = world.receive(target)
    assert [(r.state, r.comment) for r in outcome.receipt.meetings] == [("has_issues", COMMENT)]


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_import_screen_chooses_the_file_just_imported_for_a_receipt(
    qtbot: Any, world: World, english: Any, synchronous: None, tmp_path: Path,  # noqa: F811
    lang: str,
) -> None:
    """Right to left too (QTableView.selectRow selects nothing in a right-to-left table
    that was never painted)."""
    from mra_desktop.core.sync import export_sync

    apply_language(english, lang)

    world.partner_services.changes.create(
        meeting_id=world.ids["meeting"], sector="justice", title="Permanence au tribunal"
    )
    sealed = tmp_path / "amal-april.mrasync"
    export_sync(world.partner, sealed, recipient_public_key=world.public)
    screen = SyncImportScreen(world.mra)
    qtbot.addWidget(screen)
    screen.show()
    screen.private_keys = [world.private]
    screen.import_files([sealed])
    assert [o.status for o in screen.outcomes] == ["imported"]
    assert screen.receipt_button.isEnabled()  # the file imported is chosen
    target = tmp_path / "r.mrareceipt"
    screen.ask_receipt_path = lambda suggested: target  # type: ignore[method-assign]
    screen.receipt_button.click()
    outcome = world.receive(target)
    assert outcome.receipt.for_file is not None
    assert outcome.receipt.for_file.file_name == "amal-april.mrasync"


def test_no_receipt_for_a_partner_without_an_enrolled_computer(
    qtbot: Any, world: World, synchronous: None, tmp_path: Path, qapp: Any,  # noqa: F811
) -> None:
    from mra_desktop.core.sync.partners import list_partners, revoke

    for device in list_partners(world.mra):
        revoke(world.mra, device.fingerprint)
    before = dump(world.mra)
    apply_language(qapp, "fr")
    try:
        screen = SyncImportScreen(world.mra)
        qtbot.addWidget(screen)
        screen.show()
        screen.tabs.setCurrentIndex(2)
        screen.history_table.selectRow(0)
        target = tmp_path / "never.mrareceipt"
        screen.ask_receipt_path = lambda suggested: target  # type: ignore[method-assign]
        screen.receipt_button.click()
        text = screen.message_label.text()
    finally:
        apply_language(qapp, "en")
    assert text.startswith("Ce partenaire n'a aucun ordinateur enregistré")
    assert not target.exists()
    assert dump(world.mra) == before


@pytest.mark.parametrize(
    ("lang", "header"),
    [("en", "Receipt written on"), ("fr", "Accusé de réception écrit le"),
     ("ar", "تاريخ كتابة إشعار الاستلام")],
)
def test_the_import_history_says_which_import_has_a_receipt(
    qtbot: Any, world: World, english: Any, synchronous: None, tmp_path: Path,  # noqa: F811
    lang: str, header: str,
) -> None:
    from PySide6.QtCore import QItemSelectionModel

    from mra_desktop.core.receipts.writing import receipts_written

    apply_language(english, lang)
    screen = SyncImportScreen(world.mra)
    qtbot.addWidget(screen)
    screen.show()
    screen.tabs.setCurrentIndex(2)
    table = screen.history_table

    def cell(partner: str) -> Any:
        headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
        row = next(n for n, i in enumerate(screen.imports) if i.source_organisation == partner)
        return table.item(row, headers.index(header))

    # no receipt yet: the column is there, every import's cell empty
    assert [cell(p).text() for p in ("Association Amal", "FADD")] == ["", ""]
    none_yet = cell("Association Amal").toolTip()
    if lang == "en":
        assert none_yet == "No receipt written for this import yet."
    amal = next(n for n, i in enumerate(screen.imports) if i.source_organisation == "Association Amal")
    table.setCurrentCell(  # (selectRow selects nothing in a right-to-left table never painted)
        amal, 0,
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    target = tmp_path / "for-amal.mrareceipt"
    screen.ask_receipt_path = lambda suggested: target  # type: ignore[method-assign]
    screen.receipt_button.click()
    assert target.exists()

    # the history says so at once, in the interface's language; FADD's import has none
    [written] = receipts_written(world.mra)
    when = format_date(written.written_at.date())
    assert cell("Association Amal").text() == when
    assert cell("FADD").text() == ""
    tip = cell("Association Amal").toolTip()
    assert tip != none_yet and "for-amal.mrareceipt" in tip and when in tip
    if lang == "en":
        assert visible(tip) == (f"Receipt no. {written.number}, written on {when} at "
                       f"{written.written_at:%H:%M} UTC, saved as for-amal.mrareceipt.")
    # and it is still there when the screen is opened again
    again = SyncImportScreen(world.mra)
    qtbot.addWidget(again)
    row = next(n for n, i in enumerate(again.imports) if i.source_organisation == "Association Amal")
    headers = [again.history_table.horizontalHeaderItem(c).text()
               for c in range(again.history_table.columnCount())]
    assert again.history_table.item(row, headers.index(header)).text() == when


def test_the_receipt_column_follows_a_change_of_language(
    qtbot: Any, world: World, english: Any, synchronous: None, tmp_path: Path,  # noqa: F811
) -> None:
    world.write("amal.mrareceipt")
    screen = SyncImportScreen(world.mra)
    qtbot.addWidget(screen)
    screen.show()
    column = screen.history_table.columnCount() - 1
    assert screen.history_table.horizontalHeaderItem(column).text() == "Receipt written on"
    apply_language(english, "fr")
    qtbot.wait(1)
    assert screen.history_table.horizontalHeaderItem(column).text() == (
        "Accusé de réception écrit le"
    )
    row = next(n for n, i in enumerate(screen.imports) if i.source_organisation == "Association Amal")
    tip = visible(screen.history_table.item(row, column).toolTip())
    assert tip.startswith("Accusé de réception n° ") and tip.endswith(
        "enregistré sous amal.mrareceipt."
    )


# -- the partner imports it and sees MRA's review ---------------------------------------------
def test_the_partner_sees_mras_review_in_the_window_and_the_meetings_list(
    qtbot: Any, world: World, dialog: ReceiptsDialog
) -> None:
    world.review("approved", COMMENT)
    world.choose_msc()
    receipt = world.write()
    view = _meeting_list(qtbot, world.partner)
    review_column = COLUMNS.index("mra_review")
    assert view.table.isColumnHidden(review_column)  # no receipt yet: no column
    assert dialog.empty_label.isVisible()

    received: list[Any] = []
    dialog.receipt_imported.connect(received.append)
    dialog.import_file(receipt.path)
    assert visible(dialog.message_label.text()) == (
        f"Receipt of {format_date(dialog.receipts[0].issued_at.date(), long=True)} imported: "
        "MRA's review of "
        "1 meeting(s) is shown."
    )
    assert len(received) == 1
    rows = dialog.meeting_rows()
    assert len(rows) == 1
    row = rows[0]
    assert row["Meeting"] == "اجتماع اللجنة المحلية — Commission locale"
    assert row["MRA's review"] == "Approved by MRA ★"
    assert COMMENT in row["MRA's comment and national choice"]
    assert MSC_REASON in row["MRA's comment and national choice"]
    assert "National most significant change (Health" in visible(row["MRA's comment and national choice"])
    files = dialog.files_table
    names = [files.item(r, 0).text() for r in range(files.rowCount())]
    assert names == ["file-2.mrasync"]  # Amal's file; FADD's never appears

    # the meetings list shows the column once it reads the database again
    view.refresh()
    assert not view.table.isColumnHidden(review_column)
    assert view.model.headerData(review_column, Qt.Orientation.Horizontal) == "MRA's review"
    assert _review_cell(view, world.ids["meeting"]) == "Approved by MRA ★"
    assert view.select_meeting(world.ids["meeting"])
    detail = view.review_label.text()
    assert view.review_label.isVisible()
    assert visible(detail).startswith("MRA's review: Approved by MRA on ")
    # in its own direction: a French comment in a left-to-right isolate
    assert f"MRA's comment: \u2066{COMMENT}\u2069" in detail
    assert MSC_REASON in detail


def test_a_meeting_sent_again_after_review_says_so(
    qtbot: Any, world: World, dialog: ReceiptsDialog
) -> None:
    world.review("has_issues", COMMENT)
    world.partner_services.meetings.update(world.ids["meeting"], city="Azrou")
    world.sync()
    dialog.import_file(world.write().path)
    row = dialog.meeting_rows()[0]
    assert row["MRA's review"] == "New version sent to MRA"
    assert visible(row["MRA's comment and national choice"]).startswith(
        "MRA had marked it “MRA found issues” before your newer version arrived"
    )
    view = _meeting_list(qtbot, world.partner)
    assert _review_cell(view, world.ids["meeting"]) == "New version sent to MRA"


@pytest.mark.parametrize(
    ("lang", "state", "words"),
    [("fr", "approved", "Approuvée par MRA"), ("ar", "has_issues", "لاحظت MRA مشاكل")],
)
def test_mras_review_in_french_and_arabic(
    qtbot: Any, world: World, dialog: ReceiptsDialog, qapp: Any, lang: str, state: str,
    words: str,
) -> None:
    world.review(state, COMMENT)
    path = world.write().path
    apply_language(qapp, lang)
    qapp.processEvents()
    dialog.import_file(path)
    assert dialog.meeting_rows()[0][
        dialog.meetings_table.horizontalHeaderItem(2).text()
    ] == words
    assert dialog.windowTitle() == {"fr": "Accusés de réception de MRA",
                                    "ar": "إشعارات الاستلام من MRA"}[lang]
    view = _meeting_list(qtbot, world.partner)
    assert _review_cell(view, world.ids["meeting"]) == words


def test_the_same_receipt_twice_changes_nothing(world: World, dialog: ReceiptsDialog) -> None:
    path = world.write().path
    dialog.import_file(path)
    before = dump(world.partner)
    dialog.import_file(path)
    assert "was already imported on" in visible(dialog.message_label.text())
    assert visible(dialog.message_label.text()).endswith("nothing changed.")
    assert dump(world.partner) == before


# -- hostile and damaged receipts: one sentence, nothing changed ------------------------------
def _for_the_other_partner(world: World) -> Path:
    from mra_desktop.core.sync import list_imports

    other = next(i.id for i in list_imports(world.mra)
                 if i.source_organisation_id == world.other_ids["organisation"])
    return world.write("fadd.mrareceipt", import_id=other).path


def _forged(world: World) -> Path:
    """A genuine receipt signed again by someone else's key in MRA's name."""
    data = world.write().path.read_bytes()
    forger = Ed25519PrivateKey.generate()
    body = data[:-SIGNATURE_SIZE]
    forged = world.folder / "forged.mrareceipt"
    forged.write_bytes(body + forger.sign(container.signed_message(body)))
    return forged


def _newer_format(world: World) -> Path:
    """A receipt of the next format, signed by MRA's own key."""
    data = world.write().path.read_bytes()
    size = struct.unpack_from(">I", data, 10)[0]
    manifest = data[14 : 14 + size].replace(b'"format_version": 1', b'"format_version": 2')
    assert manifest != data[14 : 14 + size]
    body = HEADER.pack(MAGIC, 1, len(manifest)) + manifest + data[14 + size : -SIGNATURE_SIZE]
    newer = world.folder / "newer.mrareceipt"
    newer.write_bytes(body + signing_key(world.mra).sign(container.signed_message(body)))
    return newer


def _truncated(world: World) -> Path:
    data = world.write().path.read_bytes()
    cut = world.folder / "cut.mrareceipt"
    cut.write_bytes(data[: len(data) // 2])
    return cut


@pytest.mark.parametrize(
    ("make", "english_start", "french"),
    [
        (_for_the_other_partner, "This receipt is for another organisation",
         "Refusé : cet accusé de réception est destiné à une autre organisation ou à un autre "
         "ordinateur ; "
         "rien n'a été modifié."),
        (_forged, "", "Refusé : ce fichier est endommagé, modifié ou n'est pas un accusé de réception de MRA ; "
         "rien n'a été modifié."),
        (_newer_format, "", "Refusé : une version plus récente de mra-desktop a écrit cet accusé de réception ; "
         "mettez le programme à jour pour le lire."),
        (_truncated, "", "Refusé : ce fichier est endommagé, modifié ou n'est pas un accusé de réception de MRA ; "
         "rien n'a été modifié."),
    ],
    ids=["another-partner", "forged", "newer-format", "truncated"],
)
def test_a_bad_receipt_is_refused_in_one_sentence_and_changes_nothing(
    qtbot: Any, world: World, dialog: ReceiptsDialog, qapp: Any, make: Any,
    english_start: str, french: str,
) -> None:
    path = make(world)
    before = dump(world.partner)
    dialog.import_file(path)
    sentence = visible(dialog.message_label.text())
    assert dialog.message_label.isVisible() and sentence
    assert "\n" not in sentence and "Traceback" not in sentence
    assert sentence.startswith(english_start)
    assert dump(world.partner) == before
    assert dialog.empty_label.isVisible()  # still no receipt
    apply_language(qapp, "fr")
    dialog.import_file(path)
    assert visible(dialog.message_label.text()) == french
    assert dump(world.partner) == before
    view = _meeting_list(qtbot, world.partner)
    assert view.table.isColumnHidden(COLUMNS.index("mra_review"))


def test_opening_a_receipt_file_imports_it_in_the_main_window(
    qtbot: Any, world: World, english: Any, synchronous: None  # noqa: F811
) -> None:
    from mra_desktop.ui.app import open_file
    from mra_desktop.ui.main_window import MainWindow

    world.review("reviewed")
    path = world.write().path
    window = MainWindow(Services(world.partner))
    qtbot.addWidget(window)
    window.show()
    column = COLUMNS.index("mra_review")
    assert window.meeting_list.table.isColumnHidden(column)
    assert window.receipts_action.text() == "Re&ceipts from MRA…"
    assert window.receipts_action in window.file_menu.actions()
    open_file(window, path)
    dialog = window.receipts_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.meeting_rows()[0]["MRA's review"] == "Reviewed by MRA"
    # the meetings list read the new reviews at once
    assert not window.meeting_list.table.isColumnHidden(column)
    assert _review_cell(window.meeting_list, world.ids["meeting"]) == "Reviewed by MRA"
    window.autosaver.flush()


def test_closing_the_window_leaves_no_error_behind(
    qtbot: Any, world: World, english: Any, synchronous: None  # noqa: F811
) -> None:
    """Its tables measured their columns again while being destroyed (an exception in
    Qt's event loop, after the window had gone)."""
    from PySide6.QtCore import QCoreApplication, QEvent

    dialog = ReceiptsDialog(world.partner)
    dialog.show()
    dialog.import_file(world.write().path)
    assert dialog.meeting_rows()
    dialog.close()
    dialog.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    qtbot.wait(10)
