"""One way to find the files the program ships (protocol, demo data, fonts, translations).

The same lookup serves three situations:

* an installed package (``pip install .``): ``resources/`` and ``translations/`` are
  installed as the sub-packages ``mra_desktop.resources`` and ``mra_desktop.translations``;
* a source checkout run without installing: the folders beside the package;
* a frozen PyInstaller build: the folders unpacked under ``sys._MEIPASS``.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_PACKAGE_ROOT = Path(__file__).resolve().parent.parent  # .../mra_desktop


@cache
def _root(kind: str) -> Path:
    frozen_base = getattr(sys, "_MEIPASS", None)
    candidates: list[Path] = []
    if frozen_base:
        candidates.append(Path(frozen_base) / "mra_desktop" / kind)
    candidates.append(_PACKAGE_ROOT / kind)  # installed package
    candidates.append(_PACKAGE_ROOT.parent / kind)  # source checkout
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"the program's {kind} folder is missing; reinstall mra-desktop")


def resource_path(*parts: str) -> Path:
    """Path of a shipped file under ``resources/``, e.g. ``resource_path("fonts", "x.ttf")``."""
    return _root("resources").joinpath(*parts)


def translations_dir() -> Path:
    """Folder holding the compiled ``.qm`` translations."""
    return _root("translations")
