"""`mra-desktop screenshots --out DIR` renders every main screen in ar, fr and en."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtGui import QImage
from shell_fixtures import english  # noqa: F401

from mra_desktop.cli import main
from mra_desktop.ui import preferences
from mra_desktop.ui.i18n import current_language
from mra_desktop.ui.meeting.workspace import STEPS
from mra_desktop.ui.screenshots import expected_names

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def test_the_command_writes_every_screen_in_three_languages(
    tmp_path: Path, capsys: Any, english: Any  # noqa: F811
) -> None:
    out = tmp_path / "shots"
    settings_before = preferences.settings_path()
    assert main(["screenshots", "--out", str(out)]) == 0
    names = expected_names()
    assert {p.name for p in out.iterdir()} == set(names)
    for screen in ("meetings", "setup", "first_run", "settings", "export_pdf", "sync_export",
                   "sync_import", "mra_received", "mra_matrix", "mra_matrix_obligations",
                   "mra_change", "mra_msc", "mra_report", "mra_export", "newsletter",
                   "newsletter_published", "newsletter_new"):
        for lang in ("ar", "fr", "en"):
            assert f"{screen}-{lang}.png" in names
    assert "step-good_practices-fr.png" in names and "presenter-en.png" in names
    assert len(names) == 3 * (8 + len(STEPS) + 1 + 7 + 3)
    for name in names:
        data = (out / name).read_bytes()
        assert data.startswith(PNG_MAGIC), name
        image = QImage(str(out / name))
        assert not image.isNull(), name
        if name.startswith(("meetings", "setup", "step-", "sync_import", "mra_received",
                            "mra_matrix", "mra_msc", "newsletter-", "newsletter_published")):
            assert (image.width(), image.height()) == (1366, 768), name
    assert f"{len(names)} screenshots written" in capsys.readouterr().out
    # the user's settings were not touched, and the language is back as it was
    assert not settings_before.exists()
    assert current_language() == "en"
