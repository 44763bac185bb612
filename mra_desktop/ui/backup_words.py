"""Backups in the interface language: why a backup was made, what went wrong, when."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QTimeZone


def reason_word(reason: str) -> str:
    words = {
        "periodic": QCoreApplication.translate("Backups", "Automatic (every 30 minutes)"),
        "on-close": QCoreApplication.translate("Backups", "On closing"),
        "manual": QCoreApplication.translate("Backups", "Made by hand"),
        "before-import": QCoreApplication.translate("Backups", "Before an import"),
        "before-upgrade": QCoreApplication.translate("Backups", "Before an upgrade"),
        "before-restore": QCoreApplication.translate("Backups", "Before a restore"),
        "damaged": QCoreApplication.translate("Backups", "Damaged database set aside"),
    }
    return words.get(reason, reason)


def backup_time(when: dt.datetime) -> str:
    """A backup's time in local time, in the interface language, Western digits."""
    moment = QDateTime.fromSecsSinceEpoch(int(when.timestamp()), QTimeZone.systemTimeZone())
    return QLocale().toString(moment, "d MMMM yyyy  HH:mm")


def file_size(size: int) -> str:
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)
