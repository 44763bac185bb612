"""The fonts the program ships are registered, and the interface font uses them."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QFont, QFontDatabase, QFontInfo

from mra_desktop.ui import fonts


def test_shipped_families_are_registered(qapp: Any) -> None:
    registered = fonts.register_fonts()
    assert registered["NotoSansArabic-Regular.ttf"] == ["Noto Sans Arabic"]
    assert registered["NotoSansArabic-Bold.ttf"] == ["Noto Sans Arabic"]
    assert registered["NotoSansTifinagh-Regular.ttf"] == ["Noto Sans Tifinagh"]
    families = QFontDatabase.families()
    assert "Noto Sans Arabic" in families and "Noto Sans Tifinagh" in families


def test_application_font_puts_arabic_first_and_the_system_sans_after(qapp: Any) -> None:
    before = QFont(qapp.font())
    try:
        font = fonts.apply_interface_font(qapp)
        assert font.families()[0] == "Noto Sans Arabic"
        assert len(font.families()) >= 2
        assert qapp.font().families() == font.families()
        assert QFontInfo(qapp.font()).family() == "Noto Sans Arabic"
    finally:
        qapp.setFont(before)

