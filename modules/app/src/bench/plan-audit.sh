#!/usr/bin/env bash
# PostgreSQL plan audit: which statements the app runs read a growing table without an index.
# On a test database every table is small and PostgreSQL reads small tables sequentially whether
# or not an index exists, so a slow look-up only shows at a million rows. Here the PostgreSQL ITs
# run (or those named) on a cluster with enable_seqscan=off, where PostgreSQL scans a table
# sequentially only when no index can answer, and auto_explain logs every statement's plan,
# nested ones and foreign-key checks included. The script then lists, per table, the statements
# whose plan read it sequentially; tables that stay small by design are left out (SMALL below).
# Usage (from the repository root): modules/app/src/bench/plan-audit.sh [IT classes, e.g. 'PrivacyIT,CommunityApiIT']
set -euo pipefail
APP=$(cd "$(dirname "$0")/../.." && pwd)
ROOT=$(cd "$APP/../.." && pwd)
TESTS=${1:-}
(cd "$ROOT" && mvn -q -B install -DskipTests -DskipITs)
rm -rf "$APP"/target/it/pg-*
(cd "$APP" && PG_PLAN_AUDIT=1 mvn -B verify -Dit.postgres.only -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
  ${TESTS:+-Dit.test="$TESTS"} > "$APP/target/plan-audit-mvn.log" 2>&1) || { echo "the ITs failed: $APP/target/plan-audit-mvn.log"; exit 1; }
LOG=$(ls "$APP"/target/it/pg-*/postgres.log | head -1)
echo "== plans in $LOG"
python3 - "$LOG" <<'PY'
import collections, re, sys
# Tables that hold a handful of rows whatever the traffic (settings, leases, one row per moderator
# or plugin), migration bookkeeping, and PostgreSQL's own catalogue.
SMALL = {"flyway_history_community", "flyway_history_commerce", "flyway_history_compliance", "cp_moderator",
         "co_job_lease", "cp_trusted_flagger", "cp_audit_head", "co_plugin_reload", "cp_rate_stripe",
         "hsearch_outbox_event", "hsearch_agent", "pg_authid", "pg_class", "pg_namespace", "pg_type", "pg_attribute"}
text = open(sys.argv[1], encoding="utf-8", errors="replace").read()
scans = collections.defaultdict(collections.Counter)
for entry in re.split(r"\n(?=\d{4}-\d\d-\d\d \d\d:\d\d:\d\d)", text):
    if "plan:" not in entry:
        continue
    query = re.search(r"Query Text: (.*?)\n\s*(?:[A-Z][a-zA-Z ]+(?:\(|on)|->)", entry, re.S)
    statement = " ".join((query.group(1) if query else entry[:300]).split())[:240]
    for table in re.findall(r"Seq Scan on (\w+)", entry):
        if table not in SMALL:
            scans[table][statement] += 1
if not scans:
    print("no growing table was read sequentially")
for table in sorted(scans):
    print(f"{table}: {len(scans[table])} statement(s)")
    for statement, times in scans[table].most_common():
        print(f"   {times:5d} x {statement}")
PY
