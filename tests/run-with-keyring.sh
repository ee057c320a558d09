#!/bin/sh
# Runs one test binary on a private D-Bus session with its own, unlocked gnome-keyring, in a
# throw-away HOME, so a test never reads or writes the keyring of the person running it.
#   run-with-keyring.sh [--no-login-keyring] BINARY [ARGS...]
# --no-login-keyring: gnome-keyring still starts on demand, but no login keyring exists and
# none can be created (no display for its prompt): the "locked" path.
set -eu

unlock=1
if [ "${1:-}" = "--no-login-keyring" ]; then
    unlock=0
    shift
fi
[ $# -ge 1 ] || { echo "usage: $0 [--no-login-keyring] BINARY [ARGS...]" >&2; exit 2; }
for tool in dbus-run-session gnome-keyring-daemon; do
    command -v "$tool" >/dev/null 2>&1 || { echo "$0: $tool is missing (scripts/deps installs it)" >&2; exit 1; }
done

dir=$(mktemp -d "${TMPDIR:-/tmp}/zct-keyring.XXXXXX")
chmod 700 "$dir"
cleanup() {
    # gnome-keyring-daemon normally leaves with the bus, but not always when a test was quick:
    # stop whatever still carries this session's mark (only processes started below have it).
    for environ in /proc/[0-9]*/environ; do
        if { tr '\0' '\n' <"$environ"; } 2>/dev/null | grep -qxF "ZCT_KEYRING_SESSION=$dir"; then
            pid=${environ#/proc/}
            kill "${pid%/environ}" 2>/dev/null || true
        fi
    done
    rm -rf "$dir" 2>/dev/null || { sleep 1; rm -rf "$dir" 2>/dev/null || true; }
}
trap cleanup EXIT
trap 'exit 130' INT TERM

export HOME="$dir" XDG_RUNTIME_DIR="$dir" XDG_DATA_HOME="$dir/data" XDG_CONFIG_HOME="$dir/config" \
       XDG_CACHE_HOME="$dir/cache"
unset DISPLAY WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS GNOME_KEYRING_CONTROL
status=0
if [ "$unlock" = 1 ]; then
    ZCT_KEYRING_SESSION="$dir" ZCT_TEST_KEYRING=1 dbus-run-session -- sh -c \
        'printf test-pass | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec "$@"' \
        sh "$@" || status=$?
else
    ZCT_KEYRING_SESSION="$dir" ZCT_TEST_NO_LOGIN_KEYRING=1 dbus-run-session -- "$@" || status=$?
fi
exit "$status"
