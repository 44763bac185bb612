"""The user's preferences: interface language, facilitator name, chosen organisation.

Stored with QSettings (organisation "MRA", application "mra-desktop", INI format) in the
user's config folder. The file path is worked out on every call rather than left to
QSettings' own default, because QSettings caches its default folders once per process
while tests (and the screenshot command) point ``XDG_CONFIG_HOME`` somewhere else each
time. ``MRA_DESKTOP_SETTINGS`` names another INI file outright.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QLocale, QSettings, QStandardPaths

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


def facilitator_name() -> str:
    return str(qsettings().value(_FACILITATOR, "") or "")


def set_facilitator_name(name: str) -> None:
    store = qsettings()
    store.setValue(_FACILITATOR, name.strip())
    store.sync()


def organisation_id() -> str | None:
    value = str(qsettings().value(_ORGANISATION, "") or "")
    return value or None


def set_organisation_id(record_id: str | None) -> None:
    store = qsettings()
    if record_id:
        store.setValue(_ORGANISATION, record_id)
    else:
        store.remove(_ORGANISATION)
    store.sync()


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
