"""Values put into translated sentences, and lists, as each language writes them.

A translated sentence takes its values through :func:`fill` ("%1", "%2"… as Qt writes
them), never through ``str.replace``: each value is set in a Unicode isolate, so that a
left-to-right fragment keeps its order inside an Arabic sentence and an Arabic name keeps
its own inside a French one. Without the isolate, bidi reorders the fragment with the
sentence around it: "/home/amal/rapport.pdf" shows as "home/amal/rapport.pdf/", "Ctrl+,"
as ",+Ctrl" and "(*.pub)" as "(pub.*)".

- Paths, file names, shortcuts, ids, numbers and patterns run left to right in any
  language: :func:`ltr` (LEFT-TO-RIGHT ISOLATE … POP DIRECTIONAL ISOLATE, U+2066/U+2069),
  which :func:`fill` applies to every value that is not text (a number, a path).
- Text typed by people (a title, a name, a place) runs the way most of its letters run,
  the rule of :mod:`mra_desktop.core.direction`: :func:`isolate` (U+2066 or U+2067), which
  :func:`fill` applies to every string not isolated yet.

:func:`join_list` joins words with the interface language's comma ("،" in Arabic);
:func:`shortcut_text` names a key sequence as the keyboard does (AZERTY's "Entrée",
"Suppr", "Maj" in French), the same names the menus show; :func:`file_filter` writes a
file dialog's filter.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from os import PathLike

from PySide6.QtGui import QKeySequence

from mra_desktop.core.direction import paragraph_direction
from mra_desktop.ui.i18n import current_language

LRI, RLI, FSI, PDI = "\u2066", "\u2067", "\u2068", "\u2069"
ISOLATES = (LRI, RLI, FSI)
_PLACE = re.compile(r"%(\d)")

#: how a list's items are separated, by interface language
LIST_SEPARATORS = {"ar": "، ", "fr": ", ", "en": ", "}


_ISOLATE_MARKS = re.compile(f"[{LRI}{RLI}{FSI}{PDI}]")


def visible(text: str) -> str:
    """``text`` without its isolates: the letters a reader sees (for comparisons)."""
    return _ISOLATE_MARKS.sub("", text)


def _isolated(text: str) -> bool:
    return len(text) >= 2 and text[0] in ISOLATES and text[-1] == PDI


def ltr(value: object) -> str:
    """A fragment that runs left to right whatever surrounds it: a path, a file name, a
    shortcut, an id, a number, a file pattern."""
    text = str(value)
    return text if _isolated(text) else LRI + text + PDI


def isolate(text: str) -> str:
    """Text typed by people, set apart in the direction most of its letters run (a tie or
    no letters: the interface language's)."""
    if not text or _isolated(text):
        return text
    start = RLI if paragraph_direction(text, current_language()) == "rtl" else LRI
    return start + text + PDI


def _value(value: object) -> str:
    if isinstance(value, str):
        return isolate(value)
    if isinstance(value, PathLike):
        return ltr(value.__fspath__())
    return ltr(value)


def fill(sentence: str, *values: object) -> str:
    """A translated ``sentence`` with ``%1``, ``%2``… replaced by ``values``, each in a
    Unicode isolate (see the module notes). All places are filled at once, so a value
    that contains "%2" is left as it is."""

    def replace(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        if 0 <= index < len(values):
            return _value(values[index])
        return match.group(0)

    return _PLACE.sub(replace, sentence)


def join_list(items: Iterable[str], *, typed: bool = False) -> str:
    """Words in a list with the interface language's comma ("، " in Arabic). Items typed
    by people (a city, a region, names) take the comma of their own script instead, as
    in the PDF: "تازة، فاس مكناس" in a French interface, "Taza, Fès-Meknès" in Arabic."""
    present = [item for item in items if item]
    separator = LIST_SEPARATORS.get(current_language(), ", ")
    if typed and present:
        rtl = paragraph_direction(present[0], current_language()) == "rtl"
        separator = LIST_SEPARATORS["ar"] if rtl else LIST_SEPARATORS["en"]
    return separator.join(present)


def shortcut_text(sequence: QKeySequence | QKeySequence.StandardKey | str) -> str:
    """A key sequence as the menus show it, in the interface language's key names
    ("Ctrl+Maj+N", "Entrée", "Suppr" in French; Latin names and arrows in Arabic),
    set apart to run left to right."""
    keys = sequence if isinstance(sequence, QKeySequence) else QKeySequence(sequence)
    text = keys.toString(QKeySequence.SequenceFormat.NativeText)
    return ltr(text) if text else ""


def file_filter(label: str, patterns: str) -> str:
    """A file dialog's filter, "MRA's public key (*.pub)": ``patterns`` runs left to
    right in any language. Qt reads the patterns from the parentheses at the very end of
    the filter, so the isolate that opens before them is left to close at the end of the
    text (as Unicode allows) rather than by a character after the parenthesis."""
    return f"{label} {LRI}({patterns})"
