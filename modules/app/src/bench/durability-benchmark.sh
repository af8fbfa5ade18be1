#!/usr/bin/env bash
# What durable commits cost on the embedded H2: one-insert transactions against an H2 file with
# H2's default write delay (500 ms) and with WRITE_DELAY 0 (what Notegarden sets at every start),
# 1 and 4 threads, SECONDS each (default 10). Prints a Markdown table (commits/s, p50, p99).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../../../.." && pwd)"
APP="$ROOT/modules/app"
SECONDS_EACH="${1:-10}"
WORK="$(mktemp -d "$APP/target/durability-bench.XXXX")"
(cd "$ROOT" && mvn -q -B install -DskipTests -DskipITs)
(cd "$APP" && mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/cp.txt")
java -cp "$APP/target/test-classes:$(cat "$WORK/cp.txt")" org.notegarden.app.bench.CommitDurabilityBench "$WORK" "$SECONDS_EACH"
rm -rf "$WORK"
