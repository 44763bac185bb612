"""The receipts' screens for ``mra-desktop screenshots``: a partner's meetings list with
MRA's review (a receipt imported), the partner's Receipts window, and MRA's import screen
right after writing a receipt, its history saying which import has one.

The data is one real round trip, made by the program's own functions in the screenshots'
temporary folder. The imports of ``demo --mra`` cannot carry it: they stand for files that
were never written, from partner devices whose keys do not exist, so no receipt can be
encrypted for them; and a partner database cannot take a demo organisation as its own nor
send demo meetings in a sync file. So a partner database of its own (Association Tafiil
pour le développement, with three meetings of its own) installs MRA's public key, MRA
enrols its device card, the partner exports an encrypted sync file and MRA imports it into
a copy of the MRA demo (the other MRA screenshots keep the demo as it is), reviews two of
its meetings, chooses one of its changes in a national round, and writes a receipt that
the partner imports.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mra_desktop.core.database import Database, open_database

RECEIPT_SCREENS = ["receipts_meetings", "receipts", "sync_import_receipt"]

REVIEWER = "Khadija Amrani"
ISSUE_COMMENT = (
    "Le nombre de participants du parquet manque, et « Qui a décidé » est vide pour le "
    "second changement ; merci de compléter puis de renvoyer le fichier."
)
APPROVED_COMMENT = "تغيير دقيق وموثق؛ يمكن اقتباسه في النشرة."
MSC_REASON = (
    "A room of their own at the court means that women no longer tell what happened in "
    "front of the accused's family; other courts of the region asked to copy it."
)


@dataclass
class RoundTrip:
    """The two databases after the round trip, and what MRA wrote."""

    partner: Database
    mra: Database
    receipt: Any  # the ReceiptResult of write_receipt
    issue_meeting: str  # the partner's meeting MRA said has issues

    def close(self) -> None:
        self.partner.close()
        self.mra.close()


def make_round_trip(mra_demo: Database, folder: Path) -> RoundTrip:
    """The round trip in ``folder``, from a copy of ``mra_demo`` (MRA's demo database)."""
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    from mra_desktop.core.identity import init_database, public_key_bytes, signing_key
    from mra_desktop.core.msc import choose, create_round
    from mra_desktop.core.receipts.reading import import_receipt
    from mra_desktop.core.receipts.writing import suggested_receipt_name, write_receipt
    from mra_desktop.core.review import set_review_state
    from mra_desktop.core.services import Services
    from mra_desktop.core.sync import (
        device_card,
        enrol,
        export_sync,
        import_sync_file,
        install_recipient_key,
    )
    from mra_desktop.core.sync.keys import PrivateKey, PublicKey

    mra_path = folder / "mra-receipts.sqlite"
    with closing(sqlite3.connect(mra_demo.path)) as source, closing(
        sqlite3.connect(mra_path)
    ) as copy:
        source.backup(copy)
    mra = open_database(mra_path)
    partner = open_database(folder / "partner-receipts.sqlite")
    try:
        # MRA's key pair (kept in memory: no private key file is needed here) and its
        # public key file's contents, which carry the database's signing key
        private = X25519PrivateKey.generate()
        public = PublicKey(
            private.public_key().public_bytes_raw(), "MRA",
            public_key_bytes(signing_key(mra)),
        )
        identity = init_database(
            partner, "Association Tafiil pour le développement", facilitator="Samira Idrissi"
        ).identity
        assert identity.organisation_id is not None
        install_recipient_key(partner, public)
        enrol(mra, device_card(partner))

        services = Services(partner)
        org = identity.organisation_id
        court = services.meetings.create(
            organisation_id=org, title="اجتماع مع النيابة العامة بالمحكمة الابتدائية بتازة",
            date="2026-09-15", sectors=["justice"], language="ar",
            facilitators=["Samira Idrissi"],
        )
        room = services.changes.create(
            meeting_id=court.record_id, sector="justice",
            title="قاعة خاصة لاستقبال النساء ضحايا العنف بالمحكمة",
            msc_selected=True, msc_reason="النساء يحكين ما وقع دون حضور عائلة المعتدي.",
        )
        commission = services.meetings.create(
            organisation_id=org, title="Commission locale de Taza, suivi",
            date="2026-10-08", sectors=["justice", "health"], language="fr",
            facilitators=["Samira Idrissi"],
        )
        services.changes.create(meeting_id=commission.record_id, sector="health",
                                title="Certificat médical gratuit dès le premier passage")
        services.changes.create(meeting_id=commission.record_id, sector="justice",
                                title="Audiences à huis clos sur demande")
        hospital = services.meetings.create(
            organisation_id=org, title="Provincial hospital, reception unit",
            date="2026-11-03", sectors=["health"], language="en",
            facilitators=["Samira Idrissi"],
        )
        services.changes.create(meeting_id=hospital.record_id, sector="health",
                                title="A nurse on call for women at night")
        sync_file = folder / "tafiil-2026-11.mrasync"
        export_sync(partner, sync_file, recipient_public_key=public)
        outcome = import_sync_file(mra, sync_file, [PrivateKey(private, public)])
        if not outcome.ok:
            raise RuntimeError(outcome.message)

        set_review_state(mra, court.record_id, "approved", reviewer=REVIEWER,
                         comment=APPROVED_COMMENT)
        set_review_state(mra, commission.record_id, "has_issues", reviewer=REVIEWER,
                         comment=ISSUE_COMMENT)
        round_id = create_round(mra, "National most significant change, 2026",
                                created_by=REVIEWER, period_from=dt.date(2026, 1, 1),
                                period_to=dt.date(2026, 12, 31))
        choose(mra, round_id, "justice", room.record_id, reason=MSC_REASON,
               chosen_by="MRA panel")
        assert outcome.import_id is not None
        receipt = write_receipt(
            mra, outcome.import_id,
            folder / suggested_receipt_name("Association Tafiil pour le développement"),
        )
        import_receipt(partner, receipt.path)
    except BaseException:
        partner.close()
        mra.close()
        raise
    return RoundTrip(partner, mra, receipt, commission.record_id)


def take_receipt_screenshots(
    trip: RoundTrip,
    lang: str,
    out_dir: Path,
    save: Callable[[Any, Path], None],
    discard: Callable[[Any], None],
) -> None:
    """Render the receipts' screens in ``lang`` (already applied)."""
    from PySide6.QtCore import QItemSelectionModel

    from mra_desktop.core.services import Services
    from mra_desktop.ui.main_window import MainWindow
    from mra_desktop.ui.screenshots import WINDOW_SIZE, _settle

    # the partner: MRA's review in the meetings list, and the Receipts window
    window = MainWindow(Services(trip.partner))
    window.resize(*WINDOW_SIZE)
    window.show()
    _settle()
    window.meeting_list.select_meeting(trip.issue_meeting)
    save(window, out_dir / f"receipts_meetings-{lang}.png")
    dialog = window.open_receipts()
    dialog.refresh(trip.receipt.receipt_id)
    save(dialog, out_dir / f"receipts-{lang}.png")
    dialog.close()
    discard(window)

    # MRA: the import screen just after the receipt was written, on the import history
    window = MainWindow(Services(trip.mra))
    window.resize(*WINDOW_SIZE)
    window.show()
    _settle()
    window.show_import()
    _settle()
    screen = window.import_screen
    screen.tabs.setCurrentIndex(2)
    screen._receipt_written(trip.receipt)  # as when the receipt was written from here
    _settle()
    row = next(i for i, item in enumerate(screen.imports) if item.id == trip.receipt.import_id)
    # (QTableView.selectRow selects nothing in a right-to-left table never painted)
    screen.history_table.setCurrentCell(
        row, 0,
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    save(window, out_dir / f"sync_import_receipt-{lang}.png")
    discard(window)
