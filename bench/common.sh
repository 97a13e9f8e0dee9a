# Sourced by the benchmarks that run the app from its jar beside the standalone simulated Webex (webhooks.sh,
# outage.sh): the checks, the build, a work directory, the processes they start, and the simulator.

# require TOOL...: stops, naming the first one missing
require() {
  for tool in "$@"; do
    command -v "$tool" >/dev/null || { echo "$tool is missing" >&2; exit 1; }
  done
}

# free PORT...: stops when something answers on one of them
free() {
  for port in "$@"; do
    if curl -s -o /dev/null "http://127.0.0.1:$port/"; then
      echo "port $port is in use: stop what runs there first" >&2
      exit 1
    fi
  done
}

# prepare: builds the app unless SKIP_BUILD=1; sets jar, work (removed on exit) and pids (stopped on exit, after
# before_cleanup if the script defines it)
prepare() {
  if [ "${SKIP_BUILD:-}" != 1 ]; then
    mvn -B -q -DskipTests package
  fi
  jar=$(ls webex-app/target/webex-app-*.jar | grep -v plain | head -1)
  work=$(mktemp -d)
  pids=()
  trap cleanup EXIT
}

cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  if declare -F before_cleanup >/dev/null; then before_cleanup; fi
  rm -rf "$work"
}

# wait_ready URL PID LOG: until URL answers 2xx; shows LOG and stops if PID exits first
wait_ready() {
  until curl -sf "$1" >/dev/null 2>&1; do
    kill -0 "$2" 2>/dev/null || { cat "$3"; exit 1; }
    sleep 0.1
  done
}

# start_simulator PORT REDIRECT_URI: the standalone simulated Webex with one integration, client id "bench"; sets
# secret, its client secret
start_simulator() {
  secret=$(head -c 24 /dev/urandom | base64 | tr -d '/+=')
  WEBEX_CLIENT_ID=bench WEBEX_CLIENT_SECRET="$secret" SERVER_PORT=$1 WEBEX_REDIRECT_URI="$2" \
    java -jar "$jar" simulator > "$work/simulator.log" 2>&1 &
  pids+=($!)
  wait_ready "http://127.0.0.1:$1/simulator/stats" "${pids[-1]}" "$work/simulator.log"
}
