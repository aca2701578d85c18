#!/usr/bin/env bash
# Build Reviewer for macOS: dist/Reviewer.app with libvlc and its plugins inside.
# NOT TESTED HERE (the project's machines run Linux); see installer/README.md, "macOS".
#
#   ./installer/macos/build.sh [/Applications/VLC.app]
#
# Needs: Python 3.11 or 3.12 from python.org (universal2) or Homebrew, and VLC 3 in
# /Applications (videolan.org) of the same architecture as that Python (arm64 or Intel).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"
VLC_APP=${1:-/Applications/VLC.app}
VLC_LIB=$VLC_APP/Contents/MacOS/lib
VLC_PLUGINS=$VLC_APP/Contents/MacOS/plugins
[[ -f $VLC_LIB/libvlc.dylib ]] || { echo "no libvlc.dylib in $VLC_LIB: install VLC 3" >&2; exit 1; }

# 1. libvlc: libvlc.dylib, libvlccore.dylib and plugins/ into build/vlc. libvlc.dylib finds
#    libvlccore through @loader_path / @rpath: keep the two side by side.
STAGE=$ROOT/build/vlc
rm -rf "$STAGE" && mkdir -p "$STAGE"
cp -L "$VLC_LIB/libvlc.dylib" "$VLC_LIB/libvlccore.dylib" "$STAGE/"
cp -R "$VLC_PLUGINS" "$STAGE/plugins"
# The dylibs inside VLC.app are signed as part of VLC.app; re-sign them ad hoc for our bundle.
find "$STAGE" -name '*.dylib' -exec codesign --force --sign - {} \;

# 2. A virtual environment with Reviewer, its window and PyInstaller.
PYTHON=${PYTHON:-python3}
[[ -x .venv/bin/python ]] || "$PYTHON" -m venv .venv
.venv/bin/python -m pip install --upgrade pip
.venv/bin/python -m pip install -e '.[gui,package]' pillow

# 3. The icon: Reviewer.icns from the PNG sizes.
ICONSET=$ROOT/build/reviewer.iconset
rm -rf "$ICONSET" && mkdir -p "$ICONSET"
for size in 16 32 128 256 512; do
  cp "resources/icons/reviewer-$size.png" "$ICONSET/icon_${size}x${size}.png"
done
for size in 16 32 128 256; do
  cp "resources/icons/reviewer-$((size * 2)).png" "$ICONSET/icon_${size}x${size}@2x.png"
done
iconutil -c icns "$ICONSET" -o resources/icons/reviewer.icns

# 4. Build. The spec copies REVIEWER_VLC_DIR into the app as vlc/, and the runtime hook
#    (installer/pyinstaller/rthook_libvlc.py) sets PYTHON_VLC_LIB_PATH and
#    PYTHON_VLC_MODULE_PATH to it before anything imports vlc.
REVIEWER_VLC_DIR=$STAGE .venv/bin/pyinstaller --noconfirm --clean --distpath dist \
  --workpath build/pyinstaller installer/reviewer.spec

# 5. Sign ad hoc (so that Gatekeeper on Apple silicon runs it at all) and check.
codesign --force --deep --sign - dist/Reviewer.app
dist/Reviewer.app/Contents/MacOS/reviewer --version
echo "Built dist/Reviewer.app. Open it; Help > About shows the libvlc version."
echo "A disk image: hdiutil create -volname Reviewer -srcfolder dist/Reviewer.app -ov dist/Reviewer.dmg"
