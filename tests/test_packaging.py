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


def _desktop_entry() -> dict[str, str]:
    text = (ROOT / "packaging" / "linux" / "ma.mrawomen.MraDesktop.desktop").read_text("utf-8")
    return dict(line.split("=", 1) for line in text.splitlines() if "=" in line)


def test_the_installers_name_the_program_alike_in_three_languages() -> None:
    """The menu entry (Linux), the AppStream metadata and the Start-menu shortcut (Windows)
    give the program the same name in each language."""
    import xml.etree.ElementTree as ET

    entry = _desktop_entry()
    names = {"en": entry["Name"], "ar": entry["Name[ar]"], "fr": entry["Name[fr]"]}
    assert len(set(names.values())) == 3
    meta = ET.parse(ROOT / "packaging" / "linux" / "ma.mrawomen.MraDesktop.metainfo.xml").getroot()
    lang = "{http://www.w3.org/XML/1998/namespace}lang"
    assert {n.get(lang, "en"): n.text for n in meta.findall("name")} == names
    nsi = (ROOT / "packaging" / "windows" / "mra-desktop.nsi").read_text("utf-8")
    for code, language in (("en", "ENGLISH"), ("fr", "FRENCH"), ("ar", "ARABIC")):
        assert f'LangString SHORTCUT ${{LANG_{language}}} "{names[code]}"' in nsi


def test_the_file_types_open_with_the_program_everywhere() -> None:
    from mra_desktop.cli import OPENED_SUFFIXES
    from mra_desktop.ui.app import DESKTOP_FILE

    entry = _desktop_entry()
    assert (ROOT / "packaging" / "linux" / f"{DESKTOP_FILE}.desktop").is_file()
    assert entry["Exec"] == "mra-desktop %f" and entry["Icon"] == "mra-desktop"
    mime = (ROOT / "packaging" / "linux" / "mra-desktop-mime.xml").read_text("utf-8")
    nsi = (ROOT / "packaging" / "windows" / "mra-desktop.nsi").read_text("utf-8")
    types = ("application/x-mra-sync", "application/x-mra-identity", "application/x-mra-receipt")
    for suffix, mime_type in zip(OPENED_SUFFIXES, types, strict=True):
        assert mime_type in entry["MimeType"].split(";")
        assert f'<mime-type type="{mime_type}">' in mime and f'<glob pattern="*{suffix}"/>' in mime
        assert f'!insertmacro FileType "{suffix}"' in nsi


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
