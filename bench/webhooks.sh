#!/usr/bin/env bash
# Benchmarks webhooks end to end on one machine: the standalone simulated Webex delivers signed events to the app
# (embedded default configuration, H2 file database, WEBEX_WEBHOOKS_PUBLIC_URL set), whose receiver checks them and
# whose open space pages show new messages live.
#
# Prints:
# - delivery to screen: Sam Patel posts MESSAGES messages one at a time through the app's form in the shared space
#   "Webex Kit Demo" while Alex Rivera's page of that space is open (its event stream, read as the page's script reads
#   it); for each, the time from sending the post to the row arriving on Alex's stream: p50, p99, max, and the
#   target met or missed: every message on screen within 2 s, none lost. The path:
#   the app posts to Webex, Webex signs and delivers the event to the app, the receiver verifies it, records it once,
#   reads the message with Alex's grant, and the page's stream gets the rendered row.
# - deliveries per second: signed deliveries (each a new event) sent straight to the receiver from CONNECTIONS
#   connections for DURATION seconds after WARMUP seconds: how many it verifies and accepts per second, with p50/p99;
#   then the same with a wrong signature, refused before anything is parsed or stored.
#
# Usage: bench/webhooks.sh   (needs curl and a JDK; builds the app unless SKIP_BUILD=1)
# Knobs: MESSAGES (200), DURATION (20), WARMUP (20), CONNECTIONS (8), APP_PORT (10080), SIM_PORT (10093)
set -euo pipefail
cd "$(dirname "$0")/.."
MESSAGES=${MESSAGES:-200}
DURATION=${DURATION:-20}
WARMUP=${WARMUP:-20}
CONNECTIONS=${CONNECTIONS:-8}
APP_PORT=${APP_PORT:-10080}
SIM_PORT=${SIM_PORT:-10093}
app_url="http://localhost:$APP_PORT"
sim_url="http://127.0.0.1:$SIM_PORT"

. bench/common.sh
require curl java mvn
free "$APP_PORT" "$SIM_PORT"
prepare
start_simulator "$SIM_PORT" "$app_url/oauth"

WEBEX_CLIENT_ID=bench WEBEX_CLIENT_SECRET="$secret" WEBEX_API_BASE_URL="$sim_url/v1" WEBEX_REDIRECT_URI="$app_url/oauth" \
  WEBEX_WEBHOOKS_PUBLIC_URL="$app_url" WEBEX_DATA_DIR="$work/data" SERVER_PORT=$APP_PORT \
  java -jar "$jar" > "$work/app.log" 2>&1 &
pids+=($!)
wait_ready "$app_url/actuator/health/readiness" "${pids[-1]}" "$work/app.log"

echo "# $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(java -version 2>&1 | head -1)"
alex=$(bench/connect.sh "$app_url" 0)
sam=$(bench/connect.sh "$app_url" 1)

echo "## delivery to screen ($MESSAGES messages, one at a time)"
java bench/Webhooks.java latency --app "$app_url" --watcher "$alex" --poster "$sam" --space "Webex Kit Demo" \
  --messages "$MESSAGES"

echo "## deliveries per second ($CONNECTIONS connections, ${DURATION}s after ${WARMUP}s of warm-up)"
java bench/Webhooks.java throughput --app "$app_url" --simulator "$sim_url" --client-id bench \
  --client-secret "$secret" --redirect-uri "$app_url/oauth" --person 0 --seconds "$DURATION" --warmup "$WARMUP" \
  --connections "$CONNECTIONS"
