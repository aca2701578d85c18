#!/usr/bin/env bash
# Set up Reviewer on Debian 12 or Ubuntu 24.04 and run it, or run its checks.
#
#   ./installer/bootstrap.sh run [ARGS...]   set up, put `reviewer` on the PATH (a link in
#                                            ~/.local/bin), then start it with ARGS...
#   ./installer/bootstrap.sh test            set up, then ruff, mypy, the Qt-free tests, all tests
#   ./installer/bootstrap.sh package         set up, then build the app into dist/Reviewer/
#   ./installer/bootstrap.sh bench [ARGS...] set up, then print the benchmark table (bench/)
#
# Needs only a shell: what is missing (python3, its venv module, libvlc, the X libraries Qt's
# xcb plugin loads, Xvfb, ...) is installed with apt-get, as root or through sudo. A second run
# finds everything in place and says little.
set -euo pipefail

CALLER_DIR=$PWD
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

export PIP_DISABLE_PIP_VERSION_CHECK=1
XVFB_SCREEN="-screen 0 1600x1000x24"

# Debian packages. "a|b" means either will do: Ubuntu 24.04 renamed some libraries (t64).
RUN_PACKAGES=(
  libvlc5 libvlc-bin vlc-plugin-base vlc-plugin-video-output
  libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0
  libxcb-render-util0 libxcb-shape0 libxcb-randr0 libxcb-xinerama0 libxcb-xkb1
  libegl1 libgl1 libfontconfig1 libdbus-1-3 "libglib2.0-0t64|libglib2.0-0"
  fonts-noto-cjk
  ffmpeg  # the quick-seek copy of a long-GOP video (reviewer/player/seek_copy.py)
)
# Tests also need a virtual screen, make videos (ffmpeg) and screenshots (imagemagick), type
# into the real app with real keys (xdotool), with and without a window manager (openbox),
# and check the desktop files and the .review MIME type (desktop-file-validate, appstreamcli,
# update-mime-database); accept and reject the tracked changes of the changes report in
# LibreOffice through python-uno, and read the ASS export with Gaupol's aeidon (both on the
# system python3).
TEST_PACKAGES=(xvfb xauth ffmpeg imagemagick xdotool openbox desktop-file-utils appstream
  shared-mime-info libreoffice-writer-nogui python3-uno python3-aeidon
  espeak-ng)  # espeak-ng: tests/speech_media.py speaks the audio tests' sentences
# The Qt-free test directories, run in .venv-core without PySide6 or python-vlc.
CORE_TEST_DIRS=(tests/core tests/text tests/formats tests/store tests/app tests/cli tests/audio)

section() { printf '\n== %s\n' "$*"; }
note() { printf '   %s\n' "$*"; }
die() { printf 'bootstrap: %s\n' "$*" >&2; exit 1; }

