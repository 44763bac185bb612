"""The .mrasync container: a fixed header, a plaintext JSON manifest, the payload, and the
signature of the device that wrote it.

::

    offset  size  content
    0       8     magic "MRASYNC\\0"
    8       2     format version, unsigned big-endian (2)
    10      4     manifest length N, unsigned big-endian (1 … 65,536)
    14      N     manifest: UTF-8 JSON object (manifest-v2.schema.json)
    14+N    M     payload as stored: zlib-compressed UTF-8 JSON, AES-256-GCM encrypted
                  when the manifest's "encryption" is not null (M = payload.stored_size)
    14+N+M  64    Ed25519 signature by the device's key of
                  "mrasync v2 signature\\0" ‖ SHA-256(bytes 0 … 14+N+M−1)

The signature covers every byte before it, so it binds the manifest (organisation,
device, export time, change sequence, counts, the recipient key id, the payload's hash)
and the payload exactly as stored (ciphertext or plaintext). Encrypted files also use the
header and manifest as the AEAD's associated data. Format 1 (unsigned, a SHA-256 checksum
instead of the signature) is still read, when asked to. See ``resources/sync/FORMAT.md``.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import os
import struct
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import msgspec
from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from mra_desktop.core.sync.errors import (
    KeyRequiredError,
    NewerSyncFormatError,
    SyncFileError,
    WrongKeyError,
)
from mra_desktop.core.sync.keys import PrivateKey, PublicKey, fingerprint, key_id
from mra_desktop.core.sync.schema import (
    MANIFEST_DECODERS,
    Manifest,
    ManifestV1,
    RecordRuleError,
    describe_error,
    error_location,
)
from mra_desktop.core.text import shown

MAGIC = b"MRASYNC\x00"
FORMAT_NAME = "mrasync"
FORMAT_VERSION = 2
FILE_SUFFIX = ".mrasync"
HEADER = struct.Struct(">8sHI")
CHECKSUM_SIZE = 32  # format 1
SIGNATURE_SIZE = 64
TAG_SIZE = 16
SIGNATURE_CONTEXT = b"mrasync v2 signature\x00"
SIGNATURE_SCHEME = "Ed25519"

MAX_FILE_SIZE = 200 * 1024 * 1024
MAX_MANIFEST_SIZE = 64 * 1024
MAX_PAYLOAD_SIZE = 256 * 1024 * 1024

SCHEME = "X25519-HKDF-SHA256-A256GCM"
HKDF_INFO = b"mrasync v1 file key wrap"
WRAP_AAD = b"mrasync v1 file key"
PAYLOAD_ENCODING = "json+zlib"
PAYLOAD_SCHEMA = "payload-v2"

NEWER = (
    "This file was made by a newer mra-desktop (sync format {version}); "
    "update mra-desktop to import it."
)

AnyManifest = Manifest | ManifestV1


@dataclass(frozen=True)
class Header:
    """A file's header and manifest, read but not yet authenticated."""

    version: int
    manifest: AnyManifest
    head_size: int  # header and manifest bytes

    @property
    def encrypted(self) -> bool:
        return self.manifest.encryption is not None

    def trailer_size(self) -> int:
        return SIGNATURE_SIZE if self.version == 2 else (0 if self.encrypted else CHECKSUM_SIZE)

    def expected_size(self) -> int:
        return self.head_size + self.manifest.payload.stored_size + self.trailer_size()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _kek(shared: bytes, ephemeral: bytes, recipient: bytes) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=ephemeral + recipient, info=HKDF_INFO
    ).derive(shared)


def _raw(public: X25519PublicKey | Ed25519PublicKey) -> bytes:
    return public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def signed_message(signed_bytes: bytes) -> bytes:
    """What the device's key signs: a context string and the SHA-256 of the file's bytes
    before the signature (hashing first lets a file of 200 MiB be signed in one pass)."""
    return SIGNATURE_CONTEXT + hashlib.sha256(signed_bytes).digest()


