"""The .mrasync container: a fixed header, a plaintext JSON manifest, then the payload.

::

    offset  size  content
    0       8     magic "MRASYNC\\0"
    8       2     format version, unsigned big-endian (1)
    10      4     manifest length N, unsigned big-endian (1 … 65,536)
    14      N     manifest: UTF-8 JSON object (manifest-v1.schema.json)
    14+N    M     payload as stored: zlib-compressed UTF-8 JSON, AES-256-GCM encrypted
                  when the manifest's "encryption" is not null (M = payload.stored_size)
    14+N+M  32    unencrypted files only: SHA-256 of every byte before it

The file has no member names, so no path can be smuggled in; every size is checked
against hard limits before anything is allocated or decompressed. Encrypted files use
the header and manifest bytes as associated data, so changing any byte of the file makes
authentication fail; unencrypted ones are covered by the final checksum (which detects
damage, not a forger). See ``resources/sync/FORMAT.md``.
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
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from mra_desktop.core.sync.errors import (
    KeyRequiredError,
    NewerSyncFormatError,
    SyncFileError,
    WrongKeyError,
)
from mra_desktop.core.sync.keys import PrivateKey, PublicKey
from mra_desktop.core.sync.schema import manifest_validator

MAGIC = b"MRASYNC\x00"
FORMAT_NAME = "mrasync"
FORMAT_VERSION = 1
FILE_SUFFIX = ".mrasync"
HEADER = struct.Struct(">8sHI")
CHECKSUM_SIZE = 32
TAG_SIZE = 16

MAX_FILE_SIZE = 200 * 1024 * 1024
MAX_MANIFEST_SIZE = 64 * 1024
MAX_PAYLOAD_SIZE = 256 * 1024 * 1024

SCHEME = "X25519-HKDF-SHA256-A256GCM"
HKDF_INFO = b"mrasync v1 file key wrap"
WRAP_AAD = b"mrasync v1 file key"
PAYLOAD_ENCODING = "json+zlib"
PAYLOAD_SCHEMA = "payload-v1"

NEWER = (
    "This file was made by a newer mra-desktop (sync format {version}); "
    "update mra-desktop to import it."
)


@dataclass(frozen=True)
class OpenedFile:
    manifest: dict[str, Any]
    payload: bytes  # the payload JSON, checked against the manifest's size and hash

    @property
    def encrypted(self) -> bool:
        return self.manifest["encryption"] is not None


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _kek(shared: bytes, ephemeral: bytes, recipient: bytes) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=ephemeral + recipient, info=HKDF_INFO
    ).derive(shared)


def _raw(public: X25519PublicKey) -> bytes:
    return public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def seal(
    manifest: dict[str, Any],
    payload: bytes,
    recipient: PublicKey | None = None,
    *,
    compressed: bytes | None = None,
    declared_size: int | None = None,
) -> bytes:
    """The bytes of a sync file holding ``payload`` (JSON), encrypted for ``recipient``
    unless it is None. ``manifest`` gets its "payload" and "encryption" fields here.

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
            "recipient_fingerprint": recipient.fingerprint,
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
    manifest_bytes = json.dumps(manifest, ensure_ascii=False, indent=2).encode("utf-8")
    head = HEADER.pack(MAGIC, FORMAT_VERSION, len(manifest_bytes)) + manifest_bytes
    if file_key is not None:
        return head + AESGCM(file_key).encrypt(payload_nonce, stored, head)
    body = head + stored
    return body + hashlib.sha256(body).digest()


def _strict_object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        raise ValueError("a name appears twice in one object")
    return result


