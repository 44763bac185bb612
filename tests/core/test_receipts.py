"""Receipts, MRA → partner: what a receipt says (and what it never says), who can read it,
how the partner's program stores it, which receipt wins, and MRA's public key file that
carries the key receipts are checked with."""

from __future__ import annotations

import json
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select

from mra_desktop.core import models as m
from mra_desktop.core.identity import new_signing_key, public_key_bytes, signing_key
from mra_desktop.core.mra_records import REVIEW_STATES
from mra_desktop.core.receipts import container
from mra_desktop.core.receipts.container import (
    x25519_private_from_ed25519,
    x25519_public_from_ed25519,
)
from mra_desktop.core.receipts.errors import NoRecipientDeviceError, ReceiptRecipientError
from mra_desktop.core.receipts.payload import ReviewState
from mra_desktop.core.receipts.records import MraReview, ReceivedReceipt, WrittenReceipt
from mra_desktop.core.receipts.views import has_receipts, mra_reviews, received_receipts
from mra_desktop.core.receipts.writing import receipts_written, suggested_receipt_name
from mra_desktop.core.services import Services
from mra_desktop.core.sync import (
    KeyAlreadyInstalledError,
    SyncKeyError,
    device_card,
    enrol,
    export_sync,
    install_recipient_key,
    installed_recipient_key,
    revert_import,
    revoke,
)
from mra_desktop.core.sync.keys import (
    PUBLIC_KEY_HEADER,
    fingerprint,
    parse_public_key,
    read_encryption_key,
    write_key_pair,
)
from tests.receipt_support import MSC_REASON, World, clone_world, make_world
from tests.sync_support import dump, second_device


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> World:
    made = make_world(tmp_path_factory.mktemp("receipts") / "world")
    made.close()
    return made


@pytest.fixture
def world(template: World, tmp_path: Path) -> Iterator[World]:
    made = clone_world(template, tmp_path / "world")
    yield made
    made.close()


def _payload(world: World, path: Path) -> dict:
    """What a receipt holds, decrypted as the partner's device decrypts it."""
    data = path.read_bytes()
    header = container.read_header(data)
    own = public_key_bytes(signing_key(world.partner))
    entry = next(r for r in header.manifest.encryption.recipients
                 if r.fingerprint == fingerprint(own))
    return json.loads(container.open_payload(data, header, entry, signing_key(world.partner)))


# -- a device's Ed25519 key as an X25519 key --------------------------------------------------
def test_the_converted_public_key_is_the_public_half_of_the_converted_private_key() -> None:
    """The map on public keys agrees with what ``cryptography`` computes from the
    converted private key: the two only meet if both conversions are right."""
    for _ in range(40):
        key = Ed25519PrivateKey.generate()
        converted = x25519_public_from_ed25519(key.public_key().public_bytes_raw())
        assert converted == x25519_private_from_ed25519(key).public_key().public_bytes_raw()


@pytest.mark.parametrize("raw", [bytes(31), (1).to_bytes(32, "little"),
                                 (2**255 - 19).to_bytes(32, "little")])
def test_encodings_that_are_no_usable_key_are_refused(raw: bytes) -> None:
    with pytest.raises(ValueError):
        x25519_public_from_ed25519(raw)


# -- what a receipt says ------------------------------------------------------------------
def test_a_receipt_says_which_files_arrived_and_how_each_meeting_was_reviewed(world: World) -> None:
    world.review("has_issues", "Say who decided the separate office, and since when.")
    world.choose_msc()
    result = world.write()
    assert result.path.is_file() and result.number == 1
    assert result.organisation_name == "Association Amal"
    assert (result.files, result.meetings, result.national_msc) == (1, 1, 1)
    assert result.states == {"has_issues": 1}
    payload = _payload(world, result.path)
    [file] = payload["files"]
    assert file["file_name"] == "file-2.mrasync" and file["undone_at"] is None
    assert file["counts"] == {"new": 6, "updated": 0, "unchanged": 0, "conflicts": 0,
                              "deleted": 1}
    assert payload["for_import_id"] == file["import_id"] == result.import_id
    [meeting] = payload["meetings"]
    assert meeting["id"] == world.ids["meeting"]
    assert meeting["review"]["state"] == "has_issues"
    assert meeting["review"]["comment"] == "Say who decided the separate office, and since when."
    assert meeting["review"]["changed_since_review"] is False
    [choice] = meeting["national_msc"]
    assert choice["change_id"] == world.ids["change"] and choice["reason"] == MSC_REASON
    assert choice["domain"] == "health" and choice["domain_axis"] == "sector"


