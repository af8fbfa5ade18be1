#!/usr/bin/env bash
# Names every IT that failed, with the first line of why, after both IT runs. Failsafe prints its
# own list long before the build ends (the PostgreSQL run and the server logs follow it), so a
# log kept only by its tail would otherwise end with "see failsafe-reports" and no name.
# It only reads the reports: it never fails the build itself (failsafe's verify goal does).
reports="$1"
found=0
ls "$reports"/*/TEST-*.xml > /dev/null 2>&1 || exit 0   # no IT ran (-DskipTests)
for report in "$reports"/*/TEST-*.xml; do
  [ -f "$report" ] || continue
  database=$(basename "$(dirname "$report")")
  # One <testcase> per line is enough to pair a failure with its test and its message.
  while IFS= read -r line; do
    echo "[FAILED on $database] $line"
    found=1
  done < <(tr '\n' ' ' < "$report" | grep -oE '<testcase [^>]*name="[^"]*" classname="[^"]*"[^>]*>[[:space:]]*<(failure|error)[^>]*' \
      | sed -E 's/.*name="([^"]*)" classname="([^"]*)".*<(failure|error)( message="([^"]{0,300})[^"]*")?.*/\2.\1: \3 \5/' \
      | sed -e 's/&lt;/</g' -e 's/&gt;/>/g' -e 's/&quot;/"/g' -e 's/&amp;/\&/g')
done
[ "$found" = 1 ] || echo "No IT failed."

# A 500 names only an incident id; the server logged its exception under that id, and the
# server's output is in the reports (the test JVM prints it). Up to three distinct incidents per
# run are shown with their exception and causes, so a CI log kept only by its tail says why.
for dir in "$reports"/*/; do
  database=$(basename "$dir")
  grep -ohE 'Incident [0-9a-f-]{36}' "$dir"TEST-*.xml 2>/dev/null | awk '!seen[$2]++ {print $2}' | head -3 | while read -r incident; do
    echo "[INCIDENT on $database] $incident, as the server logged it:"
    grep -h -A60 "incident $incident" "$dir"TEST-*.xml | grep -E "incident $incident|^[a-zA-Z_.$]+(Exception|Error)|^Caused by|^[[:space:]]+at org\.notegarden" \
      | awk '/^Caused by/ {frames = 0} /^[[:space:]]+at / {if (++frames > 3) next} {print}' | head -40 | cut -c1-300
  done
done
exit 0
