"""keygen, install-key, export-sync and import-sync as a user meets them: what they print,
their exit codes, one line on stderr for every refusal, and what lands in the database.
(The partner's device is enrolled at MRA in each place, as after the phone call.)"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from mra_desktop.cli import main
from mra_desktop.core.database import open_database
from mra_desktop.core.services import Services
from tests.sync_support import (
    PASSPHRASE,
    dump,
    enrol_device,
    fill_partner,
    make_keys,
    records_of,
)


@pytest.fixture
def place(tmp_path: Path) -> Path:
    """A partner database with a meeting, MRA's keys, and a passphrase file."""
    db = open_database(tmp_path / "partner.sqlite")
    fill_partner(Services(db))
    mra = open_database(tmp_path / "mra.sqlite")
    enrol_device(mra, db)
    mra.close()
    db.close()
    public, _, private_text = make_keys()
    (tmp_path / "mra.pub").write_text(public.to_text(), encoding="utf-8")
    (tmp_path / "mra.key").write_text(private_text, encoding="utf-8")
    (tmp_path / "pass.txt").write_text(PASSPHRASE + "\n", encoding="utf-8")
    return tmp_path


def _err_lines(capsys: pytest.CaptureFixture[str]) -> tuple[str, list[str]]:
    captured = capsys.readouterr()
    return captured.out, captured.err.splitlines()


def test_keygen_writes_both_keys_and_prints_the_fingerprint(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "pass.txt").write_text("une phrase secrète\r\nignored line\n", encoding="utf-8")
    code = main(["keygen", "-o", str(tmp_path / "mra"), "--passphrase-file", str(tmp_path / "pass.txt")])
    out, err = _err_lines(capsys)
    assert code == 0 and err == []
    from mra_desktop.core.sync.keys import read_private_key, read_public_key

    public = read_public_key(tmp_path / "mra.pub")
    assert f"Fingerprint: {public.fingerprint}" in out
    # the private key opens what is encrypted for the public key file's encryption key;
    # the file also carries the database's signing key, which signs MRA's receipts
    assert read_private_key(tmp_path / "mra.key", "une phrase secrète").public.raw == public.raw
    assert public.signing_key is not None

    code = main(["keygen", "-o", str(tmp_path / "mra"), "--passphrase-file", str(tmp_path / "pass.txt")])
    out, err = _err_lines(capsys)
    assert code == 2 and out == ""
    assert err == [f"mra-desktop: {tmp_path / 'mra.pub'} already exists; choose another name so "
                   "that no key is overwritten."]


