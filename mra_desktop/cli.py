"""Command line: ``mra-desktop [--db PATH] [SUBCOMMAND]``.

Without a subcommand the GUI opens. Every GUI action that writes a file has a subcommand
here. Bad input ends with exit code 2 and one line on stderr; no traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import NoReturn

from mra_desktop import __version__
from mra_desktop.core.errors import MraError

EXIT_BAD_INPUT = 2
# files the program opens when started with one (a double-click in the file manager)
OPENED_SUFFIXES = (".mrasync", ".mraid")


class UsageError(MraError):
    code = "usage"


class _Parser(argparse.ArgumentParser):
    """argparse that reports a bad command line in one line, with exit code 2."""

    commands: Mapping[str, argparse.ArgumentParser] = {}  # the subcommands, by name

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{self.prog}: {message} (see --help)")


def _open(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from mra_desktop.core.database import open_database

    return open_database(args.db)


def cmd_demo(args: argparse.Namespace) -> int:
    if args.mra:
        from mra_desktop.cli_mra import cmd_mra_demo

        return cmd_mra_demo(args)
    from mra_desktop.core.demo import load_demo
    from mra_desktop.core.services import Services

    db = _open(args)
    try:
        result = load_demo(Services(db))
    finally:
        db.close()
    if result.total_added():
        added = ", ".join(f"{n} {kind}" for kind, n in sorted(result.added.items()))
        print(f"Demo data loaded into {db.path}: {added}.")
    else:
        print(f"The demo data is already in {db.path}; nothing added.")
    return 0


def cmd_info(args: argparse.Namespace) -> int:
    db = _open(args)
    try:
        facts = {
            "database": str(db.path),
            "schema_revision": db.schema_revision(),
            "integrity_check": db.integrity_check(),
            "device_id": db.device_id,
            "counts": {kind: c["live"] for kind, c in db.counts().items()},
            "deleted": {kind: c["deleted"] for kind, c in db.counts().items()},
            "version": __version__,
        }
    finally:
        db.close()
    if args.json:
        print(json.dumps(facts, indent=2, ensure_ascii=False))
    else:
        print(f"Database:        {facts['database']}")
        print(f"Schema revision: {facts['schema_revision']}")
        print(f"Integrity check: {facts['integrity_check']}")
        print(f"Device id:       {facts['device_id']}")
        for kind, count in facts["counts"].items():  # type: ignore[union-attr]
            deleted = facts["deleted"][kind]  # type: ignore[index]
            extra = f" ({deleted} deleted)" if deleted else ""
            print(f"  {kind:<13} {count:>6}{extra}")
    return 0


def cmd_export_pdf(args: argparse.Namespace) -> int:
    from mra_desktop.core.report_pdf import export_meeting_pdf
    from mra_desktop.core.services import Services

    db = _open(args)
    try:
        written = export_meeting_pdf(
            Services(db),
            args.meeting,
            args.lang,
            args.output,
            include_names=args.names,
            include_notes=not args.no_notes,
        )
    finally:
        db.close()
    print(f"Report written to {written.path}.")
    if written.undrawable:
        listed = ", ".join(f"{char} (U+{ord(char):04X})" for char in written.undrawable)
        print(
            f"mra-desktop: warning: no font of the report can draw {listed}; "
            "printed as [U+code] instead.",
            file=sys.stderr,
        )
    return 0


def cmd_gui(args: argparse.Namespace) -> int:
    from mra_desktop.ui.app import run_gui

    file = args.opened_file
    if file is not None and not file.is_file():
        raise UsageError(f"There is no file {file}.")
    return run_gui(args.db, file)


def split_opened_file(argv: list[str], commands: set[str]) -> tuple[list[str], Path | None]:
    """``mra-desktop [--db PATH] FILE``, what a file manager runs for a double-click on a
    sync file or an identity card: the file, taken out of the arguments (argparse would
    read it as a subcommand), and the arguments left."""
    if (
        argv
        and not argv[-1].startswith("-")
        and Path(argv[-1]).suffix.lower() in OPENED_SUFFIXES
        and not commands.intersection(argv[:-1])
    ):
        return argv[:-1], Path(argv[-1])
    return argv, None


def cmd_screenshots(args: argparse.Namespace) -> int:
    import os

    # offscreen unless told otherwise: no window flashes by, and it works without a display
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from mra_desktop.ui.screenshots import take_screenshots

    written = take_screenshots(args.out)
    print(f"{len(written)} screenshots written to {args.out}.")
    return 0


def build_parser() -> _Parser:
    parser = _Parser(
        prog="mra-desktop",
        description="Run MRA's participatory assessment meetings and produce their reports.",
    )
    parser.add_argument("--version", action="version", version=f"mra-desktop {__version__}")
    parser.add_argument(
        "--db",
        type=Path,
        default=None,
        metavar="PATH",
        help="database file (default: $MRA_DESKTOP_DB, or mra-desktop.sqlite in your data folder)",
    )
    sub = parser.add_subparsers(dest="command", metavar="SUBCOMMAND", parser_class=_Parser)
    demo = sub.add_parser("demo", help="load the demo data (the 2022 report and two meetings)")
    demo.add_argument("--mra", action="store_true", help="as MRA holds it: imported and reviewed")
    demo.set_defaults(func=cmd_demo)
    info = sub.add_parser("info", help="database path, schema revision, integrity and counts")
    info.add_argument("--json", action="store_true", help="machine-readable output")
    info.set_defaults(func=cmd_info)
    pdf = sub.add_parser("export-pdf", help="write a meeting's report as a PDF")
    pdf.add_argument("--meeting", required=True, metavar="ID", help="meeting id or a unique prefix")
    pdf.add_argument("--lang", required=True, choices=("ar", "fr", "en"), help="report language")
    pdf.add_argument("-o", "--output", required=True, type=Path, metavar="FILE", help="PDF file")
    pdf.add_argument("--names", action="store_true", help="include participants' names")
    pdf.add_argument(
        "--no-notes", action="store_true", help="leave out the Discussion section (the notes)"
    )
    pdf.set_defaults(func=cmd_export_pdf)
    shots = sub.add_parser(
        "screenshots", help="render every main screen in ar, fr and en from the demo data"
    )
    shots.add_argument("--out", type=Path, required=True, metavar="DIR", help="output folder")
    shots.set_defaults(func=cmd_screenshots)
    from mra_desktop.cli_sync import add_sync_commands  # keygen, install-key, *-sync

    add_sync_commands(sub)
    from mra_desktop.cli_mra import add_mra_commands  # export-xlsx, export-csv

    add_mra_commands(sub)
    from mra_desktop.cli_backup import add_backup_commands  # backup create|list|restore

    add_backup_commands(sub)
    from mra_desktop.cli_follow_up import add_follow_up_commands  # follow-up

    add_follow_up_commands(sub)
    parser.commands = sub.choices
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        arguments, file = split_opened_file(
            list(sys.argv[1:] if argv is None else argv), set(parser.commands)
        )
        args = parser.parse_args(arguments)
        args.opened_file = file
        func: Callable[[argparse.Namespace], int] = getattr(args, "func", cmd_gui)
        return func(args)
    except MraError as exc:
        print(f"mra-desktop: {exc.message}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print("mra-desktop: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # the reader went away (``mra-desktop info | head``): stop quietly, as other tools
        # do, and keep Python from complaining again when it flushes stdout at exit
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
