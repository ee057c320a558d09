#!/usr/bin/env bash
# zuora-check --format prometheus against the real engines (monitoring.md section 5):
#  1. promtool check metrics accepts every output, for several mixes of results;
#  2. --textfile into a folder that a real node_exporter (textfile collector only, loopback) reads:
#     the scrape shows our series with the run's values, and node_textfile_scrape_error 0.
# Secrets come as systemd credentials ($CREDENTIALS_DIRECTORY/<profile id>), as under the shipped units.
# Usage: run-prometheus.sh ZUORA_CHECK ZUORA_MOCK_SERVER
ZUORA_CHECK=$1 MOCK_SERVER=$2
. "$(dirname "$0")/lib.sh"
command -v promtool >/dev/null || fail "promtool missing (Debian package prometheus; scripts/deps)"
command -v prometheus-node-exporter >/dev/null || fail "prometheus-node-exporter missing (scripts/deps)"

start_mock mock
profiles_file \
    "11111111-1111-4111-8111-111111111111|Acme sandbox|$MOCK_URL|session|api.demo@example.com" \
    "22222222-2222-4222-8222-222222222222|Acme \"EU\" \\ prod|$MOCK_URL|session|api.demo@example.com" \
    "33333333-3333-4333-8333-333333333333|Globex OAuth|$MOCK_URL|oauth|6c7e2d4f-8a1b-4c3d-9e5f-0a1b2c3d4e5f" \
    "44444444-4444-4444-8444-444444444444|Initech locking|$MOCK_URL|session|locking@example.com" \
    "55555555-5555-4555-8555-555555555555|Umbrella gateway|$MOCK_URL|session|bad.gateway@example.com" \
    "66666666-6666-4666-8666-666666666666|Hooli no secret|$MOCK_URL|session|api.demo@example.com"
export CREDENTIALS_DIRECTORY="$ZCT_T/credentials"
mkdir -m 700 "$CREDENTIALS_DIRECTORY"
printf '%s\n' 'Demo-Pass+2026/=&' > "$CREDENTIALS_DIRECTORY/11111111-1111-4111-8111-111111111111"
printf '%s\n' 'wrong-password-123' > "$CREDENTIALS_DIRECTORY/22222222-2222-4222-8222-222222222222"
printf '%s' 's3cr+t/with=and&amp' > "$CREDENTIALS_DIRECTORY/33333333-3333-4333-8333-333333333333"
printf '%s\n' 'Demo-Pass+2026/=&' > "$CREDENTIALS_DIRECTORY/44444444-4444-4444-8444-444444444444"
printf '%s\n' 'Demo-Pass+2026/=&' > "$CREDENTIALS_DIRECTORY/55555555-5555-4555-8555-555555555555"
# (Hooli has no file: reported as not sent, never skipped silently.)

# --- 1. promtool on several mixes ----------------------------------------------------------------
check_promtool() {   # NAME EXPECTED_EXIT ARGS...
    local name=$1 expected=$2; shift 2
    local rc=0
    "$ZUORA_CHECK" --format prometheus "$@" > "$ZCT_T/$name.prom" 2> "$ZCT_T/$name.err" || rc=$?
    [ "$rc" -eq "$expected" ] || fail "$name: exit $rc, expected $expected: $(cat "$ZCT_T/$name.err")"
    [ -s "$ZCT_T/$name.prom" ] || fail "$name: no output"
    [ "$(tail -c1 "$ZCT_T/$name.prom" | od -An -c | tr -d ' ')" = '\n' ] || fail "$name: no final newline"
    if ! promtool check metrics < "$ZCT_T/$name.prom" 2> "$ZCT_T/$name.promtool"; then
        cat "$ZCT_T/$name.prom" >&2
        fail "$name: promtool check metrics: $(cat "$ZCT_T/$name.promtool")"
    fi
    grep -q . "$ZCT_T/$name.promtool" && fail "$name: promtool said: $(cat "$ZCT_T/$name.promtool")"
    pass "promtool accepts $name"
}
check_promtool demo-accepted 0 --demo
check_promtool demo-rejected 1 --demo --username someone@example.com
check_promtool demo-oauth 0 --demo --oauth
check_promtool bad-gateway 4 --profile "Umbrella gateway"
check_promtool all-profiles 4 --all-profiles --concurrency 3
grep -q 'zuora_check_token_expires_in_seconds{auth="oauth",environment="demo",profile="demo"} 3599' "$ZCT_T/demo-oauth.prom" \
    || fail "demo-oauth: no token lifetime sample"
