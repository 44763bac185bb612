"""The meetings list as a facilitator uses it: search, filters, new, follow-up, delete, undo."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from shell_fixtures import english, meetings, organisation  # noqa: F401
from sqlalchemy import text

from mra_desktop.core.protocol import load_protocol
from mra_desktop.ui.autosave import Autosaver
from mra_desktop.ui.history import History
from mra_desktop.ui.meeting_list import MeetingListView
from mra_desktop.ui.models import meetings as meetings_model
from mra_desktop.ui.models.meetings import COLUMNS, MeetingTableModel
from mra_desktop.ui.sentences import visible


@pytest.fixture
def view(qtbot: Any, services: Any, meetings: dict[str, str], english: Any) -> MeetingListView:  # noqa: F811
    widget = MeetingListView(services, History(services, Autosaver(services)))
    qtbot.addWidget(widget)
    widget.resize(1200, 600)
    widget.show()
    return widget


def _shown(view: MeetingListView, meetings: dict[str, str]) -> set[str]:  # noqa: F811
    names = {value: key for key, value in meetings.items()}
    return {names[mid] for mid in view.visible_meeting_ids()}


def test_model_rows_show_what_the_facilitator_needs(services: Any, meetings: dict[str, str], english: Any) -> None:  # noqa: F811
    model = MeetingTableModel(services)
    model.search()
    assert model.rowCount() == 4
    row = model.row_of(meetings["taza"])
    values = {code: model.index(row, COLUMNS.index(code)).data() for code in COLUMNS}
    assert values["date"] == "18 May 2022"
    assert values["title"] == "Local commission, Taza"
    assert values["partner"] == "Association Amal"
    assert values["place"] == "Taza, Fès-Meknès"
    assert values["status"] == "Completed"
    assert values["sectors"].startswith("Health, Justice")
    assert (values["changes"], values["action_items"]) == ("2", "1")
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Date"


def test_newest_first_and_sortable(view: MeetingListView, meetings: dict[str, str]) -> None:  # noqa: F811
    assert view.visible_meeting_ids()[0] == meetings["agadir"]
    view.table.sortByColumn(COLUMNS.index("changes"), Qt.SortOrder.DescendingOrder)
    assert view.visible_meeting_ids()[0] == meetings["taza"]
    view.table.sortByColumn(COLUMNS.index("title"), Qt.SortOrder.AscendingOrder)
    assert view.visible_meeting_ids()[0] == meetings["chichaoua"]  # "Gendarmerie unit"


def test_search_and_filters_narrow_the_rows(qtbot: Any, view: MeetingListView, meetings: dict[str, str]) -> None:  # noqa: F811
    assert _shown(view, meetings) == {"taza", "hajeb", "chichaoua", "agadir"}
    qtbot.keyClicks(view.search_edit, "COMMISSION")  # titles, case-insensitive
    assert _shown(view, meetings) == {"taza", "agadir"}
    view.search_edit.setText("Fès")  # regions too
    assert _shown(view, meetings) == {"taza", "hajeb"}
    view.search_edit.clear()
    view.status_filter.setCurrentIndex(view.status_filter.findData("completed"))
    assert _shown(view, meetings) == {"taza", "chichaoua"}
    view.sector_filter.setCurrentIndex(view.sector_filter.findData("law_enforcement"))
    assert _shown(view, meetings) == {"chichaoua"}
    view.status_filter.setCurrentIndex(0)
    view.sector_filter.setCurrentIndex(0)
    view.partner_filter.setCurrentIndex(view.partner_filter.findText("FADD"))
    assert _shown(view, meetings) == {"chichaoua"}
    view.partner_filter.setCurrentIndex(0)
    view.date_from.setDate(QDate(2022, 3, 1))
    view.date_to.setDate(QDate(2022, 5, 31))
    assert _shown(view, meetings) == {"taza", "hajeb"}
    assert visible(view.count_label.text()) == "Meetings: 2"
    qtbot.keyClicks(view.search_edit, "nothing like this")
    assert _shown(view, meetings) == set()
    assert view.empty_label.isVisible()


def test_ctrl_f_focuses_the_search(qtbot: Any, view: MeetingListView) -> None:
    view.activateWindow()
    view.table.setFocus()
    qtbot.waitUntil(view.table.hasFocus)
    qtbot.keyClick(view.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert view.search_edit.hasFocus()


def test_new_meeting_gets_the_defaults(qtbot: Any, services: Any, view: MeetingListView, organisation: str) -> None:  # noqa: F811
    with qtbot.waitSignal(view.meeting_created) as created:
        view.new_action.trigger()
    meeting = services.meetings.get(created.args[0])
    protocol = load_protocol()
    assert meeting.organisation_id == organisation
    assert meeting.language == "en"  # the interface language
    assert meeting.facilitators == ["Amina Oubella"]
    assert (meeting.protocol_id, meeting.protocol_version) == (protocol.id, protocol.version)
    assert meeting.status == "planned"
    assert meeting.date == dt.date.today()
    assert created.args[0] in view.visible_meeting_ids()
    view.history.undo()  # a new meeting made by mistake goes away with Ctrl+Z
    assert services.meetings.get(created.args[0]).is_deleted


def test_new_meeting_without_organisation_asks_for_one(qtbot: Any, services: Any, view: MeetingListView) -> None:
    with services.db.transaction() as session:  # a database that does not say whose it is
        session.execute(text("DELETE FROM local_setting WHERE key = 'identity.organisation_id'"))
    with qtbot.waitSignal(view.organisation_needed):
        assert view.create_meeting() is None


def test_follow_up_copies_the_setup_and_reviews_since_the_last_meeting(
    qtbot: Any, services: Any, view: MeetingListView, meetings: dict[str, str]  # noqa: F811
) -> None:
    assert view.select_meeting(meetings["hajeb"])
    with qtbot.waitSignal(view.meeting_created) as created:
        view.follow_up_action.trigger()
    previous = services.meetings.get(meetings["hajeb"])
    follow = services.meetings.get(created.args[0])
    for name in ("organisation_id", "city", "region", "kind", "scope", "sectors", "format",
                 "body", "language", "facilitators"):
        assert getattr(follow, name) == getattr(previous, name), name
    assert follow.period_from == dt.date(2022, 3, 14)  # the previous meeting's date
    assert follow.period_to == dt.date.today()
    assert follow.date == dt.date.today()
    assert follow.status == "planned"
    assert "Hospital social workers" in follow.title
    copied = services.participants.for_meeting(follow.id)
    assert [(p.role, p.count, p.name) for p in copied] == [
        ("Assistante sociale", 2, None), ("Médecin", 1, "Dr Alaoui")
    ]


def test_undoing_a_follow_up_takes_back_all_it_made_in_one_step(
    qtbot: Any, services: Any, view: MeetingListView, meetings: dict[str, str]  # noqa: F811
) -> None:
    assert view.select_meeting(meetings["hajeb"])
    with qtbot.waitSignal(view.meeting_created) as created:
        view.follow_up_action.trigger()
    follow_id = created.args[0]
    copied = [p.id for p in services.participants.for_meeting(follow_id)]
    followed = [f.id for f in services.action_follow_ups.for_meeting(follow_id)]
    assert copied
    view.history.undo()  # one Ctrl+Z
    assert services.meetings.get(follow_id).is_deleted
    assert all(services.participants.get(pid).is_deleted for pid in copied)
    assert all(services.action_follow_ups.get(fid).is_deleted for fid in followed)
    assert not view.history.stack.canUndo()
    view.history.redo()
    assert not services.meetings.get(follow_id).is_deleted
    assert len(services.participants.for_meeting(follow_id)) == len(copied)


def test_delete_key_deletes_and_undo_brings_it_back(
    qtbot: Any, services: Any, view: MeetingListView, meetings: dict[str, str]  # noqa: F811
) -> None:
    view.select_meeting(meetings["taza"])
    view.table.setFocus()
    messages: list[str] = []
    view.status_message.connect(messages.append)
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert services.meetings.get(meetings["taza"]).is_deleted
    assert meetings["taza"] not in view.visible_meeting_ids()
    assert messages and "Ctrl+Z" in messages[0]
    assert view.history.can_undo()
    view.history.undo()
    assert not services.meetings.get(meetings["taza"]).is_deleted
    assert meetings["taza"] in view.visible_meeting_ids()
    view.history.redo()
    assert services.meetings.get(meetings["taza"]).is_deleted


def test_recently_deleted_view_restores(
    qtbot: Any, services: Any, view: MeetingListView, meetings: dict[str, str]  # noqa: F811
) -> None:
    view.select_meeting(meetings["chichaoua"])
    view.delete_action.trigger()
    view.deleted_action.trigger()  # File > Recently deleted
    assert view.showing_deleted
    assert view.visible_meeting_ids() == [meetings["chichaoua"]]
    assert view.heading.text() == "Recently deleted meetings"
    assert not view.delete_action.isEnabled()
    view.select_meeting(meetings["chichaoua"])
    assert view.restore_action.isEnabled()
    view.restore_action.trigger()
    assert not services.meetings.get(meetings["chichaoua"]).is_deleted
    assert view.visible_meeting_ids() == []
    view.deleted_action.trigger()
    assert meetings["chichaoua"] in view.visible_meeting_ids()


def test_enter_opens_the_selected_meeting(qtbot: Any, view: MeetingListView, meetings: dict[str, str]) -> None:  # noqa: F811
    view.select_meeting(meetings["agadir"])
    view.table.setFocus()
    with qtbot.waitSignal(view.meeting_opened) as opened:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert opened.args == [meetings["agadir"]]


def test_rows_are_read_a_page_at_a_time_as_the_list_scrolls(
    qtbot: Any, services: Any, meetings: dict[str, str], english: Any, monkeypatch: pytest.MonkeyPatch  # noqa: F811
) -> None:
    monkeypatch.setattr(meetings_model, "PAGE_SIZE", 2)
    widget = MeetingListView(services, History(services, Autosaver(services)))
    qtbot.addWidget(widget)
    widget.resize(1200, 90)  # room for about one row
    assert widget.model.rowCount() == 2 and widget.model.canFetchMore()
    assert visible(widget.count_label.text()) == "Meetings: 4"  # all of them, read or not
    widget.show()
    widget.table.scrollToBottom()
    qtbot.waitUntil(lambda: widget.model.rowCount() == 4)
    assert not widget.model.canFetchMore()
    # the database sorts: the meeting with the most changes comes first, from any page
    widget.table.sortByColumn(COLUMNS.index("changes"), Qt.SortOrder.DescendingOrder)
    assert widget.visible_meeting_ids()[0] == meetings["taza"]
    widget.table.sortByColumn(COLUMNS.index("date"), Qt.SortOrder.AscendingOrder)
    assert widget.model.rowCount() <= 4 and widget.visible_meeting_ids()[0] == meetings["chichaoua"]
    # selecting a meeting not read yet reads on until it comes
    widget.table.sortByColumn(COLUMNS.index("date"), Qt.SortOrder.DescendingOrder)
    monkeypatch.setattr(meetings_model, "PAGE_SIZE", 1)
    widget.model.refresh()
    assert widget.select_meeting(meetings["chichaoua"])  # the oldest: the last row
    assert widget.current_meeting_id() == meetings["chichaoua"]


def test_the_list_counts_with_one_aggregate_query_and_loads_no_records(
    services: Any, meetings: dict[str, str], english: Any  # noqa: F811
) -> None:
    from sqlalchemy import event

    from mra_desktop.core import models as m

    statements: list[str] = []
    loaded: list[str] = []

    def executed(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        statements.append(statement)

    def load(target: Any, _context: Any) -> None:
        loaded.append(type(target).__name__)

    event.listen(services.db.engine, "before_cursor_execute", executed)
    for model in m.RECORD_TYPES:
        event.listen(model, "load", load)
    try:
        model = MeetingTableModel(services)
        model.search()
    finally:
        event.remove(services.db.engine, "before_cursor_execute", executed)
        for record_type in m.RECORD_TYPES:
            event.remove(record_type, "load", load)
    assert model.rowCount() == 4
    values = {model.index(model.row_of(meetings["taza"]), COLUMNS.index(c)).data() for c in ("changes", "action_items")}
    assert values == {"2", "1"}
    assert loaded == []  # no ORM object for meetings, participants, changes or items
    selects = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    assert len(selects) == 2  # how many match, and the first page with its counts
    assert "count(" in selects[1].lower() and "change" in selects[1]


def test_the_sectors_column_takes_the_arabic_comma(
    qapp: Any, view: MeetingListView, meetings: dict[str, str]  # noqa: F811
) -> None:
    from mra_desktop.ui.i18n import apply_language

    apply_language(qapp, "ar")
    try:
        model = view.model
        index = model.index(model.row_of(meetings["agadir"]), COLUMNS.index("sectors"))
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            shown = str(model.data(index, role))
            assert shown.count("، ") == 3 and "," not in shown, shown
    finally:
        apply_language(qapp, "en")


TITLES = {
    "en": "Local commission for the care of women victims of violence, with the prosecutor, "
    "the hospital's unit and the associations of",
    "fr": "Commission locale de prise en charge des femmes victimes de violence, avec le "
    "procureur, la cellule de l'hôpital et les associations de",
    "ar": "اللجنة المحلية للتكفل بالنساء ضحايا العنف بحضور وكيل الملك وخلية المستشفى "
    "وجمعيات المجتمع المدني في",
}


@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
def test_a_long_list_shows_every_meeting_whole_down_to_the_last(
    qtbot: Any, services: Any, organisation: str, english: Any,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch, lang: str,
) -> None:
    """The rows are measured as they come into sight: scrolling down a list of meetings
    with long titles, page after page, every row in sight holds its wrapped text; so does
    the row of a meeting chosen far down (an undo reveals it)."""
    from cut_text import cut_texts
    from row_heights import narrow_columns, settle, wrongly_measured

    from mra_desktop.ui.i18n import apply_language

    monkeypatch.setattr(meetings_model, "PAGE_SIZE", 20)
    apply_language(english, lang)
    places = ["Taza", "El-Hajeb", "Chichaoua", "Agadir", "Sidi Slimane", "Ouarzazate"]
    ids = [
        services.meetings.create(
            organisation_id=organisation, date=dt.date(2020, 1, 1) + dt.timedelta(days=n),
            title=f"{TITLES[lang]} {places[n % 6]}" + " (2)" * (n % 4), city=places[n % 6],
            sectors=["health", "justice", "law_enforcement", "system"][: 1 + n % 4],
        ).record_id
        for n in range(70)
    ]
    widget = MeetingListView(services, History(services, Autosaver(services)))
    qtbot.addWidget(widget)
    widget.resize(1340, 560)  # the list in a window of 1366 pixels
    widget.show()
    qtbot.waitExposed(widget)
    settle()
    table = widget.table
    assert widget.model.rowCount() == 20
    assert wrongly_measured(table) == [] and cut_texts(table) == []
    bar = table.verticalScrollBar()
    fitted = [COLUMNS.index(c) for c in ("date", "kind", "status", "changes", "action_items")]
    assert narrow_columns(table, fitted) == []
    while bar.value() < bar.maximum() or widget.model.canFetchMore():
        bar.setValue(bar.value() + 2)  # a turn of the wheel
        settle()
        assert wrongly_measured(table) == [], bar.value()
        assert narrow_columns(table, fitted) == [], bar.value()
        assert cut_texts(table) == [], bar.value()
    assert widget.model.rowCount() == 70
    # the oldest meeting, in the last row, is in sight whole
    last = table.model().index(69, 1)
    assert table.viewport().rect().contains(table.visualRect(last))
    # an undo reveals the newest meeting, at the top: back there, its row whole
    assert widget.select_meeting(ids[-1])
    settle()
    assert table.viewport().rect().contains(table.visualRect(table.currentIndex()))
    assert wrongly_measured(table) == [] and cut_texts(table) == []
    # and then one far down again, read from the database page by page
    widget.model.refresh()
    settle()
    assert widget.select_meeting(ids[3])
    settle()
    assert table.viewport().rect().contains(table.visualRect(table.currentIndex()))
    assert wrongly_measured(table) == [] and cut_texts(table) == []
