"""init and identity at a partner; enrol, partners, revoke, imports and revert-import at
MRA: what they print, their exit codes, and one line on stderr for every refusal."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mra_desktop.cli import main
from mra_desktop.core.database import open_database
from mra_desktop.core.identity import database_identity
from mra_desktop.core.services import Services
from tests.sync_support import records_of


def _out(capsys: pytest.CaptureFixture[str]) -> tuple[str, list[str]]:
    captured = capsys.readouterr()
    return captured.out, captured.err.splitlines()


@pytest.fixture
def partner(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """A partner database made with init, with a meeting and a change."""
    path = tmp_path / "amal.sqlite"
    assert main(["--db", str(path), "init", "--organisation", "Association Amal",
                 "--facilitator", "Fatima Zahra", "--lang", "ar"]) == 0
    capsys.readouterr()
    db = open_database(path)
    services = Services(db)
    identity = database_identity(db)
    assert identity.organisation_id is not None
    meeting = services.meetings.create(organisation_id=identity.organisation_id,
                                       title="Commission locale", sectors=["health"])
    services.changes.create(meeting_id=meeting.record_id, sector="health", title="Bureau séparé")
    db.close()
    return path


def test_init_then_identity_writes_a_card_with_the_fingerprint(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "p.sqlite"
    assert main(["--db", str(path), "init", "--organisation", "Association Amal",
                 "--facilitator", "Fatima Zahra", "--lang", "fr"]) == 0
    out, err = _out(capsys)
    assert err == [] and "now belongs to Association Amal" in out and "Device fingerprint:" in out
    fingerprint = out.split("Device fingerprint: ")[1].splitlines()[0]
    db = open_database(path)
    identity = database_identity(db)
    db.close()
    assert (identity.organisation_name, identity.facilitator, identity.language) == (
        "Association Amal", "Fatima Zahra", "fr")

    assert main(["--db", str(path), "identity", "-o", str(tmp_path / "amal.mraid")]) == 0
    out, err = _out(capsys)
    assert err == [] and f"Fingerprint:  {fingerprint}" in out
    card = json.loads((tmp_path / "amal.mraid").read_text(encoding="utf-8"))
    assert card["signing_key"]["fingerprint"] == fingerprint

    assert main(["--db", str(path), "init", "--organisation", "Association Tafiil"]) == 2
    out, err = _out(capsys)
    assert out == "" and err == [
        "mra-desktop: This database already belongs to “Association Amal”; change the "
        "organisation in the program's Settings if it really changed."
    ]


def test_identity_of_a_database_without_organisation_says_how(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(tmp_path / "new.sqlite"), "identity", "-o",
                 str(tmp_path / "x.mraid")]) == 2
    _, err = _out(capsys)
    assert err == ["mra-desktop: This database does not say which organisation it belongs to "
                   "yet; open the program once, or run 'mra-desktop init --organisation NAME'."]
    assert not (tmp_path / "x.mraid").exists()


def test_enrol_import_list_revoke_and_undo(
    partner: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mra = str(tmp_path / "mra.sqlite")
    card = tmp_path / "amal.mraid"
    main(["--db", str(partner), "identity", "-o", str(card)])
    main(["--db", str(partner), "export-sync", "-o", str(tmp_path / "a.mrasync"), "--unencrypted"])
    capsys.readouterr()

    assert main(["--db", mra, "import-sync", str(tmp_path / "a.mrasync"),
                 "--allow-unencrypted"]) == 2
    _, err = _out(capsys)
    assert len(err) == 1 and "signed by a device MRA has not enrolled" in err[0]

    assert main(["--db", mra, "enrol", str(card), "--json"]) == 0
    out, err = _out(capsys)
    enrolled = json.loads(out)
    assert err == [] and enrolled["organisation"] == "Association Amal"
    assert enrolled["already_enrolled"] is False and len(enrolled["fingerprint"]) == 29
    assert main(["--db", mra, "enrol", str(card)]) == 0
    out, _ = _out(capsys)
    assert "already enrolled" in out and enrolled["fingerprint"] in out

    assert main(["--db", mra, "import-sync", str(tmp_path / "a.mrasync"),
                 "--allow-unencrypted"]) == 0
    capsys.readouterr()
    assert main(["--db", mra, "partners", "--json"]) == 0
    [row] = json.loads(capsys.readouterr().out)
    assert row["imports"] == 1 and row["last_import_at"] and row["revoked_at"] is None
    assert main(["--db", mra, "partners"]) == 0
    out, _ = _out(capsys)
    assert "Association Amal" in out and enrolled["fingerprint"] in out and "last import" in out

    assert main(["--db", mra, "imports", "--json"]) == 0
    [log] = json.loads(capsys.readouterr().out)
    assert log["counts"]["new"] == 3 and log["signer_fingerprint"] == enrolled["fingerprint"]
    assert log["encrypted"] is False and log["format_version"] == 2

    assert main(["--db", mra, "revert-import", log["id"][:8]]) == 0
    out, _ = _out(capsys)
    assert "undone: 3 records removed" in out
    db = open_database(mra)
    assert all(not rows for rows in records_of(db).values())
    db.close()
    assert main(["--db", mra, "imports"]) == 0
    assert "UNDONE" in capsys.readouterr().out
    assert main(["--db", mra, "revert-import", log["id"]]) == 2
    _, err = _out(capsys)
    assert len(err) == 1 and "already undone" in err[0]

    assert main(["--db", mra, "revoke", enrolled["fingerprint"]]) == 0
    out, _ = _out(capsys)
    assert "its files are refused from now on" in out
    assert main(["--db", mra, "import-sync", str(tmp_path / "a.mrasync"),
                 "--allow-unencrypted"]) == 2
    _, err = _out(capsys)
    assert len(err) == 1 and "revoked on" in err[0]
    assert main(["--db", mra, "revoke", "00000 00000 00000 00000 00000"]) == 2
    _, err = _out(capsys)
    assert err == ["mra-desktop: No enrolled device has the fingerprint 00000 00000 00000 00000 "
                   "00000."]


def test_a_hostile_card_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    card = tmp_path / "evil.mraid"
    card.write_bytes(b'{"format": "mra-desktop-identity-card", "version": 1, "format": "x"}')
    assert main(["--db", str(tmp_path / "mra.sqlite"), "enrol", str(card)]) == 2
    out, err = _out(capsys)
    assert out == "" and err == [f"mra-desktop: {card} is not an mra-desktop identity card."]
    evil = tmp_path / "evil\x1b[2J.mraid"
    evil.write_bytes(b"x" * 20_000)
    assert main(["--db", str(tmp_path / "mra.sqlite"), "enrol", str(evil)]) == 2
    _, err = _out(capsys)
    assert len(err) == 1 and "\\x1b[2J" in err[0] and "\x1b" not in err[0]


def test_a_new_key_needs_a_new_enrolment(
    partner: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mra = str(tmp_path / "mra.sqlite")
    main(["--db", str(partner), "identity", "-o", str(tmp_path / "old.mraid")])
    main(["--db", mra, "enrol", str(tmp_path / "old.mraid")])
    assert main(["--db", str(partner), "identity", "--new-key", "-o",
                 str(tmp_path / "new.mraid")]) == 0
    out, _ = _out(capsys)
    assert "new signing key" in out
    main(["--db", str(partner), "export-sync", "-o", str(tmp_path / "a.mrasync"), "--unencrypted"])
    capsys.readouterr()
    assert main(["--db", mra, "import-sync", str(tmp_path / "a.mrasync"), "--allow-unencrypted"]) == 2
    capsys.readouterr()
    assert main(["--db", mra, "enrol", str(tmp_path / "new.mraid")]) == 0
    out, _ = _out(capsys)
    assert "This device had another key enrolled" in out
    assert main(["--db", mra, "import-sync", str(tmp_path / "a.mrasync"), "--allow-unencrypted"]) == 0
