#!/usr/bin/env bash
# Put Reviewer in the desktop's menus for this user, and make .review files open in it.
#
#   ./installer/linux/install.sh [APP]      install (no root needed)
#   ./installer/linux/install.sh --remove   take it out again
#
# APP is the packaged app's folder (dist/Reviewer, made by ./installer/bootstrap.sh package),
# which is copied to ~/.local/opt/Reviewer, or a `reviewer` command (e.g. .venv/bin/reviewer
# of a checkout), which is used where it is. Without APP: dist/Reviewer if it was built, else
# .venv/bin/reviewer. Writes only under ~/.local (XDG_DATA_HOME where set):
#   bin/reviewer, share/applications/reviewer.desktop, share/mime/packages/reviewer.xml,
#   share/icons/hicolor/*/apps/reviewer.*, share/metainfo/io.github.reviewer.Reviewer.metainfo.xml
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
DATA=${XDG_DATA_HOME:-$HOME/.local/share}
BIN=$HOME/.local/bin
OPT=$HOME/.local/opt/Reviewer
ICONS=$DATA/icons/hicolor
METAINFO=io.github.reviewer.Reviewer.metainfo.xml
SIZES=(16 32 48 64 128 256 512)

say() { printf '   %s\n' "$*"; }
die() { printf 'install.sh: %s\n' "$*" >&2; exit 1; }

refresh() { # the desktop's caches, where their tools are installed
  if command -v update-mime-database >/dev/null; then update-mime-database "$DATA/mime"; fi
  if command -v update-desktop-database >/dev/null; then
    update-desktop-database -q "$DATA/applications" || true
  fi
  if command -v gtk-update-icon-cache >/dev/null && [[ -f $ICONS/index.theme ]]; then
    gtk-update-icon-cache -q -t -f "$ICONS" || true
  fi
  return 0
}

remove() {
  rm -f "$BIN/reviewer" "$DATA/applications/reviewer.desktop" \
    "$DATA/mime/packages/reviewer.xml" "$DATA/metainfo/$METAINFO" "$ICONS/scalable/apps/reviewer.svg"
  local size
  for size in "${SIZES[@]}"; do rm -f "$ICONS/${size}x${size}/apps/reviewer.png"; done
  rm -rf "$OPT"
  mkdir -p "$DATA/mime/packages" "$DATA/applications"
  refresh
  say "Reviewer is out of the menus; projects and settings are kept"
}

install() {
  local app=${1:-} exe
  if [[ -z $app ]]; then
    if [[ -x $ROOT/dist/Reviewer/reviewer ]]; then app=$ROOT/dist/Reviewer
    elif [[ -x $ROOT/.venv/bin/reviewer ]]; then app=$ROOT/.venv/bin/reviewer
    else die "nothing to install: run ./installer/bootstrap.sh package (or run) first"
    fi
  fi
  if [[ -d $app ]]; then # the packaged app: a folder with reviewer and _internal/
    [[ -x $app/reviewer ]] || die "$app has no reviewer program in it"
    app=$(cd "$app" && pwd)
    if [[ $app != "$OPT" ]]; then
      rm -rf "$OPT"
      mkdir -p "$(dirname "$OPT")"
      cp -a "$app" "$OPT"
    fi
    exe=$OPT/reviewer
    say "app: $OPT"
  else
    [[ -x $app ]] || die "$app is not a program"
    exe=$(cd "$(dirname "$app")" && pwd)/$(basename "$app")
  fi

  mkdir -p "$BIN" "$DATA/applications" "$DATA/mime/packages" "$DATA/metainfo" \
    "$ICONS/scalable/apps"
  ln -sfn "$exe" "$BIN/reviewer"
  say "command: $BIN/reviewer -> $exe"

  # The menu entry names the program by its full path: ~/.local/bin is not on every session's PATH.
  sed -e "s|^Exec=reviewer |Exec=$exe |" -e "s|^TryExec=reviewer$|TryExec=$exe|" \
    "$HERE/reviewer.desktop" >"$DATA/applications/reviewer.desktop"
  cp "$HERE/reviewer-mime.xml" "$DATA/mime/packages/reviewer.xml"
  cp "$HERE/$METAINFO" "$DATA/metainfo/$METAINFO"
  local size
  for size in "${SIZES[@]}"; do
    mkdir -p "$ICONS/${size}x${size}/apps"
    cp "$ROOT/resources/icons/reviewer-$size.png" "$ICONS/${size}x${size}/apps/reviewer.png"
  done
  cp "$ROOT/resources/icons/reviewer.svg" "$ICONS/scalable/apps/reviewer.svg"
  refresh
  say "menu entry: $DATA/applications/reviewer.desktop (.review files open in Reviewer)"
  case ":$PATH:" in
    *":$BIN:"*) ;;
    *) say "note: $BIN is not on PATH; add it to use \`reviewer\` in a terminal" ;;
  esac
}

case ${1:-} in
  --remove | remove) remove ;;
  -h | --help) sed -n '2,12p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' ;;
  *) install "${1:-}" ;;
esac
