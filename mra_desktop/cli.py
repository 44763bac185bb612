"""Command line: ``mra-desktop [--db PATH|URL] [SUBCOMMAND]``.

Without a subcommand the GUI opens. Every GUI action that writes a file has a subcommand
here. Bad input ends with exit code 2 and one line on stderr; no traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any, NoReturn

from mra_desktop import __version__
from mra_desktop.core.errors import MraError

EXIT_BAD_INPUT = 2
# files the program opens when started with one (a double-click in the file manager)
OPENED_SUFFIXES = (".mrasync", ".mraid", ".mrareceipt")


class UsageError(MraError):
    code = "usage"


PROGRAM = "mra-desktop"


class _HelpFormatter(argparse.HelpFormatter):
    """Help with every subcommand and option on one line: names in a column wide enough
    for the longest, descriptions never wrapped under them."""

    def __init__(self, prog: str) -> None:
        super().__init__(prog, max_help_position=30, width=200)

    def add_argument(self, action: argparse.Action) -> None:
        super().add_argument(action)
        # argparse leaves the subcommands' indent out of the column's width, which puts
        # "export-pdf" on a line of its own, above its description
        if action.help is not argparse.SUPPRESS and isinstance(action, argparse._SubParsersAction):
            for choice in action._get_subactions():
                width = len(self._format_action_invocation(choice))
                width += self._current_indent + self._indent_increment
                self._action_max_length = max(self._action_max_length, width)

    def _split_lines(self, text: str, width: int) -> list[str]:
        return [" ".join(text.split())]


class _Parser(argparse.ArgumentParser):
    """argparse that reports a bad command line in one line, with exit code 2."""

    commands: Mapping[str, argparse.ArgumentParser] = {}  # the subcommands, by name

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _HelpFormatter)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        # main() puts the program's name in front of every error once; a subcommand's
        # errors name the subcommand ("export-pdf: the following arguments …")
        command = self.prog.removeprefix(PROGRAM).strip()
        raise UsageError(f"{command}: {message} (see --help)" if command else
                         f"{message} (see --help)")


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
        print(f"Demo data loaded into {db.label}: {added}.")
    else:
        print(f"The demo data is already in {db.label}; nothing added.")
    return 0


def cmd_info(args: argparse.Namespace) -> int:
    db = _open(args)
    try:
        facts = {
            "database": db.label,
            "server_version": db.server.facts.version_text if db.server is not None else None,
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
        if facts["server_version"] is not None:
            print(f"Server:          PostgreSQL {facts['server_version']}")
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
    warn_undrawable(written.undrawable)
    return 0


def warn_undrawable(characters: Sequence[str]) -> None:
    """Name on stderr the characters of a report that no font could draw."""
    if characters:
        listed = ", ".join(f"{char} (U+{ord(char):04X})" for char in characters)
        print(
            f"mra-desktop: warning: no font of the report can draw {listed}; "
            "printed as [U+code] instead.",
            file=sys.stderr,
        )


def cmd_gui(args: argparse.Namespace) -> int:
    from mra_desktop.ui.app import run_gui

    file = args.opened_file
    if file is not None and not file.is_file():
        raise UsageError(f"There is no file {file}.")
    return run_gui(args.db, file)


def split_opened_file(argv: list[str], commands: set[str]) -> tuple[list[str], Path | None]:
    """``mra-desktop [--db PATH|URL] FILE``, what a file manager runs for a double-click on a
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
    from mra_desktop.ui.screenshots import SIZES, take_screenshots

    written = take_screenshots(args.out, sizes=args.size or SIZES)
    print(f"{len(written)} screenshots written to {args.out}.")
    return 0


def _environment_failure(exc: Exception) -> str | None:
    """One sentence for a failure of the machine rather than of the program."""
    import sqlite3

    from sqlalchemy.exc import SQLAlchemyError

    from mra_desktop.core.database import database_error

    if isinstance(exc, sqlite3.Error | SQLAlchemyError):
        worded = database_error(exc)
        return worded.message if worded is not None else None
    if isinstance(exc, OSError):
        from mra_desktop.core.files import os_error_reason

        where = f" ({exc.filename})" if exc.filename else ""
        return f"The command could not finish{where}: {os_error_reason(exc)}."
    return None


def _screen_size(text: str) -> tuple[int, int]:
    # argparse turns a ValueError into "invalid _screen_size value"; say what is wrong
    from mra_desktop.ui.screenshots import parse_size

    try:
        return parse_size(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def build_parser() -> _Parser:
    parser = _Parser(
        prog=PROGRAM,
        description="Run MRA's participatory assessment meetings and produce their reports.",
    )
    parser.add_argument("--version", action="version", version=f"mra-desktop {__version__}")
    parser.add_argument(
        "--db",
        default=None,
        metavar="PATH|URL",
        help="database file, or MRA's database on a PostgreSQL server as "
        "postgresql+psycopg://USER@HOST[:PORT]/DBNAME (the password comes from ~/.pgpass, "
        "PGPASSWORD or a service file; default: $MRA_DESKTOP_DB, or mra-desktop.sqlite in "
        "your data folder)",
    )
    sub = parser.add_subparsers(
        dest="command", metavar="SUBCOMMAND", title="subcommands", parser_class=_Parser
    )
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
        "screenshots",
        help="render every main screen in ar, fr and en from the demo data, at two sizes",
    )
    shots.add_argument("--out", type=Path, required=True, metavar="DIR", help="output folder")
    shots.add_argument(
        "--size", type=_screen_size, action="append", metavar="WxH",
        help="render at this size only, such as 1366x768 (repeatable; "
        "default: 1366x768 and 1920x1080)",
    )
    shots.set_defaults(func=cmd_screenshots)
    from mra_desktop.cli_sync import add_sync_commands  # keygen, install-key, *-sync

    add_sync_commands(sub)
    from mra_desktop.cli_mra import add_mra_commands  # national-report, export-xlsx, -csv

    add_mra_commands(sub)
    from mra_desktop.cli_backup import add_backup_commands  # backup create|list|restore

    add_backup_commands(sub)
    from mra_desktop.cli_partners import add_partner_commands  # init, identity, enrol, …

    add_partner_commands(sub)
    from mra_desktop.cli_newsletter import add_newsletter_commands  # newsletter list|new|…

    add_newsletter_commands(sub)
    from mra_desktop.cli_follow_up import add_follow_up_commands  # follow-up

    add_follow_up_commands(sub)
    from mra_desktop.cli_receipts import add_receipt_commands  # receipt, import-receipt, …

    add_receipt_commands(sub)
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
    except BrokenPipeError:
        # the reader went away (``mra-desktop info | head``): stop quietly, as other tools
        # do, and keep Python from complaining again when it flushes stdout at exit
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
    except Exception as exc:  # the environment: a locked database, a full disk, …
        message = _environment_failure(exc)
        if message is None:
            raise
        print(f"mra-desktop: {message}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print("mra-desktop: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
