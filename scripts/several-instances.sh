#!/usr/bin/env bash
# Runs webex-app as two instances (ports 10061 and 10062) behind nginx (port PUBLIC_PORT, 10060 unless set at "init")
# with a standalone simulated Webex (port 10090) on one machine: the scripted part of docs/several-instances.md.
#
# Why a script: every process is started in the background with its PID written to a file and is stopped by that PID
# (SIGTERM, then a bounded wait for its graceful shutdown), so any shell can stop or restart what another one started;
# every start reads the same settings file, written once by "init", so no restart ever generates new secrets; and an
# instance is taken out of nginx (marked "down" in its configuration, nginx reloaded, and its old workers no longer
# accepting) before it stops, and put back only once it is ready again, so nginx sends a restarting instance no
# requests at all.
#
# Usage: scripts/several-instances.sh COMMAND [NAME...]
#   init              write the settings file, once, for the simulated Webex (never overwrites it); the address
#                     users open is http://localhost:$PUBLIC_PORT (default 10060), kept in the file from then on
#   init real         the same for a real Webex integration: asks for its client ID and secret
#   create-db         create the PostgreSQL user and database, with the password from the settings file
#   nginx             write nginx's configuration (scripts/nginx-webex.conf on the settings file's PUBLIC_PORT) to
#                     $NGINX_CONF, check it, and reload nginx (or start it)
#   start [NAME...]   start them (default: all), one after the other, each waiting until it is ready (and then
#                     back into nginx)
#   stop [NAME...]    stop them (default: all, the instances first): out of nginx, SIGTERM, wait up to STOP_TIMEOUT
#                     for the graceful shutdown, then SIGKILL
#   restart [NAME...] stop and start each in turn, waiting until it is ready (default: every instance, one at a time)
#   status            what runs, with its PID and whether it is ready
# NAME is "simulator" or an instance's port (10061, 10062).
#
# Files: the settings in $WEBEX_ENV_FILE (default ~/.config/webex-app/webex.env); in run/ at the top of this
# repository, per process: its PID file, its log, the copy of the jar it runs, and an instance's data directory.
# The nginx configuration edited on stop and start: $NGINX_CONF (default /etc/nginx/conf.d/webex.conf), if it exists.
# Knobs: PUBLIC_PORT (for "init" only, default 10060), STOP_TIMEOUT (seconds, default 60), READY_TIMEOUT (seconds,
# default 180). Commands that need root (nginx, PostgreSQL) use sudo, or run directly when already root.
set -euo pipefail

self=$(cd "$(dirname "$0")" && pwd)/$(basename "$0")
repo=$(cd "$(dirname "$0")/.." && pwd)
run_dir=$repo/run
env_file=${WEBEX_ENV_FILE:-$HOME/.config/webex-app/webex.env}
app_ports=(10061 10062)
sim_port=10090
sim_base_url=http://127.0.0.1:$sim_port/v1
nginx_conf=${NGINX_CONF:-/etc/nginx/conf.d/webex.conf}
default_public_port=10060
stop_timeout=${STOP_TIMEOUT:-60}
ready_timeout=${READY_TIMEOUT:-180}

die() { echo "$*" >&2; exit 1; }

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

# psql and friends as the database superuser: directly when we are it, with runuser when root (which needs no sudo)
as_postgres() {
  if [ "$(id -un)" = postgres ]; then
    "$@"
  elif [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    sudo -u postgres "$@"
  fi
}

# --- the settings file ---------------------------------------------------------------------------------------------

require_env_file() {
  [ -f "$env_file" ] || die "$env_file does not exist. Run 'scripts/several-instances.sh init' once (never again once
it exists: it holds the token key of every stored grant). If you did, restore it from its backup, or run this as the
same user (with the same HOME) as before."
}

