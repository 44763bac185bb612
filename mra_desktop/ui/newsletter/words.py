"""The newsletter screens' words that the core leaves to the interface: its refusals, and
how an item and an issue are named in lists."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from mra_desktop.core.errors import MraError
from mra_desktop.ui.i18n import format_date
from mra_desktop.ui.mra.words import describe_mra_error


def describe_newsletter_error(error: MraError) -> str:
    """One sentence in the interface language for a refusal of the newsletter's core."""
    sentences = {
        "newsletter_not_quotable": QCoreApplication.translate(
            "NewsletterWords",
            "The partner has not agreed that this change may be quoted; it cannot enter an issue.",
        ),
        "newsletter_consent_withdrawn": QCoreApplication.translate(
            "NewsletterWords",
            "An item quotes a change the partner no longer allows to be quoted; remove it, "
            "then publish.",
        ),
        "newsletter_frozen": QCoreApplication.translate(
            "NewsletterWords", "This issue was published; a published issue cannot be changed."
        ),
        "newsletter_needs_title": QCoreApplication.translate("NewsletterWords", "Give it a title."),
        "newsletter_too_long": QCoreApplication.translate(
            "NewsletterWords", "The text is too long."
        ),
        "newsletter_duplicate": QCoreApplication.translate(
            "NewsletterWords", "This change is already in the issue."
        ),
        "newsletter_empty": QCoreApplication.translate(
            "NewsletterWords", "Put at least one change in the issue before publishing it."
        ),
        "newsletter_needs_period": QCoreApplication.translate(
            "NewsletterWords", "Give the period of the issue: its first and its last day."
        ),
    }
    if error.code in sentences:
        return sentences[error.code]
    return describe_mra_error(error)


def issue_label(number: int | None, title: str) -> str:
    if number is None:
        return QCoreApplication.translate("NewsletterWords", "Draft — %1").replace("%1", title)
    return (
        QCoreApplication.translate("NewsletterWords", "No. %1 — %2")
        .replace("%1", str(number))
        .replace("%2", title)
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
        QCoreApplication.translate("NewsletterWords", "%1 to %2 · in %3")
        .replace("%1", format_date(start))
        .replace("%2", format_date(end))
        .replace("%3", language_word(language))
    )


def figures_label() -> str:
    return QCoreApplication.translate("NewsletterWords", "The period in figures")