def seal(
    manifest: dict[str, Any],
    payload: bytes,
    recipient: PublicKey | None,
    signer: Ed25519PrivateKey,
    *,
    compressed: bytes | None = None,
    declared_size: int | None = None,
) -> bytes:
    """The bytes of a sync file holding ``payload`` (JSON), encrypted for ``recipient``
    unless it is None, signed by ``signer``. ``manifest`` gets its "payload",
    "encryption" and "signature" fields here.

    ``compressed`` and ``declared_size`` replace the compressed payload and its announced
    size; they exist to make damaged files for tests.
    """
    stored = compressed if compressed is not None else zlib.compress(payload, 6)
    manifest = dict(manifest)
    file_key: bytes | None = None
    payload_nonce = b""
    if recipient is not None:
        ephemeral = X25519PrivateKey.generate()
        ephemeral_raw = _raw(ephemeral.public_key())
        kek = _kek(ephemeral.exchange(recipient.x25519()), ephemeral_raw, recipient.raw)
        file_key = AESGCM.generate_key(bit_length=256)
        wrap_nonce = os.urandom(12)
        payload_nonce = os.urandom(12)
        manifest["encryption"] = {
            "scheme": SCHEME,
            "recipient_key_id": recipient.key_id,
            "recipient_fingerprint": recipient.encryption_fingerprint,
            "ephemeral_public_key": _b64(ephemeral_raw),
            "wrap_nonce": _b64(wrap_nonce),
            "wrapped_key": _b64(AESGCM(kek).encrypt(wrap_nonce, file_key, WRAP_AAD)),
            "payload_nonce": _b64(payload_nonce),
        }
    else:
        manifest["encryption"] = None
    manifest["payload"] = {
        "schema": PAYLOAD_SCHEMA,
        "encoding": PAYLOAD_ENCODING,
        "size": len(payload) if declared_size is None else declared_size,
        "stored_size": len(stored) + (TAG_SIZE if file_key is not None else 0),
        "sha256": hashlib.sha256(payload).hexdigest(),
    }
    signer_raw = _raw(signer.public_key())
    manifest["signature"] = {
        "scheme": SIGNATURE_SCHEME,
        "key_id": key_id(signer_raw),
        "fingerprint": fingerprint(signer_raw),
    }
    manifest_bytes = json.dumps(manifest, ensure_ascii=False, indent=2).encode("utf-8")
    head = HEADER.pack(MAGIC, FORMAT_VERSION, len(manifest_bytes)) + manifest_bytes
    if file_key is not None:
        body = head + AESGCM(file_key).encrypt(payload_nonce, stored, head)
    else:
        body = head + stored
    return body + signer.sign(signed_message(body))


def _strict_object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        names = [name for name, _ in pairs]
        twice = next(name for name in names if names.count(name) > 1)
        raise ValueError(f"the name {shown(repr(twice), 60)} appears twice in one object")
    return result


