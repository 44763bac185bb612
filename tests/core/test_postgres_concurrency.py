"""Several people at MRA on one PostgreSQL database at once, each in a process of its own
(tests/pg_worker.py): imports of different partners both land, the same file imported twice
at once is imported once, a reviewer working during a long import is neither blocked nor
lost, and concurrent edits of one record lose no update."""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import event, func, select, text

from mra_desktop.core import models as m
from mra_desktop.core.consolidation import set_exemplary
from mra_desktop.core.database import Database, open_database
from mra_desktop.core.mra_records import ChangeFlag, MeetingReview, ReviewEvent
from mra_desktop.core.postgres import LOCK_CLASS, PRESENCE
from mra_desktop.core.review import set_review_comment, set_review_state
from mra_desktop.core.services import Services
from mra_desktop.core.sync import import_sync_file
from tests import postgres_support as pg
from tests.benchmarks.sync_bench_data import (
    SIGNER,
    _finish,
    enrol_partner,
    generate_records,
    sync_file,
)

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def url():  # type: ignore[no-untyped-def]
    with pg.fresh_database() as address:
        yield address


@pytest.fixture
def mra(url: str):  # type: ignore[no-untyped-def]
    db = open_database(url)
    yield db
    db.close()


def _start(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.pg_worker", *args],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )


def _result(process: subprocess.Popen[str]) -> dict[str, Any]:
    out, err = process.communicate(timeout=300)
    assert process.returncode == 0, err
    return dict(json.loads(out.strip().splitlines()[-1]))


def _together() -> str:
    """A moment a few seconds ahead, when every worker has started and opened the database."""
    return str(time.time() + 3.0)


def _partner_file(
    folder: Path, name: str, records: dict[str, list[dict[str, Any]]],
    signer: Ed25519PrivateKey = SIGNER,
) -> Path:
    path = folder / name
    path.write_bytes(sync_file(records, None, signer))
    return path


def _count(db: Database, model: Any) -> int:
    with db.session() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_imports_of_two_partners_at_once_both_land(
    mra: Database, url: str, tmp_path: Path
) -> None:
    first, second = generate_records(2_000, seed=1), generate_records(2_000, seed=2)
    signers = [SIGNER, Ed25519PrivateKey.generate()]  # two partners' laptops
    files = []
    for n, (records, signer) in enumerate(zip((first, second), signers, strict=True)):
        enrol_partner(mra, records, signer)
        files.append(_partner_file(tmp_path, f"{n}.mrasync", records, signer))
    at = _together()
    workers = [_start("import", url, str(path), at) for path in files]
    results = [_result(worker) for worker in workers]

    assert [r["status"] for r in results] == ["imported", "imported"], results
    live = sum(1 for r in first["change"] + second["change"] if not r["deleted_at"])
    with mra.session() as session:
        assert session.scalar(
            select(func.count()).select_from(m.Change).where(m.Change.deleted_at.is_(None))
        ) == live
        assert session.scalar(select(func.count()).select_from(m.Meeting)) == len(
            first["meeting"]
        ) + len(second["meeting"])
    assert _count(mra, m.ImportLog) == 2


def test_the_same_file_imported_twice_at_once_is_imported_once(
    mra: Database, url: str, tmp_path: Path
) -> None:
    records = generate_records(3_000, seed=3)
    enrol_partner(mra, records)
    path = _partner_file(tmp_path, "amal.mrasync", records)
    at = _together()
    workers = [_start("import", url, str(path), at) for _ in range(2)]
    results = [_result(worker) for worker in workers]

    assert sorted(r["status"] for r in results) == ["already_imported", "imported"], results
    assert _count(mra, m.ImportLog) == 1
    assert _count(mra, m.Meeting) == len(records["meeting"])


def test_concurrent_edits_of_one_record_lose_no_update(mra: Database, url: str) -> None:
    organisation = Services(mra).organisations.create(
        name="Mobilising for Rights Associates", city="Rabat", region="Rabat-Salé-Kénitra"
    ).record_id
    workers, times = 3, 15
    at = _together()
    processes = [_start("edit", url, organisation, str(times), at) for _ in range(workers)]
    revisions = [r for p in processes for r in _result(p)["revisions"]]

    # every edit got a revision of its own: none was written over another's
    assert sorted(revisions) == list(range(2, 2 + workers * times))
    with mra.session() as session:
        stored = session.get(m.Organisation, organisation)
        assert stored is not None and stored.revision == 1 + workers * times


def _changed_meetings(
    records: dict[str, list[dict[str, Any]]], count: int
) -> dict[str, list[dict[str, Any]]]:
    """The same records, the first ``count`` meetings edited by the partner since."""
    newer = copy.deepcopy(records)
    for meeting in newer["meeting"][:count]:
        meeting["title"] += " (revue)"
        meeting["revision"] += 1
        _finish("meeting", meeting)
    return newer


def _import_running(db: Database) -> bool:
    """Whether another session holds an import's lock (a partner's or a file's) now."""
    with db.engine.connect() as conn:
        held = conn.execute(
            text(
                "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted "
                "AND pid <> pg_backend_pid() AND NOT (classid = :c AND objid = :k "
                "AND objsubid = 2)"
            ),
            {"c": LOCK_CLASS, "k": PRESENCE},
        ).scalar_one()
    return bool(held)


def _wait_for_locks_at_most_one_second(db: Database) -> None:
    @event.listens_for(db.engine, "connect")
    def lock_timeout(connection: Any, _record: Any) -> None:
        with connection.cursor() as cursor:
            cursor.execute("SET lock_timeout = '1s'")
        connection.commit()  # a SET in a transaction rolled back by the pool would be lost

    db.engine.dispose()  # connections opened before now reconnect with the setting
    with db.engine.connect() as conn:
        assert conn.execute(text("SHOW lock_timeout")).scalar_one() == "1s"


def test_a_reviewer_during_a_long_import_is_neither_blocked_nor_lost(
    mra: Database, url: str, tmp_path: Path
) -> None:
    """The import replaces the very meetings being reviewed (their rows are locked while it
    writes) and brings 30,000 new records; the reviewer keeps working.

    "Not blocked for more than a second" is asked of the server, not of a stopwatch: the
    reviewer's connections wait at most one second for any lock (``lock_timeout``), so an
    edit that had to wait for the import's locks would fail with "lock timeout" here,
    whatever the load of the machine running the test."""
    _wait_for_locks_at_most_one_second(mra)
    small = generate_records(300, seed=4)
    reviewed = 5
    first = {t: rs for t, rs in small.items()}
    enrol_partner(mra, small)
    assert import_sync_file(
        mra, _partner_file(tmp_path, "1.mrasync", first), None, allow_unencrypted=True
    ).ok
    big = generate_records(30_000, seed=5)  # the same partner's later meetings
    organisation = small["organisation"][0]
    for meeting in big["meeting"]:
        meeting["organisation_id"] = organisation["id"]
        meeting["device_id"] = organisation["device_id"]
        _finish("meeting", meeting)
    later = _changed_meetings(small, reviewed)
    for record_type, rows in big.items():
        if record_type != "organisation":
            later[record_type] = later[record_type] + rows
    path = _partner_file(tmp_path, "2.mrasync", later)
    meetings = [r["id"] for r in small["meeting"][:reviewed]]
    change = next(r["id"] for r in small["change"] if r["meeting_id"] == meetings[0])

    worker = _start("import", url, str(path), str(time.time()))
    waits: list[float] = []
    during = 0
    states: list[str] = []
    comments: dict[str, str] = {}
    deadline = time.monotonic() + 240  # a safety net only
    n = 0
    while worker.poll() is None and time.monotonic() < deadline:
        meeting = meetings[n % reviewed]
        running = _import_running(mra)
        started = time.perf_counter()
        state = ("reviewed", "approved")[n % 2]
        set_review_state(mra, meeting, state, reviewer="Stephanie")
        comments[meeting] = f"Relu, étape {n}"
        set_review_comment(mra, meeting, comments[meeting], reviewer="Stephanie")
        set_exemplary(mra, change, n % 2 == 0, by="Stephanie")
        waits.append(time.perf_counter() - started)
        states.append(state)
        during += running and _import_running(mra)
        n += 1
        time.sleep(0.05)
    outcome = _result(worker)

    assert outcome["status"] == "imported", outcome
    assert during >= 3, f"the reviewer worked {during} times while the import was writing"
    assert len(waits) == len(states)  # every edit returned, none refused by lock_timeout
    with mra.session() as session:
        assert session.scalar(select(func.count()).select_from(ReviewEvent)) == len(states)
        for meeting, comment in comments.items():
            review = session.get(MeetingReview, meeting)
            assert review is not None and review.comment == comment
        flag = session.get(ChangeFlag, change)
        assert flag is not None and flag.exemplary == ((n - 1) % 2 == 0)
        titles = session.scalars(select(m.Meeting.title).where(m.Meeting.id.in_(meetings)))
        assert all(title.endswith("(revue)") for title in titles)