def _no_constants(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def strict_json(text: bytes, what: str, *, unique_names: bool = True) -> Any:
    """Parse JSON refusing what a lenient parser lets through: invalid UTF-8, NaN and
    Infinity, nesting deep enough to exhaust the stack, and (with ``unique_names``) a name
    twice in one object."""
    try:
        return json.loads(
            text.decode("utf-8"),
            object_pairs_hook=_strict_object if unique_names else None,
            parse_constant=_no_constants,
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


def _header(data: bytes) -> int:
    """Check the fixed header; return the manifest's length."""
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
    if version != FORMAT_VERSION:
        raise SyncFileError(f"The file is damaged: its format version ({version}) is not valid.")
    if manifest_size == 0 or manifest_size > MAX_MANIFEST_SIZE:
        raise SyncFileError(
            f"The file is damaged or hostile: it announces a manifest of {manifest_size} bytes "
            f"(at most {MAX_MANIFEST_SIZE})."
        )
    if HEADER.size + manifest_size > len(data):
        raise SyncFileError("The file is truncated: it ends inside its manifest.")
    return int(manifest_size)


def read_manifest(data: bytes) -> dict[str, Any]:
    """The manifest of a sync file's bytes, checked against its schema but not yet against
    the rest of the file (that needs :func:`open_container`)."""
    size = _header(data)
    manifest = strict_json(data[HEADER.size : HEADER.size + size], "manifest")
    if not isinstance(manifest, dict):
        raise SyncFileError("The file is damaged: its manifest is not a JSON object.")
    if manifest.get("format") != FORMAT_NAME:
        raise SyncFileError("The file is damaged: its manifest does not name the mrasync format.")
    version = manifest.get("format_version")
    if type(version) is int and version > FORMAT_VERSION:
        raise NewerSyncFormatError(NEWER.format(version=version))
    validator = manifest_validator()
    if not validator.is_valid(manifest):
        raise SyncFileError(f"The file's manifest is invalid: {validator.explain(manifest)}.")
    return manifest


def _expected_size(manifest_size: int, manifest: dict[str, Any]) -> int:
    stored = int(manifest["payload"]["stored_size"])
    trailer = 0 if manifest["encryption"] is not None else CHECKSUM_SIZE
    return HEADER.size + manifest_size + stored + trailer


def _unbase64(text: str) -> bytes:
    try:
        return base64.b64decode(text, validate=True)
    except binascii.Error:
        raise SyncFileError(
            "The file is damaged: its encryption parameters are unreadable."
        ) from None


def _decrypt(
    data: bytes, head_size: int, manifest: dict[str, Any], private_key: PrivateKey | None
) -> bytes:
    encryption = manifest["encryption"]
    if private_key is None:
        raise KeyRequiredError(
            "This file is encrypted for MRA's key (fingerprint "
            f"{encryption['recipient_fingerprint']}); importing it needs MRA's private key "
            "and its passphrase."
        )
    if not hmac.compare_digest(encryption["recipient_key_id"], private_key.key_id):
        raise WrongKeyError(
            "This file was encrypted for another key (fingerprint "
            f"{encryption['recipient_fingerprint']}), not for the key given "
            f"(fingerprint {private_key.fingerprint})."
        )
    damaged = SyncFileError(
        "The file has been altered or damaged: its contents fail authentication."
    )
    ephemeral_raw = _unbase64(encryption["ephemeral_public_key"])
    try:
        shared = private_key.key.exchange(X25519PublicKey.from_public_bytes(ephemeral_raw))
        kek = _kek(shared, ephemeral_raw, private_key.public.raw)
        file_key = AESGCM(kek).decrypt(
            _unbase64(encryption["wrap_nonce"]), _unbase64(encryption["wrapped_key"]), WRAP_AAD
        )
        return AESGCM(file_key).decrypt(
            _unbase64(encryption["payload_nonce"]), data[head_size:], data[:head_size]
        )
    except (InvalidTag, ValueError):
        raise damaged from None


def _decompress(stored: bytes, size: int, check: Callable[[], None]) -> bytes:
    """Decompress in one call that stops one byte past the announced size, so that a
    decompression bomb costs no more memory than an honest file of that size."""
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
    return out


def open_container(
    data: bytes,
    private_key: PrivateKey | None = None,
    check: Callable[[], None] = lambda: None,
) -> OpenedFile:
    """Check a sync file's bytes from end to end and return its manifest and payload JSON.

    Raises a :class:`SyncFileError` (or a key error) naming the first problem found;
    ``check`` is called between long steps (it may raise to cancel).
    """
    if len(data) > MAX_FILE_SIZE:
        raise SyncFileError(
            f"The file is too large for a sync file ({len(data)} bytes; at most {MAX_FILE_SIZE})."
        )
    manifest = read_manifest(data)
    manifest_size = HEADER.unpack_from(data)[2]
    head_size = HEADER.size + manifest_size
    expected = _expected_size(manifest_size, manifest)
    if len(data) < expected:
        raise SyncFileError("The file is truncated: it ends before its payload does.")
    if len(data) > expected:
        raise SyncFileError("The file is damaged: it has unexpected bytes after its end.")
    check()
    if manifest["encryption"] is None:
        body = data[:-CHECKSUM_SIZE]
        if not hmac.compare_digest(hashlib.sha256(body).digest(), data[-CHECKSUM_SIZE:]):
            raise SyncFileError("The file is damaged: its checksum does not match its contents.")
        stored = body[head_size:]
    else:
        stored = _decrypt(data, head_size, manifest, private_key)
    check()
    payload = _decompress(stored, int(manifest["payload"]["size"]), check)
    if not hmac.compare_digest(hashlib.sha256(payload).hexdigest(), manifest["payload"]["sha256"]):
        raise SyncFileError("The file is damaged: its payload does not match its manifest's hash.")
    return OpenedFile(manifest, payload)