usage() {
  cat <<'EOF'
usage: ./installer/bootstrap.sh COMMAND [ARGS...]

  run [ARGS...]  install what is missing, link ~/.local/bin/reviewer to .venv/bin/reviewer
                 (so that the README's `reviewer ...` commands work), then start Reviewer
                 (ARGS go to `reviewer`)
  test           install what is missing, then ruff, mypy, the Qt-free tests in .venv-core
                 and the whole test suite under Xvfb
  bench [ARGS...]  install what is missing (Xvfb, ffmpeg, Debian's python3-aeidon, the
                 `bench` extra: pyinstrument, py-spy), then run bench/run_all.py under Xvfb:
                 one table of figures against their targets and peers (ARGS: --quick, --repeats N)
  package        install what is missing and PyInstaller, then build the one-folder app
                 into dist/Reviewer/ (installer/reviewer.spec; see installer/README.md)
EOF
}

# ---------------------------------------------------------------- system packages

SUDO=()
APT_UPDATED=0

is_installed() { # PACKAGE -> 0 when dpkg has it installed
  [[ $(dpkg-query -W -f='${db:Status-Status}' "$1" 2>/dev/null) == installed ]]
}

has_candidate() { # PACKAGE -> 0 when apt could install it
  local policy
  policy=$(apt-cache policy "$1" 2>/dev/null) || return 1
  [[ $policy == *"Candidate:"* && $policy != *"Candidate: (none)"* ]]
}

need_root() {
  if [[ $(id -u) -eq 0 ]]; then
    SUDO=()
  elif command -v sudo >/dev/null; then
    SUDO=(sudo)
  else
    die "need to install system packages ($*), but this is not root and there is no sudo"
  fi
}

apt_get() { "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -q -o Dpkg::Use-Pty=0 "$@"; }

apt_install() { # SPEC... ; SPEC is "name" or "name|other": installs those that are missing
  local spec alt pick missing=() alts=()
  for spec in "$@"; do
    local found=0
    IFS='|' read -r -a alts <<<"$spec"
    for alt in "${alts[@]}"; do is_installed "$alt" && found=1 && break; done
    [[ $found -eq 1 ]] || missing+=("$spec")
  done
  [[ ${#missing[@]} -gt 0 ]] || return 0

  if ! command -v apt-get >/dev/null || ! command -v dpkg-query >/dev/null; then
    note "not a Debian/Ubuntu system: install these yourself: ${missing[*]}"
    return 0
  fi
  need_root "${missing[*]}"
  if [[ $APT_UPDATED -eq 0 ]]; then
    section "apt-get update"
    apt_get update -qq >/dev/null
    APT_UPDATED=1
  fi
  local names=()
  for spec in "${missing[@]}"; do
    IFS='|' read -r -a alts <<<"$spec"
    pick=""
    for alt in "${alts[@]}"; do has_candidate "$alt" && pick=$alt && break; done
    [[ -n $pick ]] || die "no Debian package found for: $spec"
    names+=("$pick")
  done
  section "apt-get install ${names[*]}"
  note "(the first time, this takes a few minutes)"
  apt_get install -y -qq --no-install-recommends "${names[@]}" >/dev/null
}

# ---------------------------------------------------------------- python and venvs

PYTHON=""

find_python() {
  if command -v python3 >/dev/null; then
    PYTHON=$(command -v python3)
  else
    apt_install python3
    PYTHON=/usr/bin/python3
  fi
  [[ -x $PYTHON ]] || die "no python3 found, and it could not be installed"
}

# make_venv DIR: a working venv in DIR (made again if its interpreter is gone).
make_venv() {
  local dir=$1
  if [[ -x $dir/bin/python ]] && "$dir/bin/python" -c '' 2>/dev/null; then
    return 0
  fi
  section "virtual environment $dir"
  rm -rf "$dir"
  if ! "$PYTHON" -m venv "$dir" >/dev/null 2>&1; then
    # Debian's python3 keeps ensurepip in a package of its own.
    rm -rf "$dir"
    local ver
    ver=$("$PYTHON" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')
    apt_install python3-venv
    has_candidate "python$ver-venv" && apt_install "python$ver-venv"
    "$PYTHON" -m venv "$dir" || die "$PYTHON -m venv $dir failed"
  fi
  pip_quietly "$dir" --upgrade pip
}

# pip_quietly DIR ARGS...: pip install into DIR; its chatter goes to a log, shown if pip fails.
pip_quietly() {
  local dir=$1; shift
  local log="$dir/bootstrap-pip.log"
  if ! "$dir/bin/python" -m pip install "$@" >"$log" 2>&1; then
    cat "$log" >&2
    die "pip install $* failed (log: $log)"
  fi
}

# pip_install DIR PIP-ARGS...: install unless DIR's stamp says this was done for this pyproject.
# PIP_STAMP names the stamp file (another one for installs made on top, like the package extra).
pip_install() {
  local dir=$1; shift
  local stamp="$dir/${PIP_STAMP:-.bootstrap-stamp}" want
  want="$(sha256sum pyproject.toml | cut -d' ' -f1) $*"
  if [[ -f $stamp && $(<"$stamp") == "$want" ]]; then
    return 0
  fi
  section "pip install $* (into $dir)"
  pip_quietly "$dir" "$@"
  printf '%s\n' "$want" >"$stamp"
}

# The test tools of the Qt-free venv, with the versions pyproject's `test` extra asks for.
core_test_requirements() {
  "$PYTHON" - <<'EOF'
import re
try:
    import tomllib
except ImportError:  # Python 3.10: no version bounds, just the names
    print("pytest pytest-timeout hypothesis")
    raise SystemExit
with open("pyproject.toml", "rb") as f:
    extra = tomllib.load(f)["project"]["optional-dependencies"]["test"]
wanted = {"pytest", "pytest-timeout", "hypothesis"}
print(" ".join(r for r in extra if re.split(r"[<>=!~\[; ]", r, maxsplit=1)[0] in wanted))
EOF
}

# Serialise set-up between concurrent runs in one checkout (they share .venv).
lock_setup() {
  exec 9<"${BASH_SOURCE[0]}"
  if command -v flock >/dev/null; then flock 9; fi
}
unlock_setup() {
  if command -v flock >/dev/null; then flock -u 9; fi
}

# Our modules' bytecode, written now: Python would otherwise compile them on every start where
# it may not write __pycache__ (PYTHONDONTWRITEBYTECODE, a read-only checkout), 40 ms or more of
# the window's start. A stale file is simply compiled again in memory.
compile_bytecode() {
  .venv/bin/python -m compileall -q -j 0 reviewer >/dev/null || note "compileall failed (not fatal)"
}

# The window's catalogues: translations/*.ts (kept in the repository) compiled to the .qm files
# Qt loads (not committed; reviewer.ui.i18n). A .qm newer than its .ts is left as it is.
build_translations() {
  local ts qm
  for ts in translations/*.ts; do
    [[ -e $ts ]] || continue
    qm=${ts%.ts}.qm
    [[ -e $qm && $qm -nt $ts ]] && continue
    .venv/bin/pyside6-lrelease -silent "$ts" -qm "$qm" || die "pyside6-lrelease $ts failed"
  done
}

setup() { # "run" or "test"
  lock_setup
  find_python
  if [[ $1 == test ]]; then
    apt_install "${RUN_PACKAGES[@]}" "${TEST_PACKAGES[@]}"
  else
    apt_install "${RUN_PACKAGES[@]}"
  fi
  make_venv .venv
  pip_install .venv -e '.[gui,test]'
  build_translations
  compile_bytecode
  if [[ $1 == test ]]; then
    make_venv .venv-core
    local reqs
    read -r -a reqs <<<"$(core_test_requirements)"
    pip_install .venv-core -e . "${reqs[@]}"
  fi
  unlock_setup
}

# ---------------------------------------------------------------- test

FAILED=()

step() { # NAME COMMAND...: run one check, note a failure and go on
  local name=$1; shift
  section "$name"
  if "$@"; then return 0; fi
  FAILED+=("$name")
}

# existing_test_dirs DIR...: those that hold at least one test file.
existing_test_dirs() {
  local d
  for d in "$@"; do
    [[ -d $d ]] && find "$d" \( -name 'test_*.py' -o -name '*_test.py' \) -print -quit | grep -q . \
      && printf '%s\n' "$d"
  done
  return 0
}

pytest_run() { # COMMAND...: a pytest run, where "no tests collected" (5) is a failure too
  local rc=0
  "$@" || rc=$?
  if [[ $rc -eq 5 ]]; then printf 'pytest collected no tests\n' >&2; fi
  return "$rc"
}

qt_free_tests() {
  local dirs=()
  mapfile -t dirs < <(existing_test_dirs "${CORE_TEST_DIRS[@]}")
  if [[ ${#dirs[@]} -eq 0 ]]; then
    note "no tests yet in ${CORE_TEST_DIRS[*]}"
    return 0
  fi
  # The proof is only a proof if the Qt and libvlc bindings are really absent.
  .venv-core/bin/python -c '
import importlib.util, sys
present = [m for m in ("PySide6", "vlc") if importlib.util.find_spec(m)]
if present:
    sys.exit(".venv-core can import " + ", ".join(present) + ": the Qt-free proof is void")
' || return 1
  pytest_run .venv-core/bin/python -m pytest -q "${dirs[@]}"
}

whole_suite() {
  if [[ -z $(existing_test_dirs tests) ]]; then
    note "no tests yet in tests/"
    return 0
  fi
  # libvlc 3's raw players (tests/player/test_vlc_xvfb.py) crashed inside libvlc as they closed
  # in the whole suite's process (3 runs of 5 on 2026-12-07), never in a process of their own
  # (8 runs): they run apart, after the rest.
  local raw=tests/player/test_vlc_xvfb.py
  if [[ ! -f $raw ]]; then
    pytest_run xvfb-run -a -s "$XVFB_SCREEN" .venv/bin/python -m pytest -q tests
    return
  fi
  pytest_run xvfb-run -a -s "$XVFB_SCREEN" .venv/bin/python -m pytest -q tests --ignore="$raw" \
    && pytest_run xvfb-run -a -s "$XVFB_SCREEN" .venv/bin/python -m pytest -q "$raw"
}

cmd_test() {
  setup test
  local lint=(reviewer)
  [[ -d tests ]] && lint+=(tests)
  [[ -d bench ]] && lint+=(bench)
  step "ruff check ${lint[*]}" .venv/bin/ruff check -q "${lint[@]}"
  step "mypy" .venv/bin/mypy
  step "Qt-free tests (.venv-core: no PySide6, no python-vlc)" qt_free_tests
  step "all tests (.venv, under Xvfb)" whole_suite
  section "summary"
  if [[ ${#FAILED[@]} -gt 0 ]]; then
    printf '   failed: %s\n' "${FAILED[@]}"
    exit 1
  fi
  note "all checks passed"
}

# ---------------------------------------------------------------- run

# `reviewer` on the PATH: a link in ~/.local/bin (no root needed), which Debian's and Ubuntu's
# ~/.profile put on the PATH of every login once the folder exists. A file of that name that
# is not our link is left alone.
link_command() {
  local bin=${REVIEWER_BIN_DIR:-$HOME/.local/bin} target=$ROOT/.venv/bin/reviewer
  local link=$bin/reviewer
  if [[ -e $link && ! -L $link ]]; then
    note "$link exists and is not a link to Reviewer: left alone; run $target"
    return 0
  fi
  if [[ ! -L $link || $(readlink "$link") != "$target" ]]; then
    mkdir -p "$bin" && ln -sfn "$target" "$link" || { note "could not link $link"; return 0; }
    note "linked $link -> $target"
  fi
  case ":$PATH:" in
    *":$bin:"*) ;;
    *) note "$bin is not on this shell's PATH yet: log in again, or run" \
         "export PATH=\"$bin:\$PATH\" (Debian's ~/.profile adds it at login)" ;;
  esac
}

cmd_run() {
  if [[ -z ${DISPLAY:-} && -z ${WAYLAND_DISPLAY:-} ]]; then
    die "no screen: neither DISPLAY nor WAYLAND_DISPLAY is set. Run this from a desktop session."
  fi
  setup run
  link_command
  cd "$CALLER_DIR"  # so that relative paths in ARGS mean what the user meant
  exec "$ROOT/.venv/bin/reviewer" "$@"
}

# ---------------------------------------------------------------- package

cmd_package() {
  setup run
  PIP_STAMP=.bootstrap-stamp-package pip_install .venv -e '.[gui,package]'
  local log=build/pyinstaller.log start=$SECONDS
  mkdir -p build
  section "pyinstaller installer/reviewer.spec -> dist/Reviewer/ (log: $log)"
  if ! .venv/bin/pyinstaller --noconfirm --clean --log-level WARN --distpath dist \
      --workpath build/pyinstaller installer/reviewer.spec >"$log" 2>&1; then
    tail -n 40 "$log" >&2
    die "pyinstaller failed (log: $log)"
  fi
  [[ -x dist/Reviewer/reviewer ]] || die "the build made no dist/Reviewer/reviewer"
  note "built in $((SECONDS - start)) s: dist/Reviewer/ is $(du -sh dist/Reviewer | cut -f1)"
  note "start it with dist/Reviewer/reviewer; desktop entry: installer/linux/install.sh"
}

# ---------------------------------------------------------------- bench

cmd_bench() {
  setup run
  # Xvfb and ffmpeg as for the tests; Gaupol's library aeidon (for the system python3) is a peer.
  apt_install "${TEST_PACKAGES[@]}" python3-aeidon
  PIP_STAMP=.bootstrap-stamp-bench pip_install .venv -e '.[gui,test,bench]'
  # aeidon runs on Debian's python3; ours is compared with it on that interpreter too. Where
  # python3 on PATH is another one (pyenv, say), a second venv holds Reviewer's core for it.
  local base
  base=$(.venv/bin/python -c 'import os, sys; print(os.path.realpath(sys._base_executable))')
  if [[ -x /usr/bin/python3 && $base != "$(realpath /usr/bin/python3)" ]]; then
    PYTHON=/usr/bin/python3 make_venv .venv-system
    pip_install .venv-system -e .
  fi
  section "benchmarks (bench/run_all.py under Xvfb; a few minutes)"
  xvfb-run -a -s "$XVFB_SCREEN" .venv/bin/python bench/run_all.py "$@"
}

# ---------------------------------------------------------------- main

[[ $# -gt 0 ]] || { usage >&2; exit 2; }
command=$1; shift
case $command in
  run) cmd_run "$@" ;;
  test) cmd_test ;;
  package) cmd_package ;;
  bench) cmd_bench "$@" ;;
  -h | --help | help) usage ;;
  *) usage >&2; exit 2 ;;
esac
