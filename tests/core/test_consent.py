"""The partner's consent on a change: the two flags, how they travel in the sync file (and
what older files and databases mean by saying nothing), what they do to a newsletter item,
and what they do not touch (the meeting report)."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from sqlalchemy import select, text

from mra_desktop.core import models as m
from mra_desktop.core.database import _alembic_config, make_engine, open_database
from mra_desktop.core.errors import ValidationError
from mra_desktop.core.newsletter import issues
from mra_desktop.core.newsletter.consent import PLACEHOLDERS, NameMask, place_of
from mra_desktop.core.newsletter.issues import NewsletterError
from mra_desktop.core.report_pdf import export_meeting_pdf
from mra_desktop.core.review import set_review_state
from mra_desktop.core.services import Services
from mra_desktop.core.sync import import_sync_files, list_conflicts, resolve_conflict, revert_import
from mra_desktop.core.sync.records import row_to_payload
from tests.mra_support import Partner, import_file
from tests.pdf_oracle import pdf_text
from tests.sync_support import (
    DEVICE,
    MEETING_ID,
    build_file,
    build_v1_file,
    dump,
    enrol_tafiil,
    manifest_for,
    rehash,
    small_records,
    v1_form,
)


def _change(db, change_id: str) -> m.Change | None:  # type: ignore[no-untyped-def]
    with db.session() as session:
        return session.get(m.Change, change_id)


def _import_unsigned(db, path: Path, data: bytes):  # type: ignore[no-untyped-def]
    """MRA imports a file of format 1 (unsigned, unencrypted), as asked."""
    path.write_bytes(data)
    [outcome] = import_sync_files(db, [path], [], allow_unsigned=True, allow_unencrypted=True)
    assert outcome.status == "imported", outcome.message
    return outcome


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
    # consent is content: a new version, with its own hash, that the next sync file carries
    assert {"may_be_quoted", "anonymise"} <= set(m.Change.content_fields())
    assert after.content_hash == after.compute_content_hash() != before.content_hash
    # taking it back is another new version, which says what the first one said
    services.changes.update(created.record_id, may_be_quoted=False, anonymise=False)
    withdrawn = services.changes.get(created.record_id)
    assert withdrawn.revision == before.revision + 2
    assert withdrawn.content_hash == before.content_hash


@pytest.mark.parametrize("value", ["yes", 1, None])
def test_a_flag_is_yes_or_no(services, meeting, value) -> None:  # type: ignore[no-untyped-def]
    created = services.changes.create(meeting_id=meeting.id, sector="health", title="Offices")
    with pytest.raises(ValidationError) as refused:
        services.changes.update(created.record_id, may_be_quoted=value)
    assert "yes or no" in refused.value.message or "cannot be empty" in refused.value.message


def test_the_flags_travel_in_format_2(tmp_path: Path) -> None:
    """Giving consent, then taking one flag back, reaches MRA as two updates (one revision
    more each): MRA publishes only what the partner's latest version allows."""
    partner = Partner(tmp_path)
    mra = open_database(tmp_path / "mra.sqlite")
    try:
        change_id = partner.ids["change"]
        first = import_file(mra, partner.export())
        assert first.counts.new == 6 and _flags(mra, change_id) == (0, 0)
        stored = _change(mra, change_id)

        partner.services.changes.update(change_id, may_be_quoted=True, anonymise=True)
        given = import_file(mra, partner.export())
        assert (given.counts.updated, given.counts.unchanged, given.counts.new) == (1, 6, 0)
        assert _flags(mra, change_id) == (1, 1)
        consented = _change(mra, change_id)
        assert consented.revision == stored.revision + 1
        assert consented.content_hash != stored.content_hash
        assert consented.content_hash == partner.services.changes.get(change_id).content_hash
        assert consented.compute_content_hash() == consented.content_hash

        partner.services.changes.update(change_id, may_be_quoted=False)
        withdrawn = import_file(mra, partner.export())
        assert withdrawn.counts.updated == 1 and _flags(mra, change_id) == (0, 1)
        assert _change(mra, change_id).revision == stored.revision + 2
    finally:
        partner.close()
        mra.close()


