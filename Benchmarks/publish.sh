#!/usr/bin/env bash
# Issue 5: `publish --week 2026-W47` against `leaderboard members --period 2026-W47` alone, both as whole processes
# of the release build, on the 1M province imported into a database under /tmp (made once, then reused).
# Usage: Benchmarks/publish.sh   (BENCH_DATA=DIR: the generated CSV files, default bench-data/1m;
#                                 BENCH_DB=FILE: the database, default /tmp/chungtay-bench-publish.sqlite)
set -euo pipefail
cd "$(dirname "$0")/.."
data="${BENCH_DATA:-bench-data/1m}"
db="${BENCH_DB:-/tmp/chungtay-bench-publish.sqlite}"
out="$(mktemp -d /tmp/chungtay-bench-publish.XXXXXX)"
bin="${SCRATCH:-.build}/release/chungtay"
export CHUNGTAY_SECRET=s CHUNGTAY_TODAY=2026-11-29
swift build -c release --product chungtay --static-swift-stdlib --scratch-path "${SCRATCH:-.build}" >/dev/null
if [ ! -f "$db" ]; then
  "$bin" init --db "$db" >/dev/null
  for kind in units members activities; do "$bin" import "$kind" "$data/$kind.csv" --db "$db" >/dev/null; done
fi
# One run of a command: "WALL CPU" in seconds (CPU: user + system, which load from other processes changes less).
timed() {
  /usr/bin/time -f "%e %U %S" -o /tmp/chungtay-bench-time.$$ "$@" >/dev/null
  awk '{ printf "%.2f %.2f", $1, $2 + $3 }' /tmp/chungtay-bench-time.$$
  rm -f /tmp/chungtay-bench-time.$$
}
# The best wall time of 3 runs, with that run's CPU time.
best() {
  local best="" result
  for _ in 1 2 3; do
    result=$(timed "$@")
    if [ -z "$best" ] || [ "$(echo "${result%% *} < ${best%% *}" | bc)" = 1 ]; then best=$result; fi
  done
  echo "$best"
}
load="$(cut -d' ' -f1-3 /proc/loadavg)"
"$bin" leaderboard members --period 2026-W47 --db "$db" >/dev/null   # warm the page cache
board=$(best "$bin" leaderboard members --period 2026-W47 --db "$db")
stored=$(sqlite3 "$db" "SELECT count(*) FROM snapshot WHERE week = '2026-W47'")
first=$(timed "$bin" publish --week 2026-W47 --out "$out/first" --db "$db")
again=$(best "$bin" publish --week 2026-W47 --out "$out/again" --db "$db")
"$bin" verify "$out/again" --db "$db" >/dev/null
ratio() { echo "scale=2; ${1%% *} / ${board%% *}" | bc; }
cpu_ratio() { echo "scale=2; ${1##* } / ${board##* }" | bc; }
echo "load average before: $load on $(nproc) cores"
echo "leaderboard members --period 2026-W47 (best of 3): ${board%% *} s wall, ${board##* } s CPU"
echo "publish --week 2026-W47, $([ "$stored" = 0 ] && echo "storing revision 1" || echo "revision already stored"): ${first%% *} s wall, ${first##* } s CPU (ratio $(ratio "$first") wall, $(cpu_ratio "$first") CPU)"
echo "publish --week 2026-W47 again (best of 3): ${again%% *} s wall, ${again##* } s CPU (ratio $(ratio "$again") wall, $(cpu_ratio "$again") CPU; goal < 3)"
echo "files: $(du -sh "$out/again" | cut -f1) in all; $(($(wc -l < "$out/again/members.csv") - 1)) members on the board"
rm -rf "$out"
