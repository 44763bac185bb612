"""Keyboard accelerators in every language: Arabic menus and buttons have their own (on
Arabic letters) rather than none, and no two items of a menu, a dialog or a screen (with
the menu bar above it) share one, in English, French or Arabic."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from accelerator_scopes import clashes, demo_services, scopes
from PySide6.QtWidgets import QApplication

from mra_desktop.ui import preferences
from mra_desktop.ui.i18n import apply_language

TRANSLATIONS = Path(__file__).resolve().parents[2] / "translations"
_MNEMONIC = re.compile(r"&[^&\s]")


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Any, Any]]:
    partner, mra = demo_services(tmp_path_factory.mktemp("accelerators"))
    yield partner, mra
    partner.db.close()
    mra.db.close()


@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
def test_no_two_items_of_a_menu_a_dialog_or_a_screen_share_an_accelerator(
    qapp: QApplication, demo: tuple[Any, Any], lang: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv(preferences.SETTINGS_ENV_VAR, str(tmp_path / "settings.ini"))
    partner, mra = demo
    apply_language(qapp, lang)
    try:
        found = scopes(partner, mra)
    finally:
        apply_language(qapp, "en")
    assert {"menu bar", "setup", "step action_plan", "settings", "mra matrix"} <= set(found)
    with_accelerators = sum(1 for texts in found.values() for t in texts if _MNEMONIC.search(t))
    assert with_accelerators > 100
    problems = {name: c for name, texts in found.items() if (c := clashes(texts))}
    assert problems == {}


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_every_accelerator_of_the_source_has_one_in_the_translation(lang: str) -> None:
    missing, latin = [], []
    tree = ET.parse(TRANSLATIONS / f"mra_desktop_{lang}.ts")
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            source = (message.findtext("source") or "").replace("&&", "")
            translation = (message.findtext("translation") or "").replace("&&", "")
            found = _MNEMONIC.search(translation)
            if _MNEMONIC.search(source) and not found:
                missing.append(f"{context.findtext('name')}: {source!r} -> {translation!r}")
            elif found and lang == "ar" and not "\u0621" <= found.group()[1] <= "\u064a":
                latin.append(translation)  # Alt and an Arabic letter, on an Arabic keyboard
    assert missing == [] and latin == []


def test_the_check_sees_a_clash() -> None:
    assert clashes(["&File", "&Format", "&Edit"]) == [("f", "&File", "&Format")]
    assert clashes(["&File", "F&ormat", "Save && close"]) == []