def test_a_receipt_keeps_mras_deliberation_and_other_partners_at_mra(world: World) -> None:
    """The panel's dissent, who reviewed and who chose, and everything of FADD (its
    meeting, its file, its review) stay at MRA."""
    world.review("approved", "Precise and complete.")
    world.review("has_issues", "FADD must name the brigade.", meeting=world.other_ids["meeting"])
    world.choose_msc()
    result = world.write()
    text = json.dumps(_payload(world, result.path), ensure_ascii=False)
    for secret in ("preferred the Taza court", "Stephanie", "MRA panel", "FADD", "brigade",
                   world.other_ids["meeting"], world.other_ids["organisation"], "file-1"):
        assert secret not in text


def test_a_receipt_is_encrypted_nothing_of_it_reads_in_the_file(world: World) -> None:
    world.review("has_issues", "Say who decided the separate office, and since when.")
    data = world.write().path.read_bytes()
    for plain in ("Say who decided", "Bureaux réservés", world.ids["meeting"], "file-2"):
        assert plain.encode("utf-8") not in data
    assert data.startswith(b"MRARCPT\x00\x00\x01")


def test_a_meeting_the_partner_changed_after_its_review_says_so(world: World) -> None:
    world.review("approved")
    world.partner_services.meetings.update(world.ids["meeting"], title="Commission locale (corrigé)")
    world.sync()
    [meeting] = _payload(world, world.write().path)["meetings"]
    assert meeting["review"]["state"] == "approved"
    assert meeting["review"]["changed_since_review"] is True
    assert meeting["title"] == "Commission locale (corrigé)"


def test_an_unreviewed_meeting_is_received(world: World) -> None:
    [meeting] = _payload(world, world.write().path)["meetings"]
    assert meeting["review"] == {"state": "received", "changed_since_review": False,
                                 "comment": "", "state_at": None}


def test_the_receipt_is_logged_and_numbered(world: World) -> None:
    first = world.write("one.mrareceipt")
    second = world.write("two.mrareceipt")
    assert (first.number, second.number) == (1, 2)
    written = receipts_written(world.mra)
    assert [(w.number, w.file_name, w.meetings) for w in written] == [
        (2, "two.mrareceipt", 1), (1, "one.mrareceipt", 1)]
    assert written[0].import_id == world.last_import()


def test_a_receipt_is_encrypted_for_every_live_device_of_the_partner(
    world: World, tmp_path: Path
) -> None:
    laptop = second_device(world.partner.path, tmp_path / "laptop.sqlite")
    try:
        enrol(world.mra, device_card(laptop))
        result = world.write()
        assert len(result.recipients) == 2
        assert world.receive(result.path, laptop).receipt.meetings[0].state == "received"
        assert not world.receive(result.path).already  # each device stores its own copy
        revoke(world.mra, device_card(laptop).fingerprint)
        later = world.write("later.mrareceipt")
        assert later.recipients == [device_card(world.partner).fingerprint]
        before = dump(laptop)
        with pytest.raises(ReceiptRecipientError, match="another computer"):
            world.receive(later.path, laptop)
        assert dump(laptop) == before
    finally:
        laptop.close()


def test_no_receipt_without_a_device_to_encrypt_it_for(world: World) -> None:
    revoke(world.mra, device_card(world.partner).fingerprint)
    before = dump(world.mra)
    with pytest.raises(NoRecipientDeviceError, match="Association Amal has no enrolled device"):
        world.write()
    assert dump(world.mra) == before
    assert not (world.folder / "receipt.mrareceipt").exists()


