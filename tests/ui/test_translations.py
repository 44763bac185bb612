"""Interface translations: complete, in step with the code, compiled; no hard-coded words.

English is the source language; ``translations/mra_desktop_{ar,fr}.ts`` are produced by
``make translations`` (packaging/update_translations.py) and filled by translators.
"""

from __future__ import annotations

import ast
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "mra_desktop" / "ui"
TRANSLATIONS = ROOT / "translations"
LANGUAGES = ("ar", "fr")

sys.path.insert(0, str(ROOT / "packaging"))
import update_translations  # noqa: E402

sys.path.pop(0)

def _messages(ts_file: Path) -> list[tuple[str, str, ET.Element]]:
    tree = ET.parse(ts_file)
    found = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.append((name, message.findtext("source") or "", message))
    return found


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_message_is_translated(lang: str) -> None:
    ts_file = update_translations.ts_path(lang)
    assert ts_file.exists(), f"{ts_file.name} is missing: run make translations"
    problems = []
    for context, source, message in _messages(ts_file):
        translation = message.find("translation")
        assert translation is not None
        kind = translation.get("type")
        if kind in ("unfinished", "obsolete", "vanished"):
            problems.append(f"{context}: {source!r} is {kind}")
        elif not (translation.text or "").strip() and not list(translation):
            problems.append(f"{context}: {source!r} is empty")
    assert problems == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_translators_see_no_stray_comments(lang: str) -> None:
    """lupdate hands a "#:" comment to the translators of the next string it finds, which
    is seldom the one the comment is about; the interface code writes plain "#"."""
    stray = [
        f"{context}: {source!r} carries {comment.text!r}"
        for context, source, message in _messages(update_translations.ts_path(lang))
        for comment in message.iter("extracomment")
    ]
    assert stray == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_string_of_the_code_is_in_the_ts_file(lang: str, tmp_path: Path) -> None:
    ts_file = update_translations.ts_path(lang)
    assert ts_file.exists(), f"{ts_file.name} is missing: run make translations"
    fresh = tmp_path / f"fresh_{lang}.ts"
    update_translations.run_lupdate(fresh, lang)
    in_code = {(c, s) for c, s, _m in _messages(fresh)}
    committed = {(c, s) for c, s, _m in _messages(ts_file)}
    assert in_code, "lupdate found no strings at all"
    assert sorted(in_code - committed) == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_compiled_files_are_up_to_date_and_load(lang: str) -> None:
    """The committed .qm says what the .ts says: every message, loaded by Qt and
    translated. Content, not bytes, so that another version of the Qt tools (whose .qm
    files differ byte for byte) changes nothing."""
    ts_file = update_translations.ts_path(lang)
    qm_file = ts_file.with_suffix(".qm")
    assert qm_file.exists(), f"{qm_file.name} is missing: run make translations"
    translator = QTranslator()
    assert translator.load(str(qm_file))
    stale = []
    for context, source, message in _messages(ts_file):
        expected = message.findtext("translation") or ""
        if translator.translate(context, source) != expected:
            stale.append(f"{context}: {source!r}")
    assert stale == [], "run make translations"
    assert translator.translate("MainWindow", "&File") not in ("", "&File")


def test_the_comparison_sees_a_stale_compiled_file(tmp_path: Path) -> None:
    """A .ts changed after its .qm was compiled is caught (the check above can fail)."""
    ts_file = tmp_path / "stale_fr.ts"
    text = update_translations.ts_path("fr").read_text(encoding="utf-8")
    ts_file.write_text(text, encoding="utf-8")
    update_translations.run_lrelease(ts_file, tmp_path / "stale_fr.qm")
    translator = QTranslator()
    assert translator.load(str(tmp_path / "stale_fr.qm"))
    context, source, message = _messages(ts_file)[0]
    assert translator.translate(context, source) == message.findtext("translation")
    tree = ET.parse(ts_file)
    first = next(tree.getroot().iter("message")).find("translation")
    assert first is not None
    first.text = "changed"
    tree.write(ts_file, encoding="utf-8")
    changed = _messages(ts_file)[0][2].findtext("translation")
    assert changed == "changed" and translator.translate(context, source) != changed


