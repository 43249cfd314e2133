#!/usr/bin/env bash
# Issue 15: the same 1M province with and without the 2025 reform in its middle, timed with one build of chungtay.
# bench-data/1m-reform and bench-data/1m-flat are written by the sample's generator with the same options
# (100,000 members, 1,000,000 activities from 1 January 2025 to 22 November 2026, seed 2026), the first with
# --reform 2025-07-01, the second with --reform none. The two provinces' runs alternate, so that both meet the same
# machine; each figure is the median of its runs (this machine's timings wander by a quarter between runs of a
# minute), with the best and the ratio of the CPU times of all runs (perf stat's task-clock, summed) beside it: the steadiest figure here. The goal is reform/flat within 1.2 for boards and rank, within 1.1 for the import.
#
# Usage: Benchmarks/reform.sh [CHUNGTAY_BINARY]     (default .build/release/chungtay; chungtay-seed beside it)
#   RUNS=N   runs per figure (default 5; the import: IMPORT_RUNS, default 2)
set -euo pipefail
cd "$(dirname "$0")/.."
bin="${1:-.build/release/chungtay}"
seed="$(dirname "$bin")/chungtay-seed"
runs="${RUNS:-5}" import_runs="${IMPORT_RUNS:-2}"
work="$(mktemp -d /tmp/chungtay-reform.XXXXXX)"
trap 'rm -rf "$work"' EXIT
export CHUNGTAY_SECRET=bench CHUNGTAY_RULES=Rules CHUNGTAY_TODAY=2026-11-29 CHUNGTAY_LANG=en

for shape in reform flat; do
  data=bench-data/1m-$shape
  if [ ! -f "$data/activities.csv" ]; then
    [ -x "$seed" ] || swift build -c release --product chungtay-seed
    mkdir -p "$data"
    reform=2025-07-01; [ "$shape" = flat ] && reform=none
    "$seed" --out "$data" --members 100000 --activities 1000000 --from 2025-01-01 --until 2026-11-22 --reform "$reform" > /dev/null
  fi
done

source Benchmarks/timing.sh
cpu() { # the CPU time of a command (perf's task-clock: every thread, user and system), in seconds, its output thrown away
  perf stat -x, -e task-clock -o "$work/stat" "$@" > /dev/null
  awk -F, '/task-clock/ { print $1 / 1000 }' "$work/stat"
}
median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
sum() { tr ' ' '\n' | grep -v '^$' | awk '{ s += $1 } END { print s }'; }

declare -A best all used
for _ in $(seq "$import_runs"); do
  for shape in reform flat; do
    best[import-$shape]=$(smaller "${best[import-$shape]:-}" "$(load_province "$bin" "bench-data/1m-$shape" "$work/$shape.sqlite")")
  done
done
# A grassroots unit in force on --today in each province, for rank.
declare -A unit=([reform]=GL-QUYNHON [flat]=QN-GHENHRANG)
declare -a figures=(
  "members-week|leaderboard members --period 2026-W47 --format json"
  "branches-week|leaderboard branches --period 2026-W47"
  "branches-2025|leaderboard branches --period 2025"
  "districts-2025|leaderboard districts --period 2025"
  "rank|rank --unit UNIT --period 2026-W47"
  "rank-2025|rank --unit UNIT --period 2025"
)
for _ in $(seq "$runs"); do
  for figure in "${figures[@]}"; do
    name="${figure%%|*}" command="${figure#*|}"
    for shape in reform flat; do
      # shellcheck disable=SC2086
      took=$(seconds "$bin" ${command//UNIT/${unit[$shape]}} --db "$work/$shape.sqlite")
      best[$name-$shape]=$(smaller "${best[$name-$shape]:-}" "$took")
      all[$name-$shape]="${all[$name-$shape]:-} $took"
      # shellcheck disable=SC2086
      used[$name-$shape]="${used[$name-$shape]:-} $(cpu "$bin" ${command//UNIT/${unit[$shape]}} --db "$work/$shape.sqlite")"
    done
  done
done
echo "# $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); best of $import_runs imports; median (best) of $runs runs of the rest"
printf '%-15s flat %8.3f s   reform %8.3f s   reform/flat %.3f\n' import "${best[import-flat]}" "${best[import-reform]}" \
  "$(echo "scale=4; ${best[import-reform]} / ${best[import-flat]}" | bc)"
for name in members-week branches-week branches-2025 districts-2025 rank rank-2025; do
  flat=$(echo "${all[$name-flat]}" | median) reform=$(echo "${all[$name-reform]}" | median)
  flat_cpu=$(echo "${used[$name-flat]}" | sum) reform_cpu=$(echo "${used[$name-reform]}" | sum)
  printf '%-15s flat %8.3f s (%.3f)   reform %8.3f s (%.3f)   reform/flat %.3f (best %.3f, CPU %.3f)\n' "$name" "$flat" \
    "${best[$name-flat]}" "$reform" "${best[$name-reform]}" "$(echo "scale=4; $reform / $flat" | bc)" \
    "$(echo "scale=4; ${best[$name-reform]} / ${best[$name-flat]}" | bc)" "$(echo "scale=4; $reform_cpu / $flat_cpu" | bc)"
done