def _no_constants(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def strict_json(text: bytes, what: str) -> Any:
    """Parse JSON refusing what a lenient parser lets through: invalid UTF-8, NaN and
    Infinity, nesting deep enough to exhaust the stack, and a name twice in one object
    (two programs could read such an object differently)."""
    try:
        return json.loads(
            text.decode("utf-8"), object_pairs_hook=_strict_object, parse_constant=_no_constants
        )
    except UnicodeDecodeError:
        raise SyncFileError(f"The file is damaged: its {what} is not valid UTF-8 text.") from None
    except RecursionError:
        raise SyncFileError(f"The file is invalid: its {what} is nested too deeply.") from None
    except MemoryError:
        raise SyncFileError(f"The file's {what} is too large to read on this computer.") from None
    except ValueError as exc:
        reason = exc.msg if isinstance(exc, json.JSONDecodeError) else str(exc)
        raise SyncFileError(
            f"The file is damaged: its {what} is not valid JSON ({reason})."
        ) from None


def _header(data: bytes) -> tuple[int, int]:
    """Check the fixed header; return the format version and the manifest's length."""
    if not data:
        raise SyncFileError("The file is empty.")
    if len(data) < HEADER.size:
        if MAGIC.startswith(data[: len(MAGIC)]):
            raise SyncFileError("The file is truncated: it ends inside its header.")
        raise SyncFileError("This is not an mra-desktop sync file.")
    magic, version, manifest_size = HEADER.unpack_from(data)
    if magic != MAGIC:
        raise SyncFileError("This is not an mra-desktop sync file.")
    if version > FORMAT_VERSION:
        raise NewerSyncFormatError(NEWER.format(version=version))
    if version not in (1, 2):
        raise SyncFileError(f"The file is damaged: its format version ({version}) is not valid.")
    if manifest_size == 0 or manifest_size > MAX_MANIFEST_SIZE:
        raise SyncFileError(
            f"The file is damaged or hostile: it announces a manifest of {manifest_size} bytes "
            f"(at most {MAX_MANIFEST_SIZE})."
        )
    if HEADER.size + manifest_size > len(data):
        raise SyncFileError("The file is truncated: it ends inside its manifest.")
    return int(version), int(manifest_size)


def read_header(data: bytes) -> Header:
    """The header and manifest of a sync file's bytes, checked against the manifest's
    type but not yet against the rest of the file."""
    version, size = _header(data)
    manifest_bytes = data[HEADER.size : HEADER.size + size]
    document = strict_json(manifest_bytes, "manifest")
    if not isinstance(document, dict):
        raise SyncFileError("The file is damaged: its manifest is not a JSON object.")
    if document.get("format") != FORMAT_NAME:
        raise SyncFileError("The file is damaged: its manifest does not name the mrasync format.")
    announced = document.get("format_version")
    if type(announced) is int and announced > FORMAT_VERSION:
        raise NewerSyncFormatError(NEWER.format(version=announced))
    if announced != version:
        raise SyncFileError(
            "The file is damaged: its manifest and its header name different format versions."
        )
    try:
        manifest = MANIFEST_DECODERS[version].decode(manifest_bytes)
    except RecordRuleError as exc:  # raised by the manifest's own checks
        raise SyncFileError(f"The file's manifest is invalid: {exc}.") from None
    except msgspec.ValidationError as exc:
        reason, path = error_location(str(exc))
        where = "/".join(str(step) for step in path)
        subject = f'the field "{where}"' if where else "it"
        value: Any = document
        for step in path:
            try:
                value = value[step]
            except (KeyError, IndexError, TypeError):
                value = None
                break
        if reason.startswith("its export time"):
            raise SyncFileError(f"The file's manifest is invalid: {reason}.") from None
        raise SyncFileError(
            f"The file's manifest is invalid: {describe_error(reason, subject, value)}."
        ) from None
    return Header(version, manifest, HEADER.size + size)


def check_length(data: bytes, header: Header) -> None:
    expected = header.expected_size()
    if len(data) < expected:
        raise SyncFileError("The file is truncated: it ends before its payload does.")
    if len(data) > expected:
        raise SyncFileError("The file is damaged: it has unexpected bytes after its end.")


def verify_signature(data: bytes, public_key: Ed25519PublicKey) -> None:
    """Check a format-2 file's signature with the enrolled device's key."""
    body, signature = data[:-SIGNATURE_SIZE], data[-SIGNATURE_SIZE:]
    try:
        public_key.verify(signature, signed_message(body))
    except InvalidSignature:
        raise SyncFileError(
            "The file has been altered or damaged: its signature does not match its contents."
        ) from None


def verify_checksum(data: bytes) -> None:
    """Check an unencrypted format-1 file's checksum."""
    body = data[:-CHECKSUM_SIZE]
    if not hmac.compare_digest(hashlib.sha256(body).digest(), data[-CHECKSUM_SIZE:]):
        raise SyncFileError("The file is damaged: its checksum does not match its contents.")


def _unbase64(text: str) -> bytes:
    try:
        return base64.b64decode(text, validate=True)
    except binascii.Error:
        raise SyncFileError(
            "The file is damaged: its encryption parameters are unreadable."
        ) from None


def choose_key(header: Header, keys: Sequence[PrivateKey]) -> PrivateKey:
    """The private key an encrypted file was encrypted for, among ``keys``."""
    encryption = header.manifest.encryption
    assert encryption is not None
    for key in keys:
        if hmac.compare_digest(encryption.recipient_key_id, key.key_id):
            return key
    if not keys:
        raise KeyRequiredError(
            "This file is encrypted for MRA's key (fingerprint "
            f"{encryption.recipient_fingerprint}); importing it needs MRA's private key "
            "and its passphrase."
        )
    given = ", ".join(key.fingerprint for key in keys)
    raise WrongKeyError(
        f"This file was encrypted for the key {encryption.recipient_key_id[:16]}… "
        f"(fingerprint {encryption.recipient_fingerprint}), which is not among the keys "
        f"given (fingerprint {given})."
    )


def decrypt(data: bytes, header: Header, key: PrivateKey) -> bytes:
    encryption = header.manifest.encryption
    assert encryption is not None
    damaged = SyncFileError(
        "The file has been altered or damaged: its contents fail authentication."
    )
    head_size = header.head_size
    end = head_size + header.manifest.payload.stored_size
    ephemeral_raw = _unbase64(encryption.ephemeral_public_key)
    try:
        shared = key.key.exchange(X25519PublicKey.from_public_bytes(ephemeral_raw))
        kek = _kek(shared, ephemeral_raw, key.public.raw)
        file_key = AESGCM(kek).decrypt(
            _unbase64(encryption.wrap_nonce), _unbase64(encryption.wrapped_key), WRAP_AAD
        )
        return _decrypt_in_steps(
            file_key, _unbase64(encryption.payload_nonce), data, head_size, end
        )
    except (InvalidTag, ValueError):
        raise damaged from None


_STEP = 1 << 20


def _decrypt_in_steps(key: bytes, nonce: bytes, data: bytes, head_size: int, end: int) -> bytes:
    """AES-256-GCM decryption of ``data[head_size:end]`` (ciphertext then tag), with the
    header and manifest as associated data, a megabyte at a time, so that decrypting a
    large file never holds the interpreter long (the interface runs beside it). Nothing
    is returned unless the tag verifies."""
    if end - head_size < TAG_SIZE:
        raise ValueError("too short")
    tag = data[end - TAG_SIZE : end]
    decryptor = Cipher(algorithms.AES(key), modes.GCM(nonce, tag)).decryptor()
    decryptor.authenticate_additional_data(data[:head_size])
    view = memoryview(data)
    parts = [
        decryptor.update(view[start : min(start + _STEP, end - TAG_SIZE)])
        for start in range(head_size, end - TAG_SIZE, _STEP)
    ]
    parts.append(decryptor.finalize())  # raises InvalidTag before anything is used
    return b"".join(parts)


def decompress(stored: bytes, header: Header, check: Callable[[], None]) -> bytes:
    """Decompress in one call that stops one byte past the announced size, so that a
    decompression bomb costs no more memory than an honest file of that size; then check
    the payload's hash."""
    size = header.manifest.payload.size
    decompressor = zlib.decompressobj()
    try:
        out = decompressor.decompress(stored, size + 1)
    except zlib.error:
        raise SyncFileError("The file is damaged: its payload does not decompress.") from None
    if len(out) > size:
        raise SyncFileError(
            "The file is damaged or hostile: its payload expands beyond the "
            f"{size} bytes its manifest announces."
        )
    if not decompressor.eof or len(out) != size:
        raise SyncFileError("The file is damaged: its payload does not decompress.")
    if decompressor.unused_data:
        raise SyncFileError("The file is damaged: it has data after its payload.")
    check()
    if not hmac.compare_digest(hashlib.sha256(out).hexdigest(), header.manifest.payload.sha256):
        raise SyncFileError("The file is damaged: its payload does not match its manifest's hash.")
    return out


def stored_payload(data: bytes, header: Header) -> bytes:
    """The payload as stored, for an unencrypted file."""
    return data[header.head_size : header.head_size + header.manifest.payload.stored_size]
