"""The fonts the program ships are registered, and the interface font uses them."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QFont, QFontDatabase, QFontInfo

from mra_desktop.ui import fonts


def test_shipped_families_are_registered(qapp: Any) -> None:
    registered = fonts.register_fonts()
    assert registered["NotoSansArabicUI-Regular.ttf"] == ["Noto Sans Arabic UI"]
    assert registered["NotoSansArabicUI-Bold.ttf"] == ["Noto Sans Arabic UI"]
    assert registered["NotoSansTifinagh-Regular.ttf"] == ["Noto Sans Tifinagh"]
    families = QFontDatabase.families()
    assert "Noto Sans Arabic UI" in families and "Noto Sans Tifinagh" in families


def test_application_font_puts_arabic_first_and_the_system_sans_after(qapp: Any) -> None:
    before = QFont(qapp.font())
    try:
        font = fonts.apply_interface_font(qapp)
        assert font.families()[0] == "Noto Sans Arabic UI"
        assert len(font.families()) >= 2
        assert qapp.font().families() == font.families()
        assert QFontInfo(qapp.font()).family() == "Noto Sans Arabic UI"
    finally:
        qapp.setFont(before)



def test_interface_lines_are_as_tall_as_a_latin_interface_fonts(qapp: Any) -> None:
    """The Arabic face sets the line height of every screen, French and English included:
    it must not be much taller than the system's own sans face."""
    from PySide6.QtGui import QFontMetrics

    before = QFont(qapp.font())
    try:
        font = fonts.apply_interface_font(qapp)
        system = QFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont))
        system.setPointSizeF(font.pointSizeF())
        assert QFontMetrics(font).height() <= 1.35 * QFontMetrics(system).height()
    finally:
        qapp.setFont(before)
