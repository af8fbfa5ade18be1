#!/usr/bin/env bash
# Notegarden on full Payara Server 6: a deployment group of two instances on this host, on
# PostgreSQL, S3 (S3Mock) and OpenSearch as in the cluster test. Run from the repository root after
# `mvn install -DskipTests -DskipITs`:
#   modules/app/src/test/scripts/payara-server-group.sh start [workdir]   # prints the instances' URLs
#   modules/app/src/test/scripts/payara-server-group.sh stop  [workdir]
# Payara Server comes from Maven Central (fish.payara.distributions:payara:6.2025.10:zip).
set -euo pipefail
cmd=${1:-start} W=${2:-/tmp/notegarden-payara-server}
S=$(cd "$(dirname "$0")" && pwd) ROOT=$(cd "$S/../../../../.." && pwd)
A=$W/payara6/bin/asadmin
case "$cmd" in
  start)
    mkdir -p "$W"
    if [ ! -x "$A" ]; then
      mvn -B -q dependency:copy -Dartifact=fish.payara.distributions:payara:6.2025.10:zip -DoutputDirectory="$W"
      (cd "$W" && unzip -q payara-6.2025.10.zip)
    fi
    s3jar=$HOME/.m2/repository/com/adobe/testing/s3mock/4.11.0/s3mock-4.11.0-exec.jar
    [ -f "$s3jar" ] || mvn -B -q dependency:get -Dartifact=com.adobe.testing:s3mock:4.11.0:jar:exec
    bash "$S/postgres.sh" start "$W/pg" 55432
    bash "$S/s3mock.sh" start "$W/s3" 55433 "$s3jar" notegarden-media
    bash "$S/opensearch.sh" start "$W/os" 55434
    "$A" start-domain domain1
    "$A" copy-config default-config notegarden-config
    "$A" create-deployment-group notegarden
    "$A" create-instance --node localhost-domain1 --config notegarden-config --deploymentgroup notegarden --portbase 28000 n1
    "$A" create-instance --node localhost-domain1 --config notegarden-config --deploymentgroup notegarden --portbase 29000 n2
    "$A" delete-jvm-options --target notegarden-config '-Xmx512m' || true
    # The same settings as the Payara Micro nodes of "Run a cluster", as JVM options of the group's
    # configuration (a colon in a value is written \:).
    for o in '-Xmx768m' \
      '-Dnotegarden.db.url=jdbc\:postgresql\://127.0.0.1\:55432/notegarden' '-Dnotegarden.db.user=notegarden' \
      '-Dnotegarden.db.password=notegarden' '-Dnotegarden.db.datasource=org.postgresql.ds.PGSimpleDataSource' \
      '-Dnotegarden.media.store=s3' '-Dnotegarden.media.s3.bucket=notegarden-media' \
      '-Dnotegarden.media.s3.endpoint=http\://127.0.0.1\:55433' '-Dnotegarden.media.s3.access-key=k' \
      '-Dnotegarden.media.s3.secret-key=s' '-Dhibernate.search.backend.type=elasticsearch' \
      '-Dhibernate.search.backend.hosts=127.0.0.1\:55434' '-Dhibernate.search.coordination.strategy=outbox-polling' \
      '-Dhibernate.search.indexing.plan.synchronization.strategy=' '-Dnotegarden.trusted-proxies=127.0.0.1/32' \
      '-Dnotegarden.admin.email=admin@example.org' '-Dnotegarden.admin.password=payara-server-admin-1'; do
      "$A" create-jvm-options --target notegarden-config -- "$o"
    done
    "$A" start-deployment-group notegarden
    # Deploys to both instances at once: both start on the empty database and index together.
    "$A" deploy --target notegarden --contextroot / --name notegarden "$ROOT/modules/app/target/notegarden.war"
    for port in 28080 29080; do
      for _ in $(seq 1 240); do
        [ "$(curl -s -o /dev/null -w '%{http_code}' -m 5 "http://127.0.0.1:$port/health/ready" || true)" = 200 ] && break
        sleep 1
      done
      echo "instance http://127.0.0.1:$port/health/ready: $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/health/ready")"
    done
    ;;
  stop)
    "$A" stop-deployment-group notegarden || true
    "$A" stop-domain domain1 || true
    bash "$S/opensearch.sh" stop "$W/os" || true
    bash "$S/s3mock.sh" stop "$W/s3" || true
    bash "$S/postgres.sh" stop "$W/pg" || true
    ;;
esac
