"""The newsletter screens' words that the core leaves to the interface: its refusals, and
how an item and an issue are named in lists."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from mra_desktop.core.errors import MraError
from mra_desktop.ui.i18n import format_date
from mra_desktop.ui.messages import describe_error
from mra_desktop.ui.sentences import fill


def describe_newsletter_error(error: MraError) -> str:
    """One sentence in the interface language for a refusal of the newsletter's core
    (:func:`describe_error`, where every code of the core has its words)."""
    return describe_error(error)


def issue_label(number: int | None, title: str) -> str:
    if number is None:
        return fill(QCoreApplication.translate("NewsletterWords", "Draft — %1"), title)
    return (
        fill(QCoreApplication.translate("NewsletterWords", "No. %1 — %2"), number, title)
    )


def language_word(language: str) -> str:
    """A language named in the interface language ("Arabic", « arabe »)."""
    words = {
        "ar": QCoreApplication.translate("NewsletterWords", "Arabic"),
        "fr": QCoreApplication.translate("NewsletterWords", "French"),
        "en": QCoreApplication.translate("NewsletterWords", "English"),
    }
    return words.get(language, language)


def issue_details(language: str, start: dt.date, end: dt.date) -> str:
    return (
        fill(
            QCoreApplication.translate("NewsletterWords", "%1 to %2 · in %3"),
            format_date(start),
            format_date(end),
            language_word(language),
        )
    )


def figures_label() -> str:
    return QCoreApplication.translate("NewsletterWords", "The period in figures")
