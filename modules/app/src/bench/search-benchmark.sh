#!/usr/bin/env bash
# Search benchmark: N generated bilingual notes (default 1,000,000) in a throw-away PostgreSQL;
# the Hibernate Search index built from them with the app's mapping and analysis (time, size,
# heap); then one query mix — Chinese, English and pinyin — through the index and through
# PostgreSQL full-text search on the same rows (tsvector + GIN, ranked by ts_rank), as p50/p99,
# queries/s and hit counts. Runs in one JVM on this machine; no app server involved.
# Usage (from the repository root):  modules/app/src/bench/search-benchmark.sh [notes] [seconds] [threads] [loading threads]
# (the last is how many threads read notes from the database while the index is built; default 2)
# BENCH_VOCABULARY=zipf draws the notes' words with real text's frequencies (a query word in a few
# percent of the notes) instead of from the small lifestyle lists (uniform: in 10-70 % of them).
# BENCH_JAVA_OPTS adds JVM options, e.g. a profiler: BENCH_JAVA_OPTS=-XX:StartFlightRecording=filename=/tmp/s.jfr
# or -Dbench.engines=count,PostgreSQL to run only the engines whose names contain one of these,
# or -Dbench.rounds=2 to measure every engine twice, in turn.
set -euo pipefail
NOTES=${1:-1000000}
SECONDS_PER_ENGINE=${2:-30}
THREADS=${3:-4}
LOADERS=${4:-2}
APP=$(cd "$(dirname "$0")/../.." && pwd)
ROOT=$(cd "$APP/../.." && pwd)
COMMUNITY="$ROOT/modules/community"
WORK="$APP/target/search-bench"
rm -rf "$WORK"; mkdir -p "$WORK"
[ -d /usr/lib/postgresql ] || { echo "installing PostgreSQL"; apt-get install -y -qq postgresql >/dev/null; }

echo "== building"
(cd "$ROOT" && mvn -q -B install -DskipTests -DskipITs)
(cd "$COMMUNITY" && mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/cp.txt")
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
"$APP/src/test/scripts/postgres.sh" start "$WORK/pg" "$PORT"
trap '"$APP/src/test/scripts/postgres.sh" stop "$WORK/pg"' EXIT

echo "== $NOTES notes, $SECONDS_PER_ENGINE s per engine after a warm-up, $THREADS threads"
java -Xmx3g -Dbench.vocabulary="${BENCH_VOCABULARY:-uniform}" ${BENCH_JAVA_OPTS:-} -cp "$COMMUNITY/target/test-classes:$COMMUNITY/target/classes:$(cat "$WORK/cp.txt")" \
  org.notegarden.community.internal.search.SearchBench "jdbc:postgresql://127.0.0.1:$PORT/notegarden" notegarden notegarden \
  "$NOTES" "$WORK/index" "$SECONDS_PER_ENGINE" "$THREADS" "$LOADERS" 2>"$WORK/bench.log"
