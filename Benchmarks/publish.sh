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
bin=.build/release/chungtay
export CHUNGTAY_SECRET=s CHUNGTAY_TODAY=2026-11-29
swift build -c release --product chungtay >/dev/null
if [ ! -f "$db" ]; then
  "$bin" init --db "$db" >/dev/null
  for kind in units members activities; do "$bin" import "$kind" "$data/$kind.csv" --db "$db" >/dev/null; done
fi
# Best of 3 wall-clock seconds of a command.
best() {
  local best=""
  for _ in 1 2 3; do
    local start end took
    start=$(date +%s.%N); "$@" >/dev/null; end=$(date +%s.%N)
    took=$(echo "$end - $start" | bc)
    if [ -z "$best" ] || [ "$(echo "$took < $best" | bc)" = 1 ]; then best=$took; fi
  done
  printf '%.2f' "$best"
}
"$bin" leaderboard members --period 2026-W47 --db "$db" >/dev/null   # warm the page cache
board=$(best "$bin" leaderboard members --period 2026-W47 --db "$db")
published=$(sqlite3 "$db" "SELECT count(*) FROM snapshot WHERE week = '2026-W47'" 2>/dev/null || echo 0)
start=$(date +%s.%N); "$bin" publish --week 2026-W47 --out "$out/first" --db "$db" >/dev/null; end=$(date +%s.%N)
first=$(printf '%.2f' "$(echo "$end - $start" | bc)")
again=$(best "$bin" publish --week 2026-W47 --out "$out/again" --db "$db")
"$bin" verify "$out/again" --db "$db" >/dev/null
echo "leaderboard members --period 2026-W47 (best of 3): $board s"
echo "publish --week 2026-W47, $([ "$published" = 0 ] && echo "storing revision 1" || echo "first run of this script"): $first s"
echo "publish --week 2026-W47 again, nothing new to store (best of 3): $again s"
echo "ratio publish / member board: $(echo "scale=2; $again / $board" | bc) (goal < 3)"
echo "files: $(du -sh "$out/again" | cut -f1) in $out/again; $(wc -l < "$out/again/members.csv") lines in members.csv"
rm -rf "$out"