check_public_port() {
  local port=$1 taken
  [[ $port =~ ^[0-9]+$ ]] && [ "$port" -ge 1 ] && [ "$port" -le 65535 ] ||
    die "PUBLIC_PORT must be a port number (1 to 65535), got '$port'"
  for taken in "${app_ports[@]}" "$sim_port"; do
    [ "$port" != "$taken" ] ||
      die "PUBLIC_PORT $port is used by this setup itself: the instances use ${app_ports[*]}, the simulator $sim_port"
  done
}

# The port nginx listens on, from the settings file (files written before it was a setting: 10060).
public_port() {
  # shellcheck source=/dev/null
  (. "$env_file" && echo "${PUBLIC_PORT:-$default_public_port}")
}

# init [real]: writes the settings file unless it exists. Secrets come from openssl's random generator.
init() {
  local mode=${1:-simulated} port=${PUBLIC_PORT:-$default_public_port} client_id client_secret api_line name_line tmp
  if [ -e "$env_file" ]; then
    echo "$env_file already exists: kept as it is (it holds the token key of every stored grant)."
    return 0
  fi
  check_public_port "$port"
  command -v openssl > /dev/null || die "openssl is missing: apt-get install -y openssl"
  case $mode in
    simulated)
      client_id=webex-kit-local
      client_secret=$(openssl rand -hex 32)
      api_line="WEBEX_API_BASE_URL='$sim_base_url'"
      name_line="# the name its consent page asks people to allow
WEBEX_SIMULATOR_INTEGRATION_NAME='Webex Integration Kit'"
      webhooks_line="WEBEX_WEBHOOKS_PUBLIC_URL='http://localhost:$port'"
      ;;
    real)
      [ -t 0 ] && printf 'Client ID of your Webex integration: ' >&2
      read -r client_id
      [ -t 0 ] && { printf 'Client secret (not shown): ' >&2; stty -echo; }
      read -r client_secret || true
      [ -t 0 ] && { stty echo; echo >&2; }
      if [ -z "$client_id" ] || [ -z "$client_secret" ]; then
        die "both the client ID and the client secret are needed"
      fi
      api_line="# WEBEX_API_BASE_URL is not set: the app talks to real Webex, https://webexapis.com/v1"
      name_line=""
      webhooks_line="# WEBEX_WEBHOOKS_PUBLIC_URL='https://...' (an address Webex can reach, in front of nginx) turns them on"
      ;;
    *) die "usage: scripts/several-instances.sh init [real]" ;;
  esac
  case $client_id$client_secret in *"'"*) die "a client ID or secret with a single quote is not supported" ;; esac
  umask 077   # the directory and the file: owner only
  mkdir -p "$(dirname "$env_file")"
  tmp=$(mktemp "$env_file.XXXXXX")
  cat > "$tmp" <<EOF
# Settings shared by every webex-app instance of docs/several-instances.md, written once by
# "scripts/several-instances.sh init" on $(date -u +%Y-%m-%d). Every start reads this file; nothing regenerates it.
#
# WEBEX_TOKEN_KEY encrypts every stored grant: without it no user's grant can be read, and every user must GRANT
# again (the app refuses to start rather than lose them). Back this file up now, and keep the copy apart from the
# database's backups: whoever has both has every user's Webex tokens. Owner-only (chmod 600).
#
# Change a setting here, then restart the instances one at a time: "scripts/several-instances.sh restart".

# The address users open: nginx listens on this port ("scripts/several-instances.sh nginx" configures it so). To
# change it, change it here and in WEBEX_REDIRECT_URI and WEBEX_WEBHOOKS_PUBLIC_URL below (and on the integration),
# then run "scripts/several-instances.sh nginx" and restart everything.
PUBLIC_PORT='$port'

# The integration: its credentials, the redirect URI registered on it (nginx's address, not an instance's) and, for
# the simulated Webex only, where it answers. The simulator reads the first three too.
WEBEX_CLIENT_ID='$client_id'
WEBEX_CLIENT_SECRET='$client_secret'
WEBEX_REDIRECT_URI='http://localhost:$port/oauth'
$api_line
$name_line
# never the simulator built into the app: start-up is refused if the credentials above go missing
WEBEX_SIMULATOR='false'