def test_a_consented_change_reaches_mras_newsletter_candidates(tmp_path: Path) -> None:
    """Partner to MRA, end to end: a change the partner has not allowed to be quoted is no
    candidate of MRA's newsletter; once the partner gives consent (and asks for anonymity)
    and MRA approves the meeting received again, it is one, and its item hides the names
    of the meeting's people."""
    partner = Partner(tmp_path)
    mra = open_database(tmp_path / "mra.sqlite")
    try:
        change_id, meeting_id = partner.ids["change"], partner.ids["meeting"]
        import_file(mra, partner.export())
        set_review_state(mra, meeting_id, "approved", reviewer="Samira Benali")
        draft = issues.create_draft(mra, language="ar", period_from=dt.date(2022, 1, 1),
                                    period_to=dt.date(2022, 6, 30))
        assert change_id not in {c.id for c, _p, _d in issues.candidates(mra, draft.issue_id)}
        with pytest.raises(NewsletterError, match="has not agreed"):
            issues.add_change(mra, draft.issue_id, change_id)

        partner.services.changes.update(
            change_id, may_be_quoted=True, anonymise=True, who_decided="Fatima Zahra, la directrice"
        )
        assert import_file(mra, partner.export()).counts.updated == 1
        set_review_state(mra, meeting_id, "approved", reviewer="Samira Benali")
        found = {c.id: (p, d) for c, p, d in issues.candidates(mra, draft.issue_id)}
        assert found[change_id] == ("Association Amal", dt.date(2022, 3, 14))
        item_id = issues.add_change(mra, draft.issue_id, change_id)
        [item] = [i for i in issues.issue_items(mra, draft.issue_id) if i.id == item_id]
        assert item.source_anonymise and item.title == "Bureaux réservés aux femmes victimes de violence"
        assert "Fatima" not in item.decided and "la directrice" in item.decided
    finally:
        partner.close()
        mra.close()


@pytest.mark.parametrize("value", [1, 0, "true", "yes", None, [True]])
def test_a_sync_file_flag_must_be_true_or_false(tmp_path: Path, value: Any) -> None:
    """A consent flag is a JSON boolean: anything else (1, "true", null…) refuses the whole
    file with one sentence naming the field, and writes nothing."""
    mra = open_database(tmp_path / "mra.sqlite")
    try:
        enrol_tafiil(mra)
        records = small_records()
        records["change"][0]["may_be_quoted"] = value
        rehash("change", records["change"][0])
        path = tmp_path / "odd.mrasync"
        path.write_bytes(build_file(records))
        before = dump(mra)
        [outcome] = import_sync_files(mra, [path], [], allow_unencrypted=True)
        assert outcome.status == "rejected"
        assert "may_be_quoted" in outcome.message and "\n" not in outcome.message
        assert "Traceback" not in outcome.message
        assert dump(mra) == before
    finally:
        mra.close()


def test_a_version_1_file_imports_with_both_off(tmp_path: Path) -> None:
    """Format 1 never carried consent: its changes arrive with both flags off, and a newer
    revision from such a file turns off what the stored version had ("consent unknown means
    off"), even when nothing else changed."""
    mra = open_database(tmp_path / "mra.sqlite")  # Tafiil has no enrolled device here
    try:
        change_id = small_records()["change"][0]["id"]
        first = _import_unsigned(mra, tmp_path / "old-1.mrasync", build_v1_file())
        assert first.counts.new == 4 and _flags(mra, change_id) == (0, 0)
        # however the stored version came to say consent, a version that does not say it
        # wins with consent off
        with mra.engine.begin() as conn:
            conn.execute(text('UPDATE "change" SET may_be_quoted = 1, anonymise = 1 WHERE id = :id'),
                         {"id": change_id})
        with mra.transaction() as session:
            row = session.get(m.Change, change_id)
            assert row is not None
            row.content_hash = row.compute_content_hash()
        records = small_records()
        records["change"][0]["revision"] = 2
        newer = _import_unsigned(mra, tmp_path / "old-2.mrasync", build_v1_file(records))
        assert (newer.counts.updated, newer.counts.unchanged) == (1, 3)
        assert _flags(mra, change_id) == (0, 0)
        stored = _change(mra, change_id)
        assert stored.revision == 2
        assert stored.content_hash == records["change"][0]["content_hash"] == stored.compute_content_hash()
    finally:
        mra.close()


