#!/usr/bin/env bash
# Issue 7, by hand: one process imports 300,000 activities (or $1) while two others run `leaderboard` and `rank`
# in a loop. Every reader must succeed (or exit 75 after waiting at least 5 s) and see the totals of before the
# import or of after it, never a part. Then two imports of half as many each run at once. Release build.
# Usage: Benchmarks/concurrency.sh [COUNT]      (the end-to-end tests run the same with 30,000, debug build)
# CHUNGTAY_BIN=path/to/chungtay uses that binary instead of building one.
set -euo pipefail
cd "$(dirname "$0")/.."
count="${1:-300000}"
bin="${CHUNGTAY_BIN:-}"
if [ -z "$bin" ]; then
    swift build -c release --product chungtay 2>&1 | tail -1
    bin="$PWD/.build/release/chungtay"
fi
fixtures="$PWD/Tests/ChungtayEndToEndTests/Resources"
work="$(mktemp -d /tmp/chungtay-concurrency.XXXXXX)"
trap 'rm -rf "$work"' EXIT
export CHUNGTAY_SECRET=concurrency
run() { "$bin" "$@" --db "$work/ledger.sqlite" --rules "$fixtures/rules-good" --today 2026-11-29 --lang en; }

# Dossier activities over the fixture province's five members: ids PREFIX0.., months FIRST..LAST.
activities() {
    awk -v n="$1" -v p="$2" -v first="$3" -v last="$4" 'BEGIN {
        print "id,date,type,member,level,dossier"; months = last - first + 1
        for (i = 0; i < n; i++) printf "%s%d,2026-%02d-%02d,dossier_assisted,DV00%d,%d,HS-%s%d\n",
            p, i, first + i % months, int(i / months) % 28 + 1, i % 5 + 1, i % 2 + 3, p, i }'
}
# The members' board of 2026 as "activities points", and DV001's standing as the same.
board() { run leaderboard members --period 2026 --all --format json | python3 -c 'import json, sys
d = json.load(sys.stdin); print(sum(sum(e["counts"].values()) for e in d["entries"]), round(sum(e["total"] for e in d["entries"]), 2))'; }
rank() { run rank --member DV001 --period 2026 --format json | python3 -c 'import json, sys
d = json.load(sys.stdin); print(sum(d["counts"].values()), d["total"])'; }

run init > /dev/null
run import units "$fixtures/province/units.csv" > /dev/null
run import members "$fixtures/province/members.csv" > /dev/null
activities 3000 B 1 5 > "$work/before.csv"
activities "$count" N 6 11 > "$work/after.csv"
run import activities "$work/before.csv" > /dev/null
board_before="$(board)"; rank_before="$(rank)"

# Each reader loops until the import is over, logging "exit|seconds|value" per run.
reader() {
    while [ ! -e "$work/done" ]; do
        start=$(date +%s.%N); status=0; value="$("$1" 2> "$work/$1.err")" || status=$?
        echo "$status|$(echo "$(date +%s.%N) - $start" | bc)|$value" >> "$work/$1.log"
    done
}
reader board & board_pid=$!
reader rank & rank_pid=$!
start=$(date +%s.%N)
run import activities "$work/after.csv"
import_seconds=$(echo "$(date +%s.%N) - $start" | bc)
touch "$work/done"; wait "$board_pid" "$rank_pid"
board_after="$(board)"; rank_after="$(rank)"

echo "# $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores: import of $count activities beside readers: $import_seconds s"
echo "board totals before: $board_before, after: $board_after; DV001 before: $rank_before, after: $rank_after"
failed=0
for which in board rank; do
    before_var="${which}_before"; after_var="${which}_after"
    runs=$(wc -l < "$work/$which.log")
    seen_before=$(awk -F'|' -v v="${!before_var}" '$1 == 0 && $3 == v' "$work/$which.log" | wc -l)
    seen_after=$(awk -F'|' -v v="${!after_var}" '$1 == 0 && $3 == v' "$work/$which.log" | wc -l)
    busy=$(awk -F'|' '$1 == 75 && $2 >= 5' "$work/$which.log" | wc -l)
    other=$((runs - seen_before - seen_after - busy))
    slowest=$(awk -F'|' 'BEGIN { m = 0 } $2 > m { m = $2 } END { print m }' "$work/$which.log")
    echo "$which: $runs runs, $seen_before saw before, $seen_after saw after, $busy exited 75 after the wait, $other otherwise (slowest $slowest s)"
    [ "$other" -eq 0 ] || failed=1
done
run check

# Two imports at once: both succeed, or one exits 75 having waited; either way both files end up stored.
half=$((count / 2))
activities "$half" P 1 6 > "$work/one.csv"; activities "$half" Q 7 12 > "$work/two.csv"
start=$(date +%s.%N)
run import activities "$work/one.csv" > "$work/one.out" 2>&1 & one=$!
run import activities "$work/two.csv" > "$work/two.out" 2>&1 & two=$!
status_one=0; wait "$one" || status_one=$?
status_two=0; wait "$two" || status_two=$?
echo "two imports of $half at once: exits $status_one and $status_two in $(echo "$(date +%s.%N) - $start" | bc) s"
for pair in "one $status_one" "two $status_two"; do
    set -- $pair
    if [ "$2" -eq 75 ]; then cat "$work/$1.out"; run import activities "$work/$1.csv"; elif [ "$2" -ne 0 ]; then cat "$work/$1.out"; failed=1; fi
done
stored=$(sqlite3 "$work/ledger.sqlite" "SELECT count(*) FROM activity")
echo "activities stored: $stored (expected $((3000 + count + 2 * half)))"
[ "$stored" -eq $((3000 + count + 2 * half)) ] || failed=1
run check
exit "$failed"
