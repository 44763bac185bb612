"""The frozen one-folder build runs and finds its resources (slow: builds with PyInstaller).

Run with ``pytest -m slow``; CI does.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The frozen program: the one-folder build named by MRA_DESKTOP_BUNDLE (CI tests the
    folder that `make package` put in the .deb), or one built here."""
    given = os.environ.get("MRA_DESKTOP_BUNDLE")
    if given:
        return Path(given).resolve() / "mra-desktop"
    if shutil.which("pyinstaller", path=str(Path(sys.executable).parent)) is None:
        pytest.skip("PyInstaller is not installed (pip install '.[bundle]')")
    out = tmp_path_factory.mktemp("bundle")
    subprocess.run(
        [
            str(Path(sys.executable).parent / "pyinstaller"), "--noconfirm", "--log-level", "WARN",
            "--distpath", str(out / "dist"), "--workpath", str(out / "build"),
            str(ROOT / "packaging" / "mra-desktop.spec"),
        ],
        check=True, cwd=out, capture_output=True, timeout=1200,
    )
    return out / "dist" / "mra-desktop" / "mra-desktop"


def test_frozen_build_runs_version_demo_and_info(bundle: Path, tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    version = subprocess.run([str(bundle), "--version"], capture_output=True, text=True, env=env)
    assert version.returncode == 0, version.stderr
    assert version.stdout.startswith("mra-desktop ")
    db = tmp_path / "frozen.sqlite"
    demo = subprocess.run(
        [str(bundle), "--db", str(db), "demo"], capture_output=True, text=True, env=env, cwd=tmp_path
    )
    assert demo.returncode == 0, demo.stderr
    info = subprocess.run(
        [str(bundle), "--db", str(db), "info", "--json"],
        capture_output=True, text=True, env=env, cwd=tmp_path,
    )
    assert info.returncode == 0, info.stderr
    facts = json.loads(info.stdout)
    assert facts["integrity_check"] == "ok"
    assert facts["counts"]["change"] >= 40


def test_frozen_build_has_its_icon_and_writes_nothing_into_its_folder(
    bundle: Path, tmp_path: Path
) -> None:
    internal = bundle.parent / "_internal"
    assert (internal / "mra_desktop" / "resources" / "icons" / "mra-desktop.svg").is_file()
    assert list(internal.rglob("iconengines/*qsvgicon*")), "no SVG icon engine for the icon"
    # reportlab 5 imports Pillow whatever it draws: left out, no PDF could be exported
    assert (internal / "PIL").is_dir()
    assert not (internal / "mypy").exists()  # nor the type checker of the tests
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    before = sorted(str(p) for p in bundle.parent.rglob("*"))
    # a new database runs the migrations from the program's folder
    done = subprocess.run(
        [str(bundle), "--db", str(tmp_path / "new.sqlite"), "info"],
        capture_output=True, text=True, env=env, cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    assert sorted(str(p) for p in bundle.parent.rglob("*")) == before  # no __pycache__ left


def test_frozen_build_exports_an_arabic_report(bundle: Path, tmp_path: Path) -> None:
    """HarfBuzz and every report font travel with the bundle: the Arabic demo meeting
    exports with Amiri's shaped forms, and Tamazight letters, Tifinagh and an emoji are
    drawn by the fallback fonts, with no warning."""
    from mra_desktop.core.database import open_database
    from mra_desktop.core.demo import demo_id, load_demo
    from mra_desktop.core.services import Services
    from tests.pdf_oracle import pdf_chars

    db_path = tmp_path / "frozen.sqlite"
    db = open_database(db_path)
    try:
        services = Services(db)
        load_demo(services)
        meeting = demo_id("meeting", "tafiil-2022-05-lc-taza-ar")
        services.meetings.update(meeting, title="اجتماع اللجنة ⵜⴰⵎⵖⴰⵔⵜ tamaziɣt 👩\u200d⚖\ufe0f")
    finally:
        db.close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    target = tmp_path / "report.pdf"
    result = subprocess.run(
        [str(bundle), "--db", str(db_path), "export-pdf", "--meeting", meeting, "--lang", "ar",
         "-o", str(target)],
        capture_output=True, text=True, env=env, cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    # poppler reads the text back in logical order (marking runs with embedding controls)
    text = subprocess.run(
        ["pdftotext", str(target), "-"], capture_output=True, text=True, check=True
    ).stdout
    text = "".join(c for c in text if not "\u202a" <= c <= "\u202e")
    assert "الاجتماع" in text and "tamaziɣt" in text and "ⵜⴰⵎⵖⴰⵔⵜ" in text
    fonts = {c["fontname"].split("+")[-1] for c in pdf_chars(target)}
    assert {"Amiri-Regular", "NotoSerif-Bold", "NotoSansTifinagh-Regular", "NotoEmoji-Regular"} <= fonts


def test_frozen_build_draws_the_shipped_icons(bundle: Path, tmp_path: Path) -> None:
    """The icon set and QtSvg travel with the bundle: the frozen program renders its
    screens (icons included) the way the source tree does."""
    internal = bundle.parent / "_internal"
    icons = internal / "mra_desktop" / "resources" / "icons" / "actions"
    assert (icons / "LICENSE-tabler-icons.txt").is_file()
    assert len(list(icons.glob("*.svg"))) >= 20
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = tmp_path / "shots"
    done = subprocess.run(
        [str(bundle), "screenshots", "--out", str(out), "--size", "1366x768"],
        capture_output=True, text=True, env=env, cwd=tmp_path, timeout=600,
    )
    assert done.returncode == 0, done.stderr
    frozen = out / "meetings-en-1366x768.png"
    assert frozen.is_file()
    # the same screen rendered here, from the source tree, is the same picture: the
    # buttons' icons were drawn by the frozen build too
    from PySide6.QtGui import QImage

    from mra_desktop.ui.screenshots import take_screenshots

    here = tmp_path / "here"
    take_screenshots(here, languages=["en"], sizes=[(1366, 768)])
    assert QImage(str(frozen)) == QImage(str(here / "meetings-en-1366x768.png"))


def test_frozen_build_speaks_to_a_postgresql_server_with_psycopgs_compiled_library(
    bundle: Path, tmp_path: Path
) -> None:
    """MRA's office on PostgreSQL works from the installed program: psycopg and its binary
    implementation (with its own libpq) travel with the bundle. No server listens on port
    1, so the answer is the worded refusal, which needs a working driver to be reached."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PSYCOPG_IMPL": "binary"}
    done = subprocess.run(
        [str(bundle), "--db", "postgresql+psycopg://mra@127.0.0.1:1/mra", "info"],
        capture_output=True, text=True, env=env, cwd=tmp_path, timeout=120,
    )
    assert done.returncode == 2, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "Cannot reach the PostgreSQL server" in lines[0], done.stderr
