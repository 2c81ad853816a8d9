#!/usr/bin/env bash
# Full disk: the data folder on a small tmpfs that fills up. Writes must answer 503 with a problem body, reads go
# on, and once space is back writes resume with nothing corrupted (checked after a restart, through the API and in
# the database itself). Needs root (mount); unmounts on exit. Localhost only.
# Usage: bench/full-disk.sh            (prints a "### Full disk" section for bench/results.md)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
PORT=8211
B="http://localhost:$PORT"
WORK=$(mktemp -d /tmp/ledger-disk.XXXXXX)
DISK=$WORK/disk
cleanup() { bench_cleanup; umount "$DISK" 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT
trap 'exit 130' INT TERM
[ -n "${BENCH_SKIP_BUILD:-}" ] || [ -f "$APP_JAR" ] || ./mvnw -B -q package -DskipTests

mkdir -p "$DISK"
mount -t tmpfs -o size=64m tmpfs "$DISK"
export APP_LOG=$WORK/app.log
start_app "$APP_JAR" "$DISK/data" "$PWD/seeds" "$PORT" 256m
wait_for "$B/" 300 "$APP_PID" >/dev/null
CLAIM=$(curl -s "$B/api/claims?status=PENDING&size=1" | sed -E 's/.*"id":"([^"]+)".*/\1/' | head -1)
before_ok=0
for i in 1 2 3 4 5; do
  [ "$(post_verdict "$B" "$CLAIM" "$(revision_of "$B" "$CLAIM")" PENDING)" = 201 ] && before_ok=$((before_ok + 1))
done
rev_full=$(revision_of "$B" "$CLAIM")

# Fill the disk to the last byte.
dd if=/dev/zero of="$DISK/filler" bs=1M status=none 2>/dev/null || true
free_kb=$(df -k --output=avail "$DISK" | tail -1 | tr -d ' ')
refused=0; problem=0; other=""
for i in $(seq 1 20); do
  code=$(curl -s -o "$WORK/body" -D "$WORK/headers" -w '%{http_code}' -u "admin:$ADMIN_PASSWORD" \
    -H 'Content-Type: application/json' -d "{\"status\":\"PENDING\",\"asOf\":\"2026-11-30\",\"rationale\":\"disk full $i\",\"expectedRevision\":$rev_full,\"evidence\":[]}" \
    "$B/api/claims/$CLAIM/verdicts")
  if [ "$code" = 503 ]; then
    refused=$((refused + 1))
    grep -qi '^content-type: application/problem+json' "$WORK/headers" && grep -q '"status":503' "$WORK/body" && problem=$((problem + 1))
  else
    other="$other $code"
  fi
done
reads=0
for path in / "/claims/$CLAIM" "/api/claims/$CLAIM" /api/comparison /claims?status=FAILED /scores; do
  for i in 1 2 3; do [ "$(curl -s -o /dev/null -w '%{http_code}' "$B$path")" = 200 ] && reads=$((reads + 1)); done
done
rev_during=$(revision_of "$B" "$CLAIM")

# Space back: writes resume.
rm -f "$DISK/filler"
after_ok=0
for i in 1 2 3 4 5; do
  [ "$(post_verdict "$B" "$CLAIM" "$(revision_of "$B" "$CLAIM")" PENDING)" = 201 ] && after_ok=$((after_ok + 1))
done
rev_after=$(revision_of "$B" "$CLAIM")
stop_app "$APP_PID"
integrity=$(integrity_check "$DISK/data")
start_app "$APP_JAR" "$DISK/data" "$PWD/seeds" "$PORT" 256m
wait_for "$B/" 300 "$APP_PID" >/dev/null && reopened=yes || reopened=no
chain=$(chain_ok "$B" "$CLAIM")
rev_restart=$(revision_of "$B" "$CLAIM")
stop_app "$APP_PID"
errors=$(grep -c " ERROR " "$APP_LOG" || true)

pass=yes
[ "$refused" = 20 ] && [ "$problem" = 20 ] && [ "$reads" = 18 ] && [ "$rev_during" = "$rev_full" ] \
  && [ "$after_ok" = 5 ] && [ "$reopened" = yes ] && [ "$rev_restart" = "$rev_after" ] \
  && [[ "$chain" == ok* ]] && [ "$integrity" = "broken-chains 0 stale-claims 0 " ] || pass=no
echo "### Full disk ($(date -u '+%Y-%m-%d %H:%M UTC'); \`bench/full-disk.sh\`): $([ $pass = yes ] && echo passed || echo FAILED)"
echo
echo "The data folder on a 64 MB tmpfs, the real corpus loaded, then the disk filled to the last byte (${free_kb} kB free)."
echo
echo "- before: $before_ok of 5 verdict writes acknowledged (201)"
echo "- disk full: $refused of 20 writes answered 503, $problem of them with an \`application/problem+json\` body${other:+; other answers:$other}; the claim stayed at revision $rev_during"
echo "- disk full: $reads of 18 reads answered 200 (\`/\`, a claim page, its API, \`/api/comparison\`, the claims table, \`/scores\`)"
echo "- space back: $after_ok of 5 writes acknowledged; the claim at revision $rev_after"
echo "- after a restart on the same folder: database opened: $reopened; revision $rev_restart; ledger through the API: $chain; in the database: ${integrity}; ERROR lines in the log: $errors"
[ $pass = yes ]
