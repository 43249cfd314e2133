#!/usr/bin/env bash
# Times the boards (issue 4) as whole processes, in the same run as the sqlite3 shell answering the same questions
# over a bare table t(member, unit, date, points) with indexes, on the generated province of 100,000 members and
# 1,000,000 activities. Prints each figure (best of $RUNS), each ratio and whether the goal is met.
#
# Usage: Benchmarks/boards.sh [--fresh]     (Benchmarks/run boards builds first and keeps the output)
#   --fresh        import the province again even when bench-data/boards/ledger.sqlite is there
#   SCRATCH=DIR    the build folder holding release/chungtay (default .build)
#   RUNS=N         runs per command (default 5)
set -euo pipefail
cd "$(dirname "$0")/.."
scratch="${SCRATCH:-.build}"
runs="${RUNS:-5}"
chungtay="$scratch/release/chungtay"
data=bench-data/1m
work=bench-data/boards
ledger="$work/ledger.sqlite"
bare="$work/bare.sqlite"
export CHUNGTAY_SECRET=bench CHUNGTAY_RULES=Rules CHUNGTAY_DB="$ledger" CHUNGTAY_LANG=en

[ -x "$chungtay" ] || swift build -c release --product chungtay --static-swift-stdlib --scratch-path "$scratch"
if [ ! -f "$data/activities.csv" ]; then
  [ -x "$scratch/release/chungtay-seed" ] || swift build -c release --product chungtay-seed --scratch-path "$scratch"
  mkdir -p "$data"
  "$scratch/release/chungtay-seed" --out "$data" --members 100000 --activities 1000000 --from 2026-01-01 --reform none
fi
mkdir -p "$work"
if [ "${1:-}" = "--fresh" ] || [ ! -f "$ledger" ]; then
  rm -f "$ledger" "$ledger-wal" "$ledger-shm" "$ledger.key" "$bare"
  "$chungtay" init > /dev/null
  "$chungtay" import units "$data/units.csv" > /dev/null
  "$chungtay" import members "$data/members.csv" --today 2026-11-29 > /dev/null
  start=$(date +%s.%N)
  "$chungtay" import activities "$data/activities.csv" > /dev/null
  echo "import activities (release chungtay, 1,000,000 rows): $(echo "$(date +%s.%N) - $start" | bc | xargs printf '%.1f') s"
fi
# Opening the ledger brings its schema up to date (the first open after an upgrade builds the standings).
"$chungtay" leaderboard districts --period 2026 > /dev/null
if [ ! -f "$bare" ] || [ "$ledger" -nt "$bare" ]; then
  rm -f "$bare"
  sqlite3 "$bare" "ATTACH '$ledger' AS ledger;
    CREATE TABLE t AS SELECT member, unit, date, points FROM ledger.activity;
    CREATE INDEX t_date_member ON t(date, member, points);
    CREATE INDEX t_date_unit ON t(date, unit, points);
    CREATE INDEX t_member_date ON t(member, date, points);
    ANALYZE;"
fi

# Best wall-clock time of $runs runs, in seconds, output to /dev/null.
best() {
  local fastest=""
  for _ in $(seq "$runs"); do
    local start end took
    start=$(date +%s.%N)
    "$@" > /dev/null
    end=$(date +%s.%N)
    took=$(echo "$end - $start" | bc)
    if [ -z "$fastest" ] || [ "$(echo "$took < $fastest" | bc)" = 1 ]; then fastest=$took; fi
  done
  printf '%.4f' "$fastest"
}
ms() { echo "$1 * 1000" | bc | xargs printf '%.1f ms'; }
smaller() { if [ "$(echo "$1 < $2" | bc)" = 1 ]; then echo "$1"; else echo "$2"; fi; }
verdict() {  # verdict OURS THEIRS GOAL
  local ratio
  ratio=$(echo "scale=4; $1 / $2" | bc)
  printf 'ratio %.2f (goal ≤ %s): %s\n' "$ratio" "$3" "$([ "$(echo "$ratio <= $3" | bc)" = 1 ] && echo met || echo "NOT met")"
}

unit=$(sqlite3 "$ledger" "SELECT code FROM unit WHERE level = 'grassroots' ORDER BY code LIMIT 1 OFFSET 1000")
year="SELECT member, sum(points) AS s FROM t WHERE date BETWEEN '2026-01-01' AND '2026-12-31' GROUP BY member ORDER BY s DESC LIMIT 100"
week="SELECT member, sum(points) AS s FROM t WHERE date BETWEEN '2026-11-16' AND '2026-11-22' GROUP BY member ORDER BY s DESC"
rank="WITH s AS (SELECT unit, sum(points) AS p FROM t WHERE date BETWEEN '2026-11-16' AND '2026-11-22' GROUP BY unit)
      SELECT 1 + count(*) FROM s WHERE p > (SELECT p FROM s WHERE unit = '$unit')"

echo "# $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores, $(uname -m); best of $runs runs, whole processes"
echo "startup: chungtay rank --unit NO-SUCH-UNIT (rules, ledger open, refusal): $(ms "$(best sh -c "'$chungtay' rank --unit NO-SUCH-UNIT --period 2026-W47 2> /dev/null || true")")"

echo "## 1. The year's member board, top 100 (goal: at most 0.5 × the hand-written query)"
ours=$(best "$chungtay" leaderboard members --period 2026 --top 100 --format json)
planned=$(best sqlite3 "$bare" "$year")
indexed=$(best sqlite3 "$bare" "${year/FROM t WHERE/FROM t INDEXED BY t_member_date WHERE}")
echo "chungtay leaderboard members --period 2026 --top 100 --format json: $(ms "$ours")"
echo "sqlite3, the query as written (the planner takes the (date, member) index): $(ms "$planned")"
echo "sqlite3, the same query INDEXED BY (member, date, points), its fastest form: $(ms "$indexed")"
verdict "$ours" "$(smaller "$planned" "$indexed")" 0.5

# Each form of the week's board against the same question in SQL: every member (the default board) against the
# query without a limit, and the top 100 against the query with LIMIT 100.
echo "## 2. A week's member board, 2026-W47 (goal: at most 3 × sqlite3 for the same question)"
ours=$(best "$chungtay" leaderboard members --period 2026-W47 --format json)
whole=$(best sqlite3 "$bare" "$week")
echo "chungtay leaderboard members --period 2026-W47 --format json: $(ms "$ours") ($(sqlite3 "$bare" "SELECT count(DISTINCT member) FROM t WHERE date BETWEEN '2026-11-16' AND '2026-11-22'") members)"
echo "sqlite3, the week's query, every member: $(ms "$whole")"
verdict "$ours" "$whole" 3
ours=$(best "$chungtay" leaderboard members --period 2026-W47 --top 100 --format json)
top=$(best sqlite3 "$bare" "$week LIMIT 100")
echo "chungtay leaderboard members --period 2026-W47 --top 100 --format json: $(ms "$ours")"
echo "sqlite3, the week's query with LIMIT 100: $(ms "$top")"
verdict "$ours" "$top" 3
echo "(the whole board as table: $(ms "$(best "$chungtay" leaderboard members --period 2026-W47)"))"

echo "## 3. One unit's rank for the week, rank --unit $unit --period 2026-W47 (goal: at most 3 × sqlite3)"
ours=$(best "$chungtay" rank --unit "$unit" --period 2026-W47)
theirs=$(best sqlite3 "$bare" "$rank")
echo "chungtay rank --unit $unit --period 2026-W47: $(ms "$ours")"
echo "sqlite3, that unit's rank among the units for the week: $(ms "$theirs")"
verdict "$ours" "$theirs" 3
