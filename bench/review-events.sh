#!/usr/bin/env bash
# Load check of a review session's live events: 30 listeners on one session's SSE stream, 10 voters casting and
# changing votes on 5 items, then the reveals. Checks that every event reaches every listener, in order, and prints
# events/s and the delivery latency (p50, p99). Bounded (a few hundred requests), talks to localhost only.
# Usage: bench/review-events.sh [listeners] [voters] [rounds]   (defaults 30 10 3; needs python3)
set -euo pipefail
cd "$(dirname "$0")/.."
listeners=${1:-30}
voters=${2:-10}
rounds=${3:-3}
port=${BENCH_PORT:-8094}
password=bench-admin-password
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests
dir=$(mktemp -d)
LEDGER_ADMIN_PASSWORD=$password LEDGER_DATA_DIR=$dir QUARKUS_HTTP_PORT=$port \
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:h2:file:$dir/ledger;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" \
  java -jar target/quarkus-app/quarkus-run.jar >"$dir/app.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$dir"' EXIT
for _ in $(seq 1 90); do curl -sf -o /dev/null "http://localhost:$port/q/health/ready" && break; sleep 1; done
timeout 300 python3 bench/review-events.py "$port" "$password" "$listeners" "$voters" "$rounds"
