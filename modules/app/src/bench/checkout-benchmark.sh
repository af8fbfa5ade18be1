#!/usr/bin/env bash
# Checkout benchmark on H2 and on PostgreSQL (crash-safe settings, fsync on): for each database a
# fresh server with the example plugins, then CheckoutBench measures
#   throughput   CLIENTS buyers checking out one unit each, back to back, for SECONDS
#   flash sale   BUYERS buyers released at once on a product with UNITS units (must sell exactly UNITS)
# Usage (from the repository root):
#   [BENCH_VARIANTS=n] modules/app/src/bench/checkout-benchmark.sh [h2|postgres|both] [clients] [seconds] [buyers] [units]
# The throughput buyers all buy one variant (a popular product: every checkout queues on its row
# lock), or spread over n products with BENCH_VARIANTS=n. They warm the server up first, until its
# JIT has stopped compiling (printed per round).
set -euo pipefail
WHICH=${1:-both}
CLIENTS=${2:-32}
SECONDS_PER_RUN=${3:-30}
BUYERS=${4:-2000}
UNITS=${5:-100}
APP=$(cd "$(dirname "$0")/../.." && pwd)
ROOT=$(cd "$APP/../.." && pwd)
WORK="$APP/target/bench-checkout"
rm -rf "$WORK"; mkdir -p "$WORK"

echo "== building"
(cd "$ROOT" && mvn -q -B install -DskipTests -DskipITs)
(cd "$APP" && mvn -q -B dependency:copy -Dartifact=fish.payara.extras:payara-micro:6.2025.10 -DoutputDirectory="$WORK" \
  && mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/cp.txt")
PG_DIR=""
SERVER=""
cleanup() {
  if [ -n "$SERVER" ]; then kill "$SERVER" 2>/dev/null || true; fi
  if [ -n "$PG_DIR" ]; then "$APP/src/test/scripts/postgres.sh" stop "$PG_DIR"; fi
}
trap cleanup EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

run() { # <label> <jdbc-url> <user> <password> <datasource-class>
  local label=$1 port
  port=$(free_port)
  echo "== $label: starting Payara Micro on 127.0.0.1:$port"
  NOTEGARDEN_DB_URL=$2 NOTEGARDEN_DB_USER=$3 NOTEGARDEN_DB_PASSWORD=$4 NOTEGARDEN_DB_DATASOURCE=$5 \
  NOTEGARDEN_ABUSE_SIGNUPS_PER_IP_HOUR=1000000 NOTEGARDEN_ABUSE_SIGNUPS_PER_SUBNET_HOUR=1000000 NOTEGARDEN_PLUGINS_DIR="$APP/target/plugins" NOTEGARDEN_DATA_DIR="$WORK/$label-data" \
  NOTEGARDEN_ADMIN_EMAIL=bench@example.org NOTEGARDEN_ADMIN_HANDLE=benchadmin NOTEGARDEN_ADMIN_PASSWORD=bench-admin-password \
  NOTEGARDEN_SECURITY_PBKDF2_ITERATIONS=20000 \
    java @"$ROOT/config/server.jvm" -Xmx1g -Djava.io.tmpdir="$WORK" -jar "$WORK"/payara-micro-*.jar --deploy "$APP/target/notegarden.war" \
      --contextroot / --port "$port" --nocluster --prebootcommandfile "$ROOT/config/single-node.asadmin" > "$WORK/$label-server.log" 2>&1 &
  SERVER=$!
  for _ in $(seq 1 180); do
    curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1 && break
    sleep 1
  done
  echo "== $label: measuring ($CLIENTS clients for ${SECONDS_PER_RUN}s, then $BUYERS buyers for $UNITS units)"
  # The server's pid lets the client warm up until the server's JIT has stopped compiling.
  BENCH_VARIANTS=${BENCH_VARIANTS:-1} java -Dbench.server.pid="$SERVER" -cp "$APP/target/test-classes:$(cat "$WORK/cp.txt")" org.notegarden.app.bench.CheckoutBench \
    "http://127.0.0.1:$port" "$CLIENTS" "$SECONDS_PER_RUN" "$BUYERS" "$UNITS" 2>&1 | sed -u "s/^/$label  /"
  echo "$label  server RSS: $(ps -o rss= -p "$SERVER" | awk '{printf "%d MB", $1/1024}')"
  kill "$SERVER"; wait "$SERVER" 2>/dev/null || true
  SERVER=
}

if [ "$WHICH" != postgres ]; then
  run h2 "jdbc:h2:file:$WORK/h2/notegarden;DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000" sa "" org.notegarden.app.RecoveringH2DataSource
fi
if [ "$WHICH" != h2 ]; then
  "$APP/src/test/scripts/install-test-tools.sh"
  PG_PORT=$(free_port)
  PG_DIR="$WORK/pg"
  "$APP/src/test/scripts/postgres.sh" start "$PG_DIR" "$PG_PORT" durable
  run postgres "jdbc:postgresql://127.0.0.1:$PG_PORT/notegarden" notegarden notegarden org.postgresql.ds.PGSimpleDataSource
fi
