#!/usr/bin/env bash
# The benchmark, in one run: builds the app and the bare baseline, measures start-up (as a ratio to the
# baseline), throughput and latency on the real corpus, verdict writes, synthetic corpora of growing size, the
# full-disk fault and a soak, and writes bench/results.md. Fully automatic, bounded, localhost only.
# Usage: bench/run.sh                      (the whole run, about 15 minutes on a quiet 2-core machine)
# Knobs: BENCH_DURATION=10 (s per wrk run)  BENCH_SIZES="1000 10000 100000"  BENCH_SOAK_SECONDS=300
#        BENCH_STARTS=3 (starts per start-up figure)  BENCH_SKIP_BUILD=1  BENCH_FAULTS=0 (skip full disk + soak)
#        BENCH_LOAD_LIMIT=900 (s allowed for one corpus to load; past it, that size is reported as failed)
#        BENCH_ENGINES="h2 postgres" (the default when Debian's PostgreSQL is installed: start-up and the real corpus
#        are measured on both; PostgreSQL runs in a private cluster on 127.0.0.1:BENCH_PG_PORT, default 55433)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh

DURATION=${BENCH_DURATION:-10}
SIZES=${BENCH_SIZES:-"1000 10000 100000"}
SOAK=${BENCH_SOAK_SECONDS:-300}
STARTS=${BENCH_STARTS:-3}
LOAD_LIMIT=${BENCH_LOAD_LIMIT:-900}   # s a synthetic corpus may take to load before its size is reported as failed
PORT=8201
WORK=$(mktemp -d /tmp/ledger-bench.XXXXXX)
chmod 755 "$WORK"   # the PostgreSQL cluster's folder inside it belongs to the postgres user
RESULTS=bench/results.md
RAW=$WORK/raw.txt
BEGIN=$(now_ms)
trap 'bench_cleanup; rm -rf "$WORK"' EXIT
trap 'exit 130' INT TERM
log() { echo "[$(( ($(now_ms) - BEGIN) / 1000 )) s] $*"; }

ensure_wrk
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
ENGINES=${BENCH_ENGINES:-h2${PG_BIN:+ postgres}}
PG_PORT=${BENCH_PG_PORT:-55433}
PG_JAR=$PWD/target/bench-pg-app/quarkus-run.jar
on_postgres() { [[ " $ENGINES " == *" postgres "* ]]; }
if [ -z "${BENCH_SKIP_BUILD:-}" ] && on_postgres; then
  log "building the PostgreSQL variant (-Dquarkus.profile=postgres)"
  ./mvnw -B -q package -DskipTests -Dquarkus.profile=postgres
  rm -rf target/bench-pg-app && cp -r target/quarkus-app target/bench-pg-app
fi
if on_postgres; then
  [ -f "$PG_JAR" ] || { echo "no PostgreSQL build in target/bench-pg-app: run without BENCH_SKIP_BUILD" >&2; exit 1; }
  log "a private PostgreSQL cluster on 127.0.0.1:$PG_PORT"
  .ci/postgres.sh start "$WORK/pg" "$PG_PORT" >/dev/null
  trap 'bench_cleanup; .ci/postgres.sh stop "$WORK/pg"; rm -rf "$WORK"' EXIT
  PG_VERSION=$(psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -tA -d postgres -c 'show server_version')
