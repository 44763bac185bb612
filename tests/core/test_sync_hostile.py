"""Damaged and hostile sync files: each is refused whole with one sentence naming the
problem, and MRA's database (already holding records) is left exactly as it was.

The hand-built files come from Association Tafiil's enrolled laptop (``SIGNER``); unless
a case says otherwise MRA allows unencrypted files, so that each case reaches the check
it is about."""

from __future__ import annotations

import copy
import json
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from mra_desktop.core.database import Database, open_database
from mra_desktop.core.services import Services
from mra_desktop.core.sync import import_sync_files
from mra_desktop.core.sync import importer as importer_module
from mra_desktop.core.sync.container import HEADER, MAGIC, SIGNATURE_SIZE, signed_message
from mra_desktop.core.sync.keys import PrivateKey
from tests.sync_support import (
    SIGNER,
    build_file,
    build_v1_file,
    dump,
    enrol_tafiil,
    fill_partner,
    make_keys,
    manifest_for,
    rehash,
    small_records,
)

KEYS = make_keys()
OTHER_KEYS = make_keys("another organisation's key")
OTHER_DEVICE = Ed25519PrivateKey.generate()
#: ids of records MRA made itself in its database (fill_partner at MRA, below)
MRA_IDS: dict[str, str] = {}

Records = dict[str, list[dict[str, Any]]]


def _plain() -> bytes:
    return build_file()


def _sealed() -> bytes:
    return build_file(recipient=KEYS[0])


def _flip(data: bytes, offset: int) -> bytes:
    changed = bytearray(data)
    changed[offset] ^= 0x01
    return bytes(changed)


def _resigned(data: bytes) -> bytes:
    """The file signed again by its own device after a change: what a dishonest (or
    broken) enrolled device could send; the signature then holds and the other checks
    must catch the change."""
    body = data[:-SIGNATURE_SIZE]
    return body + SIGNER.sign(signed_message(body))


def _swap_base64(data: bytes, field: bytes) -> bytes:
    """Change one character of a base64 field of the manifest into another base64
    character, so the manifest stays well-formed and only authentication can notice.
    (Flipping a bit could give a character base64 does not have, caught earlier.)"""
    offset = _manifest_offset(data, field) + 20
    changed = bytearray(data)
    changed[offset] = ord("B") if changed[offset] == ord("A") else ord("A")
    return bytes(changed)


def _manifest_offset(data: bytes, text: bytes) -> int:
    return data.index(text, HEADER.size)


def _edited(edit: Callable[[Records], None], rehash_after: bool = True) -> bytes:
    records = small_records()
    edit(records)
    if rehash_after:
        for record_type, items in records.items():
            for record in items:
                rehash(record_type, record)
    return build_file(records)


def _with_manifest(**changes: Any) -> bytes:
    records = small_records()
    return build_file(records, manifest=manifest_for(records, **changes))


def _raw_manifest(manifest_bytes: bytes) -> bytes:
    return HEADER.pack(MAGIC, 2, len(manifest_bytes)) + manifest_bytes + b"\x00" * 64


def _bomb() -> bytes:
    compressor = zlib.compressobj(9)
    zeros = bytes(1 << 20)
    stored = b"".join(compressor.compress(zeros) for _ in range(64)) + compressor.flush()
    return build_file(compressed=stored, declared_size=1000)


def _with_payload(payload: bytes) -> bytes:
    return build_file(payload=payload)


def _set(record_type: str, field: str, value: Any, index: int = 0) -> Callable[[Records], None]:
    def edit(records: Records) -> None:
        records[record_type][index][field] = value

    return edit


def _drop(record_type: str, field: str) -> Callable[[Records], None]:
    def edit(records: Records) -> None:
        del records[record_type][0][field]

    return edit


def _duplicate_note(records: Records) -> None:
    twin = copy.deepcopy(records["note"][0])
    twin["text"] = "une autre note"
    records["note"].append(twin)


