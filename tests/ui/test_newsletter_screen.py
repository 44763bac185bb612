"""The newsletter screen as MRA's staff use it: the menu where MRA's side is, a new issue
from the dialog, items edited, reordered, removed and added back, the live preview, a
published issue that cannot be touched, and the files it saves."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox
from shell_fixtures import english  # noqa: F401

from mra_desktop.core import models as m
from mra_desktop.core.demo import demo_id
from mra_desktop.core.identity import set_facilitator
from mra_desktop.core.mra_demo import load_mra_demo
from mra_desktop.core.newsletter import issues
from mra_desktop.core.services import Services
from mra_desktop.ui import background
from mra_desktop.ui.main_window import MainWindow
from mra_desktop.ui.sentences import visible
from tests.mra_support import mra_demo_copy

DRAFT = demo_id("newsletter", "2022-2")
PUBLISHED = demo_id("newsletter", "2022-1")
POLICE_SPACE = demo_id("change", "tafiil-2022-05-lc-taza-ar", "tafiil-2022-05-ar-c2")


@pytest.fixture
def synchronous() -> Iterator[None]:
    background.set_synchronous(True)
    yield
    background.set_synchronous(False)


@pytest.fixture
def mra(tmp_path: Path) -> Iterator[Any]:
    db = mra_demo_copy(tmp_path)
    set_facilitator(db, "Nadia Tazi")
    yield Services(db)
    db.close()


@pytest.fixture
def window(qtbot: Any, mra: Any, english: Any, synchronous: None) -> MainWindow:  # noqa: F811
    main = MainWindow(mra)
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    qtbot.waitExposed(main)
    return main


def _menus(window: MainWindow) -> list[str]:
    return [a.text() for a in window.menuBar().actions() if a.isVisible()]


def _view(window: MainWindow) -> Any:
    return window.mra_side.newsletter.show_issues()


def _select_issue(view: Any, issue_id: str) -> None:
    view.issue_list.setCurrentRow([s.id for s in view.summaries].index(issue_id))


def _select_change(view: Any, change_id: str) -> Any:
    row = next(r for r, i in enumerate(view.items) if i.change_id == change_id)
    view.item_list.setCurrentRow(row)
    return view.items[row]


def test_the_newsletter_menu_shows_where_mras_side_shows(qtbot: Any, services: Any, english: Any) -> None:  # noqa: F811
    main = MainWindow(services)
    qtbot.addWidget(main)
    assert "News&letter" not in _menus(main)
    assert not main.mra_side.newsletter.issues_action.isEnabled()
    load_mra_demo(services)
    main.import_screen.files_imported.emit([])
    assert "News&letter" in _menus(main)
    newsletter = main.mra_side.newsletter
    assert [a.text() for a in newsletter.menu.actions()] == ["&New issue…", "&Issues"]
    assert newsletter.issues_action.shortcut().toString() == "Ctrl+Shift+B"


def test_a_new_issue_from_the_dialog(qtbot: Any, window: MainWindow, mra: Any) -> None:
    view = _view(window)
    assert window.stack.currentWidget() is view
    dialog = window.mra_side.newsletter.new_issue()
    # a reversed period: one sentence in the dialog, nothing made
    dialog.date_from.setDate(QDate(2022, 7, 31))
    dialog.date_to.setDate(QDate(2022, 2, 1))
    dialog.accept()
    assert dialog.isVisible() and "reversed" in dialog.error_label.text()
    assert len(issues.list_issues(mra.db)) == 2
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("fr"))
    dialog.date_from.setDate(QDate(2021, 5, 1))
    dialog.date_to.setDate(QDate(2022, 1, 31))
    assert dialog.title_edit.placeholderText() == "Les bonnes pratiques du 1er mai 2021 au 31 janvier 2022"
    dialog.editorial_edit.insertPlainText("Premier numéro en français.")  # QTest types ASCII only
    dialog.accept()
    assert not dialog.isVisible()
    made = view.issue
    assert made is not None and made.status == "draft" and made.language == "fr"
    assert made.created_by == "Nadia Tazi"
    assert view.item_list.count() == 3
    assert "has not agreed that they may be quoted: 1." in visible(view.message_label.text())
    shown = view.preview.toPlainText()
    assert "Premier numéro en français." in shown and "La période en chiffres" in shown


def test_editing_an_item_saves_it_refreshes_the_preview_and_leaves_the_change_alone(
    qtbot: Any, window: MainWindow, mra: Any
) -> None:
    view = _view(window)
    _select_issue(view, DRAFT)
    item = _select_change(view, POLICE_SPACE)
    assert view.tabs.currentIndex() == 1
    assert view.preview.verticalScrollBar().value() > 0  # the preview shows the item
    assert "Anonymised at the partner's request" in view.note_label.text()
    assert view.fields["place"].isReadOnly()  # an anonymised place follows the level
    change_before = mra.changes.get(POLICE_SPACE)
    lead = view.fields["lead"]
    lead.setFocus()
    lead.selectAll()
    lead.insertPlainText("فضاء خاص لاستقبال النساء")  # as typed (QTest types ASCII only)
    view.title_edit.setFocus()  # leaving the field saves at once
    stored = next(i for i in issues.issue_items(mra.db, DRAFT) if i.id == item.id)
    assert stored.lead == "فضاء خاص لاستقبال النساء" and stored.edited
    qtbot.waitUntil(lambda: "فضاء خاص لاستقبال النساء" in view.preview.toPlainText(), timeout=3000)
    change_after = mra.changes.get(POLICE_SPACE)
    assert (change_after.revision, change_after.content_hash, change_after.what_changed) == (
        change_before.revision, change_before.content_hash, change_before.what_changed)
    assert "edited" in view.item_list.currentItem().text()


def test_items_are_reordered_removed_and_added_back_from_the_keyboard(
    qtbot: Any, window: MainWindow, mra: Any
) -> None:
    view = _view(window)
    _select_issue(view, DRAFT)
    before = [i.id for i in issues.issue_items(mra.db, DRAFT)]
    view.item_list.setCurrentRow(0)
    view.item_list.setFocus()
    qtbot.keyClick(view.item_list, Qt.Key_Down, Qt.ControlModifier)
    after = [i.id for i in issues.issue_items(mra.db, DRAFT)]
    assert after == [before[1], before[0], *before[2:]]
    assert view.item_list.currentRow() == 1  # the moved item stays selected
    item = _select_change(view, POLICE_SPACE)
    view.item_list.setFocus()
    qtbot.keyClick(view.item_list, Qt.Key_Delete)
    assert item.id not in [i.id for i in issues.issue_items(mra.db, DRAFT)]
    assert "Add a change" in window.statusBar().currentMessage()
    dialog = view.add_changes()
    assert dialog is not None
    rows = [dialog.changes.item(r) for r in range(dialog.changes.count())]
    wanted = next(r for r in rows if r.data(Qt.ItemDataRole.UserRole) == POLICE_SPACE)
    assert "anonymised" in wanted.text()
    wanted.setSelected(True)
    dialog.accept()
    assert POLICE_SPACE in [i.change_id for i in issues.issue_items(mra.db, DRAFT)]


def test_a_published_issue_is_read_only(window: MainWindow) -> None:
    view = _view(window)
    _select_issue(view, PUBLISHED)
    assert "Issue 1, published on" in visible(view.state_label.text())
    assert view.title_edit.isReadOnly() and view.editorial_edit.isReadOnly()
    assert not view.publish_button.isEnabled() and not view.delete_button.isEnabled()
    assert not view.add_button.isEnabled() and view.html_button.isEnabled()
    view.item_list.setCurrentRow(1)
    assert all(editor.isReadOnly() for editor in view.fields.values())
    assert not view.remove_button.isEnabled()


def test_publishing_and_saving_the_files(
    window: MainWindow, mra: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = _view(window)
    _select_issue(view, DRAFT)
    html = tmp_path / "issue"  # the suffix is added
    view.export("html", html)
    assert (tmp_path / "issue.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    view.export("pdf", tmp_path / "issue.pdf")
    assert (tmp_path / "issue.pdf").read_bytes().startswith(b"%PDF")
    assert "Issue saved" in visible(view.message_label.text())
    # consent withdrawn meanwhile: publishing is refused with its sentence
    with mra.db.transaction() as session:
        session.get(m.Change, POLICE_SPACE).may_be_quoted = False
    view.reload()
    assert "may no longer be quoted" in view.item_list.item(
        next(r for r, i in enumerate(view.items) if i.change_id == POLICE_SPACE)
    ).text()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    view.publish()
    assert "no longer allows" in visible(view.message_label.text())
    assert issues.find_issue(mra.db, DRAFT).status == "draft"
    _select_change(view, POLICE_SPACE)
    view.remove_selected()
    view.publish()
    published = issues.find_issue(mra.db, DRAFT)
    assert (published.status, published.number, published.published_by) == (
        "published", 2, "Nadia Tazi")
    assert view.title_edit.isReadOnly() and "Issue 2, published on" in visible(view.state_label.text())
