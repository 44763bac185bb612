"""The user's preferences: the interface language and the window's geometry.

Whose database it is (the organisation, the facilitator) lives in the database itself
(:mod:`mra_desktop.core.identity`); earlier versions kept those two here, and
:func:`adopt_legacy_identity` moves them into the database on its first opening.

Stored with QSettings (organisation "MRA", application "mra-desktop", INI format) in the
user's config folder. The file path is worked out on every call rather than left to
QSettings' own default, because QSettings caches its default folders once per process
while tests (and the screenshot command) point ``XDG_CONFIG_HOME`` somewhere else each
time. ``MRA_DESKTOP_SETTINGS`` names another INI file outright.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QLocale, QSettings, QStandardPaths

if TYPE_CHECKING:
    from mra_desktop.core.database import Database

SETTINGS_ORGANISATION = "MRA"
SETTINGS_APPLICATION = "mra-desktop"
SETTINGS_ENV_VAR = "MRA_DESKTOP_SETTINGS"

INTERFACE_LANGUAGES = ("ar", "fr", "en")

_LANGUAGE = "interface/language"
_FACILITATOR = "user/facilitator_name"
_ORGANISATION = "user/organisation_id"
_GEOMETRY = "main_window/geometry"
_STATE = "main_window/state"


def settings_path() -> Path:
    override = os.environ.get(SETTINGS_ENV_VAR)
    if override:
        return Path(override).expanduser()
    xdg = os.environ.get("XDG_CONFIG_HOME")
    if xdg:
        base = Path(xdg)
    else:
        location = QStandardPaths.StandardLocation.GenericConfigLocation
        base = Path(QStandardPaths.writableLocation(location))
    return base / SETTINGS_ORGANISATION / f"{SETTINGS_APPLICATION}.ini"


def qsettings() -> QSettings:
    return QSettings(str(settings_path()), QSettings.Format.IniFormat)


def system_language() -> str:
    code = QLocale.system().name().split("_")[0]
    return code if code in INTERFACE_LANGUAGES else "en"


def interface_language() -> str:
    value = str(qsettings().value(_LANGUAGE, "") or "")
    return value if value in INTERFACE_LANGUAGES else system_language()


def set_interface_language(lang: str) -> None:
    if lang not in INTERFACE_LANGUAGES:
        raise ValueError(lang)
    store = qsettings()
    store.setValue(_LANGUAGE, lang)
    store.sync()


def legacy_identity() -> tuple[str | None, str]:
    """The organisation and facilitator earlier versions kept in the user's settings."""
    store = qsettings()
    organisation = str(store.value(_ORGANISATION, "") or "") or None
    return organisation, str(store.value(_FACILITATOR, "") or "")


def adopt_legacy_identity(db: Database) -> bool:
    """Move the organisation and facilitator an earlier version chose (kept in the user's
    settings) into a database that does not say whose it is yet, if that organisation is
    one of its live records (not a demo one); the settings then forget them. True when
    something was moved."""
    from mra_desktop.core.errors import MraError
    from mra_desktop.core.identity import database_identity, set_identity

    organisation, facilitator = legacy_identity()
    if organisation is None or database_identity(db).organisation_id is not None:
        return False
    try:
        set_identity(db, organisation, facilitator=facilitator or None)
    except MraError:  # not an organisation of this database, or a demo one: ask again
        return False
    store = qsettings()
    store.remove(_ORGANISATION)
    store.remove(_FACILITATOR)
    store.sync()
    return True


def adopt_database_language(db: Database) -> str | None:
    """The interface language the database was given (``init --lang``), made the user's
    when the user has not chosen one on this computer; None otherwise."""
    from mra_desktop.core.identity import database_identity

    if str(qsettings().value(_LANGUAGE, "") or "") in INTERFACE_LANGUAGES:
        return None
    language = database_identity(db).language
    if language not in INTERFACE_LANGUAGES:
        return None
    set_interface_language(language)
    return language


def window_geometry() -> tuple[QByteArray | None, QByteArray | None]:
    store = qsettings()
    geometry = store.value(_GEOMETRY)
    state = store.value(_STATE)
    return (
        geometry if isinstance(geometry, QByteArray) else None,
        state if isinstance(state, QByteArray) else None,
    )


def set_window_geometry(geometry: QByteArray, state: QByteArray) -> None:
    store = qsettings()
    store.setValue(_GEOMETRY, geometry)
    store.setValue(_STATE, state)
    store.sync()
