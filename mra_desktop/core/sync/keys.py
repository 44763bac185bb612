"""MRA's key pair for sync files, and MRA's public key file.

MRA makes one X25519 key pair (``mra-desktop keygen``). The public key file goes to every
partner; each partner's database installs it once, and from then on every sync file it
exports is encrypted for it. The private key file stays at MRA, protected by a passphrase
through scrypt (memory-hard), and is needed to import encrypted files.

The public key file (format 2) also carries the Ed25519 public key of MRA's database, the
key that signs MRA's receipts (:mod:`mra_desktop.core.receipts`), and one fingerprint over
both keys: the one phone call in which the partner compares it with MRA's vouches for
both. A file of format 1 (the encryption key alone) is still read: sync files can be
encrypted for it, receipts cannot be checked with it.

Both file formats are described in ``resources/sync/FORMAT.md``.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from mra_desktop.core.files import atomic_write, atomic_write_bytes, read_chosen_file
from mra_desktop.core.sync.errors import SyncKeyError, WrongPassphraseError

if TYPE_CHECKING:
    from mra_desktop.core.database import Database

PUBLIC_KEY_HEADER = "mra-desktop sync public key 1"
#: a public key file that also carries MRA's signing key (for receipts)
PUBLIC_KEY_HEADER_2 = "mra-desktop sync public key 2"
_PUBLIC_KEY_PREFIX = "mra-desktop sync public key "
PRIVATE_KEY_FORMAT = "mra-desktop-sync-private-key"
PRIVATE_KEY_VERSION = 1
PUBLIC_SUFFIX = ".pub"
PRIVATE_SUFFIX = ".key"

#: scrypt cost for new private key files: 128 MiB of memory and about half a second
DEFAULT_SCRYPT_N = 2**17
SCRYPT_R = 8
SCRYPT_P = 1
#: what a key file may ask for when it is read (so a hostile file cannot ask for 64 GiB)
MAX_SCRYPT_MEMORY = 1 << 30
MIN_SCRYPT_N = 2**10
MIN_PASSPHRASE_LENGTH = 8
MAX_KEY_FILE_SIZE = 64 * 1024
MAX_LABEL_LENGTH = 100

#: local_setting key under which a partner's database keeps MRA's public key (file text)
RECIPIENT_SETTING = "sync.recipient_public_key"
#: a public key an installer may ship: used when none is installed in the database
SHIPPED_KEY_PARTS = ("sync", "mra-public-key.pub")

_PRIVATE_AAD = b"mra-desktop-sync-private-key 1\x00"


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object, size: int | None = None) -> bytes:
    if not isinstance(text, str):
        raise ValueError("not base64 text")
    try:
        data = base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError) as exc:
        raise ValueError("not base64 text") from exc
    if size is not None and len(data) != size:
        raise ValueError("wrong length")
    return data


def key_id(raw_public: bytes) -> str:
    """The key's identity in a sync file's manifest: SHA-256 of the raw public key, in hex."""
    return hashlib.sha256(raw_public).hexdigest()


def fingerprint(raw_public: bytes) -> str:
    """25 digits in groups of five, short enough to compare over the phone in any language."""
    number = int.from_bytes(hashlib.sha256(raw_public).digest()[:16], "big") % 10**25
    digits = f"{number:025d}"
    return " ".join(digits[i : i + 5] for i in range(0, 25, 5))


@dataclass(frozen=True)
class PublicKey:
    """MRA's public key file: the key partners encrypt their sync files for and, in
    format 2, the key MRA's receipts are signed with."""

    raw: bytes  # the X25519 encryption key, 32 bytes
    label: str = "MRA"
    #: the raw Ed25519 public key of MRA's database, which signs receipts (format 2)
    signing_key: bytes | None = None

    @property
    def key_id(self) -> str:
        """The encryption key's id, as a sync file's manifest names it."""
        return key_id(self.raw)

    @property
    def fingerprint(self) -> str:
        """What a partner compares with MRA by phone: the fingerprint of everything the
        file holds (both keys in format 2, the encryption key alone in format 1)."""
        if self.signing_key is None:
            return fingerprint(self.raw)
        return fingerprint(self.raw + self.signing_key)

    @property
    def encryption_fingerprint(self) -> str:
        """The encryption key's own fingerprint, as a sync file's manifest and MRA's
        private key file name it."""
        return fingerprint(self.raw)

    @property
    def signing_key_id(self) -> str | None:
        return key_id(self.signing_key) if self.signing_key is not None else None

    def x25519(self) -> X25519PublicKey:
        return X25519PublicKey.from_public_bytes(self.raw)

    def verifier(self) -> Ed25519PublicKey | None:
        """MRA's receipt-signing key, or None when the file does not carry one."""
        if self.signing_key is None:
            return None
        return Ed25519PublicKey.from_public_bytes(self.signing_key)

    def with_signing_key(self, signing_key: bytes) -> PublicKey:
        return PublicKey(self.raw, self.label, signing_key)

    def to_text(self) -> str:
        if self.signing_key is None:
            return (
                f"{PUBLIC_KEY_HEADER}\n"
                f"Label: {self.label}\n"
                f"Fingerprint: {self.fingerprint}\n"
                f"Key: {_b64(self.raw)}\n"
            )
        return (
            f"{PUBLIC_KEY_HEADER_2}\n"
            f"Label: {self.label}\n"
            f"Fingerprint: {self.fingerprint}\n"
            f"Key: {_b64(self.raw)}\n"
            f"Signing-Key: {_b64(self.signing_key)}\n"
        )