# Webex events and live space pages: where Webex delivers webhooks (any instance may receive one; PostgreSQL tells
# the instance holding the page)
$webhooks_line

# the key of every stored grant (several, comma-separated, newest first, to rotate: see the README)
WEBEX_TOKEN_KEY='$(openssl rand -base64 32)'

# PostgreSQL ("scripts/several-instances.sh create-db" creates this user and database with this password)
SPRING_DATASOURCE_URL='jdbc:postgresql://localhost:5432/webex?connectTimeout=3&options=-c%20statement_timeout%3D15s'
SPRING_DATASOURCE_USERNAME='webex'
SPRING_DATASOURCE_PASSWORD='$(openssl rand -hex 24)'

# reachable through nginx only, so nginx's X-Forwarded-* headers can be trusted
SERVER_ADDRESS='127.0.0.1'
SERVER_FORWARD_HEADERS_STRATEGY='native'
EOF
  # ln does not replace an existing file: two "init" at once cannot overwrite each other's secrets
  if ! ln "$tmp" "$env_file" 2> /dev/null; then
    rm -f "$tmp"
    die "$env_file appeared meanwhile: kept as it is"
  fi
  rm -f "$tmp"
  echo "Wrote $env_file (owner-only): the integration's secret, the token key and the database password."
  echo "Back it up now, apart from the database's backups: it is the key to every stored grant."
}

# create-db: the database user and database named in the settings file. The password goes to psql on its standard
# input, never on a command line.
create_db() {
  require_env_file
  (
    # shellcheck source=/dev/null
    . "$env_file"
    local db
    db=$(printf '%s' "$SPRING_DATASOURCE_URL" | sed -E 's|^jdbc:postgresql://[^/]+/([^?]+).*|\1|')
    cd /   # psql as postgres cannot read the caller's working directory
    as_postgres psql -q -v ON_ERROR_STOP=1 <<EOF
CREATE USER "$SPRING_DATASOURCE_USERNAME" WITH PASSWORD '$SPRING_DATASOURCE_PASSWORD';
CREATE DATABASE "$db" OWNER "$SPRING_DATASOURCE_USERNAME";
EOF
    echo "Created the PostgreSQL user $SPRING_DATASOURCE_USERNAME and the database $db."
  )
}

# --- processes -----------------------------------------------------------------------------------------------------

uses_simulator() {
  # shellcheck source=/dev/null
  (. "$env_file" && [ "${WEBEX_API_BASE_URL:-}" = "$sim_base_url" ])
}

all_names() {
  if uses_simulator; then echo simulator; fi
  printf '%s\n' "${app_ports[@]}"
}

check_name() {
  local port
  [ "$1" = simulator ] && return 0
  for port in "${app_ports[@]}"; do [ "$1" = "$port" ] && return 0; done
  die "unknown name '$1': simulator, or one of the instances' ports: ${app_ports[*]}"
}

# run/simulator.* or run/app-10061.*
file_of() { if [ "$1" = simulator ]; then echo "$run_dir/simulator"; else echo "$run_dir/app-$1"; fi; }
port_of() { if [ "$1" = simulator ]; then echo "$sim_port"; else echo "$1"; fi; }
ready_url() {
  if [ "$1" = simulator ]; then
    echo "http://127.0.0.1:$sim_port/simulator/stats"
  else
    echo "http://127.0.0.1:$1/actuator/health/readiness"
  fi
}

# The PID in NAME's PID file, if that process still runs this script's copy of the jar (a PID file left behind by a
# reboot may name an unrelated process by now).
running_pid() {
  local pid_file pid
  pid_file=$(file_of "$1").pid
  [ -f "$pid_file" ] || return 1
  pid=$(cat "$pid_file")
  [ -n "$pid" ] && tr '\0' ' ' 2> /dev/null < "/proc/$pid/cmdline" | grep -qF -- "-jar $(file_of "$1").jar" || return 1
  echo "$pid"
}

