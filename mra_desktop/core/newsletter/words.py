"""The newsletter's own words in its language (``resources/newsletter/labels.json``), and
the report's for dates (one set of month names for every document the program writes)."""

from __future__ import annotations

import datetime as dt
import json
from functools import cache
from typing import Any

from mra_desktop.core.direction import paragraph_direction
from mra_desktop.core.document_words import french_typography, report_labels
from mra_desktop.core.protocol import load_protocol
from mra_desktop.core.resources import resource_path


@cache
def _labels() -> dict[str, dict[str, str]]:
    with resource_path("newsletter", "labels.json").open(encoding="utf-8") as handle:
        data: dict[str, dict[str, str]] = json.load(handle)
    return data


class Words:
    """Words of one language (ar, fr or en)."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.protocol = load_protocol()

    def typography(self, text: str) -> str:
        return french_typography(text) if self.language == "fr" else text

    def t(self, key: str, **values: Any) -> str:
        text = self.typography(_labels()[key][self.language])
        return text.format(**values) if values else text

    def counted(self, count: int, plural: str, singular: str) -> str:
        return self.t(singular if count == 1 else plural)

    def date(self, value: dt.date | None) -> str:
        if value is None:
            return ""
        months = report_labels("labels")["months"][self.language].split("|")
        day = "1er" if value.day == 1 and self.language == "fr" else str(value.day)
        return f"{day} {months[value.month - 1]} {value.year}"

    def period(self, start: dt.date, end: dt.date) -> str:
        return self.t("period_value", start=self.date(start), end=self.date(end))

    def sector(self, code: str | None) -> str:
        return self.typography(self.protocol.label("sector", code, self.language)) if code else ""

    def list_of(self, items: list[str]) -> str:
        """Typed names in a list, with the comma of their own script (Latin names in an
        Arabic issue take a Latin comma)."""
        present = [i for i in items if i]
        if not present:
            return ""
        script = paragraph_direction(present[0], self.language)
        separator = report_labels("labels")["list_separator"]["ar" if script == "rtl" else "en"]
        return separator.join(present)
