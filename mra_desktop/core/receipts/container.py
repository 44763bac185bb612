"""The .mrareceipt container: a fixed header, a plaintext JSON manifest, the payload
encrypted for the partner's devices, and the signature of MRA's database.

::

    offset  size  content
    0       8     magic "MRARCPT\\0"
    8       2     format version, unsigned big-endian (1)
    10      4     manifest length N, unsigned big-endian (1 … 65,536)
    14      N     manifest: UTF-8 JSON object (below)
    14+N    M     payload: AES-256-GCM(file key, nonce, zlib(payload JSON), associated
                  data = header and manifest), tag at the end (M = payload.stored_size)
    14+N+M  64    Ed25519 signature by MRA's database of
                  "mrareceipt v1 signature\\0" ‖ SHA-256(bytes 0 … 14+N+M−1)

A receipt is always encrypted: it holds MRA's review comments about testimony meetings.
The file key is wrapped once for each device of the partner that MRA enrolled, with the
X25519 form of the device's Ed25519 signing key (the key MRA enrolled from its identity
card; see :func:`x25519_public_from_ed25519`): no other key, and no new card, is needed.
See ``resources/sync/FORMAT.md``, section 12.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import json
import os
import struct
import zlib
from dataclasses import dataclass
from typing import Annotated, Any

import msgspec
import nacl.bindings as nacl_bindings
import nacl.exceptions as nacl_exceptions
from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from msgspec import Meta

from mra_desktop.core.receipts.errors import NewerReceiptFormatError, ReceiptFileError
from mra_desktop.core.sync.container import strict_json
from mra_desktop.core.sync.errors import SyncFileError
from mra_desktop.core.sync.keys import fingerprint, key_id
from mra_desktop.core.sync.schema import BASE64, FINGERPRINT, SHA256, TIMESTAMP, UUID

MAGIC = b"MRARCPT\x00"
SYNC_MAGIC = b"MRASYNC\x00"
FORMAT_NAME = "mrareceipt"
FORMAT_VERSION = 1
FILE_SUFFIX = ".mrareceipt"
HEADER = struct.Struct(">8sHI")
SIGNATURE_SIZE = 64
TAG_SIZE = 16
SIGNATURE_CONTEXT = b"mrareceipt v1 signature\x00"
SCHEME = "X25519-HKDF-SHA256-A256GCM"
HKDF_INFO = b"mrareceipt v1 file key wrap"
WRAP_AAD = b"mrareceipt v1 file key"
PAYLOAD_ENCODING = "json+zlib"

MAX_FILE_SIZE = 16 * 1024 * 1024
MAX_MANIFEST_SIZE = 64 * 1024
MAX_PAYLOAD_SIZE = 64 * 1024 * 1024
MAX_RECIPIENTS = 32

NEWER = (
    "This receipt was made by a newer mra-desktop (receipt format {version}); update "
    "mra-desktop to read it."
)

# -- a device's Ed25519 key as an X25519 key ---------------------------------------------------
# libsodium does the conversion (through PyNaCl): the birational map of RFC 7748 §4.1 on
# public keys and the hashed seed of RFC 8032 §5.1.5 on private keys, as age's ssh-ed25519
# recipients do.


def x25519_public_from_ed25519(raw: bytes) -> bytes:
    """The X25519 public key of an Ed25519 public key. Raises ValueError for bytes that
    are no usable Ed25519 public key (libsodium checks the point)."""
    if len(raw) != 32:
        raise ValueError("an Ed25519 public key has 32 bytes")
    try:
        return bytes(nacl_bindings.crypto_sign_ed25519_pk_to_curve25519(raw))
    except nacl_exceptions.CryptoError as exc:
        raise ValueError("not a usable Ed25519 public key") from exc


def x25519_private_from_ed25519(key: Ed25519PrivateKey) -> X25519PrivateKey:
    """The X25519 private key of an Ed25519 private key; its public key is
    :func:`x25519_public_from_ed25519` of the Ed25519 public key."""
    seed = key.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )
    secret = seed + _raw_public(key.public_key())  # libsodium's 64-byte secret key
    return X25519PrivateKey.from_private_bytes(
        bytes(nacl_bindings.crypto_sign_ed25519_sk_to_curve25519(secret))
    )


def _raw_public(key: Ed25519PublicKey | X25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _kek(shared: bytes, ephemeral: bytes, recipient: bytes) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=ephemeral + recipient, info=HKDF_INFO
    ).derive(shared)


def signed_message(signed_bytes: bytes) -> bytes:
    return SIGNATURE_CONTEXT + hashlib.sha256(signed_bytes).digest()


# -- the manifest's types -------------------------------------------------------------------
Uuid = Annotated[str, Meta(pattern=UUID)]
Timestamp = Annotated[str, Meta(pattern=TIMESTAMP)]
Base64 = Annotated[str, Meta(pattern=BASE64, max_length=200)]
Fingerprint = Annotated[str, Meta(pattern=FINGERPRINT)]
KeyId = Annotated[str, Meta(pattern=SHA256)]


class App(msgspec.Struct, forbid_unknown_fields=True):
    name: Annotated[str, Meta(max_length=100)]
    version: Annotated[str, Meta(max_length=40)]


class Organisation(msgspec.Struct, forbid_unknown_fields=True):
    id: Uuid
    name: Annotated[str, Meta(min_length=1, max_length=200)]


class Recipient(msgspec.Struct, forbid_unknown_fields=True):
    """One device of the partner that can open the receipt."""

    device_id: Uuid
    key_id: KeyId  # SHA-256 of the device's Ed25519 public key, as MRA enrolled it
    fingerprint: Fingerprint
    ephemeral_public_key: Base64
    wrap_nonce: Base64
    wrapped_key: Base64


class Encryption(msgspec.Struct, forbid_unknown_fields=True):
    scheme: str
    payload_nonce: Base64
    recipients: Annotated[list[Recipient], Meta(min_length=1, max_length=MAX_RECIPIENTS)]


class PayloadInfo(msgspec.Struct, forbid_unknown_fields=True):
    encoding: str
    size: Annotated[int, Meta(ge=2, le=MAX_PAYLOAD_SIZE)]
    stored_size: Annotated[int, Meta(ge=TAG_SIZE, le=MAX_FILE_SIZE)]
    sha256: KeyId


class Signature(msgspec.Struct, forbid_unknown_fields=True):
    scheme: str
    key_id: KeyId
    fingerprint: Fingerprint


class Manifest(msgspec.Struct, forbid_unknown_fields=True):
    format: str
    format_version: int
    app: App
    receipt_id: Uuid
    #: MRA's count of the receipts its database wrote: a later receipt has a higher one
    number: Annotated[int, Meta(ge=1, le=2**31 - 1)]
    issued_at: Timestamp
    issuer_device_id: Uuid
    organisation: Organisation
    payload: PayloadInfo
    encryption: Encryption
    signature: Signature


MANIFEST_DECODER = msgspec.json.Decoder(Manifest)


@dataclass(frozen=True)
class DeviceKey:
    """A partner device a receipt is encrypted for (as MRA enrolled it)."""

    device_id: str
    public_key: bytes  # raw Ed25519

    @property
    def key_id(self) -> str:
        return key_id(self.public_key)

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_key)


def seal(
    manifest: dict[str, Any],
    payload: bytes,
    recipients: list[DeviceKey],
    signer: Ed25519PrivateKey,
    *,
    compressed: bytes | None = None,
    declared: dict[str, Any] | None = None,
) -> bytes:
    """The bytes of a receipt holding ``payload`` (JSON), encrypted for each of
    ``recipients`` and signed by ``signer``; ``manifest`` gets its "payload",
    "encryption" and "signature" fields here.

    ``compressed`` replaces the compressed payload and ``declared`` changes what the
    manifest says of it (size, hash); they exist to make damaged receipts for tests.
    """
    if not recipients:
        raise ValueError("a receipt needs at least one recipient")
    stored = compressed if compressed is not None else zlib.compress(payload, 6)
    file_key = AESGCM.generate_key(bit_length=256)
    payload_nonce = os.urandom(12)
    wrapped = []
    for device in recipients:
        recipient = x25519_public_from_ed25519(device.public_key)
        ephemeral = X25519PrivateKey.generate()
        ephemeral_raw = _raw_public(ephemeral.public_key())
        shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient))
        wrap_nonce = os.urandom(12)
        wrapped.append(
            {
                "device_id": device.device_id,
                "key_id": device.key_id,
                "fingerprint": device.fingerprint,
                "ephemeral_public_key": _b64(ephemeral_raw),
                "wrap_nonce": _b64(wrap_nonce),
                "wrapped_key": _b64(
                    AESGCM(_kek(shared, ephemeral_raw, recipient)).encrypt(
                        wrap_nonce, file_key, WRAP_AAD
                    )
                ),
            }
        )
    manifest = dict(manifest)
    manifest["payload"] = {
        "encoding": PAYLOAD_ENCODING,
        "size": len(payload),
        "stored_size": len(stored) + TAG_SIZE,
        "sha256": hashlib.sha256(payload).hexdigest(),
    } | (declared or {})
    manifest["encryption"] = {
        "scheme": SCHEME,
        "payload_nonce": _b64(payload_nonce),
        "recipients": wrapped,
    }
    signer_raw = _raw_public(signer.public_key())
    manifest["signature"] = {
        "scheme": "Ed25519",
        "key_id": key_id(signer_raw),
        "fingerprint": fingerprint(signer_raw),
    }
    manifest_bytes = json.dumps(manifest, ensure_ascii=False, indent=2).encode("utf-8")
    head = HEADER.pack(MAGIC, FORMAT_VERSION, len(manifest_bytes)) + manifest_bytes
    body = head + AESGCM(file_key).encrypt(payload_nonce, stored, head)
    return body + signer.sign(signed_message(body))


# -- reading ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class Header:
    manifest: Manifest
    head_size: int  # header and manifest bytes


def read_header(data: bytes) -> Header:
    """The header and manifest of a receipt's bytes, checked against the manifest's type
    and the file's length, not yet authenticated."""
    if not data:
        raise ReceiptFileError("The file is empty.")
    if data.startswith(SYNC_MAGIC):
        raise ReceiptFileError(
            "This is a sync file, not a receipt: sync files are imported at MRA."
        )
    if len(data) < HEADER.size:
        if MAGIC.startswith(data[: len(MAGIC)]):
            raise ReceiptFileError("The receipt is truncated.")
        raise ReceiptFileError("This is not a receipt from MRA.")
    magic, version, size = HEADER.unpack_from(data)
    if magic != MAGIC:
        raise ReceiptFileError("This is not a receipt from MRA.")
    if version > FORMAT_VERSION:
        raise NewerReceiptFormatError(NEWER.format(version=version))
    if version != FORMAT_VERSION:
        raise ReceiptFileError(
            f"The receipt is damaged: its format version ({version}) is not valid."
        )
    if size == 0 or size > MAX_MANIFEST_SIZE or HEADER.size + size > len(data):
        raise ReceiptFileError(
            "The receipt is damaged or truncated: its manifest does not fit."
        )
    manifest_bytes = data[HEADER.size : HEADER.size + size]
    try:
        document = strict_json(manifest_bytes, "manifest")
    except SyncFileError as exc:
        raise ReceiptFileError(
            exc.message.replace("The file", "The receipt")
        ) from None
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        raise ReceiptFileError(
            "The receipt is damaged: its manifest does not name the receipt format."
        )
    announced = document.get("format_version")
    if type(announced) is int and announced > FORMAT_VERSION:
        raise NewerReceiptFormatError(NEWER.format(version=announced))
    try:
        manifest = MANIFEST_DECODER.decode(manifest_bytes)
    except msgspec.ValidationError as exc:
        raise ReceiptFileError(
            f"The receipt's manifest is invalid ({exc})."
        ) from None
    try:
        dt.datetime.fromisoformat(manifest.issued_at)
    except ValueError:
        raise ReceiptFileError(
            "The receipt's manifest is invalid: its time does not exist."
        ) from None
    if manifest.format_version != FORMAT_VERSION:
        raise ReceiptFileError(
            "The receipt is damaged: its manifest and its header name different format versions."
        )
    if manifest.encryption.scheme != SCHEME or manifest.signature.scheme != "Ed25519":
        raise ReceiptFileError(
            "The receipt names an encryption or a signature this program does not know."
        )
    if manifest.payload.encoding != PAYLOAD_ENCODING:
        raise ReceiptFileError(
            "The receipt's payload is in an encoding this program does not know."
        )
    head_size = HEADER.size + size
    expected = head_size + manifest.payload.stored_size + SIGNATURE_SIZE
    if len(data) < expected:
        raise ReceiptFileError("The receipt is truncated.")
    if len(data) > expected:
        raise ReceiptFileError(
            "The receipt is damaged: it has unexpected bytes after its end."
        )
    return Header(manifest, head_size)


