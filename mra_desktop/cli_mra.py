"""MRA's subcommands: ``national-report`` (the national report as a PDF), ``export-xlsx``
and ``export-csv`` (the counted meetings as spreadsheets), and ``demo --mra``.

They are registered by :func:`mra_desktop.cli.build_parser`; like every subcommand, bad
input (a reversed or empty period, an unknown partner, an unwritable place) ends with exit
code 2 and one line on stderr, and nothing is written.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from mra_desktop.core.errors import MraError


class ArgumentError(MraError):
    code = "usage"


def _date(text: str, option: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise ArgumentError(
            f"{option} takes a date written YYYY-MM-DD (not {text!r}); nothing was written."
        ) from None


def _open(args: argparse.Namespace) -> Any:
    from mra_desktop.core.database import open_database

    return open_database(args.db)


def _partner_ids(db: Any, given: list[str] | None) -> tuple[str, ...]:
    """Each ``--partner``: an organisation id, or a unique beginning of one."""
    from sqlalchemy import select

    from mra_desktop.core import models as m

    if not given:
        return ()
    with db.session() as session:
        known = list(session.scalars(select(m.Organisation.id)))
    found = []
    for text in given:
        matches = [i for i in known if i == text] or [i for i in known if i.startswith(text)]
        if len(matches) != 1:
            reason = "no partner has" if not matches else "several partners have"
            raise ArgumentError(f"{reason.capitalize()} the id {text!r}; nothing was written.")
        found.append(matches[0])
    return tuple(dict.fromkeys(found))


def _scope(db: Any, args: argparse.Namespace) -> Any:
    from mra_desktop.core.national import Scope

    return Scope(
        date_from=_date(args.date_from, "--from") if args.date_from else None,
        date_to=_date(args.date_to, "--to") if args.date_to else None,
        partner_ids=_partner_ids(db, args.partner),
        all_states=args.all_states,
    )


def _describe(result: Any, all_states: bool) -> str:
    which = "all review states" if all_states else "approved meetings only"
    return (
        f"{result.meetings} meeting{'s' if result.meetings != 1 else ''}, "
        f"{result.changes} change{'s' if result.changes != 1 else ''}, "
        f"{result.action_items} action item{'s' if result.action_items != 1 else ''} "
        f"({which})"
    )


def cmd_export_xlsx(args: argparse.Namespace) -> int:
    from mra_desktop.core.spreadsheets import export_xlsx

    db = _open(args)
    try:
        result = export_xlsx(db, args.output, _scope(db, args), args.lang)
    finally:
        db.close()
    print(f"Spreadsheet written to {result.path}: {_describe(result, args.all_states)}.")
    return 0


def cmd_export_csv(args: argparse.Namespace) -> int:
    from mra_desktop.core.spreadsheets import export_csv

    db = _open(args)
    try:
        result = export_csv(db, args.output, _scope(db, args), args.lang)
    finally:
        db.close()
    names = ", ".join(path.name for path in result.files)
    print(
        f"{len(result.files)} CSV files written to {result.path} ({names}): "
        f"{_describe(result, args.all_states)}."
    )
    return 0


def cmd_national_report(args: argparse.Namespace) -> int:
    from mra_desktop.cli import warn_undrawable
    from mra_desktop.core.national_pdf import export_national_pdf

    db = _open(args)
    try:
        result = export_national_pdf(db, _scope(db, args), args.lang, args.output)
    finally:
        db.close()
    which = "all review states" if args.all_states else "approved meetings only"
    print(
        f"National report written to {result.path}: "
        f"{result.meetings} meeting{'s' if result.meetings != 1 else ''}, "
        f"{result.changes} good practice{'s' if result.changes != 1 else ''}, "
        f"{result.action_items} action-plan item{'s' if result.action_items != 1 else ''} "
        f"raised ({which})."
    )
    warn_undrawable(result.undrawable)
    return 0


def cmd_mra_demo(args: argparse.Namespace) -> int:
    """``demo --mra``: the demo as MRA holds it after importing the partners' files."""
    from mra_desktop.core.mra_demo import load_mra_demo
    from mra_desktop.core.services import Services

    db = _open(args)
    try:
        result = load_mra_demo(Services(db))
    finally:
        db.close()
    if result.total_added():
        added = {**result.demo.added, **result.added}
        words = ", ".join(f"{n} {kind}" for kind, n in sorted(added.items()))
        print(f"MRA's demo data loaded into {db.path}: {words}.")
    else:
        print(f"MRA's demo data is already in {db.path}; nothing added.")
    return 0


def _scope_options(parser: argparse.ArgumentParser, *, lang_required: bool = False) -> None:
    parser.add_argument("--from", dest="date_from", metavar="DATE",
                        help="meetings held on or after DATE (YYYY-MM-DD)")
    parser.add_argument("--to", dest="date_to", metavar="DATE",
                        help="meetings held on or before DATE (YYYY-MM-DD)")
    parser.add_argument("--partner", action="append", metavar="ORG_ID",
                        help="only this partner's meetings (repeat for several)")
    parser.add_argument("--all-states", action="store_true",
                        help="count every received meeting, not only the approved ones")
    if lang_required:
        parser.add_argument("--lang", choices=("ar", "fr", "en"), required=True,
                            help="the report's language")
    else:
        parser.add_argument("--lang", choices=("ar", "fr", "en"), default="en",
                            help="language of the headers and words (default: en)")


def add_mra_commands(sub: Any) -> None:
    report = sub.add_parser("national-report", help="MRA's national report as a PDF")
    _scope_options(report, lang_required=True)
    report.add_argument("-o", "--output", required=True, type=Path, metavar="FILE",
                        help="the .pdf file to write")
    report.set_defaults(func=cmd_national_report)
    xlsx = sub.add_parser("export-xlsx", help="the received meetings as an XLSX workbook")
    _scope_options(xlsx)
    xlsx.add_argument("-o", "--output", required=True, type=Path, metavar="FILE",
                      help="the .xlsx file to write")
    xlsx.set_defaults(func=cmd_export_xlsx)
    csv = sub.add_parser("export-csv", help="the received meetings as CSV files, one per table")
    _scope_options(csv)
    csv.add_argument("-o", "--output", required=True, type=Path, metavar="DIR",
                     help="the folder to write the CSV files into")
    csv.set_defaults(func=cmd_export_csv)