def test_a_version_1_file_cannot_give_consent(tmp_path: Path) -> None:
    """An unsigned file of the format without consent may not carry consent flags."""
    mra = open_database(tmp_path / "mra.sqlite")
    try:
        records = small_records()
        records["change"][0]["may_be_quoted"] = True
        rehash("change", records["change"][0])
        path = tmp_path / "old.mrasync"
        path.write_bytes(build_v1_file(records, as_written=True))
        [outcome] = import_sync_files(mra, [path], [], allow_unsigned=True, allow_unencrypted=True)
        assert outcome.status == "rejected"
        assert "has a field this format does not know: 'may_be_quoted'" in outcome.message
        assert _change(mra, records["change"][0]["id"]) is None
    finally:
        mra.close()


#: the content hashes of small_records() as mra-desktop stored them before consent
#: travelled (computed then, when the flags were not content)
HASHES_BEFORE_CONSENT = {
    "organisation": "e1cfe12dc87dff495fdd2492632e246c808e98604a5838960d9d7435b766f517",
    "meeting": "12b056e48c7f0981d331c435c466838442f4f0ccc9f9f069ce03d0c6e6e191fe",
    "change": "4ea564064ed387f29e37f65c0802b5632eabf227d85915ea654d669cc08a4b4a",
    "note": "bd393807b7021a673770790c86f002e120177dc51a5da6e450d1076bc8f37338",
}


def _database_before_consent(path: Path, import_id: str) -> None:
    """MRA's database as mra-desktop left it before the consent flags existed (schema
    0005): small_records() imported from a file, with the hashes stored then."""
    engine = make_engine(path)
    with engine.begin() as conn:
        command.upgrade(_alembic_config(conn), "0005")
    engine.dispose()
    raw = sqlite3.connect(path)
    raw.execute(
        "INSERT INTO import_log (id, imported_at, file_name, file_sha256, file_size, "
        "source_organisation, source_device_id, exported_at, app_version, encrypted, "
        "new_count, updated_count, unchanged_count, conflict_count, deleted_count, "
        "format_version) VALUES (?, '2022-06-02 10:00:00.000000', 'old.mrasync', ?, 1, "
        "'Association Tafiil', ?, '2022-06-01 08:00:00.000000', '0.1.0', 0, 4, 0, 0, 0, 0, 1)",
        (import_id, "0" * 64, DEVICE),
    )
    for record_type, items in v1_form(small_records()).items():
        for record in items:
            values = {k: v for k, v in record.items()}
            values["content_hash"] = HASHES_BEFORE_CONSENT[record_type]
            for name in ("created_at", "updated_at"):
                values[name] = values[name].replace("T", " ").removesuffix("+00:00")
            values = {k: json.dumps(v) if isinstance(v, list) else v for k, v in values.items()}
            values |= {"origin_import_id": import_id, "first_import_id": import_id,
                       "change_seq": 1, "demo": 0}
            names = ", ".join(f'"{k}"' for k in values)
            marks = ", ".join("?" for _ in values)
            raw.execute(f'INSERT INTO "{record_type}" ({names}) VALUES ({marks})',
                        tuple(values.values()))
    raw.commit()
    raw.close()


