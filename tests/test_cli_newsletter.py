"""``mra-desktop newsletter list|new|render|publish`` as MRA's staff meet them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mra_desktop.cli import main
from mra_desktop.core.database import open_database
from mra_desktop.core.demo import demo_id
from mra_desktop.core.newsletter.issues import list_issues
from tests.mra_support import mra_demo_copy

DRAFT = demo_id("newsletter", "2022-2")
PUBLISHED = demo_id("newsletter", "2022-1")


@pytest.fixture
def mra_db(tmp_path: Path) -> Path:
    db = mra_demo_copy(tmp_path)
    db.close()
    return Path(db.path)


def _issue_count(path: Path) -> int:
    db = open_database(path)
    try:
        return len(list_issues(db))
    finally:
        db.close()


def test_list_shows_the_drafts_then_the_published_issues(mra_db: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["--db", str(mra_db), "newsletter", "list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith(DRAFT) and " draft " in lines[0]
    assert lines[1].startswith(PUBLISHED) and "No. 1" in lines[1] and "published 2022-08-25" in lines[1]
    assert main(["--db", str(mra_db), "newsletter", "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(i["id"], i["status"], i["number"]) for i in listed] == [
        (DRAFT, "draft", None), (PUBLISHED, "published", 1)]


def test_new_prints_the_drafts_id_then_render_and_publish(mra_db: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["--db", str(mra_db), "newsletter", "new", "--lang", "fr",
                 "--from", "2021-05-01", "--to", "2022-01-31", "--title", "Numéro d'essai"]) == 0
    captured = capsys.readouterr()
    issue_id = captured.out.strip()
    assert len(issue_id) == 36
    assert "left out" in captured.err and "Female gendarmes" in captured.err
    html, pdf = tmp_path / "n.html", tmp_path / "n.pdf"
    assert main(["--db", str(mra_db), "newsletter", "render", issue_id[:8],
                 "--format", "html", "-o", str(html)]) == 0
    assert main(["--db", str(mra_db), "newsletter", "render", issue_id,
                 "--format", "pdf", "-o", str(pdf)]) == 0
    text = html.read_text(encoding="utf-8")
    assert '<html lang="fr" dir="ltr">' in text and "Numéro d'essai" in text
    assert pdf.read_bytes().startswith(b"%PDF")
    assert main(["--db", str(mra_db), "newsletter", "publish", issue_id, "--by", "Nadia Tazi"]) == 0
    assert "Issue 2 published" in capsys.readouterr().out
    # a published issue is frozen: publishing it again is refused
    assert main(["--db", str(mra_db), "newsletter", "publish", issue_id]) == 2
    assert "cannot be changed" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("arguments", "sentence"),
    [
        (["new", "--lang", "ar", "--from", "2022-07-31", "--to", "2022-02-01"], "reversed"),
        (["new", "--lang", "ar", "--from", "2030-01-01", "--to", "2030-06-30"],
         "No approved meeting"),
        (["new", "--lang", "ar", "--from", "2022-02-30", "--to", "2022-06-30"], "YYYY-MM-DD"),
        (["new", "--lang", "de", "--from", "2022-01-01", "--to", "2022-06-30"], "invalid choice"),
        (["render", "0000", "--format", "html", "-o", "OUT"], "No newsletter issue"),
        (["render", DRAFT, "--format", "html", "-o", "MISSING/x.html"], "folder does not exist"),
        (["publish", "nope"], "No newsletter issue"),
    ],
)
def test_bad_input_is_one_sentence_exit_2_and_nothing_written(  # type: ignore[no-untyped-def]
    mra_db: Path, tmp_path: Path, capsys, arguments: list[str], sentence: str
) -> None:
    before = _issue_count(mra_db)
    arguments = [a.replace("OUT", str(tmp_path / "out.html")).replace("MISSING", str(tmp_path / "missing"))
                 for a in arguments]
    assert main(["--db", str(mra_db), "newsletter", *arguments]) == 2
    err = capsys.readouterr().err
    assert sentence in err and len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert _issue_count(mra_db) == before
    assert not (tmp_path / "out.html").exists() and not (tmp_path / "missing").exists()
