#!/usr/bin/env bash
# zuora-check --format nagios run by a real Nagios 4 (monitoring.md section 5): a minimal configuration
# in a temporary folder, checks every 5 s, the states read from its status.dat.
#   states: against a zuora-mock-server on loopback, the demo user -> OK (0), a wrong password -> CRITICAL (2)
#   cert:   over HTTPS with a certificate (made with openssl) that expires in 5 days, --cert-warning 14 -> WARNING (1)
# Nagios is started here as a daemon of this folder only, never as the system's service.
# Usage: run-nagios.sh states|cert ZUORA_CHECK ZUORA_MOCK_SERVER
MODE=$1 ZUORA_CHECK=$2 MOCK_SERVER=$3
. "$(dirname "$0")/lib.sh"
command -v nagios4 >/dev/null || fail "nagios4 missing (Debian package nagios4-core; scripts/deps)"
ZUORA_CHECK=$(readlink -f "$ZUORA_CHECK")

D="$ZCT_T/nagios"
mkdir -p "$D/cr" "$D/plugin-home"
chmod 777 "$D" "$D/cr" "$D/plugin-home"

# plugin NAME SECRET_FILE ARGS...: a command for Nagios, which runs it as nobody with almost no
# environment; the secret comes on stdin from the file, never in argv (Nagios logs command lines).
plugin() {
    local name=$1 secret=$2; shift 2
    {
        echo '#!/bin/sh'
        echo "export HOME='$D/plugin-home' XDG_CONFIG_HOME='$D/plugin-home' XDG_RUNTIME_DIR='$D/plugin-home' QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8"
        printf 'exec %q' "$ZUORA_CHECK"
        printf ' %q' "$@"
        printf ' --password-stdin < %q\n' "$secret"
    } > "$D/$name"
    chmod 755 "$D/$name"
}

