#!/usr/bin/env bash
# Times what a database outage costs a user of the app on PostgreSQL: how long a page and the GRANT link take to
# answer their 503 while the database is down, and how long after it comes back the app is ready and the same session
# sees its spaces again, without a restart. The integration tests check what the answers are (503, "try again", no
# redirect to Webex, readiness DOWN, nothing lost); how fast they come is measured here.
#
# Runs on one machine: a throwaway PostgreSQL cluster (Debian's postgresql package; as root it runs as the postgres
# user), the standalone simulated Webex and the app from its jar, the database URL as docs/several-instances.md
# shows it (connectTimeout=3, statement_timeout 15 s), the pool as application.yml sets it (connection timeout 3 s).
#
# Prints, for REQUESTS requests of each kind made one after the other while the database is stopped: the statuses,
# p50 and max; then the time from the database accepting connections again to readiness UP and to the first /spaces
# answered 200; and the targets met or missed: every answer a 503 within 10 s (about the pool's 3 s connection
# timeout is expected), the same session served again within 60 s of the restart.
#
# Usage: bench/outage.sh   (needs curl, a JDK and PostgreSQL's server binaries; builds the app unless SKIP_BUILD=1)
# Knobs: REQUESTS (10), APP_PORT (10083), SIM_PORT (10097), PG_PORT (10098), PG_BIN (the newest
#        /usr/lib/postgresql/*/bin, else the directory of pg_ctl on PATH)
set -euo pipefail
cd "$(dirname "$0")/.."
REQUESTS=${REQUESTS:-10}
APP_PORT=${APP_PORT:-10083}
SIM_PORT=${SIM_PORT:-10097}
PG_PORT=${PG_PORT:-10098}
app_url="http://localhost:$APP_PORT"
sim_url="http://127.0.0.1:$SIM_PORT"

if [ -z "${PG_BIN:-}" ]; then
  PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  [ -n "$PG_BIN" ] || PG_BIN=$(dirname "$(command -v pg_ctl || echo /nonexistent/pg_ctl)")
fi
. bench/common.sh
require curl java mvn
if [ ! -x "$PG_BIN/initdb" ] || [ ! -x "$PG_BIN/pg_ctl" ]; then
  echo "no PostgreSQL server binaries in $PG_BIN (set PG_BIN; Debian: apt-get install postgresql)" >&2
  exit 1
fi
free "$APP_PORT" "$SIM_PORT"
prepare
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
pg() { as_pg "$PG_BIN/pg_ctl" -D "$work/pg" -w -l "$work/pg.log" "$@" >/dev/null; }
before_cleanup() { [ ! -d "$work/pg" ] || pg stop -m immediate 2>/dev/null || true; }

# PostgreSQL refuses to run as root: the cluster belongs to the postgres user then
[ "$(id -u)" != 0 ] || chown postgres "$work"
as_pg "$PG_BIN/initdb" -D "$work/pg" -U postgres --auth=trust >/dev/null
pg -o "-p $PG_PORT -k $work -c listen_addresses=localhost" start
as_pg "$PG_BIN/createdb" -h localhost -p "$PG_PORT" -U postgres webex

start_simulator "$SIM_PORT" "$app_url/oauth"

SPRING_DATASOURCE_URL="jdbc:postgresql://localhost:$PG_PORT/webex?connectTimeout=3&options=-c%20statement_timeout%3D15s" \
  SPRING_DATASOURCE_USERNAME=postgres WEBEX_TOKEN_KEY=$(head -c 32 /dev/urandom | base64) \
  WEBEX_CLIENT_ID=bench WEBEX_CLIENT_SECRET="$secret" WEBEX_API_BASE_URL="$sim_url/v1" \
  WEBEX_REDIRECT_URI="$app_url/oauth" WEBEX_DATA_DIR="$work/data" SERVER_PORT=$APP_PORT \
  java -jar "$jar" > "$work/app.log" 2>&1 &
pids+=($!)
wait_ready "$app_url/actuator/health/readiness" "${pids[-1]}" "$work/app.log"

echo "# $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(java -version 2>&1 | head -1), $("$PG_BIN/postgres" --version)"
cookie=$(bench/connect.sh "$app_url" 0)
grant=$(curl -s "$app_url/" | sed -n 's/.*<a [^>]*href="\([^"]*\)"[^>]*>GRANT<\/a>.*/\1/p' | head -1 | sed 's/&amp;/\&/g')
for _ in $(seq 1 20); do curl -s -o /dev/null -b "$cookie" "$app_url/spaces"; done # warm: the pool and the page

now_ms() { date +%s%3N; }
# prints "<status> <seconds>" per request, one after the other
timed() { for _ in $(seq 1 "$REQUESTS"); do curl -s -o /dev/null -m 60 -w '%{http_code} %{time_total}\n' "$@"; done; }
summary() { # label, lines of "status seconds"; returns 1 unless every answer is a 503 within 10 s
  sort -k2 -n | awk -v label="$1" '
    { status[$1]++; t[NR] = $2 } $1 != 503 || $2 >= 10 { bad = 1 }
    END { s = ""; for (k in status) s = s k "x" status[k] " ";
      printf "%-22s %s p50 %.2f s  max %.2f s\n", label, s, t[int((NR + 1) / 2)], t[NR]; exit bad }'
}

pg stop -m immediate
echo "## database stopped ($REQUESTS requests each, one after the other)"
met=met
timed -b "$cookie" "$app_url/spaces" | summary "/spaces (signed in)" || met=MISSED
timed "$app_url$grant" | summary "GRANT link" || met=MISSED
timed "$app_url/actuator/health/readiness" | summary "readiness" || met=MISSED
echo "target                 every answer a 503 within 10 s: $met"

echo "## database started again (times from when it accepts connections)"
pg -o "-p $PG_PORT -k $work -c listen_addresses=localhost" start
restarted=$(now_ms)
ready='' served=''
deadline=$((restarted + 120000))
while [ -z "$served" ] && [ "$(now_ms)" -lt "$deadline" ]; do
  if [ -z "$ready" ] && [ "$(curl -s -o /dev/null -w '%{http_code}' "$app_url/actuator/health/readiness")" = 200 ]; then
    ready=$(( $(now_ms) - restarted ))
  fi
  if [ -n "$ready" ] && [ "$(curl -s -o /dev/null -w '%{http_code}' -b "$cookie" "$app_url/spaces")" = 200 ]; then
    served=$(( $(now_ms) - restarted ))
  fi
  sleep 0.05
done
printf 'readiness UP after    %s\n' "${ready:+$(awk -v ms="$ready" 'BEGIN { printf "%.2f s", ms / 1000 }')}"
printf 'same session served   %s\n' "${served:+$(awk -v ms="$served" 'BEGIN { printf "%.2f s", ms / 1000 }')}"
echo "target                 the same session served again within 60 s, no restart:" \
  "$([ -n "$served" ] && [ "$served" -lt 60000 ] && echo met || echo MISSED)"
