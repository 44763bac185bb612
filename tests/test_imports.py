"""Every package of the program imports on its own.

The frozen build collects the program's modules one by one (PyInstaller's
``collect_submodules`` imports each in turn); a module that only imports after
another has been imported first would be left out of the bundle, and the screen it
serves would fail there only. Such cycles run through packages (an ``__init__`` that
imports its neighbours), so each package is imported in turn by an interpreter that
forgets the program's modules (not Qt's or SQLAlchemy's) before each import."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHECK = """
import importlib, sys
failed = []
for name in sys.argv[1:]:
    for loaded in [m for m in sys.modules if m == "mra_desktop" or m.startswith("mra_desktop.")]:
        del sys.modules[loaded]
    try:
        importlib.import_module(name)
    except Exception as error:
        failed.append(f"{name}: {type(error).__name__}: {error}")
print("\\n".join(failed))
"""


def program_packages() -> list[str]:
    return [
        ".".join(path.parent.relative_to(ROOT).parts)
        for path in sorted((ROOT / "mra_desktop").rglob("__init__.py"))
    ]


def test_every_package_imports_on_its_own() -> None:
    modules = program_packages()
    assert "mra_desktop.ui.newsletter" in modules
    result = subprocess.run(
        [sys.executable, "-c", CHECK, *modules],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""
