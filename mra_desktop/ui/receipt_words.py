"""The words of MRA's receipts as a partner reads them: MRA's review states, the national
most significant change, and why a receipt was refused, in the interface language.

Kept apart from MRA's own screens (:mod:`mra_desktop.ui.mra`), which the meetings list
must not load at start.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from mra_desktop.ui.i18n import format_date, word
from mra_desktop.ui.messages import describe_error
from mra_desktop.ui.sentences import fill, isolate

if TYPE_CHECKING:
    from mra_desktop.core.receipts.views import NationalMsc, ReviewView

REVIEW_COLOURS = {
    "received": "#455a64",
    "reviewed": "#1f5fa8",
    "approved": "#1b5e20",
    "has_issues": "#b00020",
    "changed": "#8a4b00",
}
# the mark of a meeting one of whose changes MRA chose nationally
MSC_MARK = "★"


def own_direction(text: str) -> str:
    """Text MRA wrote (a comment, a change's title, a reason), in its own direction
    inside a sentence of the interface's: a French comment keeps its order in an Arabic
    line, and the other way round. The isolate's direction is the paragraph's, by most of
    its letters (:func:`mra_desktop.ui.sentences.isolate`): a first-strong isolate would
    run "MRA: اجتماع …" left to right."""
    return isolate(text)


def review_word(state: str) -> str:
    """MRA's review state of one of the partner's meetings, as the partner reads it."""
    words = {
        "received": QCoreApplication.translate("MraReview", "Received by MRA"),
        "reviewed": QCoreApplication.translate("MraReview", "Reviewed by MRA"),
        "approved": QCoreApplication.translate("MraReview", "Approved by MRA"),
        "has_issues": QCoreApplication.translate("MraReview", "MRA found issues"),
        "changed": QCoreApplication.translate("MraReview", "New version sent to MRA"),
    }
    return words.get(state, state)


def review_colour(state: str) -> QColor:
    return QColor(REVIEW_COLOURS.get(state, "#455a64"))


def domain_word(choice: NationalMsc) -> str:
    if choice.domain_axis == "category":
        return word("change_class", choice.domain) if choice.domain else ""
    return word("sector", choice.domain)


def review_cell(review: ReviewView) -> str:
    """The meetings list's cell: the state, and the mark of a national choice."""
    text = review_word(review.shown_state)
    return f"{text} {MSC_MARK}" if review.national_msc else text


def review_details(review: ReviewView) -> list[str]:
    """MRA's review told in full, one paragraph a line (a tooltip, the detail panel)."""
    state = review_word(review.shown_state)
    lines = []
    if review.state_at is not None and not review.changed_since_review:
        lines.append(
            fill(
                QCoreApplication.translate("MraReview", "%1 on %2"),
                state,
                format_date(review.state_at.date()),
            )
        )
    else:
        lines.append(state)
    if review.changed_since_review:
        lines.append(
            fill(QCoreApplication.translate(
                "MraReview",
                "MRA had marked it “%1” before your newer version arrived; MRA will review "
                "it again.",
            ), review_word(review.state))
        )
    if review.comment:
        lines.append(
            fill(
                QCoreApplication.translate("MraReview", "MRA's comment: %1"),
                own_direction(review.comment),
            )
        )
    for choice in review.national_msc:
        lines.append(
            fill(QCoreApplication.translate(
                "MraReview", "%1 National most significant change (%2): “%3”. MRA's reason: %4"
            ),
            MSC_MARK,
            domain_word(choice),
            own_direction(choice.change_title),
            own_direction(choice.reason),
        )
        )
    if review.issued_at is not None:
        lines.append(
            fill(
                QCoreApplication.translate("MraReview", "From MRA's receipt of %1."),
                format_date(review.issued_at.date()),
            )
        )
    return lines


def receipt_refusal(code: str | None) -> str:
    """Why a receipt was refused, in the interface language, by the core's code ("" if
    the code is not a receipt's: the core's sentence is shown). The words are
    :func:`~mra_desktop.ui.messages.describe_error`'s, like every error of the core."""
    if not code or not (code.startswith("receipt") or code == "identity_missing"):
        return ""
    return describe_error(code)
