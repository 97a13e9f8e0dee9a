#!/usr/bin/env bash
# A 100 MB file through webex-client with a 128 MB heap: uploaded to the standalone simulator as a streamed
# multipart message and downloaded again, streamed to a file, bytes compared. Side by side, curl does the same upload
# and download against the same simulator (the baseline: a native client that streams), and the ratios are printed.
#
# Usage: bench/files.sh     Knobs: SIZE_MB (100), HEAP (128m), SIM_PORT (10093), SKIP_BUILD=1
set -euo pipefail
cd "$(dirname "$0")/.."
SIZE_MB=${SIZE_MB:-100}
HEAP=${HEAP:-128m}
SIM_PORT=${SIM_PORT:-10093}
command -v curl >/dev/null || { echo "bench/files.sh needs curl" >&2; exit 1; }
if [ -z "${SKIP_BUILD:-}" ]; then
  mvn -q -B -ntp -pl webex-client,webex-simulator -am install -DskipTests
fi
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT
mvn -q -B -ntp -pl webex-client dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile="$work/cp" >/dev/null
client_cp="$(ls webex-client/target/webex-client-*.jar | grep -v -e sources -e javadoc | head -1):$(cat "$work/cp")"
sim_jar=$(ls webex-simulator/target/webex-simulator-*-exec.jar | head -1)
WEBEX_CLIENT_ID=bench-files WEBEX_CLIENT_SECRET=bench-files-secret SERVER_PORT=$SIM_PORT \
  java -jar "$sim_jar" > "$work/simulator.log" 2>&1 &
sim="http://127.0.0.1:$SIM_PORT"
for _ in $(seq 1 60); do curl -fs "$sim/simulator/stats" >/dev/null 2>&1 && break; sleep 0.5; done
head -c $((SIZE_MB * 1024 * 1024)) /dev/urandom > "$work/big.bin"

echo "# $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(java -version 2>&1 | head -1), ${SIZE_MB} MB, -Xmx$HEAP"
java -Xmx"$HEAP" -cp "$client_cp" bench/Files.java "$sim" "$work/big.bin" bench-files bench-files-secret \
  | tee "$work/client.out" | grep -v -e '^TOKEN=' -e '^CONTENT_URL=' -e ' DEBUG '
token=$(sed -n 's/^TOKEN=//p' "$work/client.out")
room=$(curl -fs -H "Authorization: Bearer $token" "$sim/v1/rooms?max=100" \
  | python3 -c 'import json,sys; print(next(r["id"] for r in json.load(sys.stdin)["items"] if r["title"]=="Webex Kit Demo"))')
up=$(curl -fs -o /dev/null -w '%{time_total}' -H "Authorization: Bearer $token" -F "roomId=$room" \
  -F "files=@$work/big.bin;type=application/octet-stream" "$sim/v1/messages")
url=$(sed -n 's/^CONTENT_URL=//p' "$work/client.out")
down=$(curl -fs -o "$work/curl.bin" -w '%{time_total}' -H "Authorization: Bearer $token" "$url")
cmp -s "$work/big.bin" "$work/curl.bin" || { echo "curl's download differs" >&2; exit 1; }
printf 'curl   upload   %6.1f MB in %6.2f s\ncurl   download %6.1f MB in %6.2f s\n' "$SIZE_MB" "$up" "$SIZE_MB" "$down"
client_up=$(sed -n 's/^round .* client upload .* in *\([0-9.]*\) s.*/\1/p' "$work/client.out" | tail -1)
client_down=$(sed -n 's/^round .* client download .* in *\([0-9.]*\) s.*/\1/p' "$work/client.out" | tail -1)
python3 - "$client_up" "$up" "$client_down" "$down" <<'PY'
import sys
cu, bu, cd, bd = map(float, sys.argv[1:])
print(f"ratio client/curl (last round): upload {cu / bu:.2f}x the time, download {cd / bd:.2f}x the time")
PY
