"""What each start path imports: the libraries only some commands need are imported by
those commands alone (start-up time; ``make bench`` measures it)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from mra_desktop.core.database import open_database

HEAVY = ("alembic", "reportlab", "cryptography", "msgspec", "jsonschema", "PySide6")


def _modules_after(args: list[str], env_path: Path) -> set[str]:
    """The top-level modules and mra_desktop modules loaded once ``mra-desktop ARGS`` ran."""
    code = (
        "import json, sys\n"
        "from mra_desktop.cli import main\n"
        f"status = main({args!r})\n"
        "print(json.dumps(sorted(sys.modules)), file=sys.stderr)\n"
        "sys.exit(status)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=env_path, timeout=120
    )
    assert done.returncode == 0, done.stderr
    return set(json.loads(done.stderr.strip().splitlines()[-1]))


@pytest.fixture
def database(tmp_path: Path) -> Path:
    path = tmp_path / "up-to-date.sqlite"
    open_database(path).close()
    return path


def test_info_on_an_up_to_date_database_needs_neither_alembic_nor_the_orm(
    database: Path, tmp_path: Path
) -> None:
    loaded = _modules_after(["--db", str(database), "info", "--json"], tmp_path)
    assert "sqlalchemy" in loaded  # it did read the database
    assert not {m for m in loaded if m.split(".")[0] in HEAVY}
    assert "sqlalchemy.orm" not in loaded
    assert "mra_desktop.core.models" not in loaded


def test_an_older_database_still_loads_alembic_to_upgrade(tmp_path: Path) -> None:
    from alembic import command

    from mra_desktop.core.database import _alembic_config, make_engine

    path = tmp_path / "old.sqlite"
    engine = make_engine(path)
    with engine.begin() as conn:
        command.upgrade(_alembic_config(conn), "0001")
    engine.dispose()
    loaded = _modules_after(["--db", str(path), "info"], tmp_path)
    assert "alembic" in loaded
    assert list(tmp_path.glob("old-backups/*-before-upgrade.sqlite"))


def test_version_imports_no_database_library(tmp_path: Path) -> None:
    code = "import sys; from mra_desktop.cli import main; main(['--version'])"
    done = subprocess.run(
        [sys.executable, "-c", code + "\n"], capture_output=True, text=True, cwd=tmp_path
    )
    assert done.stdout.startswith("mra-desktop ")
    code = (
        "import sys, contextlib, io\n"
        "from mra_desktop.cli import main\n"
        "with contextlib.suppress(SystemExit), contextlib.redirect_stdout(io.StringIO()):\n"
        "    main(['--version'])\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'sqlalchemy'))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.stdout.strip() == "[]", done.stderr


def test_the_main_window_paints_before_the_database_libraries_load(
    database: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first paint shows the window at once; SQLAlchemy and the rest come after it,
    and the list then shows the database's meetings."""
    from mra_desktop.core.demo import load_demo
    from mra_desktop.core.identity import set_identity
    from mra_desktop.core.services import Services

    db = open_database(database)
    services = Services(db)
    load_demo(services)
    own = services.organisations.create(name="Association Amal", city="El-Hajeb")
    set_identity(db, own.record_id)  # chosen at first run: no question at start
    db.close()
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    child = Path(__file__).parent / "benchmarks" / "startup_child.py"
    done = subprocess.run(
        [sys.executable, str(child), "program", str(database)],
        capture_output=True, text=True, timeout=120, cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    first, ready = set(figures["first_paint"]["modules"]), set(figures["ready"]["modules"])
    assert "PySide6" in first and "mra_desktop" in first
    assert not first & {"sqlalchemy", "alembic", *HEAVY} - {"PySide6"}
    assert "sqlalchemy" in ready  # the rows did come from the database


def test_mras_screens_load_reportlab_only_when_a_report_is_written(tmp_path: Path) -> None:
    """MRA's menu comes with the window; its screens, its own tables and the national
    report's dialog (and reportlab with it) only when they are opened."""
    code = (
        "import os, sys\n"
        "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "import mra_desktop.ui.main_window, mra_desktop.ui.mra\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'reportlab'"
        " or m.endswith(('national_pdf', 'report_pdf', 'core.national', 'mra_records'))"
        " or m.startswith('mra_desktop.ui.mra.') and not m.endswith('.widgets')))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path, timeout=120
    )
    assert done.stdout.strip() == "[]", done.stderr


def test_a_report_uses_reportlabs_compiled_accelerators_and_reads_only_the_fonts_it_draws(
    tmp_path: Path,
) -> None:
    """The PDF streams are encoded by reportlab's C accelerators (rl_accel), not its pure
    Python fallback; and a report whose text Amiri draws alone reads no fallback font."""
    code = (
        "import json, sys\n"
        "from reportlab.lib import rl_accel\n"
        "from mra_desktop.core import pdf_text\n"
        "pdf_text.layout_text('اجتماع اللجنة المحلية، تازة', pdf_text.FONT_REGULAR, 10, 400)\n"
        "print(json.dumps([type(rl_accel.asciiBase85Encode).__name__, sorted(pdf_text._faces)]))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path, timeout=120
    )
    assert done.returncode == 0, done.stderr
    kind, loaded = json.loads(done.stdout)
    assert kind == "builtin_function_or_method"
    assert loaded == ["MRA-Amiri"]
