#!/usr/bin/env bash
# Times two builds of chungtay side by side on the 1M province (bench-data/1m): the import of 1,000,000 activities and
# the week's figures of issues 4 and 5 (the whole member board as JSON, rank --unit, publish). Runs alternate between
# the two binaries, so that both meet the same machine; each figure is the best of its runs. Used for "the refactor
# keeps the benchmarks within 10%" (issue 14): BEFORE is a build of the commit before, AFTER the build to judge.
#
# Usage: Benchmarks/compare.sh BEFORE_BINARY AFTER_BINARY     (release builds, e.g. --static-swift-stdlib)
#   RUNS=N   runs per figure (default 5; the import: IMPORT_RUNS, default 2)
set -euo pipefail
cd "$(dirname "$0")/.."
before="$1" after="$2"
runs="${RUNS:-5}" import_runs="${IMPORT_RUNS:-2}"
data=bench-data/1m
work="$(mktemp -d /tmp/chungtay-compare.XXXXXX)"
trap 'rm -rf "$work"' EXIT
export CHUNGTAY_SECRET=bench CHUNGTAY_RULES=Rules CHUNGTAY_TODAY=2026-11-29 CHUNGTAY_LANG=en
[ -f "$data/activities.csv" ] || { echo "no $data/activities.csv: run Benchmarks/run import first" >&2; exit 66; }

source Benchmarks/timing.sh

declare -A best
for round in $(seq "$import_runs"); do
  for side in before after; do
    best[import-$side]=$(smaller "${best[import-$side]:-}" "$(load_province "${!side}" "$data" "$work/$side.sqlite")")
  done
done
declare -a figures=(
  "board|leaderboard members --period 2026-W47 --format json"
  "rank|rank --unit HA-DN0095 --period 2026-W47"
  "publish|publish --week 2026-W47 --out OUT"
)
for side in before after; do "${!side}" leaderboard members --period 2026-W47 --db "$work/$side.sqlite" > /dev/null; done
for _ in $(seq "$runs"); do
  for figure in "${figures[@]}"; do
    name="${figure%%|*}" command="${figure#*|}"
    for side in before after; do
      # shellcheck disable=SC2086
      took=$(seconds "${!side}" ${command//OUT/$work/out-$side} --db "$work/$side.sqlite")
      best[$name-$side]=$(smaller "${best[$name-$side]:-}" "$took")
    done
  done
done
echo "# $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); best of $import_runs imports, $runs runs of the rest"
for name in import board rank publish; do
  printf '%-8s before %8.3f s   after %8.3f s   after/before %.3f\n' "$name" "${best[$name-before]}" "${best[$name-after]}" \
    "$(echo "scale=4; ${best[$name-after]} / ${best[$name-before]}" | bc)"
done
