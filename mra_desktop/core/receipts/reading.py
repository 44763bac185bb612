"""A partner's program imports a receipt from MRA, and says what MRA's reviews are.

A receipt crosses a trust boundary like a sync file, the other way: anyone could make a
file that looks like one. It is accepted only when the MRA key installed in this database
(the public key file whose fingerprint the partner compared with MRA's by phone) carries
a signing key and the receipt's signature verifies with that key, never with one the file
brings; when it is for this database's organisation and encrypted for this device's key;
and when it decrypts, decompresses and decodes within its limits. Anything else is
refused with one sentence and the database is left as it was.

What it says is stored as the partner's own records, never sent in a sync file: the
receipt itself, and per meeting MRA's review as the newest receipt told it. A receipt is
newer than another when MRA's database numbered it later (or, from a new MRA key, by
being signed with the key installed now). Importing the same receipt again changes
nothing; an older one changes no meeting a newer one described. As each receipt describes
every meeting of the partner MRA holds, a newer receipt that no longer names a meeting
(MRA undid the import that brought it) takes that meeting's review away.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import msgspec
from sqlalchemy import select

from mra_desktop.core import models as m
from mra_desktop.core.database import Database, worded_database_errors
from mra_desktop.core.files import read_chosen_file
from mra_desktop.core.identity import require_organisation, signing_key
from mra_desktop.core.receipts.container import (
    MAX_FILE_SIZE,
    Header,
    open_payload,
    read_header,
    verify_signature,
)
from mra_desktop.core.receipts.errors import (
    ReceiptError,
    ReceiptFileError,
    ReceiptKeyMissingError,
    ReceiptRecipientError,
    ReceiptSignerError,
)
from mra_desktop.core.receipts.payload import ENCODER, PAYLOAD_DECODER, Payload
from mra_desktop.core.receipts.records import MraReview, ReceivedReceipt
from mra_desktop.core.receipts.views import ReceiptView, parse_time, receipt_view
from mra_desktop.core.sync.container import strict_json
from mra_desktop.core.sync.errors import SyncError
from mra_desktop.core.sync.keys import installed_recipient_key, key_id
from mra_desktop.core.text import shown


@dataclass(frozen=True)
class ReceiptOutcome:
    """What importing a receipt did."""

    receipt: ReceiptView
    already: bool  # the same receipt was imported before: nothing changed
    previously_imported_at: dt.datetime | None = None
    updated: int = 0  # meetings whose review this receipt set
    kept: int = 0  # meetings a newer receipt had described already: left as they were
    removed: int = 0  # meetings MRA no longer holds: their review went
    states: dict[str, int] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        receipt = self.receipt
        return {
            "receipt_id": receipt.id,
            "number": receipt.number,
            "issued_at": receipt.issued_at.isoformat(),
            "already_imported": self.already,
            "previously_imported_at": (
                self.previously_imported_at.isoformat() if self.previously_imported_at else None
            ),
            "files": [
                {
                    "file_name": f.file_name,
                    "exported_at": f.exported_at.isoformat() if f.exported_at else None,
                    "imported_at": f.imported_at.isoformat(),
                    "undone_at": f.undone_at.isoformat() if f.undone_at else None,
                    "counts": f.counts,
                }
                for f in receipt.files
            ],
            "meetings": [
                {
                    "id": r.meeting_id,
                    "title": r.title,
                    "state": r.state,
                    "changed_since_review": r.changed_since_review,
                    "comment": r.comment,
                    "national_msc": [
                        {"domain_axis": c.domain_axis, "domain": c.domain,
                         "change_title": c.change_title, "reason": c.reason}
                        for c in r.national_msc
                    ],
                }
                for r in receipt.meetings
            ],
            "updated": self.updated,
            "kept": self.kept,
            "removed": self.removed,
            "states": self.states,
        }


def _read(path: Path) -> bytes:
    return read_chosen_file(
        path, MAX_FILE_SIZE, ReceiptFileError, what="a receipt", source=shown(str(path))
    )


def _check_signer(db: Database, header: Header, data: bytes) -> str:
    """Verify the receipt with MRA's signing key installed here; returns its key id."""
    try:
        installed = installed_recipient_key(db)
    except SyncError as exc:
        raise ReceiptKeyMissingError(
            f"The MRA key installed here cannot be used ({exc.message.rstrip('.')}); install "
            "MRA's public key file again before importing receipts."
        ) from None
    if installed is None:
        raise ReceiptKeyMissingError(
            "No MRA key is installed here, so the receipt cannot be checked; install MRA's "
            "public key file (.pub) first, after comparing its fingerprint with MRA by phone."
        )
    verifier = installed.verifier()
    if verifier is None or installed.signing_key is None:
        raise ReceiptKeyMissingError(
            "The MRA key installed here has no signing key, so receipts cannot be checked; "
            "ask MRA for its current public key file and install it in its place, after "
            "comparing its fingerprint with MRA by phone."
        )
    own_id = key_id(installed.signing_key)
    if not hmac.compare_digest(header.manifest.signature.key_id, own_id):
        raise ReceiptSignerError(
            "This receipt was not signed by the MRA key installed here (it names a signer "
            f"with fingerprint {header.manifest.signature.fingerprint}, the installed key's "
            f"is {installed.fingerprint}); it was refused."
        )
    verify_signature(data, verifier)
    return own_id


