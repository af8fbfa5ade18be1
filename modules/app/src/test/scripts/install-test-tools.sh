#!/usr/bin/env bash
# Installs what the integration tests need from Debian's packages, only when missing:
# Chromium + ChromeDriver (browser tests), PostgreSQL (the PostgreSQL IT run), FFmpeg (video uploads)
# and curl (waiting for the OpenSearch test node).
set -euo pipefail
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
[ -x /usr/bin/chromedriver ] || need+=(chromium-driver)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
[ -x /usr/bin/ffmpeg ] || need+=(ffmpeg)
[ -x /usr/bin/curl ] || need+=(curl)
# nginx only for the cluster test (IT_CLUSTER=1), which puts it in front of two nodes.
if [ -n "${IT_CLUSTER:-}" ]; then [ -x /usr/sbin/nginx ] || need+=(nginx-light); fi
if [ ${#need[@]} -eq 0 ]; then
  echo "test tools present"
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "Missing ${need[*]}: install them (apt-get install ${need[*]}) or run the tests as root." >&2
  exit 1
fi
echo "installing ${need[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# Packages with a service (nginx) are installed without starting it: the tests start their own.
if [ ! -e /usr/sbin/policy-rc.d ]; then
  printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d; chmod +x /usr/sbin/policy-rc.d
  trap 'rm -f /usr/sbin/policy-rc.d' EXIT
fi
apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
