"""What can go wrong with sync files and keys, each as one sentence a person can act on."""

from __future__ import annotations

from mra_desktop.core.errors import MraError


class SyncError(MraError):
    """A sync file or key cannot be used; nothing was written."""

    code = "sync"


class SyncFileError(SyncError):
    """A sync file is damaged, altered, or not a sync file at all; it is refused whole."""

    code = "sync_file_invalid"


class EarlierFileNeededError(SyncFileError):
    """The file refers to records that neither it nor the database holds: an earlier file
    of the same partner has to be imported first."""

    code = "sync_file_needs_earlier"


class NewerSyncFormatError(SyncFileError):
    code = "sync_file_newer"


class SyncKeyError(SyncError):
    """A key file cannot be read, or is not the key this file needs."""

    code = "sync_key"


class WrongPassphraseError(SyncKeyError):
    code = "sync_wrong_passphrase"


class WrongKeyError(SyncKeyError):
    """The file was encrypted for another key than the one given."""

    code = "sync_wrong_key"


class KeyRequiredError(SyncKeyError):
    code = "sync_key_required"


class NoRecipientKeyError(SyncError):
    """Export refused: no MRA public key is installed and no unencrypted file was asked for."""

    code = "sync_no_recipient"


class ConflictError(SyncError):
    code = "sync_conflict"


def quoted(value: object, limit: int = 40) -> str:
    """A short, single-line rendering of a value taken from a file, for an error message."""
    text = repr(value)
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return text
