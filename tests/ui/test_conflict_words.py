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
def test_the_consent_flags_have_words_in_every_language(qapp) -> None:  # type: ignore[no-untyped-def]
    from mra_desktop.core.sync.records import content_fields
    from mra_desktop.ui.conflicts_view import field_label
    from mra_desktop.ui.i18n import apply_language

    expected = {
        "en": ("May be quoted in MRA's newsletter", "Anonymise"),
        "fr": ("Peut être cité dans le bulletin de MRA", "Anonymiser"),
        "ar": ("يمكن اقتباسه في نشرة MRA", "إخفاء الهوية"),
    }
    try:
        for lang, words in expected.items():
            apply_language(qapp, lang)
            assert (field_label("change", "may_be_quoted"), field_label("change", "anonymise")) == words
            for name in content_fields("change"):  # every row of a change's conflict has words
                assert field_label("change", name) != name.replace("_", " "), (lang, name)
    finally:
        apply_language(qapp, "en")


def test_a_conflict_on_consent_is_shown_on_its_own_row(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Two versions of a change that differ only by the partner's consent: the view says
    which, in words, with the value of each side."""
    from mra_desktop.core.database import open_database
    from mra_desktop.core.sync import import_sync_files
    from mra_desktop.ui.conflicts_view import ConflictsView
    from tests.sync_support import build_file, enrol_tafiil, manifest_for, rehash, small_records

    db = open_database(tmp_path / "mra.sqlite")
    try:
        enrol_tafiil(db)
        path = tmp_path / "first.mrasync"
        path.write_bytes(build_file())
        import_sync_files(db, [path], [], allow_unencrypted=True)
        records = small_records()
        records["change"][0] = rehash("change", {**records["change"][0], "may_be_quoted": True})
        path = tmp_path / "same-revision.mrasync"
        path.write_bytes(build_file(records, manifest=manifest_for(records, sequence=13)))
        [outcome] = import_sync_files(db, [path], [], allow_unencrypted=True)
        assert outcome.counts is not None and outcome.counts.conflicts == 1
        view = ConflictsView(db)
        qtbot.addWidget(view)
        view.refresh()
        view.list.setCurrentCell(0, 0)
        assert view.differing_rows() == ["May be quoted in MRA's newsletter"]
        rows = {
            view.versions.item(r, 0).text(): (view.versions.item(r, 1).text(), view.versions.item(r, 2).text())
            for r in range(view.versions.rowCount())
        }
        assert rows["May be quoted in MRA's newsletter"] == ("No", "Yes")
        assert rows["Anonymise"] == ("No", "No")
    finally:
        db.close()
