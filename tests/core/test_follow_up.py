"""A follow-up meeting: one transaction, its copied setup and participants, and the status
of the previous meeting's action items."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import event, text

from mra_desktop.core.errors import NotFoundError, ValidationError
from mra_desktop.core.follow_up import create_follow_up, follow_up_title, previous_action_plan


@pytest.fixture
def previous(services, meeting):  # type: ignore[no-untyped-def]
    services.meetings.update(
        meeting.id,
        city="El-Hajeb",
        kind="group",
        body="local_commission",
        facilitators=["Amal", "Karim"],
        period_from="2021-09-01",
        period_to="2022-03-01",
    )
    for role, sector, count in (("Procureur", "justice", 1), ("Médecin", "health", 2)):
        services.participants.create(meeting_id=meeting.id, role=role, sector=sector, count=count)
    gone = services.participants.create(meeting_id=meeting.id, role="Retiré", count=1)
    services.participants.delete(gone.record_id)
    items = [
        ("justice", "start", "Un bureau d'écoute au tribunal"),
        ("health", "stop", "Renvoyer les femmes sans certificat"),
        ("health", "continue", "Les permanences de la cellule"),
    ]
    for sector, action, item_text in items:
        services.action_items.create(meeting_id=meeting.id, sector=sector, action=action, text=item_text)
    dropped = services.action_items.create(
        meeting_id=meeting.id, sector="system", action="start", text="Supprimé"
    )
    services.action_items.delete(dropped.record_id)
    return services.meetings.get(meeting.id)


def _count(db, table: str, meeting_id: str) -> int:  # type: ignore[no-untyped-def]
    with db.engine.connect() as conn:
        query = text(f'SELECT COUNT(*) FROM "{table}" WHERE meeting_id = :m AND deleted_at IS NULL')
        return int(conn.execute(query, {"m": meeting_id}).scalar_one())


def test_follow_up_copies_the_setup_and_participants_in_one_transaction(services, db, previous) -> None:  # type: ignore[no-untyped-def]
    commits: list[int] = []

    def committed(conn) -> None:  # type: ignore[no-untyped-def]
        commits.append(1)

    event.listen(db.engine, "commit", committed)
    made = create_follow_up(services, previous.id, today=dt.date(2022, 9, 20))
    event.remove(db.engine, "commit", committed)
    assert len(commits) == 1  # the meeting, 2 participants and 3 follow-ups: one commit
    new = services.meetings.get(made.meeting_id)
    assert new.title == "Suivi : Local commission, El-Hajeb"  # the meeting's language (fr)
    assert (new.city, new.kind, new.body, new.language) == ("El-Hajeb", "group", "local_commission", "fr")
    assert new.sectors == ["health", "justice"]
    assert new.facilitators == ["Amal", "Karim"]
    assert (new.period_from, new.period_to) == (dt.date(2022, 3, 14), dt.date(2022, 9, 20))
    assert new.date == dt.date(2022, 9, 20) and new.status == "planned"
    roles = [(p.role, p.count) for p in services.participants.for_meeting(new.id)]
    assert roles == [("Procureur", 1), ("Médecin", 2)]
    assert _count(db, "action_follow_up", new.id) == 3
    kinds = [(c.record_type, c.operation) for c in made.changes]
    assert kinds[0] == ("meeting", "created")
    assert sorted(kinds[1:]) == [("action_follow_up", "created")] * 3 + [("participant", "created")] * 2


def test_previous_plan_lists_the_items_in_the_boards_order(services, previous) -> None:  # type: ignore[no-untyped-def]
    made = create_follow_up(services, previous.id)
    plan = previous_action_plan(services, made.meeting_id)
    assert plan.meeting is not None and plan.meeting.id == previous.id
    # health before justice (the catalogue's order), continue before stop
    assert [i.item.text for i in plan.items] == [
        "Les permanences de la cellule",
        "Renvoyer les femmes sans certificat",
        "Un bureau d'écoute au tribunal",
    ]
    assert all(i.status is None and i.comment == "" for i in plan.items)
    first = plan.items[0].follow_up
    services.action_follow_ups.update(first.id, status="in_progress", comment="Deux jours sur cinq")
    again = previous_action_plan(services, made.meeting_id).items[0]
    assert (again.status, again.comment) == ("in_progress", "Deux jours sur cinq")
    with pytest.raises(ValidationError) as refused:
        services.action_follow_ups.update(first.id, status="finished")
    assert refused.value.code == "not_allowed"


def test_an_item_deleted_afterwards_leaves_the_follow_up(services, previous) -> None:  # type: ignore[no-untyped-def]
    made = create_follow_up(services, previous.id)
    item = previous_action_plan(services, made.meeting_id).items[0].item
    services.action_items.delete(item.id)
    assert item.id not in [i.item.id for i in previous_action_plan(services, made.meeting_id).items]


def test_bad_follow_ups_are_refused_and_write_nothing(services, db, previous) -> None:  # type: ignore[no-untyped-def]
    before = len(services.meetings.list(include_deleted=True))
    with pytest.raises(NotFoundError):
        create_follow_up(services, "no-such-meeting")
    services.meetings.delete(previous.id)
    with pytest.raises(ValidationError) as refused:
        create_follow_up(services, previous.id)
    assert refused.value.code == "deleted"
    assert len(services.meetings.list(include_deleted=True)) == before


def test_a_failure_halfway_leaves_nothing(services, previous, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    original = services.action_follow_ups.create_in
    calls = []

    def failing(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(1)
        if len(calls) == 2:
            raise ValidationError("action_item_id", "missing", "There is no such action item.")
        return original(*args, **kwargs)

    monkeypatch.setattr(services.action_follow_ups, "create_in", failing)
    count = len(services.meetings.list(include_deleted=True))
    with pytest.raises(ValidationError):
        create_follow_up(services, previous.id)
    assert len(services.meetings.list(include_deleted=True)) == count
    assert len(services.participants.list(include_deleted=True)) == 3


def test_the_title_of_a_follow_up_of_a_follow_up_does_not_stack() -> None:
    assert follow_up_title("اجتماع اللجنة المحلية", "ar") == "متابعة: اجتماع اللجنة المحلية"
    assert follow_up_title("Suivi : Taza", "fr") == "Suivi : Taza"
    assert len(follow_up_title("x" * 200, "en")) == 200


# -- the follow-up's report -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "heading", "done", "in_progress", "unrecorded"),
    [
        (
            "fr",
            "Suivi du plan d'action de la réunion précédente (Local commission, El-Hajeb, 14 mars 2022)",
            "Réalisée", "En cours", "Non renseigné",
        ),
        (
            "ar",
            "متابعة خطة عمل الاجتماع السابق (\u2066Local commission, El-Hajeb\u2069، 14 مارس 2022)",
            "أُنجز", "قيد الإنجاز", "غير مسجل",
        ),
    ],
)
def test_the_report_of_a_follow_up_prints_the_status_of_the_previous_plan(
    services, previous, tmp_path, lang, heading, done, in_progress, unrecorded  # type: ignore[no-untyped-def]
) -> None:
    from mra_desktop.core.report_pdf import export_meeting_pdf
    from tests.pdf_oracle import check_paragraph, pdf_lines

    made = create_follow_up(services, previous.id)
    items = previous_action_plan(services, made.meeting_id).items
    comment = {"fr": "Fait en mars, dans les trois centres.", "ar": "تم تنفيذه في مارس في المراكز الثلاثة."}[lang]
    services.action_follow_ups.update(items[0].follow_up.id, status="done", comment=comment)
    services.action_follow_ups.update(items[1].follow_up.id, status="in_progress")
    written = export_meeting_pdf(services, made.meeting_id, lang, tmp_path / f"f-{lang}.pdf")
    lines = pdf_lines(written.path)
    default = "rtl" if lang == "ar" else "ltr"
    for paragraph in (heading, comment, items[0].item.text, items[2].item.text, done, in_progress, unrecorded):
        assert check_paragraph(paragraph, lines, default) is None, paragraph
    # under part III: after its heading, before the notes of part IV
    part3 = {"fr": "III. Plan d'action", "ar": "ثالثا: خطة العمل"}[lang]
    assert check_paragraph(part3, lines, default) is None


def test_a_meeting_that_follows_none_has_no_follow_up_section(services, previous, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from mra_desktop.core.report_pdf import export_meeting_pdf
    from tests.pdf_oracle import pdf_text

    written = export_meeting_pdf(services, previous.id, "fr", tmp_path / "p.pdf")
    assert "Suivi du plan d'action" not in pdf_text(written.path)


def test_the_follow_up_of_a_demo_meeting_is_a_demo_meeting_too(services, db, previous) -> None:  # type: ignore[no-untyped-def]
    """Demo records never leave the database (sync); what a follow-up copies from a demo
    meeting stays home with it, and a real meeting's follow-up is real."""
    with db.engine.begin() as conn:
        for table, column in (("meeting", "id"), ("participant", "meeting_id"), ("action_item", "meeting_id")):
            conn.execute(text(f'UPDATE "{table}" SET demo = 1 WHERE {column} = :m'), {"m": previous.id})
    made = create_follow_up(services, previous.id)
    with db.engine.connect() as conn:
        for table, column in (("meeting", "id"), ("participant", "meeting_id"), ("action_follow_up", "meeting_id")):
            flags = conn.execute(
                text(f'SELECT demo FROM "{table}" WHERE {column} = :m'), {"m": made.meeting_id}
            ).scalars().all()
            assert flags and all(flags), table
    again = create_follow_up(services, made.meeting_id)  # a follow-up of that one, too
    assert services.meetings.get(again.meeting_id).demo


