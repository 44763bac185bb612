"""The command line as a user meets it: output, exit codes, one-line errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from mra_desktop import __version__
from mra_desktop.cli import main


def run_cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "mra_desktop", *args],
        capture_output=True, text=True, cwd=cwd, env=env, timeout=120,
    )


def test_version() -> None:
    result = run_cli("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"mra-desktop {__version__}"


def test_info_json_on_a_new_database(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "d.sqlite"
    assert main(["--db", str(db), "info", "--json"]) == 0
    facts = json.loads(capsys.readouterr().out)
    assert facts["database"] == str(db)
    assert facts["integrity_check"] == "ok"
    assert facts["schema_revision"]
    assert facts["counts"] == {
        "organisation": 0, "meeting": 0, "participant": 0, "change": 0, "action_item": 0, "note": 0,
    }


def test_info_human_readable(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["--db", str(tmp_path / "d.sqlite"), "info"]) == 0
    out = capsys.readouterr().out
    assert "Integrity check: ok" in out and "change" in out


def test_database_from_environment(tmp_path: Path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "env.sqlite"
    monkeypatch.setenv("MRA_DESKTOP_DB", str(target))
    assert main(["info", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["database"] == str(target)


@pytest.mark.parametrize(
    "args, fragment",
    [
        (["frobnicate"], "invalid choice"),
        (["info", "--colour"], "unrecognized arguments"),
        (["--db"], "expected one argument"),
    ],
)
def test_bad_arguments_exit_2_with_one_line(args, fragment, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(args) == 2
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and fragment in lines[0]
    assert captured.out == ""


def test_a_bad_command_line_names_the_program_once(capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["frobnicate"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("mra-desktop: argument SUBCOMMAND: invalid choice: 'frobnicate'")
    assert err.count("mra-desktop") == 1
    assert main(["export-pdf", "--meeting", "x"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("mra-desktop: export-pdf: the following arguments are required")
    assert err.count("mra-desktop") == 1


def test_help_lists_every_subcommand_on_one_line(capsys) -> None:  # type: ignore[no-untyped-def]
    import argparse

    from mra_desktop.cli import build_parser

    parser = build_parser()
    (sub,) = (a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    described = {choice.dest: choice.help for choice in sub._get_subactions()}
    assert set(described) == set(parser.commands)  # every subcommand has a description
    with pytest.raises(SystemExit) as exit_info:
        main(["--help"])
    assert exit_info.value.code == 0
    lines = capsys.readouterr().out.splitlines()
    for name, description in described.items():
        listed = [line.split() for line in lines if line.split()[:1] == [name]]
        assert listed == [[name, *str(description).split()]], name


def test_unreadable_database_exit_2_with_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "photo.sqlite"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n not a database")
    result = run_cli("--db", str(bad), "info")
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        f"mra-desktop: {bad} is not an mra-desktop database (not an SQLite file)."
    ]
    assert "Traceback" not in result.stderr
    assert bad.read_bytes() == b"\x89PNG\r\n\x1a\n not a database"


def test_a_sync_file_or_identity_card_alone_opens_the_program_with_it() -> None:
    from mra_desktop.cli import build_parser, split_opened_file

    commands = set(build_parser().commands)
    assert split_opened_file(["Amal.mrasync"], commands) == ([], Path("Amal.mrasync"))
    assert split_opened_file(["--db", "x.sqlite", "card.MRAID"], commands) == (
        ["--db", "x.sqlite"], Path("card.MRAID"))
    # a subcommand keeps its own file arguments
    assert split_opened_file(["import-sync", "a.mrasync"], commands) == (
        ["import-sync", "a.mrasync"], None)
    assert split_opened_file(["notes.txt"], commands) == (["notes.txt"], None)


def test_a_missing_file_to_open_is_one_line_and_exit_code_2(tmp_path: Path, capsys: Any) -> None:
    from mra_desktop.cli import main

    assert main(["--db", str(tmp_path / "d.sqlite"), str(tmp_path / "gone.mrasync")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [f"mra-desktop: There is no file {tmp_path / 'gone.mrasync'}."]
    assert not (tmp_path / "d.sqlite").exists()


def test_output_piped_into_a_reader_that_stops_early_ends_quietly(tmp_path) -> None:
    """``mra-desktop info | head -0``: the reader is gone before the first line; no
    BrokenPipeError traceback, just a quiet end."""
    import os
    import subprocess
    import sys

    db = tmp_path / "piped.sqlite"
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        writer = subprocess.run(
            [sys.executable, "-m", "mra_desktop", "--db", str(db), "info", "--json"],
            stdout=write_end, stderr=subprocess.PIPE, text=True,
        )
    finally:
        os.close(write_end)
    assert writer.stderr == ""
    assert writer.returncode == 141
