#!/usr/bin/env bash
# Boot benchmark: the time from starting the JVM to the first answer (GET /api/v1/i18n/locales) on
# an empty H2 database, and the server's CPU time until then, RUNS times each way:
#   plain     java @config/server.jvm -jar payara-micro.jar --deploy notegarden.war   (as the README runs it)
#   archived  the same Payara Micro unpacked once into a root directory with its flat-classpath
#             launcher (--outputlauncher), started with a class-data archive of its classes that a
#             first start with --warmup wrote (-XX:ArchiveClassesAtExit): the JVM maps the classes
#             it parsed before instead of reading and verifying them again (README, "Start faster")
#   archived, C1 only   the same with -XX:TieredStopAtLevel=1: no optimising compiler (README,
#             "Start faster", for small machines; its cost in requests/s is in modules/app/README.md)
# Each start begins from the root directory's state right after --outputlauncher (its domain.xml
# kept then, no applications/): a root directory remembers the last deployed WAR and deploys that
# first, then replaces it with --deploy's (stale code answering, then 404s, for about 20 s). Every
# start is checked to have deployed exactly once.
# Usage (from the repository root): modules/app/src/bench/boot-benchmark.sh [runs]
set -euo pipefail
RUNS=${1:-3}
APP=$(cd "$(dirname "$0")/../.." && pwd)
ROOT=$(cd "$APP/../.." && pwd)
WORK="$APP/target/bench-boot"
rm -rf "$WORK"; mkdir -p "$WORK"

echo "== building"
(cd "$ROOT" && mvn -q -B install -DskipTests -DskipITs)
(cd "$APP" && mvn -q -B dependency:copy -Dartifact=fish.payara.extras:payara-micro:6.2025.10 -DoutputDirectory="$WORK")
JAR=$(ls "$WORK"/payara-micro-*.jar)
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
SERVER=""
trap '[ -z "$SERVER" ] || kill "$SERVER" 2>/dev/null || true' EXIT

# boot <label> <java options and jar...>: prints the seconds to the first answer
boot() {
  local label=$1; shift
  local run="$WORK/run-$label" port start
  rm -rf "$run"; mkdir -p "$run"
  port=$(free_port)
  start=$(date +%s.%N)
  java @"$ROOT/config/server.jvm" -Xmx512m -Dnotegarden.data.dir="$run/data" -Djava.io.tmpdir="$run" "$@" \
    --deploy "$APP/target/notegarden.war" --contextroot / --port "$port" --nocluster \
    --prebootcommandfile "$ROOT/config/single-node.asadmin" > "$run/server.log" 2>&1 &
  SERVER=$!
  for _ in $(seq 1 1800); do
    kill -0 "$SERVER" 2>/dev/null || { echo "the server stopped; see $run/server.log" >&2; exit 1; }
    curl -sf "http://127.0.0.1:$port/api/v1/i18n/locales" >/dev/null 2>&1 && break
    sleep 0.1
  done
  # Wall time, and the server's own CPU time (user + system, /proc) by then: the CPU time moves
  # far less than the wall time when something else loads the machine.
  local ticks
  ticks=$(awk '{print $14 + $15}' "/proc/$SERVER/stat")
  python3 -c "import time; print(f'{time.time() - $start:.1f} s (CPU {$ticks / $(getconf CLK_TCK):.1f} s)')"
  # The first answer must come from the one deployment of this WAR: Payara says "ready" once all
  # deployments are done, and a start that deployed a remembered WAR first deploys twice.
  for _ in $(seq 1 1200); do
    grep -q "Payara Micro .* ready in" "$run/server.log" && break
    sleep 0.1
  done
  local deployments
  deployments=$(grep -c "No deployment transformer implementation found" "$run/server.log" || true)
  if [ "$deployments" != 1 ]; then
    echo "the $label start deployed $deployments times (see $run/server.log): its first answer is not this WAR's" >&2
    kill "$SERVER"
    exit 1
  fi
  kill "$SERVER"; wait "$SERVER" 2>/dev/null || true
  SERVER=""
}

echo "== preparing the archive (once per Payara Micro and JDK version)"
java -jar "$JAR" --rootdir "$WORK/micro-root" --outputlauncher > "$WORK/launcher.log" 2>&1
cp "$WORK/micro-root/config/domain.xml" "$WORK/domain.xml.clean"
# forget_deployments: the root directory as --outputlauncher left it (README, "Start faster").
forget_deployments() {
  cp "$WORK/domain.xml.clean" "$WORK/micro-root/config/domain.xml"
  rm -rf "$WORK/micro-root/applications"
}
T0=$(date +%s)
java @"$ROOT/config/server.jvm" -Xmx512m -XX:ArchiveClassesAtExit="$WORK/payara.jsa" -Dnotegarden.data.dir="$WORK/warmup/data" -Djava.io.tmpdir="$WORK/warmup" \
  -jar "$WORK/micro-root/launch-micro.jar" --deploy "$APP/target/notegarden.war" --contextroot / --nocluster \
  --prebootcommandfile "$ROOT/config/single-node.asadmin" --warmup > "$WORK/warmup.log" 2>&1
echo "   warm-up start and archive: $(( $(date +%s) - T0 )) s, $(du -m "$WORK/payara.jsa" | cut -f1) MB"

echo "== boot to first answer (target <= 20 s)"
for i in $(seq 1 "$RUNS"); do
  plain=$(boot plain -jar "$JAR")
  forget_deployments
  archived=$(boot archived -XX:SharedArchiveFile="$WORK/payara.jsa" -jar "$WORK/micro-root/launch-micro.jar")
  forget_deployments
  c1=$(boot archived-c1 -XX:TieredStopAtLevel=1 -XX:SharedArchiveFile="$WORK/payara.jsa" -jar "$WORK/micro-root/launch-micro.jar")
  echo "   run $i: plain $plain, archived $archived, archived with C1 only $c1"
done
