"""The fonts the program ships, registered at start so the interface looks the same
everywhere.

The application font is a family list: Noto Sans Arabic UI first, so Arabic text is always
drawn with it (Segoe UI or DejaVu would otherwise win on some systems), then the
system's own sans face, which Qt falls back to, character by character, for the Latin
letters Noto Sans Arabic UI does not have. It is the UI cut of Noto Sans Arabic, made for
interfaces: its line height is that of a Latin interface font (17 pixels at 9 points,
against 25 for Noto Sans Arabic, which left every line of a French or English screen
half empty and pushed fields off a laptop's screen). Amiri is for the PDF reports and is not
registered here.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from mra_desktop.core.resources import resource_path

SHIPPED_FONTS = (
    "NotoSansArabicUI-Regular.ttf",
    "NotoSansArabicUI-Bold.ttf",
    "NotoSansTifinagh-Regular.ttf",
)
ARABIC_FAMILY = "Noto Sans Arabic UI"
TIFINAGH_FAMILY = "Noto Sans Tifinagh"

_registered: dict[str, list[str]] = {}


def register_fonts() -> dict[str, list[str]]:
    """Add the shipped font files to Qt's database (once); file name -> families."""
    for name in SHIPPED_FONTS:
        if name in _registered:
            continue
        path = resource_path("fonts", name)
        font_id = QFontDatabase.addApplicationFont(str(path))
        _registered[name] = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    return dict(_registered)


def interface_families() -> list[str]:
    system = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont).family()
    families = [ARABIC_FAMILY]
    if system and system != ARABIC_FAMILY:
        families.append(system)
    families.append(TIFINAGH_FAMILY)
    return families


def apply_interface_font(app: QGuiApplication) -> QFont:
    """Register the shipped fonts and make the application font use them."""
    register_fonts()
    font = QFont(app.font())
    font.setFamilies(interface_families())
    app.setFont(font)
    return font
