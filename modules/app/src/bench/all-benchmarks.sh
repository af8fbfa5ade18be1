#!/usr/bin/env bash
# Issue 16's whole table in one command: the endpoint benchmark on H2 and on PostgreSQL, the
# checkout benchmark (throughput and a flash sale) on both, the search benchmark (a million
# notes by default) and one boot with Payara Micro's class-data archive, then each figure beside
# its target. Every part also runs on its own; this
# only runs them one after another and collects their figures.
# Usage (from the repository root):
#   modules/app/src/bench/all-benchmarks.sh                 # 100,000 notes, 20 s runs, 10,000 flash-sale buyers, 1,000,000 searched notes
#   modules/app/src/bench/all-benchmarks.sh 20000 10 2000 100000   # [feed notes] [seconds] [flash buyers] [search notes]
# Takes about an hour with the defaults on a 2-core machine (the search index build and the
# buyers' sign-ups are most of it). Output: target/bench-all/*.txt and the summary at the end.
set -euo pipefail
NOTES=${1:-100000}
SECONDS_PER_RUN=${2:-20}
BUYERS=${3:-10000}
SEARCH_NOTES=${4:-1000000}
BENCH=$(cd "$(dirname "$0")" && pwd)
APP=$(cd "$BENCH/../.." && pwd)
OUT="$APP/target/bench-all"
mkdir -p "$OUT"

for db in h2 postgres; do
  echo "== endpoints on $db"
  "$BENCH/benchmark.sh" "$NOTES" "$SECONDS_PER_RUN" "$db" | tee "$OUT/endpoints-$db.txt"
done
echo "== checkout on H2 and PostgreSQL"
"$BENCH/checkout-benchmark.sh" both 32 "$SECONDS_PER_RUN" "$BUYERS" 100 | tee "$OUT/checkout.txt"
echo "== search at $SEARCH_NOTES notes"
"$BENCH/search-benchmark.sh" "$SEARCH_NOTES" "$SECONDS_PER_RUN" 4 | tee "$OUT/search.txt"
echo "== boot, plain and with the class-data archive"
"$BENCH/boot-benchmark.sh" 1 | tee "$OUT/boot.txt"