def _note_takes_change_id(records: Records) -> None:
    records["note"][0]["id"] = records["change"][0]["id"]


def _twice_in_one_record() -> bytes:
    """A record naming its title twice: programs disagree on which one counts."""
    records = small_records()
    payload = json.dumps({"records": records}, ensure_ascii=False)
    payload = payload.replace('"title": "Audiences à huis clos"',
                              '"title": "Audiences à huis clos", "title": "Autre chose"')
    return build_file(records, payload=payload.encode("utf-8"))


def _lone_surrogate() -> bytes:
    records = small_records()
    records["note"][0]["text"] = "texte \ud800 cassé"
    payload = json.dumps({"records": records}).encode("ascii")  # writes the escape \ud800
    return build_file(records, payload=payload)


def _payload_hash_mismatch() -> bytes:
    records = small_records()
    real = json.dumps({"records": records}).encode()
    other = real.replace(b"Audiences", b"Audiencez")
    return build_file(records, payload=real, compressed=zlib.compress(other))


def _data_after_stream() -> bytes:
    payload = json.dumps({"records": small_records()}).encode()
    return build_file(payload=payload, compressed=zlib.compress(payload) + b"??")


def _uncounted_deletion() -> bytes:
    records = small_records()
    manifest = manifest_for(records)
    records["note"][0]["deleted_at"] = "2022-04-01T10:00:00+00:00"
    rehash("note", records["note"][0])
    return build_file(records, manifest=manifest)


def _other_organisation(records: Records) -> None:
    """A meeting of another organisation, with that organisation, in Tafiil's file."""
    other = rehash("organisation", {**records["organisation"][0],
                                    "id": "6d5c4b3a-2f1e-4d0c-9b8a-7f6e5d4c3b2a",
                                    "name": "Association Amal"})
    records["organisation"].append(other)
    records["meeting"][0]["organisation_id"] = other["id"]


