"""Every package of the source tree is shipped by a plain (non-editable) install."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_every_python_package_is_listed_in_pyproject() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    found = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "mra_desktop").rglob("__init__.py")
    }
    assert found - listed == set()


def test_shipped_resource_kinds_are_declared() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["mra_desktop.resources"]
    suffixes = {p.suffix for p in (ROOT / "resources").rglob("*") if p.is_file()} - {".py", ".pyc"}
    declared = {pattern.rsplit("*", 1)[-1] for pattern in patterns}
    assert suffixes - declared == set()


def test_the_package_runs_no_code_named_from_outside() -> None:
    """Nothing of the test bench ships: no environment variable or file name makes the
    program run Python code it does not contain, and only the documented variables are read."""
    forbidden = re.compile(r"runpy|run_path|spec_from_file_location|import_module|__import__")
    variables: set[str] = set()
    for source in (ROOT / "mra_desktop").rglob("*.py"):
        text = source.read_text(encoding="utf-8")
        found = forbidden.search(text)
        assert found is None, f"{source.relative_to(ROOT)} uses {found.group(0) if found else ''}"
        variables |= set(re.findall(r'"(MRA_DESKTOP_[A-Z_]+)"', text))
    assert variables == {"MRA_DESKTOP_DB", "MRA_DESKTOP_SETTINGS"}
