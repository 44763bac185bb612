"""The national Most Significant Change round: candidates per domain, the panel's choice
with a reason in full sentences, dissent, who and when."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from mra_desktop.core.demo import demo_id
from mra_desktop.core.mra_records import MscChoice
from mra_desktop.core.msc import (
    MscError,
    candidates,
    choices,
    choose,
    clear_choice,
    create_round,
    list_rounds,
    reason_problem,
    round_for_period,
)
from tests.mra_support import mra_demo_copy

REASON = ("It changed who has to leave the home: the aggressor, not the woman. "
          "Other provinces can do the same without a new law.")


@pytest.fixture
def demo(tmp_path: Path):  # type: ignore[no-untyped-def]
    db = mra_demo_copy(tmp_path)
    yield db
    db.close()


def test_candidates_are_the_meetings_choices_per_sector(demo) -> None:  # type: ignore[no-untyped-def]
    [round_] = list_rounds(demo)
    found = candidates(demo, round_.id)
    assert sorted(found) == ["health", "justice", "law_enforcement", "system"]
    assert all(c.change.msc_selected for pool in found.values() for c in pool)
    assert [c.change.title[:20] for c in found["law_enforcement"]] == [
        "Immediate care of wo", "Removing abusive hus"]
    # the meeting with issues is left out unless every state is asked for
    every = candidates(demo, round_.id, all_states=True)
    assert sum(map(len, every.values())) >= sum(map(len, found.values()))


def test_the_demo_round_has_a_choice_per_sector_with_reasons(demo) -> None:  # type: ignore[no-untyped-def]
    [round_] = list_rounds(demo)
    chosen = choices(demo, round_.id)
    assert sorted(chosen) == ["health", "justice", "law_enforcement", "system"]
    health = chosen["health"]
    assert health.change.id == demo_id("change", "fldf-2022-02-health-ouarzazate", "fldf-2022-02-c1")
    assert health.chosen_by == "Khadija Amrani" and health.chosen_at.tzinfo is not None
    assert health.meeting.partner.startswith("Fédération")
    assert chosen["law_enforcement"].dissent.startswith("Two members")


def test_a_choice_needs_full_sentences_a_name_and_a_candidate(demo) -> None:  # type: ignore[no-untyped-def]
    round_id = create_round(demo, "Round 2022", created_by="Nadia Tazi",
                            period_from=dt.date(2021, 5, 1), period_to=dt.date(2022, 7, 31))
    pool = candidates(demo, round_id)["law_enforcement"]
    change_id = pool[1].change.id
    with pytest.raises(MscError, match="full sentences"):
        choose(demo, round_id, "law_enforcement", change_id, reason="Most useful.", chosen_by="N")
    with pytest.raises(MscError, match="full stop"):
        choose(demo, round_id, "law_enforcement", change_id,
               reason="it protects the woman and her children at home", chosen_by="N")
    with pytest.raises(MscError, match="Write the name"):
        choose(demo, round_id, "law_enforcement", change_id, reason=REASON, chosen_by=" ")
    other = candidates(demo, round_id)["health"][0].change.id
    with pytest.raises(MscError, match="choose among the candidates"):
        choose(demo, round_id, "law_enforcement", other, reason=REASON, chosen_by="N")
    with demo.session() as session:
        assert session.scalars(select(MscChoice).where(MscChoice.round_id == round_id)).all() == []
    made = choose(demo, round_id, "law_enforcement", change_id, reason=REASON,
                  chosen_by="Nadia  Tazi", dissent="One member preferred the female officers.")
    assert (made.chosen_by, made.reason, made.dissent) == (
        "Nadia Tazi", REASON, "One member preferred the female officers.")
    again = choose(demo, round_id, "law_enforcement", pool[0].change.id, reason=REASON,
                   chosen_by="Khadija Amrani")
    stored = choices(demo, round_id)["law_enforcement"]
    assert (stored.change.id, stored.chosen_by, stored.dissent) == (
        pool[0].change.id, "Khadija Amrani", "")
    assert stored.chosen_at >= made.chosen_at and again.change.id == pool[0].change.id
    assert clear_choice(demo, round_id, "law_enforcement")
    assert not clear_choice(demo, round_id, "law_enforcement")
    assert choices(demo, round_id) == {}


def test_rounds(demo) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(MscError, match="end after it starts"):
        create_round(demo, "Backwards", created_by="N", period_from=dt.date(2022, 1, 1),
                     period_to=dt.date(2021, 1, 1))
    with pytest.raises(MscError, match="Write the round's title"):
        create_round(demo, "  ", created_by="N")
    with pytest.raises(MscError, match="Unknown domain"):
        create_round(demo, "Obligations", created_by="N", domain_axis="obligation")
    by_category = create_round(demo, "By category", created_by="N", domain_axis="category")
    assert set(candidates(demo, by_category)) <= {"relationships", "structural", "regulation", "practice", ""}
    [demo_round] = [r for r in list_rounds(demo) if r.id != by_category]
    assert round_for_period(demo, dt.date(2021, 5, 1), dt.date(2022, 7, 31)).id == demo_round.id
    assert round_for_period(demo, dt.date(2021, 6, 1), dt.date(2022, 6, 30)).id in {demo_round.id, by_category}


def test_reason_problem_accepts_arabic_and_french_sentences() -> None:
    assert reason_problem("لأنه غيّر طريقة استقبال النساء في كل المستشفيات الجهوية؟") is None
    assert reason_problem("Parce qu'il a changé la manière d'accueillir les femmes à l'hôpital.") is None
    assert reason_problem("Bon changement").code == "msc_reason_short"