def _decode(payload: bytes) -> Payload:
    # a name twice in one object could read differently in another program: refuse it
    try:
        strict_json(payload, "payload")
    except SyncError:
        raise ReceiptFileError("The receipt is damaged: its contents are not valid.") from None
    try:
        decoded = PAYLOAD_DECODER.decode(payload)
    except msgspec.ValidationError as exc:
        raise ReceiptFileError(f"The receipt's contents are invalid ({exc}).") from None
    ids = [entry.id for entry in decoded.meetings]
    if len(set(ids)) != len(ids):
        raise ReceiptFileError("The receipt is invalid: it describes a meeting twice.")
    for entry in decoded.meetings:
        for text in (entry.review.state_at, *(c.chosen_at for c in entry.national_msc)):
            if text is not None:
                try:
                    dt.datetime.fromisoformat(text)
                except ValueError:
                    raise ReceiptFileError(
                        "The receipt is invalid: it holds a time that does not exist."
                    ) from None
        if entry.date is not None:
            try:
                dt.date.fromisoformat(entry.date)
            except ValueError:
                raise ReceiptFileError(
                    "The receipt is invalid: it holds a date that does not exist."
                ) from None
    for item in decoded.files:
        for text in (item.exported_at, item.imported_at, item.undone_at):
            try:
                parse_time(text)
            except ValueError:
                raise ReceiptFileError(
                    "The receipt is invalid: it holds a time that does not exist."
                ) from None
    return decoded


def _newer(
    number: int, issued_at: dt.datetime, signer: str, stored: MraReview
) -> bool:
    """Whether a receipt (``number``, ``issued_at``, signed by ``signer``) is newer than
    what ``stored`` was taken from. A receipt is only accepted from the MRA key installed
    now, so one stored from another key came before it (MRA changed keys since)."""
    if stored.signer_key_id != signer:
        return True
    return (number, issued_at) > (stored.number, stored.issued_at)


def import_receipt(db: Database, path: Path | str) -> ReceiptOutcome:
    """Check the receipt at ``path`` and store what it says (see the module's text).
    Raises :class:`ReceiptError` (one sentence; nothing written) when it is refused."""
    source = Path(path).expanduser()
    identity = require_organisation(db)
    data = _read(source)
    header = read_header(data)
    manifest = header.manifest
    signer = _check_signer(db, header, data)
    if manifest.organisation.id != identity.organisation_id:
        raise ReceiptRecipientError(
            f"This receipt is for another organisation (“{shown(manifest.organisation.name)}”"
            f"), not for {shown(identity.organisation_name)}; it was refused."
        )
    device_key = signing_key(db)
    own_key_id = key_id(device_key.public_key().public_bytes_raw())
    entry = next(
        (r for r in manifest.encryption.recipients if hmac.compare_digest(r.key_id, own_key_id)),
        None,
    )
    if entry is None or entry.device_id != identity.device_id:
        raise ReceiptRecipientError(
            "This receipt was made for another computer of your organisation (or for this "
            "one's earlier key), so it cannot be read here; import it on the computer whose "
            "sync files MRA imported, or ask MRA for a new receipt."
        )
    with db.session() as session:
        previous = session.get(ReceivedReceipt, manifest.receipt_id)
        if previous is not None:
            return ReceiptOutcome(
                receipt_view(previous), already=True,
                previously_imported_at=previous.imported_at,
            )
    payload = open_payload(data, header, entry, device_key)
    decoded = _decode(payload)
    issued_at = dt.datetime.fromisoformat(manifest.issued_at)
    content = msgspec.json.decode(ENCODER.encode(decoded))
    file_sha256 = hashlib.sha256(data).hexdigest()
    ids = [e.id for e in decoded.meetings]
    updated = kept = removed = 0
    states: dict[str, int] = {}
    with worded_database_errors(), db.transaction() as session:
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            for meeting_id, owner in session.execute(
                select(m.Meeting.id, m.Meeting.organisation_id).where(m.Meeting.id.in_(chunk))
            ):
                if owner != identity.organisation_id:
                    raise ReceiptFileError(
                        f"The receipt describes the meeting {shown(meeting_id)}, which belongs "
                        "to another organisation in this database; it was refused."
                    )
        record = ReceivedReceipt(
            id=manifest.receipt_id,
            number=manifest.number,
            issued_at=issued_at,
            imported_at=m.utcnow(),
            file_name=shown(source.name)[:255],
            file_sha256=file_sha256,
            signer_key_id=signer,
            signer_fingerprint=manifest.signature.fingerprint,
            organisation_id=manifest.organisation.id,
            for_import_id=decoded.for_import_id,
            content=content,
        )
        session.add(record)
        session.flush()
        stored = {r.meeting_id: r for r in session.scalars(select(MraReview))}
        for item in content["meetings"]:
            review = item["review"]
            shown_state = "changed" if review["changed_since_review"] else review["state"]
            states[shown_state] = states.get(shown_state, 0) + 1
            old = stored.pop(item["id"], None)
            if old is not None and not _newer(manifest.number, issued_at, signer, old):
                kept += 1
                continue
            if old is None:
                old = MraReview(meeting_id=item["id"])
                session.add(old)
            old.receipt_id = record.id
            old.number = manifest.number
            old.issued_at = issued_at
            old.signer_key_id = signer
            old.title = item["title"]
            old.state = review["state"]
            old.changed_since_review = review["changed_since_review"]
            old.comment = review["comment"]
            old.state_at = parse_time(review["state_at"])
            old.national_msc = item["national_msc"]
            updated += 1
        for left in stored.values():  # not in this receipt: MRA holds them no longer
            if _newer(manifest.number, issued_at, signer, left):
                session.delete(left)
                removed += 1
        session.flush()
        view = receipt_view(record)
    return ReceiptOutcome(view, False, None, updated, kept, removed, states)


__all__ = ["ReceiptError", "ReceiptOutcome", "import_receipt"]
