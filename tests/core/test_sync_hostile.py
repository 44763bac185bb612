"""Damaged and hostile sync files: each is refused whole with one sentence naming the
problem, and MRA's database (already holding records) is left exactly as it was."""

from __future__ import annotations

import copy
import json
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from mra_desktop.core.database import Database, open_database
from mra_desktop.core.services import Services
from mra_desktop.core.sync import import_sync_files
from mra_desktop.core.sync import importer as importer_module
from mra_desktop.core.sync.container import HEADER, MAGIC
from mra_desktop.core.sync.keys import PrivateKey
from tests.sync_support import (
    build_file,
    dump,
    fill_partner,
    make_keys,
    manifest_for,
    rehash,
    small_records,
)

KEYS = make_keys()
OTHER_KEYS = make_keys("another organisation's key")

Records = dict[str, list[dict[str, Any]]]


def _plain() -> bytes:
    return build_file()


def _sealed() -> bytes:
    return build_file(recipient=KEYS[0])


def _flip(data: bytes, offset: int) -> bytes:
    changed = bytearray(data)
    changed[offset] ^= 0x01
    return bytes(changed)


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
    return HEADER.pack(MAGIC, 1, len(manifest_bytes)) + manifest_bytes + b"\x00" * 64


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


CASES: list[tuple[str, Callable[[], bytes], str]] = [
    ("empty", lambda: b"", "The file is empty."),
    ("inside the header", lambda: _plain()[:10], "truncated: it ends inside its header"),
    ("inside the manifest", lambda: _plain()[:60], "truncated: it ends inside its manifest"),
    ("inside the payload", lambda: _plain()[:-50], "truncated: it ends before its payload"),
    ("last byte missing", lambda: _sealed()[:-1], "truncated"),
    ("bytes after the end", lambda: _plain() + b"\n", "unexpected bytes after its end"),
    ("wrong magic", lambda: b"MRASYNX\x00" + _plain()[8:], "not an mra-desktop sync file"),
    ("a zip archive", lambda: b"PK\x03\x04" + bytes(200), "not an mra-desktop sync file"),
    ("newer container", lambda: _plain()[:8] + b"\x00\x02" + _plain()[10:],
     "made by a newer mra-desktop (sync format 2); update mra-desktop"),
    ("newer manifest", lambda: _with_manifest(format_version=2), "made by a newer mra-desktop"),
    ("version zero", lambda: _plain()[:8] + b"\x00\x00" + _plain()[10:],
     "format version (0) is not valid"),
    ("enormous manifest length", lambda: _plain()[:10] + b"\xff\xff\xff\xff" + _plain()[14:],
     "announces a manifest of 4294967295 bytes"),
    ("manifest not JSON", lambda: _raw_manifest(b"{format: mrasync"),
     "its manifest is not valid JSON"),
    ("manifest name twice", lambda: _raw_manifest(b'{"format": "mrasync", "format": "x"}'),
     "a name appears twice in one object"),
    ("manifest not an object", lambda: _raw_manifest(b"[1, 2]"), "manifest is not a JSON object"),
    ("manifest with member names", lambda: _with_manifest(files=["../../etc/passwd"]),
     "has a field this format does not know: 'files'"),
    ("manifest wrong type", lambda: _with_manifest(device_id=42),
     'the field "device_id" must be of type string'),
    ("enormous counts", lambda: _with_manifest(counts={
        t: {"total": 5_000_000, "deleted": 0}
        for t in ("organisation", "meeting", "participant", "change", "action_item", "note")}),
     "must be at most 1000000"),
    ("payload too large announced", lambda: build_file(declared_size=2**30),
     'the field "payload/size" must be at most 268435456'),
    ("flipped manifest byte", lambda: _flip(_plain(), _manifest_offset(_plain(), b"Tafiil")),
     "checksum does not match"),
    ("flipped payload byte", lambda: _flip(_plain(), len(_plain()) - 40), "checksum does not match"),
    ("flipped checksum byte", lambda: _flip(_plain(), len(_plain()) - 1), "checksum does not match"),
    ("flipped ciphertext byte", lambda: _flip(_sealed(), len(_sealed()) - 30),
     "altered or damaged: its contents fail authentication"),
    ("flipped tag byte", lambda: _flip(_sealed(), len(_sealed()) - 1), "fail authentication"),
    ("flipped encrypted manifest", lambda: _flip(_sealed(), _manifest_offset(_sealed(), b"Tafiil")),
     "fail authentication"),
    ("flipped wrapped key", lambda: _swap_base64(_sealed(), b'"wrapped_key"'), "fail authentication"),
    ("decompression bomb", _bomb, "expands beyond the 1000 bytes its manifest announces"),
    ("not zlib", lambda: build_file(compressed=b"this is not a zlib stream"), "does not decompress"),
    ("data after the stream", _data_after_stream, "data after its payload"),
    ("payload hash", _payload_hash_mismatch, "does not match its manifest's hash"),
    ("payload not JSON", lambda: _with_payload(b'{"records": {'), "payload is not valid JSON"),
    ("payload NaN", lambda: _with_payload(b'{"records": NaN}'), "payload is not valid JSON"),
    ("payload not UTF-8", lambda: _with_payload(b'{"records": "\xff\xfe"}'), "not valid UTF-8"),
    ("payload nested deep", lambda: _with_payload(b"[" * 200_000 + b"]" * 200_000),
     "nested too deeply"),
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
     'the field "revision" must be of type integer, not str'),
    ("not a catalogue code", lambda: _edited(_set("change", "sector", "education")),
     'the field "sector" must be one of health, justice'),
    ("id not a UUID", lambda: _edited(_set("note", "id", "../../../etc/passwd")),
     'the field "id" is not a UUID'),
    ("spaces around a title", lambda: _edited(_set("change", "title", " Huis clos ")),
     'the field "title" begins or ends with spaces'),
    ("negative count", lambda: _edited(_set("change", "position", -1)),
     'the field "position" must be at least 0'),
    ("huge integer", lambda: _edited(_set("change", "position", 10**30)),
     'the field "position" must be at most 2147483647'),
    ("counts do not match", lambda: build_file(small_records(), manifest=manifest_for(
        {**small_records(), "change": []})), "announces 0 change records but it holds 1"),
    ("deletions do not match", _uncounted_deletion, "announces 0 deleted note records but it holds 1"),
    ("duplicate id", lambda: _edited(_duplicate_note), "appears twice in it"),
    ("duplicate id across types", lambda: _edited(_note_takes_change_id), "appears twice in it"),
    ("missing meeting", lambda: _edited(_set("note", "meeting_id", "9f8e7d6c-5b4a-4321-8fed-cba987654321")),
     "refers to the meeting 9f8e7d6c-5b4a-4321-8fed-cba987654321, which is neither in the file nor"),
    ("missing organisation", lambda: _edited(_set("meeting", "organisation_id",
                                                  "9f8e7d6c-5b4a-4321-8fed-cba987654321")),
     "refers to the organisation 9f8e7d6c-5b4a-4321-8fed-cba987654321"),
    ("content hash", lambda: _edited(_set("change", "title", "Autre titre"), rehash_after=False),
     "its content hash does not match its fields"),
    ("codes out of order", lambda: _edited(_set("change", "obligations", ["punish", "protect"])),
     "\"obligations\" is not in the catalogue's order"),
    ("impossible date", lambda: _edited(_set("meeting", "date", "2022-02-30")),
     "a date or time does not exist"),
    ("impossible time", lambda: _edited(_set("note", "created_at", "2022-03-14T25:61:00+00:00")),
     "a date or time does not exist"),
    ("lone surrogate", _lone_surrogate, "holds characters that are not valid Unicode"),
    ("deletion time not canonical", lambda: _edited(
        _set("note", "deleted_at", "2022-03-14T09:30:00.000000+00:00")),
     "not written in its canonical form"),
]


@pytest.fixture
def mra(tmp_path: Path):  # type: ignore[no-untyped-def]
    """MRA's database, already holding records of its own."""
    db = open_database(tmp_path / "mra.sqlite")
    fill_partner(Services(db))
    yield db
    db.close()


def _refused(db: Database, path: Path, key: PrivateKey | None = KEYS[1]) -> str:
    before = dump(db)
    folder = sorted(p.name for p in path.parent.iterdir())
    [outcome] = import_sync_files(db, [path], key)
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
        [outcome] = import_sync_files(mra, [path], KEYS[1])
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


def test_file_for_another_key_is_refused_with_both_fingerprints(mra: Database, tmp_path: Path) -> None:
    path = tmp_path / "sealed.mrasync"
    path.write_bytes(_sealed())
    message = _refused(mra, path, key=OTHER_KEYS[1])
    assert message == (
        f"This file was encrypted for another key (fingerprint {KEYS[0].fingerprint}), not for "
        f"the key given (fingerprint {OTHER_KEYS[1].fingerprint})."
    )
