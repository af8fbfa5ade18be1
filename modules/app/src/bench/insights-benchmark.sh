#!/usr/bin/env bash
# Insights benchmark, in one run on one H2 database:
#   1. note page (GET /api/v1/notes/{id}, which records a READ) with recording ON
#   2. event ingestion: POST /api/v1/insights/events with 100 impressions per request
#   3. note page again with recording OFF (the same server restarted with notegarden.insights.enabled=false)
# then checks that every accepted impression reached the database.
# Usage (from the repository root):  modules/app/src/bench/insights-benchmark.sh [seconds]
set -euo pipefail
SECS=${1:-20}
APP=$(cd "$(dirname "$0")/../.." && pwd)
ROOT=$(cd "$APP/../.." && pwd)
WORK="$APP/target/bench-insights"
command -v wrk >/dev/null || { echo "installing wrk"; apt-get install -y -qq wrk >/dev/null; }
rm -rf "$WORK"; mkdir -p "$WORK"
echo "== building"
(cd "$ROOT" && mvn -q -B install -DskipTests -DskipITs)
(cd "$APP" && mvn -q -B dependency:copy -Dartifact=fish.payara.extras:payara-micro:6.2025.10 -DoutputDirectory="$WORK")
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
BASE="http://127.0.0.1:$PORT/api/v1"
SERVER=""
trap '[ -n "$SERVER" ] && kill $SERVER 2>/dev/null || true' EXIT

start() { # <insights enabled>
  NOTEGARDEN_DB_URL="jdbc:h2:file:$WORK/db/notegarden;DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000" \
  NOTEGARDEN_ABUSE_SIGNUPS_PER_IP_HOUR=1000000 NOTEGARDEN_DATA_DIR="$WORK/data" NOTEGARDEN_INSIGHTS_ENABLED=$1 NOTEGARDEN_PLUGINS_DIR="$APP/target/plugins" \
    java @"$ROOT/config/server.jvm" -Xmx768m -Djava.io.tmpdir="$WORK" -jar "$WORK"/payara-micro-*.jar --deploy "$APP/target/notegarden.war" \
      --contextroot / --port "$PORT" --nocluster --prebootcommandfile "$ROOT/config/single-node.asadmin" >> "$WORK/server.log" 2>&1 &
  SERVER=$!
  for _ in $(seq 1 180); do curl -sf "$BASE/i18n/locales" >/dev/null 2>&1 && return; sleep 1; done
  echo "server did not start; see $WORK/server.log" >&2; exit 1
}
stop() { kill "$SERVER"; wait "$SERVER" 2>/dev/null || true; SERVER=""; }
measure() { # <label> <wrk args...>
  local label=$1; shift
  wrk -t2 -c32 -d10s "$@" | awk '/requests in/ {print $1}' > "$WORK/warm-$label.txt"   # warm-up
  local out; out=$(wrk -t2 -c32 -d"${SECS}s" --latency "$@")
  echo "$out" > "$WORK/wrk-$label.txt"
  printf '%-22s %9s req/s  p50 %8s  p99 %8s  %s\n' "$label" "$(echo "$out" | awk '/Requests\/sec/ {print $2}')" \
    "$(echo "$out" | awk '$1=="50%" {print $2}')" "$(echo "$out" | awk '$1=="99%" {print $2}')" \
    "$(echo "$out" | awk '/Non-2xx/ {print "non-2xx: " $4}')"
  echo "$out" | awk '/requests in/ {print $1}' > "$WORK/count-$label.txt"
}

echo "== recording ON"
start true
TOKEN=$(curl -sf -H 'Content-Type: application/json' -d '{"email":"bench@bench.example","password":"bench password 1","handle":"benchcreator","displayName":"Bench","birthDate":"1990-01-01","mode":"token"}' "$BASE/auth/register" | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
MEDIA=$(python3 - <<'PY' | curl -sf -H "Authorization: Bearer $TOKEN" -H 'Content-Type: image/png' --data-binary @- "$BASE/media" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])'
import struct, sys, zlib
w, h = 64, 64
raw = b''.join(b'\x00' + bytes([200, 120, 140]) * w for _ in range(h))
def chunk(t, d): return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
sys.stdout.buffer.write(b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0)) + chunk(b'IDAT', zlib.compress(raw)) + chunk(b'IEND', b''))
PY
)
NOTE=$(curl -sf -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
  -d "{\"title\":\"Bench note\",\"body\":\"#bench\",\"mediaIds\":[$MEDIA],\"publish\":true}" "$BASE/notes" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
EVENTS=$(python3 -c "import json; print(json.dumps({'events':[{'kind':'IMPRESSION','noteId':$NOTE}]*100}))")
cat > "$WORK/events.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '$EVENTS'
LUA
printf '%-22s %9s        %12s  %12s\n' what throughput "" ""
measure note-page-on "$BASE/notes/$NOTE"
measure ingest-100-per-req -s "$WORK/events.lua" "$BASE/insights/events"
sleep 4   # one flush interval and a margin
SENT=$(( ($(cat "$WORK/warm-ingest-100-per-req.txt") + $(cat "$WORK/count-ingest-100-per-req.txt")) * 100 ))
STORED=$(curl -sf -H "Authorization: Bearer $TOKEN" "$BASE/insights/creator?days=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["totals"]["impressions"])')
echo "impressions sent (warm-up and measured, all answered 202): $SENT; stored after the next flush: $STORED"
echo "server RSS with recording on: $(ps -o rss= -p $SERVER | awk '{printf "%d MB", $1/1024}')"
stop

echo "== recording OFF"
start false
measure note-page-off "$BASE/notes/$NOTE"
stop
