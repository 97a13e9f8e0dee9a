#!/usr/bin/env bash
# Benchmarks the app in its embedded default configuration (H2 file database, sessions in the database) with wrk,
# against a fast local Webex stand-in: nginx answers GET /v1/rooms with a recorded 100-room page (bench/rooms-100.json)
# and passes everything else (consent page, token endpoint, people/me) to the standalone simulator.
#
# Prints: start-up time and resident memory in simulator mode (fat jar, and extracted with a CDS archive); requests/s with p50/p99 for a trivial
# page, the connected home page, /spaces (100 rooms) for one user and for USERS distinct users; the grant flow and its
# callback; and a refresh storm (STORM_REQUESTS requests at once over STORM_USERS users whose tokens Webex expired),
# with the token requests the simulator saw and the most it had in flight at once.
#
# Usage: bench/run.sh        (needs wrk, nginx and curl: apt-get install wrk nginx curl)
# Knobs: DURATION (30s per measure), WARMUP (60s), CONNECTIONS (20), THREADS (2), USERS (1000), STORM_USERS (200),
#        STORM_REQUESTS (1000), REFRESH_CONCURRENCY (8), SKIP_BUILD=1, KEEP_LOGS=dir (copy the logs there), ports APP_PORT (10070), SIM_PORT (10091),
#        STANDIN_PORT (10092)
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${DURATION:-30s}
WARMUP=${WARMUP:-60s}
CONNECTIONS=${CONNECTIONS:-20}
THREADS=${THREADS:-2}
USERS=${USERS:-1000}
STORM_USERS=${STORM_USERS:-200}
STORM_REQUESTS=${STORM_REQUESTS:-1000}
REFRESH_CONCURRENCY=${REFRESH_CONCURRENCY:-8}
APP_PORT=${APP_PORT:-10070}
SIM_PORT=${SIM_PORT:-10091}
STANDIN_PORT=${STANDIN_PORT:-10092}
app_url="http://localhost:$APP_PORT"
sim_url="http://127.0.0.1:$SIM_PORT"

for tool in wrk nginx curl java; do
  command -v "$tool" >/dev/null || { echo "$tool is missing: apt-get install wrk nginx curl" >&2; exit 1; }
done
for port in "$APP_PORT" "$SIM_PORT" "$STANDIN_PORT"; do
  ! curl -s -o /dev/null "http://127.0.0.1:$port/" || { echo "port $port is in use: stop what runs there first" >&2; exit 1; }
done
[ "${SKIP_BUILD:-}" = 1 ] || mvn -B -q -DskipTests package
jar=$(ls webex-app/target/webex-app-*.jar | grep -v plain | head -1)

