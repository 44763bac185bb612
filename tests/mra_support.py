"""Helpers for the tests of MRA's side: a partner's database whose sync files MRA imports,
and small received meetings made directly (as an import would leave them)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from sqlalchemy import update

from mra_desktop.core import models as m
from mra_desktop.core.database import Database, open_database
from mra_desktop.core.services import Services
from mra_desktop.core.sync import device_card, export_sync, import_sync_file
from mra_desktop.core.sync.partners import enrol
from tests.sync_support import fill_partner

#: the partner database each exported file came from (MRA enrols its device on import)
_EXPORTED_BY: dict[Path, Database] = {}


class Partner:
    """A partner's own database, exporting unencrypted sync files for MRA."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.db = open_database(folder / "partner.sqlite")
        self.services = Services(self.db)
        self.ids = fill_partner(self.services)
        self.files = 0

    def export(self) -> Path:
        self.files += 1
        path = self.folder / f"partner-{self.files}.mrasync"
        export_sync(self.db, path, unencrypted=True)
        _EXPORTED_BY[path] = self.db
        return path

    def close(self) -> None:
        self.db.close()


def import_file(db: Database, path: Path) -> Any:
    """MRA imports a partner's file, its device enrolled first (as after the phone call)."""
    partner = _EXPORTED_BY.get(path)
    if partner is not None:
        enrol(db, device_card(partner))  # enrolling the same card again changes nothing
    outcome = import_sync_file(db, path, None, allow_unencrypted=True)
    assert outcome.ok, outcome.message
    return outcome


def received(
    services: Services,
    *,
    partner: str = "Association Amal",
    region: str = "Fès-Meknès",
    date: str = "2022-03-14",
    kind: str = "group",
    body: str | None = "local_commission",
    sectors: list[str] | None = None,
    participants: tuple[tuple[str | None, int], ...] = (("justice", 3),),
    changes: tuple[dict[str, Any], ...] = (),
    items: tuple[dict[str, Any], ...] = (),
    organisation_id: str | None = None,
    import_id: str = "imp-1",
) -> dict[str, Any]:
    """A meeting as if a partner's sync file brought it (records marked as imported)."""
    db = services.db
    with db.transaction() as session:
        if session.get(m.ImportLog, import_id) is None:
            session.add(m.ImportLog(
                id=import_id, imported_at=dt.datetime(2022, 8, 1, tzinfo=dt.UTC),
                file_name=f"{import_id}.mrasync", file_sha256=import_id.ljust(64, "0")[:64],
                file_size=1, source_organisation=partner, source_device_id="partner-device",
                exported_at=dt.datetime(2022, 7, 31, tzinfo=dt.UTC)))
    if organisation_id is None:
        organisation_id = services.organisations.create(
            name=partner, city="City", region=region
        ).record_id
    meeting_id = services.meetings.create(
        organisation_id=organisation_id, title=f"Meeting of {partner} on {date}", date=date,
        region=region, city="City", kind=kind, body=body,
        sectors=sectors or ["justice", "health"], language="fr",
    ).record_id
    for sector, count in participants:
        services.participants.create(meeting_id=meeting_id, role="Role", sector=sector, count=count)
    change_ids = [
        services.changes.create(meeting_id=meeting_id, **{"sector": "justice", "title": "Change", **c}).record_id
        for c in changes
    ]
    item_ids = [
        services.action_items.create(meeting_id=meeting_id, **{"sector": "justice", "action": "continue", "text": "Item", **i}).record_id
        for i in items
    ]
    with db.transaction() as session:
        for model in m.RECORD_TYPES:
            session.execute(update(model).where(model.origin_import_id.is_(None)).values(origin_import_id=import_id))
    return {"organisation": organisation_id, "meeting": meeting_id, "changes": change_ids, "items": item_ids}


_TEMPLATE: list[Path] = []


def mra_demo_copy(folder: Path) -> Database:
    """A database holding ``demo --mra``, copied from one made once per test run (loading
    the demo takes seconds; copying it, milliseconds)."""
    import sqlite3
    import tempfile

    from mra_desktop.core.mra_demo import load_mra_demo

    if not _TEMPLATE:
        made = Path(tempfile.mkdtemp(prefix="mra-demo-template-")) / "template.sqlite"
        template = open_database(made)
        try:
            load_mra_demo(Services(template))
        finally:
            template.close()
        _TEMPLATE.append(made)
    target = folder / "mra-demo.sqlite"
    source = sqlite3.connect(_TEMPLATE[0])
    try:
        copy = sqlite3.connect(target)
        try:
            source.backup(copy)
        finally:
            copy.close()
    finally:
        source.close()
    return open_database(target)
