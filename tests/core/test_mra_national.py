"""The figures of the national outputs: which meetings count, the introduction's figures,
participants by authority, good practices by sector and sub-theme, and the action plan
merged across meetings."""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter

import pytest

from mra_desktop.core.consolidation import set_cell_summary, set_exemplary
from mra_desktop.core.mra_demo import load_mra_demo
from mra_desktop.core.national import (
    Scope,
    ScopeError,
    action_plan,
    check_scope,
    good_practices,
    merge_key,
    national_figures,
    participants_by_authority,
    require_meetings,
)
from mra_desktop.core.resources import resource_path
from mra_desktop.core.review import set_review_state
from tests.mra_support import received

#: the database layer of MRA's side: on SQLite and on PostgreSQL
pytestmark = pytest.mark.both_backends


@pytest.fixture
def three(services):  # type: ignore[no-untyped-def]
    """Three received meetings of two partners; two approved, one only reviewed."""
    db = services.db
    a = received(services, partner="Amal", region="Fès-Meknès", date="2021-06-01", kind="individual",
                 body="health", participants=(("health", 1),),
                 changes=({"sector": "health", "subtheme": "staff_services", "title": "Permanence"},))
    b = received(services, organisation_id=a["organisation"], region="Fès-Meknès", date="2022-02-01",
                 body="local_commission", participants=(("justice", 4), ("civil_society", 2)),
                 changes=({"sector": "justice", "subtheme": "courtrooms", "title": "Day reserved"},
                          {"sector": "health", "subtheme": "staff_services", "title": "Social worker"}))
    c = received(services, partner="FADD", region="Marrakech-Safi", date="2022-05-01",
                 body="local_commission", participants=(("law_enforcement", 5),),
                 changes=({"sector": "law_enforcement", "title": "Female officers"},))
    set_review_state(db, a["meeting"], "approved", reviewer="K")
    set_review_state(db, b["meeting"], "approved", reviewer="K")
    set_review_state(db, c["meeting"], "reviewed", reviewer="K")
    return a, b, c


def test_only_approved_meetings_count_unless_all_states(db, three) -> None:  # type: ignore[no-untyped-def]
    figures = national_figures(db, Scope())
    assert (figures.meetings, figures.individual, figures.group, figures.participants) == (2, 1, 1, 7)
    assert [p.name for p in figures.partners] == ["Amal"]
    assert (figures.partners[0].meetings, figures.partners[0].participants) == (2, 7)
    assert (figures.changes, figures.first_date, figures.last_date) == (
        3, dt.date(2021, 6, 1), dt.date(2022, 2, 1))
    every = national_figures(db, Scope(all_states=True))
    assert (every.meetings, every.participants, every.changes, len(every.partners)) == (3, 12, 4, 2)
    assert every.regions == ["Fès-Meknès", "Marrakech-Safi"]


def test_period_and_partners_narrow_what_counts(db, three) -> None:  # type: ignore[no-untyped-def]
    a, _b, c = three
    assert national_figures(db, Scope(date_from=dt.date(2022, 1, 1))).meetings == 1
    assert national_figures(db, Scope(date_to=dt.date(2021, 12, 31))).meetings == 1
    assert national_figures(db, Scope(partner_ids=(c["organisation"],), all_states=True)).meetings == 1
    assert national_figures(db, Scope(partner_ids=(a["organisation"],))).meetings == 2


def test_a_deleted_meeting_never_counts(db, services, three) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import update

    from mra_desktop.core import models as m

    with db.transaction() as session:  # as a partner's deletion mark would leave it
        session.execute(update(m.Meeting).where(m.Meeting.id == three[0]["meeting"])
                        .values(deleted_at=dt.datetime(2022, 9, 1, tzinfo=dt.UTC)))
    assert national_figures(db, Scope(all_states=True)).meetings == 2


def test_bad_scopes_are_refused_in_one_sentence(db, three) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ScopeError, match="reversed: 2022-05-01 comes after 2022-01-01"):
        check_scope(db, Scope(dt.date(2022, 5, 1), dt.date(2022, 1, 1)))
    with pytest.raises(ScopeError, match="no partner with id nope"):
        check_scope(db, Scope(partner_ids=("nope",)))
    with pytest.raises(ScopeError, match="No approved meeting received from a partner was held "
                                         "between 2023-01-01 and 2023-12-31"):
        require_meetings(db, Scope(dt.date(2023, 1, 1), dt.date(2023, 12, 31)))
    assert require_meetings(db, Scope()) == 2


