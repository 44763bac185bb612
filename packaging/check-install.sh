#!/usr/bin/env bash
# Checks that a plain, non-editable `pip install .` gives a working program whose
# resources come from the installed package, used from a folder outside the source tree.
set -euo pipefail
python=${1:-python3}
src=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$python" -m venv "$work/venv"
"$work/venv/bin/python" -m pip install -q "$src"
cd "$work"
export QT_QPA_PLATFORM=offscreen
"$work/venv/bin/mra-desktop" --version
"$work/venv/bin/mra-desktop-gui" --version  # the console-less entry point (Windows' pythonw)
"$work/venv/bin/mra-desktop" --db "$work/d.sqlite" demo
"$work/venv/bin/mra-desktop" --db "$work/d.sqlite" info --json > info.json
# a signed sync file round trip (the demo data never leaves: the database's own
# organisation does), with the identity card enrolled at MRA
"$work/venv/bin/mra-desktop" --db "$work/d.sqlite" init --organisation "Association Amal"
"$work/venv/bin/mra-desktop" --db "$work/d.sqlite" identity -o amal.mraid
"$work/venv/bin/mra-desktop" --db "$work/d.sqlite" export-sync -o demo.mrasync --unencrypted 2>/dev/null
"$work/venv/bin/mra-desktop" --db "$work/mra.sqlite" enrol amal.mraid
"$work/venv/bin/mra-desktop" --db "$work/mra.sqlite" import-sync demo.mrasync --allow-unencrypted
"$work/venv/bin/python" - <<'PY'
import json
import mra_desktop.core.resources as r
info = json.load(open("info.json"))
assert info["integrity_check"] == "ok", info
assert info["counts"]["change"] >= 40 and info["counts"]["action_item"] >= 60, info["counts"]
root = r.resource_path("protocol")
assert "site-packages" in str(root), f"resources found outside the installed package: {root}"
assert "site-packages" in str(r.translations_dir())
print(f"non-editable install OK: {info['counts']}, resources in {root}")
PY
