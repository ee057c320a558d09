# bench/lib.sh: sourced by bench/run and bench/gui-launch.
#
# interleave RUNS OUTDIR NAME 'COMMAND' [NAME 'COMMAND' ...]
#   Runs every command once per round, RUNS rounds, the order rotated each round, so that a
#   machine slowing down or warming up weighs on all of them alike. Wall time of each run
#   (fork to exit, as hyperfine -N measures it) in ms, one line per run, in OUTDIR/NAME.ms.
#   Commands are split on blanks (no quoting: paths without spaces); stdout goes to /dev/null;
#   a run that fails stops the benchmark and shows the end of its stderr.
interleave() {
  local runs=$1 dir=$2
  shift 2
  local names=() commands=() i r k n
  while [ "$#" -gt 0 ]; do names+=("$1"); commands+=("$2"); shift 2; done
  n=${#names[@]}
  for ((i = 0; i < n; ++i)); do : >"$dir/${names[i]}.ms"; done
  for ((r = 0; r < runs; ++r)); do
    for ((k = 0; k < n; ++k)); do
      i=$(((k + r) % n))
      local argv t0 t1
      read -ra argv <<<"${commands[i]}"
      t0=$EPOCHREALTIME
      "${argv[@]}" >/dev/null 2>"$dir/last.err" || {
        printf 'bench: failed (exit %s): %s\n' "$?" "${commands[i]}" >&2
        tail -n 20 "$dir/last.err" >&2
        return 1
      }
      t1=$EPOCHREALTIME
      awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.3f\n", (b - a) * 1000}' >>"$dir/${names[i]}.ms"
    done
  done
}

# median_of FILE: the median of the numbers in FILE, one decimal.
median_of() {
  sort -n "$1" | awk '{a[NR]=$1} END {if (!NR) print "nan"; else if (NR%2) printf "%.1f\n", a[(NR+1)/2]; else printf "%.1f\n", (a[NR/2]+a[NR/2+1])/2}'
}

# ratio A B: A / B, two decimals.
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }

# within VALUE LIMIT: PASS when VALUE <= LIMIT, else MISS.
within() { awk -v v="$1" -v l="$2" 'BEGIN {print (v <= l) ? "PASS" : "MISS"}'; }
