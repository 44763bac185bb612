"""Whose database this is, the device's signing key, and identity cards as untrusted input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mra_desktop.core.database import Database, open_database
from mra_desktop.core.demo import load_demo
from mra_desktop.core.identity import (
    IdentityError,
    NoIdentityError,
    database_identity,
    init_database,
    new_signing_key,
    public_key_bytes,
    require_organisation,
    set_identity,
    signing_key,
)
from mra_desktop.core.services import Services
from mra_desktop.core.sync.cards import (
    MAX_CARD_SIZE,
    CardError,
    IdentityCard,
    device_card,
    parse_card,
    read_card,
    write_device_card,
)
from mra_desktop.core.sync.keys import fingerprint
from tests.sync_support import dump


def test_init_gives_the_database_its_organisation_facilitator_language_and_key(db: Database) -> None:
    assert database_identity(db).organisation_id is None
    with pytest.raises(NoIdentityError, match="does not say which organisation"):
        require_organisation(db)
    result = init_database(db, "  Association   Amal ", facilitator="Fatima Zahra", language="ar")
    identity = result.identity
    assert result.created_organisation and not result.already
    assert identity.organisation_name == "Association Amal"
    assert (identity.facilitator, identity.language) == ("Fatima Zahra", "ar")
    assert Services(db).organisations.get(identity.organisation_id).name == "Association Amal"
    key = signing_key(db)
    assert public_key_bytes(key) == public_key_bytes(signing_key(db))  # made once, kept


def test_the_identity_lives_in_the_database_file(db_path: Path) -> None:
    first = open_database(db_path)
    init_database(first, "Association Amal", facilitator="Khadija")
    card = device_card(first)
    first.close()
    again = open_database(db_path)
    identity = database_identity(again)
    assert (identity.organisation_name, identity.facilitator) == ("Association Amal", "Khadija")
    assert device_card(again).public_key == card.public_key
    again.close()


def test_init_again_with_the_same_name_updates_with_another_name_refuses(db: Database) -> None:
    init_database(db, "Association Amal")
    again = init_database(db, "Association Amal", facilitator="Samira")
    assert again.already and database_identity(db).facilitator == "Samira"
    before = dump(db)
    with pytest.raises(IdentityError, match="already belongs to “Association Amal”"):
        init_database(db, "Association Tafiil")
    assert dump(db) == before


def test_init_takes_an_existing_organisation_of_that_name_but_never_a_demo_one(db: Database) -> None:
    services = Services(db)
    load_demo(services)
    demo_names = {o.name for o in services.organisations.list()}
    name = sorted(demo_names)[0]
    result = init_database(db, name)
    assert result.created_organisation  # the demo's organisation is not taken
    assert not services.organisations.get(result.identity.organisation_id).demo
    demo_org = next(o for o in services.organisations.list() if o.demo)
    with pytest.raises(IdentityError, match="belongs to the demo data"):
        set_identity(db, demo_org.id)


def test_a_new_key_replaces_the_old_one(db: Database) -> None:
    init_database(db, "Association Amal")
    old = device_card(db).fingerprint
    new_signing_key(db)
    assert device_card(db).fingerprint != old


# -- identity cards ---------------------------------------------------------------------------
def _card_bytes(db: Database) -> bytes:
    init_database(db, "جمعية أمل Amal")
    return device_card(db).to_bytes()


def test_a_card_round_trips_and_is_self_describing(db: Database, tmp_path: Path) -> None:
    init_database(db, "جمعية أمل Amal")
    path, card = write_device_card(db, tmp_path / "amal.mraid")
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["format"] == "mra-desktop-identity-card" and document["version"] == 1
    assert document["signing_key"]["algorithm"] == "Ed25519"
    assert document["signing_key"]["fingerprint"] == card.fingerprint
    assert "private" not in path.read_text(encoding="utf-8")
    read = read_card(path)
    assert (read.organisation_name, read.device_id, read.public_key) == (
        "جمعية أمل Amal", db.device_id, card.public_key
    )


def _edited(data: bytes, edit) -> bytes:  # type: ignore[no-untyped-def]
    document = json.loads(data)
    edit(document)
    return json.dumps(document, ensure_ascii=False).encode("utf-8")


@pytest.mark.parametrize(
    "make, expected",
    [
        (lambda d: b"", "is not an mra-desktop identity card"),
        (lambda d: b"\xff\xfe garbage", "is not an mra-desktop identity card"),
        (lambda d: b"x" * (MAX_CARD_SIZE + 1), "far too large"),
        (lambda d: b"[1, 2]", "is not an mra-desktop identity card"),
        (lambda d: d.replace(b'"version": 1', b'"version": 1, "version": 1'),
         "is not an mra-desktop identity card"),
        (lambda d: _edited(d, lambda c: c.update(version=2)), "made by a newer mra-desktop"),
        (lambda d: _edited(d, lambda c: c.update(extra="x")), "damaged"),
        (lambda d: _edited(d, lambda c: c["signing_key"].update(algorithm="RSA")),
         "signing algorithm this program does not know"),
        (lambda d: _edited(d, lambda c: c["signing_key"].update(public_key="AAAA")),
         "its public key is unreadable"),
        (lambda d: _edited(d, lambda c: c["signing_key"].update(fingerprint="11111 11111 11111 11111 11111")),
         "its fingerprint does not match its key"),
        (lambda d: _edited(d, lambda c: c["organisation"].update(name="Amal\n[ok] all good")),
         "hidden or control characters (Amal\\x0a[ok] all good)"),
        (lambda d: _edited(d, lambda c: c["organisation"].update(name="Amal \u202egpj.exe")),
         "hidden or control characters (Amal \\u202egpj.exe)"),
        (lambda d: _edited(d, lambda c: c["organisation"].update(name="\x1b[2JAmal")),
         "hidden or control characters"),
        (lambda d: _edited(d, lambda c: c.update(device_id="not-a-uuid")), "damaged"),
        (lambda d: _edited(d, lambda c: c.update(device_id=c["device_id"] + "\n")), "damaged"),
    ],
)
def test_a_bad_card_is_refused_with_one_sentence(db: Database, make, expected: str) -> None:  # type: ignore[no-untyped-def]
    data = make(_card_bytes(db))
    with pytest.raises(CardError) as refused:
        parse_card(data, "amal.mraid")
    assert expected in refused.value.message
    assert "\n" not in refused.value.message


def test_an_arabic_name_with_joiners_is_accepted(db: Database) -> None:
    card = IdentityCard("2f1c6a5e-8b3d-4c1a-9e7f-0a2b3c4d5e6f", "جمعية\u200cأمل", db.device_id,
                        public_key_bytes(signing_key(db)))
    assert parse_card(card.to_bytes()).organisation_name == "جمعية\u200cأمل"
    assert card.fingerprint == fingerprint(card.public_key)


def test_reading_a_missing_card_or_a_folder_says_so(tmp_path: Path) -> None:
    with pytest.raises(CardError, match="There is no file"):
        read_card(tmp_path / "none.mraid")
    with pytest.raises(CardError, match="is a folder"):
        read_card(tmp_path)
