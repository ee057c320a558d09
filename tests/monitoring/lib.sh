# Shared by the engine tests in tests/monitoring: a private folder, processes started on loopback
# and always stopped, and waiting on conditions with a time limit (never a fixed sleep).
# Sourced; the caller sets ZUORA_CHECK and MOCK_SERVER (the built binaries).
set -euo pipefail

ZCT_T=$(mktemp -d "${TMPDIR:-/tmp}/zct-engine.XXXXXX")
chmod 755 "$ZCT_T"
ZCT_PIDS=()
export HOME="$ZCT_T/home" XDG_RUNTIME_DIR="$ZCT_T/run" XDG_CONFIG_HOME="$ZCT_T/config"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" "$XDG_CONFIG_HOME"
chmod 700 "$XDG_RUNTIME_DIR"
# No proxy of the machine's between the tests and their loopback servers; C numbers whatever the locale.
unset http_proxy https_proxy HTTP_PROXY HTTPS_PROXY all_proxy ALL_PROXY CREDENTIALS_DIRECTORY
export LC_ALL=C.UTF-8 QT_QPA_PLATFORM=offscreen
# No keychain of whoever runs the tests: a session bus that is not there (secrets come as credentials).
export DBUS_SESSION_BUS_ADDRESS="unix:path=$ZCT_T/no-session-bus"
unset DISPLAY WAYLAND_DISPLAY

zct_cleanup() {
    local pid
    for pid in "${ZCT_PIDS[@]}"; do
        kill "$pid" 2>/dev/null || true
    done
    for pid in "${ZCT_PIDS[@]}"; do
        for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
        kill -9 "$pid" 2>/dev/null || true
    done
    if [ -n "${ZCT_KEEP:-}" ]; then echo "kept $ZCT_T" >&2; else rm -rf "$ZCT_T"; fi
}
trap zct_cleanup EXIT

fail() { echo "FAIL: $*" >&2; exit 1; }
pass() { echo "ok - $*"; }

# wait_for SECONDS DESCRIPTION COMMAND...: runs COMMAND every 0.2 s until it succeeds.
wait_for() {
    local limit=$1 what=$2; shift 2
    local deadline=$(( $(date +%s) + limit ))
    until "$@" >/dev/null 2>&1; do
        [ "$(date +%s)" -lt "$deadline" ] || fail "timed out after ${limit}s waiting for: $what"
        sleep 0.2
    done
}

free_port() {
    /usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

# start_mock NAME [ARGS...]: a zuora-mock-server on loopback; its base URL in MOCK_URL.
start_mock() {
    local name=$1; shift
    "$MOCK_SERVER" --quiet "$@" > "$ZCT_T/$name.out" 2> "$ZCT_T/$name.err" &
    ZCT_PIDS+=($!)
    wait_for 20 "$name to print its base URL" grep -q '^http' "$ZCT_T/$name.out"
    MOCK_URL=$(head -n1 "$ZCT_T/$name.out")
}

# profiles_file ENTRY...: the desktop app's profiles.ini (schema 2) in XDG_CONFIG_HOME; an ENTRY is
# "id|name|baseUrl|authMode|username[|remember]" (remember: the secret is in the keychain).
profiles_file() {
    local dir="$XDG_CONFIG_HOME/ZuoraCredentialTester/zuora-credential-tester" i=0 entry id name url mode user remember
    mkdir -p "$dir"
    {
        echo "[General]"
        echo "schemaVersion=2"
        echo
        echo "[profiles]"
        for entry in "$@"; do
            i=$((i + 1))
            IFS='|' read -r id name url mode user remember <<<"$entry"
            echo "$i\\id=$id"
            # QSettings' ini quoting: a name may hold quotes and backslashes.
            name=${name//\\/\\\\}
            name=${name//\"/\\\"}
            echo "$i\\name=\"$name\""
            echo "$i\\baseUrl=$url"
            echo "$i\\authMode=$mode"
            echo "$i\\username=$user"
            echo "$i\\rememberSecret=${remember:-false}"
            echo "$i\\proxyMode=none"
        done
        echo "size=$i"
    } > "$dir/profiles.ini"
}