def test_a_folder_that_does_not_exist_writes_nothing(world: World) -> None:
    from mra_desktop.core.files import FileWriteError

    before = dump(world.mra)
    with pytest.raises(FileWriteError, match="Cannot write"):
        world.write("missing/receipt.mrareceipt")
    assert dump(world.mra) == before


def test_an_import_id_may_be_a_unique_beginning(world: World) -> None:
    result = world.write(import_id=world.last_import()[:8])
    assert result.import_id == world.last_import()


def test_a_receipt_for_an_undone_import_says_so_and_no_longer_names_its_meeting(
    world: World,
) -> None:
    world.receive(world.write("before.mrareceipt").path)
    import_id = world.last_import()
    revert_import(world.mra, import_id)
    result = world.write("after.mrareceipt", import_id=import_id)
    payload = _payload(world, result.path)
    assert payload["files"][0]["undone_at"] is not None and payload["meetings"] == []
    outcome = world.receive(result.path)
    assert (outcome.updated, outcome.removed) == (0, 1)
    assert mra_reviews(world.partner) == {}


def test_the_suggested_name_names_the_partner_and_the_day() -> None:
    import datetime as dt

    when = dt.datetime(2026, 3, 14, 9, 30, tzinfo=dt.UTC)
    assert suggested_receipt_name("Association Amal", when) == (
        "mra-receipt-Association-Amal-20260314.mrareceipt")
    assert suggested_receipt_name("جمعية أمل / Taza", when) == (
        "mra-receipt-جمعية-أمل-Taza-20260314.mrareceipt")
    assert suggested_receipt_name("../..", when) == "mra-receipt-20260314.mrareceipt"


# -- at the partner -----------------------------------------------------------------------
def test_the_partner_stores_mras_review_as_its_own_records(world: World) -> None:
    world.review("has_issues", "Say who decided it.")
    world.choose_msc()
    outcome = world.receive(world.write().path)
    assert not outcome.already and (outcome.updated, outcome.kept) == (1, 0)
    assert outcome.states == {"has_issues": 1}
    review = mra_reviews(world.partner)[world.ids["meeting"]]
    assert (review.state, review.comment) == ("has_issues", "Say who decided it.")
    assert review.national_msc[0].change_title == "Bureaux réservés aux femmes victimes de violence"
    [receipt] = received_receipts(world.partner)
    assert receipt.for_file is not None and receipt.for_file.file_name == "file-2.mrasync"
    assert has_receipts(world.partner)


def test_importing_the_same_receipt_again_changes_nothing(world: World) -> None:
    path = world.write().path
    first = world.receive(path)
    before = dump(world.partner)
    again = world.receive(path)
    assert again.already and again.previously_imported_at == first.receipt.imported_at
    assert dump(world.partner) == before


def test_a_newer_receipt_supersedes_an_older_one_per_meeting(world: World) -> None:
    world.review("has_issues", "Say who decided it.")
    older = world.write("older.mrareceipt").path
    world.review("approved", "Thank you, it is precise now.")
    newer = world.write("newer.mrareceipt").path
    world.receive(newer)
    outcome = world.receive(older)  # arrives late (a WhatsApp message read later)
    assert (outcome.updated, outcome.kept) == (0, 1)
    review = mra_reviews(world.partner)[world.ids["meeting"]]
    assert (review.state, review.comment) == ("approved", "Thank you, it is precise now.")
    assert len(received_receipts(world.partner)) == 2  # both are kept as received


def test_receipts_in_order_end_with_the_newest_state(world: World) -> None:
    world.review("reviewed")
    first = world.write("1.mrareceipt").path
    world.review("approved")
    second = world.write("2.mrareceipt").path
    world.receive(first)
    assert mra_reviews(world.partner)[world.ids["meeting"]].state == "reviewed"
    assert world.receive(second).updated == 1
    assert mra_reviews(world.partner)[world.ids["meeting"]].state == "approved"


