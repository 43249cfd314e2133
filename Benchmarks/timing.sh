# What the benchmark scripts share (sourced, not run): wall times, the smaller of two, and a province loaded into a
# new database.

seconds() { # the wall time of a command, in seconds, its output thrown away
  local start end
  start=$(date +%s.%N); "$@" > /dev/null; end=$(date +%s.%N)
  echo "$end - $start" | bc
}

smaller() { if [ -z "$1" ] || [ "$(echo "$2 < $1" | bc)" = 1 ]; then echo "$2"; else echo "$1"; fi; }

load_province() { # BINARY DATA_FOLDER DATABASE: a new database with the folder's units, members and activities; prints
  local bin="$1" data="$2" db="$3"  # the seconds the activities' import took
  rm -f "$db" "$db-wal" "$db-shm" "$db.key"
  "$bin" init --db "$db" > /dev/null
  "$bin" import units "$data/units.csv" --db "$db" > /dev/null
  "$bin" import members "$data/members.csv" --db "$db" > /dev/null
  seconds "$bin" import activities "$data/activities.csv" --db "$db"
}
