#!/usr/bin/env bash
# Checks a built .deb the way a user gets it: the control data and file list, the desktop entry and
# metainfo as installed, then the programs run from a fresh root made with dpkg -x (Qt and the other
# libraries come from the system). Usage: packaging/check-deb.sh path/to/zuora-credential-tester_*.deb
set -euo pipefail
deb=${1:?usage: packaging/check-deb.sh <deb>}
[ -f "$deb" ] || { echo "check-deb: no such file: $deb" >&2; exit 2; }
app_id=io.github.zct.ZuoraCredentialTester
problems=0
fail() { echo "FAIL: $*"; problems=$((problems + 1)); }
pass() { echo "PASS: $*"; }

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
root=$scratch/root
mkdir -p "$root" "$scratch/home" "$scratch/runtime"
chmod 700 "$scratch/runtime"

echo "== dpkg-deb -I $deb"
dpkg-deb -I "$deb" | tee "$scratch/info"
echo "== dpkg-deb -c $deb"
dpkg-deb -c "$deb" | tee "$scratch/contents"

field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = zuora-credential-tester ] || fail "Package is '$(field Package)'"
version=$(field Version)
[ -n "$version" ] || fail "no Version"
field Depends | grep -q 'libqt6widgets6' || fail "Depends lacks the Qt libraries (shlibdeps): $(field Depends)"
field Depends | grep -q 'libqt6keychain1' || fail "Depends lacks libqt6keychain1: $(field Depends)"
field Recommends | grep -q 'gnome-keyring | kwalletmanager' || fail "Recommends lacks 'gnome-keyring | kwalletmanager'"
[ -n "$(field Section)" ] || fail "no Section"
[ -n "$(field Maintainer)" ] || fail "no Maintainer"

for path in \
    ./usr/bin/zuora-credential-tester ./usr/bin/zuora-check ./usr/bin/zuora-mock-server \
    ./usr/share/applications/$app_id.desktop ./usr/share/metainfo/$app_id.metainfo.xml \
    ./usr/share/icons/hicolor/scalable/apps/$app_id.svg \
    ./usr/share/man/man1/zuora-check.1.gz ./usr/share/man/man1/zuora-credential-tester.1.gz \
    ./usr/share/man/man1/zuora-mock-server.1.gz \
    ./usr/share/bash-completion/completions/zuora-check \
    ./usr/share/doc/zuora-credential-tester/copyright ./usr/share/doc/zuora-credential-tester/LICENSE \
    ./usr/share/doc/zuora-credential-tester/CHANGELOG.md \
    ./usr/lib/systemd/user/zuora-check.service ./usr/lib/systemd/user/zuora-check.timer \
    ./usr/lib/systemd/system/zuora-check@.service ./usr/lib/systemd/system/zuora-check@.timer \
    ./usr/share/doc/zuora-credential-tester/monitoring/README.md \
    ./usr/share/doc/zuora-credential-tester/monitoring/nagios-zuora.cfg \
    ./usr/lib/zuora-credential-tester/zct_demo_module.so ./usr/lib/zuora-credential-tester/zct_keychain_module.so; do
  awk '{ print $6 }' "$scratch/contents" | grep -qxF "$path" || fail "missing $path"
done
for size in 16 22 24 32 48 64 128 256; do
  awk '{ print $6 }' "$scratch/contents" | grep -qxF "./usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png" \
    || fail "missing the ${size}x${size} icon"
done
# Only root-owned files under /usr.
awk '{ print $2, $6 }' "$scratch/contents" | grep -vE '^root/root \./(usr(/.*)?)?$' && fail "files outside /usr or not owned by root"

# Would a real install find every dependency? (simulated: nothing is installed)
deb_abs=$(cd "$(dirname "$deb")" && pwd)/$(basename "$deb")
if sim=$(apt-get install --simulate --no-install-recommends "$deb_abs" 2>&1) && grep -q '^Inst zuora-credential-tester ' <<<"$sim"; then
  pass "apt-get install --simulate resolves the dependencies"
else
  fail "apt-get install --simulate: $sim"
fi

echo "== dpkg -x"
dpkg -x "$deb" "$root"

