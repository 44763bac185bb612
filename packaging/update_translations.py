"""Update the interface translations: ``make translations``.

1. ``pyside6-lupdate`` collects every ``QCoreApplication.translate("Context", "…")`` of
   ``mra_desktop/**/*.py`` into ``translations/mra_desktop_ar.ts`` and ``…_fr.ts``
   (created, empty but valid, when missing; English is the source language). Strings no
   longer in the code are dropped (``-no-obsolete``).
2. ``pyside6-lrelease`` compiles each ``.ts`` into the ``.qm`` the program loads, and
   ``translations/qtbase_extra_ar.ts`` and ``…_fr.ts`` (written by hand: what Qt's own
   Arabic and French lack for its dialogs and key names) into theirs.

Translators then fill the ``.ts`` files (Qt Linguist, or any editor) and run this again.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "mra_desktop"
TRANSLATIONS = ROOT / "translations"
LANGUAGES = ("ar", "fr")

EMPTY_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="{lang}" sourcelanguage="en">
</TS>
"""


def tool(name: str) -> str:
    """A Qt tool from the virtualenv's bin folder, PATH, or the PySide6 package."""
    candidates = [Path(sys.executable).parent / name]
    found = shutil.which(name)
    if found:
        candidates.append(Path(found))
    try:
        import PySide6

        package = Path(PySide6.__file__).parent
        bare = name.removeprefix("pyside6-")
        candidates += [package / bare, package / "Qt" / "libexec" / bare, package / f"{bare}.exe"]
    except ImportError:  # pragma: no cover
        pass
    for candidate in candidates:
        if candidate.is_file():
            return str(candidate)
    raise SystemExit(f"update_translations: {name} not found; install PySide6")


def source_files(sources: Path = SOURCES) -> list[Path]:
    return sorted(p for p in sources.rglob("*.py") if "migrations" not in p.parts)


def ts_path(lang: str, folder: Path = TRANSLATIONS) -> Path:
    return folder / f"mra_desktop_{lang}.ts"


def qt_extra_ts_path(lang: str, folder: Path = TRANSLATIONS) -> Path:
    """The completion of Qt's own translation for ``lang`` (see the module notes)."""
    return folder / f"qtbase_extra_{lang}.ts"


def run_lupdate(ts_file: Path, lang: str, sources: Path = SOURCES) -> None:
    if not ts_file.exists():
        ts_file.parent.mkdir(parents=True, exist_ok=True)
        ts_file.write_text(EMPTY_TS.format(lang=lang), encoding="utf-8")
    files = [
        str(p.relative_to(ROOT)) if p.is_relative_to(ROOT) else str(p)
        for p in source_files(sources)
    ]
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            *files,
            "-locations",
            "none",
            "-no-obsolete",
            "-source-language",
            "en",
            "-target-language",
            lang,
            "-ts",
            str(ts_file),
        ],
        check=True,
        cwd=ROOT,
        capture_output=True,
        text=True,
    )


def run_lrelease(ts_file: Path, qm_file: Path) -> None:
    subprocess.run(
        [tool("pyside6-lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)],
        check=True,
        capture_output=True,
        text=True,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--out",
        type=Path,
        default=TRANSLATIONS,
        help="folder of the .ts and .qm files (default: translations/)",
    )
    args = parser.parse_args(argv)
    for lang in LANGUAGES:
        ts_file = ts_path(lang, args.out)
        run_lupdate(ts_file, lang)
        run_lrelease(ts_file, ts_file.with_suffix(".qm"))
        print(
            f"{ts_file.relative_to(ROOT) if ts_file.is_relative_to(ROOT) else ts_file}: "
            "updated and compiled"
        )
        extra = qt_extra_ts_path(lang, TRANSLATIONS)
        if extra.exists():
            target = args.out / extra.with_suffix(".qm").name
            run_lrelease(extra, target)
            print(f"{extra.relative_to(ROOT)}: compiled")
    return 0


if __name__ == "__main__":
    sys.exit(main())
