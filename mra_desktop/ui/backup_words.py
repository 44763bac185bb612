"""Backups in the interface language: why a backup was made, what went wrong, when."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QTimeZone

from mra_desktop.core.errors import MraError


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


def backup_error_sentence(error: MraError) -> str | None:
    """One sentence for a backup or restore error, or None when it is no such error."""
    sentences = {
        "backup_write": QCoreApplication.translate(
            "Backups",
            "The backup could not be written: the disk is full or the backups folder is "
            "protected. The database is unchanged.",
        ),
        "backup_verify": QCoreApplication.translate(
            "Backups",
            "The backup failed its integrity check and was deleted: the database may be "
            "damaged. Keep a copy of it and ask for help.",
        ),
        "backup_no_database": QCoreApplication.translate(
            "Backups", "There is no database to back up yet."
        ),
        "not_a_backup": QCoreApplication.translate(
            "Backups",
            "This file is not a backup of an mra-desktop database. Nothing was changed.",
        ),
        "backup_damaged": QCoreApplication.translate(
            "Backups", "This backup is damaged and cannot be restored. Nothing was changed."
        ),
        "backup_newer": QCoreApplication.translate(
            "Backups",
            "This backup was made by a newer version of mra-desktop; update the program to "
            "restore it. Nothing was changed.",
        ),
        "database_in_use": QCoreApplication.translate(
            "Backups",
            "The database is in use by another program (an import, an export); wait until it "
            "ends, then try again. Nothing was changed.",
        ),
    }
    return sentences.get(error.code)