if out=$(desktop-file-validate "$root/usr/share/applications/$app_id.desktop" 2>&1) && [ -z "$out" ]; then
  pass "desktop-file-validate (installed)"
else
  fail "desktop-file-validate: $out"
fi
# validate-tree: the metainfo and how it fits the installed desktop entry and icons. The only note
# allowed is the pedantic one about capitals in the id, which the id itself mandates.
if out=$(appstreamcli validate-tree --pedantic --no-net --no-color "$root" 2>&1); then
  rest=$(printf '%s\n' "$out" | grep -E '^ *[EWIP]: ' | grep -v 'cid-contains-uppercase-letter' || true)
  if [ -z "$rest" ]; then pass "appstreamcli validate-tree --pedantic (installed)"; else fail "appstreamcli: $rest"; fi
else
  fail "appstreamcli validate-tree: $out"
fi
for page in "$root"/usr/share/man/man1/*.1.gz; do
  warnings=$(MANWIDTH=80 man --warnings -l "$page" 2>&1 >/dev/null) || fail "man -l $page"
  [ -z "$warnings" ] || fail "man -l $(basename "$page"): $warnings"
done
bash -n "$root/usr/share/bash-completion/completions/zuora-check" || fail "bash completion does not parse"
# The systemd units as systemd reads them (the templates through an instance). zuora-check itself is
# in the extracted root, not at /usr/bin on this machine: that one complaint is expected.
units=$scratch/units
mkdir -p "$units"
cp "$root"/usr/lib/systemd/user/zuora-check.* "$root"/usr/lib/systemd/system/zuora-check@.* "$units/"
cp "$units/zuora-check@.service" "$units/zuora-check@zuoramon.service"
cp "$units/zuora-check@.timer" "$units/zuora-check@zuoramon.timer"
verify() {
  systemd-analyze "$@" 2>&1 | grep -v '^zuora-check\(@zuoramon\)\?\.service: Command /usr/bin/zuora-check is not executable' || true
}
if command -v systemd-analyze >/dev/null; then
  out=$(cd "$units" && verify verify --man=no ./zuora-check@zuoramon.service ./zuora-check@zuoramon.timer)
  [ -z "$out" ] && pass "systemd-analyze verify: the system template" || fail "systemd-analyze verify (system): $out"
  out=$(cd "$units" && XDG_RUNTIME_DIR=$scratch/runtime verify --user verify --man=no ./zuora-check.service ./zuora-check.timer)
  [ -z "$out" ] && pass "systemd-analyze verify: the user units" || fail "systemd-analyze verify (user): $out"
fi
grep -q -- '--all-profiles --format prometheus --textfile' "$units/zuora-check@.service" "$units/zuora-check.service" \
  || fail "the units do not run --all-profiles --format prometheus --textfile"
grep -qiE '^Environment=.*(PASSWORD|SECRET)' "$units"/* && fail "a unit sets a secret in Environment="

# The programs, from the extracted root, with a private home and no display.
run() {
  env -i PATH=/usr/bin:/bin HOME="$scratch/home" XDG_RUNTIME_DIR="$scratch/runtime" \
      QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 "$@"
}
upstream=${version%%-*}
for program in zuora-check zuora-mock-server zuora-credential-tester; do
  got=$(run "$root/usr/bin/$program" --version 2>&1 | head -n 1) || true
  if [ "$got" = "$program $upstream" ]; then pass "$program --version: $got"; else fail "$program --version: '$got', want '$program $upstream'"; fi
done
set +e
demo=$(run "$root/usr/bin/zuora-check" --demo --no-color 2>&1); status=$?
set -e
printf '%s\n' "$demo" | sed 's/^/    /'
if [ "$status" -eq 0 ] && grep -q ACCEPTED <<<"$demo"; then pass "zuora-check --demo: ACCEPTED, exit 0"; else fail "zuora-check --demo exited $status"; fi
set +e
json=$(run "$root/usr/bin/zuora-check" --demo --username someone@example.com --json 2>&1); status=$?
set -e
if [ "$status" -eq 1 ] && grep -q '"verdict":"rejected"' <<<"$json"; then pass "zuora-check --demo (wrong user): rejected, exit 1"; else fail "zuora-check --demo --username someone@example.com: exit $status: $json"; fi
set +e
prom=$(run "$root/usr/bin/zuora-check" --demo --format prometheus 2>&1); status=$?
nagios=$(run "$root/usr/bin/zuora-check" --demo --username someone@example.com --format nagios 2>&1); nagios_status=$?
set -e
if [ "$status" -eq 0 ] && grep -q '^zuora_check_success{auth="session",environment="demo",profile="demo"} 1$' <<<"$prom"; then
  pass "zuora-check --demo --format prometheus"
else
  fail "zuora-check --demo --format prometheus: exit $status: $prom"
fi
if [ "$nagios_status" -eq 2 ] && grep -q '^ZUORA CRITICAL - rejected' <<<"$nagios"; then
  pass "zuora-check --format nagios (wrong user): CRITICAL, exit 2"
else
  fail "zuora-check --format nagios (wrong user): exit $nagios_status: $nagios"
fi
# The UI follows the system language: German comes from the .qm built into the app.
german=$(run env LANG=de_DE.UTF-8 "$root/usr/bin/zuora-credential-tester" --help 2>&1) || true
if grep -q 'Testet Zugangsdaten' <<<"$german"; then pass "zuora-credential-tester speaks German under LANG=de_DE.UTF-8"; else fail "no German under LANG=de_DE.UTF-8: $german"; fi
set +e
quit=$(run "$root/usr/bin/zuora-credential-tester" --quit-after-shown 2>&1); status=$?
set -e
if [ "$status" -eq 0 ]; then pass "zuora-credential-tester shows its window and quits (offscreen)"; else fail "zuora-credential-tester --quit-after-shown exited $status: $quit"; fi

# A real install and removal, when asked (CI does, as root, on a throw-away machine): the package
# manager's view of the files, the programs from /usr/bin, and nothing left behind but what the
# user made.
if [ "${ZCT_CHECK_DEB_INSTALL:-0}" = 1 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    fail "ZCT_CHECK_DEB_INSTALL=1 needs root"
  elif dpkg -s zuora-credential-tester >/dev/null 2>&1; then
    fail "zuora-credential-tester is already installed here; not touching it"
  else
    echo "== apt-get install $deb_abs"
    if DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "$deb_abs" >"$scratch/install.log" 2>&1; then
      pass "apt-get install"
      [ "$(dpkg-query -W -f '${Status}' zuora-credential-tester)" = "install ok installed" ] || fail "dpkg does not list it as installed"
      got=$(run /usr/bin/zuora-check --version 2>&1 | head -n 1) || true
      [ "$got" = "zuora-check $upstream" ] && pass "installed zuora-check --version" || fail "installed zuora-check --version: '$got'"
      set +e
      run /usr/bin/zuora-check --demo >/dev/null 2>&1; status=$?
      set -e
      [ "$status" -eq 0 ] && pass "installed zuora-check --demo: exit 0" || fail "installed zuora-check --demo exited $status"
      set +e
      run /usr/bin/zuora-credential-tester --quit-after-shown >/dev/null 2>&1; status=$?
      set -e
      [ "$status" -eq 0 ] && pass "installed app shows its window and quits" || fail "installed app exited $status"
      man -w zuora-check >/dev/null 2>&1 && pass "man finds zuora-check(1)" || fail "man -w zuora-check"
      DEBIAN_FRONTEND=noninteractive apt-get remove -y --purge zuora-credential-tester >>"$scratch/install.log" 2>&1 \
        || fail "apt-get remove"
      left=$(awk '$6 ~ /^\.\/usr\/(bin|lib\/zuora-credential-tester|share\/(applications|metainfo|man|doc\/zuora))/ && $1 !~ /^d/ { sub(/^\./, "", $6); print $6 }' "$scratch/contents" \
               | while read -r file; do if [ -e "$file" ]; then echo "$file"; fi; done)
      [ -z "$left" ] && pass "apt-get remove --purge leaves none of its files" || fail "left after removal: $left"
    else
      fail "apt-get install: $(tail -n 20 "$scratch/install.log")"
    fi
  fi
fi

if [ "$problems" -ne 0 ]; then
  echo "check-deb: $problems problem(s) in $deb"
  exit 1
fi
echo "check-deb: $deb is in order"
