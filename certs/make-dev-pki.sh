#!/usr/bin/env bash
# Writes a development PKI into certs/out/ (see certs/README.md). Needs only Java 17 and Maven.
# Usage: certs/make-dev-pki.sh [serial-number] [cpo-name] [extra-server-host] [p12-password] [ec|rsa]
set -euo pipefail
cd "$(dirname "$0")/.."
# The test classpath holds the PKI builder the tests use; exec:java is not usable (the parent pom
# configures exec arguments for running the service).
mvn -B -q test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/devpki.classpath
java -cp "target/test-classes:target/classes:$(cat target/devpki.classpath)" \
  -Ddevpki.out=certs/out \
  -Ddevpki.serial="${1:-CP-DEV-0001}" \
  -Ddevpki.cpo="${2:-Dev CPO}" \
  -Ddevpki.host="${3:-}" \
  -Ddevpki.password="${4:-station}" \
  -Ddevpki.key="${5:-ec}" \
  org.stationconfig.certificates.DevPki
