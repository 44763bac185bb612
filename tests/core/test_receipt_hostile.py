"""Damaged, forged and misdirected receipts: each is refused whole with one sentence
naming the problem, and the partner's database (already holding a receipt) is left
exactly as it was.

Most cases are built by hand with MRA's real signing key (what a genuine but broken, or
compromised, MRA could send), so that each reaches the check it is about; the forged ones
are signed with another key."""

from __future__ import annotations

import base64
import datetime as dt
import json
import struct
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from mra_desktop.core.errors import MraError
from mra_desktop.core.identity import public_key_bytes, signing_key
from mra_desktop.core.receipts import container
from mra_desktop.core.receipts.container import HEADER, MAGIC, SIGNATURE_SIZE, DeviceKey, seal
from mra_desktop.core.receipts.reading import import_receipt
from mra_desktop.core.sync import install_recipient_key, remove_recipient_key
from mra_desktop.core.sync.keys import PublicKey
from tests.receipt_support import World, clone_world, make_world
from tests.sync_support import dump

FORGER = Ed25519PrivateKey.generate()


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> World:
    made = make_world(tmp_path_factory.mktemp("hostile") / "world")
    made.review("has_issues", "Say who decided it.")
    made.choose_msc()
    genuine = made.write("genuine.mrareceipt")
    made.receive(genuine.path)  # the partner already holds one receipt
    made.review("approved", "Precise now.")
    made.close()
    return made


@pytest.fixture
def world(template: World, tmp_path: Path) -> Iterator[World]:
    made = clone_world(template, tmp_path / "world")
    yield made
    made.close()


def _device(world: World, db: Any = None) -> DeviceKey:
    db = db or world.partner
    return DeviceKey(db.device_id, public_key_bytes(signing_key(db)))


def _valid_payload(world: World) -> dict[str, Any]:
    data = world.write("source.mrareceipt").path.read_bytes()
    header = container.read_header(data)
    entry = header.manifest.encryption.recipients[0]
    return json.loads(container.open_payload(data, header, entry, signing_key(world.partner)))


def _manifest(world: World, **changes: Any) -> dict[str, Any]:
    manifest = {
        "format": "mrareceipt",
        "format_version": 1,
        "app": {"name": "mra-desktop", "version": "test"},
        "receipt_id": "6f1c2e3d-4b5a-4c6d-8e7f-9a0b1c2d3e4f",
        "number": 7,
        "issued_at": "2026-03-14T09:30:00+00:00",
        "issuer_device_id": world.mra.device_id,
        "organisation": {"id": world.ids["organisation"], "name": "Association Amal"},
    }
    manifest.update(changes)
    return manifest


def craft(
    world: World,
    payload: dict[str, Any] | bytes | None = None,
    *,
    signer: Ed25519PrivateKey | None = None,
    recipients: list[DeviceKey] | None = None,
    **options: Any,
) -> bytes:
    """A receipt built by hand, signed with MRA's database's key unless ``signer``."""
    manifest = _manifest(world, **options.pop("manifest", {}))
    if payload is None:
        payload = _valid_payload(world)
    body = payload if isinstance(payload, bytes) else json.dumps(payload).encode("utf-8")
    return seal(manifest, body, recipients or [_device(world)], signer or signing_key(world.mra),
                **options)


def _edited(edit: Callable[[dict[str, Any]], None]) -> Callable[[World], bytes]:
    def make(world: World) -> bytes:
        payload = _valid_payload(world)
        edit(payload)
        return craft(world, payload)

    return make


def _flip(offset: int) -> Callable[[World], bytes]:
    def make(world: World) -> bytes:
        data = bytearray(craft(world))
        data[offset if offset >= 0 else len(data) + offset] ^= 0x01
        return bytes(data)

    return make


def _flip_in_manifest(world: World) -> bytes:
    """One letter of the organisation's name changed: still a valid manifest."""
    data = bytearray(craft(world))
    data[data.index(b"Association Amal")] ^= 0x01
    return bytes(data)


def _raw_manifest(text: bytes, version: int = 1) -> bytes:
    return HEADER.pack(MAGIC, version, len(text)) + text + bytes(SIGNATURE_SIZE)


def _resealed_manifest(change: Callable[[bytes], bytes]) -> Callable[[World], bytes]:
    """The manifest's bytes changed, then signed again with MRA's key (so that the
    manifest's own checks, not the signature, must refuse it)."""

    def make(world: World) -> bytes:
        data = craft(world)
        size = struct.unpack_from(">I", data, 10)[0]
        manifest = change(data[14 : 14 + size])
        body = HEADER.pack(MAGIC, 1, len(manifest)) + manifest + data[14 + size : -SIGNATURE_SIZE]
        return body + signing_key(world.mra).sign(container.signed_message(body))

    return make


def _meeting_of_fadd(world: World) -> bytes:
    """A meeting id that this database holds under another organisation."""
    from mra_desktop.core.services import Services

    services = Services(world.partner)
    org = services.organisations.create(name="Demo association", city="Rabat")
    other = services.meetings.create(organisation_id=org.record_id, title="Not Amal's")
    payload = _valid_payload(world)
    payload["meetings"][0]["id"] = other.record_id
    return craft(world, payload)


