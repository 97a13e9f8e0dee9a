#!/usr/bin/env bash
# Times the spaces list for a user in 10,000 spaces, against the built-in simulated Webex: the first page (one Webex
# call however large the account) and then PAGES pages onwards through the "Next page" links.
#   bench/spaces-10k.sh               build, start on port 10091, time 20 pages
#   SKIP_BUILD=1 PAGES=50 bench/spaces-10k.sh
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-10091}
PAGES=${PAGES:-20}
ROOMS=${ROOMS:-10000}
BASE="http://localhost:$PORT"

[ -n "${SKIP_BUILD:-}" ] || mvn -q -DskipTests package
JAR=$(ls webex-app/target/webex-app-*.jar | head -1)
WORK=$(mktemp -d)
SERVER_PORT=$PORT WEBEX_DATA_DIR="$WORK" WEBEX_SIMULATOR_ROOMS=$ROOMS java -jar "$JAR" >"$WORK/app.log" 2>&1 &
APP=$!
trap 'kill "$APP" 2>/dev/null || true; wait "$APP" 2>/dev/null || true; rm -rf "$WORK"' EXIT

for _ in $(seq 1 90); do
	curl -fs "$BASE/actuator/health" >/dev/null 2>&1 && break
	kill -0 "$APP" 2>/dev/null || { cat "$WORK/app.log"; exit 1; }
	sleep 1
done

# GRANT as the simulator's preselected person, who is given $ROOMS spaces
cookie=$(bench/connect.sh "$BASE" 0)
browser() { curl -s -H "Cookie: $cookie" "$@"; }

url="/spaces"
for n in $(seq 1 "$PAGES"); do
	result=$(browser -o "$WORK/page.html" -w '%{http_code} %{time_total}' "$BASE$url")
	rows=$(grep -c '<td class="title">' "$WORK/page.html" || true)
	echo "page $n: HTTP ${result% *}, $rows spaces, ${result#* } s"
	next=$(sed -n 's/.*<a rel="next" href="\([^"]*\)".*/\1/p' "$WORK/page.html" | sed 's/&amp;/\&/g')
	[ -n "$next" ] || break
	url=$next
done
