#!/usr/bin/env bash
# A private PostgreSQL cluster on loopback for CI and local runs: `start DIR PORT` initialises (as the `postgres`
# user when run as root) and starts it, then creates the role `ledger` (password `ledger`) and the database
# `ledger`; `stop DIR` stops it. Debian's binaries live under /usr/lib/postgresql/<version>/bin.
set -euo pipefail

command=${1:?usage: postgres.sh start DIR PORT | stop DIR}
dir=${2:?data and socket folder}
port=${3:-55432}

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$bin" ]; then
  bin=$(dirname "$(command -v pg_ctl)")
fi

as_owner() {
  if [ "$(id -u)" = 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

case "$command" in
  start)
    mkdir -p "$dir"
    if [ "$(id -u)" = 0 ]; then chown postgres:postgres "$dir"; fi
    if [ ! -f "$dir/data/PG_VERSION" ]; then
      as_owner "$bin/initdb" -D "$dir/data" -U postgres -A trust --no-sync -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log"
    fi
    # a port just released by another program can refuse the bind for a while: try a few times
    for attempt in 1 2 3 4; do
      if as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
          -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null; then
        break
      fi
      [ "$attempt" = 4 ] && { tail -n 5 "$dir/server.log" >&2; exit 1; }
      sleep 20
    done
    psql=(psql -h 127.0.0.1 -p "$port" -U postgres -v ON_ERROR_STOP=1 -q)
    "${psql[@]}" -d postgres -tc "select 1 from pg_roles where rolname = 'ledger'" | grep -q 1 \
      || "${psql[@]}" -d postgres -c "create user ledger with password 'ledger'"
    "${psql[@]}" -d postgres -tc "select 1 from pg_database where datname = 'ledger'" | grep -q 1 \
      || "${psql[@]}" -d postgres -c "create database ledger owner ledger encoding 'UTF8'"
    echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port, database ledger, user ledger"
    ;;
  stop)
    if [ -f "$dir/data/postmaster.pid" ]; then
      as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true
    fi
    ;;
  *)
    echo "usage: postgres.sh start DIR PORT | stop DIR" >&2
    exit 2
    ;;
esac