def test_participants_by_authority(db, three) -> None:  # type: ignore[no-untyped-def]
    table = participants_by_authority(db, Scope(all_states=True))
    assert [(r.body, r.meetings, r.participants) for r in table.rows] == [
        ("local_commission", 2, 11), ("health", 1, 1)]  # in the catalogue's order
    assert table.rows[0].by_sector == {"justice": 4, "civil_society": 2, "law_enforcement": 5}
    assert table.sector_totals == {"justice": 4, "civil_society": 2, "law_enforcement": 5, "health": 1}
    assert (table.total, table.meetings) == (12, 3)
    assert table.rows[0].roles == ["Role"]


def test_good_practices_by_sector_and_subtheme(db, three) -> None:  # type: ignore[no-untyped-def]
    _a, b, _c = three
    set_exemplary(db, b["changes"][1], True, by="K")
    set_cell_summary(db, "subtheme", "health/staff_services", "total", "", "Shifts and staff.")
    set_cell_summary(db, "sector", "health", "total", "", "Hospitals changed.")
    groups = good_practices(db, Scope())
    assert [g.sector for g in groups] == ["health", "justice"]
    health = groups[0]
    assert health.summary == "Hospitals changed."
    [staff] = health.subthemes
    assert (staff.subtheme, staff.summary) == ("staff_services", "Shifts and staff.")
    assert [(e.change.title, e.meeting.date, e.exemplary) for e in staff.changes] == [
        ("Permanence", dt.date(2021, 6, 1), False), ("Social worker", dt.date(2022, 2, 1), True)]
    assert staff.changes[0].meeting.partner == "Amal"
    assert sum(g.change_count for g in good_practices(db, Scope(all_states=True))) == 4


def test_the_action_plan_merges_the_same_item_across_meetings(services) -> None:  # type: ignore[no-untyped-def]
    db = services.db
    first = received(services, date="2021-01-10", items=(
        {"sector": "health", "subtheme": "staff_services", "action": "continue",
         "text": "Keep the permanence shifts."},
        {"sector": "health", "subtheme": "staff_services", "action": "start",
         "text": "Train the night staff."}))
    second = received(services, partner="FADD", date="2022-01-10", items=(
        {"sector": "health", "subtheme": "staff_services", "action": "continue",
         "text": "• keep the  permanence shifts"},
        {"sector": "health", "subtheme": "staff_services", "action": "stop",
         "text": "Keep the permanence shifts."}))
    third = received(services, partner="Tafiil", date="2022-03-10", items=(
        {"sector": "health", "subtheme": "staff_services", "action": "start",
         "text": "Train the night staff"},
        {"sector": "health", "subtheme": "staff_services", "action": "continue",
         "text": "- Keep the permanence shifts!"}))
    for made in (first, second, third):
        set_review_state(db, made["meeting"], "approved", reviewer="K")
    [group] = action_plan(db, Scope())
    cont = group.items["continue"]
    assert [(e.text, e.meeting_count) for e in cont] == [("Keep the permanence shifts.", 3)]
    assert [f.partner for f in cont[0].meetings] == ["Association Amal", "FADD", "Tafiil"]
    assert [(e.text, e.meeting_count) for e in group.items["start"]] == [("Train the night staff.", 2)]
    assert [(e.text, e.meeting_count) for e in group.items["stop"]] == [("Keep the permanence shifts.", 1)]
    assert group.item_count == 3
    assert merge_key(" • Keep  THE permanence shifts ; ") == "keep the permanence shifts"


def test_the_demo_reproduces_its_dataset_per_sector(services) -> None:  # type: ignore[no-untyped-def]
    load_mra_demo(services)
    with resource_path("demo", "demo.json").open(encoding="utf-8") as handle:
        data = json.load(handle)
    changes = Counter(c["sector"] for mt in data["meetings"] for c in mt.get("changes", []))
    items = Counter(i["sector"] for mt in data["meetings"] for i in mt.get("action_items", []))
    scope = Scope(all_states=True)
    assert {g.sector: g.change_count for g in good_practices(services.db, scope)} == dict(changes)
    plan: Counter[str] = Counter()
    for group in action_plan(services.db, scope):
        plan[group.sector] += sum(e.meeting_count for v in group.items.values() for e in v)
    assert plan == items
    figures = national_figures(services.db, scope)
    assert figures.meetings == len(data["meetings"])
    assert figures.participants == sum(p["count"] for mt in data["meetings"] for p in mt["participants"])
    assert figures.individual == sum(1 for mt in data["meetings"] if mt["kind"] == "individual")
    assert len(figures.partners) == 6
