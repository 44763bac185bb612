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
from mra_desktop.core.text import shown

EXIT_OK = 0
EXIT_BAD_INPUT = 2


class PassphraseError(MraError):
    code = "passphrase"


def _passphrase(
    args: argparse.Namespace, *, confirm: bool, file: Path | None = None, prompt: str = ""
) -> str:
    """The first line of the passphrase file, or typed in the terminal."""
    if file is None and not isinstance(args.passphrase_file, list):
        file = args.passphrase_file
    if file is not None:
        path = Path(file).expanduser()
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
        first = getpass.getpass(f"Passphrase{prompt}: ")
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
    from mra_desktop.core.identity import public_key_bytes, signing_key
    from mra_desktop.core.sync.keys import check_new_passphrase, read_public_key, write_key_pair

    passphrase = _passphrase(args, confirm=True)
    check_new_passphrase(passphrase)
    db = _open(args)  # MRA's database: its own key signs MRA's receipts
    try:
        signer = public_key_bytes(signing_key(db))
    finally:
        db.close()
    public_path, private_path = write_key_pair(
        args.output, passphrase, args.label, signing_key=signer
    )
    fingerprint = read_public_key(public_path).fingerprint
    print(f"Public key:  {public_path} (give it to every partner)")
    print(f"Private key: {private_path} (keep it at MRA; it opens sync files with its passphrase)")
    print(f"Fingerprint: {fingerprint}")
    print(f"Receipts are signed by this database ({shown(db.path)}), whose key the public key "
          "file carries.")
    return EXIT_OK


def cmd_install_key(args: argparse.Namespace) -> int:
    from mra_desktop.core.sync.keys import (
        KeyAlreadyInstalledError,
        install_recipient_key,
        read_public_key,
    )

    key = read_public_key(args.key)
    db = _open(args)
    try:
        changed = install_recipient_key(db, key, replace=args.replace)
    except KeyAlreadyInstalledError as exc:
        raise KeyAlreadyInstalledError(
            exc.message[:-1] + ", with --replace if it really is MRA's new key."
        ) from exc
    finally:
        db.close()
    if not changed:
        print(f"MRA's public key (fingerprint {key.fingerprint}) was already installed.")
        return EXIT_OK
    print(
        f"MRA's public key (fingerprint {key.fingerprint}) is installed in {shown(db.path)}; "
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
    what = (
        f"{result.record_count} records of {shown(result.organisation)} "
        f"({result.deleted_count} of them deletion marks)"
    )
    if result.scope == "since_last" and result.since is not None:
        what += f" written since the export of {result.since:%Y-%m-%d %H:%M} UTC"
    elif args.since_last:
        what += " (there was no earlier export to continue, so everything)"
    if result.encrypted:
        how = f"encrypted for the key with fingerprint {result.recipient_fingerprint}"
    else:
        how = "not encrypted"
    print(
        f"Sync file written to {shown(result.path)}: {what}, {how}, signed by this device "
        f"(fingerprint {result.signer_fingerprint})."
    )
    demo = result.left_out.get("demo", 0)
    other = result.left_out.get("other_organisations", 0)
    if demo:
        print(f"{demo} demo records stayed on this computer: demo data is never exported.")
    if other:
        print(
            f"{other} records of other organisations stayed on this computer: a sync file "
            "carries only this database's organisation's records."
        )
    for warning in result.warnings:
        print(f"mra-desktop: warning: {warning}", file=sys.stderr)
    return EXIT_OK


def _private_keys(args: argparse.Namespace) -> list[Any]:
    """Every ``--key``, each unlocked with its ``--passphrase-file`` (given in the same
    order; one file serves every key) or typed in the terminal."""
    from mra_desktop.core.sync.keys import read_private_key

    keys = args.key or []
    files = args.passphrase_file or []
    if files and not keys:
        raise PassphraseError("--passphrase-file goes with --key (MRA's private key file).")
    if len(files) > 1 and len(files) != len(keys):
        raise PassphraseError(
            f"Give one --passphrase-file for every --key ({len(keys)} keys, "
            f"{len(files)} passphrase files), or one for all."
        )
    unlocked = []
    for index, key in enumerate(keys):
        file = files[index] if len(files) > 1 else (files[0] if files else None)
        prompt = f" for {shown(key)}" if len(keys) > 1 else ""
        passphrase = _passphrase(args, confirm=False, file=file, prompt=prompt)
        unlocked.append(read_private_key(key, passphrase))
    return unlocked


def cmd_import_sync(args: argparse.Namespace) -> int:
    from mra_desktop.core.backups import create_backup
    from mra_desktop.core.sync import import_sync_files

    private_keys = _private_keys(args)
    db = _open(args)
    try:
        create_backup(db, "before-import", if_changed=True)  # the database as it was
        outcomes = import_sync_files(
            db,
            args.files,
            private_keys,
            allow_unsigned=args.allow_unsigned,
            allow_unencrypted=args.allow_unencrypted,
        )
    finally:
        db.close()
    for outcome in outcomes:
        if outcome.ok:
            if not args.json:
                print(f"{shown(outcome.path)}: {outcome.message}")
        else:
            print(f"mra-desktop: {shown(outcome.path)}: {outcome.message}", file=sys.stderr)
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
    install.add_argument(
        "--replace", action="store_true",
        help="replace another MRA key already installed (compare both fingerprints first)",
    )
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
    imp.add_argument("--key", type=Path, metavar="KEY", action="append",
                     help="MRA's private key file, for encrypted files; give it once per key "
                          "while MRA holds several (a new key and the one it replaces)")
    imp.add_argument("--passphrase-file", type=Path, metavar="FILE", action="append",
                     help="read a key's passphrase from the first line of FILE (one per --key, "
                          "in the same order, or one for all)")
    imp.add_argument("--allow-unencrypted", action="store_true",
                     help="import files that are not encrypted too (the outcome says so)")
    imp.add_argument("--allow-unsigned", action="store_true",
                     help="import files of sync format 1 too, which no device signed")
    imp.add_argument("--json", action="store_true", help="print each file's outcome as JSON")
    imp.set_defaults(func=cmd_import_sync)