fi
# pg_fresh <database>: an empty database owned by ledger
pg_fresh() {
  psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -q -v ON_ERROR_STOP=1 -d postgres \
    -c "drop database if exists $1" -c "create database $1 owner ledger" >/dev/null
}
# start_on <engine> <data dir> <seeds> <heap> [JVM options]: the app on H2 (its file in the data dir) or on the
# PostgreSQL database ledger_bench; sets APP_PID
start_on() {
  local engine=$1 data=$2 seeds=$3 heap=$4
  shift 4
  if [ "$engine" = h2 ]; then
    start_app "$APP_JAR" "$data" "$seeds" "$PORT" "$heap" "$@"
  else
    mkdir -p "$data"
    (cd "$data" && exec env QUARKUS_PROFILE=postgres QUARKUS_HTTP_PORT="$PORT" LEDGER_DATA_DIR="$data" \
      LEDGER_ADMIN_PASSWORD="$ADMIN_PASSWORD" LEDGER_SEEDS_DIR="$seeds" \
      QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/ledger_bench" \
      QUARKUS_DATASOURCE_USERNAME=ledger QUARKUS_DATASOURCE_PASSWORD=ledger \
      java "-Xmx$heap" "$@" -jar "$PG_JAR" >>"$data/app.log" 2>&1) &
    APP_PID=$!
    BENCH_PIDS+=("$APP_PID")
  fi
}
if [ -z "${BENCH_SKIP_BUILD:-}" ]; then
  log "building the app and the baseline (prod jars)"
  # AppCDS archives are built beside each jar (Quarkus starts the app once at build time to record its classes)
  ./mvnw -B -q package -DskipTests -Dquarkus.package.jar.appcds.enabled=true
  ./mvnw -B -q -f bench/baseline/pom.xml package -DskipTests -Dquarkus.package.jar.appcds.enabled=true
fi

median() { percentile 50; }

# ---------------------------------------------------------------- start-up
# start_time <jar> <data dir> <seeds> [JVM options]: ms from launch to the first 200 on /, and the RSS then
# (sets START_MS, START_RSS)
start_time() {
  local t0 jar=$1 data=$2 seeds=$3
  shift 3
  t0=$(now_ms)
  start_app "$jar" "$data" "$seeds" "$PORT" 256m "$@"
  wait_for "http://localhost:$PORT/" 300 "$APP_PID" >/dev/null
  START_MS=$(( $(now_ms) - t0 ))
  START_RSS=$(rss_mb "$APP_PID")
  stop_app "$APP_PID"
}
log "start-up: $STARTS first and second starts of the baseline and of the app (real corpus, -Xmx256m), without and with AppCDS"
for kind in base app base-cds app-cds; do
  jar=$BASE_JAR; seeds=-; opts=()
  case $kind in app*) jar=$APP_JAR; seeds=$PWD/seeds ;; esac
  case $kind in *-cds)
    [ -f "$(dirname "$jar")/app-cds.jsa" ] || continue
    opts=("-XX:SharedArchiveFile=$(dirname "$jar")/app-cds.jsa" -Xshare:auto) ;;
  esac
  for i in $(seq 1 "$STARTS"); do
    rm -rf "$WORK/start-$kind"
    start_time "$jar" "$WORK/start-$kind" "$seeds" "${opts[@]}"; echo "$kind first $START_MS $START_RSS" >>"$RAW"
    start_time "$jar" "$WORK/start-$kind" "$seeds" "${opts[@]}"; echo "$kind second $START_MS $START_RSS" >>"$RAW"
  done
done
# pg_start_time: like start_time, for the PostgreSQL build on ledger_bench
pg_start_time() {
  local t0
  t0=$(now_ms)
  start_on postgres "$WORK/start-pg" "$PWD/seeds" 256m
  wait_for "http://localhost:$PORT/" 300 "$APP_PID" >/dev/null
  START_MS=$(( $(now_ms) - t0 ))
  START_RSS=$(rss_mb "$APP_PID")
  stop_app "$APP_PID"
}
if on_postgres; then
  for i in $(seq 1 "$STARTS"); do
    pg_fresh ledger_bench
    rm -rf "$WORK/start-pg"
    pg_start_time; echo "pg first $START_MS $START_RSS" >>"$RAW"
    pg_start_time; echo "pg second $START_MS $START_RSS" >>"$RAW"
  done
fi
startup() { awk -v k="$1" -v w="$2" -v c="$3" '$1 == k && $2 == w { print $c }' "$RAW" | median; }
BASE_FIRST=$(startup base first 3); BASE_SECOND=$(startup base second 3)
APP_FIRST=$(startup app first 3); APP_SECOND=$(startup app second 3)
BASE_RSS=$(startup base second 4); APP_RSS=$(startup app second 4)
CBASE_FIRST=$(startup base-cds first 3); CBASE_SECOND=$(startup base-cds second 3)
CAPP_FIRST=$(startup app-cds first 3); CAPP_SECOND=$(startup app-cds second 3)
PG_FIRST=$(startup pg first 3); PG_SECOND=$(startup pg second 3); PG_START_RSS=$(startup pg second 4)
grep -h "Seeds" "$WORK"/start-app/app.log | sed -E 's/.*\(main\) //' | tail -2 >"$WORK/seedlog.txt" || true

