"""Where the database lives by default: light enough for the program's first paint, which
comes before SQLAlchemy is loaded (:mod:`mra_desktop.core.database` re-exports these)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mra_desktop.core.location import Location

APP_NAME = "mra-desktop"
DB_ENV_VAR = "MRA_DESKTOP_DB"


def user_data_folder() -> Path:
    """The program's folder in the user's data folder (``~/.local/share/mra-desktop``)."""
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False)


def default_database_path() -> Path:
    """The database file in the user's data folder, unless ``MRA_DESKTOP_DB`` names another."""
    override = os.environ.get(DB_ENV_VAR)
    if override:
        return Path(override).expanduser()
    return user_data_folder() / "mra-desktop.sqlite"


def default_location() -> Location:
    """The database the program opens when none is given: ``MRA_DESKTOP_DB`` (a file, or a
    PostgreSQL server's URL), else the file in the user's data folder."""
    from mra_desktop.core.location import parse_location

    override = os.environ.get(DB_ENV_VAR)
    if override:
        return parse_location(override)
    return user_data_folder() / "mra-desktop.sqlite"