work=$(mktemp -d)
chmod 755 "$work"   # nginx's workers may run as another user
pids=()
cleanup() {
  [ -z "${KEEP_LOGS:-}" ] || { mkdir -p "$KEEP_LOGS"; cp "$work"/*.log "$KEEP_LOGS"/ 2>/dev/null || true; }
  [ -f "$work/nginx.pid" ] && nginx -p "$work" -c "$work/nginx.conf" -s stop 2>/dev/null || true
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

wait_ready() { # url, pid, log
  until curl -sf "$1" >/dev/null 2>&1; do
    kill -0 "$2" 2>/dev/null || { cat "$3"; exit 1; }
    sleep 0.1
  done
}

measure() { # name, wrk arguments...
  local name=$1; shift
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$@" > "$work/wrk.txt"
  local rps p50 p99 errors
  rps=$(awk '/Requests\/sec/ {print $2}' "$work/wrk.txt")
  p50=$(awk '$1 == "50%" {print $2}' "$work/wrk.txt")
  p99=$(awk '$1 == "99%" {print $2}' "$work/wrk.txt")
  errors=$(awk '/Non-2xx/ {print $NF}' "$work/wrk.txt")
  printf '%-44s %9s req/s   p50 %8s   p99 %8s   non-2xx %s\n' "$name" "$rps" "$p50" "$p99" "${errors:-0}"
}

echo "# $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs))," \
  "$(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1), wrk -t$THREADS -c$CONNECTIONS -d$DURATION"

# 1. start-up to ready, and memory once ready, in simulator mode: the fat jar as built, then the same extracted
#    with a class-data-sharing archive (the README's "Faster start-up")
startup() { # name, command...
  local name=$1; shift
  rm -rf "$work/quickstart"
  local started; started=$(date +%s%N)
  WEBEX_DATA_DIR="$work/quickstart" SERVER_PORT=$APP_PORT "$@" > "$work/quickstart.log" 2>&1 &
  local pid=$!
  wait_ready "$app_url/actuator/health/readiness" "$pid" "$work/quickstart.log"
  printf '%-44s %6s ms to ready, resident memory %s MiB\n' "start-up, $name" \
    "$(( ($(date +%s%N) - started) / 1000000 ))" "$(( $(ps -o rss= -p "$pid") / 1024 ))"
  kill "$pid"; wait "$pid" 2>/dev/null || true
}
startup "java -jar (fat jar)" java -jar "$jar"
java -Djarmode=tools -jar "$jar" extract --destination "$work/extracted" > /dev/null
extracted="$work/extracted/$(basename "$jar")"
WEBEX_DATA_DIR="$work/training" SERVER_PORT=$APP_PORT java -XX:ArchiveClassesAtExit="$work/app.jsa" \
  -Dspring.context.exit=onRefresh -jar "$extracted" > "$work/training.log" 2>&1
startup "extracted jar + CDS archive" java -XX:SharedArchiveFile="$work/app.jsa" -jar "$extracted"

# 2. the Webex stand-in: the standalone simulator behind nginx, which serves the recorded rooms page itself
secret=$(head -c 24 /dev/urandom | base64 | tr -d '/+=')
WEBEX_CLIENT_ID=bench WEBEX_CLIENT_SECRET="$secret" WEBEX_REDIRECT_URI="$app_url/oauth" SERVER_PORT=$SIM_PORT \
  WEBEX_SIMULATOR_PEOPLE=$USERS java -jar "$jar" simulator > "$work/simulator.log" 2>&1 &
pids+=($!)
sed -e "s|@PORT@|$STANDIN_PORT|; s|@SIMULATOR@|127.0.0.1:$SIM_PORT|; s|@ROOMS@|$PWD/bench/rooms-100.json|; s|@WORK@|$work|g" \
  bench/standin-nginx.conf > "$work/nginx.conf"
nginx -p "$work" -c "$work/nginx.conf"
wait_ready "$sim_url/simulator/stats" "${pids[0]}" "$work/simulator.log"

start_app() { # API base URL
  WEBEX_CLIENT_ID=bench WEBEX_CLIENT_SECRET="$secret" WEBEX_REDIRECT_URI="$app_url/oauth" WEBEX_API_BASE_URL="$1" \
    WEBEX_REFRESH_CONCURRENCY=$REFRESH_CONCURRENCY WEBEX_DATA_DIR="$work/data" SERVER_PORT=$APP_PORT \
    java -jar "$jar" >> "$work/app.log" 2>&1 &
  app=$!
  pids+=($app)
  wait_ready "$app_url/actuator/health/readiness" "$app" "$work/app.log"
}
start_app "http://localhost:$STANDIN_PORT/v1"

# 3. one user: warm up, then a trivial page (the framework's ceiling), the home page and /spaces
java bench/Load.java connect --base "$app_url" --users 1 --parallel 1 --out "$work/one.txt" > /dev/null
cookie=$(cat "$work/one.txt")
rows=$(curl -sf -H "Cookie: $cookie" "$app_url/spaces?size=100" | grep -c '<td class="title">' || true)
[ "$rows" = 100 ] || { echo "/spaces?size=100 shows $rows spaces, not 100" >&2; exit 1; }
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -H "Cookie: $cookie" "$app_url/spaces?size=100" > /dev/null
wrk -t"$THREADS" -c"$CONNECTIONS" -d10s -H "Cookie: $cookie" "$app_url/" > /dev/null
measure "trivial page (/css/app.css)" "$app_url/css/app.css"
measure "home (/), connected" -H "Cookie: $cookie" "$app_url/"
measure "/spaces?size=100, one user" -H "Cookie: $cookie" "$app_url/spaces?size=100"

# 4. many users: the grant flow (and its callback), then /spaces spread over all of them
java bench/Load.java connect --base "$app_url" --users "$USERS" --parallel "$CONNECTIONS" --out "$work/cookies.txt"
COOKIES="$work/cookies.txt" measure "/spaces?size=100, $USERS users" -s bench/cookies.lua "$app_url/spaces?size=100"

# 5. refresh storm: the app now talks to the simulator directly (which checks tokens), same database and sessions
kill "$app"; wait "$app" 2>/dev/null || true
start_app "$sim_url/v1"
wrk -t"$THREADS" -c"$CONNECTIONS" -d20s -H "Cookie: $cookie" "$app_url/spaces" > /dev/null   # warm up again
curl -sf -X POST "$sim_url/simulator/expire-access-tokens"
curl -sf -X POST "$sim_url/simulator/reset-stats"
echo "refresh storm, WEBEX_REFRESH_CONCURRENCY=$REFRESH_CONCURRENCY (every access token expired at Webex):"
java bench/Load.java burst --base "$app_url" --cookies "$work/cookies.txt" --users "$STORM_USERS" \
  --requests "$STORM_REQUESTS" --path /spaces
stats=$(curl -sf "$sim_url/simulator/stats")
refreshes=$(printf '%s' "$stats" | sed -n 's/.*"refresh_token":\([0-9]*\).*/\1/p')
in_flight=$(printf '%s' "$stats" | sed -n 's/.*"maxTokenRequestsInFlight":\([0-9]*\).*/\1/p')
echo "  token endpoint: $refreshes refreshes for $STORM_USERS users, at most $in_flight in flight at once"
[ "$refreshes" = "$STORM_USERS" ] || echo "  MISMATCH: expected exactly $STORM_USERS refreshes" >&2
[ "$in_flight" -le "$REFRESH_CONCURRENCY" ] || echo "  OVER THE BOUND: $in_flight > $REFRESH_CONCURRENCY" >&2