def _bomb(world: World) -> bytes:
    compressor = zlib.compressobj(9)
    stored = b"".join(compressor.compress(bytes(1 << 20)) for _ in range(32)) + compressor.flush()
    return craft(world, b"{}", compressed=stored, declared={"size": 100})


def _for_another_device(world: World) -> bytes:
    stranger = Ed25519PrivateKey.generate()
    return craft(world, recipients=[
        DeviceKey("7d0f4a51-0f0c-4bd6-9d8e-3a1cf36a2b71", stranger.public_key().public_bytes_raw())])


def _own_key_another_device_id(world: World) -> bytes:
    device = _device(world)
    return craft(world, recipients=[DeviceKey("7d0f4a51-0f0c-4bd6-9d8e-3a1cf36a2b71",
                                              device.public_key)])


def _genuine_for_fadd(world: World) -> bytes:
    """A genuine receipt MRA wrote for FADD, given to Association Amal."""
    from mra_desktop.core.receipts.writing import write_receipt
    from mra_desktop.core.sync import list_imports

    fadd_import = next(i.id for i in list_imports(world.mra)
                       if i.source_organisation_id == world.other_ids["organisation"])
    return write_receipt(world.mra, fadd_import, world.folder / "fadd.mrareceipt").path.read_bytes()


def _set(path: str, value: Any) -> Callable[[dict[str, Any]], None]:
    def edit(payload: dict[str, Any]) -> None:
        target: Any = payload
        steps = path.split("/")
        for step in steps[:-1]:
            target = target[int(step)] if step.isdigit() else target[step]
        target[steps[-1]] = value

    return edit


def _twice(payload: dict[str, Any]) -> None:
    payload["meetings"].append(payload["meetings"][0])


def _wrong_hash(world: World) -> bytes:
    return craft(world, declared={"sha256": "0" * 64})


def _wrong_size(world: World) -> bytes:
    payload = json.dumps(_valid_payload(world)).encode()
    return craft(world, payload, declared={"size": len(payload) - 1})


def _repeated_name(world: World) -> bytes:
    text = json.dumps(_valid_payload(world))
    return craft(world, text.replace('{"for_import_id"', '{"files": [], "for_import_id"', 1).encode())


def _forged(world: World) -> bytes:
    return craft(world, signer=FORGER)


def _names_mras_key_signed_by_another(world: World) -> bytes:
    data = craft(world)
    return data[:-SIGNATURE_SIZE] + FORGER.sign(container.signed_message(data[:-SIGNATURE_SIZE]))


def _truncated(world: World) -> bytes:
    return craft(world)[:-1]


def _longer(world: World) -> bytes:
    return craft(world) + b"\x00"


def _newer_manifest(world: World) -> bytes:
    return _resealed_manifest(lambda t: t.replace(b'"format_version": 1', b'"format_version": 2'))(
        world)