def test_the_follow_up_of_a_real_meeting_is_real(services, previous) -> None:  # type: ignore[no-untyped-def]
    made = create_follow_up(services, previous.id)
    assert not services.meetings.get(made.meeting_id).demo


def test_a_title_in_the_other_direction_keeps_its_place_in_the_heading(services, previous, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """An Arabic title in a French report's heading (or a French one in an Arabic report)
    is set apart in an isolate: without it, bidi pulls the date's day into the Arabic run
    ("(MRA: 14 اجتماع …، mars 2022)")."""
    from mra_desktop.core.report_pdf import export_meeting_pdf
    from tests.pdf_oracle import check_paragraph, pdf_lines

    title = "MRA: اجتماع اللجنة المحلية بالحاجب"
    services.meetings.update(previous.id, title=title)
    made = create_follow_up(services, previous.id)
    services.action_follow_ups.update(
        previous_action_plan(services, made.meeting_id).items[0].follow_up.id, status="done"
    )
    written = export_meeting_pdf(services, made.meeting_id, "fr", tmp_path / "fr.pdf")
    heading = (
        "Suivi du plan d'action de la réunion précédente "
        f"(\u2067{title}\u2069, 14 mars 2022)"
    )
    assert check_paragraph(heading, pdf_lines(written.path), "ltr") is None