def test_keygen_without_a_passphrase_and_no_terminal_says_how(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    assert main(["keygen", "-o", str(tmp_path / "mra")]) == 2
    _, err = _err_lines(capsys)
    assert err == ["mra-desktop: No passphrase: give it in a file with --passphrase-file FILE, "
                   "or run the command in a terminal to type it."]
    assert list(tmp_path.iterdir()) == []


def test_keygen_refuses_a_short_passphrase(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "pass.txt").write_text("abc\n")
    assert main(["keygen", "-o", str(tmp_path / "mra"), "--passphrase-file", str(tmp_path / "pass.txt")]) == 2
    _, err = _err_lines(capsys)
    assert err == ["mra-desktop: The passphrase must be at least 8 characters long."]


def test_install_export_and_import_through_the_command_line(
    place: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    partner, mra = str(place / "partner.sqlite"), str(place / "mra.sqlite")
    assert main(["--db", partner, "install-key", str(place / "mra.pub")]) == 0
    out, _ = _err_lines(capsys)
    assert "is installed" in out and "will be encrypted for it" in out
    assert main(["--db", partner, "export-sync", "-o", str(place / "amal.mrasync")]) == 0
    out, err = _err_lines(capsys)
    assert out.startswith(
        f"Sync file written to {place / 'amal.mrasync'}: 7 records of Association Amal"
    )
    assert "encrypted for the key with fingerprint" in out and err == []
    assert "signed by this device (fingerprint " in out

    code = main(["--db", mra, "import-sync", str(place / "amal.mrasync"),
                 "--key", str(place / "mra.key"), "--passphrase-file", str(place / "pass.txt")])
    out, err = _err_lines(capsys)
    assert code == 0 and err == []
    assert out.startswith(f"{place / 'amal.mrasync'}: Imported from Association Amal")
    assert "6 new, 0 updated, 0 unchanged, 0 conflicts, 1 deleted." in out
    partner_db, mra_db = open_database(partner), open_database(mra)
    assert records_of(mra_db) == records_of(partner_db)
    partner_db.close()

    code = main(["--db", mra, "import-sync", str(place / "amal.mrasync"), "--json",
                 "--key", str(place / "mra.key"), "--passphrase-file", str(place / "pass.txt")])
    out, err = _err_lines(capsys)
    [outcome] = json.loads(out)
    assert code == 0 and err == []
    assert outcome["status"] == "already_imported" and outcome["counts"]["unchanged"] == 7
    mra_db.close()


def test_export_without_a_key_is_refused_and_unencrypted_is_explicit(
    place: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    partner = str(place / "partner.sqlite")
    assert main(["--db", partner, "export-sync", "-o", str(place / "a.mrasync")]) == 2
    out, err = _err_lines(capsys)
    assert out == "" and len(err) == 1 and "--unencrypted" in err[0]
    assert not (place / "a.mrasync").exists()

    assert main(["--db", partner, "export-sync", "-o", str(place / "a.mrasync"), "--unencrypted"]) == 0
    out, err = _err_lines(capsys)
    assert "not encrypted" in out
    assert err == ["mra-desktop: warning: This sync file is not encrypted: anyone who gets a copy "
                   "of it can read everything it holds."]

    code = main(["--db", partner, "export-sync", "-o", str(place / "b.mrasync"),
                 "--unencrypted", "--recipient", str(place / "mra.pub")])
    out, err = _err_lines(capsys)
    assert code == 2 and len(err) == 1 and "not allowed with argument" in err[0]


def test_wrong_passphrase_and_missing_key_each_get_one_line(
    place: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    partner, mra = str(place / "partner.sqlite"), str(place / "mra.sqlite")
    main(["--db", partner, "export-sync", "-o", str(place / "a.mrasync"),
          "--recipient", str(place / "mra.pub")])
    capsys.readouterr()
    (place / "wrong.txt").write_text("not the passphrase\n")

    assert main(["--db", mra, "import-sync", str(place / "a.mrasync"), "--key",
                 str(place / "mra.key"), "--passphrase-file", str(place / "wrong.txt")]) == 2
    _, err = _err_lines(capsys)
    assert err == [f"mra-desktop: The passphrase is wrong for the private key {place / 'mra.key'}."]

    assert main(["--db", mra, "import-sync", str(place / "a.mrasync")]) == 2
    _, err = _err_lines(capsys)
    assert len(err) == 1 and err[0].startswith(f"mra-desktop: {place / 'a.mrasync'}: This file is "
                                               "encrypted for MRA's key")

    assert main(["--db", mra, "import-sync", str(place / "a.mrasync"),
                 "--passphrase-file", str(place / "pass.txt")]) == 2
    _, err = _err_lines(capsys)
    assert err == ["mra-desktop: --passphrase-file goes with --key (MRA's private key file)."]


def test_a_damaged_file_among_good_ones(place: Path, capsys: pytest.CaptureFixture[str]) -> None:
    partner, mra = str(place / "partner.sqlite"), str(place / "mra.sqlite")
    main(["--db", partner, "export-sync", "-o", str(place / "good.mrasync"), "--unencrypted"])
    data = (place / "good.mrasync").read_bytes()
    (place / "damaged.mrasync").write_bytes(data[:-50] + bytes([data[-50] ^ 4]) + data[-49:])
    capsys.readouterr()
    mra_db = open_database(mra)
    mra_db.close()

    code = main(["--db", mra, "import-sync", str(place / "damaged.mrasync"),
                 str(place / "good.mrasync"), "--allow-unencrypted"])
    out, err = _err_lines(capsys)
    assert code == 2
    assert err == [f"mra-desktop: {place / 'damaged.mrasync'}: The file has been altered or "
                   "damaged: its signature does not match its contents."]
    assert out.startswith(f"{place / 'good.mrasync'}: Imported from Association Amal")


def test_the_installed_program_refuses_a_hostile_file_with_exit_code_2(place: Path) -> None:
    (place / "bomb.mrasync").write_bytes(b"MRASYNC\x00\x00\x01\xff\xff\xff\xff" + bytes(100))
    db = open_database(place / "mra.sqlite")
    before = dump(db)
    db.close()
    result = subprocess.run(
        [sys.executable, "-m", "mra_desktop", "--db", str(place / "mra.sqlite"), "import-sync",
         str(place / "bomb.mrasync")],
        capture_output=True, text=True, timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.splitlines() == [
        f"mra-desktop: {place / 'bomb.mrasync'}: The file is damaged or hostile: it announces a "
        "manifest of 4294967295 bytes (at most 65536)."
    ]
    db = open_database(place / "mra.sqlite")
    assert dump(db) == before
    db.close()


def test_install_key_never_replaces_a_key_silently(
    place: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    partner = str(place / "partner.sqlite")
    other, _, _ = make_keys("MRA's new key, this year")
    (place / "new.pub").write_text(other.to_text(), encoding="utf-8")
    assert main(["--db", partner, "install-key", str(place / "mra.pub")]) == 0
    capsys.readouterr()
    assert main(["--db", partner, "install-key", str(place / "mra.pub")]) == 0
    out, _ = _err_lines(capsys)
    assert "was already installed" in out

    assert main(["--db", partner, "install-key", str(place / "new.pub")]) == 2
    out, err = _err_lines(capsys)
    first = (place / "mra.pub").read_text().split("Fingerprint: ")[1].splitlines()[0]
    assert out == "" and len(err) == 1
    assert first in err[0] and other.fingerprint in err[0] and "--replace" in err[0]

    assert main(["--db", partner, "install-key", str(place / "new.pub"), "--replace"]) == 0
    out, _ = _err_lines(capsys)
    assert other.fingerprint in out


def test_import_with_several_keys_while_mra_changes_its_key(
    place: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    partner, mra = str(place / "partner.sqlite"), str(place / "mra.sqlite")
    new_public, _, new_private = make_keys("MRA's new key, this year")
    (place / "new.pub").write_text(new_public.to_text(), encoding="utf-8")
    (place / "new.key").write_text(new_private, encoding="utf-8")
    (place / "new-pass.txt").write_text("MRA's new key, this year\n", encoding="utf-8")
    main(["--db", partner, "export-sync", "-o", str(place / "old.mrasync"),
          "--recipient", str(place / "mra.pub")])
    main(["--db", partner, "export-sync", "-o", str(place / "new.mrasync"),
          "--recipient", str(place / "new.pub")])
    capsys.readouterr()

    code = main(["--db", mra, "import-sync", str(place / "old.mrasync"),
                 "--key", str(place / "new.key"), "--passphrase-file", str(place / "new-pass.txt")])
    _, err = _err_lines(capsys)
    assert code == 2 and len(err) == 1 and "which is not among the keys given" in err[0]

    code = main(["--db", mra, "import-sync", str(place / "old.mrasync"), str(place / "new.mrasync"),
                 "--key", str(place / "new.key"), "--passphrase-file", str(place / "new-pass.txt"),
                 "--key", str(place / "mra.key"), "--passphrase-file", str(place / "pass.txt")])
    out, err = _err_lines(capsys)
    assert code == 0 and err == [] and out.count("Imported from Association Amal") == 2
    assert "7 unchanged" in out  # the second file holds the same records

    code = main(["--db", mra, "import-sync", str(place / "old.mrasync"),
                 "--key", str(place / "new.key"), "--key", str(place / "mra.key"),
                 "--passphrase-file", str(place / "pass.txt"),
                 "--passphrase-file", str(place / "pass.txt"), "--passphrase-file", str(place / "pass.txt")])
    _, err = _err_lines(capsys)
    assert code == 2 and err == ["mra-desktop: Give one --passphrase-file for every --key "
                                 "(2 keys, 3 passphrase files), or one for all."]


def test_an_unencrypted_or_unsigned_file_is_imported_only_when_asked(
    place: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.sync_support import build_v1_file

    partner, mra = str(place / "partner.sqlite"), str(place / "mra.sqlite")
    main(["--db", partner, "export-sync", "-o", str(place / "open.mrasync"), "--unencrypted"])
    (place / "old.mrasync").write_bytes(build_v1_file(organisation="Tafiil\x1b[2J\nOK"))
    capsys.readouterr()
    assert main(["--db", mra, "import-sync", str(place / "open.mrasync")]) == 2
    _, err = _err_lines(capsys)
    assert len(err) == 1 and "--allow-unencrypted" in err[0]
    assert main(["--db", mra, "import-sync", str(place / "open.mrasync"), "--allow-unencrypted"]) == 0
    out, _ = _err_lines(capsys)
    assert "(exported " in out and "; unencrypted)" in out

    assert main(["--db", mra, "import-sync", str(place / "old.mrasync"), "--allow-unencrypted"]) == 2
    _, err = _err_lines(capsys)
    assert len(err) == 1 and "--allow-unsigned" in err[0]
    assert main(["--db", mra, "import-sync", str(place / "old.mrasync"), "--allow-unencrypted",
                 "--allow-unsigned"]) == 0
    out, err = _err_lines(capsys)
    assert err == [] and len(out.splitlines()) == 1
    assert "Tafiil\\x1b[2J\\x0aOK" in out and "unsigned and unencrypted" in out


def test_a_locked_database_is_one_line(place: Path, capsys: pytest.CaptureFixture[str],
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    import sqlite3

    from mra_desktop.core import database

    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 100)
    partner = place / "partner.sqlite"
    lock = sqlite3.connect(partner)
    lock.execute("BEGIN IMMEDIATE")
    try:
        code = main(["--db", str(partner), "export-sync", "-o", str(place / "a.mrasync"),
                     "--unencrypted"])
    finally:
        lock.rollback()
        lock.close()
    out, err = _err_lines(capsys)
    assert code == 2 and out == ""
    assert err == ["mra-desktop: The database is busy: another program has been writing to it "
                   "for too long. Try again in a moment; nothing was changed."]
    assert not (place / "a.mrasync").exists()


def test_a_file_size_limit_during_export_is_one_line(place: Path) -> None:
    """`ulimit -f`: writes beyond the limit fail (Python ignores SIGXFSZ)."""
    target = place / "limited.mrasync"
    result = subprocess.run(
        ["bash", "-c", f'ulimit -f 2; exec "{sys.executable}" -m mra_desktop --db '
                       f'"{place / "partner.sqlite"}" export-sync -o "{target}" --unencrypted'],
        capture_output=True, text=True, timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 2, result.stderr
    [line] = result.stderr.splitlines()
    assert line.startswith("mra-desktop: ") and "Traceback" not in result.stderr
    assert not target.exists()
    assert [p.name for p in place.iterdir() if p.name.startswith(".limited")] == []
