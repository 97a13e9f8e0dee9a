#!/usr/bin/env bash
# Benchmarks the app in its embedded default configuration (H2 file database, sessions in the database) against
# the built-in simulator, with wrk. Prints start-up time, resident memory, and requests/s with p50/p99 latency.
#
# Usage: bench/run.sh            (needs wrk and curl: apt-get install wrk curl)
# Knobs: DURATION (default 20s), CONNECTIONS (20), THREADS (2), USERS (1000), PORT (10070), SKIP_BUILD=1
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${DURATION:-20s}
CONNECTIONS=${CONNECTIONS:-20}
THREADS=${THREADS:-2}
USERS=${USERS:-1000}
PORT=${PORT:-10070}
base="http://localhost:$PORT"
work=$(mktemp -d)
trap 'kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; rm -rf "$work"' EXIT

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
[ "${SKIP_BUILD:-}" = 1 ] || mvn -B -q -DskipTests package
jar=$(ls webex-app/target/webex-app-*.jar | grep -v plain | head -1)

echo "# machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1)"
started=$(date +%s%N)
WEBEX_DATA_DIR="$work/data" SERVER_PORT=$PORT java -jar "$jar" > "$work/app.log" 2>&1 &
app=$!
until curl -sf "$base/actuator/health/readiness" >/dev/null 2>&1; do
  kill -0 "$app" 2>/dev/null || { cat "$work/app.log"; exit 1; }
  sleep 0.1
done
ready=$(( ($(date +%s%N) - started) / 1000000 ))
echo "start-up to ready: ${ready} ms"
echo "resident memory after start-up: $(( $(ps -o rss= -p "$app") / 1024 )) MiB"

measure() { # name, wrk arguments...
  local name=$1; shift
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$@" > "$work/wrk.txt"
  local rps p50 p99
  rps=$(awk '/Requests\/sec/ {print $2}' "$work/wrk.txt")
  p50=$(awk '$1 == "50%" {print $2}' "$work/wrk.txt")
  p99=$(awk '$1 == "99%" {print $2}' "$work/wrk.txt")
  errors=$(awk '/Non-2xx/ {print $NF}' "$work/wrk.txt")
  printf '%-40s %10s req/s   p50 %8s   p99 %8s   non-2xx %s\n' "$name" "$rps" "$p50" "$p99" "${errors:-0}"
}

cookie=$(bench/connect.sh "$base" 0)
page=$(curl -sf -H "Cookie: $cookie" "$base/spaces")
[[ "$page" == *"Your spaces"* ]] || { echo "connect failed" >&2; exit 1; }
wrk -t2 -c10 -d5s -H "Cookie: $cookie" "$base/spaces" >/dev/null   # warm-up
measure "trivial page (/css/app.css)" "$base/css/app.css"
measure "home (/), connected" -H "Cookie: $cookie" "$base/"
measure "/spaces, one user" -H "Cookie: $cookie" "$base/spaces"

echo "connecting $USERS users..."
connect_started=$(date +%s%N)
seq 1 "$USERS" | xargs -P 4 -I{} bench/connect.sh "$base" 0 > "$work/cookies.txt"
connect_ms=$(( ($(date +%s%N) - connect_started) / 1000000 ))
echo "grant flow (authorize + consent + callback: code exchange, people/me, grant write): $USERS in ${connect_ms} ms" \
  "= $(( USERS * 1000 / (connect_ms > 0 ? connect_ms : 1) )) connects/s with 4 parallel clients"
COOKIES="$work/cookies.txt" measure "/spaces, $USERS users" -s bench/cookies.lua "$base/spaces"
