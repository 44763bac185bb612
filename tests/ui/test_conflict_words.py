"""The conflict view shows catalogue words, not codes, in the interface language."""

from __future__ import annotations

from mra_desktop.ui.conflicts_view import field_value_text


def test_codes_are_shown_as_words(qapp) -> None:  # type: ignore[no-untyped-def]
    version = {"sector": "health", "subtheme": "free_services", "obligations": ["prevent", "repair"]}
    assert field_value_text("change", "sector", version) == "Health"
    assert field_value_text("change", "subtheme", version) == "Free services"
    assert field_value_text("change", "obligations", version) == "Prevent, Provide reparations"
    assert field_value_text("change", "title", {"title": "Accueil de nuit"}) == "Accueil de nuit"


def test_every_field_of_every_record_is_named_in_the_interface_language(qapp) -> None:  # type: ignore[no-untyped-def]
    """No field of a conflict is shown by its code ("period from", "protocol id")."""
    from mra_desktop.core import models as m
    from mra_desktop.ui.conflicts_view import field_label
    from mra_desktop.ui.i18n import apply_language

    unnamed = []
    try:
        for lang in ("fr", "ar"):
            apply_language(qapp, lang)
            for model in (*m.RECORD_TYPES, *m.UNSYNCED_RECORD_TYPES):
                for name in [*model.content_fields(), "deleted_at"]:
                    label = field_label(model.record_type, name)
                    if label == name.replace("_", " ") or not label.strip():
                        unnamed.append(f"{lang} {model.record_type}.{name}")
    finally:
        apply_language(qapp, "en")
    assert unnamed == []