def test_receipts_never_leave_in_a_sync_file(world: World) -> None:
    world.review("has_issues", "A comment only MRA and the partner read.")
    world.receive(world.write().path)
    path = world.folder / "after.mrasync"
    export_sync(world.partner, path, unencrypted=True)
    data = path.read_bytes()
    head_size = 14 + int.from_bytes(data[10:14], "big")
    manifest = json.loads(data[14:head_size])
    payload = zlib.decompress(data[head_size:head_size + manifest["payload"]["stored_size"]])
    assert b"A comment only MRA" not in payload and b"has_issues" not in payload
    # every record type the sync format carries (the action follow-up is not carried yet)
    assert sorted(json.loads(payload)["records"]) == sorted(t.record_type for t in m.RECORD_TYPES)


def test_the_receipt_tables_stay_out_of_the_synchronised_types() -> None:
    tables = {model.__tablename__ for model in m.RECORD_TYPES}
    assert not tables & {"mra_receipt", "partner_receipt", "partner_mra_review"}


def test_the_receipts_review_states_are_mras() -> None:
    assert ReviewState.__args__ == REVIEW_STATES  # type: ignore[attr-defined]


def test_a_receipt_after_the_partner_made_a_new_key_cannot_be_read_with_it(world: World) -> None:
    path = world.write().path
    new_signing_key(world.partner)
    before = dump(world.partner)
    with pytest.raises(ReceiptRecipientError, match="earlier key"):
        world.receive(path)
    assert dump(world.partner) == before


def test_the_database_rows(world: World) -> None:
    world.review("approved")
    world.receive(world.write().path)
    with world.partner.session() as session:
        [receipt] = session.scalars(select(ReceivedReceipt)).all()
        [review] = session.scalars(select(MraReview)).all()
    assert review.receipt_id == receipt.id and review.state == "approved"
    assert receipt.organisation_id == world.ids["organisation"]
    with world.mra.session() as session:
        [written] = session.scalars(select(WrittenReceipt)).all()
    assert written.id == receipt.id and written.organisation_id == world.ids["organisation"]
    assert written.recipients == [device_card(world.partner).fingerprint]


# -- MRA's public key file, format 2 ------------------------------------------------------
def test_the_public_key_file_carries_the_signing_key_under_one_fingerprint(world: World) -> None:
    text = world.public.to_text()
    assert text.startswith("mra-desktop sync public key 2\n") and "Signing-Key: " in text
    again = parse_public_key(text)
    assert again == world.public
    assert again.fingerprint == fingerprint(world.public.raw + world.public.signing_key)
    assert again.encryption_fingerprint == fingerprint(world.public.raw) != again.fingerprint


def test_a_swapped_signing_key_breaks_the_fingerprint(world: World) -> None:
    other = Ed25519PrivateKey.generate().public_key().public_bytes_raw()
    forged = world.public.with_signing_key(other).to_text()
    original_line = next(line for line in world.public.to_text().splitlines()
                         if line.startswith("Fingerprint:"))
    forged_line = next(line for line in forged.splitlines() if line.startswith("Fingerprint:"))
    swapped = forged.replace(forged_line, original_line)
    with pytest.raises(SyncKeyError, match="fingerprint does not match"):
        parse_public_key(swapped)


@pytest.mark.parametrize(
    "change, message",
    [
        (lambda t: t.replace("public key 2", "public key 3"), "newer mra-desktop"),
        (lambda t: "\n".join(x for x in t.splitlines() if not x.startswith("Signing-Key")),
         "signing key is missing"),
        (lambda t: t.replace("Signing-Key: ", "Signing-Key: AAAA"), "signing key is missing"),
        (lambda t: t + "Signing-Key: AAAA\n", "not an mra-desktop public key"),
        (lambda t: t.replace("public key 2", "public key 02"), "not an mra-desktop public key"),
    ],
)
def test_damaged_public_key_files_are_refused(world: World, change, message: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SyncKeyError, match=message):
        parse_public_key(change(world.public.to_text()))


def test_sync_manifests_keep_naming_the_encryption_key(world: World) -> None:
    path = world.folder / "check.mrasync"
    result = export_sync(world.partner, path)
    data = path.read_bytes()
    manifest = json.loads(data[14:14 + int.from_bytes(data[10:14], "big")])
    assert manifest["encryption"]["recipient_fingerprint"] == world.public.encryption_fingerprint
    assert manifest["encryption"]["recipient_key_id"] == world.private.key_id
    assert result.recipient_fingerprint == world.public.fingerprint  # what the partner compared