def test_an_old_database_keeps_its_hashes_and_old_files_find_their_records_unchanged(
    tmp_path: Path,
) -> None:
    path = tmp_path / "mra.sqlite"
    _database_before_consent(path, "imp-before-consent")
    mra = open_database(path)  # upgraded: the consent columns come, off
    try:
        with mra.session() as session:
            for model in m.RECORD_TYPES:
                for record in session.scalars(select(model)):
                    assert record.content_hash == HASHES_BEFORE_CONSENT[model.record_type]
                    assert record.compute_content_hash() == record.content_hash, model
        change_id = small_records()["change"][0]["id"]
        assert _flags(mra, change_id) == (0, 0)
        # a file exported before the flags existed, sent again (not the same bytes)
        again = _import_unsigned(mra, tmp_path / "old-again.mrasync",
                                 build_v1_file(organisation="Association Tafiil "))
        assert (again.counts.unchanged, again.counts.new, again.counts.updated) == (4, 0, 0)
        # the partner updates mra-desktop and exports everything in format 2: nothing new
        enrol_tafiil(mra)
        path = tmp_path / "new.mrasync"
        path.write_bytes(build_file())
        [now] = import_sync_files(mra, [path], [], allow_unencrypted=True)
        assert now.status == "imported", now.message
        assert (now.counts.unchanged, now.counts.new, now.counts.updated) == (4, 0, 0)
        # and the first time it gives consent, that is an update
        records = small_records()
        records["change"][0].update(revision=2, may_be_quoted=True)
        rehash("change", records["change"][0])
        path.write_bytes(build_file(records, manifest=manifest_for(records, sequence=13)))
        [given] = import_sync_files(mra, [path], [], allow_unencrypted=True)
        assert given.counts.updated == 1 and _flags(mra, change_id) == (1, 0)
    finally:
        mra.close()


def test_the_hashes_of_changes_without_consent_did_not_move() -> None:
    """The hash of a record that says no consent is the one stored before the flags
    travelled, however it is computed: from a sync record, from the database's record,
    and by the reference writer of FORMAT.md."""
    from tests.core.test_sync_format import _reference_writer

    reference = _reference_writer()["content_hash"]
    for record_type, items in small_records().items():
        for record in items:
            assert record["content_hash"] == HASHES_BEFORE_CONSENT[record_type]
            content = {k: v for k, v in record.items() if k != "content_hash"}
            assert reference(record_type, content) == HASHES_BEFORE_CONSENT[record_type]
    change = small_records()["change"][0]
    given = {**change, "may_be_quoted": True}
    assert rehash("change", given)["content_hash"] != HASHES_BEFORE_CONSENT["change"]
    assert reference("change", {k: v for k, v in given.items() if k != "content_hash"}) == (
        given["content_hash"]
    )


def _strip_consent(db, table: str, column: str) -> None:  # type: ignore[no-untyped-def]
    """Versions kept as mra-desktop kept them before consent travelled: without the flags."""
    with db.engine.begin() as conn:
        for row_id, version in conn.execute(text(f"SELECT id, {column} FROM {table}")).all():
            kept = {k: v for k, v in json.loads(version).items() if k not in ("may_be_quoted", "anonymise")}
            conn.execute(text(f"UPDATE {table} SET {column} = :v WHERE id = :id"),
                         {"v": json.dumps(kept), "id": row_id})


def test_undoing_an_import_over_a_version_kept_without_consent_turns_it_off(tmp_path: Path) -> None:
    """A before-image kept before the flags travelled says nothing of consent: undoing the
    import that brought consent gives back a change that may not be quoted."""
    mra = open_database(tmp_path / "mra.sqlite")
    try:
        enrol_tafiil(mra)
        path = tmp_path / "first.mrasync"
        path.write_bytes(build_file())
        import_sync_files(mra, [path], [], allow_unencrypted=True)
        records = small_records()
        change = records["change"][0]
        change.update(revision=2, may_be_quoted=True, anonymise=True)
        rehash("change", change)
        path = tmp_path / "consent.mrasync"
        path.write_bytes(build_file(records, manifest=manifest_for(records, sequence=13)))
        [given] = import_sync_files(mra, [path], [], allow_unencrypted=True)
        assert given.counts.updated == 1 and _flags(mra, change["id"]) == (1, 1)
        _strip_consent(mra, "import_before_image", "version")
        revert_import(mra, given.import_id)
        assert _flags(mra, change["id"]) == (0, 0)
        restored = _change(mra, change["id"])
        assert restored is not None and restored.revision == 1
        assert restored.compute_content_hash() == restored.content_hash == HASHES_BEFORE_CONSENT["change"]
    finally:
        mra.close()


