#!/usr/bin/env bash
# Starts or stops a throw-away PostgreSQL cluster on a loopback port, for the PostgreSQL IT run.
#   postgres.sh start <dir> <port> [durable]   creates role/database notegarden (password notegarden);
#                                    tests run without fsync for speed and with pg_stat_statements
#                                    (statement counts), "durable" keeps PostgreSQL's crash-safe
#                                    defaults and nothing extra (for benchmarks; PG_STATEMENTS=1
#                                    adds pg_stat_statements to them)
#   postgres.sh stop <dir>
set -euo pipefail
cmd=$1 dir=$2
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
case "$cmd" in
  start)
    port=$3
    rm -rf "$dir"; mkdir -p "$dir/sock"
    # The postgres user must be able to enter every parent directory of the cluster.
    if [ "$(id -u)" -eq 0 ]; then
      chown -R postgres "$dir"
      p="$dir"; while [ "$p" != "/" ]; do chmod o+x "$p" 2>/dev/null || true; p=$(dirname "$p"); done
    fi
    as_pg "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --no-locale >/dev/null
    # Tests: no fsync, and pg_stat_statements (nested statements too, such as foreign-key checks),
    # so an IT can count the statements a request costs.
    speed="-c fsync=off -c synchronous_commit=off -c shared_preload_libraries=pg_stat_statements -c pg_stat_statements.track=all"
    # How often each statement was planned too, so an IT can tell a statement that keeps its plan.
    speed="$speed -c pg_stat_statements.track_planning=on"
    if [ -n "${PG_PLAN_AUDIT:-}" ]; then
      # plan-audit.sh: every statement's plan in the log (foreign-key checks too), and sequential
      # scans only where no index can answer, so the log shows which look-ups have no index.
      speed="-c fsync=off -c synchronous_commit=off -c shared_preload_libraries=pg_stat_statements,auto_explain"
      speed="$speed -c pg_stat_statements.track=all -c enable_seqscan=off -c auto_explain.log_min_duration=0"
      speed="$speed -c auto_explain.log_nested_statements=on"
    fi
    if [ "${4:-}" = durable ]; then
      speed=""
      # benchmark.sh PG_STATEMENTS=1: crash-safe defaults kept, statements counted (top level only,
      # as an application sees them).
      if [ -n "${PG_STATEMENTS:-}" ]; then speed="-c shared_preload_libraries=pg_stat_statements"; fi
    fi
    as_pg "$bin/pg_ctl" -D "$dir/data" -l "$dir/postgres.log" -w \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $dir/sock $speed -c max_connections=200" start >/dev/null
    as_pg "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -q -c "CREATE ROLE notegarden LOGIN PASSWORD 'notegarden'" \
      -c "CREATE DATABASE notegarden OWNER notegarden ENCODING 'UTF8'"
    if [ "${4:-}" != durable ] || [ -n "${PG_STATEMENTS:-}" ]; then
      as_pg "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -d notegarden -q -c "CREATE EXTENSION pg_stat_statements"
    fi
    echo "PostgreSQL up on 127.0.0.1:$port"
    ;;
  stop)
    if [ -d "$dir/data" ]; then as_pg "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true; fi
    ;;
  *) echo "usage: $0 start <dir> <port> | stop <dir>" >&2; exit 2 ;;
esac