CASES: list[tuple[str, Callable[[], bytes], str]] = [
    ("empty", lambda: b"", "The file is empty."),
    ("inside the header", lambda: _plain()[:10], "truncated: it ends inside its header"),
    ("inside the manifest", lambda: _plain()[:60], "truncated: it ends inside its manifest"),
    ("inside the payload", lambda: _plain()[:-50], "truncated: it ends before its payload"),
    ("last byte missing", lambda: _sealed()[:-1], "truncated"),
    ("bytes after the end", lambda: _plain() + b"\n", "unexpected bytes after its end"),
    ("wrong magic", lambda: b"MRASYNX\x00" + _plain()[8:], "not an mra-desktop sync file"),
    ("a zip archive", lambda: b"PK\x03\x04" + bytes(200), "not an mra-desktop sync file"),
    ("newer container", lambda: _plain()[:8] + b"\x00\x03" + _plain()[10:],
     "made by a newer mra-desktop (sync format 3); update mra-desktop"),
    ("newer manifest", lambda: _with_manifest(format_version=3), "made by a newer mra-desktop"),
    ("version zero", lambda: _plain()[:8] + b"\x00\x00" + _plain()[10:],
     "format version (0) is not valid"),
    ("header and manifest disagree", lambda: _plain()[:8] + b"\x00\x01" + _plain()[10:],
     "its manifest and its header name different format versions"),
    ("enormous manifest length", lambda: _plain()[:10] + b"\xff\xff\xff\xff" + _plain()[14:],
     "announces a manifest of 4294967295 bytes"),
    ("manifest not JSON", lambda: _raw_manifest(b"{format: mrasync"),
     "its manifest is not valid JSON"),
    ("manifest name twice", lambda: _raw_manifest(b'{"format": "mrasync", "format": "x"}'),
     "the name 'format' appears twice in one object"),
    ("manifest not an object", lambda: _raw_manifest(b"[1, 2]"), "manifest is not a JSON object"),
    ("manifest with member names", lambda: _with_manifest(files=["../../etc/passwd"]),
     "has a field this format does not know: 'files'"),
    ("manifest wrong type", lambda: _with_manifest(device_id=42),
     'the field "device_id" must be of type string, not integer'),
    ("manifest on 30 February", lambda: _with_manifest(exported_at="2022-02-30T08:00:00+00:00"),
     "its export time 2022-02-30T08:00:00+00:00 does not exist"),
    ("enormous counts", lambda: _with_manifest(counts={
        t: {"total": 5_000_000, "deleted": 0}
        for t in ("organisation", "meeting", "participant", "change", "action_item", "note")}),
     "must be at most 1000000"),
    ("payload too large announced", lambda: build_file(declared_size=2**30),
     'the field "payload/size" must be at most 268435456'),
    # -- who made it ----------------------------------------------------------------------
    ("unsigned (format 1)", lambda: build_v1_file(), "This file is not signed (sync format 1"),
    ("a device MRA never enrolled", lambda: build_file(signer=OTHER_DEVICE),
     "signed by a device MRA has not enrolled"),
    ("signed for another organisation", lambda: _with_manifest(
        organisation={"id": "6d5c4b3a-2f1e-4d0c-9b8a-7f6e5d4c3b2a", "name": "Association Amal"}),
     "signed by a device enrolled for “Association Tafiil”, but it says its records belong "
     "to another organisation"),
    ("another device's id", lambda: _with_manifest(device_id="7d0f4a51-0f0c-4bd6-9d8e-3a1cf36a2b71"),
     "names the device 7d0f4a51-0f0c-4bd6-9d8e-3a1cf36a2b71, but its signing key is enrolled"),
    ("flipped manifest byte", lambda: _flip(_plain(), _manifest_offset(_plain(), b"Tafiil")),
     "signature does not match its contents"),
    ("flipped payload byte", lambda: _flip(_plain(), len(_plain()) - 80),
     "signature does not match its contents"),
    ("flipped signature byte", lambda: _flip(_plain(), len(_plain()) - 1),
     "signature does not match its contents"),
    ("flipped ciphertext byte", lambda: _flip(_sealed(), len(_sealed()) - 90),
     "signature does not match its contents"),
    ("signature of another file", lambda: _sealed()[:-SIGNATURE_SIZE] + _plain()[-SIGNATURE_SIZE:],
     "signature does not match its contents"),
    # -- what the device itself could send ---------------------------------------------
    ("re-signed ciphertext", lambda: _resigned(_flip(_sealed(), len(_sealed()) - 90)),
     "altered or damaged: its contents fail authentication"),
    ("re-signed encrypted manifest",
     lambda: _resigned(_flip(_sealed(), _manifest_offset(_sealed(), b"Tafiil"))),
     "fail authentication"),
    ("re-signed wrapped key", lambda: _resigned(_swap_base64(_sealed(), b'"wrapped_key"')),
     "fail authentication"),
    ("decompression bomb", _bomb, "expands beyond the 1000 bytes its manifest announces"),
    ("not zlib", lambda: build_file(compressed=b"this is not a zlib stream"), "does not decompress"),
    ("data after the stream", _data_after_stream, "data after its payload"),
    ("payload hash", _payload_hash_mismatch, "does not match its manifest's hash"),
    ("payload not JSON", lambda: _with_payload(b'{"records": {'), "payload is not valid JSON"),
    ("payload NaN", lambda: _with_payload(b'{"records": NaN}'), "payload is not valid JSON"),
    ("payload not UTF-8", lambda: _with_payload(
        json.dumps({"records": small_records()}, ensure_ascii=False).encode()
        .replace("تغير".encode(), b"\xff\xfe")), "not valid UTF-8"),
    ("payload nested deep", lambda: _with_payload(b"[" * 200_000 + b"]" * 200_000),
     'an object with "records"'),
    ("payload not an object", lambda: _with_payload(b"[]"), 'an object with "records"'),
    ("a record type missing", lambda: _with_payload(b'{"records": {"note": []}}'),
     "must list the records of each type"),
    ("enormous field", lambda: _edited(_set("change", "title", "x" * 1_000_000)),
     'the field "title" is too long (1000000 characters; at most 200)'),
    ("unknown field", lambda: _edited(_set("note", "path", "../../x")),
     "has a field this format does not know: 'path'"),
    ("missing field", lambda: _edited(_drop("change", "story"), rehash_after=False),
     'lacks the field "story"'),
    ("wrong type", lambda: _edited(_set("change", "revision", "2")),
     'the field "revision" must be of type integer, not string'),
    ("not a catalogue code", lambda: _edited(_set("change", "sector", "education")),
     'the field "sector" must be one of health, justice'),
    ("id not a UUID", lambda: _edited(_set("note", "id", "../../../etc/passwd")),
     'the field "id" is not a UUID'),
    ("spaces around a title", lambda: _edited(_set("change", "title", " Huis clos ")),
     'the field "title" begins or ends with spaces'),
    ("negative count", lambda: _edited(_set("change", "position", -1)),
     'the field "position" must be at least 0'),
    ("huge integer", lambda: _edited(_set("change", "position", 10**30)),
     'the field "position"'),
    ("counts do not match", lambda: build_file(small_records(), manifest=manifest_for(
        {**small_records(), "change": []})), "announces 0 change records but it holds 1"),
    ("deletions do not match", _uncounted_deletion, "announces 0 deleted note records but it holds 1"),
    ("duplicate id", lambda: _edited(_duplicate_note), "appears twice in it"),
    ("duplicate id across types", lambda: _edited(_note_takes_change_id), "appears twice in it"),
    ("a name twice in one record", _twice_in_one_record, "the name 'title' appears twice"),
    ("missing meeting", lambda: _edited(_set("note", "meeting_id", "9f8e7d6c-5b4a-4321-8fed-cba987654321")),
     "refers to the meeting 9f8e7d6c-5b4a-4321-8fed-cba987654321, which is neither in the file nor"),
    ("missing organisation", lambda: _edited(_set("meeting", "organisation_id",
                                                  "9f8e7d6c-5b4a-4321-8fed-cba987654321")),
     "refers to the organisation 9f8e7d6c-5b4a-4321-8fed-cba987654321"),
    ("content hash", lambda: _edited(_set("change", "title", "Autre titre"), rehash_after=False),
     "its content hash does not match its fields"),
    ("codes out of order", lambda: _edited(_set("change", "obligations", ["punish", "protect"])),
     "\"obligations\" is not in the catalogue's order"),
    ("a code twice", lambda: _edited(_set("change", "obligations", ["protect", "protect"])),
     "\"obligations\" lists the same entry twice"),
    ("a name twice in a list", lambda: _edited(_set("meeting", "facilitators", ["Amina", "Amina"])),
     "\"facilitators\" lists the same entry twice"),
    ("impossible date", lambda: _edited(_set("meeting", "date", "2022-02-30")),
     'the field "date" is not a date that exists'),
    ("impossible time", lambda: _edited(_set("note", "created_at", "2022-03-14T25:61:00+00:00")),
     "a date or time does not exist"),
    ("period ends before it starts", lambda: _edited(lambda r: r["meeting"][0].update(
        period_from="2022-03-01", period_to="2021-09-01")),
     "the period under review must end after it starts (the field \"period_to\")"),
    ("one sector, several sectors", lambda: _edited(_set("meeting", "sectors", ["health", "justice"])),
     "a single-sector meeting covers one sector only"),
    ("a reason without the choice", lambda: _edited(_set("change", "msc_reason", "Parce que")),
     "a reason for choosing a change needs the change to be chosen as most significant"),
    ("lone surrogate", _lone_surrogate, "payload is not valid JSON"),
    ("deletion time not canonical", lambda: _edited(
        _set("note", "deleted_at", "2022-03-14T09:30:00.000000+00:00")),
     "not written in its canonical form"),
    ("control characters in an id", lambda: _edited(_set("note", "id", "\x1b[2J\u202e-fake")),
     "in the note \\x1b[2J\\u202e-fake, the field \"id\" is not a UUID"),
    # -- whose records ----------------------------------------------------------------
    ("another organisation's meeting", lambda: _edited(_other_organisation),
     "the organisation 6d5c4b3a-2f1e-4d0c-9b8a-7f6e5d4c3b2a is not the organisation the device is enrolled for"),
    ("a record MRA made", lambda: _edited(_takes_mras_change),
     "is one of MRA's own records"),
    ("a change under MRA's meeting", lambda: _edited(_under_mras_meeting),
     "hangs under one of MRA's own records"),
    ("a new record at revision 2^31-1", lambda: _edited(_set("note", "revision", 2**31 - 1)),
     "arrives at revision 2147483647, far beyond any sequence of edits"),
]
def _takes_mras_change(records: Records) -> None:
    records["change"][0]["id"] = MRA_IDS["change"]