services=()
case "$MODE" in
states)
    start_mock mock
    printf '%s\n' 'Demo-Pass+2026/=&' > "$D/good.secret"
    printf '%s\n' 'wrong-password-123' > "$D/wrong.secret"
    chmod 644 "$D"/*.secret
    plugin check-good.sh "$D/good.secret" --format nagios --base-url "$MOCK_URL" --username api.demo@example.com \
        --warning 20 --critical 30
    plugin check-wrong.sh "$D/wrong.secret" --format nagios --base-url "$MOCK_URL" --username api.demo@example.com
    services=("Zuora login|$D/check-good.sh|0" "Zuora wrong password|$D/check-wrong.sh|2")
    ;;
cert)
    openssl req -x509 -newkey rsa:2048 -nodes -days 5 -subj /CN=127.0.0.1 \
        -addext subjectAltName=IP:127.0.0.1,DNS:localhost -keyout "$D/key.pem" -out "$D/cert.pem" 2>/dev/null
    chmod 644 "$D/cert.pem" "$D/key.pem"
    start_mock tls --tls-cert "$D/cert.pem" --tls-key "$D/key.pem"
    case "$MOCK_URL" in https://*) ;; *) fail "the mock server does not serve https: $MOCK_URL" ;; esac
    printf '%s\n' 'Demo-Pass+2026/=&' > "$D/good.secret"
    chmod 644 "$D/good.secret"
    plugin check-cert.sh "$D/good.secret" --format nagios --base-url "$MOCK_URL" --username api.demo@example.com \
        --ca-file "$D/cert.pem" --cert-warning 14
    services=("Zuora certificate|$D/check-cert.sh|1")
    ;;
*) fail "mode states or cert" ;;
esac

cat > "$D/nagios.cfg" <<CFG
cfg_file=$D/objects.cfg
log_file=$D/nagios.log
status_file=$D/status.dat
status_update_interval=1
lock_file=$D/nagios.lock
temp_file=$D/nagios.tmp
temp_path=$D
query_socket=$D/nagios.qh
command_file=$D/nagios.cmd
check_result_path=$D/cr
check_result_reaper_frequency=1
object_cache_file=$D/objects.cache
precached_object_file=$D/objects.precache
state_retention_file=$D/retention.dat
nagios_user=nobody
nagios_group=nogroup
interval_length=1
enable_notifications=0
check_for_updates=0
use_syslog=0
# Beyond monitoring.md's minimal configuration: the first checks at once, not spread over minutes.
service_inter_check_delay_method=n
max_service_check_spread=1
CFG
{
    cat <<'OBJ'
define timeperiod {
  timeperiod_name 24x7
  alias           24x7
  monday          00:00-24:00
  tuesday         00:00-24:00
  wednesday       00:00-24:00
  thursday        00:00-24:00
  friday          00:00-24:00
  saturday        00:00-24:00
  sunday          00:00-24:00
}
define command {
  command_name notify_none
  command_line /bin/true
}
define contact {
  contact_name                  nobody
  host_notifications_enabled    0
  service_notifications_enabled 0
  host_notification_period      24x7
  service_notification_period   24x7
  host_notification_options     n
  service_notification_options  n
  host_notification_commands    notify_none
  service_notification_commands notify_none
}
define host {
  host_name          zuora
  address            127.0.0.1
  max_check_attempts 1
  check_period       24x7
}
OBJ
    n=0
    for service in "${services[@]}"; do
        IFS='|' read -r description command _ <<<"$service"
        n=$((n + 1))
        printf 'define command {\n  command_name check_zuora_%d\n  command_line %s\n}\n' "$n" "$command"
        printf 'define service {\n  host_name           zuora\n  service_description %s\n  check_command       check_zuora_%d\n' "$description" "$n"
        printf '  max_check_attempts  1\n  check_interval      5\n  retry_interval      5\n  check_period        24x7\n}\n'
    done
} > "$D/objects.cfg"

nagios4 -v "$D/nagios.cfg" > "$D/preflight.txt" 2>&1 || fail "nagios4 -v: $(tail -5 "$D/preflight.txt")"
grep -q 'Things look okay' "$D/preflight.txt" || fail "pre-flight check: $(tail -5 "$D/preflight.txt")"
nagios4 -d "$D/nagios.cfg" || fail "nagios4 -d failed: $(tail -5 "$D/nagios.log" 2>/dev/null)"
wait_for 20 "nagios4 to write its lock file" test -s "$D/nagios.lock"
ZCT_PIDS+=("$(cat "$D/nagios.lock")")

# field SERVICE KEY: a value of the service's servicestatus block in status.dat.
field() {
    awk -v svc="$1" -v key="$2" '
        /^servicestatus \{/ { block = 1; mine = 0; value = ""; next }
        block && /^\t*\}/ { if (mine && found) { print value; exit } block = 0; found = 0; next }
        block { line = $0; sub(/^[ \t]+/, "", line); eq = index(line, "="); k = substr(line, 1, eq - 1); v = substr(line, eq + 1)
                if (k == "service_description" && v == svc) mine = 1
                if (k == key) { value = v; found = 1 } }' "$D/status.dat"
}
checked() { [ "$(field "$1" has_been_checked)" = 1 ]; }

for service in "${services[@]}"; do
    IFS='|' read -r description _ expected <<<"$service"
    wait_for 50 "Nagios to record a check of \"$description\"" checked "$description"
done
status=0
for service in "${services[@]}"; do
    IFS='|' read -r description _ expected <<<"$service"
    state=$(field "$description" current_state)
    output=$(field "$description" plugin_output)
    perf=$(field "$description" performance_data)
    echo "# $description: current_state=$state plugin_output=$output performance_data=$perf"
    echo "#   long_plugin_output=$(field "$description" long_plugin_output)"
    if [ "$state" != "$expected" ]; then
        echo "FAIL: \"$description\": Nagios recorded state $state, expected $expected" >&2
        [ "$MODE" = cert ] && echo "  (the certificate's expiry reaches the formats through ConnectionResult::tls" \
            "and TlsDetails::serverCertificateExpiry; see docs/monitoring/README.md)" >&2
        status=1
        continue
    fi
    case "$perf" in *time=*s\;*) ;; *) echo "FAIL: \"$description\": no time perfdata: $perf" >&2; status=1 ;; esac
    [ "$MODE" = cert ] && { case "$perf" in *cert_days=*) ;; *) echo "FAIL: no cert_days perfdata" >&2; status=1 ;; esac; }
    [ "$status" -eq 0 ] && pass "Nagios recorded state $state for \"$description\""
done
exit "$status"
