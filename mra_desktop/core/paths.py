"""Where the database lives by default: light enough for the program's first paint, which
comes before SQLAlchemy is loaded (:mod:`mra_desktop.core.database` re-exports these)."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "mra-desktop"
DB_ENV_VAR = "MRA_DESKTOP_DB"


def default_database_path() -> Path:
    """The database in the user's data folder, unless ``MRA_DESKTOP_DB`` names another."""
    override = os.environ.get(DB_ENV_VAR)
    if override:
        return Path(override).expanduser()
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False) / "mra-desktop.sqlite"
