#!/usr/bin/env bash
# Checks the Debian package the way a facilitator's computer meets it (make check-package):
# installs it with apt-get, uses `mra-desktop` from the PATH as an ordinary user (--version,
# demo, info), validates its desktop entry, AppStream metadata, file types and the package
# itself (lintian: no errors), then removes it with apt-get purge and checks that it left
# no file behind. Needs root (or sudo): it installs a package on this machine.
#
#   packaging/linux/check-deb.sh dist/mra-desktop_VERSION_amd64.deb
set -euo pipefail
deb=$(realpath "$1")
[[ -f "$deb" ]] || { echo "check-deb: no package $1 (make package)" >&2; exit 2; }
sudo=""
[[ $(id -u) -eq 0 ]] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
say() { printf '\n== %s\n' "$*"; }
fail() { echo "check-deb: $*" >&2; exit 1; }

if dpkg-query -W -f='${Status}' mra-desktop 2>/dev/null | grep -q "install ok installed"; then
  fail "mra-desktop is already installed here; remove it first (apt-get purge mra-desktop)"
fi

say "lintian (errors fail the check)"
lintian --fail-on error "$deb"

say "apt-get install $deb"
$sudo apt-get update -qq
files=$(mktemp)
work=$(mktemp -d)
installed=""
cleanup() {
  rm -rf "$files" "$work"
  # a failed check does not leave the package on the machine
  [[ -z "$installed" ]] || $sudo apt-get purge -y -qq mra-desktop >/dev/null 2>&1 || true
}
trap cleanup EXIT
installed=yes
$sudo apt-get install -y -qq "$deb" >/dev/null
dpkg -L mra-desktop > "$files"
[[ $(command -v mra-desktop) == /usr/bin/mra-desktop ]] || fail "mra-desktop is not on the PATH"

say "as an ordinary user: mra-desktop --version, demo, info"
user=nobody
chmod 777 "$work"
as_user() {
  $sudo setpriv --reuid="$user" --regid="$(id -g "$user")" --clear-groups \
    env -i PATH=/usr/bin:/bin HOME="$work" XDG_DATA_HOME="$work/data" \
    XDG_CONFIG_HOME="$work/config" QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 "$@"
}
as_user mra-desktop --version | grep -E '^mra-desktop [0-9]' || fail "--version"
as_user mra-desktop demo
as_user mra-desktop info | tee "$work/info.txt"
grep -q "Integrity check: ok" "$work/info.txt" || fail "info: the database is not sound"
grep -qE "change +[1-9]" "$work/info.txt" || fail "info: the demo changes are missing"
[[ -f "$work/data/mra-desktop/mra-desktop.sqlite" ]] || fail "the database is not in the user's data folder"
[[ $(stat -c %U "$work/data/mra-desktop/mra-desktop.sqlite") == "$user" ]] || fail "database owner"

say "desktop entry, AppStream metadata, file types, icon"
desktop-file-validate /usr/share/applications/ma.mrawomen.MraDesktop.desktop
appstreamcli validate --no-net --explain /usr/share/metainfo/ma.mrawomen.MraDesktop.metainfo.xml
grep -q '\*\.mrasync' /usr/share/mime/globs2 || fail ".mrasync is not a known file type"
grep -q '\*\.mraid' /usr/share/mime/globs2 || fail ".mraid is not a known file type"
grep -q '\*\.mrareceipt' /usr/share/mime/globs2 || fail ".mrareceipt is not a known file type"
grep -q 'application/x-mra-sync=.*ma.mrawomen.MraDesktop.desktop' /usr/share/applications/mimeinfo.cache \
  || fail "sync files do not open with mra-desktop"
for size in 16x16 32x32 48x48 64x64 128x128 256x256 512x512 scalable; do
  ls /usr/share/icons/hicolor/$size/apps/mra-desktop.* >/dev/null || fail "no $size icon"
done

say "apt-get purge mra-desktop"
$sudo apt-get purge -y -qq mra-desktop >/dev/null
installed=""
left=$(while read -r path; do
  case "$path" in /opt/mra-desktop*|/usr/bin/mra-desktop|*/mra-desktop*|*MraDesktop*) ;; *) continue ;; esac
  if [[ -e "$path" || -L "$path" ]]; then echo "$path"; fi
done < "$files")
[[ -z "$left" ]] || fail "files left after purge: $left"
[[ ! -e /opt/mra-desktop ]] || fail "/opt/mra-desktop left after purge"
! grep -q 'x-mra-sync' /usr/share/applications/mimeinfo.cache 2>/dev/null || fail "file association left"
echo
echo "check-deb: $(basename "$deb") installs, runs as an ordinary user, validates and purges cleanly"