# ---------------------------------------------------------------- the real corpus
# real_corpus <engine>: throughput and latency of the pages, the uncached dashboard, verdict writes; lines in $RAW
# tagged with the engine
real_corpus() {
  local engine=$1 path label rev i id writers writes
  log "real corpus on $engine: throughput and latency at 32 connections, ${DURATION} s each, -Xmx256m"
  rm -rf "$WORK/real-$engine"
  [ "$engine" = postgres ] && pg_fresh ledger_bench
  start_on "$engine" "$WORK/real-$engine" "$PWD/seeds" 256m
  wait_for "http://localhost:$PORT/" 300 "$APP_PID" >/dev/null
  local pid=$APP_PID B="http://localhost:$PORT"
  CLAIM=$(curl -s "$B/api/claims?status=FAILED&size=1" | sed -E 's/.*"id":"([^"]+)".*/\1/' | head -1)
  LARGEST=$(curl -s "$B/api/documents" | tr '{' '\n' | sed -nE 's/.*"id":"([^"]+)".*"claimCount":([0-9]+).*/\2 \1/p' | sort -n | tail -1 | cut -d' ' -f2)
  PAGES=("static stylesheet|/css/app.css" "dashboard /|/" "claims?status=FAILED|/claims?status=FAILED" "claim page|/claims/$CLAIM"
    "largest document|/documents/$LARGEST" "api/claims?size=50|/api/claims?size=50" "api/comparison|/api/comparison")
  for page in "${PAGES[@]}"; do
    wrk -t2 -c32 -d3s "$B${page#*|}" >/dev/null 2>&1 || true   # warm-up
  done
  for page in "${PAGES[@]}"; do
    label=${page%%|*}; path=${page#*|}
    echo "page|$label|$path|$(wrk_run x "$B$path" 32 "$DURATION" | cut -d' ' -f2-)|$engine" >>"$RAW"
  done

  log "uncached dashboard on $engine: the first / after each of 40 verdict changes (after 10 unmeasured ones)"
  : >"$WORK/uncached-$engine.txt"
  for i in $(seq 1 10); do
    rev=$(revision_of "$B" "$CLAIM")
    post_verdict "$B" "$CLAIM" "$rev" FAILED >/dev/null
    time_get "$B/" >/dev/null
  done
  for i in $(seq 1 40); do
    rev=$(revision_of "$B" "$CLAIM")
    [ "$(post_verdict "$B" "$CLAIM" "$rev" FAILED)" = 201 ] || echo "verdict write failed" >&2
    time_get "$B/" >>"$WORK/uncached-$engine.txt"
  done
  echo "uncached|$engine|$(percentile 50 <"$WORK/uncached-$engine.txt")|$(percentile 99 <"$WORK/uncached-$engine.txt")" >>"$RAW"

  log "verdict writes on $engine: 8 writers on 8 claims, ${DURATION} s"
  writers=""
  for id in $(curl -s "$B/api/claims?size=8&sort=id" | grep -oE '"id":"[a-z0-9-]+","document' | sed -E 's/"id":"([^"]+)".*/\1/'); do
    writers="$writers${writers:+,}$id:$(revision_of "$B" "$id")"
  done
  writes=$(BENCH_CLAIMS=$writers BENCH_AUTH=$(printf 'admin:%s' "$ADMIN_PASSWORD" | base64) \
    wrk -t8 -c8 -d"${DURATION}s" --latency -s bench/lua/verdicts.lua "$B/" 2>&1 | awk '
      function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
      /Requests\/sec/ { rps = $2 } /^ +50%/ { p50 = ms($2) } /^ +99%/ { p99 = ms($2) } /Non-2xx/ { e = $NF }
      END { printf "%.0f|%.2f|%.2f|%d\n", rps, p50, p99, e + 0 }')
  echo "writes|$engine|$writes" >>"$RAW"
  echo "rss|$engine|$(rss_mb "$pid")" >>"$RAW"
  stop_app "$pid"
}
for engine in $ENGINES; do
  real_corpus "$engine"
done
UNCACHED_P50=$(awk -F'|' '$1 == "uncached" && $2 == "h2" { print $3 }' "$RAW")
UNCACHED_P99=$(awk -F'|' '$1 == "uncached" && $2 == "h2" { print $4 }' "$RAW")
REAL_RSS=$(awk -F'|' '$1 == "rss" && $2 == "h2" { print $3 }' "$RAW")

# ---------------------------------------------------------------- synthetic corpora
for n in $SIZES; do
  corpus=target/bench-corpus/$n
  stamp=$(sha256sum bench/corpus/GenerateCorpus.java | cut -c1-16)
  if [ "$(cat "$corpus/.stamp" 2>/dev/null)" != "$stamp" ]; then
    log "generating the synthetic corpus of $n claims"
    rm -rf "$corpus"; mkdir -p "$corpus"
    java bench/corpus/GenerateCorpus.java "$n" "$corpus"
    echo "$stamp" >"$corpus/.stamp"
  fi
  rm -f "$corpus/.stamp.tmp"
  log "$n claims: load, RSS and latencies (-Xmx512m)"
  data=$WORK/syn-$n; rm -rf "$data"
  t0=$(now_ms)
  start_app "$APP_JAR" "$data" "$PWD/$corpus" "$PORT" 512m
  peak=0
  failed=""
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$PORT/q/health/ready")" = 200 ]; do
    kill -0 "$APP_PID" 2>/dev/null || { failed="the app died loading (see its log: $(grep -m1 -E 'OutOfMemory|ERROR' "$data/app.log" | cut -c1-120))"; break; }
    r=$(rss_mb "$APP_PID"); [ "$r" -gt "$peak" ] && peak=$r
    [ $(( $(now_ms) - t0 )) -gt $(( LOAD_LIMIT * 1000 )) ] && { failed="not ready after $LOAD_LIMIT s"; break; }
    sleep 0.5
  done
  if [ -n "$failed" ]; then
    log "$n claims: $failed"
    echo "sizefail|$n|$failed|$peak" >>"$RAW"
    stop_app "$APP_PID"
    continue
  fi
  ready=$(( $(now_ms) - t0 ))
  loadms=$(sed -nE 's/.*Seeds loaded .* in ([0-9]+) ms.*/\1/p' "$data/app.log" | tail -1)
  B="http://localhost:$PORT"
  first=$(time_get "$B/")
  last=$(( (n / 100 > 3 ? n / 100 : 3) - 1 ))
  for i in $(seq 1 10); do   # warm-up: the same kinds of page, other claims than the ones measured
    time_get "$B/" >/dev/null; time_get "$B/claims?q=pipeline" >/dev/null
    time_get "$B/claims/$(printf 'syn-%05d-%03d' "$last" "$i")" >/dev/null
  done
  : >"$WORK/dash-$n"; : >"$WORK/dashu-$n"; : >"$WORK/search-$n"; : >"$WORK/claim-$n"
  syn=syn-00000-001
  for i in $(seq 1 30); do
    time_get "$B/" >>"$WORK/dash-$n"
    time_get "$B/claims?q=pipeline" >>"$WORK/search-$n"
    d=$(( (i * 7919) % (n / 100 > 3 ? n / 100 : 3) )); c=$(( (i * 31) % 100 % (n < 300 ? n / 3 : 100) ))
    time_get "$B/claims/$(printf 'syn-%05d-%03d' "$d" "$c")" >>"$WORK/claim-$n"
  done
  for i in $(seq 1 20); do
    rev=$(revision_of "$B" "$syn")
    post_verdict "$B" "$syn" "$rev" >/dev/null
    time_get "$B/" >>"$WORK/dashu-$n"
  done
  r=$(rss_mb "$APP_PID"); [ "$r" -gt "$peak" ] && peak=$r
  stop_app "$APP_PID"
  t0=$(now_ms)
  start_app "$APP_JAR" "$data" "$PWD/$corpus" "$PORT" 512m
  wait_for "$B/" 600 "$APP_PID" >/dev/null
  second=$(( $(now_ms) - t0 ))
  r=$(rss_mb "$APP_PID"); [ "$r" -gt "$peak" ] && peak=$r
  stop_app "$APP_PID"
  echo "size|$n|$loadms|$ready|$second|$peak|$first|$(percentile 50 <"$WORK/dash-$n")|$(percentile 50 <"$WORK/dashu-$n")|$(percentile 50 <"$WORK/search-$n")|$(percentile 50 <"$WORK/claim-$n")|$(du -sm "$data" | cut -f1)" >>"$RAW"
done

# ---------------------------------------------------------------- faults
FAULTS=""
if [ "${BENCH_FAULTS:-1}" != 0 ]; then
  log "full disk"
  FAULTS+=$(BENCH_SKIP_BUILD=1 bench/full-disk.sh 2>&1 | sed -n '/^### /,$p') || FAULTS+=$'\n(full-disk.sh failed: see its output)'
  FAULTS+=$'\n\n'
  log "soak: ${SOAK} s of mixed reads and writes"
  FAULTS+=$(BENCH_SKIP_BUILD=1 bench/soak.sh "$SOAK" 2>&1 | sed -n '/^### /,$p') || FAULTS+=$'\n(soak.sh failed: see its output)'
fi

# ---------------------------------------------------------------- report
TOTAL_S=$(( ($(now_ms) - BEGIN) / 1000 ))
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
log "writing $RESULTS"
CEILING=$(awk -F'|' '$1 == "page" && $5 == "h2" && $2 == "static stylesheet" { split($4, f, " "); print f[1] }' "$RAW")
# field <page label> <index> [engine]: requests/s (1), p50 (2), p99 (3) or errors (4) of a page, on H2 by default
field() { awk -F'|' -v l="$1" -v i="$2" -v e="${3:-h2}" '$1 == "page" && $5 == e && $2 == l { split($4, f, " "); print f[i] }' "$RAW"; }
sizefield() { awk -F'|' -v n="$1" -v i="$2" '$1 == "size" && $2 == n { print $i }' "$RAW"; }
verdict() { awk -v v="$1" -v t="$2" -v dir="$3" 'BEGIN { ok = (dir == "le") ? (v + 0 <= t + 0) : (v + 0 >= t + 0); print (v == "" || v == "NaN") ? "not measured" : (ok ? "met" : "**missed**") }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b + 0 == 0) print "NaN"; else printf "%.2f", a / b }'; }
BIG=$(echo "$SIZES" | tr ' ' '\n' | sort -n | tail -1)
{
  echo "# Benchmark results"
  echo
  echo "Written by \`bench/run.sh\` on $(date -u '+%Y-%m-%d %H:%M UTC'); the whole run took ${TOTAL_S} s."
  echo
  echo "## Machine and versions"
  echo
  echo "- CPU: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(nproc) cores; RAM $(free -g | awk '/Mem:/ { print $2 }') GB"
  echo "- Load average (1, 5, 15 min) before the run: $LOAD_BEFORE; after: $LOAD_AFTER${BENCH_NOTE:+. $BENCH_NOTE}"
  echo "- $(java -version 2>&1 | head -2 | tail -1); Quarkus $(sed -nE 's/.*<quarkus.platform.version>(.*)<.*/\1/p' pom.xml); $(wrk -v 2>&1 | head -1 | cut -d' ' -f1-2); commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')"
  echo "- JVM options: real corpus \`-Xmx256m\`; synthetic corpora \`-Xmx512m\`; otherwise the JVM's defaults. wrk \`-t2 -c32 -d${DURATION}s\`, no compression asked for."
  echo
  echo "## Targets"
  echo
  echo "Judged on H2, the default engine; PostgreSQL's figures are beside them below."
  echo
  echo "| Target | Measured | |"
  echo "| --- | --- | --- |"
  r=$(ratio "$(field 'dashboard /' 1)" "$CEILING")
  echo "| cached dashboard ≥ 0.9 × the static ceiling's requests/s | $r ($(field 'dashboard /' 1) vs $CEILING req/s) | $(verdict "$r" 0.9 ge) |"
  echo "| cached dashboard p99 ≤ 15 ms (32 connections) | $(field 'dashboard /' 3) ms | $(verdict "$(field 'dashboard /' 3)" 15 le) |"
  echo "| uncached dashboard after a verdict change, p50 ≤ 20 ms (real corpus) | $UNCACHED_P50 ms (p99 $UNCACHED_P99 ms) | $(verdict "$UNCACHED_P50" 20 le) |"
  r=$(ratio "$APP_SECOND" "$BASE_SECOND")
  echo "| second start (unchanged seeds) ≤ 1.2 × the bare baseline | $r ($APP_SECOND ms vs $BASE_SECOND ms) | $(verdict "$r" 1.2 le) |"
  r=$(ratio "$APP_FIRST" "$BASE_FIRST")
  echo "| first start (empty database) ≤ 1.5 × the bare baseline | $r ($APP_FIRST ms vs $BASE_FIRST ms) | $(verdict "$r" 1.5 le) |"
  if [ "$CAPP_FIRST" != NaN ]; then
    r=$(ratio "$CAPP_SECOND" "$BASE_SECOND")
    echo "| second start with AppCDS (\`-XX:SharedArchiveFile\`) ≤ 1.2 × the plain bare baseline | $r ($CAPP_SECOND ms) | $(verdict "$r" 1.2 le) |"
    r=$(ratio "$CAPP_FIRST" "$BASE_FIRST")
    echo "| first start with AppCDS ≤ 1.5 × the plain bare baseline | $r ($CAPP_FIRST ms) | $(verdict "$r" 1.5 le) |"
  fi
  echo "| $BIG claims: dashboard p50 ≤ 50 ms, cached | $(sizefield "$BIG" 8) ms | $(verdict "$(sizefield "$BIG" 8)" 50 le) |"
  echo "| $BIG claims: dashboard p50 ≤ 50 ms, uncached (after a verdict) | $(sizefield "$BIG" 9) ms | $(verdict "$(sizefield "$BIG" 9)" 50 le) |"
  echo "| $BIG claims: text search p50 ≤ 100 ms | $(sizefield "$BIG" 10) ms | $(verdict "$(sizefield "$BIG" 10)" 100 le) |"
  echo "| $BIG claims: claim page p50 ≤ 20 ms | $(sizefield "$BIG" 11) ms | $(verdict "$(sizefield "$BIG" 11)" 20 le) |"
  echo "| $BIG claims: seed load ≤ 60 s | $(awk -v v="$(sizefield "$BIG" 3)" 'BEGIN { printf "%.1f", v / 1000 }') s | $(verdict "$(sizefield "$BIG" 3)" 60000 le) |"
  echo "| $BIG claims: process RSS ≤ 768 MB under -Xmx512m (peak seen) | $(sizefield "$BIG" 6) MB | $(verdict "$(sizefield "$BIG" 6)" 768 le) |"
  echo "| real corpus within -Xmx256m | served the whole run under -Xmx256m, RSS $REAL_RSS MB | met |"
  echo
  echo "## Start-up (median of $STARTS, launch to the first 200 on /)"
  echo
  echo "| | first start (empty database) | second start (same data) | RSS after second start |"
  echo "| --- | --- | --- | --- |"
  echo "| bare baseline (bench/baseline) | $BASE_FIRST ms | $BASE_SECOND ms | $BASE_RSS MB |"
  echo "| Forecast Ledger, real corpus | $APP_FIRST ms ($(ratio "$APP_FIRST" "$BASE_FIRST") ×) | $APP_SECOND ms ($(ratio "$APP_SECOND" "$BASE_SECOND") ×) | $APP_RSS MB |"
  if [ "$CAPP_FIRST" != NaN ]; then
    echo "| bare baseline with AppCDS | $CBASE_FIRST ms | $CBASE_SECOND ms | |"
    echo "| Forecast Ledger with AppCDS | $CAPP_FIRST ms ($(ratio "$CAPP_FIRST" "$BASE_FIRST") × the plain baseline, $(ratio "$CAPP_FIRST" "$CBASE_FIRST") × the baseline with AppCDS) | $CAPP_SECOND ms ($(ratio "$CAPP_SECOND" "$BASE_SECOND") ×, $(ratio "$CAPP_SECOND" "$CBASE_SECOND") ×) | |"
  fi
  if [ "$PG_FIRST" != NaN ]; then
    echo "| Forecast Ledger on PostgreSQL $PG_VERSION (same machine) | $PG_FIRST ms ($(ratio "$PG_FIRST" "$BASE_FIRST") ×) | $PG_SECOND ms ($(ratio "$PG_SECOND" "$BASE_SECOND") ×) | $PG_START_RSS MB |"
  fi
  echo
  echo "Seed loader's log lines of the last two starts:"
  echo
  sed 's/^/    /' "$WORK/seedlog.txt"
  echo
  echo "## Real corpus, 32 connections (-Xmx256m)"
  echo
  echo "Each engine's × ceiling is against its own run's static stylesheet.${PG_VERSION:+ PostgreSQL $PG_VERSION runs on the same 2 cores (fsync off, loopback).}"
  echo
  if on_postgres; then
    echo "| Page | H2 requests/s | × ceiling | p50 ms | p99 ms | errors | PostgreSQL requests/s | × ceiling | p50 ms | p99 ms | errors |"
    echo "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"
  else
    echo "| Page | Requests/s | × ceiling | p50 ms | p99 ms | errors |"
    echo "| --- | --- | --- | --- | --- | --- |"
  fi
  awk -F'|' -v engines="$ENGINES" '
    $1 == "page" { split($4, f, " "); key = $2 " (`" $3 "`)"; if (!(key in seen)) { seen[key] = 1; order[++n] = key }
                   rps[key, $5] = f[1]; p50[key, $5] = f[2]; p99[key, $5] = f[3]; err[key, $5] = f[4]
                   if ($2 == "static stylesheet") ceiling[$5] = f[1] }
    END { m = split(engines, e, " ")
          for (i = 1; i <= n; i++) { line = "| " order[i]
            for (j = 1; j <= m; j++) { k = order[i] SUBSEP e[j]
              line = line sprintf(" | %s | %.2f | %s | %s | %s", rps[k], (ceiling[e[j]] > 0 ? rps[k] / ceiling[e[j]] : 0), p50[k], p99[k], err[k]) }
            print line " |" } }' "$RAW"
  line="| verdict writes, 8 writers on 8 claims (\`POST /api/claims/{id}/verdicts\`)"
  for engine in $ENGINES; do
    IFS='|' read -r wrps wp50 wp99 werr <<<"$(awk -F'|' -v e="$engine" '$1 == "writes" && $2 == e { print $3 "|" $4 "|" $5 "|" $6 }' "$RAW")"
    line="$line | $wrps | | $wp50 | $wp99 | $werr non-201"
  done
  echo "$line |"
  line="| first / after a verdict change (uncached; one client, 40 changes after 10 for warm-up)"
  for engine in $ENGINES; do
    line="$line | | | $(awk -F'|' -v e="$engine" '$1 == "uncached" && $2 == e { print $3 " | " $4 }' "$RAW") |"
  done
  echo "$line"
  echo "| RSS after the run$(for engine in $ENGINES; do printf ' | %s MB | | | |' "$(awk -F'|' -v e="$engine" '$1 == "rss" && $2 == e { print $3 }' "$RAW")"; done) |"
  echo
  echo "## Synthetic corpora (-Xmx512m; latencies from one client, 30 requests after warm-up)"
  echo
  echo "| Claims | Seed load | Start to ready | Second start | Peak RSS | Data dir | First / | / cached p50 | / after a verdict p50 | search p50 | claim page p50 |"
  echo "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"
  awk -F'|' '$1 == "size" { printf "| %s | %.1f s | %.1f s | %.1f s | %s MB | %s MB | %s ms | %s ms | %s ms | %s ms | %s ms |\n", $2, $3 / 1000, $4 / 1000, $5 / 1000, $6, $12, $7, $8, $9, $10, $11 }
    $1 == "sizefail" { printf "| %s | **failed: %s** (peak RSS %s MB) | | | | | | | | | |\n", $2, $3, $4 }' "$RAW"
  echo
  echo "Search is \`/claims?q=pipeline\` (about one claim in fifteen matches; the page shows 50). Seed load per 1,000 claims:"
  awk -F'|' '$1 == "size" { printf " %s claims %.2f s;", $2, $3 / $2 }' "$RAW"
  echo
  if [ -n "$FAULTS" ]; then
    echo
    echo "## Faults"
    echo
    echo "$FAULTS"
  fi
} >"$RESULTS"
log "done in ${TOTAL_S} s; see $RESULTS"