@dataclass(frozen=True)
class PrivateKey:
    """MRA's private key, unlocked with its passphrase; it opens encrypted sync files."""

    key: X25519PrivateKey
    public: PublicKey

    @property
    def fingerprint(self) -> str:
        return self.public.fingerprint

    @property
    def key_id(self) -> str:
        return self.public.key_id


def _clean_label(label: str) -> str:
    label = " ".join(label.split())
    if not label:
        return "MRA"
    if len(label) > MAX_LABEL_LENGTH:
        raise SyncKeyError(f"The key's label is too long (at most {MAX_LABEL_LENGTH} characters).")
    return label


def _passphrase_bytes(passphrase: str) -> bytes:
    # The same passphrase typed on another keyboard may come in another Unicode form.
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def _kdf(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(_passphrase_bytes(passphrase))


def check_new_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise SyncKeyError(
            f"The passphrase must be at least {MIN_PASSPHRASE_LENGTH} characters long."
        )


def generate_key_pair(
    passphrase: str,
    label: str = "MRA",
    *,
    scrypt_n: int = DEFAULT_SCRYPT_N,
    signing_key: bytes | None = None,
) -> tuple[PublicKey, str]:
    """A new key pair: the public key (carrying ``signing_key``, MRA's database's raw
    Ed25519 public key, when given), and the private key file's text locked by
    ``passphrase``."""
    check_new_passphrase(passphrase)
    label = _clean_label(label)
    private = X25519PrivateKey.generate()
    raw_private = private.private_bytes(
        serialization.Encoding.Raw,
        serialization.PrivateFormat.Raw,
        serialization.NoEncryption(),
    )
    public = PublicKey(
        private.public_key().public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw
        ),
        label,
        signing_key,
    )
    salt = os.urandom(16)
    nonce = os.urandom(12)
    wrapping_key = _kdf(passphrase, salt, scrypt_n, SCRYPT_R, SCRYPT_P)
    sealed = AESGCM(wrapping_key).encrypt(nonce, raw_private, _PRIVATE_AAD + public.raw)
    document = {
        "format": PRIVATE_KEY_FORMAT,
        "version": PRIVATE_KEY_VERSION,
        "label": label,
        "public_key": _b64(public.raw),
        "fingerprint": public.encryption_fingerprint,
        "kdf": {"name": "scrypt", "salt": _b64(salt), "n": scrypt_n, "r": SCRYPT_R, "p": SCRYPT_P},
        "cipher": {"name": "AES-256-GCM", "nonce": _b64(nonce)},
        "encrypted_private_key": _b64(sealed),
    }
    return public, json.dumps(document, indent=2) + "\n"