def test_adding_the_signing_key_to_an_installed_key_is_a_replacement(world: World) -> None:
    """A partner who installed the older file (encryption key only) must compare the new
    fingerprint with MRA before the key that checks receipts is trusted."""
    db = world.other
    install_recipient_key(db, world.public.__class__(world.public.raw, "MRA"), replace=True)
    with pytest.raises(KeyAlreadyInstalledError, match="without the key that signs"):
        install_recipient_key(db, world.public)
    assert installed_recipient_key(db).signing_key is None  # type: ignore[union-attr]
    assert install_recipient_key(db, world.public, replace=True)
    assert installed_recipient_key(db) == world.public
    assert not install_recipient_key(db, world.public)  # the same again: nothing to do


def test_keygen_writes_format_2_and_the_key_file_gives_its_encryption_key(tmp_path: Path) -> None:
    signer = Ed25519PrivateKey.generate().public_key().public_bytes_raw()
    public_path, private_path = write_key_pair(tmp_path / "mra", "a long passphrase",
                                               scrypt_n=2**10, signing_key=signer)
    key = parse_public_key(public_path.read_text())
    assert key.signing_key == signer
    assert read_encryption_key(private_path) == read_encryption_key(public_path)
    assert read_encryption_key(private_path).raw == key.raw
    assert read_encryption_key(private_path).signing_key is None
    unsigned_path, _ = write_key_pair(tmp_path / "old", "a long passphrase", scrypt_n=2**10)
    assert unsigned_path.read_text().startswith(PUBLIC_KEY_HEADER + "\n")


def test_read_encryption_key_refuses_what_is_no_key(tmp_path: Path) -> None:
    (tmp_path / "x.key").write_text('{"format": "mra-desktop-sync-private-key", "version": 1}')
    with pytest.raises(SyncKeyError, match="damaged"):
        read_encryption_key(tmp_path / "x.key")
    (tmp_path / "y.key").write_text("hello")
    with pytest.raises(SyncKeyError, match="not an mra-desktop public key"):
        read_encryption_key(tmp_path / "y.key")


def test_reviews_of_other_meetings_are_listed_only_on_request(world: World) -> None:
    world.review("approved")
    world.receive(world.write().path)
    assert mra_reviews(world.partner, ["nothing"]) == {}
    assert list(mra_reviews(world.partner, [world.ids["meeting"]])) == [world.ids["meeting"]]


def test_the_partner_without_receipts_has_none(world: World) -> None:
    assert not has_receipts(world.partner) and received_receipts(world.partner) == []
    assert Services(world.partner).meetings.get(world.ids["meeting"]).title


# -- the meetings list: MRA's review per meeting ----------------------------------------------
def test_the_meetings_list_carries_and_sorts_by_mras_review(world: World) -> None:
    services = world.partner_services
    org = world.ids["organisation"]
    second = services.meetings.create(organisation_id=org, title="Tribunal d'Azrou",
                                      date="2022-04-02", sectors=["justice"]).record_id
    third = services.meetings.create(organisation_id=org, title="Gendarmerie d'Ain Leuh",
                                     date="2022-05-11", sectors=["law_enforcement"]).record_id
    world.sync()
    world.review("approved")
    world.review("has_issues", "Il manque le parquet.", meeting=second)
    world.receive(world.write().path)  # the third: received, not yet reviewed
    later = services.meetings.create(organisation_id=org, title="Not yet sent",
                                     date="2022-06-01").record_id
    overview = services.meeting_overview
    shown = {s.id: s.mra_review for s in overview.page()}
    assert shown == {world.ids["meeting"]: "approved", second: "has_issues", third: "received",
                     later: None}
    ascending = [s.id for s in overview.page(sort="mra_review", descending=False)]
    assert ascending == [third, second, world.ids["meeting"], later]  # no receipt last
    # a newer version sent after the review shows as such
    services.meetings.update(second, city="Azrou")
    world.sync()
    world.receive(world.write("second.mrareceipt").path)
    assert {s.id: s.mra_review for s in overview.page()}[second] == "changed"