def test_a_conflict_kept_without_consent_shows_it_off_and_can_be_decided(tmp_path: Path) -> None:
    mra = open_database(tmp_path / "mra.sqlite")
    try:
        enrol_tafiil(mra)
        path = tmp_path / "first.mrasync"
        path.write_bytes(build_file())
        import_sync_files(mra, [path], [], allow_unencrypted=True)
        records = small_records()
        change = records["change"][0]
        change["title"] = "Audiences à huis clos, autrement"  # same revision, other content
        rehash("change", change)
        path = tmp_path / "other.mrasync"
        path.write_bytes(build_file(records, manifest=manifest_for(records, sequence=13)))
        [outcome] = import_sync_files(mra, [path], [], allow_unencrypted=True)
        assert outcome.counts.conflicts == 1
        _strip_consent(mra, "sync_conflict", "local_version")
        _strip_consent(mra, "sync_conflict", "incoming_version")
        [conflict] = list_conflicts(mra)
        assert conflict.differing_fields == ["title"]
        assert conflict.local["may_be_quoted"] is conflict.incoming["anonymise"] is False
        resolve_conflict(mra, conflict.id, "incoming")
        decided = _change(mra, change["id"])
        assert decided is not None and decided.title == "Audiences à huis clos, autrement"
        assert _flags(mra, change["id"]) == (0, 0)
        assert decided.compute_content_hash() == decided.content_hash
    finally:
        mra.close()


# -- who may give consent ------------------------------------------------------------------
def test_consent_can_only_be_given_by_the_owners_files(tmp_path: Path) -> None:
    """Another partner's enrolled device cannot make a change quotable, neither by sending
    it back under its owner's meeting nor by moving it under its own; nor can it touch
    MRA's own changes; nor can a record that states the stored hash smuggle consent in."""
    partner = Partner(tmp_path)  # Association Amal
    mra = open_database(tmp_path / "mra.sqlite")
    try:
        import_file(mra, partner.export())
        mra_change = Services(mra).changes.create(
            meeting_id=Services(mra).meetings.create(
                organisation_id=Services(mra).organisations.create(name="MRA").record_id,
                title="Réunion de MRA",
            ).record_id,
            sector="justice", title="Changement noté par MRA",
        ).record_id
        enrol_tafiil(mra)
        amal_change = partner.ids["change"]
        with mra.engine.connect() as conn:
            row = conn.execute(select(m.Change.__table__).where(m.Change.id == amal_change)).mappings().one()
        amal = row_to_payload("change", row)

        def forged(change: dict[str, Any]) -> str:
            records = small_records()
            records["change"].append(
                rehash("change", {**change, "may_be_quoted": True, "anonymise": False,
                                  "revision": change["revision"] + 1, "device_id": DEVICE})
            )
            path = tmp_path / "forged.mrasync"
            path.write_bytes(build_file(records))
            before = dump(mra)
            [outcome] = import_sync_files(mra, [path], [], allow_unencrypted=True)
            assert outcome.status == "rejected" and outcome.code == "sync_not_owner"
            assert dump(mra) == before
            return outcome.message

        assert f"the change {amal_change} belongs to another organisation;" in forged(amal)
        moved = {**amal, "meeting_id": MEETING_ID}
        assert "belongs to another organisation at MRA" in forged(moved)
        with mra.engine.connect() as conn:
            own = conn.execute(select(m.Change.__table__).where(m.Change.id == mra_change)).mappings().one()
        assert "is one of MRA's own records" in forged({**row_to_payload("change", own),
                                                        "meeting_id": MEETING_ID})
        assert _flags(mra, amal_change) == (0, 0) and _flags(mra, mra_change) == (0, 0)

        # a record that states the hash of the stored version changes nothing, whatever it
        # holds (the import does not hash it again): consent cannot slip in that way
        path = tmp_path / "tafiil.mrasync"
        path.write_bytes(build_file())
        assert import_sync_files(mra, [path], [], allow_unencrypted=True)[0].counts.new == 4
        records = small_records()
        records["change"][0].update(revision=2, may_be_quoted=True)  # hash left as stored
        path.write_bytes(build_file(records, manifest=manifest_for(records, sequence=13)))
        [stale] = import_sync_files(mra, [path], [], allow_unencrypted=True)
        assert stale.status == "imported" and stale.counts.unchanged == 4
        assert _flags(mra, records["change"][0]["id"]) == (0, 0)
    finally:
        partner.close()
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
