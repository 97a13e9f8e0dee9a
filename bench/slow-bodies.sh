#!/usr/bin/env bash
# Benchmarks what slow request bodies do to the app's pages: the home page's latency (GET /, p50/p99/max) with no slow
# connections, then with SLOW connections that each send a POST's headers and one byte of its body every GAP_MS ms,
# never finishing it (to the webhook path with a random key, to /disconnect and to /logout, nobody signed in; a
# connection the app closes is opened again 100 ms later), side by side in one run for:
# - Java 17 (the kit's minimum: 200 platform request threads),
# - Java 25 with platform threads (SPRING_THREADS_VIRTUAL_ENABLED=false),
# - Java 25 with virtual threads (SPRING_THREADS_VIRTUAL_ENABLED=true),
# each for the app built here and, when BEFORE_JAR is set, for another build (labelled "before"). Every run starts the
# app afresh in simulator mode with webhooks on (an embedded H2 database in a new data directory).
#
# Usage: bench/slow-bodies.sh   (needs curl and the JDKs; builds the app unless SKIP_BUILD=1)
# Knobs: JAVA17, JAVA25 (JDK homes), APP_JAR, BEFORE_JAR, SLOW (250), GAP_MS (1000), DURATION (20), WARMUP (10),
#        CLIENTS (4), APP_PORT (10081)
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA17=${JAVA17:-/usr/lib/jvm/java-17-openjdk-amd64}
JAVA25=${JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64}
SLOW=${SLOW:-250}
GAP_MS=${GAP_MS:-1000}
DURATION=${DURATION:-20}
WARMUP=${WARMUP:-10}
CLIENTS=${CLIENTS:-4}
APP_PORT=${APP_PORT:-10081}
app_url="http://localhost:$APP_PORT"

for tool in curl mvn "$JAVA17/bin/java" "$JAVA25/bin/java"; do
  command -v "$tool" >/dev/null || { echo "$tool is missing" >&2; exit 1; }
done
! curl -s -o /dev/null "$app_url/" || { echo "port $APP_PORT is in use: stop what runs there first" >&2; exit 1; }
if [ "${SKIP_BUILD:-}" != 1 ] && [ -z "${APP_JAR:-}" ]; then
  mvn -B -q -DskipTests package -pl webex-app -am
fi
APP_JAR=${APP_JAR:-$(ls webex-app/target/webex-app-*.jar | grep -v plain | head -1)}

work=$(mktemp -d)
pid=
cleanup() {
  if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

measure() { # label, jar, java home, virtual threads (true/false)
  local data="$work/data-$RANDOM"
  echo "## $1 ($("$3/bin/java" -version 2>&1 | head -1), spring.threads.virtual.enabled=$4)"
  SPRING_THREADS_VIRTUAL_ENABLED=$4 WEBEX_DATA_DIR="$data" SERVER_PORT=$APP_PORT \
    WEBEX_WEBHOOKS_PUBLIC_URL="$app_url" "$3/bin/java" -jar "$2" > "$work/app.log" 2>&1 &
  pid=$!
  until curl -sf "$app_url/actuator/health/readiness" >/dev/null 2>&1; do
    kill -0 "$pid" 2>/dev/null || { cat "$work/app.log"; exit 1; }
    sleep 0.2
  done
  "$JAVA17/bin/java" bench/SlowBodies.java --app "$app_url" --seconds "$DURATION" --warmup "$WARMUP" \
    --slow "$SLOW" --gap-ms "$GAP_MS" --clients "$CLIENTS"
  kill "$pid"; wait "$pid" 2>/dev/null || true; pid=
  echo
}

echo "# $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores; $SLOW slow connections, a byte every $GAP_MS ms;" \
  "GET / from $CLIENTS clients for ${DURATION}s after ${WARMUP}s"
for build in before after; do
  if [ "$build" = before ]; then jar=${BEFORE_JAR:-}; else jar=$APP_JAR; fi
  [ -n "$jar" ] || continue
  measure "$build, Java 17" "$jar" "$JAVA17" false
  measure "$build, Java 25, platform threads" "$jar" "$JAVA25" false
  measure "$build, Java 25, virtual threads" "$jar" "$JAVA25" true
done