port_in_use() { (: < "/dev/tcp/127.0.0.1/$1") 2> /dev/null; }

# The built jar (mvn -q -DskipTests package); the .jar.original next to it is Maven's plain jar.
built_jar() {
  local jars=("$repo"/webex-app/target/webex-app-*.jar)
  [ -f "${jars[0]}" ] || die "no webex-app/target/webex-app-*.jar: build it first with 'mvn -q -DskipTests package'"
  echo "${jars[0]}"
}

# --- nginx ---------------------------------------------------------------------------------------------------------

nginx_master() { pgrep -f '^nginx: master process' | head -n 1; }

# nginx_conf_install: scripts/nginx-webex.conf, listening on the settings file's PUBLIC_PORT, as $NGINX_CONF; then
# nginx reloaded, or started when it does not run yet.
nginx_conf_install() {
  local port tmp
  require_env_file
  port=$(public_port)
  check_public_port "$port"
  command -v nginx > /dev/null || [ -x /usr/sbin/nginx ] || die "nginx is missing: apt-get install -y nginx"
  tmp=$(mktemp)
  sed -E "s/^(# nginx on port )10060/\1$port/; s/^( *listen )10060;/\1$port;/" "$repo/scripts/nginx-webex.conf" \
    > "$tmp"
  grep -q "^ *listen $port;" "$tmp" || die "scripts/nginx-webex.conf has no 'listen 10060;' line to set the port in"
  # nginx -t checks the whole configuration, so the new file goes in place first; a refused one gives way to the old
  if [ -f "$nginx_conf" ]; then as_root cp -p "$nginx_conf" "$nginx_conf.previous"; fi
  as_root install -m 644 "$tmp" "$nginx_conf"
  rm -f "$tmp"
  if ! as_root nginx -t -q; then
    if [ -f "$nginx_conf.previous" ]; then
      as_root mv "$nginx_conf.previous" "$nginx_conf"
    else
      as_root rm -f "$nginx_conf"
    fi
    die "nginx refuses the new $nginx_conf (see above): the previous one is back, nothing was reloaded"
  fi
  as_root rm -f "$nginx_conf.previous"
  if [ -n "$(nginx_master)" ]; then
    nginx_reload || die "nginx could not be reloaded"
    echo "Wrote $nginx_conf (port $port) and reloaded nginx"
  else
    as_root service nginx start > /dev/null || die "nginx did not start: see /var/log/nginx/error.log"
    echo "Wrote $nginx_conf (port $port) and started nginx"
  fi
}

# nginx_reload: reloads nginx and returns once its old workers no longer accept connections. "nginx -s reload" only
# signals the master, which then reads the configuration, starts new workers and only then tells the old ones to stop
# accepting: meanwhile the old workers still send new requests where the old configuration says. Stopping an instance
# in that window left a POST it had just received to fail with 502. An old worker that has stopped accepting calls
# itself "worker process is shutting down" and only finishes what it has (a live page's stream may keep it for as
# long as that stream lasts, so the wait is not for it to exit).
nginx_reload() {
  local master old pid deadline
  master=$(nginx_master)
  [ -n "$master" ] || return 1
  old=$(pgrep -P "$master" -f '^nginx: worker process$' || true)
  as_root nginx -s reload 2> /dev/null || return 1
  deadline=$((SECONDS + 30))
  for pid in $old; do
    while [ "$(ps -o args= -p "$pid" 2> /dev/null)" = "nginx: worker process" ]; do
      if [ "$SECONDS" -ge "$deadline" ]; then
        echo "nginx: its worker $pid still accepts connections 30s after the reload" >&2
        return 1
      fi
      sleep 0.1
    done
  done
}

