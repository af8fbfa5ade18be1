#!/usr/bin/env bash
# Starts or stops S3Mock, a real S3-compatible server, on a loopback port with one bucket, for the
# PostgreSQL IT run (whose server keeps its media in S3, as the nodes of a cluster do).
#   s3mock.sh start <dir> <port> <jar> <bucket>   stores objects under <dir>/objects, logs to <dir>/s3mock.log
#   s3mock.sh stop <dir>
set -euo pipefail
cmd=$1 dir=$2
case "$cmd" in
  start)
    port=$3 jar=$4 bucket=$5
    rm -rf "$dir"; mkdir -p "$dir/objects"
    # The HTTPS port S3Mock also opens is left to the system (0): nothing here uses it.
    nohup java -Xmx256m -jar "$jar" --server.address=127.0.0.1 --server.port=0 \
      --com.adobe.testing.s3mock.httpPort="$port" \
      --com.adobe.testing.s3mock.store.initialBuckets="$bucket" \
      --com.adobe.testing.s3mock.store.root="$dir/objects" > "$dir/s3mock.log" 2>&1 &
    echo $! > "$dir/pid"
    for _ in $(seq 1 600); do
      if ! kill -0 "$(cat "$dir/pid")" 2>/dev/null; then echo "S3Mock exited; see $dir/s3mock.log" >&2; exit 1; fi
      if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "S3Mock up on 127.0.0.1:$port (bucket $bucket)"; exit 0; fi
      sleep 0.2
    done
    echo "S3Mock did not listen within 2 minutes; see $dir/s3mock.log" >&2; exit 1
    ;;
  stop)
    if [ -f "$dir/pid" ]; then kill "$(cat "$dir/pid")" 2>/dev/null || true; rm -f "$dir/pid"; fi
    ;;
  *) echo "usage: $0 start <dir> <port> <jar> <bucket> | stop <dir>" >&2; exit 2 ;;
esac
