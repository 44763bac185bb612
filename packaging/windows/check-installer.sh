#!/usr/bin/env bash
# Compiles the Windows installer script with makensis against a stub of the PyInstaller
# folder (make installer-script; CI runs it), so that the script cannot rot on Linux.
# The real installer is built and tried on Windows by packaging/windows/github-workflow.yml.
#
#   packaging/windows/check-installer.sh VERSION
set -euo pipefail
version=$1
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
python=${PYTHON:-$root/.venv/bin/python}
command -v makensis >/dev/null || { echo "check-installer: makensis missing (apt-get install nsis)" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/bundle/_internal"
printf 'MZ stub\n' > "$work/bundle/mra-desktop.exe"
printf 'MZ stub\n' > "$work/bundle/mra-desktop-cli.exe"
printf 'stub\n' > "$work/bundle/_internal/base_library.zip"
QT_QPA_PLATFORM=offscreen "$python" "$root/packaging/render_icons.py" "$work/icons" >/dev/null
makensis -V2 -WX -INPUTCHARSET UTF8 \
  -DVERSION="$version" -DBUNDLE="$work/bundle" -DICON="$work/icons/mra-desktop.ico" \
  -DOUTFILE="$work/mra-desktop-$version-setup.exe" "$here/mra-desktop.nsi"
[[ $(head -c 2 "$work/mra-desktop-$version-setup.exe") == MZ ]] || { echo "check-installer: no installer written" >&2; exit 1; }
echo "check-installer: mra-desktop.nsi compiles ($(du -h "$work/mra-desktop-$version-setup.exe" | cut -f1) with a stub bundle)"