grep -q 'profile="Acme \\"EU\\" \\\\ prod"' "$ZCT_T/all-profiles.prom" || fail "all-profiles: the quoted profile name is not escaped"
grep -q 'api.demo@example.com\|6c7e2d4f\|Demo-Pass\|wrong-password-123\|s3cr+t' "$ZCT_T"/*.prom && fail "a user name, client id or secret is in a .prom output"
pass "label values escaped; no user name, client id or secret in any output"

# --- 2. --textfile read by a real node_exporter -----------------------------------------------------
D="$ZCT_T/textfile"
mkdir "$D"
rc=0
"$ZUORA_CHECK" --all-profiles --format prometheus --textfile "$D/zuora_check.prom" > "$ZCT_T/textfile.out" 2> "$ZCT_T/textfile.err" || rc=$?
[ "$rc" -eq 4 ] || fail "--textfile run: exit $rc (expected 4, the worst: the 502): $(cat "$ZCT_T/textfile.err")"
[ -s "$D/zuora_check.prom" ] || fail "--textfile wrote nothing"
[ -s "$ZCT_T/textfile.out" ] && fail "--textfile also printed to stdout"
[ "$(ls -A "$D")" = "zuora_check.prom" ] || fail "the textfile folder holds more than the file: $(ls -A "$D")"
grep -q $'\r' "$D/zuora_check.prom" && fail "CR in the textfile"

PORT=$(free_port)
prometheus-node-exporter --collector.disable-defaults --collector.textfile \
    --collector.textfile.directory="$D" --web.listen-address="127.0.0.1:$PORT" > "$ZCT_T/node.log" 2>&1 &
ZCT_PIDS+=($!)
wait_for 30 "node_exporter on 127.0.0.1:$PORT" curl -sf "http://127.0.0.1:$PORT/metrics" -o "$ZCT_T/scrape.txt"
curl -sf "http://127.0.0.1:$PORT/metrics" -o "$ZCT_T/scrape.txt"
grep -qx 'node_textfile_scrape_error 0' "$ZCT_T/scrape.txt" || fail "node_textfile_scrape_error is not 0: $(grep textfile "$ZCT_T/scrape.txt"; cat "$ZCT_T/node.log")"
grep -q "node_textfile_mtime_seconds{file=\"$D/zuora_check.prom\"}" "$ZCT_T/scrape.txt" || fail "no node_textfile_mtime_seconds for our file"

# Every sample of the file is in the scrape with the same value (node_exporter sorts the labels).
/usr/bin/python3 - "$D/zuora_check.prom" "$ZCT_T/scrape.txt" <<'PY' || fail "the scrape does not show the run's values"
import re, sys
sample = re.compile(r'^([a-z_]+)\{(.*)\} (\S+)$')
label = re.compile(r'([a-z_]+)="((?:[^"\\]|\\.)*)"')
def read(path):
    out = {}
    for line in open(path, encoding='utf-8'):
        m = sample.match(line.rstrip('\n'))
        if m:
            out[(m.group(1), tuple(sorted(label.findall(m.group(2)))))] = float(m.group(3))
    return out
ours, scraped = read(sys.argv[1]), read(sys.argv[2])
zuora = {k: v for k, v in scraped.items() if k[0].startswith('zuora_')}
missing = [k for k in ours if k not in scraped]
wrong = [(k, ours[k], scraped[k]) for k in ours if k in scraped and abs(scraped[k] - ours[k]) > 1e-9 * max(1, abs(ours[k]))]
extra = [k for k in zuora if k not in ours]
for what, items in (("missing", missing), ("different", wrong), ("extra", extra)):
    for item in items:
        print(what, item, file=sys.stderr)
if missing or wrong or extra or len(ours) < 20:
    sys.exit(1)
def value(name, profile):
    return next(v for k, v in ours.items() if k[0] == name and ('profile', profile) in k[1])
expect = {('zuora_check_success', 'Acme sandbox'): 1, ('zuora_check_success', 'Acme \\"EU\\" \\\\ prod'): 0,
          ('zuora_check_http_status_code', 'Acme \\"EU\\" \\\\ prod'): 401, ('zuora_check_success', 'Globex OAuth'): 1,
          ('zuora_check_http_status_code', 'Umbrella gateway'): 502, ('zuora_check_http_status_code', 'Hooli no secret'): 0,
          ('zuora_check_token_expires_in_seconds', 'Globex OAuth'): 3599}
bad = {k: value(*k) for k, v in expect.items() if value(*k) != v}
if bad:
    print("unexpected values", bad, file=sys.stderr)
    sys.exit(1)
print(f"{len(ours)} samples match")
PY
grep -q 'zuora_check_error_info{auth="session",code="",environment="127.0.0.1:[0-9]*",kind="missingSecret",outcome="not-sent",profile="Hooli no secret"} 1' "$ZCT_T/scrape.txt" \
    || fail "the profile without a secret is not reported as not sent: $(grep Hooli "$ZCT_T/scrape.txt")"
pass "node_exporter shows every sample of the run with its value, node_textfile_scrape_error 0"

# A second run replaces the file whole; node_exporter reads the new values.
before=$(grep '^zuora_check_last_run_timestamp_seconds.*Acme sandbox' "$D/zuora_check.prom")
"$ZUORA_CHECK" --profile "Acme sandbox" --format prometheus --textfile "$D/zuora_check.prom" || fail "second --textfile run failed"
after=$(grep '^zuora_check_last_run_timestamp_seconds.*Acme sandbox' "$D/zuora_check.prom")
[ "$before" != "$after" ] || fail "the second run did not rewrite the file"
grep -q 'Globex' "$D/zuora_check.prom" && fail "the file was appended to, not replaced"
curl -sf "http://127.0.0.1:$PORT/metrics" -o "$ZCT_T/scrape2.txt"
grep -q 'Globex' "$ZCT_T/scrape2.txt" && fail "node_exporter still shows the old file"
grep -qx 'node_textfile_scrape_error 0' "$ZCT_T/scrape2.txt" || fail "scrape error after the rewrite"
pass "a rewrite replaces the file whole"
