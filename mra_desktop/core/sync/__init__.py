"""Sync files (.mrasync): partners export what they recorded, MRA imports it.

The format is described in ``resources/sync/FORMAT.md``. For the screens, everything goes
through the functions below; none touches Qt, each may run in a worker thread with its own
:class:`~mra_desktop.core.database.Database`, and each long one takes a
:class:`~mra_desktop.core.progress.Progress` (its Cancel writes nothing). Errors are
:class:`~mra_desktop.core.errors.MraError` subclasses with one sentence in ``.message`` and
a ``.code`` (see :mod:`.errors`). Text that comes from a file is shown safe
(:func:`mra_desktop.core.text.shown`).

Facilitator's side (export dialog, settings)
    ``installed_recipient_key(db)`` → the MRA key exports are encrypted for, or None.
    ``read_public_key(path)`` then ``install_recipient_key(db, key, replace=False)``
    installs MRA's key (show ``key.fingerprint`` so it can be compared by phone; another
    installed key is replaced only with ``replace``); ``remove_recipient_key(db)``.
    ``device_card(db)`` / ``write_device_card(db, path)``: the device's identity card.
    ``suggested_file_name(db)``, ``last_export(db)`` (an ``ExportLog`` or None).
    ``export_sync(db, path, recipient_public_key=None, unencrypted=False,
    since_last=False, progress=...)`` → :class:`ExportResult` (counts, ``encrypted``,
    ``left_out``, ``warnings``). Without an installed key it raises
    :class:`NoRecipientKeyError` unless ``unencrypted=True``; show
    :data:`UNENCRYPTED_WARNING` before allowing that.

MRA's side (partners, import screen, conflicts)
    ``read_card(path)`` then ``enrol(db, card)``; ``list_partners(db)``;
    ``revoke(db, fingerprint)``.
    ``read_private_key(path, passphrase)`` → :class:`PrivateKey` (raises
    :class:`WrongPassphraseError`); unlock each key once per session.
    ``import_sync_files(db, paths, keys, progress=..., allow_unsigned=False,
    allow_unencrypted=False)`` → list of :class:`FileOutcome`, one per path in the given
    order: ``status`` (imported, already_imported, rejected, cancelled), ``message`` (one
    sentence), ``counts`` (new, updated, unchanged, conflicts, deleted), ``conflict_ids``,
    source, signer and times.
    ``list_imports(db)`` → :class:`ImportView`, newest first; ``revert_import(db, id)``.
    ``list_conflicts(db)`` → :class:`ConflictView` (``local`` and ``incoming`` versions
    side by side, ``differing_fields``, ``reason``); ``resolve_conflict(db, conflict_id,
    "local" | "incoming")`` writes the chosen version as a new revision.
    ``open_conflict_count(db)``. Imported records cannot be edited through the services
    (they belong to the partner).
"""

from mra_desktop.core.sync.cards import (
    CardError,
    IdentityCard,
    device_card,
    parse_card,
    read_card,
    write_device_card,
)
from mra_desktop.core.sync.conflicts import (
    ConflictDecision,
    ConflictView,
    list_conflicts,
    open_conflict_count,
    resolve_conflict,
)
from mra_desktop.core.sync.errors import (
    ConflictError,
    KeyRequiredError,
    NewerSyncFormatError,
    NoRecipientKeyError,
    SyncError,
    SyncFileError,
    SyncKeyError,
    WrongKeyError,
    WrongPassphraseError,
)
from mra_desktop.core.sync.export import (
    UNENCRYPTED_WARNING,
    ExportResult,
    export_sync,
    last_export,
    suggested_file_name,
)
from mra_desktop.core.sync.importer import (
    FileOutcome,
    ImportCounts,
    import_history,
    import_sync_file,
    import_sync_files,
)
from mra_desktop.core.sync.keys import (
    KeyAlreadyInstalledError,
    PrivateKey,
    PublicKey,
    install_recipient_key,
    installed_recipient_key,
    read_private_key,
    read_public_key,
    remove_recipient_key,
    write_key_pair,
)
from mra_desktop.core.sync.partners import (
    Enrolment,
    EnrolmentError,
    PartnerView,
    enrol,
    list_partners,
    revoke,
)
from mra_desktop.core.sync.revert import ImportView, RevertError, list_imports, revert_import

__all__ = [
    "UNENCRYPTED_WARNING",
    "CardError",
    "ConflictDecision",
    "ConflictError",
    "ConflictView",
    "Enrolment",
    "EnrolmentError",
    "ExportResult",
    "FileOutcome",
    "IdentityCard",
    "ImportCounts",
    "ImportView",
    "KeyAlreadyInstalledError",
    "KeyRequiredError",
    "NewerSyncFormatError",
    "NoRecipientKeyError",
    "PartnerView",
    "PrivateKey",
    "PublicKey",
    "RevertError",
    "SyncError",
    "SyncFileError",
    "SyncKeyError",
    "WrongKeyError",
    "WrongPassphraseError",
    "device_card",
    "enrol",
    "export_sync",
    "import_history",
    "import_sync_file",
    "import_sync_files",
    "install_recipient_key",
    "installed_recipient_key",
    "last_export",
    "list_conflicts",
    "list_imports",
    "list_partners",
    "open_conflict_count",
    "parse_card",
    "read_card",
    "read_private_key",
    "read_public_key",
    "remove_recipient_key",
    "resolve_conflict",
    "revert_import",
    "revoke",
    "suggested_file_name",
    "write_device_card",
    "write_key_pair",
]
