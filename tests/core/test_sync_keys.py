"""MRA's key pair: files, fingerprints, passphrases, and the key a partner installs."""

from __future__ import annotations

import json
import stat
import time
import unicodedata
from pathlib import Path

import pytest

from mra_desktop.core.database import Database
from mra_desktop.core.sync import keys as keys_module
from mra_desktop.core.sync.errors import SyncKeyError, WrongPassphraseError
from mra_desktop.core.sync.keys import (
    KeyAlreadyInstalledError,
    fingerprint,
    generate_key_pair,
    install_recipient_key,
    installed_recipient_key,
    parse_private_key,
    parse_public_key,
    read_private_key,
    read_public_key,
    remove_recipient_key,
    write_key_pair,
)
from tests.sync_support import CHEAP_N, PASSPHRASE, make_keys


def test_key_pair_round_trip_and_fingerprint_for_the_phone(tmp_path: Path) -> None:
    public_path, private_path = write_key_pair(tmp_path / "mra", PASSPHRASE, "MRA Rabat", scrypt_n=CHEAP_N)
    assert (public_path.name, private_path.name) == ("mra.pub", "mra.key")
    public = read_public_key(public_path)
    private = read_private_key(private_path, PASSPHRASE)
    assert private.public == public
    assert public.label == "MRA Rabat"
    groups = public.fingerprint.split(" ")
    assert len(groups) == 5 and all(len(g) == 5 and g.isdigit() for g in groups)
    assert public.fingerprint == fingerprint(public.raw)
    text = public_path.read_text(encoding="utf-8")
    assert text.startswith("mra-desktop sync public key 1\n")
    assert f"Fingerprint: {public.fingerprint}" in text
    assert stat.S_IMODE(private_path.stat().st_mode) == 0o600
    assert public.raw.hex() not in private_path.read_text() and "PRIVATE" not in text


def test_private_key_file_is_protected_by_scrypt(tmp_path: Path) -> None:
    _, private_text = generate_key_pair(PASSPHRASE)  # the real cost
    document = json.loads(private_text)
    assert document["kdf"]["name"] == "scrypt"
    assert document["kdf"]["n"] >= 2**15 and document["kdf"]["r"] == 8
    assert document["cipher"]["name"] == "AES-256-GCM"


def test_key_pair_is_never_written_over(tmp_path: Path) -> None:
    write_key_pair(tmp_path / "mra", PASSPHRASE, scrypt_n=CHEAP_N)
    before = (tmp_path / "mra.key").read_bytes()
    with pytest.raises(SyncKeyError, match="already exists; choose another name"):
        write_key_pair(tmp_path / "mra", PASSPHRASE, scrypt_n=CHEAP_N)
    assert (tmp_path / "mra.key").read_bytes() == before


def test_short_passphrase_is_refused(tmp_path: Path) -> None:
    with pytest.raises(SyncKeyError, match="at least 8 characters"):
        write_key_pair(tmp_path / "mra", "short", scrypt_n=CHEAP_N)
    assert list(tmp_path.iterdir()) == []


def test_wrong_passphrase_gets_one_clear_sentence(tmp_path: Path) -> None:
    _, private_path = write_key_pair(tmp_path / "mra", PASSPHRASE, scrypt_n=CHEAP_N)
    with pytest.raises(WrongPassphraseError) as caught:
        read_private_key(private_path, "the olive tree in Fès")
    assert caught.value.message == f"The passphrase is wrong for the private key {private_path}."


def test_passphrase_typed_in_another_unicode_form_still_opens(tmp_path: Path) -> None:
    composed = "Fès-Meknès 2022"
    _, text = generate_key_pair(composed, scrypt_n=CHEAP_N)
    assert parse_private_key(text, unicodedata.normalize("NFD", composed)).public is not None


def test_public_key_with_a_wrong_fingerprint_is_refused() -> None:
    public, _, _ = make_keys()
    text = public.to_text().replace(public.fingerprint, "11111 22222 33333 44444 55555")
    with pytest.raises(SyncKeyError, match="damaged: its fingerprint does not match its key"):
        parse_public_key(text, "mra.pub")


def test_the_wrong_kind_of_key_file_is_named(tmp_path: Path) -> None:
    public, _, private_text = make_keys()
    (tmp_path / "mra.key").write_text(private_text)
    (tmp_path / "mra.pub").write_text(public.to_text())
    (tmp_path / "notes.txt").write_text("Commission locale, El-Hajeb\n")
    with pytest.raises(SyncKeyError, match="is MRA's private key, which must stay at MRA"):
        read_public_key(tmp_path / "mra.key")
    with pytest.raises(SyncKeyError, match="is a public key; importing needs MRA's private key"):
        read_private_key(tmp_path / "mra.pub", PASSPHRASE)
    with pytest.raises(SyncKeyError, match="is not an mra-desktop public key file"):
        read_public_key(tmp_path / "notes.txt")
    with pytest.raises(SyncKeyError, match="is not an mra-desktop private key file"):
        read_private_key(tmp_path / "notes.txt", PASSPHRASE)
    with pytest.raises(SyncKeyError, match="There is no key file"):
        read_public_key(tmp_path / "missing.pub")


def test_key_file_asking_for_enormous_memory_is_refused_at_once() -> None:
    _, _, private_text = make_keys()
    document = json.loads(private_text)
    document["kdf"]["n"] = 2**30
    start = time.perf_counter()
    with pytest.raises(SyncKeyError, match="key-derivation settings this program refuses"):
        parse_private_key(json.dumps(document), PASSPHRASE)
    assert time.perf_counter() - start < 1


def test_partner_installs_mras_key_once(db: Database, tmp_path: Path) -> None:
    public, _, _ = make_keys()
    assert installed_recipient_key(db) is None
    assert install_recipient_key(db, public) is True
    assert installed_recipient_key(db) == public
    assert install_recipient_key(db, public) is False  # the same key again: nothing to do
    other, _, _ = make_keys("another passphrase")
    with pytest.raises(KeyAlreadyInstalledError) as refused:
        install_recipient_key(db, other)
    assert public.fingerprint in refused.value.message
    assert other.fingerprint in refused.value.message
    assert installed_recipient_key(db) == public
    install_recipient_key(db, other, replace=True)
    assert installed_recipient_key(db) == other
    remove_recipient_key(db)
    assert installed_recipient_key(db) is None


def test_a_key_shipped_with_the_installer_is_used_when_none_is_installed(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    public, _, _ = make_keys()
    shipped = tmp_path / "mra-public-key.pub"
    shipped.write_text(public.to_text())
    monkeypatch.setattr(keys_module, "SHIPPED_KEY_PARTS", (str(shipped),))
    assert installed_recipient_key(db) == public
