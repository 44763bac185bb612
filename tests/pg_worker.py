"""One of several people at MRA, in a process of its own, for the tests with several
writers on one PostgreSQL database (tests/core/test_postgres_concurrency.py):

    python -m tests.pg_worker import URL FILE START_AT
    python -m tests.pg_worker edit URL ORGANISATION_ID TIMES START_AT

Each opens the database, waits for START_AT (a time.time() value, so that the processes
start their work together), does its work and prints one line of JSON.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path


def _wait(start_at: str) -> None:
    delay = float(start_at) - time.time()
    if delay > 0:
        time.sleep(delay)


def main(argv: list[str]) -> int:
    from mra_desktop.core.database import open_database

    command, url = argv[0], argv[1]
    db = open_database(url)
    try:
        if command == "import":
            from mra_desktop.core.sync import import_sync_file

            _wait(argv[3])
            started = time.time()
            outcome = import_sync_file(db, Path(argv[2]), None, allow_unencrypted=True)
            print(json.dumps({
                "status": outcome.status, "message": outcome.message,
                "started": started, "ended": time.time(),
            }))
        elif command == "edit":
            from mra_desktop.core.services import Services

            organisations = Services(db).organisations
            _wait(argv[4])
            revisions = [
                organisations.update(argv[2], city=f"City {os.getpid()}-{n}").revision
                for n in range(int(argv[3]))
            ]
            print(json.dumps({"revisions": revisions}))
        else:
            raise SystemExit(f"unknown command {command}")
    finally:
        db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
