"""Who writes, who may: ``init`` and ``identity`` at a partner; ``enrol``, ``partners``,
``revoke``, ``imports`` and ``revert-import`` at MRA.

Registered by :func:`mra_desktop.cli.build_parser`; like every subcommand, bad input ends
with exit code 2 and one line on stderr. Everything printed that came from a file (an
identity card, a sync file) is shown safe: control and bidi characters escaped.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from mra_desktop.core.codes import LANGUAGES
from mra_desktop.core.text import shown

EXIT_OK = 0


def _open(args: argparse.Namespace) -> Any:
    from mra_desktop.core.database import open_database

    return open_database(args.db)


def cmd_init(args: argparse.Namespace) -> int:
    from mra_desktop.core.identity import init_database
    from mra_desktop.core.sync.cards import device_card

    db = _open(args)
    try:
        result = init_database(
            db, args.organisation, facilitator=args.facilitator, language=args.lang
        )
        card = device_card(db)
    finally:
        db.close()
    name = shown(result.identity.organisation_name)
    if result.already:
        print(f"{shown(db.path)} already belongs to {name}; its details were updated.")
    else:
        made = " (a new organisation record)" if result.created_organisation else ""
        print(f"{shown(db.path)} now belongs to {name}{made}.")
    print(f"Device fingerprint: {card.fingerprint}")
    print("Give MRA this device's identity card: mra-desktop identity -o FILE.mraid")
    return EXIT_OK


def cmd_identity(args: argparse.Namespace) -> int:
    from mra_desktop.core.identity import new_signing_key
    from mra_desktop.core.sync.cards import write_device_card

    db = _open(args)
    try:
        if args.new_key:
            new_signing_key(db)
        path, card = write_device_card(db, args.output)
    finally:
        db.close()
    if args.new_key:
        print("This device has a new signing key; MRA must enrol its new card before "
              "importing files it signs.")
    print(f"Identity card written to {shown(path)}.")
    print(f"Organisation: {shown(card.organisation_name)} ({card.organisation_id})")
    print(f"Device:       {card.device_id}")
    print(f"Fingerprint:  {card.fingerprint}")
    print("Read the fingerprint to MRA by phone when MRA enrols the card.")
    return EXIT_OK


def cmd_enrol(args: argparse.Namespace) -> int:
    from mra_desktop.core.sync import enrol, read_card

    card = read_card(args.card)
    db = _open(args)
    try:
        result = enrol(db, card)
    finally:
        db.close()
    partner = result.partner
    if args.json:
        data = partner.to_json() | {
            "already_enrolled": result.already,
            "other_devices": result.other_devices,
            "replaced_keys": result.replaced_keys,
        }
        print(json.dumps(data, indent=2, ensure_ascii=False))
        return EXIT_OK
    if result.already:
        print(f"This device was already enrolled for {partner.organisation_name}; nothing changed.")
    else:
        print(f"Enrolled: a device of {partner.organisation_name} ({partner.organisation_id}).")
    print(f"Fingerprint: {partner.fingerprint}")
    print("Compare it with the partner by phone; if it differs, revoke it at once:")
    print(f"  mra-desktop revoke '{partner.fingerprint}'")
    if result.other_devices:
        print(f"{partner.organisation_name} has {result.other_devices} other enrolled device(s).")
    for old in result.replaced_keys:
        print(f"This device had another key enrolled (fingerprint {old}); revoke it if it "
              "is no longer used.")
    return EXIT_OK


def cmd_partners(args: argparse.Namespace) -> int:
    from mra_desktop.core.sync import list_partners

    db = _open(args)
    try:
        partners = list_partners(db)
    finally:
        db.close()
    if args.json:
        print(json.dumps([p.to_json() for p in partners], indent=2, ensure_ascii=False))
        return EXIT_OK
    if not partners:
        print("No partner device is enrolled yet (mra-desktop enrol CARD.mraid).")
        return EXIT_OK
    for partner in partners:
        state = (
            f"revoked {partner.revoked_at:%Y-%m-%d}" if partner.revoked_at else "enrolled "
            f"{partner.enrolled_at:%Y-%m-%d}"
        )
        last = (
            f"last import {partner.last_import_at:%Y-%m-%d %H:%M} UTC ({partner.imports})"
            if partner.last_import_at
            else "no import yet"
        )
        print(f"{partner.organisation_name}  |  {partner.fingerprint}  |  {state}  |  {last}")
    return EXIT_OK


def cmd_revoke(args: argparse.Namespace) -> int:
    from mra_desktop.core.sync import revoke

    db = _open(args)
    try:
        partner, now = revoke(db, args.fingerprint)
    finally:
        db.close()
    assert partner.revoked_at is not None
    if now:
        print(
            f"Revoked the device {partner.fingerprint} of {partner.organisation_name}: its "
            "files are refused from now on (what was imported before stays)."
        )
    else:
        print(f"The device {partner.fingerprint} was already revoked on "
              f"{partner.revoked_at:%Y-%m-%d}.")
    return EXIT_OK


def cmd_imports(args: argparse.Namespace) -> int:
    from mra_desktop.core.sync import list_imports

    db = _open(args)
    try:
        imports = list_imports(db)
    finally:
        db.close()
    if args.json:
        print(json.dumps([i.to_json() for i in imports], indent=2, ensure_ascii=False))
        return EXIT_OK
    if not imports:
        print("No sync file has been imported into this database.")
        return EXIT_OK
    for item in imports:
        counts = item.counts
        how = [
            "signed" if item.signed else "unsigned",
            "encrypted" if item.encrypted else "unencrypted",
        ]
        state = f"  UNDONE {item.reverted_at:%Y-%m-%d}" if item.reverted_at else ""
        print(
            f"{item.id}  {item.imported_at:%Y-%m-%d %H:%M}  {item.source_organisation}  "
            f"{item.file_name}  ({', '.join(how)}): {counts['new']} new, "
            f"{counts['updated']} updated, {counts['unchanged']} unchanged, "
            f"{counts['conflicts']} conflicts, {counts['deleted']} deleted{state}"
        )
    return EXIT_OK


def cmd_revert_import(args: argparse.Namespace) -> int:
    from mra_desktop.core.sync import revert_import

    db = _open(args)
    try:
        result = revert_import(db, args.id)
    finally:
        db.close()
    print(
        f"Import {result.import_id} undone: {result.removed} records removed, "
        f"{result.restored} given back their earlier version, {result.conflicts_removed} "
        f"conflicts removed, {result.conflicts_reopened} reopened."
    )
    return EXIT_OK


def add_partner_commands(sub: Any) -> None:
    """Register init, identity, enrol, partners, revoke, imports and revert-import."""
    init = sub.add_parser(
        "init", help="say which organisation this database belongs to (first run's twin)"
    )
    init.add_argument("--organisation", required=True, metavar="NAME",
                      help="the partner organisation (an existing one of that name, or a new one)")
    init.add_argument("--facilitator", metavar="NAME", help="the facilitator's name")
    init.add_argument("--lang", choices=LANGUAGES, help="the interface language")
    init.set_defaults(func=cmd_init)

    identity = sub.add_parser("identity", help="write this device's identity card for MRA")
    identity.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.mraid",
                          help="the identity card to write")
    identity.add_argument("--new-key", action="store_true",
                          help="make a new signing key first (MRA must enrol the new card)")
    identity.set_defaults(func=cmd_identity)

    enrol = sub.add_parser("enrol", help="at MRA: trust a partner device's identity card")
    enrol.add_argument("card", type=Path, metavar="FILE.mraid", help="the device's identity card")
    enrol.add_argument("--json", action="store_true", help="machine-readable output")
    enrol.set_defaults(func=cmd_enrol)

    partners = sub.add_parser("partners", help="at MRA: the enrolled partner devices")
    partners.add_argument("--json", action="store_true", help="machine-readable output")
    partners.set_defaults(func=cmd_partners)

    revoke = sub.add_parser("revoke", help="at MRA: refuse a device's files from now on")
    revoke.add_argument("fingerprint", metavar="FINGERPRINT",
                        help="the device's fingerprint (25 digits, spaces optional)")
    revoke.set_defaults(func=cmd_revoke)

    imports = sub.add_parser("imports", help="at MRA: the sync files imported so far")
    imports.add_argument("--json", action="store_true", help="machine-readable output")
    imports.set_defaults(func=cmd_imports)

    revert = sub.add_parser("revert-import", help="at MRA: undo one import")
    revert.add_argument("id", metavar="ID", help="the import's id (or a unique beginning)")
    revert.set_defaults(func=cmd_revert_import)
