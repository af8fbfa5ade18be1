#!/usr/bin/env bash
# Whether H2 keeps each transaction whole across kill -9, without the app (H2KillCheck): ROUNDS
# rounds (default 20), each on a fresh file, of six writers committing "add a comment" (the row,
# the note's counter, a notification) for 2-4 s and killed with SIGKILL; then H2 opens the file
# and the three counts are compared. Prints each round and how many came back torn. App README,
# "H2 after kill -9", has the figures.
#   modules/app/src/bench/h2-kill-check.sh [rounds]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../../../.." && pwd)"
APP="$ROOT/modules/app"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/h2-kill.XXXX")"
(cd "$ROOT" && mvn -q -B install -DskipTests -DskipITs)
(cd "$APP" && mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/cp.txt")
CP="$APP/target/test-classes:$(cat "$WORK/cp.txt")"
torn=0
rounds=${1:-20}
for round in $(seq 1 "$rounds"); do
  rm -rf "$WORK/db"
  java -cp "$CP" org.notegarden.app.bench.H2KillCheck write "$WORK/db/check" > "$WORK/writer.log" 2>&1 &
  writer=$!
  sleep "$(python3 -c 'import random; print(round(random.uniform(2, 4), 2))')"
  kill -9 "$writer"; wait "$writer" 2>/dev/null || true
  result=$(java -cp "$CP" org.notegarden.app.bench.H2KillCheck check "$WORK/db/check")
  echo "round $round: $result"
  [[ "$result" == TORN* ]] && torn=$((torn + 1))
done
echo "$torn of $rounds rounds came back torn"
rm -rf "$WORK"
