"""The program's icon: drawn from its SVG, set on every window."""

from __future__ import annotations

from typing import Any


def test_the_program_has_its_icon(qapp: Any) -> None:
    from mra_desktop.ui.app import application, program_icon

    icon = program_icon()
    assert not icon.isNull()
    image = icon.pixmap(64, 64).toImage()
    assert image.width() == 64
    assert image.pixelColor(32, 10).name() == "#4b2472"  # the purple ground, not an empty image
    assert not application().windowIcon().isNull()
