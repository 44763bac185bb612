"""Receipts on the command line: ``receipt`` and ``public-key`` at MRA, ``import-receipt``
at a partner.

Registered by :func:`mra_desktop.cli.build_parser`; like every subcommand, bad input ends
with exit code 2 and one line on stderr, and everything printed that came from a file is
shown safe (control and bidi characters escaped).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from mra_desktop.core.text import shown

EXIT_OK = 0

STATE_WORDS = {
    "received": "received",
    "reviewed": "reviewed",
    "approved": "approved",
    "has_issues": "has issues",
    "changed": "changed since MRA's review",
}


def _open(args: argparse.Namespace) -> Any:
    from mra_desktop.core.database import open_database

    return open_database(args.db)


def _states(states: dict[str, int]) -> str:
    parts = [f"{states[s]} {STATE_WORDS[s]}" for s in STATE_WORDS if states.get(s)]
    return ", ".join(parts) if parts else "none"


def _plural(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


def cmd_receipt(args: argparse.Namespace) -> int:
    from mra_desktop.core.receipts.writing import signer_fingerprint, write_receipt

    db = _open(args)
    try:
        result = write_receipt(db, args.import_id, args.output)
        signer = signer_fingerprint(db)
    finally:
        db.close()
    if args.json:
        print(json.dumps(result.to_json() | {"signer_fingerprint": signer}, indent=2,
                         ensure_ascii=False))
        return EXIT_OK
    devices = ", ".join(result.recipients)
    print(
        f"Receipt written to {shown(result.path)} for {result.organisation_name}: "
        f"{_plural(result.files, 'file', 'files')}, "
        f"{_plural(result.meetings, 'meeting', 'meetings')} ({_states(result.states)}), "
        f"{_plural(result.national_msc, 'national most significant change', 'national most significant changes')}."  # noqa: E501
    )
    print(
        f"Encrypted for {_plural(len(result.recipients), 'device', 'devices')} of the partner "
        f"({devices}); signed by this database (fingerprint {signer})."
    )
    print("Review comments go to the partner as they are written on the review screen.")
    return EXIT_OK


def _print_outcome(outcome: Any) -> None:
    from mra_desktop.core.receipts.reading import ReceiptOutcome

    assert isinstance(outcome, ReceiptOutcome)
    receipt = outcome.receipt
    if outcome.already and outcome.previously_imported_at is not None:
        print(
            f"This receipt (number {receipt.number}) was already imported on "
            f"{outcome.previously_imported_at:%Y-%m-%d %H:%M} UTC; nothing changed."
        )
        return
    print(f"Receipt from MRA of {receipt.issued_at:%Y-%m-%d %H:%M} UTC (number {receipt.number}).")
    print("Your sync files MRA imported:")
    for item in receipt.files:
        counts = item.counts
        mark = "  *" if item.import_id == receipt.for_import_id else "   "
        undone = (
            f"; undone by MRA on {item.undone_at:%Y-%m-%d}" if item.undone_at is not None else ""
        )
        print(
            f"{mark} {item.file_name}, imported on {item.imported_at:%Y-%m-%d %H:%M} UTC: "
            f"{counts['new']} new, {counts['updated']} updated, {counts['unchanged']} "
            f"unchanged, {counts['conflicts']} conflicts, {counts['deleted']} deleted{undone}"
        )
    print(f"Your meetings at MRA: {_states(outcome.states)}.")
    for review in receipt.meetings:
        state = STATE_WORDS["changed" if review.changed_since_review else review.state]
        when = f"{review.date:%Y-%m-%d}  " if review.date else ""
        print(f"  {when}{review.title}: {state}")
        if review.comment:
            print("    MRA's comment:")
            for line in review.comment.splitlines():
                print(f"      {shown(line)}")
        for choice in review.national_msc:
            print(
                f"    National most significant change ({shown(choice.domain)}): "
                f"{choice.change_title}. Reason: {shown(choice.reason)}"
            )
    if outcome.kept:
        print(
            f"{_plural(outcome.kept, 'meeting', 'meetings')} already had a newer receipt and "
            "kept what it said."
        )
    if outcome.removed:
        print(
            f"{_plural(outcome.removed, 'meeting', 'meetings')} no longer held by MRA: "
            "their review was taken away."
        )


def cmd_import_receipt(args: argparse.Namespace) -> int:
    from mra_desktop.core.receipts.reading import import_receipt

    db = _open(args)
    try:
        outcome = import_receipt(db, args.file)
    finally:
        db.close()
    if args.json:
        print(json.dumps(outcome.to_json(), indent=2, ensure_ascii=False))
    else:
        _print_outcome(outcome)
    return EXIT_OK


def cmd_public_key(args: argparse.Namespace) -> int:
    from mra_desktop.core.identity import public_key_bytes, signing_key
    from mra_desktop.core.sync.keys import read_encryption_key, write_public_key

    encryption = read_encryption_key(args.source)
    db = _open(args)
    try:
        key = encryption.with_signing_key(public_key_bytes(signing_key(db)))
    finally:
        db.close()
    path = write_public_key(args.output, key)
    print(f"Public key file written to {shown(path)} (give it to every partner).")
    print(f"It holds the encryption key of {shown(args.source)} and this database's key, which "
          "signs receipts.")
    print(f"Fingerprint: {key.fingerprint}")
    print("Partners install it with 'install-key --replace' after comparing this fingerprint "
          "with you by phone.")
    return EXIT_OK


def add_receipt_commands(sub: Any) -> None:
    """Register receipt, import-receipt and public-key."""
    receipt = sub.add_parser(
        "receipt", help="at MRA: write a receipt for the partner whose file an import brought"
    )
    receipt.add_argument("--import", dest="import_id", required=True, metavar="ID",
                         help="the import's id (or a unique beginning; see 'imports')")
    receipt.add_argument("-o", "--output", required=True, type=Path, metavar="FILE",
                         help="the receipt to write (.mrareceipt)")
    receipt.add_argument("--json", action="store_true", help="machine-readable output")
    receipt.set_defaults(func=cmd_receipt)

    imp = sub.add_parser("import-receipt", help="at a partner: import a receipt from MRA")
    imp.add_argument("file", type=Path, metavar="FILE", help="the receipt (.mrareceipt)")
    imp.add_argument("--json", action="store_true", help="machine-readable output")
    imp.set_defaults(func=cmd_import_receipt)

    public = sub.add_parser(
        "public-key",
        help="at MRA: MRA's public key file for partners, with this database's signing key",
    )
    public.add_argument("source", type=Path, metavar="KEY",
                        help="MRA's existing public key file (.pub) or private key file (.key)")
    public.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.pub",
                        help="the public key file to write")
    public.set_defaults(func=cmd_public_key)