def write_key_pair(
    prefix: Path | str,
    passphrase: str,
    label: str = "MRA",
    *,
    scrypt_n: int = DEFAULT_SCRYPT_N,
    signing_key: bytes | None = None,
) -> tuple[Path, Path]:
    """Write ``PREFIX.pub`` (with ``signing_key`` when given) and ``PREFIX.key``; refuses
    to overwrite either."""
    prefix = Path(prefix).expanduser()
    public_path = prefix.with_name(prefix.name + PUBLIC_SUFFIX)
    private_path = prefix.with_name(prefix.name + PRIVATE_SUFFIX)
    for path in (public_path, private_path):
        if path.exists():
            raise SyncKeyError(
                f"{path} already exists; choose another name so that no key is overwritten."
            )
    public, private_text = generate_key_pair(
        passphrase, label, scrypt_n=scrypt_n, signing_key=signing_key
    )

    def write_private(handle: BinaryIO) -> None:
        handle.write(private_text.encode("utf-8"))

    atomic_write(private_path, write_private, mode=0o600)  # readable by its owner only
    atomic_write_bytes(public_path, public.to_text().encode("utf-8"))
    return public_path, private_path


def _read_key_file(path: Path | str, what: str) -> tuple[Path, str]:
    path = Path(path).expanduser()
    data = read_chosen_file(
        path, MAX_KEY_FILE_SIZE, SyncKeyError, what=what, source=str(path),
        missing=f"There is no key file {path}.",
    )
    try:
        return path, data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise SyncKeyError(f"{path} is not {what}.") from None


def _looks_like_private_key(text: str) -> bool:
    return PRIVATE_KEY_FORMAT in text[:200]


def parse_public_key(text: str, source: str = "The key") -> PublicKey:
    """Read a public key file's text (format 1 or 2); ``source`` names it in error
    messages."""
    if _looks_like_private_key(text):
        raise SyncKeyError(
            f"{source} is MRA's private key, which must stay at MRA; "
            "give the public key file (.pub) instead."
        )
    not_a_key = SyncKeyError(f"{source} is not an mra-desktop public key file.")
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if not lines or not lines[0].startswith(_PUBLIC_KEY_PREFIX):
        raise not_a_key
    version = lines[0][len(_PUBLIC_KEY_PREFIX) :]
    if not version.isdigit() or not version.isascii():
        raise not_a_key
    if int(version) > 2:
        raise SyncKeyError(
            f"{source} was made by a newer mra-desktop; update mra-desktop to use it."
        )
    if int(version) not in (1, 2) or lines[0] != _PUBLIC_KEY_PREFIX + str(int(version)):
        raise not_a_key
    names = ("Label", "Fingerprint", "Key") + (("Signing-Key",) if version == "2" else ())
    fields: dict[str, str] = {}
    for line in lines[1:]:
        name, sep, value = line.partition(":")
        if not sep or name.strip() not in names or name.strip() in fields:
            raise not_a_key
        fields[name.strip()] = value.strip()
    try:
        raw = _unb64(fields.get("Key"), 32)
        X25519PublicKey.from_public_bytes(raw)
    except ValueError:
        raise SyncKeyError(f"{source} is damaged: its key is missing or unreadable.") from None
    signing: bytes | None = None
    if version == "2":
        try:
            signing = _unb64(fields.get("Signing-Key"), 32)
            Ed25519PublicKey.from_public_bytes(signing)
        except ValueError:
            raise SyncKeyError(
                f"{source} is damaged: its signing key is missing or unreadable."
            ) from None
    key = PublicKey(raw, _clean_label(fields.get("Label", "MRA")), signing)
    given = fields.get("Fingerprint")
    if given is not None and " ".join(given.split()) != key.fingerprint:
        raise SyncKeyError(f"{source} is damaged: its fingerprint does not match its key.")
    return key


