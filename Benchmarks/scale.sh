#!/usr/bin/env bash
# How each command's time and memory grow with the province (issue 7): a generated province at 10,000 / 100,000 /
# 1,000,000 / 5,000,000 activities, each imported into a new ledger, then the boards, a rank and a publication, each
# timed as a whole process (best of $RUNS) with its peak memory. Prints a table per size, then the growth from 1M to
# 5M with the goals: at most 5.5x for the import and the boards, and every process under 200 MiB at 5M.
#
# Members: a tenth of the activities, at most 100,000. The province's roll stays its real size while its year gets
# five times busier: what grows from 1M to 5M is the activities.
#
# Usage: Benchmarks/scale.sh     (Benchmarks/run scale builds first and keeps the output)
#   SCRATCH=DIR   the build folder holding release/chungtay and release/chungtay-seed (default .build)
#   SIZES="..."   the sizes (default "10000 100000 1000000 5000000")
#   RUNS=N        runs per query command (default 3)
set -euo pipefail
cd "$(dirname "$0")/.."
scratch="${SCRATCH:-.build}"
chungtay="$scratch/release/chungtay"
sizes="${SIZES:-10000 100000 1000000 5000000}"
runs="${RUNS:-3}"
export CHUNGTAY_SECRET=bench CHUNGTAY_RULES=Rules CHUNGTAY_LANG=en
week=2026-W47

# "SECONDS KIB" of one run: wall time and peak resident memory.
measure() {
  /usr/bin/time -f "%e %M" -o /tmp/chungtay-scale-time "$@" > /dev/null
  cat /tmp/chungtay-scale-time
}
# "SECONDS KIB": the best time of $runs runs and the largest peak among them.
best() {
  local fastest="" peak=0
  for _ in $(seq "$runs"); do
    read -r took kib < <(measure "$@")
    if [ -z "$fastest" ] || [ "$(echo "$took < $fastest" | bc)" = 1 ]; then fastest=$took; fi
    if [ "$kib" -gt "$peak" ]; then peak=$kib; fi
  done
  echo "$fastest $peak"
}

declare -A took peak
commands=(import year-board week-board week-branches rank publish)
echo "# $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores, $(uname -m), load $(cut -d' ' -f1-3 /proc/loadavg); release chungtay"
for n in $sizes; do
  members=$(( n / 10 < 100000 ? n / 10 : 100000 ))
  data=bench-data/scale-$n
  if [ ! -f "$data/activities.csv" ]; then
    mkdir -p "$data"
    "$scratch/release/chungtay-seed" --out "$data" --members "$members" --activities "$n" --from 2026-01-01 --reform none > /dev/null
  fi
  export CHUNGTAY_DB="$data/ledger.sqlite"
  rm -f "$CHUNGTAY_DB" "$CHUNGTAY_DB-wal" "$CHUNGTAY_DB-shm" "$CHUNGTAY_DB.key"
  "$chungtay" init > /dev/null
  "$chungtay" import units "$data/units.csv" > /dev/null
  "$chungtay" import members "$data/members.csv" --today 2026-11-29 > /dev/null
  read -r took[import,$n] peak[import,$n] < <(measure "$chungtay" import activities "$data/activities.csv")
  unit=$(sqlite3 "$CHUNGTAY_DB" "SELECT code FROM unit WHERE level = 'grassroots' ORDER BY code LIMIT 1 OFFSET 100")
  out=$(mktemp -d)
  read -r took[year-board,$n] peak[year-board,$n] < <(best "$chungtay" leaderboard members --period 2026 --top 100 --format json)
  read -r took[week-board,$n] peak[week-board,$n] < <(best "$chungtay" leaderboard members --period $week --format json)
  read -r took[week-branches,$n] peak[week-branches,$n] < <(best "$chungtay" leaderboard branches --period $week --format json)
  read -r took[rank,$n] peak[rank,$n] < <(best "$chungtay" rank --unit "$unit" --period $week)
  read -r took[publish,$n] peak[publish,$n] < <(best "$chungtay" publish --week $week --out "$out" --today 2026-11-29)
  rm -rf "$out"
  echo "## $n activities, $members members ($(du -m "$CHUNGTAY_DB" | cut -f1) MB ledger)"
  for command in "${commands[@]}"; do
    printf '%-14s %9.2f s %6d MiB\n' "$command" "${took[$command,$n]}" "$(( ${peak[$command,$n]} / 1024 ))"
  done
done

if [[ " $sizes " == *" 1000000 "* && " $sizes " == *" 5000000 "* ]]; then
  echo "## Growth from 1,000,000 to 5,000,000 activities (goal: at most 5.5x for the import and every board question;"
  echo "## every process under 200 MiB at 5,000,000)"
  for command in "${commands[@]}"; do
    growth=$(echo "scale=4; ${took[$command,5000000]} / ${took[$command,1000000]}" | bc)
    goal=$([ "$(echo "$growth <= 5.5" | bc)" = 1 ] && echo "goal <= 5.5: met" || echo "goal <= 5.5: NOT met")
    memory=$(( ${peak[$command,5000000]} / 1024 ))
    printf '%-14s %6.2fx (%s); peak %d MiB at 5M: %s\n' "$command" "$growth" "$goal" "$memory" \
      "$([ "$memory" -lt 200 ] && echo met || echo "NOT met")"
  done
fi
