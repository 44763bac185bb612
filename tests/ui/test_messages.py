"""Every error the core raises reaches the screen in the interface language, through one
function (ui/messages.py describe_error): a sentence in Arabic and in French for each code
of the core, and the screens that used to show the core's English use it."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from shell_fixtures import english  # noqa: F401

from mra_desktop.core.errors import MraError, ValidationError
from mra_desktop.ui.i18n import apply_language
from mra_desktop.ui.messages import describe_error, error_sentences
from mra_desktop.ui.sentences import visible

CORE = Path(__file__).resolve().parents[2] / "mra_desktop" / "core"
CODE = re.compile(r"^[a-z][a-z0-9_]*$")
ENGLISH = "An English sentence of the core that must not be shown."
ARABIC_LETTERS = re.compile("[\u0621-\u064a]")


def _name(node: ast.expr) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


def core_error_codes() -> dict[str, str]:
    """Every code the core's errors can carry, read from its source (so that a code
    added later is found): ``code = "…"`` in a class, ``self.code = "…"``, a default
    ``code="…"``, a ``code="…"`` argument, and a literal passed where a function or an
    error class (or its base) takes ``code``. Code -> where it was seen."""
    trees = {p: ast.parse(p.read_text(encoding="utf-8")) for p in sorted(CORE.rglob("*.py"))
             if "migrations" not in p.parts}
    positions: dict[str, set[int]] = {}
    bases: dict[str, list[str]] = {}
    for tree in trees.values():
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef):
                params = [a.arg for a in node.args.args]
                if params and params[0] in ("self", "cls"):
                    params = params[1:]
                if "code" in params:
                    positions.setdefault(node.name, set()).add(params.index("code"))
            if isinstance(node, ast.ClassDef):
                bases[node.name] = [n for n in map(_name, node.bases) if n]
                for item in node.body:
                    if isinstance(item, ast.FunctionDef) and item.name == "__init__":
                        params = [a.arg for a in item.args.args][1:]
                        if "code" in params:
                            positions.setdefault(node.name, set()).add(params.index("code"))

    def code_positions(name: str, seen: tuple[str, ...] = ()) -> set[int]:
        if name in positions:
            return positions[name]
        for base in bases.get(name, []):
            if base not in seen and (found := code_positions(base, (*seen, name))):
                return found
        return set()

    codes: dict[str, str] = {}

    def add(value: ast.expr | None, where: str) -> None:
        if isinstance(value, ast.IfExp):
            add(value.body, where)
            add(value.orelse, where)
        elif isinstance(value, ast.Constant) and isinstance(value.value, str) and CODE.match(value.value):
            codes.setdefault(value.value, where)

    for path, tree in trees.items():
        for node in ast.walk(tree):
            where = f"{path.relative_to(CORE)}:{getattr(node, 'lineno', 0)}"
            if isinstance(node, ast.Assign) and any(_name(t) == "code" for t in node.targets):
                add(node.value, where)
            elif isinstance(node, ast.FunctionDef):
                params, defaults = node.args.args, node.args.defaults
                for param, default in zip(params[len(params) - len(defaults):], defaults, strict=True):
                    if param.arg == "code":
                        add(default, where)
            elif isinstance(node, ast.Call):
                for keyword in node.keywords:
                    if keyword.arg == "code":
                        add(keyword.value, where)
                name = _name(node.func)
                for index in code_positions(name) if name else ():
                    if index < len(node.args):
                        add(node.args[index], where)
    return codes


CODES = core_error_codes()
FIELD_CODES = {"required", "too_long", "not_allowed", "wrong_type", "out_of_range", "unknown_field", "missing"}


def test_the_collection_finds_the_codes_of_every_kind_of_error() -> None:
    expected = {
        "database_newer", "database_damaged", "disk_full", "required", "not_found",
        "sync_file_invalid", "sync_wrong_passphrase", "backup_newer", "review_needs_comment",
        "msc_needs_title", "scope_empty", "cancelled", "ambiguous_id",
    }
    assert expected <= set(CODES)


def _error(code: str) -> MraError:
    if code in FIELD_CODES:
        return ValidationError("title", code, ENGLISH)
    return MraError(ENGLISH, code, path="/home/amal/mra-desktop.sqlite")


@pytest.fixture
def language(english: QApplication) -> Iterator[Any]:  # noqa: F811
    def switch(lang: str) -> None:
        apply_language(english, lang)

    yield switch


@pytest.mark.parametrize("code", sorted(CODES))
def test_each_code_of_the_core_has_an_arabic_and_a_french_sentence(language: Any, code: str) -> None:
    language("en")
    assert code in error_sentences() or code in FIELD_CODES, f"no sentence for {code} ({CODES[code]})"
    in_english = describe_error(_error(code))
    for lang in ("ar", "fr"):
        language(lang)
        sentence = visible(describe_error(_error(code)))
        assert sentence.strip() and ENGLISH not in sentence
        assert sentence != visible(in_english), f"{code} is not translated into {lang}"
        if lang == "ar":
            assert ARABIC_LETTERS.search(sentence), sentence
        if "%1" in sentence:
            pytest.fail(f"{code}: an unfilled place in {sentence!r}")


def test_a_path_is_named_in_the_sentence(language: Any) -> None:
    language("ar")
    sentence = describe_error(MraError(ENGLISH, "database_newer", path="/home/amal/m.sqlite"))
    assert "/home/amal/m.sqlite" in visible(sentence) and "\u2066" in sentence


def test_a_code_without_words_yet_gets_its_familys_sentence(language: Any) -> None:
    language("fr")
    assert describe_error("sync_something_new") == describe_error("sync")
    assert describe_error("never_heard_of") == describe_error("error")


# -- the screens that used to show the core's English ------------------------------------


def test_a_wrong_key_file_at_install_key_is_said_in_arabic(qtbot: Any, language: Any, services: Any, tmp_path: Path) -> None:
    from mra_desktop.ui.recipient_key import RecipientKeyWidget

    language("ar")
    widget = RecipientKeyWidget(services.db)
    qtbot.addWidget(widget)
    wrong = tmp_path / "mra.pub"
    wrong.write_text("this is not a key", encoding="utf-8")
    assert not widget.install_from(str(wrong))
    assert ARABIC_LETTERS.search(widget.error_label.text())
    assert "not an mra-desktop" not in widget.error_label.text()


def test_a_damaged_database_at_start_up_is_said_in_french(qtbot: Any, language: Any, tmp_path: Path, monkeypatch: Any) -> None:
    from mra_desktop.ui import app as app_module

    language("fr")
    damaged = tmp_path / "m.sqlite"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\xff" * 2000)
    shown: list[str] = []
    monkeypatch.setattr(app_module, "show_error", shown.append)
    assert app_module._run_locked(QApplication.instance(), damaged, None) == app_module.EXIT_BAD_INPUT
    assert shown and "endommagée" in shown[0] and str(damaged) in visible(shown[0])


def test_a_refused_sync_file_is_said_in_arabic(language: Any) -> None:
    from mra_desktop.core.sync import FileOutcome
    from mra_desktop.ui.sync_import_screen import outcome_sentence

    language("ar")
    for code in ("sync_file_invalid", "sync_key", "sync", "sync_wrong_passphrase"):
        sentence = outcome_sentence(FileOutcome(Path("a.mrasync"), "rejected", ENGLISH, code=code))
        assert ENGLISH not in sentence and ARABIC_LETTERS.search(sentence)


def test_a_refused_write_of_a_meeting_is_said_in_arabic(qtbot: Any, language: Any, services: Any, meeting: Any) -> None:
    from mra_desktop.ui.autosave import Autosaver
    from mra_desktop.ui.history import History
    from mra_desktop.ui.meeting.context import MeetingContext

    language("ar")
    autosaver = Autosaver(services)
    context = MeetingContext(services, autosaver, History(services, autosaver), meeting.id)
    said: list[str] = []
    context.message_shown.connect(said.append)

    def fails() -> None:
        raise MraError(ENGLISH, "database_busy")

    assert context.write(fails) is None
    assert said and ENGLISH not in said[0] and ARABIC_LETTERS.search(said[0])


def test_a_settings_save_error_is_said_in_french(qtbot: Any, language: Any, services: Any, monkeypatch: Any) -> None:
    from mra_desktop.ui.settings import SettingsDialog

    language("fr")
    dialog = SettingsDialog(services)
    qtbot.addWidget(dialog)

    def refuse(**_values: Any) -> None:
        raise ValidationError("name", "too_long", ENGLISH)

    monkeypatch.setattr(services.organisations, "create", refuse)
    dialog.form.name_edit.setText("Association Amal")
    dialog.form.facilitator_edit.setText("Amina")
    dialog.accept()
    assert ENGLISH not in dialog.error_label.text() and "trop long" in dialog.error_label.text()


def test_a_pdf_export_error_is_said_in_arabic(qtbot: Any, language: Any, services: Any, meeting: Any) -> None:
    from mra_desktop.core.files import FileWriteError
    from mra_desktop.ui.export_pdf_dialog import ExportPdfDialog

    language("ar")
    dialog = ExportPdfDialog(services, meeting.id)
    qtbot.addWidget(dialog)
    dialog._failed(FileWriteError(ENGLISH, path="/media/usb/r.pdf"))
    text = dialog.message_label.text() + dialog.message_label.toolTip()
    assert ENGLISH not in text and ARABIC_LETTERS.search(text)