def read_public_key(path: Path | str) -> PublicKey:
    path, text = _read_key_file(path, "a public key file")
    return parse_public_key(text, str(path))


def parse_private_key(text: str, passphrase: str, source: str = "The key") -> PrivateKey:
    """Unlock a private key file's text with its passphrase."""
    if text.lstrip().startswith(_PUBLIC_KEY_PREFIX):
        raise SyncKeyError(
            f"{source} is a public key; importing needs MRA's private key file (.key)."
        )
    not_a_key = SyncKeyError(f"{source} is not an mra-desktop private key file.")
    try:
        document: Any = json.loads(text)
    except (ValueError, RecursionError):
        raise not_a_key from None
    if not isinstance(document, dict) or document.get("format") != PRIVATE_KEY_FORMAT:
        raise not_a_key
    if document.get("version") != PRIVATE_KEY_VERSION:
        raise SyncKeyError(
            f"{source} was made by a newer mra-desktop; update mra-desktop to use it."
        )
    try:
        kdf, cipher = document["kdf"], document["cipher"]
        public_raw = _unb64(document["public_key"], 32)
        salt = _unb64(kdf["salt"])
        nonce = _unb64(cipher["nonce"], 12)
        sealed = _unb64(document["encrypted_private_key"], 48)
        n, r, p = kdf["n"], kdf["r"], kdf["p"]
        label = str(document.get("label", "MRA"))
        if kdf["name"] != "scrypt" or cipher["name"] != "AES-256-GCM":
            raise ValueError("unknown algorithm")
        if not all(type(v) is int and v > 0 for v in (n, r, p)) or n & (n - 1):
            raise ValueError("bad scrypt parameters")
        if not 8 <= len(salt) <= 64:
            raise ValueError("bad salt")
    except (KeyError, TypeError, ValueError):
        raise SyncKeyError(f"{source} is damaged and cannot be used.") from None
    if n < MIN_SCRYPT_N or 128 * n * r * p > MAX_SCRYPT_MEMORY or r > 64 or p > 16:
        raise SyncKeyError(f"{source} asks for key-derivation settings this program refuses.")
    wrapping_key = _kdf(passphrase, salt, n, r, p)
    try:
        raw_private = AESGCM(wrapping_key).decrypt(nonce, sealed, _PRIVATE_AAD + public_raw)
    except InvalidTag:
        raise WrongPassphraseError(
            f"The passphrase is wrong for the private key {source}."
        ) from None
    private = X25519PrivateKey.from_private_bytes(raw_private)
    derived = private.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )
    if derived != public_raw:
        raise SyncKeyError(f"{source} is damaged and cannot be used.")
    return PrivateKey(private, PublicKey(public_raw, _clean_label(label[:MAX_LABEL_LENGTH])))


def read_private_key(path: Path | str, passphrase: str) -> PrivateKey:
    path, text = _read_key_file(path, "a private key file")
    return parse_private_key(text, passphrase, str(path))


