#!/usr/bin/env bash
# shellcheck disable=SC2317  # (shellcheck takes all below the outer exec for unreachable)
# Reads the real window of the desktop app through AT-SPI, as Orca does (atspi_check.py).
#
#   bash tests/accessibility/run-atspi.sh build/bin/zuora-credential-tester
#
# Inside one private D-Bus session (dbus-run-session): Xvfb on a free display (-displayfd), openbox,
# the AT-SPI bus launcher, and the app with --demo and accessibility on, in a scratch HOME /
# XDG_CONFIG_HOME / XDG_RUNTIME_DIR (one saved profile seeded there), so no real profile or keyring
# is touched. Every step waits on a condition with a time limit; every process started here is
# stopped again by its pid. Exit status: atspi_check.py's (0 = every check passed). A missing tool
# is a failure, never a skip: scripts/deps installs them.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
app=${1:?usage: run-atspi.sh PATH-TO-zuora-credential-tester}
python=/usr/bin/python3   # Debian's, which has the gi bindings and pyatspi
launcher=/usr/libexec/at-spi-bus-launcher

if [ "${ZCT_ATSPI_INNER:-}" != 1 ]; then
  missing=()
  for tool in Xvfb openbox dbus-run-session dbus-send "$launcher" "$python"; do
    command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
  done
  "$python" -c 'import gi; gi.require_version("Atspi", "2.0"); from gi.repository import Atspi; import pyatspi' \
    >/dev/null 2>&1 || missing+=("python3-pyatspi / gir1.2-atspi-2.0")
  [ -x "$app" ] || missing+=("$app")
  if [ "${#missing[@]}" -gt 0 ]; then
    echo "FAIL: cannot run the AT-SPI check, missing: ${missing[*]} (bash scripts/deps installs the packages)" >&2
    exit 1
  fi
  app=$(cd "$(dirname "$app")" && pwd)/$(basename "$app")
  ZCT_ATSPI_INNER=1 exec dbus-run-session -- bash "${BASH_SOURCE[0]}" "$app"
fi

# --- inside the private D-Bus session ---------------------------------------------------------
scratch=$(mktemp -d "${TMPDIR:-/tmp}/zct-atspi.XXXXXX")
mkdir -p "$scratch/home/.config" "$scratch/runtime" "$scratch/home/.local/share" "$scratch/home/.cache"
chmod 700 "$scratch/runtime"
export HOME="$scratch/home" XDG_CONFIG_HOME="$scratch/home/.config" XDG_RUNTIME_DIR="$scratch/runtime" \
       XDG_DATA_HOME="$scratch/home/.local/share" XDG_CACHE_HOME="$scratch/home/.cache"
export LC_ALL=C.UTF-8 LANGUAGE=en   # the checks read English words
unset WAYLAND_DISPLAY AT_SPI_BUS_ADDRESS XAUTHORITY

# Started here, stopped in reverse order with SIGTERM. The app has no SIGTERM handler: it ends at
# once, so no "unsaved changes" question can hold it up (and under scripts/sanitize LeakSanitizer,
# which runs at a normal exit, stays out of it; the tst_* suites own leak checking).
pids=()
names=()
started=$(date +%s.%N)

stop() {   # stop PID NAME: SIGTERM, up to 5 s for it to go, then SIGKILL
  local pid=$1 i
  kill -0 "$pid" 2>/dev/null || return 0
  kill -TERM "$pid" 2>/dev/null || true
  for ((i = 0; i < 50; i++)); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  if kill -0 "$pid" 2>/dev/null; then
    echo "note: $2 (pid $pid) ignored SIGTERM, killing it" >&2
    kill -KILL "$pid" 2>/dev/null || true
  fi
  wait "$pid" 2>/dev/null || true
}

cleanup() {
  local status=$? i
  trap - EXIT INT TERM
  for ((i = ${#pids[@]} - 1; i >= 0; i--)); do
    stop "${pids[$i]}" "${names[$i]}"
  done
  if [ "$status" -ne 0 ]; then
    for log in app xvfb openbox bus; do
      if [ -s "$scratch/$log.log" ]; then
        echo "---- $log.log (last 40 lines) ----" >&2
        tail -n 40 "$scratch/$log.log" >&2
      fi
    done
  fi
  rm -rf "$scratch"
  echo "run-atspi.sh: $(awk -v s="$started" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f", e - s }') s, exit $status" >&2
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# wait_for SECONDS WHAT COMMAND...: polls COMMAND until it succeeds, fails the run after SECONDS.
wait_for() {
  local limit=$1 what=$2 deadline
  shift 2
  deadline=$(($(date +%s%N) + limit * 1000000000))
  until "$@" >/dev/null 2>&1; do
    if [ "$(date +%s%N)" -ge "$deadline" ]; then
      echo "FAIL: no $what within $limit s" >&2
      return 1
    fi
    sleep 0.1
  done
}
alive() { kill -0 "$1" 2>/dev/null; }
start() {   # start NAME COMMAND...: in the background, output to $scratch/NAME.log
  local name=$1
  shift
  "$@" >"$scratch/$name.log" 2>&1 &
  pids+=("$!")
  names+=("$name")
}

# X server on a free display: Xvfb picks it and writes its number to fd 3 once it accepts clients.
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp -noreset 3>"$scratch/display" >"$scratch/xvfb.log" 2>&1 &
pids+=("$!")
names+=(Xvfb)
wait_for 30 "X display from Xvfb" test -s "$scratch/display"
DISPLAY=":$(head -n1 "$scratch/display")"
export DISPLAY

# A window manager, as on a desktop: it gives the window keyboard focus. Ready once it runs --startup.
start openbox openbox --sm-disable --startup "touch '$scratch/openbox-ready'"
wait_for 30 "openbox start" test -e "$scratch/openbox-ready"

# The accessibility bus, registered as org.a11y.Bus on this session bus.
start bus "$launcher" --launch-immediately
has_a11y_bus() {
  dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
    org.freedesktop.DBus.NameHasOwner string:org.a11y.Bus | grep -q 'boolean true'
}
wait_for 30 "org.a11y.Bus on the session bus" has_a11y_bus

# One saved profile next to the demo ones: the unsaved-marker and OAuth checks use it.
"$python" "$here/atspi_check.py" --write-profiles \
  "$XDG_CONFIG_HOME/ZuoraCredentialTester/zuora-credential-tester/profiles.ini"

start app env QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_ACCESSIBILITY=1 QT_QPA_PLATFORM=xcb "$app" --demo
app_pid=${pids[-1]}

status=0
"$python" "$here/atspi_check.py" --pid "$app_pid" --timeout 30 --budget 100 || status=$?
if ! alive "$app_pid"; then
  echo "FAIL: the app is no longer running after the checks" >&2
  status=1
fi
exit "$status"
