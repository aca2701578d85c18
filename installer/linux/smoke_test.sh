#!/usr/bin/env bash
# Smoke test of the built Linux app (./installer/bootstrap.sh package makes it):
#
#   xvfb-run -a -s "-screen 0 1600x1000x24" ./installer/linux/smoke_test.sh [dist/Reviewer]
#
# As a new user would (an empty HOME, no REVIEWER_AUTHOR): the command line works frozen
# (--version; export to Word and to SRT in traditional script, which need python-docx's
# template and OpenCC's dictionaries in the bundle); the window opens on the demo clip with
# the welcome over it, the system's libvlc is loaded; Enter in the welcome keeps the name;
# Ctrl+Q quits with status 0. Needs an X display, xdotool and ImageMagick's import.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
APP_DIR=$(cd "${1:-$ROOT/dist/Reviewer}" && pwd)
APP=$APP_DIR/reviewer
OUT=$ROOT/build/smoke
START=$SECONDS

fail() {
  printf 'smoke test FAILED: %s\n' "$*" >&2
  [[ -f $OUT/app.log ]] && grep -v '^ALSA' "$OUT/app.log" | tail -n 30 >&2
  exit 1
}
PASSED=0
ok() { printf '   ok  %s\n' "$*"; PASSED=$((PASSED + 1)); }

[[ -x $APP ]] || fail "no $APP: run ./installer/bootstrap.sh package first"
[[ -n ${DISPLAY:-} ]] || fail "no DISPLAY: run this under xvfb-run"
command -v xdotool >/dev/null || fail "xdotool is missing (apt-get install xdotool)"

rm -rf "$OUT"
mkdir -p "$OUT/home"
export HOME=$OUT/home XDG_CONFIG_HOME=$OUT/home/.config XDG_DATA_HOME=$OUT/home/.local/share
export XDG_CACHE_HOME=$OUT/home/.cache QT_QPA_PLATFORM=xcb
unset REVIEWER_AUTHOR PYTHON_VLC_LIB_PATH PYTHON_VLC_MODULE_PATH VLC_PLUGIN_PATH
cd "$OUT"

# ---- the command line, frozen
version=$("$APP" --version) || fail "reviewer --version failed"
[[ $version == "Reviewer "* ]] || fail "reviewer --version said: $version"
ok "reviewer --version: $version"
demo=$APP_DIR/_internal/resources/demo
"$APP" import "$demo/demo.zh.srt" "$demo/demo.en.srt" -o cli.review >/dev/null 2>cli.err \
  || fail "reviewer import: $(cat cli.err)"
"$APP" export cli.review -f docx -o cli.docx >/dev/null 2>cli.err || fail "export docx: $(cat cli.err)"
"$APP" export cli.review -f srt --text source --script s2twp -o cli.srt >/dev/null 2>cli.err \
  || fail "export with OpenCC: $(cat cli.err)"
grep -q '國' cli.srt || fail "the s2twp export has no traditional characters"
ok "reviewer import, export -f docx, export --script s2twp (OpenCC data bundled)"
# The speech checks decode the sound (PyAV's FFmpeg) and run Silero VAD (onnxruntime, the
# model in resources/models): a cache beside the project says all three are in the bundle.
"$APP" import "$demo/demo.zh.srt" "$demo/demo.en.srt" --media "$demo/demo.mp4" -o speech.review \
  >/dev/null 2>cli.err || fail "reviewer import --media: $(cat cli.err)"
status=0
"$APP" check speech.review >/dev/null 2>cli.err || status=$?
[[ $status -le 1 && -s speech.review.audio ]] || fail "reviewer check made no speech map: $(cat cli.err)"
ok "reviewer check heard the speech (PyAV, onnxruntime and the VAD model bundled)"
for lang in zh_CN zh_TW zh_HK; do
  [[ -s $APP_DIR/_internal/translations/reviewer_$lang.qm ]] || fail "no $lang catalogue in the bundle"
done
ok "the window's Chinese catalogues are in the bundle"

# ---- the window
"$APP" >"$OUT/app.log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true' EXIT

find_window() { # TITLE [SECONDS]: the id of a visible window of the app whose name holds TITLE
  local deadline=$((SECONDS + ${2:-60})) found
  while ((SECONDS < deadline)); do
    kill -0 "$pid" 2>/dev/null || fail "the app exited while waiting for \"$1\""
    found=$(xdotool search --all --onlyvisible --pid "$pid" --name "$1" 2>/dev/null | head -n 1 || true)
    [[ -n $found ]] && { printf '%s\n' "$found"; return 0; }
    sleep 0.3
  done
  fail "no window \"$1\" within ${2:-60} s"
}

focus_and_key() { # WINDOW KEY
  local i
  for i in $(seq 1 20); do
    xdotool windowfocus --sync "$1" 2>/dev/null || true
    [[ $(xdotool getwindowfocus 2>/dev/null) == "$1" ]] && break
    sleep 0.2
  done
  xdotool key --clearmodifiers "$2"
}

main=$(find_window "demo.review — Reviewer")
ok "the window shows the demo clip: \"$(xdotool getwindowname "$main")\""
welcome=$(find_window "Welcome to Reviewer")
ok "the welcome shows over it"
sleep 2  # the first frames
kill -0 "$pid" 2>/dev/null || fail "the app exited"
vlc=$(grep -m1 -o '/[^ ]*libvlccore\.so[^ ]*' "/proc/$pid/maps" || true)
[[ -n $vlc ]] || fail "libvlc is not loaded"
[[ $vlc != "$APP_DIR"/* ]] || fail "libvlc was loaded from the bundle ($vlc), not the system"
ok "the system's libvlc is loaded: $vlc"
if command -v import >/dev/null; then
  import -window root "$OUT/window.png" && ok "screenshot: $OUT/window.png"
fi

focus_and_key "$welcome" Return
deadline=$((SECONDS + 20))
until grep -q '^shown=true' "$XDG_CONFIG_HOME/Reviewer/Reviewer.ini" 2>/dev/null; do
  ((SECONDS < deadline)) || fail "Enter did not close the welcome"
  sleep 0.3
done
grep -q "^author=$(id -un)" "$XDG_CONFIG_HOME/Reviewer/Reviewer.ini" \
  || fail "the welcome did not keep the author's name"
ok "Enter closed the welcome and kept the name ($(id -un))"

focus_and_key "$main" ctrl+q
status=0
for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
kill -0 "$pid" 2>/dev/null && fail "Ctrl+Q did not quit within 20 s"
wait "$pid" || status=$?
trap - EXIT
[[ $status -eq 0 ]] || fail "the app exited with status $status"
if grep -q 'Traceback' "$OUT/app.log"; then fail "a Python traceback in the app's output"; fi
ok "Ctrl+Q quit with status 0"
printf 'smoke test of %s passed in %d s\n' "$APP_DIR" "$((SECONDS - START))"
printf 'smoke: %d passed, 0 failed\n' "$PASSED"
