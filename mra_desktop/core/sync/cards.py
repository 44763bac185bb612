"""A device's identity card (``.mraid``): what MRA enrols so that it can trust the device's
sync files.

The card is a small JSON document (format in ``resources/sync/FORMAT.md``, section 7): the
organisation the database belongs to (id and name), the device id, and the device's
Ed25519 public key with its fingerprint. It holds nothing secret. It is also untrusted
input at MRA: read with a size bound, parsed strictly (no unknown or repeated fields, no
hidden characters in the name, a key that is a real Ed25519 key, a fingerprint that
matches it), and refused with one sentence otherwise. The fingerprint is what MRA and the
partner read to each other over the phone before MRA enrols the card.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated

import msgspec
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from mra_desktop import __version__
from mra_desktop.core.database import Database
from mra_desktop.core.files import atomic_write_bytes, read_chosen_file
from mra_desktop.core.identity import public_key_bytes, require_organisation, signing_key
from mra_desktop.core.sync.errors import SyncError
from mra_desktop.core.sync.keys import fingerprint, key_id
from mra_desktop.core.sync.schema import FINGERPRINT, UUID
from mra_desktop.core.text import has_hidden_characters, shown

CARD_FORMAT = "mra-desktop-identity-card"
CARD_VERSION = 1
CARD_SUFFIX = ".mraid"
MAX_CARD_SIZE = 16 * 1024
SIGNATURE_ALGORITHM = "Ed25519"

_UUID = UUID
_FINGERPRINT = FINGERPRINT


class CardError(SyncError):
    """An identity card that cannot be used; nothing was enrolled."""

    code = "card_invalid"


class _Organisation(msgspec.Struct, forbid_unknown_fields=True):
    id: Annotated[str, msgspec.Meta(pattern=_UUID)]
    name: Annotated[str, msgspec.Meta(min_length=1, max_length=200)]


class _SigningKey(msgspec.Struct, forbid_unknown_fields=True):
    algorithm: str
    public_key: Annotated[str, msgspec.Meta(max_length=64)]
    fingerprint: Annotated[str, msgspec.Meta(pattern=_FINGERPRINT)]


class _App(msgspec.Struct, forbid_unknown_fields=True):
    name: Annotated[str, msgspec.Meta(max_length=100)]
    version: Annotated[str, msgspec.Meta(max_length=40)]


class _Card(msgspec.Struct, forbid_unknown_fields=True):
    format: str
    version: int
    organisation: _Organisation
    device_id: Annotated[str, msgspec.Meta(pattern=_UUID)]
    signing_key: _SigningKey
    app: _App
    made_at: Annotated[str, msgspec.Meta(max_length=40)]


@dataclass(frozen=True)
class IdentityCard:
    """A device's public identity."""

    organisation_id: str
    organisation_name: str
    device_id: str
    public_key: bytes  # raw Ed25519 public key, 32 bytes
    made_at: str = ""

    @property
    def key_id(self) -> str:
        return key_id(self.public_key)

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_key)

    def verifier(self) -> Ed25519PublicKey:
        return Ed25519PublicKey.from_public_bytes(self.public_key)

    def to_bytes(self) -> bytes:
        document = {
            "format": CARD_FORMAT,
            "version": CARD_VERSION,
            "organisation": {"id": self.organisation_id, "name": self.organisation_name},
            "device_id": self.device_id,
            "signing_key": {
                "algorithm": SIGNATURE_ALGORITHM,
                "public_key": base64.b64encode(self.public_key).decode("ascii"),
                "fingerprint": self.fingerprint,
            },
            "app": {"name": "mra-desktop", "version": __version__},
            "made_at": self.made_at,
        }
        return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def device_card(db: Database) -> IdentityCard:
    """This database's identity card (refused while it has no organisation)."""
    identity = require_organisation(db)
    assert identity.organisation_id is not None and identity.organisation_name is not None
    return IdentityCard(
        organisation_id=identity.organisation_id,
        organisation_name=identity.organisation_name,
        device_id=identity.device_id,
        public_key=public_key_bytes(signing_key(db)),
        made_at=dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat(),
    )


def write_device_card(db: Database, path: Path | str) -> tuple[Path, IdentityCard]:
    """Write this database's identity card to ``path`` (atomically)."""
    card = device_card(db)
    return atomic_write_bytes(Path(path).expanduser(), card.to_bytes()), card


def _unique_names(pairs: list[tuple[str, object]]) -> dict[str, object]:
    result = dict(pairs)
    if len(result) != len(pairs):
        raise ValueError("repeated name")
    return result


def parse_card(data: bytes, source: str = "The identity card") -> IdentityCard:
    """Read an identity card's bytes strictly; :class:`CardError` says what is wrong."""
    not_a_card = CardError(f"{source} is not an mra-desktop identity card.")
    if len(data) > MAX_CARD_SIZE:
        raise CardError(f"{source} is not an identity card (it is far too large).")
    try:
        text = data.decode("utf-8-sig")
        # a name twice in one object would read differently in different programs
        json.loads(text, object_pairs_hook=_unique_names)
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise not_a_card from None
    try:
        card = msgspec.json.decode(text.encode("utf-8"), type=_Card)
    except msgspec.ValidationError:
        if f'"{CARD_FORMAT}"' not in text:
            raise not_a_card from None
        raise CardError(f"{source} is damaged: a field is missing, unknown or malformed.") from None
    except msgspec.DecodeError:
        raise not_a_card from None
    if card.format != CARD_FORMAT:
        raise not_a_card
    if card.version != CARD_VERSION:
        raise CardError(f"{source} was made by a newer mra-desktop; update mra-desktop to read it.")
    if card.signing_key.algorithm != SIGNATURE_ALGORITHM:
        raise CardError(f"{source} names a signing algorithm this program does not know.")
    name = card.organisation.name
    if name != " ".join(name.split()) or has_hidden_characters(name):
        raise CardError(
            f"{source} is refused: its organisation name holds hidden or control characters "
            f"({shown(name, 80)})."
        )
    try:
        raw = base64.b64decode(card.signing_key.public_key, validate=True)
        if len(raw) != 32:
            raise ValueError("not 32 bytes")
        Ed25519PublicKey.from_public_bytes(raw)
    except (binascii.Error, ValueError):
        raise CardError(f"{source} is damaged: its public key is unreadable.") from None
    if fingerprint(raw) != card.signing_key.fingerprint:
        raise CardError(f"{source} is damaged: its fingerprint does not match its key.")
    return IdentityCard(
        organisation_id=card.organisation.id,
        organisation_name=name,
        device_id=card.device_id,
        public_key=raw,
        made_at=shown(card.made_at, 40),
    )


def read_card(path: Path | str) -> IdentityCard:
    path = Path(path).expanduser()
    source = shown(str(path))
    data = read_chosen_file(path, MAX_CARD_SIZE, CardError, what="an identity card", source=source)
    return parse_card(data, source)
