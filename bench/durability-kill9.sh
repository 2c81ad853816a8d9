#!/usr/bin/env bash
# Durability check: records verdicts through the API, kills the server with SIGKILL right after the last 201,
# restarts it and reports whether every acknowledged verdict survived. Talks to localhost only.
# Usage: bench/durability-kill9.sh [verdicts] [extra JDBC URL options]
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-20}
extra=${2:-}
port=18081
dir=$(mktemp -d)
url="jdbc:h2:file:$dir/ledger;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0$extra"
claim=s20-ukraine-will-seek-russian-help
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests

start() {
  LEDGER_VERDICT_WRITES_ENABLED=true QUARKUS_HTTP_PORT=$port QUARKUS_DATASOURCE_JDBC_URL="$url" \
    java -jar target/quarkus-app/quarkus-run.jar >>"$dir/app.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 60); do curl -sf -o /dev/null "http://localhost:$port/q/health/ready" && return; sleep 0.5; done
  echo "server did not start; see $dir/app.log"; exit 1
}
revision() {
  curl -s "http://localhost:$port/api/claims/$claim" | sed -E 's/.*"revision":([0-9]+).*/\1/'
}

start
first=$(revision)
acknowledged=0
for i in $(seq 1 "$count"); do
  body="{\"status\":\"FAILED\",\"asOf\":\"2026-11-22\",\"rationale\":\"durability check $i\",\"expectedRevision\":$((first + i - 1)),\"evidence\":[{\"date\":\"2021-02-08\",\"summary\":\"check\",\"source\":\"bench\"}]}"
  code=$(curl -s -o /dev/null -w "%{http_code}" -X POST -H 'Content-Type: application/json' -d "$body" \
    "http://localhost:$port/api/claims/$claim/verdicts")
  [ "$code" = 201 ] && acknowledged=$((acknowledged + 1))
done
kill -9 "$pid"; wait "$pid" 2>/dev/null || true
start
after=$(revision)
kill "$pid"; wait "$pid" 2>/dev/null || true
rm -rf "$dir"
echo "acknowledged $acknowledged verdicts, then kill -9; after restart the claim is at revision $after (expected $((first + acknowledged)))"
[ "$after" -eq $((first + acknowledged)) ]