python3 - "$OUT" "$NOTES" "$BUYERS" "$SEARCH_NOTES" <<'PY'
import re, sys, pathlib
out, notes, buyers, search_notes = pathlib.Path(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
rows = []
def row(what, h2, pg, target):
    rows.append((what, h2, pg, target))
def endpoints(db):
    text = (out / f"endpoints-{db}.txt").read_text()
    found = {}
    for line in text.splitlines():
        m = re.match(r"(ceiling|note-detail|note-many|note-product|latest-feed|for-you|search|search-zh|search-new)\s+(\S+)\s+(\S+ %)\s+(\S+)\s+(\S+)", line)
        if m:
            found[m.group(1)] = f"{m.group(3)} ({float(m.group(2)):,.0f} req/s), p99 {m.group(5)}"
    boot = re.search(r"boot to first answer: (\S+) s", text)
    rss = re.search(r"RSS of the server: (\d+ MB)", text)
    found["boot"] = boot.group(1) + " s" if boot else "?"
    found["rss"] = rss.group(1) if rss else "?"
    live = re.search(r"live heap after a full collection: (\d+ MB)", text)
    found["live"] = live.group(1) if live else "?"
    return found
def checkout(db):
    text = (out / "checkout.txt").read_text()
    t = re.search(db + r"\s+throughput .*orders/s=(\S+) p50=\S+ ms p99=(\S+) ms", text)
    f = re.search(db + r"\s+flash-sale .*paid=(\d+) stock-after=(\d+) .*all-answered-in=(\S+) s answered-within-10s=(\d+) "
                  r"last-sent-at=(\S+) s .*max=(\S+) ms", text)
    c = re.search(db + r"\s+ceiling .*all-answered-in=(\S+) s", text)
    return (f"{t.group(1)} orders/s, p99 {t.group(2)} ms" if t else "?",
            f"{f.group(1)} paid, stock {f.group(2)}, all answered in {f.group(3)} s ({f.group(4)} within 10 s; "
            f"slowest answer {f.group(6)} ms, last request sent at {f.group(5)} s)"
            + (f"; the same burst to a trivial endpoint: {c.group(1)} s" if c else "") if f else "?")
h2, pg = endpoints("h2"), endpoints("postgres")
row(f"ceiling ({notes} notes)", h2.get("ceiling", "?"), pg.get("ceiling", "?"), "")
row("search, small index, repeated query, share of the ceiling", h2.get("search", "?"), pg.get("search", "?"), ">= 35 %")
row("search zh, small index", h2.get("search-zh", "?"), pg.get("search-zh", "?"), ">= 35 %")
row("search, a query never asked before", h2.get("search-new", "?"), pg.get("search-new", "?"), ">= 35 %")
row("latest feed, 20 cards", h2.get("latest-feed", "?"), pg.get("latest-feed", "?"), ">= 45 %, p99 <= 60 ms")
row("for you (signed out)", h2.get("for-you", "?"), pg.get("for-you", "?"), ">= 35 %")
row("note detail", h2.get("note-detail", "?"), pg.get("note-detail", "?"), ">= 65 %, p99 <= 40 ms")
row("note detail, a note drawn at random", h2.get("note-many", "?"), pg.get("note-many", "?"), ">= 65 %, p99 <= 40 ms")
row("note detail, a note with a product", h2.get("note-product", "?"), pg.get("note-product", "?"), ">= 65 %, p99 <= 40 ms")
ch2, cpg = checkout("h2"), checkout("postgres")
row("checkout, 32 clients, four plugins", ch2[0], cpg[0], ">= 600 orders/s, p99 <= 150 ms")
row(f"flash sale, 100 units to {buyers} buyers", ch2[1], cpg[1], "exactly 100 paid, all answered within 10 s")
row("boot to first answer", h2["boot"], pg["boot"], "<= 20 s")
a = re.search(r"run 1: plain (\S+ s) \(CPU (\S+ s)\), archived (\S+ s) \(CPU (\S+ s)\)", (out / "boot.txt").read_text())
row("boot to first answer, plain / with the class-data archive (H2)",
    f"{a.group(1)} (CPU {a.group(2)}) / {a.group(3)} (CPU {a.group(4)})" if a else "?", "", "<= 20 s")
c1 = re.search(r"run 1: .*archived with C1 only (\S+ s) \(CPU (\S+ s)\)", (out / "boot.txt").read_text())
row("boot to first answer, archive and C1 only (H2)", f"{c1.group(1)} (CPU {c1.group(2)})" if c1 else "?", "", "<= 20 s")
row("server RSS after the runs (-Xmx512m)", h2["rss"], pg["rss"], "<= 768 MB")
row("live heap after a full collection, after the runs", h2["live"], pg["live"], "(what the RSS cannot show)")
s = (out / "search.txt").read_text()
b = re.search(r"built in (\S+) s \((\S+) notes/s", s)  # the build line goes on after the rate (threads, CPU)
q = re.search(r"^Hibernate Search\s+([\d,]+)\s+([\d.]+)\s+([\d.]+)", s, re.M)
row(f"index build ({search_notes} notes)", b.group(2) + " notes/s" if b else "?", "(rows in PostgreSQL)", ">= 10,000 notes/s")
row(f"search at {search_notes} notes, 4 threads", f"{q.group(1)} q/s, p50 {q.group(2)} ms, p99 {q.group(3)} ms" if q else "?",
    "(Lucene)", ">= 200 q/s, p50 <= 10 ms, p99 <= 60 ms")
print()
print("| path | H2 | PostgreSQL | target |")
print("|---|---|---|---|")
for r in rows:
    print("| " + " | ".join(r) + " |")
PY
