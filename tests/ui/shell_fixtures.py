"""Fixtures for the shell's GUI tests (main window, list, setup, first run, settings).

Imported by the test modules that use them (``from shell_fixtures import ...``), so that
tests/ui needs no shared conftest of its own.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from mra_desktop.core.identity import set_identity
from mra_desktop.ui.i18n import apply_language


@pytest.fixture
def english(qapp: QApplication) -> Iterator[QApplication]:
    """The interface in English before and after the test, whatever the test switched to."""
    font = QFont(qapp.font())
    apply_language(qapp, "en")
    yield qapp
    apply_language(qapp, "en")
    qapp.setFont(font)  # run_gui and the screenshots set the program's own font
    qapp.processEvents()


@pytest.fixture
def organisation(services: Any) -> str:
    """A partner organisation, chosen in the settings, with a facilitator's name."""
    org = services.organisations.create(name="Association Amal", city="El-Hajeb", region="Fès-Meknès")
    set_identity(services.db, org.record_id, facilitator="Amina Oubella")
    return str(org.record_id)


@pytest.fixture
def meetings(services: Any, organisation: str) -> dict[str, str]:
    """Four meetings of two partners, in different places, sectors, statuses and dates."""
    other = services.organisations.create(name="FADD", city="Chichaoua", region="Marrakech-Safi")
    specs = {
        "taza": dict(organisation_id=organisation, title="Local commission, Taza", city="Taza",
                     region="Fès-Meknès", date="2022-05-18", sectors=["health", "justice"],
                     status="completed", language="ar"),
        "hajeb": dict(organisation_id=organisation, title="Hospital social workers", city="El-Hajeb",
                      region="Fès-Meknès", date="2022-03-14", sectors=["health"],
                      scope="single_sector", kind="individual", status="planned", language="fr",
                      facilitators=["Amina Oubella"], format="video", body="health"),
        "chichaoua": dict(organisation_id=other.record_id, title="Gendarmerie unit", city="Chichaoua",
                          region="Marrakech-Safi", date="2021-11-02",
                          sectors=["law_enforcement"], scope="single_sector", status="completed"),
        "agadir": dict(organisation_id=organisation, title="Regional commission", city="Agadir",
                       region="Souss-Massa", date="2022-06-22",
                       sectors=["health", "justice", "law_enforcement", "system"],
                       status="in_progress", language="fr"),
    }
    ids = {key: services.meetings.create(**values).record_id for key, values in specs.items()}
    services.participants.create(meeting_id=ids["hajeb"], role="Assistante sociale", institution="Hôpital",
                                 sector="health", count=2)
    services.participants.create(meeting_id=ids["hajeb"], role="Médecin", sector="health", count=1,
                                 name="Dr Alaoui")
    services.changes.create(meeting_id=ids["taza"], sector="justice", title="Phone instructions")
    services.changes.create(meeting_id=ids["taza"], sector="health", title="Free certificates")
    services.action_items.create(meeting_id=ids["taza"], sector="system", action="continue",
                                 text="Monthly meetings")
    return ids


def today() -> dt.date:
    return dt.date.today()
