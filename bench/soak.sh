#!/usr/bin/env bash
# Soak: mixed reads (8 connections cycling through the pages and the API) and verdict writes (2 writers) for
# a while, with the heap measured after a full GC every 30 s. Passes with no failed request and no steady heap
# growth (the last third of the samples no higher than the first third plus 10 %, or plus 8 MB). Localhost only.
# Usage: bench/soak.sh [seconds, default 300]   (prints a "### Soak" section for bench/results.md)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
SECONDS_TOTAL=${1:-300}
PORT=8212
B="http://localhost:$PORT"
WORK=$(mktemp -d /tmp/ledger-soak.XXXXXX)
trap 'bench_cleanup; rm -rf "$WORK"' EXIT
trap 'exit 130' INT TERM
ensure_wrk
[ -n "${BENCH_SKIP_BUILD:-}" ] || [ -f "$APP_JAR" ] || ./mvnw -B -q package -DskipTests

start_app "$APP_JAR" "$WORK/data" "$PWD/seeds" "$PORT" 256m
wait_for "$B/" 300 "$APP_PID" >/dev/null
PID=$APP_PID
ids=$(curl -s "$B/api/claims?size=12&sort=id" | grep -oE '"id":"[a-z0-9-]+","document' | sed -E 's/"id":"([^"]+)".*/\1/')
readers=$(echo "$ids" | head -10 | tr '\n' ' ')
writers=$(echo "$ids" | tail -2 | while read -r id; do printf '%s:%s,' "$id" "$(revision_of "$B" "$id")"; done)
doc=$(curl -s "$B/api/documents" | sed -E 's/.*"id":"([^"]+)".*/\1/' | head -1)
paths="/,/claims?status=FAILED,/scores,/themes,/api/claims?size=50,/api/comparison,/documents/$doc,/claims?q=treaty,/ledger-health"
for id in $readers; do paths="$paths,/claims/$id,/api/claims/$id"; done

heap() { jcmd "$PID" GC.run >/dev/null 2>&1; jcmd "$PID" GC.heap_info 2>/dev/null | sed -nE 's/.*heap +total [0-9]+K, used ([0-9]+)K.*/\1/p' | head -1; }
heap >"$WORK/heap"
BENCH_PATHS=$paths wrk -t2 -c8 -d"${SECONDS_TOTAL}s" --latency -s bench/lua/mixed.lua "$B" >"$WORK/reads" 2>&1 &
R=$!; BENCH_PIDS+=("$R")
BENCH_CLAIMS=${writers%,} BENCH_AUTH=$(printf 'admin:%s' "$ADMIN_PASSWORD" | base64) \
  wrk -t2 -c2 -d"${SECONDS_TOTAL}s" --latency -s bench/lua/verdicts.lua "$B" >"$WORK/writes" 2>&1 &
W=$!; BENCH_PIDS+=("$W")
end=$(( $(date +%s) + SECONDS_TOTAL ))
while [ "$(date +%s)" -lt "$end" ]; do
  sleep 30
  kill -0 "$PID" 2>/dev/null || { echo "the app died during the soak" >&2; exit 1; }
  heap >>"$WORK/heap"
done
wait "$R" "$W" || true
sleep 2
heap >>"$WORK/heap"
rss=$(rss_mb "$PID")
stop_app "$PID"

summary() { awk '
  function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
  /requests in/ { n = $1 } /Requests\/sec/ { rps = $2 } /^ +50%/ { p50 = ms($2) } /^ +99%/ { p99 = ms($2) }
  /Non-2xx/ { e += $NF } /Socket errors/ { gsub(/,/, ""); e += $4 + $6 + $8 + $10 }
  END { printf "%d requests (%.0f/s), p50 %.2f ms, p99 %.2f ms, %d failed", n, rps, p50, p99, e }' "$1"; }
failed() { summary "$1" | sed -E 's/.* ([0-9]+) failed/\1/'; }
samples=$(awk '{ printf "%s%.0f", (NR > 1 ? ", " : ""), $1 / 1024 }' "$WORK/heap")
growth=$(awk '{ v[NR] = $1 } END { t = int(NR / 3); if (t < 1) t = 1; for (i = 1; i <= t; i++) a += v[i]; for (i = NR - t + 1; i <= NR; i++) b += v[i]; a /= t; b /= t;
  printf "%s %.1f %.1f", (b <= a * 1.10 || b <= a + 8192) ? "flat" : "growing", a / 1024, b / 1024 }' "$WORK/heap")
errors=$(grep -c " ERROR " "$WORK/data/app.log" || true)
pass=yes
[ "$(failed "$WORK/reads")" = 0 ] && [ "$(failed "$WORK/writes")" = 0 ] && [ "${growth%% *}" = flat ] && [ "$errors" = 0 ] || pass=no
echo "### Soak ($(date -u '+%Y-%m-%d %H:%M UTC'); \`bench/soak.sh $SECONDS_TOTAL\`): $([ $pass = yes ] && echo passed || echo FAILED)"
echo
echo "${SECONDS_TOTAL} s on the real corpus under -Xmx256m; 8 connections reading $(echo "$paths" | tr ',' '\n' | wc -l) pages and API resources in turn, 2 writers recording verdicts at the same time."
echo
echo "- reads: $(summary "$WORK/reads")"
echo "- writes: $(summary "$WORK/writes") (a 409 would count as failed)"
echo "- heap after a full GC, every 30 s (MB): $samples — first third averages $(echo "$growth" | cut -d' ' -f2) MB, last third $(echo "$growth" | cut -d' ' -f3) MB: ${growth%% *}"
echo "- RSS at the end: $rss MB; ERROR lines in the log: $errors"
[ $pass = yes ]
