#!/usr/bin/env bash
# What a Java API client on its defaults (HTTP/2 offered by upgrade, h2c) gets from a RUNNING
# server (start it as the README says): THREADS threads (default 6) each open CONNECTIONS new
# connections (default 300) to each of three answers of different sizes, and the answers are
# counted by what went wrong; then the same with clients pinned to HTTP/1.1. README, "API clients in Java", has the figures.
#   modules/app/src/bench/upgrade-offer-check.sh [base-url=http://localhost:8080] [threads] [connections]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../../../.." && pwd)"
APP="$ROOT/modules/app"
BASE="${1:-http://localhost:8080}"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/upgrade-offer.XXXX")"
(cd "$ROOT" && mvn -q -B install -DskipTests -DskipITs)
(cd "$APP" && mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/cp.txt")
for clients in default http1.1; do  # on their defaults, then pinned to HTTP/1.1 for comparison
  for path in /api/v1/openapi /api/v1/feed/latest /api/v1/i18n/locales; do
    java -cp "$APP/target/test-classes:$(cat "$WORK/cp.txt")" org.notegarden.app.bench.UpgradeOfferCheck \
      "$BASE$path" "${2:-6}" "${3:-300}" "$clients"
  done
done
rm -rf "$WORK"