# -- no hard-coded words in the interface -------------------------------------------------
SETTERS = {
    "setText", "setWindowTitle", "setToolTip", "setPlaceholderText", "setTitle", "setStatusTip",
    "showMessage", "setAccessibleName", "setAccessibleDescription", "setWhatsThis",
    "setLabelText", "setCancelButtonText", "setSpecialValueText", "setItemText", "addMenu",
}
WIDGETS = {"QLabel", "QPushButton", "QAction", "QCheckBox", "QRadioButton", "QGroupBox",
           "QToolButton", "QMenu"}
TRANSLATE_NAMES = {"translate", "tr", "_tr", "_translate", "qsTr"}


def _has_letters(text: str) -> bool:
    return any(ch.isalpha() for ch in text)


def _bare_words(node: ast.AST) -> bool:
    """A literal (or f-string) with letters in it, as opposed to a translated string."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return _has_letters(node.value)
    if isinstance(node, ast.JoinedStr):
        return any(isinstance(v, ast.Constant) and _has_letters(str(v.value)) for v in node.values)
    if isinstance(node, ast.BinOp):
        return _bare_words(node.left) or _bare_words(node.right)
    if isinstance(node, ast.IfExp):
        return _bare_words(node.body) or _bare_words(node.orelse)
    return False


def _call_name(node: ast.Call) -> str:
    if isinstance(node.func, ast.Attribute):
        return node.func.attr
    if isinstance(node.func, ast.Name):
        return node.func.id
    return ""


def _ui_files() -> list[Path]:
    return sorted(UI.rglob("*.py"))


def _hard_coded(path: Path, root: Path = ROOT) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = _call_name(node)
        if name in SETTERS or name == "addAction":
            suspects = node.args if name == "addAction" else node.args[:1]
        elif name in WIDGETS:
            suspects = node.args[:1]
        else:
            continue
        for arg in suspects:
            if _bare_words(arg):
                found.append(f"{path.relative_to(root)}:{node.lineno} {name}({ast.unparse(arg)})")
    return found


def test_user_visible_setters_never_get_bare_words() -> None:
    problems = [problem for path in _ui_files() for problem in _hard_coded(path)]
    assert problems == []


def test_the_check_catches_bare_words(tmp_path: Path) -> None:
    path = tmp_path / "sample.py"
    path.write_text(
        "def f(w, QLabel, name):\n"
        "    w.setText('Saved')\n"
        "    w.setToolTip(f'Delete {name}')\n"
        "    QLabel('Title')\n"
        "    w.menu.addAction('Quit')\n"
        "    w.setText(translate('Ctx', 'Saved'))\n"
        "    w.setText(name)\n"
        "    w.setText('—')\n",
        encoding="utf-8",
    )
    problems = _hard_coded(path, root=tmp_path)
    assert [p.split(" ", 1)[1] for p in problems] == [
        "setText('Saved')", "setToolTip(f'Delete {name}')", "QLabel('Title')", "addAction('Quit')",
    ]


def _unextractable(path: Path) -> list[str]:
    """Calls lupdate cannot read: translate() needs a literal context and a literal text."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Attribute) \
                and node.value.attr == "translate":
            found.append(f"{path.relative_to(ROOT)}:{node.lineno} alias of translate")
        if not isinstance(node, ast.Call) or _call_name(node) not in TRANSLATE_NAMES:
            continue
        args = node.args
        literal = (
            _call_name(node) == "translate"
            and len(args) >= 2
            and all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in args[:2])
        )
        if not literal:
            found.append(f"{path.relative_to(ROOT)}:{node.lineno} {ast.unparse(node)[:70]}")
    return found


@pytest.mark.parametrize("path", _ui_files(), ids=lambda p: str(p.relative_to(UI)))
def test_lupdate_can_extract_every_string(path: Path) -> None:
    assert _unextractable(path) == []


def test_lupdate_finds_the_shell_strings(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh_fr.ts"
    update_translations.run_lupdate(fresh, "fr")
    contexts = {c for c, _s, _m in _messages(fresh)}
    assert {"MainWindow", "MeetingList", "MeetingSetup", "Settings", "FirstRun"} <= contexts
    assert ("MainWindow", "&File") in {(c, s) for c, s, _m in _messages(fresh)}
