#!/usr/bin/env bash
# zuora-check --format junit: every output validates with xmllint against tests/data/junit-10.xsd
# (written from monitoring.md section 4), for several mixes of results, with the counts and case
# kinds Jenkins and GitLab read.
# Usage: run-junit.sh ZUORA_CHECK ZUORA_MOCK_SERVER SCHEMA
ZUORA_CHECK=$1 MOCK_SERVER=$2 SCHEMA=$3
. "$(dirname "$0")/lib.sh"
command -v xmllint >/dev/null || fail "xmllint missing (Debian package libxml2-utils; scripts/deps)"

start_mock mock
profiles_file \
    "11111111-1111-4111-8111-111111111111|Acme sandbox|$MOCK_URL|session|api.demo@example.com" \
    "22222222-2222-4222-8222-222222222222|Acme <EU> & \"prod\"|$MOCK_URL|session|api.demo@example.com" \
    "33333333-3333-4333-8333-333333333333|Globex OAuth|$MOCK_URL|oauth|6c7e2d4f-8a1b-4c3d-9e5f-0a1b2c3d4e5f" \
    "55555555-5555-4555-8555-555555555555|Umbrella gateway|$MOCK_URL|session|bad.gateway@example.com" \
    "66666666-6666-4666-8666-666666666666|Hooli no secret|$MOCK_URL|session|api.demo@example.com" \
    "77777777-7777-4777-8777-777777777777|Nowhere|http://127.0.0.1:$(free_port)|session|api.demo@example.com" \
    "88888888-8888-4888-8888-888888888888|Keychain only|$MOCK_URL|session|api.demo@example.com|true"
export CREDENTIALS_DIRECTORY="$ZCT_T/credentials"
mkdir -m 700 "$CREDENTIALS_DIRECTORY"
printf '%s\n' 'Demo-Pass+2026/=&' > "$CREDENTIALS_DIRECTORY/11111111-1111-4111-8111-111111111111"
printf '%s\n' 'wrong-password-123' > "$CREDENTIALS_DIRECTORY/22222222-2222-4222-8222-222222222222"
printf '%s\n' 's3cr+t/with=and&amp' > "$CREDENTIALS_DIRECTORY/33333333-3333-4333-8333-333333333333"
printf '%s\n' 'Demo-Pass+2026/=&' > "$CREDENTIALS_DIRECTORY/55555555-5555-4555-8555-555555555555"
printf '%s\n' 'Demo-Pass+2026/=&' > "$CREDENTIALS_DIRECTORY/77777777-7777-4777-8777-777777777777"

check_junit() {   # NAME EXPECTED_EXIT ARGS...
    local name=$1 expected=$2; shift 2
    local rc=0
    "$ZUORA_CHECK" --format junit "$@" > "$ZCT_T/$name.xml" 2> "$ZCT_T/$name.err" || rc=$?
    [ "$rc" -eq "$expected" ] || fail "$name: exit $rc, expected $expected: $(cat "$ZCT_T/$name.err")"
    xmllint --noout --schema "$SCHEMA" "$ZCT_T/$name.xml" 2> "$ZCT_T/$name.xmllint" \
        || { cat "$ZCT_T/$name.xml" >&2; fail "$name: $(cat "$ZCT_T/$name.xmllint")"; }
    grep -q 'validates$' "$ZCT_T/$name.xmllint" || fail "$name: xmllint said $(cat "$ZCT_T/$name.xmllint")"
    pass "$name validates against junit-10.xsd"
}
xpath() { xmllint --xpath "$2" "$ZCT_T/$1.xml"; }

check_junit demo-accepted 0 --demo
check_junit demo-rejected 1 --demo --username someone@example.com
check_junit demo-oauth 0 --demo --oauth
check_junit all-profiles 4 --all-profiles --concurrency 3
# Neither a credential file nor a keychain (no D-Bus session): said in words, with the way out.
DBUS_SESSION_BUS_ADDRESS=unix:path=$ZCT_T/no-bus check_junit keychain-only 2 --profile "Keychain only"
env -u CREDENTIALS_DIRECTORY DBUS_SESSION_BUS_ADDRESS="unix:path=$ZCT_T/no-bus" \
    "$ZUORA_CHECK" --profile "Keychain only" --format junit > "$ZCT_T/no-credentials.xml" 2>/dev/null || true

[ "$(xpath all-profiles 'string(/testsuites/testsuite/@tests)')" = 7 ] || fail "tests count"
[ "$(xpath all-profiles 'string(/testsuites/testsuite/@failures)')" = 1 ] || fail "failures count"
[ "$(xpath all-profiles 'string(/testsuites/testsuite/@errors)')" = 2 ] || fail "errors count"
[ "$(xpath all-profiles 'string(/testsuites/testsuite/@skipped)')" = 2 ] || fail "skipped count"
[ "$(xpath all-profiles 'count(//testcase/failure[@type="rejected"])')" = 1 ] || fail "no rejected failure"
[ "$(xpath all-profiles 'string(//testcase[failure]/@name)')" = 'Acme <EU> & "prod" session' ] || fail "failure case name"
[ "$(xpath all-profiles 'string(//testcase[error[@type="network"]]/@name)')" = 'Nowhere session' ] || fail "network error case"
[ "$(xpath all-profiles 'string(//testcase[error[@type="unexpected"]]/@name)')" = 'Umbrella gateway session' ] || fail "unexpected error case"
[ "$(xpath all-profiles 'string(//testcase[@name="Hooli no secret session"]/skipped/@message)')" != '' ] || fail "skipped case"
xpath all-profiles 'string(//testcase[@name="Hooli no secret session"]/system-out)' \
    | grep -q "There is no credential file $CREDENTIALS_DIRECTORY/66666666-6666-4666-8666-666666666666 either." \
    || fail "the missing credential file is not named: $(xpath all-profiles 'string(//testcase[@name="Hooli no secret session"]/system-out)')"
xpath no-credentials 'string(//testcase/system-out)' | grep -q 'LoadCredential=88888888-8888-4888-8888-888888888888:/path/to/secret' \
    || fail "without keychain and credentials the way out is not said: $(xpath no-credentials 'string(//testcase/system-out)')"
[ "$(xpath all-profiles 'string(//testcase[@name="Globex OAuth oauth"]/@classname)')" = "zuora-check.${MOCK_URL#http://}" ] || fail "classname"
xpath all-profiles 'string(//testcase[failure]/system-out)' | grep -q '90000011' || fail "the decoded cause is not in system-out"
xpath demo-accepted 'string(/testsuites/testsuite/@timestamp)' | grep -Eqx '[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}' || fail "timestamp"
grep -q 'api.demo@example.com\|6c7e2d4f\|Demo-Pass\|wrong-password-123\|s3cr+t' "$ZCT_T"/*.xml && fail "a user name, client id or secret in the XML"
pass "counts, case kinds, names and system-out as Jenkins and GitLab read them"
