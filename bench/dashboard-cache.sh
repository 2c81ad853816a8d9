#!/usr/bin/env bash
# Measures what the dashboard cache buys: requests/s and latency of GET / with the cache on and off.
# Usage: bench/dashboard-cache.sh [seconds]   (needs wrk: apt-get install -y wrk; talks to localhost only)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-10}
port=18080
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install -y wrk)"; exit 1; }
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests

run() {
  local label=$1 cache=$2 dir
  dir=$(mktemp -d)
  QUARKUS_CACHE_ENABLED=$cache QUARKUS_HTTP_PORT=$port \
    QUARKUS_DATASOURCE_JDBC_URL="jdbc:h2:file:$dir/ledger;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" \
    java -jar target/quarkus-app/quarkus-run.jar >"$dir/app.log" 2>&1 &
  local pid=$!
  for _ in $(seq 1 60); do curl -sf -o /dev/null "http://localhost:$port/q/health/ready" && break; sleep 1; done
  for _ in $(seq 1 20); do curl -s -o /dev/null "http://localhost:$port/"; done   # warm up
  echo "== dashboard, cache $label (wrk -t2 -c8 -d${seconds}s)"
  wrk -t2 -c8 -d"${seconds}s" --latency "http://localhost:$port/" | grep -E "Requests/sec|Latency|50%|99%"
  kill "$pid"; wait "$pid" 2>/dev/null || true
  rm -rf "$dir"
}

run on true
run off false
