"""Shared fixtures. Qt runs offscreen in every test; the core tests need no QApplication."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _isolated_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test reads or writes the real user's data folder."""
    monkeypatch.setenv("MRA_DESKTOP_DB", str(tmp_path / "default.sqlite"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "meetings.sqlite"


@pytest.fixture
def db(db_path: Path):  # type: ignore[no-untyped-def]
    from mra_desktop.core.database import open_database

    database = open_database(db_path)
    yield database
    database.close()


@pytest.fixture
def services(db):  # type: ignore[no-untyped-def]
    from mra_desktop.core.services import Services

    return Services(db)


@pytest.fixture
def meeting(services):  # type: ignore[no-untyped-def]
    """A meeting of a partner NGO, ready to receive changes and action items."""
    from mra_desktop.core.identity import set_identity

    org = services.organisations.create(name="Association Amal", city="El-Hajeb", region="Fès-Meknès")
    set_identity(services.db, org.record_id)  # the partner's own database
    created = services.meetings.create(
        organisation_id=org.record_id,
        title="Local commission, El-Hajeb",
        date="2022-03-14",
        sectors=["health", "justice"],
        language="fr",
    )
    return services.meetings.get(created.record_id)
