"""MRA's subcommands as a user meets them: demo --mra, national-report, export-xlsx,
export-csv."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from mra_desktop.cli import main
from mra_desktop.core.database import open_database
from mra_desktop.core.demo import demo_id
from mra_desktop.core.mra_side import is_mra_database
from mra_desktop.core.review import received_meetings, state_counts
from tests.mra_support import mra_demo_copy


@pytest.fixture
def mra_db(tmp_path: Path) -> Path:
    db = mra_demo_copy(tmp_path)
    db.close()
    return Path(db.path)


def test_demo_mra_loads_once_and_marks_everything_as_received(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "mra.sqlite"
    assert main(["--db", str(path), "demo", "--mra"]) == 0
    out = capsys.readouterr().out
    assert "MRA's demo data loaded" in out and "6 import" in out and "4 msc_choice" in out
    assert main(["--db", str(path), "demo", "--mra"]) == 0
    assert "already in" in capsys.readouterr().out
    db = open_database(path)
    try:
        assert is_mra_database(db)
        rows = received_meetings(db)
        assert len(rows) == 17
        assert state_counts(rows) == {"received": 2, "reviewed": 1, "approved": 13,
                                      "has_issues": 1, "changed": 0}
        [issue] = [r for r in rows if r.review.state == "has_issues"]
        assert issue.id == demo_id("meeting", "vfm-2022-05-informal-agadir")
        assert "Where exactly" in issue.review.comment
    finally:
        db.close()


def test_demo_mra_on_top_of_the_partner_demo(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "d.sqlite"
    assert main(["--db", str(path), "demo"]) == 0
    assert main(["--db", str(path), "demo", "--mra"]) == 0
    out = capsys.readouterr().out
    assert "6 import" in out and " meeting" not in out.split("MRA's demo data loaded")[1]
    db = open_database(path)
    try:
        assert len(received_meetings(db)) == 17
    finally:
        db.close()


def test_export_xlsx_and_csv(mra_db: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "national.xlsx"
    assert main(["--db", str(mra_db), "export-xlsx", "--lang", "fr", "--from", "2022-01-01",
                 "-o", str(out)]) == 0
    said = capsys.readouterr().out
    assert said.startswith(f"Spreadsheet written to {out}: 7 meetings,")
    assert "(approved meetings only)" in said
    workbook = openpyxl.load_workbook(out)
    assert workbook.sheetnames == ["Réunions", "Participants par secteur", "Changements",
                                   "Plan d'action", "Matrice de consolidation"]
    assert workbook.worksheets[0].max_row == 8
    partner = demo_id("organisation", "vfm")
    assert main(["--db", str(mra_db), "export-csv", "--all-states", "--partner", partner[:8],
                 "-o", str(tmp_path / "csv")]) == 0
    said = capsys.readouterr().out
    assert "5 CSV files written" in said and "3 meetings" in said and "(all review states)" in said
    assert (tmp_path / "csv" / "meetings.csv").read_bytes().startswith(b"\xef\xbb\xbf")


@pytest.mark.parametrize("args,sentence", [
    (["--from", "2022-06-01", "--to", "2022-01-01"], "The period is reversed"),
    (["--from", "2030-01-01"], "No approved meeting received from a partner was held on or after"),
    (["--partner", "ffffffff"], "No partner has the id 'ffffffff'"),
    (["--to", "31/12/2022"], "--to takes a date written YYYY-MM-DD"),
])
def test_bad_input_exits_2_with_one_sentence_and_writes_nothing(
    mra_db: Path, tmp_path: Path, capsys, args: list[str], sentence: str  # type: ignore[no-untyped-def]
) -> None:
    for command, target in (("export-xlsx", tmp_path / "x.xlsx"), ("export-csv", tmp_path / "csv"),
                            ("national-report", tmp_path / "r.pdf")):
        lang = ["--lang", "ar"] if command == "national-report" else []
        assert main(["--db", str(mra_db), command, *lang, *args, "-o", str(target)]) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and sentence in err and "nothing was written" in err
        assert not target.exists()


def test_an_unwritable_place_exits_2(mra_db: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["--db", str(mra_db), "export-xlsx", "-o", str(tmp_path / "no" / "x.xlsx")]) == 2
    assert "the folder does not exist" in capsys.readouterr().err
    assert main(["--db", str(mra_db), "export-csv", "-o", str(tmp_path / "no" / "csv")]) == 2
    assert "does not exist" in capsys.readouterr().err
    assert not (tmp_path / "no").exists()


def test_national_report(mra_db: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "national.pdf"
    assert main(["--db", str(mra_db), "national-report", "--lang", "fr", "--from", "2022-01-01",
                 "-o", str(out)]) == 0
    captured = capsys.readouterr()
    assert captured.out.startswith(f"National report written to {out}: 7 meetings, ")
    assert "(approved meetings only)" in captured.out and captured.err == ""
    assert out.read_bytes().startswith(b"%PDF-")
    partner = demo_id("organisation", "vfm")
    assert main(["--db", str(mra_db), "national-report", "--lang", "en", "--all-states",
                 "--partner", partner[:8], "-o", str(out)]) == 0
    said = capsys.readouterr().out
    assert ": 3 meetings, " in said and "(all review states)" in said


def test_national_report_refuses_a_missing_language_or_an_unwritable_place(
    mra_db: Path, tmp_path: Path, capsys  # type: ignore[no-untyped-def]
) -> None:
    assert main(["--db", str(mra_db), "national-report", "-o", str(tmp_path / "r.pdf")]) == 2
    assert "--lang" in capsys.readouterr().err
    assert main(["--db", str(mra_db), "national-report", "--lang", "de", "-o",
                 str(tmp_path / "r.pdf")]) == 2
    capsys.readouterr()
    for target, sentence in ((tmp_path / "no" / "r.pdf", "the folder does not exist"),
                             (tmp_path, "it is a folder")):
        assert main(["--db", str(mra_db), "national-report", "--lang", "en", "-o",
                     str(target)]) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and sentence in err and "nothing was written" in err
    assert not (tmp_path / "no").exists() and not (tmp_path / "r.pdf").exists()


def test_national_report_warns_of_undrawable_characters(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    from mra_desktop.core.review import set_review_state
    from mra_desktop.core.services import Services
    from tests.mra_support import received

    db = open_database(tmp_path / "mra.sqlite")
    try:
        made = received(Services(db), changes=({"sector": "justice", "title": "Sceau \U00013000"},))
        set_review_state(db, made["meeting"], "approved", reviewer="K")
    finally:
        db.close()
    out = tmp_path / "r.pdf"
    assert main(["--db", str(tmp_path / "mra.sqlite"), "national-report", "--lang", "ar",
                 "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert "warning: no font of the report can draw \U00013000 (U+13000)" in err
    assert out.exists()
