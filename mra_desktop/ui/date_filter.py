"""The open-ended date filters of the meetings list and MRA's screens: a date field whose
minimum, shown as "any date", means no limit."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit

from mra_desktop.ui.i18n import from_qdate

ANY_DATE = QDate(2000, 1, 1)


def date_filter_edit(edit: QDateEdit | None = None) -> QDateEdit:
    """A date field (``edit``, or a new one) that starts at "any date"."""
    edit = edit if edit is not None else QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setMinimumDate(ANY_DATE)
    edit.setDate(ANY_DATE)
    return edit


def date_limit(edit: QDateEdit) -> dt.date | None:
    """The date a filter field holds, or None for "any date"."""
    return None if edit.date() == ANY_DATE else from_qdate(edit.date())