def _under_mras_meeting(records: Records) -> None:
    records["change"][0]["meeting_id"] = MRA_IDS["meeting"]


@pytest.fixture
def mra(tmp_path: Path):  # type: ignore[no-untyped-def]
    """MRA's database, already holding records of its own, with Tafiil's laptop enrolled."""
    db = open_database(tmp_path / "mra.sqlite")
    MRA_IDS.update(fill_partner(Services(db)))
    enrol_tafiil(db)
    yield db
    db.close()


def _refused(
    db: Database, path: Path, key: PrivateKey | None = KEYS[1], **allowed: bool
) -> str:
    before = dump(db)
    folder = sorted(p.name for p in path.parent.iterdir())
    allowed = {"allow_unencrypted": True} | allowed
    [outcome] = import_sync_files(db, [path], [key] if key else [], **allowed)
    assert outcome.status == "rejected", outcome.message
    assert "\n" not in outcome.message and outcome.message.endswith(".")
    assert dump(db) == before
    assert sorted(p.name for p in path.parent.iterdir()) == folder
    return outcome.message


@pytest.mark.parametrize("make, expected", [(c[1], c[2]) for c in CASES], ids=[c[0] for c in CASES])
def test_hostile_file_is_refused_and_nothing_is_written(
    mra: Database, tmp_path: Path, make: Callable[[], bytes], expected: str
) -> None:
    path = tmp_path / "incoming" / "partner.mrasync"
    path.parent.mkdir()
    path.write_bytes(make())
    assert expected in _refused(mra, path)


