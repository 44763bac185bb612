"""The protocol catalogue: MRA's words for the meeting, as data, in ar/fr/en.

The catalogue lives in ``resources/protocol/protocol-v<N>.json`` so that MRA can revise a
question without a new release of the code. A meeting records the protocol id and version
it used; :func:`load_protocol` finds that version again.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from mra_desktop.core.codes import LANGUAGES
from mra_desktop.core.errors import MraError
from mra_desktop.core.resources import resource_path

Text = dict[str, str]


def pick(text: Text, lang: str) -> str:
    """A catalogue text in ``lang``, falling back to English, then to any language."""
    return text.get(lang) or text.get("en") or next(iter(text.values()), "")


@dataclass(frozen=True)
class Protocol:
    data: dict[str, Any]

    @property
    def id(self) -> str:
        return str(self.data["id"])

    @property
    def version(self) -> str:
        return str(self.data["version"])

    def _entry(self, section: str, code: str, key: str = "code") -> dict[str, Any]:
        for entry in self.data[section]:
            if entry[key] == code:
                return dict(entry)
        raise KeyError(f"{section}: {code}")

    def codes(self, section: str) -> list[str]:
        return [entry["code"] for entry in self.data[section]]

    def obligation(self, code: str) -> dict[str, Any]:
        return self._entry("obligations", code)

    def sector(self, code: str) -> dict[str, Any]:
        return self._entry("sectors", code)

    def subthemes(self, sector: str) -> list[dict[str, Any]]:
        return list(self.sector(sector).get("subthemes", []))

    def subtheme_label(self, sector: str, code: str | None, lang: str) -> str:
        for entry in self.subthemes(sector):
            if entry["code"] == code:
                return pick(entry["label"], lang)
        return code or ""

    def questions(self, step: str | None = None) -> list[dict[str, Any]]:
        return [q for q in self.data["questions"] if step is None or q["step"] == step]

    def question(self, code: str) -> dict[str, Any]:
        return self._entry("questions", code)

    def step(self, code: str) -> dict[str, Any]:
        return self._entry("steps", code)

    def change_fields(self) -> list[dict[str, Any]]:
        return list(self.data["change_fields"])

    def change_field(self, name: str) -> dict[str, Any]:
        return self._entry("change_fields", name, key="field")

    def precision_fields(self) -> list[str]:
        return [f["field"] for f in self.data["change_fields"] if f.get("precision")]

    def vocabulary(self, name: str) -> list[dict[str, Any]]:
        return list(self.data["vocabulary"][name])

    def label(self, vocabulary: str, code: str | None, lang: str) -> str:
        """The word for a code (``label("action", "stop", "fr") == "Arrêter"``)."""
        if code is None:
            return ""
        lists = {
            "sector": self.data["sectors"],
            "participant_sector": self.data["participant_sectors"],
            "body": self.data["meeting_bodies"],
            "obligation": self.data["obligations"],
        }
        entries = lists.get(vocabulary) or self.data["vocabulary"][vocabulary]
        for entry in entries:
            if entry["code"] == code:
                return pick(entry["label"], lang)
        return code


_FILE = re.compile(r"protocol-v(\d+)\.json$")


def available_versions() -> list[str]:
    folder = resource_path("protocol")
    found = [match.group(1) for p in folder.iterdir() if (match := _FILE.search(p.name))]
    return sorted(found, key=int)


@cache
def load_protocol(version: str | None = None) -> Protocol:
    """The catalogue of ``version`` (the newest when None)."""
    versions = available_versions()
    if not versions:
        raise MraError(
            "The protocol catalogue is missing; reinstall mra-desktop.", "protocol_missing"
        )
    wanted = version or versions[-1]
    if wanted not in versions:
        raise MraError(
            f"This meeting uses protocol version {wanted}, which this program does not have; "
            "update mra-desktop.",
            "protocol_unknown",
        )
    with resource_path("protocol", f"protocol-v{wanted}.json").open(encoding="utf-8") as handle:
        return Protocol(json.load(handle))


def missing_translations(data: Any, path: str = "") -> list[str]:
    """Paths of text entries lacking one of the three languages (empty when complete)."""
    problems: list[str] = []
    if isinstance(data, dict):
        if set(data) & set(LANGUAGES):
            for lang in LANGUAGES:
                value = data.get(lang)
                if not isinstance(value, str) or not value.strip():
                    problems.append(f"{path or '/'}: {lang}")
            return problems
        for key, value in data.items():
            problems.extend(missing_translations(value, f"{path}/{key}"))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            problems.extend(missing_translations(value, f"{path}[{index}]"))
    return problems