# nginx_mark PORT down|up: marks the instance "down" in nginx's configuration, or removes the mark, and reloads
# nginx (see nginx_reload). A reload is graceful: requests in flight finish, new ones go to the instances not marked
# down. Open-source nginx has no other way to take an instance out on purpose. Nothing happens without that file (no
# nginx here).
nginx_mark() {
  local port=$1 want=$2 line
  [ "$port" != simulator ] && [ -f "$nginx_conf" ] || return 0
  line="server 127\.0\.0\.1:$port "
  if ! grep -q "$line" "$nginx_conf"; then
    echo "$port: not in $nginx_conf, left as it is" >&2
    return 0
  fi
  if [ "$want" = down ]; then
    grep "$line" "$nginx_conf" | grep -q ' down;' && return 0
    as_root sed -i "/$line/s/;/ down;/" "$nginx_conf"
  else
    grep "$line" "$nginx_conf" | grep -q ' down;' || return 0
    as_root sed -i "/$line/s/ down;/;/" "$nginx_conf"
  fi
  if as_root nginx -t -q && nginx_reload; then
    if [ "$want" = down ]; then
      echo "$port: marked down in $nginx_conf and nginx reloaded: it sends this instance no new requests"
    else
      echo "$port: back in $nginx_conf and nginx reloaded: it sends this instance requests again"
    fi
  else
    echo "$port: marked $want in $nginx_conf, but nginx could not be reloaded (not running?)" >&2
  fi
}

start_one() {
  local name=$1 file pid port log
  file=$(file_of "$name")
  port=$(port_of "$name")
  log=$file.log
  if pid=$(running_pid "$name"); then
    echo "$name: already running (PID $pid)"
    return 0
  fi
  ! port_in_use "$port" || die "$name: something else listens on port $port; stop it first"
  mkdir -p "$run_dir"
  # Each process runs its own copy of the jar: Maven rewrites target/*.jar in place, which breaks a JVM running it
  # (NoClassDefFoundError), so a rebuild never touches a running process and the next (re)start picks it up.
  cp "$(built_jar)" "$file.jar.new"
  mv "$file.jar.new" "$file.jar"
  echo "=== $(date -u +%Y-%m-%dT%H:%M:%SZ) starting $name" >> "$log"
  # env -i: the process sees the settings file and nothing the calling shell happens to export. The exec chain
  # (nohup, env, bash, java) keeps one PID, so $! is the JVM's. nohup: closing the terminal does not stop it.
  nohup env -i PATH="$PATH" HOME="$HOME" LANG="${LANG:-C.UTF-8}" WEBEX_ENV_FILE="$env_file" \
    bash "$self" _exec "$name" >> "$log" 2>&1 < /dev/null &
  pid=$!
  echo "$pid" > "$file.pid"
  echo "$name: started (PID $pid), waiting until it is ready ($(ready_url "$name"))"
  wait_ready "$name" "$pid"
  nginx_mark "$name" up
}

# Runs in the started process (see start_one) and becomes the JVM.
exec_one() {
  local name=$1 file
  file=$(file_of "$name")
  cd "$run_dir"   # not the caller's working directory, which may go away
  if [ "$name" = simulator ]; then
    # read, not exported: the simulator gets the integration, not the token key or the database password
    # shellcheck source=/dev/null
    . "$env_file"
    unset WEBEX_ENV_FILE
    export WEBEX_CLIENT_ID WEBEX_CLIENT_SECRET WEBEX_REDIRECT_URI
    for knob in $(compgen -v WEBEX_SIMULATOR_); do export "${knob?}"; done
    SERVER_PORT=$sim_port exec java -jar "$file.jar" simulator
  fi
  set -a
  # shellcheck source=/dev/null
  . "$env_file"
  set +a
  unset WEBEX_ENV_FILE
  SERVER_PORT=$name WEBEX_DATA_DIR=$run_dir/data-$name exec java -jar "$file.jar"
}

