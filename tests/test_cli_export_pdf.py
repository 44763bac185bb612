"""``mra-desktop export-pdf``: the command-line twin of the GUI's PDF export."""

from __future__ import annotations

import errno
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from mra_desktop.cli import main
from mra_desktop.core.database import open_database
from mra_desktop.core.services import Services
from tests.pdf_oracle import locate_paragraph, pdf_lines, pdf_text
from tests.report_meetings import add_meeting


@pytest.fixture
def database(tmp_path: Path) -> tuple[Path, str, str]:
    """A database with two meetings; returns its path and the two meeting ids."""
    path = tmp_path / "meetings.sqlite"
    db = open_database(path)
    try:
        services = Services(db)
        first = add_meeting(services, changes=2, actions=3)
        second = add_meeting(
            services, title="Réunion de suivi (Taza)", language="fr", changes=1, actions=1
        )
    finally:
        db.close()
    return path, first, second


def test_export_writes_the_report(
    database: tuple[Path, str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, first, _second = database
    target = tmp_path / "report.pdf"
    assert (
        main(["--db", str(db), "export-pdf", "--meeting", first, "--lang", "ar", "-o", str(target)])
        == 0
    )
    assert capsys.readouterr().out.strip() == f"Report written to {target}."
    assert target.read_bytes().startswith(b"%PDF-")
    found, problem = locate_paragraph("ثالثا: خطة العمل", pdf_lines(target), "rtl")
    assert found, problem


def test_a_unique_prefix_of_the_id_is_enough(
    database: tuple[Path, str, str], tmp_path: Path
) -> None:
    db, _first, second = database
    target = tmp_path / "r.pdf"
    assert (
        main(
            [
                "--db",
                str(db),
                "export-pdf",
                "--meeting",
                second[:10],
                "--lang",
                "en",
                "-o",
                str(target),
            ]
        )
        == 0
    )
    assert "Réunion de suivi (Taza)" in pdf_text(target)


def test_names_only_with_the_option(database: tuple[Path, str, str], tmp_path: Path) -> None:
    db, first, _second = database
    plain_report, named_report = tmp_path / "a.pdf", tmp_path / "b.pdf"
    assert (
        main(
            [
                "--db",
                str(db),
                "export-pdf",
                "--meeting",
                first,
                "--lang",
                "fr",
                "-o",
                str(plain_report),
            ]
        )
        == 0
    )
    assert (
        main(
            [
                "--db",
                str(db),
                "export-pdf",
                "--meeting",
                first,
                "--lang",
                "fr",
                "-o",
                str(named_report),
                "--names",
            ]
        )
        == 0
    )
    assert "Dr Salma Idrissi" not in pdf_text(plain_report)
    assert "Dr Salma Idrissi" in pdf_text(named_report)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--meeting", "zzzz", "--lang", "ar"], "No meeting has an id starting with 'zzzz'."),
        (["--meeting", "", "--lang", "ar"], "Give the id of a meeting"),
        (["--lang", "ar"], "the following arguments are required: --meeting"),
        (["--meeting", "x", "--lang", "de"], "invalid choice: 'de'"),
    ],
)
def test_bad_requests_end_with_one_line_and_exit_2(
    database: tuple[Path, str, str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    message: str,
) -> None:
    db, _first, _second = database
    code = main(["--db", str(db), "export-pdf", *args, "-o", str(tmp_path / "r.pdf")])
    err = capsys.readouterr().err
    assert code == 2
    assert err.count("\n") == 1 and err.startswith("mra-desktop")
    assert message in err
    assert not (tmp_path / "r.pdf").exists()


def test_an_ambiguous_prefix_asks_for_more(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db_path = tmp_path / "many.sqlite"
    db = open_database(db_path)
    try:
        services = Services(db)
        ids = [add_meeting(services, changes=0, actions=0) for _ in range(20)]
    finally:
        db.close()
    prefix = next(i[0] for i in ids if sum(j[0] == i[0] for j in ids) > 1)
    code = main(
        [
            "--db",
            str(db_path),
            "export-pdf",
            "--meeting",
            prefix,
            "--lang",
            "en",
            "-o",
            str(tmp_path / "r.pdf"),
        ]
    )
    assert code == 2
    assert "type more of the id" in capsys.readouterr().err


def test_an_unwritable_path_gives_one_line_and_exit_2(
    database: tuple[Path, str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    """A folder the user may not write in, simulated (CI runs as root, who may write
    anywhere): the report's temporary file cannot be made."""
    from mra_desktop.core import files

    def refused(*_args: Any, **_kwargs: Any) -> Any:
        raise PermissionError(errno.EACCES, "Permission denied")

    db, first, _second = database
    locked = tmp_path / "locked"
    locked.mkdir()
    monkeypatch.setattr(files.tempfile, "mkstemp", refused)
    code = main(
        ["--db", str(db), "export-pdf", "--meeting", first, "--lang", "ar", "-o", str(locked / "r.pdf")]
    )
    assert code == 2
    assert capsys.readouterr().err == f"mra-desktop: Cannot write {locked / 'r.pdf'}: permission denied.\n"
    assert list(locked.iterdir()) == []


def test_a_refused_write_gives_one_line_and_exit_2(
    database: tuple[Path, str, str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import errno
    import tempfile

    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    db, first, _second = database
    target = tmp_path / "r.pdf"
    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    assert (
        main(["--db", str(db), "export-pdf", "--meeting", first, "--lang", "en", "-o", str(target)])
        == 2
    )
    assert capsys.readouterr().err == f"mra-desktop: Cannot write {target}: permission denied.\n"
    assert not target.exists()


def test_a_missing_folder_gives_one_line_and_exit_2(
    database: tuple[Path, str, str], tmp_path: Path
) -> None:
    db, first, _second = database
    target = tmp_path / "no" / "such" / "folder" / "r.pdf"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mra_desktop",
            "--db",
            str(db),
            "export-pdf",
            "--meeting",
            first,
            "--lang",
            "fr",
            "-o",
            str(target),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 2
    assert result.stderr == f"mra-desktop: Cannot write {target}: the folder does not exist.\n"
    assert result.stdout == ""


def test_writing_over_a_folder_is_refused(
    database: tuple[Path, str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, first, _second = database
    assert (
        main(
            ["--db", str(db), "export-pdf", "--meeting", first, "--lang", "en", "-o", str(tmp_path)]
        )
        == 2
    )
    assert capsys.readouterr().err == f"mra-desktop: Cannot write {tmp_path}: it is a folder.\n"


def test_characters_no_font_can_draw_are_named_on_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "m.sqlite"
    db = open_database(path)
    try:
        meeting = add_meeting(Services(db), title="اجتماع 𓀀 tamaziɣt 👩\u200d⚖\ufe0f", changes=0, actions=0)
    finally:
        db.close()
    target = tmp_path / "r.pdf"
    code = main(["--db", str(path), "export-pdf", "--meeting", meeting, "--lang", "ar", "-o", str(target)])
    out, err = capsys.readouterr()
    assert code == 0 and target.is_file()
    assert out.strip() == f"Report written to {target}."
    assert err == (
        "mra-desktop: warning: no font of the report can draw 𓀀 (U+13000); "
        "printed as [U+code] instead.\n"
    )
    assert "[U+13000]" in pdf_text(target) and "tamaziɣt" in pdf_text(target)


# -- what export-pdf loads ---------------------------------------------------------------------

_MODULES_AFTER = """
import json, sys
from mra_desktop.cli import main
code = main(sys.argv[1:])
print(json.dumps(sorted(sys.modules)))
sys.exit(code)
"""

_MODULES_AFTER_OPENING = """
import json, sys
from mra_desktop.core.database import open_database
open_database(sys.argv[1]).close()
print(json.dumps(sorted(sys.modules)))
"""


def _loaded(script: str, *args: str) -> set[str]:
    result = subprocess.run(
        [sys.executable, "-c", script, *args], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    return set(json.loads(result.stdout.strip().splitlines()[-1]))


def _packages(modules: set[str], *names: str) -> list[str]:
    return sorted(m for m in modules if any(m == n or m.startswith(n + ".") for n in names))


def test_export_pdf_loads_no_interface_sync_or_cryptography(
    database: tuple[Path, str, str], tmp_path: Path
) -> None:
    db, first, _second = database
    target = tmp_path / "r.pdf"
    loaded = _loaded(
        _MODULES_AFTER, "--db", str(db), "export-pdf", "--meeting", first, "--lang", "ar",
        "-o", str(target),
    )
    assert target.read_bytes().startswith(b"%PDF-")
    assert "mra_desktop.core.report_pdf" in loaded  # the script did export
    unwanted = ("PySide6", "mra_desktop.ui", "mra_desktop.core.sync", "cryptography", "msgspec", "jsonschema")
    assert _packages(loaded, *unwanted) == []
    # nor MRA's own tables (reviews, newsletter, receipts), nor PostgreSQL's dialect, nor
    # reportlab's platypus (the pages are laid out by pdf_layout)
    others = (
        "mra_desktop.core.mra_records",
        "mra_desktop.core.newsletter",
        "mra_desktop.core.receipts",
        "sqlalchemy.dialects.postgresql",
        "reportlab.platypus",
    )
    assert _packages(loaded, *others) == []


def test_export_pdf_loads_the_migration_machinery_only_if_the_database_does(
    database: tuple[Path, str, str], tmp_path: Path
) -> None:
    db, first, _second = database
    if _packages(_loaded(_MODULES_AFTER_OPENING, str(db)), "alembic"):
        pytest.skip("opening an up-to-date database loads Alembic (core/database.py)")
    loaded = _loaded(
        _MODULES_AFTER, "--db", str(db), "export-pdf", "--meeting", first, "--lang", "ar",
        "-o", str(tmp_path / "r.pdf"),
    )
    assert _packages(loaded, "alembic", "mako") == []
