"""The partner's consent on a change: the two flags, what they do to a newsletter item, and
what they do not touch (the sync file, the meeting report)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select, text

from mra_desktop.core import models as m
from mra_desktop.core.database import open_database
from mra_desktop.core.errors import ValidationError
from mra_desktop.core.newsletter.consent import PLACEHOLDERS, NameMask, place_of
from mra_desktop.core.report_pdf import export_meeting_pdf
from mra_desktop.core.services import Services
from tests.mra_support import Partner, import_file
from tests.pdf_oracle import pdf_text


def _flags(db, change_id: str) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    with db.engine.connect() as conn:
        row = conn.execute(
            text('SELECT may_be_quoted, anonymise FROM "change" WHERE id = :id'), {"id": change_id}
        ).one()
    return int(row[0]), int(row[1])


def test_a_new_change_has_no_consent_and_the_partner_gives_it(services, db, meeting) -> None:  # type: ignore[no-untyped-def]
    created = services.changes.create(meeting_id=meeting.id, sector="health", title="Offices")
    assert _flags(db, created.record_id) == (0, 0)
    before = services.changes.get(created.record_id)
    result = services.changes.update(created.record_id, may_be_quoted=True, anonymise=True)
    assert result.operation == "updated"
    assert set(result.fields) == {"may_be_quoted", "anonymise"}
    assert _flags(db, created.record_id) == (1, 1)
    after = services.changes.get(created.record_id)
    assert after.revision == before.revision + 1
    # sync format 1 does not carry them: they are not part of the content (nor its hash)
    assert "may_be_quoted" not in m.Change.content_fields()
    assert after.content_hash == before.content_hash == after.compute_content_hash()


@pytest.mark.parametrize("value", ["yes", 1, None])
def test_a_flag_is_yes_or_no(services, meeting, value) -> None:  # type: ignore[no-untyped-def]
    created = services.changes.create(meeting_id=meeting.id, sector="health", title="Offices")
    with pytest.raises(ValidationError) as refused:
        services.changes.update(created.record_id, may_be_quoted=value)
    assert "yes or no" in refused.value.message or "cannot be empty" in refused.value.message


def test_a_change_imported_from_a_partner_has_both_flags_off(tmp_path: Path) -> None:
    """Until the sync format carries consent, MRA never receives a change as quotable."""
    partner = Partner(tmp_path)
    try:
        change_id = partner.ids["change"]
        partner.services.changes.update(change_id, may_be_quoted=True, anonymise=True)
        assert _flags(partner.db, change_id) == (1, 1)
        sync_file = partner.export()
    finally:
        partner.close()
    mra = open_database(tmp_path / "mra.sqlite")
    try:
        import_file(mra, sync_file)
        assert _flags(mra, change_id) == (0, 0)
    finally:
        mra.close()


def test_the_meeting_report_is_the_same_with_or_without_consent(
    services, meeting, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    created = services.changes.create(
        meeting_id=meeting.id, sector="health", title="Bureau réservé", what_changed="Un bureau."
    )
    plain = pdf_text(export_meeting_pdf(services, meeting.id, "fr", tmp_path / "a.pdf").path)
    services.changes.update(created.record_id, may_be_quoted=True, anonymise=True)
    flagged = pdf_text(export_meeting_pdf(services, meeting.id, "fr", tmp_path / "b.pdf").path)
    assert flagged == plain
    assert "Bureau réservé" in plain


# -- names -------------------------------------------------------------------------------------
NAMES = ["نادية العلوي", "Amina Oubella", "Malika Aït Saïd", "Hassan El Idrissi"]


@pytest.mark.parametrize(
    ("typed", "kept", "gone"),
    [
        ("أشرفت نادية العلوي على الخلية.", ["أشرفت", "على الخلية."], ["نادية", "العلوي"]),
        # harakat, a prefix written onto the name, the family name alone
        ("وقالت لنادِيَة: شكرا للعلوي", ["وقالت", "شكرا"], ["نادِيَة", "علوي"]),
        ("Selon Mme OUBELLA, l'unité est ouverte.", ["Selon Mme", "l'unité"], ["OUBELLA"]),
        ("Malika Ait-Said a accompagné la victime.", ["a accompagné"], ["Malika", "Ait", "Said"]),
        ("Accueil au CHR par le Dr Naïma Berrada.", ["Accueil au CHR par le Dr"], ["Naïma", "Berrada"]),
        # a particle alone is not a name
        ("El Hajeb et la commune d'El Kelaa", ["El Hajeb", "El Kelaa"], []),
    ],
)
def test_known_names_are_replaced_wherever_they_stand(
    typed: str, kept: list[str], gone: list[str]
) -> None:
    masked = NameMask(NAMES).apply(typed, "fr")
    for word in kept:
        assert word in masked
    for word in gone:
        assert word not in masked
    if gone:
        assert PLACEHOLDERS["ar"] in masked or PLACEHOLDERS["fr"] in masked


def test_a_full_name_becomes_one_placeholder_in_the_sentences_language() -> None:
    mask = NameMask(NAMES)
    assert mask.apply("Amina Oubella et Hassan El Idrissi.", "fr") == (
        "[nom masqué] et [nom masqué]."
    )
    assert mask.apply("Amina Oubella said so.", "en") == "[name withheld] said so."
    assert mask.apply("تحدثت نادية العلوي.", "fr") == "تحدثت [اسم محجوب]."
    assert mask.apply("Nothing to hide here.", "en") == "Nothing to hide here."


# -- places ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("level", "anonymise", "expected"),
    [
        (None, False, "Centre hospitalier régional Hassan II — Agadir, Souss-Massa"),
        ("facility", True, "Centre hospitalier régional Hassan II — Agadir, Souss-Massa"),
        ("person", True, "Agadir, Souss-Massa"),
        ("city", True, "Agadir, Souss-Massa"),
        ("province", True, "Agadir, Souss-Massa"),
        (None, True, "Agadir, Souss-Massa"),
        ("region", True, "Souss-Massa"),
        ("national", True, ""),
    ],
)
def test_an_anonymised_place_is_as_precise_as_the_changes_level(
    level: str | None, anonymise: bool, expected: str
) -> None:
    change = m.Change(location="Centre hospitalier régional Hassan II", level=level)
    meeting = m.Meeting(city="Agadir", region="Souss-Massa")
    place = place_of(change, meeting, anonymise=anonymise)
    assert place.text == expected
    assert place.national == (level == "national" and anonymise)


def test_services_write_the_flags_the_editor_sends(tmp_path: Path) -> None:
    db = open_database(tmp_path / "p.sqlite")
    try:
        services = Services(db)
        org = services.organisations.create(name="Association")
        meeting = services.meetings.create(organisation_id=org.record_id, title="M")
        change = services.changes.create(
            meeting_id=meeting.record_id, sector="justice", title="C", may_be_quoted=True
        )
        with db.session() as session:
            stored = session.scalar(select(m.Change).where(m.Change.id == change.record_id))
            assert stored is not None and stored.may_be_quoted and not stored.anonymise
    finally:
        db.close()
