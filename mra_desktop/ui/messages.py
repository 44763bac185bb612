"""Words for the core's errors in the interface language.

The core raises errors with a code, a field and an English sentence (for the CLI and the
logs); the interface words them itself so that an Arabic or French user never meets an
English sentence.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from mra_desktop.core.errors import MraError, ValidationError
from mra_desktop.core.protocol import load_protocol, pick
from mra_desktop.ui.i18n import current_language
from mra_desktop.ui.sentences import fill

# how an error sentence looks where a screen shows one in place (not a dialog)
ERROR_STYLE = "color: #b00020;"


def _field_label(field: str) -> str:
    labels = {
        "title": QCoreApplication.translate("Messages", "The title"),
        "date": QCoreApplication.translate("Messages", "The date"),
        "period_from": QCoreApplication.translate("Messages", "The start of the period"),
        "period_to": QCoreApplication.translate("Messages", "The end of the period"),
        "role": QCoreApplication.translate("Messages", "The role or title"),
        "institution": QCoreApplication.translate("Messages", "The institution"),
        "count": QCoreApplication.translate("Messages", "The number of people"),
        "name": QCoreApplication.translate("Messages", "The name"),
        "text": QCoreApplication.translate("Messages", "The text"),
        "responsible": QCoreApplication.translate("Messages", "The responsible actor"),
        "timeframe": QCoreApplication.translate("Messages", "The timeframe"),
        "city": QCoreApplication.translate("Messages", "The city"),
        "region": QCoreApplication.translate("Messages", "The region"),
        "facilitators": QCoreApplication.translate("Messages", "The facilitators"),
    }
    if field in labels:
        return labels[field]
    try:
        entry = load_protocol().change_field(field)
    except KeyError:
        return QCoreApplication.translate("Messages", "This field")
    return "« " + pick(entry["label"], current_language()) + " »"


def describe_error(error: MraError) -> str:
    """One sentence in the interface language for an error the core raised."""
    if isinstance(error, ValidationError):
        label = _field_label(error.field)
        sentences = {
            "required": QCoreApplication.translate("Messages", "%1 cannot be empty."),
            "too_long": QCoreApplication.translate("Messages", "%1 is too long."),
            "not_allowed": QCoreApplication.translate("Messages", "%1: this value is not allowed."),
            "wrong_type": QCoreApplication.translate("Messages", "%1 is not written correctly."),
            "out_of_range": QCoreApplication.translate("Messages", "%1 is out of range."),
            "deleted": QCoreApplication.translate(
                "Messages", "This record was deleted; restore it first."
            ),
            "imported": QCoreApplication.translate(
                "Messages",
                "This record came from a partner's sync file; only the partner can change it.",
            ),
        }
        if error.field == "period_to" and error.code == "out_of_range":
            return QCoreApplication.translate(
                "Messages", "The period under review must end after it starts."
            )
        if error.field == "sectors" and error.code == "out_of_range":
            return QCoreApplication.translate(
                "Messages", "A single-sector meeting covers one sector only."
            )
        if error.code == "inconsistent":
            return QCoreApplication.translate(
                "Messages", "Choose the change as most significant before giving the reason."
            )
        sentence = sentences.get(error.code)
        if sentence is not None:
            return fill(sentence, label)
    return fill(QCoreApplication.translate("Messages", "Not saved: %1"), error.message)


def not_saved(reason: str) -> str:
    sentences = {
        "disk_full": QCoreApplication.translate(
            "Messages", "Not saved: the disk is full. Free some space; your text is kept."
        ),
        "busy": QCoreApplication.translate(
            "Messages", "Not saved yet: the database is busy. Trying again."
        ),
    }
    return sentences.get(
        reason,
        fill(
            QCoreApplication.translate(
                "Messages", "Not saved: %1. Your text is kept and will be saved again."
            ),
            reason,
        ),
    )
