#!/usr/bin/env bash
# Several instances, one ledger: two application processes on two ports share one PostgreSQL database.
# Checks that they start together and load the seeds once, that a login on one is a login on the other, that a
# verdict written on one shows on the other's pages at once (and how long that takes), that a review session's live
# events reach listeners on both in the same order with the same ids (voters on both; a reconnect to the other
# instance resumes after its Last-Event-ID), and that a backup taken from them restores at start into a new database
# (LEDGER_RESTORE_FROM) with nothing lost.
#
# Usage: bench/two-instances.sh   (run by .ci/run against its private cluster)
# Needs a PostgreSQL server whose superuser connects without a password over TCP (PGHOST, PGPORT, PGUSER; default
# 127.0.0.1:55432, postgres) and a role `ledger` (password `ledger`): .ci/postgres.sh start DIR 55432 makes both.
# Ports: PORT_A, PORT_B, PORT_C (default 8300, 8301, 8302). Builds the PostgreSQL variant into target/ first.
set -euo pipefail
cd "$(dirname "$0")/.."

export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-55432} PGUSER=${PGUSER:-postgres}
port_a=${PORT_A:-8300}
port_b=${PORT_B:-8301}
port_c=${PORT_C:-8302}
admin_password=two-instances-admin-password
work=$(mktemp -d /tmp/two-instances.XXXXXX)
pids=()

stop_all() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
}
trap 'stop_all; rm -rf "$work"' EXIT

