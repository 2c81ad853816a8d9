# Shared by the benchmark scripts (sourced, not run): start and stop the packaged app, time requests, parse wrk.
# Every process started here is remembered in BENCH_PIDS and killed by bench_cleanup, which the scripts trap.
# Talks to localhost only.

BENCH_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
APP_JAR=$BENCH_ROOT/target/quarkus-app/quarkus-run.jar
BASE_JAR=$BENCH_ROOT/bench/baseline/target/quarkus-app/quarkus-run.jar
ADMIN_PASSWORD=bench-admin-password
BENCH_PIDS=()
JDBC_OPTS="MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0"

bench_cleanup() {
  local pid
  for pid in "${BENCH_PIDS[@]:-}"; do
    [ -n "$pid" ] && kill -9 "$pid" 2>/dev/null || true
  done
  BENCH_PIDS=()
}

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

ensure_wrk() {
  if ! command -v wrk >/dev/null; then
    echo "installing wrk from Debian's packages"
    apt-get install -y -q wrk >/dev/null 2>&1 || { apt-get update -q >/dev/null && apt-get install -y -q wrk >/dev/null; }
  fi
}

# start_app <jar> <data dir> <seeds dir or -> <port> <heap> [extra JVM options]: starts it in the background,
# sets APP_PID. The database lives in <data dir>; the log is $APP_LOG, or <data dir>/app.log.
start_app() {
  local jar=$1 data=$2 seeds=$3 port=$4 heap=$5
  shift 5
  mkdir -p "$data"
  local env=(QUARKUS_HTTP_PORT="$port" LEDGER_DATA_DIR="$data" LEDGER_ADMIN_PASSWORD="$ADMIN_PASSWORD"
    QUARKUS_DATASOURCE_JDBC_URL="jdbc:h2:file:$data/ledger;$JDBC_OPTS")
  [ "$seeds" != - ] && env+=(LEDGER_SEEDS_DIR="$seeds")
  (cd "$data" && exec env "${env[@]}" java "-Xmx$heap" "$@" -jar "$jar" >>"${APP_LOG:-$data/app.log}" 2>&1) &
  APP_PID=$!
  BENCH_PIDS+=("$APP_PID")
}

# wait_for <url> <timeout s> <pid>: polls until the URL answers 200; prints ms waited, or fails.
wait_for() {
  local url=$1 limit=$2 pid=$3 started
  started=$(now_ms)
  while [ $(( $(now_ms) - started )) -lt $(( limit * 1000 )) ]; do
    kill -0 "$pid" 2>/dev/null || { echo "process $pid died" >&2; return 1; }
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$url")" = 200 ] && { echo $(( $(now_ms) - started )); return 0; }
    sleep 0.02
  done
  echo "timed out waiting for $url" >&2
  return 1
}

# stop_app <pid>: SIGTERM, then waits (SIGKILL after 30 s).
stop_app() {
  local pid=$1 i
  kill "$pid" 2>/dev/null || true
  for i in $(seq 1 300); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}

rss_mb() { echo $(( $(ps -o rss= -p "$1" | tr -d ' ') / 1024 )); }

# wrk_run <label> <url> <connections> <seconds> [wrk args]: prints "label rps p50ms p99ms errors".
wrk_run() {
  local label=$1 url=$2 conns=$3 secs=$4 threads=2 out
  shift 4
  [ "$conns" -lt 2 ] && threads=1
  out=$(wrk -t"$threads" -c"$conns" -d"${secs}s" --latency "$@" "$url" 2>&1)
  echo "$out" | awk -v label="$label" '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    /Requests\/sec/ { rps = $2 }
    /^ +50%/ { p50 = ms($2) }
    /^ +99%/ { p99 = ms($2) }
    /Non-2xx/ { errors += $NF }
    /Socket errors/ { gsub(/,/, ""); errors += $4 + $6 + $8 + $10 }
    END { printf "%s %.0f %.2f %.2f %d\n", label, rps, p50, p99, errors + 0 }'
}

# percentile <p> : reads numbers (one a line) and prints the p-th percentile (nearest rank).
percentile() {
  sort -n | awk -v p="$1" '{ v[NR] = $1 } END { if (NR == 0) { print "NaN"; exit } i = int((p / 100) * NR + 0.999); if (i < 1) i = 1; if (i > NR) i = NR; printf "%.2f\n", v[i] }'
}

# time_get <url>: ms for one GET (curl's own timer, without the process start).
time_get() { curl -s -o /dev/null -w '%{time_total}\n' "$1" | awk '{ printf "%.2f\n", $1 * 1000 }'; }

# revision_of <base> <claim>: the claim's current revision number.
revision_of() { curl -s "$1/api/claims/$2" | sed -E 's/.*"revision":([0-9]+).*/\1/'; }

# post_verdict <base> <claim> <expected revision> [status]: prints the HTTP status.
post_verdict() {
  local status=${4:-FAILED}
  curl -s -o /dev/null -w '%{http_code}' -u "admin:$ADMIN_PASSWORD" -H 'Content-Type: application/json' \
    -d "{\"status\":\"$status\",\"asOf\":\"2026-11-30\",\"rationale\":\"Benchmark write\",\"expectedRevision\":$3,\"evidence\":[{\"date\":\"2026-11-01\",\"summary\":\"Benchmark evidence\",\"source\":\"bench\"}]}" \
    "$1/api/claims/$2/verdicts"
}

# chain_ok <base> <claim>: checks the claim's ledger as the API gives it: numbers n..1 without a gap, each revision
# superseding the one before. Prints "ok <n>" or what is wrong.
chain_ok() {
  curl -s "$1/api/claims/$2/verdicts" | grep -oE '"number":[0-9]+|"supersedes":(null|[0-9]+)' | paste - - |
    sed -E 's/"number":([0-9]+)\t"supersedes":(null|[0-9]+)/\1 \2/' | awk '
      NR == 1 { n = $1 } { want = n - NR + 1; prev = (want == 1) ? "null" : want - 1
        if ($1 != want || $2 != prev) { bad = bad " revision " $1 " (supersedes " $2 ")" } }
      END { if (NR == 0) print "no revisions"; else if (bad != "") print "broken:" bad; else print "ok " n }'
}

# integrity_check <data dir>: opens the stopped app's database with H2's own shell and counts broken ledger rows:
# revisions whose number has no predecessor or whose supersedes_id is not the previous revision, and claims whose
# revision is not their newest revision's number. Prints "broken-chains <n> stale-claims <m>".
integrity_check() {
  local h2
  h2=$(ls "$BENCH_ROOT"/target/quarkus-app/lib/main/com.h2database.h2-*.jar | head -1)
  java -cp "$h2" org.h2.tools.Shell -url "jdbc:h2:file:$1/ledger;$JDBC_OPTS" -user ledger -password "" -sql "
    select 'broken-chains', count(*) from verdict_revision v left join verdict_revision p
      on p.claim_id = v.claim_id and p.number = v.number - 1
      where (v.number > 1 and (p.id is null or v.supersedes_id is null or v.supersedes_id <> p.id))
         or (v.number = 1 and v.supersedes_id is not null);
    select 'stale-claims', count(*) from claim c
      where c.revision <> (select coalesce(max(v.number), 0) from verdict_revision v where v.claim_id = c.id);" 2>&1 |
    awk -F'|' '/broken-chains|stale-claims/ { gsub(/ /, ""); printf "%s %s ", $1, $2 } END { print "" }'
}
