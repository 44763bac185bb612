#!/usr/bin/env bash
# Builds the Debian/Ubuntu package of mra-desktop from the PyInstaller one-folder bundle,
# with dpkg-deb alone (no network, no root):
#
#   packaging/linux/build-deb.sh BUNDLE_DIR VERSION OUT_DIR   (make package)
#
# -> OUT_DIR/mra-desktop_VERSION_amd64.deb holding
#   /opt/mra-desktop/                     the bundle (the program and its libraries)
#   /usr/bin/mra-desktop                  a symbolic link to /opt/mra-desktop/mra-desktop
#   /usr/share/applications/ma.mrawomen.MraDesktop.desktop   the menu entry (ar, fr, en)
#   /usr/share/metainfo/ma.mrawomen.MraDesktop.metainfo.xml  AppStream metadata
#   /usr/share/mime/packages/mra-desktop.xml   .mrasync sync files, .mraid identity cards, .mrareceipt receipts
#   /usr/share/icons/hicolor/*/apps/mra-desktop.{png,svg}    the icon
#   /usr/share/man/man1/mra-desktop.1.gz, /usr/share/doc/mra-desktop/ (copyright, changelog)
# The menu, MIME and icon caches are refreshed by the triggers of the packages that own
# them (desktop-file-utils, shared-mime-info, the icon theme), so there is no maintainer script.
set -euo pipefail
bundle=$1 version=$2 out=$3
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
python=${PYTHON:-$root/.venv/bin/python}
[[ -x "$bundle/mra-desktop" ]] || { echo "build-deb: no bundle in $bundle (make bundle)" >&2; exit 2; }
arch=$(dpkg --print-architecture)
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
pkg=$stage/mra-desktop
mkdir -p "$pkg/DEBIAN" "$pkg/opt" "$pkg/usr/bin"
cp -a "$bundle" "$pkg/opt/mra-desktop"
ln -s /opt/mra-desktop/mra-desktop "$pkg/usr/bin/mra-desktop"

share=$pkg/usr/share
install -D -m 644 "$here/ma.mrawomen.MraDesktop.desktop" "$share/applications/ma.mrawomen.MraDesktop.desktop"
install -D -m 644 "$here/mra-desktop-mime.xml" "$share/mime/packages/mra-desktop.xml"
mkdir -p "$share/metainfo"
sed -e "s/@VERSION@/$version/" -e "s/@DATE@/$(date -u -d "@${SOURCE_DATE_EPOCH:-$(date +%s)}" +%F)/" \
  "$here/ma.mrawomen.MraDesktop.metainfo.xml" > "$share/metainfo/ma.mrawomen.MraDesktop.metainfo.xml"
QT_QPA_PLATFORM=offscreen "$python" "$root/packaging/render_icons.py" "$stage/icons" >/dev/null
mkdir -p "$share/icons"
cp -r "$stage/icons/hicolor" "$share/icons/hicolor"
install -D -m 644 "$here/mra-desktop.1" "$share/man/man1/mra-desktop.1"
gzip -9n "$share/man/man1/mra-desktop.1"
install -D -m 644 "$here/copyright" "$share/doc/mra-desktop/copyright"
printf 'mra-desktop (%s) stable; urgency=medium\n\n  * Release %s.\n\n -- MRA <contact@mrawomen.ma>  %s\n' \
  "$version" "$version" "$(date -u -R -d "@${SOURCE_DATE_EPOCH:-$(date +%s)}")" \
  | gzip -9n > "$share/doc/mra-desktop/changelog.gz"
install -D -m 644 "$here/lintian-overrides" "$share/lintian/overrides/mra-desktop"

# ordinary permissions whatever the umask: folders and programs 755, other files (shared
# libraries included, as Debian wants them) 644
find "$pkg" -type d -exec chmod 755 {} +
find "$pkg" -type f -exec chmod 644 {} +
chmod 755 "$pkg/opt/mra-desktop/mra-desktop"
find "$pkg/opt/mra-desktop" -type f -path '*/libexec/*' -exec chmod 755 {} +

size=$(du -sk --exclude=DEBIAN "$pkg" | cut -f1)
depends=$(grep -v '^#' "$root/packaging/debian-packages.txt" | grep -v -e '^$' -e fribidi -e poppler -e chromium \
  | paste -sd, | sed 's/,/, /g')
cat > "$pkg/DEBIAN/control" <<EOF
Package: mra-desktop
Version: $version
Architecture: $arch
Maintainer: Mobilising for Rights Associates (MRA) <contact@mrawomen.ma>
Installed-Size: $size
Depends: libc6, $depends, sensible-utils, shared-mime-info, desktop-file-utils, hicolor-icon-theme
Section: misc
Priority: optional
Homepage: https://mrawomen.ma/
Description: MRA's participatory assessment meetings, offline
 Facilitators of partner associations run MRA's participatory assessment of
 how public authorities respond to violence against women: the five
 due-diligence obligations, the good practices seen and the most significant
 change, then a Continue / Stop / Start action plan by sector.
 .
 The program works offline, in Arabic, French or English, and writes each
 meeting's report as a PDF and a sync file for MRA.
EOF
(cd "$pkg" && find . -path ./DEBIAN -prune -o -type f -printf '%P\0' | sort -z | xargs -0 md5sum) \
  > "$pkg/DEBIAN/md5sums"
chmod 644 "$pkg/DEBIAN/control" "$pkg/DEBIAN/md5sums"
mkdir -p "$out"
deb=$out/mra-desktop_${version}_${arch}.deb
dpkg-deb --root-owner-group -Zxz -z3 --build "$pkg" "$deb" >/dev/null
echo "$deb ($(du -h "$deb" | cut -f1))"
