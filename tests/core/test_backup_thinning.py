"""Thinning backups (a pure function): everything of the last 24 hours, then the newest of
each of 12 days, 10 weeks and 9 months, the rest removed oldest first."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from mra_desktop.core.backups import (
    KEEP_DAILY,
    KEEP_MONTHLY,
    KEEP_WEEKLY,
    _named_backups,
    obsolete_backups,
    thin_backups,
)

UTC = dt.UTC
NOW = dt.datetime(2022, 3, 1, 12, 0, tzinfo=UTC)  # a Tuesday


def _at(*args: int) -> dt.datetime:
    return dt.datetime(*args, tzinfo=UTC)


def _obsolete(times: list[dt.datetime], now: dt.datetime = NOW, **limits: int) -> list[dt.datetime]:
    return obsolete_backups(times, now, lambda t: t, **limits)


def test_a_hand_made_timeline() -> None:
    limits = dict(daily=3, weekly=2, monthly=1)
    # (backup, removed?)
    timeline = [
        # the last 24 hours: all kept, even several an hour
        (_at(2022, 3, 1, 11, 30), False),
        (_at(2022, 3, 1, 11, 0), False),
        (_at(2022, 2, 28, 12, 30), False),
        # 24 hours and more: the newest of each day, three days
        (_at(2022, 2, 28, 9, 0), True),  # its day already has a kept backup (12:30)
        (_at(2022, 2, 27, 18, 0), False),
        (_at(2022, 2, 27, 6, 0), True),
        (_at(2022, 2, 20, 10, 0), False),
        (_at(2022, 2, 19, 10, 0), False),
        # then the newest of each week (Monday to Sunday), two weeks
        (_at(2022, 2, 18, 10, 0), True),  # same week as 19 February, already kept
        (_at(2022, 2, 13, 2, 0), False),  # Sunday: the week of 7-13 February
        (_at(2022, 2, 13, 1, 0), True),
        (_at(2022, 2, 7, 1, 0), True),  # Monday of that same week
        (_at(2022, 1, 6, 1, 0), False),
        # then the newest of one month
        (_at(2022, 1, 5, 1, 0), True),  # January is kept already
        (_at(2021, 12, 24, 1, 0), False),
        # beyond every limit
        (_at(2021, 12, 1, 1, 0), True),
        (_at(2021, 11, 1, 1, 0), True),
    ]
    removed = _obsolete([t for t, _ in timeline], **limits)
    expected = sorted(t for t, gone in timeline if gone)
    assert removed == expected  # oldest first


def test_a_backup_every_day_for_a_year_keeps_day_week_and_month_ends() -> None:
    """Anki's own example: one backup a day at midnight for 365 days."""
    now = _at(2022, 1, 1)
    backups = [now - dt.timedelta(days=i) for i in range(1, 366)]
    expected: list[dt.datetime] = []
    rest = iter(backups[1 + KEEP_DAILY:])  # yesterday (within 24 h) and 12 days are kept
    for _ in range(KEEP_WEEKLY):  # then the last day of each week (Sunday)
        for backup in rest:
            if backup.weekday() == 6:
                break
            expected.append(backup)
    for _ in range(KEEP_MONTHLY):  # then the last day of each month
        for backup in rest:
            if (backup + dt.timedelta(days=1)).month != backup.month:
                break
            expected.append(backup)
    expected.extend(rest)
    assert _obsolete(backups, now) == sorted(expected)
    kept = sorted(set(backups) - set(expected))
    assert len(kept) == 1 + KEEP_DAILY + KEEP_WEEKLY + KEEP_MONTHLY
    assert kept[0] == _at(2021, 1, 31)  # the ninth month end before the weeks (September…January)


def test_a_facilitator_who_meets_twice_a_year_keeps_old_backups() -> None:
    """The limits count backups kept, not calendar time: sparse backups stay longer."""
    backups = [NOW - dt.timedelta(days=180 * i) for i in range(1, 8)]  # 3.5 years back
    assert _obsolete(backups) == []


def test_nothing_to_thin() -> None:
    assert _obsolete([]) == []
    assert _obsolete([NOW]) == []


def test_days_are_those_of_the_local_calendar() -> None:
    # 23:30 UTC on 26 February is already 27 February in UTC+1 (Morocco)
    morocco = dt.timezone(dt.timedelta(hours=1))
    late = _at(2022, 2, 26, 23, 30)
    next_morning = _at(2022, 2, 27, 8, 0)
    assert _obsolete([late, next_morning], NOW) == []  # two days in UTC
    assert _obsolete([late, next_morning], NOW.astimezone(morocco)) == [late]  # one in Morocco


moments = st.datetimes(
    min_value=dt.datetime(2019, 1, 1), max_value=dt.datetime(2022, 3, 3), timezones=st.just(UTC)
)


@settings(max_examples=300, deadline=None)
@given(st.lists(moments, max_size=80))
def test_thinning_properties(times: list[dt.datetime]) -> None:
    removed = _obsolete(times)
    kept = list(times)
    for backup in removed:
        kept.remove(backup)  # removed backups are among the given ones, counted as given
    assert removed == sorted(removed)  # oldest first
    recent = [t for t in times if t >= NOW - dt.timedelta(days=1)]
    assert all(t in kept for t in recent)  # the last 24 hours are all kept
    if times:
        assert max(times) in kept  # the newest is always kept
    older = [t for t in kept if t < NOW - dt.timedelta(days=1)]
    assert len(older) <= KEEP_DAILY + KEEP_WEEKLY + KEEP_MONTHLY
    days = [t.date() for t in older]
    assert len(days) == len(set(days))  # at most one kept backup a day…
    for t in older:  # …and it is the newest of its day
        assert t == max(u for u in times if u.date() == t.date())
    assert _obsolete(kept) == []  # thinning again removes nothing


@settings(max_examples=200, deadline=None)
@given(st.lists(moments, min_size=1, max_size=60), st.lists(moments, max_size=20))
def test_an_older_backup_never_costs_a_newer_one(
    times: list[dt.datetime], extra: list[dt.datetime]
) -> None:
    """Whether a backup is kept depends only on the backups newer than it."""
    oldest = min(times)
    older = [t for t in extra if t < oldest]
    before = set(_obsolete(times))
    after = set(_obsolete(times + older))
    assert after - set(older) == before


def test_thinning_on_disk_removes_backups_and_their_json(tmp_path: Path) -> None:
    db = tmp_path / "meetings.sqlite"
    folder = tmp_path / "meetings-backups"
    folder.mkdir()
    stamps = [NOW - dt.timedelta(hours=6 * i) for i in range(0, 4 * 40)]  # 40 days, 4 a day
    for moment in stamps:
        name = moment.strftime("%Y-%m-%dT%H-%M-%SZ") + "-periodic"
        (folder / f"{name}.sqlite").write_bytes(b"backup")
        (folder / f"{name}.json").write_text("{}")
    (folder / "notes.txt").write_text("kept: not a backup")
    removed = thin_backups(db, now=NOW)
    remaining = [when for _path, when, _reason, _n in _named_backups(folder)]
    assert sorted(remaining) == sorted(set(stamps) - set(_obsolete(stamps)))
    assert len(removed) == len(stamps) - len(remaining)
    assert not any(p.exists() or p.with_suffix(".json").exists() for p in removed)
    assert (folder / "notes.txt").exists()
    assert {p.stem for p in folder.glob("*.json")} == {p.stem for p in folder.glob("*.sqlite")}
