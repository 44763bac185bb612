"""Values in translated sentences keep their own order (Unicode isolates, one helper);
lists take the interface language's comma; keys are named as the keyboard names them.

The visual order is GNU FriBidi's (an implementation of UAX #9 independent of Qt)."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from shell_fixtures import english  # noqa: F401

from mra_desktop.ui.i18n import apply_language
from mra_desktop.ui.sentences import (
    file_filter,
    fill,
    isolate,
    join_list,
    ltr,
    shortcut_text,
    visible,
)
from tests.pdf_oracle import fribidi_available, fribidi_visual_line

pytestmark = pytest.mark.skipif(not fribidi_available(), reason="GNU FriBidi is not installed")
UI = Path(__file__).resolve().parents[2] / "mra_desktop" / "ui"


def seen_in_arabic(text: str) -> str:
    """The line as an Arabic interface shows it, left to right on the screen."""
    return fribidi_visual_line(text, 0, len(text), base="rtl")


@pytest.fixture
def arabic(english: QApplication) -> Iterator[QApplication]:  # noqa: F811
    apply_language(english, "ar")
    yield english


@pytest.mark.parametrize(
    ("sentence", "value", "shown"),
    [
        ("حُفظ التقرير في %1", Path("/home/amal/rapport.pdf"), "/home/amal/rapport.pdf"),
        ("افتحوا الإعدادات (%1)", "SHORTCUT", "Ctrl+,"),
        ("رقم البصمة %1.", ltr("3F2A 19C0"), "3F2A 19C0"),
        ("عدد الاجتماعات: %1", 12, "12"),
    ],
)
def test_left_to_right_values_keep_their_order_in_an_arabic_sentence(
    arabic: Any, sentence: str, value: object, shown: str
) -> None:
    if value == "SHORTCUT":
        value = shortcut_text("Ctrl+,")
    filled = fill(sentence, value)
    assert shown in seen_in_arabic(filled)
    # the oracle sees what went wrong before: the plain replacement is reordered
    if isinstance(value, Path) or shown == "Ctrl+,":
        bare = sentence.replace("%1", visible(str(value)))
        assert shown not in seen_in_arabic(bare)


def test_a_file_filter_keeps_its_pattern_in_arabic(arabic: Any) -> None:
    label = "المفاتيح العمومية"
    assert "(*.pub)" in seen_in_arabic(file_filter(label, "*.pub"))
    assert "(*.pub)" not in seen_in_arabic(f"{label} (*.pub)")


def test_a_file_filter_still_filters(qtbot: Any, arabic: Any, tmp_path: Path) -> None:
    """Qt reads the patterns from the parentheses that end the filter: the isolate must
    not hide them."""
    from PySide6.QtWidgets import QFileDialog, QListView

    (tmp_path / "mra.pub").write_text("key")
    (tmp_path / "notes.txt").write_text("text")
    dialog = QFileDialog(None, "t", str(tmp_path), file_filter("المفاتيح العمومية", "*.pub"))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    dialog.show()
    view = dialog.findChild(QListView, "listView")
    assert view is not None

    def shown() -> list[str]:
        root = view.rootIndex()
        return [view.model().index(r, 0, root).data() for r in range(view.model().rowCount(root))]

    qtbot.waitUntil(lambda: shown() == ["mra.pub"], timeout=3000)


def test_text_typed_by_people_runs_its_own_way(english: Any) -> None:  # noqa: F811
    sentence = fill("Setup: %1 (%2 participants)", "اجتماع اللجنة المحلية بتازة", 14)
    visual = fribidi_visual_line(sentence, 0, len(sentence), base="ltr")
    # the Arabic title reads as one piece, and the number stays after it, in its parentheses
    assert visual.startswith("Setup: ") and visual.endswith("(14 participants)")
    assert isolate("MRA: اجتماع")[0] == "\u2067"  # most letters are Arabic: right to left
    assert isolate("Le CHU de Fès (المستشفى)")[0] == "\u2066"


def test_fill_fills_every_place_once() -> None:
    assert visible(fill("%1 — %2", "a%2", "b")) == "a%2 — b"
    assert fill("%1 and %3", "x") .endswith("and %3")


def test_lists_take_the_arabic_comma(arabic: Any) -> None:
    assert join_list(["الصحة", "العدل"]) == "الصحة، العدل"
    assert join_list(["Taza", "Fès-Meknès"], typed=True) == "Taza, Fès-Meknès"
    apply_language(arabic, "fr")
    assert join_list(["Santé", "Justice"]) == "Santé, Justice"
    assert join_list(["تازة", "فاس مكناس"], typed=True) == "تازة، فاس مكناس"


@pytest.mark.parametrize(
    ("keys", "french"),
    [
        ("Return", "Entrée"),
        ("Enter", "Entrée"),
        ("Del", "Suppr"),
        ("Space", "Espace"),
        ("Ctrl+Shift+N", "Ctrl+Maj+N"),
        ("Ctrl+Up", "Ctrl+Haut"),
        ("Ctrl+Down", "Ctrl+Bas"),
        ("Ctrl+Left", "Ctrl+Gauche"),
        ("Ctrl+Right", "Ctrl+Droite"),
    ],
)
def test_french_keys_are_named_as_on_an_azerty_keyboard(english: Any, keys: str, french: str) -> None:  # noqa: F811
    apply_language(english, "fr")
    assert visible(shortcut_text(keys)) == french


def test_arabic_keys_are_named_as_printed_and_run_left_to_right(arabic: Any) -> None:
    assert visible(shortcut_text("Ctrl+Shift+N")) == "Ctrl+Shift+N"
    assert visible(shortcut_text("Ctrl+Up")) == "Ctrl+↑"
    sentence = fill("للانتقال إلى قطاع آخر: %1", shortcut_text("Ctrl+Up"))
    assert "Ctrl+↑" in seen_in_arabic(sentence)


def _replacements(path: Path) -> list[str]:
    """``"…%1…".replace("%1", …)``: a value put into a sentence without the helper."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in ("replace", "arg", "format")
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
            and node.args[0].value.startswith("%")
        ):
            found.append(f"{path.name}:{node.lineno}")
    return found


def test_every_value_reaches_a_sentence_through_the_helper() -> None:
    assert [hit for path in sorted(UI.rglob("*.py")) for hit in _replacements(path)] == []