fail() {
  echo "FAILED: $*" >&2
  for log in "$work"/*.log; do echo "--- $log (tail)" >&2; tail -n 30 "$log" >&2; done
  exit 1
}

fresh_database() {
  psql -q -v ON_ERROR_STOP=1 -d postgres -c "drop database if exists $1" -c "create database $1 owner ledger" >/dev/null
}

start() { # name port database [extra env...]
  local name=$1 port=$2 database=$3
  shift 3
  mkdir -p "$work/$name"
  (cd "$work/$name" && exec env QUARKUS_PROFILE=postgres QUARKUS_HTTP_PORT="$port" \
    QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/$database" \
    QUARKUS_DATASOURCE_USERNAME=ledger QUARKUS_DATASOURCE_PASSWORD=ledger \
    LEDGER_SEEDS_DIR="$OLDPWD/seeds" LEDGER_ADMIN_PASSWORD="$admin_password" "$@" \
    java -jar "$OLDPWD/target/quarkus-app/quarkus-run.jar" >"$work/$name.log" 2>&1) &
  pids+=($!)
}

ready() { # port
  for _ in $(seq 1 180); do
    curl -sf -o /dev/null "http://127.0.0.1:$1/q/health/ready" && return 0
    sleep 1
  done
  fail "the instance on port $1 did not become ready"
}

sql() { psql -qtA -v ON_ERROR_STOP=1 -d "$1" -c "$2"; }

echo "== building the PostgreSQL variant"
./mvnw -B -q package -DskipTests -Dquarkus.profile=postgres

echo "== two instances start together on one empty database"
fresh_database ledger_two
started=$(date +%s)
start a "$port_a" ledger_two
start b "$port_b" ledger_two
ready "$port_a"
ready "$port_b"
echo "both ready after $(( $(date +%s) - started )) s"
claims=$(sql ledger_two "select count(*) from claim")
revisions=$(sql ledger_two "select count(*) from verdict_revision")
doubled=$(sql ledger_two "select count(*) from (select claim_id from verdict_revision group by claim_id having count(*) > 1) d")
admins=$(sql ledger_two "select count(*) from app_user")
secrets=$(sql ledger_two "select count(*) from app_secret where name = 'session-key'")
echo "claims $claims, revisions $revisions, claims with more than one revision $doubled, accounts $admins, session keys $secrets"
[ "$claims" -gt 0 ] && [ "$revisions" = "$claims" ] && [ "$doubled" = 0 ] || fail "the seeds were not loaded exactly once"
[ "$admins" = 1 ] || fail "expected one first facilitator, found $admins accounts"
[ "$secrets" = 1 ] || fail "expected one shared session key"

echo "== a login on A is a login on B"
jar="$work/cookies"
token=$(curl -sf -c "$jar" -b "$jar" "http://127.0.0.1:$port_a/login" | grep -o 'name="csrf-token" value="[^"]*"' | sed 's/.*value="//; s/"$//')
[ -n "$token" ] || fail "no CSRF token on A's login page"
status=$(curl -s -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" --data-urlencode "csrf-token=$token" \
  --data-urlencode username=admin --data-urlencode "password=$admin_password" "http://127.0.0.1:$port_a/login")
[ "$status" = 303 ] || fail "login on A answered $status"
status=$(curl -s -o /dev/null -w '%{http_code}' -b "$jar" "http://127.0.0.1:$port_b/account")
[ "$status" = 200 ] || fail "B did not know A's session: /account answered $status"
echo "B's /account with A's session cookie: $status"

echo "== a verdict written on A shows on B at once"
claim=$(sql ledger_two "select id from claim where status = 'PENDING' and retired = false order by id limit 1")
revision=$(sql ledger_two "select revision from claim where id = '$claim'")
scores_before=$(curl -sf "http://127.0.0.1:$port_b/api/scores" | sha256sum)
curl -sf -o /dev/null "http://127.0.0.1:$port_b/?status=FAILED"
dashboard=$(curl -sf "http://127.0.0.1:$port_b/?status=FAILED")
failed_before=$(grep -c "/claims/$claim\"" <<<"$dashboard" || true)
[ "$failed_before" = 0 ] || fail "$claim is already on B's FAILED dashboard"
status=$(curl -s -o /dev/null -w '%{http_code}' -u "admin:$admin_password" -H 'Content-Type: application/json' \
  -d "{\"status\":\"FAILED\",\"asOf\":\"$(date -u +%F)\",\"rationale\":\"two-instances check\",\"expectedRevision\":$revision,
       \"evidence\":[{\"date\":\"$(date -u +%F)\",\"summary\":\"written on A\",\"source\":\"bench/two-instances.sh\"}]}" \
  "http://127.0.0.1:$port_a/api/claims/$claim/verdicts")
[ "$status" = 201 ] || fail "the verdict on A answered $status"
written=$(date +%s%N)
seen=""
for _ in $(seq 1 200); do
  if [ "$(curl -sf "http://127.0.0.1:$port_b/api/scores" | sha256sum)" != "$scores_before" ]; then seen=yes; break; fi
  sleep 0.02
done
[ -n "$seen" ] || fail "B's scores did not change within 5 s of the verdict written on A"
echo "B's scores (cached) show A's verdict $(( ($(date +%s%N) - written) / 1000000 )) ms after A answered"
dashboard=$(curl -sf "http://127.0.0.1:$port_b/?status=FAILED")
grep -q "/claims/$claim\"" <<<"$dashboard" || fail "B's dashboard is stale"
echo "B's dashboard (cached) shows it too, $(( ($(date +%s%N) - written) / 1000000 )) ms after A answered"

echo "== review-session events reach listeners on either instance, in order, once each"
timeout 300 python3 bench/review-events.py "$port_a,$port_b" "$admin_password" 6 4 2 || fail "review-session events across the instances"

echo "== the backup restores at start into a new database"
curl -sf -u "admin:$admin_password" "http://127.0.0.1:$port_a/api/backup?includePasswordHashes=true" >"$work/backup.json"
fresh_database ledger_restored
start c "$port_c" ledger_restored LEDGER_RESTORE_FROM="$work/backup.json"
ready "$port_c"
curl -sf -u "admin:$admin_password" "http://127.0.0.1:$port_c/api/backup?includePasswordHashes=true" >"$work/restored.json"
if ! diff <(jq -S '{schemaVersion, tables}' "$work/backup.json") <(jq -S '{schemaVersion, tables}' "$work/restored.json") >"$work/diff.txt"; then
  head -n 40 "$work/diff.txt" >&2
  fail "the restored ledger differs from the backup"
fi
echo "restored $(jq '[.tables[].rows | length] | add' "$work/backup.json") rows into a new database: its backup is identical"

echo "two-instances: all checks passed"