CASES: dict[str, tuple[Callable[[World], bytes], str]] = {
    "empty": (lambda w: b"", "empty"),
    "not a receipt": (lambda w: b"PK\x03\x04 a zip file " * 10, "not a receipt"),
    "a sync file": (lambda w: b"MRASYNC\x00\x00\x02" + bytes(100), "sync file, not a receipt"),
    "an identity card": (lambda w: b'{"format": "mra-desktop-identity-card"}', "not a receipt"),
    "header cut short": (lambda w: MAGIC[:5], "truncated"),
    "newer format (header)": (lambda w: _raw_manifest(b"{}", 2), "newer mra-desktop"),
    "format 0": (lambda w: _raw_manifest(b"{}", 0), "format version"),
    "newer format (manifest)": (_newer_manifest, "newer mra-desktop"),
    "manifest too long": (lambda w: HEADER.pack(MAGIC, 1, 70_000) + bytes(70_100), "manifest"),
    "manifest not JSON": (lambda w: _raw_manifest(b"{not json"), "not valid JSON"),
    "manifest repeats a name": (
        lambda w: _raw_manifest(b'{"format": "mrareceipt", "format": "mrareceipt"}'), "twice"),
    "manifest of another format": (lambda w: _raw_manifest(b'{"format": "mrasync"}'),
                                   "does not name the receipt format"),
    "manifest with an unknown field": (
        _resealed_manifest(lambda t: t.replace(b'"number"', b'"extra": 1, "number"', 1)),
        "manifest is invalid"),
    "manifest without its number": (
        _resealed_manifest(lambda t: t.replace(b'"number": 7,', b"", 1)), "manifest is invalid"),
    "a time that does not exist": (
        lambda w: craft(w, manifest={"issued_at": "2026-02-30T09:30:00+00:00"}),
        "time does not exist"),
    "truncated": (_truncated, "truncated"),
    "bytes after its end": (_longer, "unexpected bytes"),
    "a changed byte in the payload": (_flip(-SIGNATURE_SIZE - 5), "signature does not match"),
    "a changed byte in the manifest": (_flip_in_manifest, "signature does not match"),
    "a changed byte in the signature": (_flip(-3), "signature does not match"),
    "signed by another key": (_forged, "not signed by the MRA key installed here"),
    "naming MRA's key, signed by another": (_names_mras_key_signed_by_another,
                                            "signature does not match"),
    "for another organisation": (_genuine_for_fadd, "another organisation (“FADD”)"),
    "for another device": (_for_another_device, "another computer"),
    "this device's key, another device's id": (_own_key_another_device_id, "another computer"),
    "payload hash": (_wrong_hash, "altered or damaged"),
    "payload size": (_wrong_size, "not the size it announces"),
    "decompression bomb": (_bomb, "not the size it announces"),
    "payload not JSON": (lambda w: craft(w, b"[1, 2"), "contents are not valid"),
    "payload repeats a name": (_repeated_name, "contents are not valid"),
    "payload of another shape": (lambda w: craft(w, b'{"records": {}}'), "contents are invalid"),
    "unknown review state": (_edited(_set("meetings/0/review/state", "burnt")),
                             "contents are invalid"),
    "comment too long": (_edited(_set("meetings/0/review/comment", "x" * 4001)),
                         "contents are invalid"),
    "meeting id not a UUID": (_edited(_set("meetings/0/id", "../../etc")), "contents are invalid"),
    "a date that does not exist": (_edited(_set("meetings/0/date", "2022-02-30")),
                                   "date that does not exist"),
    "a choice's time that does not exist": (
        _edited(_set("meetings/0/national_msc/0/chosen_at", "2026-13-01T00:00:00+00:00")),
        "time that does not exist"),
    "a meeting twice": (_edited(_twice), "describes a meeting twice"),
    "a meeting of another organisation here": (_meeting_of_fadd,
                                               "belongs to another organisation"),
    "wrong counts type": (_edited(_set("files/0/counts/new", -1)), "contents are invalid"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_hostile_receipt_is_refused_and_changes_nothing(world: World, case: str) -> None:
    make, message = CASES[case]
    path = world.folder / "hostile.mrareceipt"
    path.write_bytes(make(world))
    before = dump(world.partner)
    with pytest.raises(MraError) as caught:
        import_receipt(world.partner, path)
    assert message in caught.value.message
    assert "\n" not in caught.value.message and caught.value.message.endswith(".")
    assert dump(world.partner) == before


def test_a_crafted_receipt_that_breaks_no_rule_is_accepted(world: World) -> None:
    """The catalogue's builder makes valid receipts: each case fails for its own reason."""
    path = world.folder / "crafted.mrareceipt"
    path.write_bytes(craft(world))
    assert import_receipt(world.partner, path).updated == 1


def test_without_an_installed_key_a_receipt_cannot_be_checked(world: World) -> None:
    path = world.folder / "genuine-again.mrareceipt"
    path.write_bytes(craft(world))
    remove_recipient_key(world.partner)
    before = dump(world.partner)
    with pytest.raises(MraError, match="No MRA key is installed here"):
        import_receipt(world.partner, path)
    install_recipient_key(world.partner, PublicKey(world.public.raw, "MRA"))  # format 1
    before = dump(world.partner)
    with pytest.raises(MraError, match="has no signing key"):
        import_receipt(world.partner, path)
    assert dump(world.partner) == before


def test_a_receipt_too_large_is_not_read(world: World) -> None:
    path = world.folder / "huge.mrareceipt"
    with path.open("wb") as handle:
        handle.truncate(container.MAX_FILE_SIZE + 1)
    before = dump(world.partner)
    with pytest.raises(MraError, match="far too large"):
        import_receipt(world.partner, path)
    assert dump(world.partner) == before


@pytest.mark.parametrize("name", ["missing.mrareceipt", "folder"])
def test_a_missing_file_or_a_folder_is_refused(world: World, name: str) -> None:
    (world.folder / "folder").mkdir()
    with pytest.raises(MraError, match="no file|a folder"):
        import_receipt(world.partner, world.folder / name)


def test_a_database_without_an_organisation_refuses_receipts(world: World, tmp_path: Path) -> None:
    from mra_desktop.core.database import open_database

    blank = open_database(tmp_path / "blank.sqlite")
    try:
        path = world.folder / "r.mrareceipt"
        path.write_bytes(craft(world))
        with pytest.raises(MraError, match="which organisation it belongs to"):
            import_receipt(blank, path)
    finally:
        blank.close()


def test_the_manifest_is_readable_but_says_nothing_of_the_reviews(world: World) -> None:
    data = craft(world)
    manifest = container.read_header(data).manifest
    assert manifest.organisation.name == "Association Amal"
    text = data[: container.read_header(data).head_size]
    assert b"Say who decided" not in text and b"approved" not in text
    assert base64.b64decode(manifest.encryption.recipients[0].ephemeral_public_key)
    assert dt.datetime.fromisoformat(manifest.issued_at).tzinfo is not None
