"""The interface language, set in one place.

:func:`apply_language` installs the program's translation (``translations/mra_desktop_<lang>.qm``
when present) and Qt's own (``qtbase_<lang>.qm``, so standard dialogs and context menus
follow, completed by ``translations/qtbase_extra_<lang>.qm`` where Qt's lacks words),
sets the application's layout direction (right-to-left for Arabic) and the default
locale. Qt then sends ``LanguageChange`` to every widget, whose ``changeEvent`` calls its
``retranslate()``. No widget sets its own layout direction; text fields follow their
text's (:mod:`mra_desktop.ui.text_direction`).

Words of the protocol's vocabulary (sectors, statuses, kinds of meeting) come from the
protocol catalogue in the interface language through :func:`word`.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    Qt,
    QTranslator,
    Signal,
)

from mra_desktop.core.protocol import load_protocol
from mra_desktop.core.resources import translations_dir

# each language named in itself (never translated)
LANGUAGE_NAMES = {"ar": "العربية", "fr": "Français", "en": "English"}
LANGUAGES = tuple(LANGUAGE_NAMES)
RIGHT_TO_LEFT = frozenset({"ar"})

# Moroccan conventions; ar_MA writes numbers with Western digits (0-9), as official
# Moroccan documents do.
_LOCALES = {"ar": "ar_MA", "fr": "fr_MA", "en": "en_GB"}

_current = "en"
_translators: list[QTranslator] = []


class _Notifier(QObject):
    # the interface language was applied (its code)
    language_applied = Signal(str)


notifier = _Notifier()


def current_language() -> str:
    return _current


def locale_for(lang: str) -> QLocale:
    locale = QLocale(_LOCALES.get(lang, "en_GB"))
    return locale


def is_right_to_left(lang: str) -> bool:
    return lang in RIGHT_TO_LEFT


def qt_translations_path() -> str:
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


def _load(path_dir: str, name: str) -> QTranslator | None:
    translator = QTranslator()
    if translator.load(name, path_dir):
        return translator
    return None


def apply_language(app: QCoreApplication, lang: str) -> None:
    """Switch the whole interface to ``lang`` (ar, fr or en) while the program runs."""
    global _current
    if lang not in LANGUAGE_NAMES:
        raise ValueError(f"unknown interface language {lang!r}")
    for translator in _translators:
        app.removeTranslator(translator)
    _translators.clear()
    # Qt looks in the translator installed last first: the program's completion of Qt's
    # own words (qtbase_extra) overrides Qt's, and the program's words come on top.
    candidates: list[QTranslator | None] = [_load(qt_translations_path(), f"qtbase_{lang}")]
    try:
        candidates.append(_load(str(translations_dir()), f"qtbase_extra_{lang}"))
        candidates.append(_load(str(translations_dir()), f"mra_desktop_{lang}"))
    except FileNotFoundError:  # a build without translations: English only
        pass
    _current = lang
    locale = locale_for(lang)
    QLocale.setDefault(locale)
    direction = (
        Qt.LayoutDirection.RightToLeft if is_right_to_left(lang) else Qt.LayoutDirection.LeftToRight
    )
    setter = getattr(app, "setLayoutDirection", None)
    if setter is not None:
        setter(direction)
    installed = False
    for translator in candidates:
        if translator is not None:
            app.installTranslator(translator)
            _translators.append(translator)
            installed = True
    if not installed:
        # nothing to install (English without qtbase_en): still tell every widget, so
        # words taken from the protocol catalogue follow the new language
        QCoreApplication.sendEvent(app, QEvent(QEvent.Type.LanguageChange))
    notifier.language_applied.emit(lang)


def word(vocabulary: str, code: str | None, lang: str | None = None) -> str:
    """The catalogue's word for a code, in the interface language."""
    if code is None:
        return ""
    return load_protocol().label(vocabulary, code, lang or _current)


def vocabulary_codes(vocabulary: str) -> list[str]:
    protocol = load_protocol()
    sections = {
        "sector": "sectors",
        "participant_sector": "participant_sectors",
        "body": "meeting_bodies",
        "obligation": "obligations",
    }
    if vocabulary in sections:
        return protocol.codes(sections[vocabulary])
    return [entry["code"] for entry in protocol.vocabulary(vocabulary)]


def to_qdate(value: dt.date | None) -> QDate:
    if value is None:
        return QDate()
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> dt.date | None:
    if not value.isValid():
        return None
    return dt.date(value.year(), value.month(), value.day())


def format_date(value: dt.date | None, long: bool = False) -> str:
    """A date in the interface language's words, always with Western digits."""
    if value is None:
        return ""
    pattern = "d MMMM yyyy" if long else "d MMM yyyy"
    return QLocale().toString(to_qdate(value), pattern)


def format_number(value: int) -> str:
    return str(value)  # Western digits whatever the locale
