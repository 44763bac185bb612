"""receipt (at MRA), import-receipt (at a partner) and public-key on the command line:
what they print, their exit codes, one line on stderr for every refusal, and that a
refused receipt leaves the database as it was."""

from __future__ import annotations

import json
import struct
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from mra_desktop.cli import main
from mra_desktop.core.database import open_database
from mra_desktop.core.identity import public_key_bytes, signing_key
from mra_desktop.core.receipts import container
from mra_desktop.core.receipts.container import HEADER, MAGIC, SIGNATURE_SIZE
from mra_desktop.core.receipts.writing import receipts_written
from mra_desktop.core.sync import list_imports
from mra_desktop.core.sync.keys import read_public_key
from tests.receipt_support import MSC_REASON, World, clone_world, make_world
from tests.sync_support import PASSPHRASE, dump

COMMENT = "Il manque le nombre de participants du parquet."


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> World:
    made = make_world(tmp_path_factory.mktemp("cli-receipts") / "world")
    made.review("has_issues", COMMENT)
    made.choose_msc()
    made.close()
    return made


@pytest.fixture
def world(template: World, tmp_path: Path) -> Iterator[World]:
    """The three databases, closed: the command line opens them itself."""
    made = clone_world(template, tmp_path / "world")
    made.close()
    yield made


def _db(world: World, name: str) -> str:
    return str(world.folder / f"{name}.sqlite")


def _amal_import(world: World) -> str:
    db = open_database(_db(world, "mra"))
    try:
        return next(i.id for i in list_imports(db)
                    if i.source_organisation_id == world.ids["organisation"])
    finally:
        db.close()


def _fadd_import(world: World) -> str:
    db = open_database(_db(world, "mra"))
    try:
        return next(i.id for i in list_imports(db)
                    if i.source_organisation_id == world.other_ids["organisation"])
    finally:
        db.close()


def _dump(world: World, name: str) -> dict:
    db = open_database(_db(world, name))
    try:
        return dump(db)
    finally:
        db.close()


def _receipt(world: World, capsys: pytest.CaptureFixture[str], name: str = "amal.mrareceipt",
             import_id: str | None = None) -> Path:
    path = world.folder / name
    code = main(["--db", _db(world, "mra"), "receipt", "--import",
                 (import_id or _amal_import(world))[:8], "-o", str(path)])
    assert code == 0, capsys.readouterr().err
    capsys.readouterr()
    return path


def test_mra_writes_a_receipt_and_the_partner_reads_it(
    world: World, capsys: pytest.CaptureFixture[str]
) -> None:
    path = world.folder / "amal.mrareceipt"
    code = main(["--db", _db(world, "mra"), "receipt", "--import", _amal_import(world)[:8],
                 "-o", str(path)])
    captured = capsys.readouterr()
    assert code == 0 and captured.err == ""
    lines = captured.out.splitlines()
    assert lines[0] == (
        f"Receipt written to {path} for Association Amal: 1 file, 1 meeting (1 has issues), "
        "1 national most significant change."
    )
    assert lines[1].startswith("Encrypted for 1 device of the partner (")
    assert path.exists()

    code = main(["--db", _db(world, "partner"), "import-receipt", str(path)])
    captured = capsys.readouterr()
    assert code == 0 and captured.err == ""
    out = captured.out
    assert "Your sync files MRA imported:\n  * file-2.mrasync, imported on " in out
    assert "Your meetings at MRA: 1 has issues." in out
    assert "2022-03-14  اجتماع اللجنة المحلية — Commission locale: has issues" in out
    assert f"      {COMMENT}" in out
    assert f"National most significant change (health): Bureaux réservés aux femmes victimes " \
           f"de violence. Reason: {MSC_REASON}" in out
    assert "FADD" not in out and "Chichaoua" not in out

    # the same again: nothing changes
    before = _dump(world, "partner")
    assert main(["--db", _db(world, "partner"), "import-receipt", str(path)]) == 0
    assert "was already imported on" in capsys.readouterr().out
    assert _dump(world, "partner") == before


def test_json_output_on_both_sides(world: World, capsys: pytest.CaptureFixture[str]) -> None:
    path = world.folder / "amal.mrareceipt"
    assert main(["--db", _db(world, "mra"), "receipt", "--import", _amal_import(world),
                 "-o", str(path), "--json"]) == 0
    written = json.loads(capsys.readouterr().out)
    assert written["organisation"] == "Association Amal"
    assert written["meetings"] == 1 and written["states"] == {"has_issues": 1}
    assert written["path"] == str(path)
    assert main(["--db", _db(world, "partner"), "import-receipt", str(path), "--json"]) == 0
    read = json.loads(capsys.readouterr().out)
    assert read["receipt_id"] == written["receipt_id"]
    assert [(m["state"], m["comment"]) for m in read["meetings"]] == [("has_issues", COMMENT)]
    assert read["meetings"][0]["national_msc"][0]["reason"] == MSC_REASON