def read_encryption_key(path: Path | str) -> PublicKey:
    """MRA's encryption key from its public key file (.pub) or from the public half of its
    private key file (.key, which needs no passphrase for that), without a signing key."""
    path, text = _read_key_file(path, "a key file")
    if not _looks_like_private_key(text):
        key = parse_public_key(text, str(path))
        return PublicKey(key.raw, key.label)
    damaged = SyncKeyError(f"{path} is damaged and cannot be used.")
    try:
        document: Any = json.loads(text)
    except (ValueError, RecursionError):
        raise damaged from None
    if not isinstance(document, dict) or document.get("format") != PRIVATE_KEY_FORMAT:
        raise damaged
    if document.get("version") != PRIVATE_KEY_VERSION:
        raise SyncKeyError(f"{path} was made by a newer mra-desktop; update mra-desktop to use it.")
    try:
        raw = _unb64(document.get("public_key"), 32)
        X25519PublicKey.from_public_bytes(raw)
        label = document.get("label", "MRA")
        if not isinstance(label, str):
            raise ValueError("label")
    except ValueError:
        raise damaged from None
    given = document.get("fingerprint")
    if given is not None and given != fingerprint(raw):
        raise damaged
    return PublicKey(raw, _clean_label(label[:MAX_LABEL_LENGTH]))


def write_public_key(path: Path | str, key: PublicKey) -> Path:
    """Write MRA's public key file for partners (atomically); refuses to overwrite."""
    target = Path(path).expanduser()
    if target.exists():
        raise SyncKeyError(
            f"{target} already exists; choose another name so that no key is overwritten."
        )
    return atomic_write_bytes(target, key.to_text().encode("utf-8"))


# -- MRA's public key installed in a partner's database -----------------------------------
class KeyAlreadyInstalledError(SyncKeyError):
    """Another MRA key is installed; replacing it needs to be asked for."""

    code = "sync_key_installed"


def install_recipient_key(db: Database, key: PublicKey, *, replace: bool = False) -> bool:
    """Make ``key`` the key every sync file exported from this database is encrypted for.

    Another key already installed is replaced only with ``replace`` (a forged key would
    send every later file to whoever made it); returns False when ``key`` was already the
    installed one."""
    from mra_desktop.core.models import LocalSetting

    with db.transaction() as session:
        setting = session.get(LocalSetting, RECIPIENT_SETTING)
        if setting is None:
            session.add(LocalSetting(key=RECIPIENT_SETTING, value=key.to_text()))
            return True
        try:
            installed: PublicKey | None = parse_public_key(setting.value, "The installed key")
        except SyncKeyError:
            installed = None  # a damaged key may always be replaced
        if installed is not None and installed.raw == key.raw:
            if installed.signing_key == key.signing_key:
                return False
            if installed.signing_key is None and not replace:
                raise KeyAlreadyInstalledError(
                    f"MRA's key is installed without the key that signs MRA's receipts "
                    f"(fingerprint {installed.fingerprint}); this file adds it (fingerprint "
                    f"{key.fingerprint}). Check the new fingerprint with MRA by phone, then "
                    "replace the key explicitly."
                )
        if installed is not None and not replace:
            raise KeyAlreadyInstalledError(
                f"Another MRA key is installed (fingerprint {installed.fingerprint}); the new "
                f"key has the fingerprint {key.fingerprint}. Check both with MRA by phone, then "
                "replace it explicitly."
            )
        setting.value = key.to_text()
        return True


def remove_recipient_key(db: Database) -> None:
    from mra_desktop.core.models import LocalSetting

    with db.transaction() as session:
        setting = session.get(LocalSetting, RECIPIENT_SETTING)
        if setting is not None:
            session.delete(setting)


def shipped_recipient_key() -> PublicKey | None:
    """MRA's public key shipped with the program by an installer, if there is one."""
    from mra_desktop.core.resources import resource_path

    try:
        path = resource_path(*SHIPPED_KEY_PARTS)
    except FileNotFoundError:
        return None
    return read_public_key(path) if path.is_file() else None


def installed_recipient_key(db: Database) -> PublicKey | None:
    """The key exports are encrypted for: the one installed in the database, else the one
    shipped with the program, else None."""
    from mra_desktop.core.models import LocalSetting

    with db.session() as session:
        setting = session.get(LocalSetting, RECIPIENT_SETTING)
        text = setting.value if setting is not None else None
    if text is not None:
        return parse_public_key(text, "The installed MRA key")
    return shipped_recipient_key()
