"""Sync subcommands of the command line: keygen, install-key, export-sync, import-sync.

They are registered by :func:`mra_desktop.cli.build_parser`; like every subcommand, bad
input ends with exit code 2 and one line on stderr.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from pathlib import Path
from typing import Any

from mra_desktop.core.errors import MraError

EXIT_OK = 0
EXIT_BAD_INPUT = 2


class PassphraseError(MraError):
    code = "passphrase"


def _passphrase(args: argparse.Namespace, *, confirm: bool) -> str:
    """The first line of ``--passphrase-file``, or typed in the terminal."""
    if args.passphrase_file is not None:
        path = Path(args.passphrase_file).expanduser()
        try:
            text = path.read_text(encoding="utf-8-sig")
        except FileNotFoundError:
            raise PassphraseError(f"There is no passphrase file {path}.") from None
        except (OSError, UnicodeDecodeError) as exc:
            reason = getattr(exc, "strerror", None) or "it is not UTF-8 text"
            raise PassphraseError(f"Cannot read the passphrase file {path}: {reason}.") from None
        lines = text.splitlines()
        if not lines or not lines[0]:
            raise PassphraseError(f"The passphrase file {path} is empty.")
        return lines[0]
    if sys.stdin is not None and sys.stdin.isatty():
        first = getpass.getpass("Passphrase: ")
        if confirm and getpass.getpass("The same passphrase again: ") != first:
            raise PassphraseError("The two passphrases differ; nothing was written.")
        return first
    raise PassphraseError(
        "No passphrase: give it in a file with --passphrase-file FILE, or run the command in "
        "a terminal to type it."
    )


def _open(args: argparse.Namespace) -> Any:
    from mra_desktop.core.database import open_database

    return open_database(args.db)


def cmd_keygen(args: argparse.Namespace) -> int:
    from mra_desktop.core.sync.keys import check_new_passphrase, write_key_pair

    passphrase = _passphrase(args, confirm=True)
    check_new_passphrase(passphrase)
    public_path, private_path = write_key_pair(args.output, passphrase, args.label)
    from mra_desktop.core.sync.keys import read_public_key

    fingerprint = read_public_key(public_path).fingerprint
    print(f"Public key:  {public_path} (give it to every partner)")
    print(f"Private key: {private_path} (keep it at MRA; it opens sync files with its passphrase)")
    print(f"Fingerprint: {fingerprint}")
    return EXIT_OK


def cmd_install_key(args: argparse.Namespace) -> int:
    from mra_desktop.core.sync.keys import install_recipient_key, read_public_key

    key = read_public_key(args.key)
    db = _open(args)
    try:
        install_recipient_key(db, key)
    finally:
        db.close()
    print(
        f"MRA's public key (fingerprint {key.fingerprint}) is installed in {db.path}; "
        "sync files exported from this database will be encrypted for it."
    )
    return EXIT_OK


def cmd_export_sync(args: argparse.Namespace) -> int:
    from mra_desktop.core.sync import NoRecipientKeyError, export_sync
    from mra_desktop.core.sync.keys import read_public_key

    recipient = read_public_key(args.recipient) if args.recipient else None
    db = _open(args)
    try:
        result = export_sync(
            db,
            args.output,
            recipient_public_key=recipient,
            unencrypted=args.unencrypted,
            since_last=args.since_last,
        )
    except NoRecipientKeyError as exc:
        raise NoRecipientKeyError(
            "No MRA public key is installed, so the sync file cannot be encrypted; install it "
            "with 'mra-desktop install-key KEY.pub', give it with --recipient KEY.pub, or add "
            "--unencrypted for a file that anyone who gets a copy can read."
        ) from exc
    finally:
        db.close()
    what = f"{result.record_count} records ({result.deleted_count} of them deletion marks)"
    if result.scope == "since_last" and result.since is not None:
        what += f" changed since {result.since:%Y-%m-%d %H:%M} UTC"
    elif args.since_last:
        what += " (there was no earlier export, so everything)"
    if result.encrypted:
        how = f"encrypted for the key with fingerprint {result.recipient_fingerprint}"
    else:
        how = "not encrypted"
    print(f"Sync file written to {result.path}: {what}, {how}.")
    for warning in result.warnings:
        print(f"mra-desktop: warning: {warning}", file=sys.stderr)
    return EXIT_OK


def cmd_import_sync(args: argparse.Namespace) -> int:
    from mra_desktop.core.backups import create_backup
    from mra_desktop.core.sync import import_sync_files
    from mra_desktop.core.sync.keys import read_private_key

    if args.passphrase_file is not None and args.key is None:
        raise PassphraseError("--passphrase-file goes with --key (MRA's private key file).")
    private_key = None
    if args.key is not None:
        private_key = read_private_key(args.key, _passphrase(args, confirm=False))
    db = _open(args)
    try:
        create_backup(db, "before-import", if_changed=True)  # the database as it was
        outcomes = import_sync_files(db, args.files, private_key)
    finally:
        db.close()
    for outcome in outcomes:
        if outcome.ok:
            if not args.json:
                print(f"{outcome.path}: {outcome.message}")
        else:
            print(f"mra-desktop: {outcome.path}: {outcome.message}", file=sys.stderr)
    if args.json:
        print(json.dumps([o.to_json() for o in outcomes], indent=2, ensure_ascii=False))
    return EXIT_OK if all(o.ok for o in outcomes) else EXIT_BAD_INPUT


def add_sync_commands(sub: Any) -> None:
    """Register the sync subcommands on the program's subparsers."""
    keygen = sub.add_parser("keygen", help="make MRA's key pair for sync files")
    keygen.add_argument(
        "-o", "--output", required=True, type=Path, metavar="PREFIX",
        help="writes PREFIX.pub (for partners) and PREFIX.key (stays at MRA)",
    )
    keygen.add_argument("--passphrase-file", type=Path, metavar="FILE",
                        help="read the passphrase from the first line of FILE")
    keygen.add_argument("--label", default="MRA", help="a name shown with the key (default MRA)")
    keygen.set_defaults(func=cmd_keygen)

    install = sub.add_parser(
        "install-key", help="install MRA's public key: exports will be encrypted for it"
    )
    install.add_argument("key", type=Path, metavar="KEY.pub", help="MRA's public key file")
    install.set_defaults(func=cmd_install_key)

    export = sub.add_parser("export-sync", help="write a sync file of this database for MRA")
    export.add_argument("-o", "--output", required=True, type=Path, metavar="FILE",
                        help="the sync file to write (.mrasync)")
    how = export.add_mutually_exclusive_group()
    how.add_argument("--recipient", type=Path, metavar="KEY.pub",
                     help="encrypt for this public key (default: the installed MRA key)")
    how.add_argument("--unencrypted", action="store_true",
                     help="write an unencrypted file, which anyone who gets a copy can read")
    export.add_argument("--since-last", action="store_true",
                        help="only the records changed since the last export")
    export.set_defaults(func=cmd_export_sync)

    imp = sub.add_parser("import-sync", help="import partners' sync files (at MRA)")
    imp.add_argument("files", nargs="+", type=Path, metavar="FILE", help="sync files")
    imp.add_argument("--key", type=Path, metavar="KEY",
                     help="MRA's private key file, for encrypted files")
    imp.add_argument("--passphrase-file", type=Path, metavar="FILE",
                     help="read the key's passphrase from the first line of FILE")
    imp.add_argument("--json", action="store_true", help="print each file's outcome as JSON")
    imp.set_defaults(func=cmd_import_sync)
