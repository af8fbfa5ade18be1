#!/usr/bin/env bash
# Starts or stops nginx (Debian's package) as a round-robin load balancer on a loopback port, for
# the cluster test. It retries a request on the other node only when that is safe: on a failed
# connection or a 502/503 answer, and never a POST (nginx resends non-idempotent requests only
# when told to with non_idempotent, which this configuration does not say).
#   nginx.sh start <dir> <port> <upstream host:port>...
#   nginx.sh stop <dir>
set -euo pipefail
cmd=$1 dir=$2
case "$cmd" in
  start)
    port=$3; shift 3
    mkdir -p "$dir/tmp"; chmod 777 "$dir/tmp"
    servers=""
    for upstream in "$@"; do servers="$servers    server $upstream max_fails=1 fail_timeout=5s;"$'\n'; done
    cat > "$dir/nginx.conf" <<CONF
worker_processes 2;
error_log $dir/error.log warn;
pid $dir/nginx.pid;
events { worker_connections 2048; }
http {
  access_log off;
  client_body_temp_path $dir/tmp/body; proxy_temp_path $dir/tmp/proxy;
  fastcgi_temp_path $dir/tmp/fastcgi; uwsgi_temp_path $dir/tmp/uwsgi; scgi_temp_path $dir/tmp/scgi;
  upstream notegarden {
$servers  }
  server {
    listen 127.0.0.1:$port;
    client_max_body_size 210m;
    location / {
      proxy_pass http://notegarden;
      proxy_set_header Host \$host;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto \$scheme;
      proxy_connect_timeout 2s;
      proxy_read_timeout 60s;
      proxy_next_upstream error timeout http_502 http_503;
    }
  }
}
CONF
    /usr/sbin/nginx -p "$dir" -c "$dir/nginx.conf"
    echo "nginx up on 127.0.0.1:$port in front of $*"
    ;;
  stop)
    if [ -f "$dir/nginx.pid" ]; then /usr/sbin/nginx -p "$dir" -c "$dir/nginx.conf" -s stop || true; fi
    ;;
  *) echo "usage: $0 start <dir> <port> <upstream>... | stop <dir>" >&2; exit 2 ;;
esac
