"""The words every document the program writes shares, with no PDF machinery: French
typography, the labels of ``resources/report``, plural forms. The reports, the newsletter
(HTML as well as PDF) and the interface's previews use them."""

from __future__ import annotations

import json
import re
from functools import cache

from mra_desktop.core.resources import resource_path

_FRENCH_SPACE_BEFORE = re.compile(r"[ \u00a0\u202f]?([:;?!»])")
_FRENCH_SPACE_AFTER = re.compile(r"«[ \u00a0\u202f]?")


def french_typography(text: str) -> str:
    """French spacing: a non-breaking space before : ; ? ! and », after «. A colon
    between digits (a time, "10:30") and "://" of an address are left alone."""
    text = _FRENCH_SPACE_BEFORE.sub(
        lambda m: (
            m.group(0)
            if m.group(1) == ":"
            and m.end() < len(text)
            and (text[m.end()].isdigit() or text[m.end()] == "/")
            else "\u00a0" + m.group(1)
        ),
        text,
    )
    return _FRENCH_SPACE_AFTER.sub("«\u00a0", text)


@cache
def report_labels(name: str) -> dict[str, dict[str, str]]:
    """The labels of ``resources/report/<name>.json``: key → {ar, fr, en}."""
    with resource_path("report", f"{name}.json").open(encoding="utf-8") as handle:
        data: dict[str, dict[str, str]] = json.load(handle)
    return data


def plural_form(lang: str, n: int) -> int:
    """Which of a plural label's forms (separated by "|") suits ``n``: English and French
    have one | other (French's "one" also takes 0), Arabic zero | one | two | few | many |
    other, as CLDR says."""
    if lang == "ar":
        if n == 0:
            return 0
        if n == 1:
            return 1
        if n == 2:
            return 2
        if 3 <= n % 100 <= 10:
            return 3
        if 11 <= n % 100 <= 99:
            return 4
        return 5
    if lang == "fr":
        return 0 if n in (0, 1) else 1
    return 0 if n == 1 else 1
