"""The words of MRA's screens that are not the protocol's: review states, matrix axes,
and the core's refusals, in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from mra_desktop.core.protocol import load_protocol
from mra_desktop.ui.i18n import current_language, word

STATE_COLOURS = {
    "received": "#455a64",
    "reviewed": "#1f5fa8",
    "approved": "#1b5e20",
    "has_issues": "#b00020",
    "changed": "#8a4b00",
}


def state_word(state: str) -> str:
    words = {
        "received": QCoreApplication.translate("MraWords", "Received"),
        "reviewed": QCoreApplication.translate("MraWords", "Reviewed"),
        "approved": QCoreApplication.translate("MraWords", "Approved"),
        "has_issues": QCoreApplication.translate("MraWords", "Has issues"),
        "changed": QCoreApplication.translate("MraWords", "Changed since review"),
    }
    return words.get(state, state)


def state_colour(state: str) -> QColor:
    return QColor(STATE_COLOURS.get(state, "#455a64"))


def axis_word(axis: str) -> str:
    words = {
        "sector": QCoreApplication.translate("MraWords", "Sector"),
        "subtheme": QCoreApplication.translate("MraWords", "Sector and sub-theme"),
        "obligation": QCoreApplication.translate("MraWords", "Due diligence obligation"),
        "region": QCoreApplication.translate("MraWords", "Region"),
        "partner": QCoreApplication.translate("MraWords", "Partner"),
        "kind": QCoreApplication.translate("MraWords", "Kind of change"),
        "category": QCoreApplication.translate("MraWords", "Category of change"),
        "total": QCoreApplication.translate("MraWords", "Totals only"),
    }
    return words.get(axis, axis)


def not_specified() -> str:
    return QCoreApplication.translate("MraWords", "Not specified")


def subtheme_word(sector: str, code: str | None) -> str:
    if not code:
        return QCoreApplication.translate("MraWords", "No sub-theme")
    return load_protocol().subtheme_label(sector, code, current_language())


def key_word(axis: str, key: str, partner_names: dict[str, str] | None = None) -> str:
    """How a matrix row or column is named on screen."""
    if axis == "subtheme":
        sector, _, sub = key.partition("/")
        return subtheme_word(sector, sub or None)
    if key == "":
        return not_specified()
    if axis == "sector":
        return word("sector", key)
    if axis == "obligation":
        return word("obligation", key)
    if axis == "kind":
        return word("change_kind", key)
    if axis == "category":
        return word("change_class", key)
    if axis == "partner":
        return (partner_names or {}).get(key, key)
    return key


def full_key_word(axis: str, key: str, partner_names: dict[str, str] | None = None) -> str:
    """A key named in full (a sub-theme with its sector)."""
    if axis == "subtheme":
        sector, _, sub = key.partition("/")
        return f"{word('sector', sector)} — {subtheme_word(sector, sub or None)}"
    return key_word(axis, key, partner_names)
