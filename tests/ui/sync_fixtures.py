"""Fixtures for the export and sync screens' tests: synchronous background jobs, MRA's
keys (cheap to derive) and a partner's database with sync files made from it."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from mra_desktop.core import sync
from mra_desktop.core.database import Database, open_database
from mra_desktop.core.identity import set_identity
from mra_desktop.core.services import Services
from mra_desktop.ui import background

PASSPHRASE = "correct horse battery"


@pytest.fixture
def synchronous() -> Iterator[None]:
    """Background jobs run on the test's thread and report before returning."""
    background.set_synchronous(True)
    yield
    background.set_synchronous(False)


@dataclass
class Keys:
    public: Path
    private: Path


@pytest.fixture
def mra_keys(tmp_path: Path) -> Keys:
    (tmp_path / "keys").mkdir()
    public, private = sync.write_key_pair(tmp_path / "keys" / "mra", PASSPHRASE, scrypt_n=2**10)
    return Keys(public, private)


@dataclass
class Partner:
    db: Database
    services: Services
    meeting_id: str
    change_id: str
    folder: Path

    def export(self, name: str, key: Path | None = None) -> Path:
        path = self.folder / name
        if key is None:
            sync.export_sync(self.db, path, unencrypted=True)
        else:
            sync.export_sync(self.db, path, recipient_public_key=sync.read_public_key(key))
        return path


def make_partner(folder: Path, db_path: Path) -> Partner:
    folder.mkdir(parents=True, exist_ok=True)
    db = open_database(db_path)
    services = Services(db)
    org = services.organisations.create(name="FADD", city="Chichaoua", region="Marrakech-Safi")
    set_identity(db, org.record_id)
    meeting = services.meetings.create(
        organisation_id=org.record_id,
        title="Gendarmerie unit, Chichaoua",
        date="2021-11-02",
        sectors=["law_enforcement"],
        scope="single_sector",
        language="fr",
    )
    change = services.changes.create(
        meeting_id=meeting.record_id, sector="law_enforcement", title="Night reception"
    )
    services.action_items.create(
        meeting_id=meeting.record_id, sector="system", action="continue", text="Meet monthly"
    )
    return Partner(db, services, meeting.record_id, change.record_id, folder)


@pytest.fixture
def partner(tmp_path: Path) -> Iterator[Partner]:
    made = make_partner(tmp_path / "partner", tmp_path / "partner.sqlite")
    yield made
    made.db.close()


def texts(widget: Any) -> str:
    return widget.text() if widget.isVisible() else ""