# -- bad input: exit 2, one line on stderr, nothing written ----------------------------------
def test_mra_bad_input(world: World, capsys: pytest.CaptureFixture[str]) -> None:
    before = _dump(world, "mra")
    target = world.folder / "never.mrareceipt"
    cases = [
        (["receipt", "--import", "no-such-import", "-o", str(target)], "no-such-import"),
        (["receipt", "-o", str(target)], "the following arguments are required: --import"),
        (["receipt", "--import", _amal_import(world)], "the following arguments are required"),
        (["receipt", "--import", _amal_import(world), "-o", str(world.folder / "no" / "r")],
         ""),
    ]
    for args, words in cases:
        code = main(["--db", _db(world, "mra"), *args])
        captured = capsys.readouterr()
        assert code == 2, args
        assert captured.out == ""
        lines = captured.err.splitlines()
        assert len(lines) == 1 and lines[0].startswith("mra-desktop: "), (args, lines)
        assert words in lines[0]
        assert "Traceback" not in captured.err
    assert not target.exists()
    assert _dump(world, "mra") == before
    db = open_database(_db(world, "mra"))
    try:
        assert receipts_written(db) == []
    finally:
        db.close()


def _forged(world: World, path: Path) -> Path:
    data = path.read_bytes()
    body = data[:-SIGNATURE_SIZE]
    forged = world.folder / "forged.mrareceipt"
    forged.write_bytes(body + Ed25519PrivateKey.generate().sign(container.signed_message(body)))
    return forged


def _newer(world: World, path: Path) -> Path:
    data = path.read_bytes()
    size = struct.unpack_from(">I", data, 10)[0]
    manifest = data[14 : 14 + size].replace(b'"format_version": 1', b'"format_version": 2')
    body = HEADER.pack(MAGIC, 1, len(manifest)) + manifest + data[14 + size : -SIGNATURE_SIZE]
    db = open_database(_db(world, "mra"))
    try:
        signature = signing_key(db).sign(container.signed_message(body))
    finally:
        db.close()
    newer = world.folder / "newer.mrareceipt"
    newer.write_bytes(body + signature)
    return newer


def _truncated(world: World, path: Path) -> Path:
    cut = world.folder / "cut.mrareceipt"
    cut.write_bytes(path.read_bytes()[:-100])
    return cut


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (lambda w, p: _receipt_for_fadd(w), "This receipt is for another organisation (“FADD”)"),
        (_forged, "signature"),
        (_newer, "newer"),
        (_truncated, "truncated"),
        (lambda w, p: w.folder / "missing.mrareceipt", "There is no file"),
        (lambda w, p: w.folder, "is a folder, not a receipt"),
    ],
    ids=["another-partner", "forged", "newer-format", "truncated", "missing", "folder"],
)
def test_the_partner_refuses_a_bad_receipt_in_one_line(
    world: World, capsys: pytest.CaptureFixture[str], make: object, words: str
) -> None:
    genuine = _receipt(world, capsys)
    path = make(world, genuine)  # type: ignore[operator]
    capsys.readouterr()
    before = _dump(world, "partner")
    code = main(["--db", _db(world, "partner"), "import-receipt", str(path)])
    captured = capsys.readouterr()
    assert code == 2 and captured.out == ""
    lines = captured.err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("mra-desktop: ")
    assert words in lines[0]
    assert _dump(world, "partner") == before



def _receipt_for_fadd(world: World) -> Path:
    """A genuine receipt MRA wrote for FADD, brought to Association Amal's computer."""
    path = world.folder / "fadd.mrareceipt"
    assert main(["--db", _db(world, "mra"), "receipt", "--import", _fadd_import(world),
                 "-o", str(path)]) == 0
    return path


# -- MRA's public key file with the database's signing key -----------------------------------
def test_keygen_puts_the_databases_signing_key_in_the_public_key_file(
    world: World, capsys: pytest.CaptureFixture[str]
) -> None:
    (world.folder / "pass.txt").write_text(PASSPHRASE + "\n", encoding="utf-8")
    code = main(["--db", _db(world, "mra"), "keygen", "-o", str(world.folder / "new"),
                 "--passphrase-file", str(world.folder / "pass.txt")])
    out = capsys.readouterr().out
    assert code == 0
    public = read_public_key(world.folder / "new.pub")
    db = open_database(_db(world, "mra"))
    try:
        assert public.signing_key == public_key_bytes(signing_key(db))
    finally:
        db.close()
    assert f"Fingerprint: {public.fingerprint}" in out
    assert "Receipts are signed by this database" in out


def test_public_key_adds_the_signing_key_to_an_existing_key(
    world: World, capsys: pytest.CaptureFixture[str]
) -> None:
    old = world.folder / "old.pub"
    old.write_text(read_public_key_text(world), encoding="utf-8")
    target = world.folder / "mra-2.pub"
    code = main(["--db", _db(world, "mra"), "public-key", str(old), "-o", str(target)])
    out = capsys.readouterr().out
    assert code == 0
    written = read_public_key(target)
    assert written.raw == world.public.raw  # the same encryption key: files still open
    assert written.signing_key == world.public.signing_key
    assert f"Fingerprint: {written.fingerprint}" in out
    # bad input: a file that is not a key
    (world.folder / "note.txt").write_text("hello", encoding="utf-8")
    code = main(["--db", _db(world, "mra"), "public-key", str(world.folder / "note.txt"),
                 "-o", str(world.folder / "x.pub")])
    captured = capsys.readouterr()
    assert code == 2 and len(captured.err.splitlines()) == 1
    assert not (world.folder / "x.pub").exists()


def read_public_key_text(world: World) -> str:
    """MRA's public key file of format 1 (before receipts): the encryption key alone."""
    from mra_desktop.core.sync.keys import PublicKey

    return PublicKey(world.public.raw, world.public.label).to_text()
