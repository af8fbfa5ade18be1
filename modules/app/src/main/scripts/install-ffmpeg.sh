#!/usr/bin/env bash
# Video uploads are transcoded with FFmpeg (Debian's ffmpeg package, run as a program: see
# modules/community/README.md). `mvn package` installs it when it is missing and we are root, so
# the README's run command works on a fresh machine; otherwise it says how, and the app runs on
# without videos (uploads answer 415 with the reason).
set -uo pipefail
if command -v ffmpeg >/dev/null 2>&1 && command -v ffprobe >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "WARNING: FFmpeg is not installed: video uploads will be refused until it is (apt-get install ffmpeg)." >&2
  exit 0
fi
echo "installing ffmpeg"
export DEBIAN_FRONTEND=noninteractive
(apt-get install -y -qq --no-install-recommends ffmpeg >/dev/null 2>&1 \
  || (apt-get update -qq && apt-get install -y -qq --no-install-recommends ffmpeg >/dev/null)) \
  || echo "WARNING: installing ffmpeg failed: video uploads will be refused until it is installed." >&2
exit 0