wait_ready() {
  local name=$1 pid=$2 url deadline
  url=$(ready_url "$name")
  deadline=$((SECONDS + ready_timeout))
  until curl -sf -o /dev/null --max-time 2 "$url"; do
    if ! kill -0 "$pid" 2> /dev/null; then
      echo "$name: stopped during start-up. The end of $(file_of "$name").log:" >&2
      tail -n 40 "$(file_of "$name").log" | grep -v '^[[:space:]]*$' >&2
      rm -f "$(file_of "$name").pid"
      return 1
    fi
    [ "$SECONDS" -lt "$deadline" ] ||
      die "$name: not ready after ${ready_timeout}s (PID $pid still runs); see $(file_of "$name").log"
    sleep 1
  done
  echo "$name: ready (PID $pid, port $(port_of "$name"), log $(file_of "$name").log)"
}

stop_one() {
  local name=$1 pid deadline
  nginx_mark "$name" down
  if ! pid=$(running_pid "$name"); then
    echo "$name: not running"
    rm -f "$(file_of "$name").pid"
    return 0
  fi
  # SIGTERM: readiness turns DOWN, the port closes (nginx sends new requests to the other instance) and requests in
  # flight finish, for at most 30 s (spring.lifecycle.timeout-per-shutdown-phase)
  kill -TERM "$pid"
  echo "$name: SIGTERM sent to PID $pid, waiting up to ${stop_timeout}s for its graceful shutdown"
  deadline=$((SECONDS + stop_timeout))
  while running_pid "$name" > /dev/null; do
    if [ "$SECONDS" -ge "$deadline" ]; then
      echo "$name: still running ${stop_timeout}s after SIGTERM: SIGKILL (see $(file_of "$name").log)" >&2
      kill -KILL "$pid" 2> /dev/null || true
      sleep 1
      break
    fi
    sleep 0.5
  done
  rm -f "$(file_of "$name").pid"
  echo "$name: stopped"
  if [ "$name" = simulator ]; then
    echo "simulator: its grants and tokens were in its memory only: once it runs again, every user must GRANT again"
  fi
}

# Restarting an instance while no other one is ready leaves nginx nothing to send requests to: say so first.
warn_if_alone() {
  local name=$1 port
  [ "$name" = simulator ] && return 0
  for port in "${app_ports[@]}"; do
    [ "$port" != "$name" ] && curl -sf -o /dev/null --max-time 2 "$(ready_url "$port")" && return 0
  done
  echo "$name: warning: no other instance is ready, so nginx answers 502 until this one is back" >&2
}

status() {
  local name pid state code
  for name in $(all_names); do
    if pid=$(running_pid "$name"); then state="running, PID $pid"; else state="not running"; fi
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$(ready_url "$name")" || true)
    case $code in
      200) code="ready" ;;
      000) code="no answer on port $(port_of "$name")" ;;
      *) code="not ready (HTTP $code)" ;;
    esac
    printf '%-10s %-22s %s\n' "$name" "$state" "$code"
  done
}

# --- commands ------------------------------------------------------------------------------------------------------

command=${1:-}
[ $# -eq 0 ] || shift
case $command in
  init) init "$@" ;;
  create-db) create_db ;;
  nginx) nginx_conf_install ;;
  start | stop | restart)
    require_env_file
    if [ $# -gt 0 ]; then
      names=("$@")
    elif [ "$command" = restart ]; then
      names=("${app_ports[@]}")
    else
      mapfile -t names < <(all_names)
    fi
    for name in "${names[@]}"; do check_name "$name"; done
    case $command in
      start) for name in "${names[@]}"; do start_one "$name"; done ;;
      stop)
        # the instances before the simulator they use
        for name in "${names[@]}"; do [ "$name" = simulator ] || stop_one "$name"; done
        for name in "${names[@]}"; do [ "$name" != simulator ] || stop_one "$name"; done
        ;;
      restart)
        for name in "${names[@]}"; do
          warn_if_alone "$name"
          stop_one "$name"
          start_one "$name"
        done
        ;;
    esac
    ;;
  status) require_env_file && status ;;
  _exec) exec_one "$1" ;;
  *) sed -n '2,/^set -euo/p' "$self" | sed '$d' | sed 's/^# \{0,1\}//' >&2; exit 2 ;;
esac
