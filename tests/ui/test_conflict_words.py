"""The conflict view shows catalogue words, not codes, in the interface language."""

from __future__ import annotations

from mra_desktop.ui.conflicts_view import field_value_text


def test_codes_are_shown_as_words(qapp) -> None:  # type: ignore[no-untyped-def]
    version = {"sector": "health", "subtheme": "free_services", "obligations": ["prevent", "repair"]}
    assert field_value_text("change", "sector", version) == "Health"
    assert field_value_text("change", "subtheme", version) == "Free services"
    assert field_value_text("change", "obligations", version) == "Prevent, Provide reparations"
    assert field_value_text("change", "title", {"title": "Accueil de nuit"}) == "Accueil de nuit"
