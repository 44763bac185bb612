"""Helpers for the receipt tests: a partner and MRA that have been through the whole
round trip once (MRA's key installed at the partner, the partner's device enrolled at
MRA, an encrypted sync file imported), so that MRA can review, choose and write receipts
that the partner imports.

A second partner (FADD) sends MRA a file too: its meetings must never appear in a
receipt for Association Amal.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mra_desktop.core.database import Database, open_database
from mra_desktop.core.identity import public_key_bytes, set_identity, signing_key
from mra_desktop.core.msc import choose, create_round
from mra_desktop.core.receipts.reading import ReceiptOutcome, import_receipt
from mra_desktop.core.receipts.writing import ReceiptResult, write_receipt
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
from tests.sync_support import fill_partner, make_keys

MSC_REASON = (
    "It changed how every woman is received at the hospital, and other provinces asked "
    "to copy it."
)


def mra_public_key(mra: Database, public: PublicKey) -> PublicKey:
    """MRA's public key file as keygen writes it: the encryption key and MRA's database's
    signing key."""
    return public.with_signing_key(public_key_bytes(signing_key(mra)))


@dataclass
class World:
    folder: Path
    mra: Database
    partner: Database
    other: Database
    public: PublicKey  # MRA's public key file (format 2)
    private: PrivateKey
    ids: dict[str, str]  # the partner's records (fill_partner)
    other_ids: dict[str, str]
    files: int = 0

    @property
    def partner_services(self) -> Services:
        return Services(self.partner)

    def sync(self, db: Database | None = None) -> Any:
        """The partner (or ``db``) exports an encrypted file; MRA imports it."""
        source = db or self.partner
        self.files += 1
        path = self.folder / f"file-{self.files}.mrasync"
        export_sync(source, path, recipient_public_key=self.public)
        outcome = import_sync_file(self.mra, path, [self.private])
        assert outcome.ok, outcome.message
        return outcome

    def last_import(self) -> str:
        from mra_desktop.core.sync import list_imports

        return next(i.id for i in list_imports(self.mra) if i.source_organisation_id == self.ids["organisation"])

    def review(self, state: str, comment: str | None = None, meeting: str | None = None) -> None:
        set_review_state(self.mra, meeting or self.ids["meeting"], state, reviewer="Stephanie",
                         comment=comment)

    def choose_msc(self) -> None:
        round_id = create_round(self.mra, "National round 2022", created_by="Stephanie")
        choose(self.mra, round_id, "health", self.ids["change"], reason=MSC_REASON,
               chosen_by="MRA panel", dissent="One member preferred the Taza court's change.")

    def write(self, name: str = "receipt.mrareceipt", import_id: str | None = None) -> ReceiptResult:
        return write_receipt(self.mra, import_id or self.last_import(), self.folder / name)

    def receive(self, path: Path, db: Database | None = None) -> ReceiptOutcome:
        return import_receipt(db or self.partner, path)

    def close(self) -> None:
        for db in (self.mra, self.partner, self.other):
            db.close()


def other_partner(services: Services) -> dict[str, str]:
    org = services.organisations.create(name="FADD", city="Chichaoua", region="Marrakech-Safi")
    set_identity(services.db, org.record_id)
    meeting = services.meetings.create(
        organisation_id=org.record_id, title="Gendarmerie unit, Chichaoua", date="2021-11-02",
        sectors=["law_enforcement"], scope="single_sector", language="fr",
    )
    change = services.changes.create(
        meeting_id=meeting.record_id, sector="health", title="Night reception at the unit",
        msc_selected=True, msc_reason="The unit receives women at night now.",
    )
    return {"organisation": org.record_id, "meeting": meeting.record_id,
            "change": change.record_id}


def make_world(folder: Path) -> World:
    folder.mkdir(parents=True, exist_ok=True)
    mra = open_database(folder / "mra.sqlite")
    partner = open_database(folder / "partner.sqlite")
    other = open_database(folder / "other.sqlite")
    encryption, private, _text = make_keys()
    public = mra_public_key(mra, encryption)
    services = Services(partner)
    ids = fill_partner(services)
    services.changes.update(ids["change"], msc_selected=True,
                            msc_reason="Women are received in a room of their own.")
    other_ids = other_partner(Services(other))
    for db in (partner, other):
        install_recipient_key(db, public)
        enrol(mra, device_card(db))
    world = World(folder, mra, partner, other, public, private, ids, other_ids)
    world.sync(other)
    world.sync()
    return world


def clone_world(template: World, folder: Path) -> World:
    """A copy of a closed ``template`` world in ``folder`` (copying three small databases
    takes a fraction of making them)."""
    import shutil

    shutil.copytree(template.folder, folder)
    return World(
        folder,
        open_database(folder / "mra.sqlite"),
        open_database(folder / "partner.sqlite"),
        open_database(folder / "other.sqlite"),
        template.public,
        template.private,
        template.ids,
        template.other_ids,
        template.files,
    )
