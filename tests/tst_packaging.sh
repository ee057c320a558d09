#!/usr/bin/env bash
# ctest packaging_files: the desktop entry, the AppStream metainfo, the icons, the man pages and the
# bash completion are valid, carry the one application id and the one version, and document every
# option the built programs accept. Every problem is listed; the exit status is 1 if there was any.
set -euo pipefail

while [ $# -gt 0 ]; do
  case $1 in
    --source-dir) src=$2 ;;
    --bin-dir) bin=$2 ;;
    --man-dir) man_dir=$2 ;;
    --version) version=$2 ;;
    --app-id) app_id=$2 ;;
    *) echo "tst_packaging.sh: unknown argument $1" >&2; exit 2 ;;
  esac
  shift 2
done
: "${src:?--source-dir}" "${bin:?--bin-dir}" "${man_dir:?--man-dir}" "${version:?--version}" "${app_id:?--app-id}"
pkg=$src/packaging
problems=0
fail() { echo "FAIL: $*"; problems=$((problems + 1)); }
pass() { echo "PASS: $*"; }

# Options a program's --help lists, one per line (--name), without Qt's --help-all.
help_options() { "$@" --help | grep -oE '^ +(-[a-zA-Z], )?--[a-z][a-z-]*' | grep -oE -- '--[a-z-]+' | grep -vx -- '--help-all'; }

# --- desktop entry ----------------------------------------------------------------------
desktop=$pkg/$app_id.desktop
if out=$(desktop-file-validate "$desktop" 2>&1) && [ -z "$out" ]; then pass "desktop-file-validate"; else fail "desktop-file-validate: $out"; fi
grep -qx "Icon=$app_id" "$desktop" || fail "$desktop: Icon= is not $app_id"

# --- AppStream metainfo -----------------------------------------------------------------
metainfo=$pkg/$app_id.metainfo.xml
# The only note allowed is the pedantic one about capitals in the id, which the id itself mandates.
if out=$(appstreamcli validate --pedantic --no-net --no-color "$metainfo" 2>&1); then
  rest=$(printf '%s\n' "$out" | grep -E '^[EWIP]: ' | grep -v 'cid-contains-uppercase-letter' || true)
  if [ -z "$rest" ]; then pass "appstreamcli validate --pedantic"; else fail "appstreamcli: $rest"; fi
else
  fail "appstreamcli validate: $out"
fi
grep -q "<id>$app_id</id>" "$metainfo" || fail "metainfo <id> is not $app_id"
grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$metainfo" || fail "metainfo launchable is not $app_id.desktop"
newest=$(grep -oE '<release version="[^"]+"' "$metainfo" | head -n 1 | cut -d'"' -f2)
[ "$newest" = "$version" ] || fail "metainfo: newest release is '$newest', project(VERSION) is $version (add a <release>)"
grep -q "^## \[$version\]" "$src/CHANGELOG.md" || fail "CHANGELOG.md has no section for $version"

# --- icons: every hicolor size there, with the size its folder says --------------------
png_size() { od -An -tu1 -j16 -N8 "$1" | awk '{ print $1*16777216+$2*65536+$3*256+$4 "x" $5*16777216+$6*65536+$7*256+$8 }'; }
for size in 16 22 24 32 48 64 128 256; do
  png=$pkg/icons/hicolor/${size}x${size}/apps/$app_id.png
  if [ ! -f "$png" ]; then fail "missing $png"; continue; fi
  [ "$(png_size "$png")" = "${size}x${size}" ] || fail "$png is $(png_size "$png"), not ${size}x${size}"
done
[ -f "$pkg/icons/hicolor/scalable/apps/$app_id.svg" ] || fail "missing the scalable SVG icon"

# --- every program: the version, and a man page that renders and names every option ----
for program in zuora-check zuora-mock-server zuora-credential-tester; do
  got=$("$bin/$program" --version 2>/dev/null | head -n 1)
  if [ "$got" = "$program $version" ]; then pass "$program --version"; else fail "$program --version says '$got', want '$program $version'"; fi

  page=$man_dir/$program.1.gz
  if [ ! -f "$page" ]; then fail "missing $page (build the zct_man_pages target)"; continue; fi
  warnings=$(MANWIDTH=80 man --warnings -l "$page" 2>&1 >/dev/null) || fail "man -l $page failed"
  [ -z "$warnings" ] || fail "man -l $page: $warnings"
  zcat "$page" | grep -q "^\.TH .*\"$program $version\"" || fail "$page: .TH does not say $program $version"
  troff=$(zcat "$page")
  while read -r option; do
    grep -qF -- "${option//-/\\-}" <<<"$troff" || fail "$program.1 does not document $option"
  done < <(help_options "$bin/$program")
done

# --- bash completion ----------------------------------------------------------------------
completion=$pkg/zuora-check.bash-completion
before=$problems
while read -r option; do
  grep -qE -- "(^|[ \"])$option([ \"]|$)" "$completion" || fail "bash completion does not offer $option"
done < <(help_options "$bin/zuora-check")
complete_words() {
  bash -c 'source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(( $# - 1 ))
           _zuora_check "$1" "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
           printf "%s\n" "${COMPREPLY[@]}"' sh "$completion" "$@"
}
[ "$(complete_words "$bin/zuora-check" --list-env)" = "--list-environments" ] || fail "completion of --list-env"
expected=$("$bin/zuora-check" --list-environments | awk '$1 ~ /^eu-/ { print $1 }')
[ "$(complete_words "$bin/zuora-check" --env eu-)" = "$expected" ] || fail "completion of --env eu- is not: $expected"
[ "$(complete_words "$bin/zuora-check" --ca-file "$pkg/zuora-check.bash-compl")" = "$completion" ] || fail "completion of --ca-file"
[ "$problems" -eq "$before" ] && pass "bash completion"

if [ "$problems" -ne 0 ]; then
  echo "$problems problem(s)"
  exit 1
fi
echo "All packaging files are in order."