def verify_signature(data: bytes, public_key: Ed25519PublicKey) -> None:
    body, signature = data[:-SIGNATURE_SIZE], data[-SIGNATURE_SIZE:]
    try:
        public_key.verify(signature, signed_message(body))
    except InvalidSignature:
        raise ReceiptFileError(
            "The receipt has been altered or damaged: its signature does not match its contents."
        ) from None


def _unbase64(text: str) -> bytes:
    try:
        return base64.b64decode(text, validate=True)
    except binascii.Error:
        raise ReceiptFileError(
            "The receipt is damaged: its encryption parameters are unreadable."
        ) from None


def open_payload(
    data: bytes, header: Header, recipient: Recipient, device_key: Ed25519PrivateKey
) -> bytes:
    """The payload JSON of a receipt, decrypted with this device's key (its entry among
    the recipients is ``recipient``), decompressed within its announced size and checked
    against its hash."""
    damaged = ReceiptFileError(
        "The receipt has been altered or damaged: its contents fail authentication."
    )
    manifest = header.manifest
    private = x25519_private_from_ed25519(device_key)
    own = _raw_public(private.public_key())
    ephemeral = _unbase64(recipient.ephemeral_public_key)
    head = data[: header.head_size]
    stored = data[header.head_size : header.head_size + manifest.payload.stored_size]
    try:
        shared = private.exchange(X25519PublicKey.from_public_bytes(ephemeral))
        file_key = AESGCM(_kek(shared, ephemeral, own)).decrypt(
            _unbase64(recipient.wrap_nonce), _unbase64(recipient.wrapped_key), WRAP_AAD
        )
        compressed = AESGCM(file_key).decrypt(
            _unbase64(manifest.encryption.payload_nonce), stored, head
        )
    except (InvalidTag, ValueError):
        raise damaged from None
    inflater = zlib.decompressobj()
    try:
        payload = inflater.decompress(compressed, manifest.payload.size + 1)
    except zlib.error:
        raise damaged from None
    if (
        len(payload) != manifest.payload.size
        or inflater.unconsumed_tail
        or not inflater.eof
        or inflater.unused_data
    ):
        raise ReceiptFileError(
            "The receipt is damaged: its payload is not the size it announces."
        )
    if hashlib.sha256(payload).hexdigest() != manifest.payload.sha256:
        raise damaged
    return payload
