"""Sync files (.mrasync): partners export what they recorded, MRA imports it.

The format is described in ``resources/sync/FORMAT.md``. For the screens, everything goes
through the functions below; none touches Qt, each may run in a worker thread with its own
:class:`~mra_desktop.core.database.Database`, and each long one takes a
:class:`~mra_desktop.core.progress.Progress` (its Cancel writes nothing). Errors are
:class:`~mra_desktop.core.errors.MraError` subclasses with one sentence in ``.message`` and
a ``.code`` (see :mod:`.errors`).

Facilitator's side (export dialog, settings)
    ``installed_recipient_key(db)`` → the MRA key exports are encrypted for, or None.
    ``read_public_key(path)`` then ``install_recipient_key(db, key)`` installs MRA's key
    (show ``key.fingerprint`` so it can be compared by phone); ``remove_recipient_key(db)``.
    ``suggested_file_name(db)``, ``last_export(db)`` (an ``ExportLog`` or None).
    ``export_sync(db, path, recipient_public_key=None, unencrypted=False,
    since_last=False, progress=...)`` → :class:`ExportResult` (counts, ``encrypted``,
    ``warnings``). Without an installed key it raises :class:`NoRecipientKeyError` unless
    ``unencrypted=True``; show :data:`UNENCRYPTED_WARNING` before allowing that.

MRA's side (import screen, conflicts)
    ``read_private_key(path, passphrase)`` → :class:`PrivateKey` (raises
    :class:`WrongPassphraseError`); unlock it once per session.
    ``import_sync_files(db, paths, private_key=None, progress=...)`` →
    list of :class:`FileOutcome`, one per path in the given order: ``status`` (imported,
    already_imported, rejected, cancelled), ``message`` (one sentence), ``counts``
    (new, updated, unchanged, conflicts, deleted), ``conflict_ids``, source and times.
    ``import_history(db)`` → the ``ImportLog`` rows, newest first.
    ``list_conflicts(db)`` → :class:`ConflictView` (``local`` and ``incoming`` versions
    side by side, ``differing_fields``); ``resolve_conflict(db, conflict_id, "local" |
    "incoming")`` writes the chosen version as a new revision. ``open_conflict_count(db)``.
    Imported records cannot be edited through the services (they belong to the partner).
"""

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
    PrivateKey,
    PublicKey,
    install_recipient_key,
    installed_recipient_key,
    read_private_key,
    read_public_key,
    remove_recipient_key,
    write_key_pair,
)

__all__ = [
    "UNENCRYPTED_WARNING",
    "ConflictDecision",
    "ConflictError",
    "ConflictView",
    "ExportResult",
    "FileOutcome",
    "ImportCounts",
    "KeyRequiredError",
    "NewerSyncFormatError",
    "NoRecipientKeyError",
    "PrivateKey",
    "PublicKey",
    "SyncError",
    "SyncFileError",
    "SyncKeyError",
    "WrongKeyError",
    "WrongPassphraseError",
    "export_sync",
    "import_history",
    "import_sync_file",
    "import_sync_files",
    "install_recipient_key",
    "installed_recipient_key",
    "last_export",
    "list_conflicts",
    "open_conflict_count",
    "read_private_key",
    "read_public_key",
    "remove_recipient_key",
    "resolve_conflict",
    "suggested_file_name",
    "write_key_pair",
]