def test_the_unaltered_files_of_these_cases_are_accepted(mra: Database, tmp_path: Path) -> None:
    for name, data in (("plain", _plain()), ("sealed", _sealed())):
        path = tmp_path / f"{name}.mrasync"
        path.write_bytes(data)
        [outcome] = import_sync_files(mra, [path], KEYS[1], allow_unencrypted=True)
        assert outcome.ok, outcome.message


def test_file_too_large_is_refused_before_reading(
    mra: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(importer_module, "MAX_FILE_SIZE", 1000)
    path = tmp_path / "big.mrasync"
    path.write_bytes(_plain() + bytes(2000))
    assert "too large for a sync file" in _refused(mra, path)


def test_a_folder_or_a_missing_file_is_refused(mra: Database, tmp_path: Path) -> None:
    folder = tmp_path / "folder.mrasync"
    folder.mkdir()
    assert _refused(mra, folder) == f"{folder} is a folder, not a sync file."
    missing = tmp_path / "missing.mrasync"
    assert _refused(mra, missing) == f"There is no file {missing}."


def test_encrypted_file_needs_the_private_key(mra: Database, tmp_path: Path) -> None:
    path = tmp_path / "sealed.mrasync"
    path.write_bytes(_sealed())
    message = _refused(mra, path, key=None)
    assert message == (
        f"This file is encrypted for MRA's key (fingerprint {KEYS[0].fingerprint}); importing "
        "it needs MRA's private key and its passphrase."
    )


def test_file_for_a_key_mra_does_not_hold_is_refused_naming_it(mra: Database, tmp_path: Path) -> None:
    path = tmp_path / "sealed.mrasync"
    path.write_bytes(_sealed())
    message = _refused(mra, path, key=OTHER_KEYS[1])
    assert message == (
        f"This file was encrypted for the key {KEYS[0].key_id[:16]}… (fingerprint "
        f"{KEYS[0].fingerprint}), which is not among the keys given (fingerprint "
        f"{OTHER_KEYS[1].fingerprint})."
    )


def test_with_several_keys_the_one_a_file_names_opens_it(mra: Database, tmp_path: Path) -> None:
    path = tmp_path / "sealed.mrasync"
    path.write_bytes(_sealed())
    [outcome] = import_sync_files(mra, [path], [OTHER_KEYS[1], KEYS[1]])
    assert outcome.status == "imported", outcome.message


def test_an_unencrypted_file_is_refused_unless_allowed_and_then_says_so(
    mra: Database, tmp_path: Path
) -> None:
    path = tmp_path / "plain.mrasync"
    path.write_bytes(_plain())
    message = _refused(mra, path, allow_unencrypted=False)
    assert message.startswith("This file is not encrypted, so anyone could have read or changed")
    assert "--allow-unencrypted" in message
    [outcome] = import_sync_files(mra, [path], [], allow_unencrypted=True)
    assert outcome.status == "imported" and "unencrypted" in outcome.message


def test_a_format_1_file_is_imported_only_when_asked_and_says_unsigned(tmp_path: Path) -> None:
    mra = open_database(tmp_path / "fresh.sqlite")  # Tafiil has no enrolled device here
    path = tmp_path / "old.mrasync"
    path.write_bytes(build_v1_file(recipient=KEYS[0]))
    assert "--allow-unsigned" in _refused(mra, path)
    [outcome] = import_sync_files(mra, [path], KEYS[1], allow_unsigned=True)
    assert outcome.status == "imported", outcome.message
    assert "unsigned" in outcome.message and outcome.signed is False
    mra.close()


def test_an_unsigned_file_still_may_not_touch_mras_records(tmp_path: Path) -> None:
    mra = open_database(tmp_path / "fresh.sqlite")  # Tafiil has no enrolled device here
    MRA_IDS.update(fill_partner(Services(mra)))
    records = small_records()
    records["change"][0]["id"] = MRA_IDS["change"]
    rehash("change", records["change"][0])
    path = tmp_path / "old.mrasync"
    path.write_bytes(build_v1_file(records))
    assert "is one of MRA's own records" in _refused(mra, path, allow_unsigned=True)
    mra.close()


def test_a_revoked_devices_file_is_refused(mra: Database, tmp_path: Path) -> None:
    from mra_desktop.core.sync import revoke
    from tests.sync_support import CARD

    revoke(mra, CARD.fingerprint)
    path = tmp_path / "plain.mrasync"
    path.write_bytes(_plain())
    message = _refused(mra, path)
    assert "signed by a device that MRA revoked on" in message and CARD.fingerprint in message


def test_an_unsigned_file_may_not_write_an_enrolled_organisations_records(
    mra: Database, tmp_path: Path
) -> None:
    """Tafiil's laptop is enrolled: Tafiil signs its files, so an unsigned file that
    writes Tafiil's records could have been made by anyone."""
    path = tmp_path / "old.mrasync"
    path.write_bytes(build_v1_file())
    message = _refused(mra, path, allow_unsigned=True)
    assert "it is unsigned but its records belong to “Association Tafiil”" in message
