#!/usr/bin/env bash
# Bytes per feed card, before and after WebP: starts the app with the demo data on H2, takes the
# first 100 cards of the latest feed as a phone would, and sums what their cover pictures weigh
# as JPEG (what every browser got before) and as the WebP a browser picks from srcset (540 w on a
# two-column phone at 2x or 3x density, 270 w at 1x). Measured from outside, over HTTP.
# Usage (from the repository root):  modules/app/src/bench/media-bytes-benchmark.sh [cards]
set -euo pipefail
CARDS=${1:-100}
APP=$(cd "$(dirname "$0")/../.." && pwd)
ROOT=$(cd "$APP/../.." && pwd)
WORK="$APP/target/bench-media"
rm -rf "$WORK"; mkdir -p "$WORK"
echo "== building"
(cd "$ROOT" && mvn -q -B install -DskipTests -DskipITs)
(cd "$APP" && mvn -q -B dependency:copy -Dartifact=fish.payara.extras:payara-micro:6.2025.10 -DoutputDirectory="$WORK")
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
ORIGIN="http://127.0.0.1:$PORT"
NOTEGARDEN_DB_URL="jdbc:h2:file:$WORK/db/notegarden;DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000" NOTEGARDEN_DEMO=true \
  NOTEGARDEN_DATA_DIR="$WORK/data" NOTEGARDEN_PLUGINS_DIR="$APP/target/plugins" \
  java @"$ROOT/config/server.jvm" -Xmx768m -Djava.io.tmpdir="$WORK" -jar "$WORK"/payara-micro-*.jar --deploy "$APP/target/notegarden.war" \
    --contextroot / --port "$PORT" --nocluster --prebootcommandfile "$ROOT/config/single-node.asadmin" > "$WORK/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
echo "== waiting for $CARDS demo notes"
for _ in $(seq 1 600); do
  n=$(curl -sf "$ORIGIN/api/v1/feed/latest?limit=50" 2>/dev/null | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["items"]))' 2>/dev/null || echo 0)
  [ "$n" -ge 50 ] && sleep 30 && break
  sleep 2
done
python3 - "$ORIGIN" "$CARDS" <<'PY'
import json, sys, urllib.request
origin, want = sys.argv[1], int(sys.argv[2])
def get(path):
    with urllib.request.urlopen(origin + path) as r:
        return r.read()
cards, cursor = [], None
while len(cards) < want:
    page = json.loads(get("/api/v1/feed/latest?limit=50" + (f"&cursor={cursor}" if cursor else "")))
    cards += [c for c in page["items"] if c.get("cover") and c["cover"].get("kind") == "IMAGE"]
    cursor = page.get("nextCursor")
    if not cursor:
        break
cards = cards[:want]
jpeg = webp540 = webp270 = with_webp = 0
for c in cards:
    cover = c["cover"]
    j = len(get(cover["gridUrl"]))
    jpeg += j
    if cover.get("gridSrcset"):
        with_webp += 1
        sizes = {int(w.rstrip("w")): u for u, w in (s.strip().split(" ") for s in cover["gridSrcset"].split(","))}
        big, small = sizes[max(sizes)], sizes[min(sizes)]
        webp540 += len(get(big)); webp270 += len(get(small))
    else:
        webp540 += j; webp270 += j
n = len(cards)
print(f"cards measured: {n} (with WebP copies: {with_webp})")
print(f"JPEG (before)            {jpeg / n / 1024:7.1f} KiB per card")
print(f"WebP 540 w (2x/3x phone) {webp540 / n / 1024:7.1f} KiB per card  ({100 * (1 - webp540 / jpeg):.0f} % less)")
print(f"WebP 270 w (1x screen)   {webp270 / n / 1024:7.1f} KiB per card  ({100 * (1 - webp270 / jpeg):.0f} % less)")
PY
