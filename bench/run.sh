#!/usr/bin/env bash
# Benchmarks the app in its embedded default configuration (H2 file database, sessions in sealed cookies) with wrk,
# against a fast local Webex stand-in: nginx answers GET /v1/rooms with a recorded 100-room page (bench/rooms-100.json)
# and passes everything else (consent page, token endpoint, people/me) to the standalone simulator. Side by side, in
# the same run and against the same stand-in, three baselines (bench/baselines/, see bench/README.md): the seed's
# Flask app, a plain Spring Boot + Spring Security app, and a bare Spring MVC endpoint (the ceiling).
#
# Prints: start-up time and resident memory in simulator mode (fat jar, and extracted with a CDS archive), and of the
# app against the stand-in vs the plain Spring app; requests/s with p50/p99 for a trivial page; then, in ROUNDS
# alternating rounds (app, Flask, plain Spring, ceiling, again) so that drift hits all alike, /spaces (100 rooms) for
# one user and for USERS distinct users, and the connected home page vs the plain Spring app's page with the user's
# name; the grant flow and its callback for each; one table of ratios against the baselines with the project's
# targets; and a refresh storm (STORM_REQUESTS requests at once over STORM_USERS users whose tokens Webex expired),
# with the token requests the simulator saw and the most it had in flight at once.
#
# Usage: bench/run.sh        (needs wrk, nginx, curl, and Debian's Flask and requests:
#                             apt-get install wrk nginx curl python3-flask python3-requests)
# Knobs: DURATION (20s per measure and round), WARMUP (60s, each JVM), ROUNDS (3), CONNECTIONS (20), THREADS (2),
#        USERS (1000), STORM_USERS (200), STORM_REQUESTS (1000), REFRESH_CONCURRENCY (8), SKIP_BUILD=1,
#        KEEP_LOGS=dir (copy the logs and profiles there), PYTHON (a python3 with flask and requests),
#        APP_JAR and APP_COOKIE (another build of the app and its session cookie, to compare builds),
#        PROFILER (path to async-profiler's libasyncProfiler.so: profile the app after the rounds), ports APP_PORT (10070),
#        FLASK_PORT (10071), PLAIN_PORT (10072), CEILING_PORT (10073), SIM_PORT (10091), STANDIN_PORT (10092)
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${DURATION:-20s}
WARMUP=${WARMUP:-60s}
ROUNDS=${ROUNDS:-3}
CONNECTIONS=${CONNECTIONS:-20}
THREADS=${THREADS:-2}
USERS=${USERS:-1000}
STORM_USERS=${STORM_USERS:-200}
STORM_REQUESTS=${STORM_REQUESTS:-1000}
REFRESH_CONCURRENCY=${REFRESH_CONCURRENCY:-8}
APP_PORT=${APP_PORT:-10070}
FLASK_PORT=${FLASK_PORT:-10071}
PLAIN_PORT=${PLAIN_PORT:-10072}
CEILING_PORT=${CEILING_PORT:-10073}
SIM_PORT=${SIM_PORT:-10091}
STANDIN_PORT=${STANDIN_PORT:-10092}
app_url="http://localhost:$APP_PORT"
flask_url="http://localhost:$FLASK_PORT"
plain_url="http://localhost:$PLAIN_PORT"
ceiling_url="http://localhost:$CEILING_PORT"
sim_url="http://127.0.0.1:$SIM_PORT"
api="http://localhost:$STANDIN_PORT/v1"
run_started=$(date +%s)

for tool in wrk nginx curl java mvn; do
  command -v "$tool" >/dev/null || { echo "$tool is missing: apt-get install wrk nginx curl" >&2; exit 1; }
done
# Debian's Flask and requests (python3-flask, python3-requests); another python3 only if Debian's lacks them
python=${PYTHON:-}
if [ -z "$python" ]; then
  for candidate in /usr/bin/python3 python3; do
    if "$candidate" -c 'import flask, requests' 2>/dev/null; then python=$candidate; break; fi
  done
fi
[ -n "$python" ] || { echo "no python3 with flask and requests: apt-get install python3-flask python3-requests" >&2; exit 1; }
for port in "$APP_PORT" "$FLASK_PORT" "$PLAIN_PORT" "$CEILING_PORT" "$SIM_PORT" "$STANDIN_PORT"; do
  ! curl -s -o /dev/null "http://127.0.0.1:$port/" || { echo "port $port is in use: stop what runs there first" >&2; exit 1; }
done
if [ "${SKIP_BUILD:-}" != 1 ]; then
  mvn -B -q -DskipTests package
  # the baselines are projects of their own, not modules of the main build
  mvn -B -q -DskipTests -f bench/baselines/plain-spring/pom.xml package
  mvn -B -q -DskipTests -f bench/baselines/ceiling/pom.xml package
fi
jar=${APP_JAR:-$(ls webex-app/target/webex-app-*.jar | grep -v plain | head -1)}
app_cookie=${APP_COOKIE:-WEBEX_SESSION}
plain_jar=bench/baselines/plain-spring/target/plain-spring-0.jar
ceiling_jar=bench/baselines/ceiling/target/ceiling-0.jar

work=$(mktemp -d)
chmod 755 "$work"   # nginx's workers may run as another user
pids=()
cleanup() {
  [ -z "${KEEP_LOGS:-}" ] || { mkdir -p "$KEEP_LOGS"; cp "$work"/*.log "$work"/profile-*.txt "$KEEP_LOGS"/ 2>/dev/null || true; }
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

stop() { # pid
  kill "$1" 2>/dev/null || true
  wait "$1" 2>/dev/null || true
}

to_ms() { # a wrk latency (850.00us, 133.45ms, 1.53s, 2.00m) in milliseconds
  awk -v v="$1" 'BEGIN {
    n = v + 0; u = v; sub(/^[0-9.]+/, "", u)
    printf "%.1f", (u == "us") ? n / 1000 : (u == "s") ? n * 1000 : (u == "m") ? n * 60000 : n }'
}

# measure name, wrk arguments...: prints one line. EXPECT_BYTES (a page's size) makes responses that are on average
# much smaller count as errors: wrk takes any 2xx or 3xx as a success, and a redirect to a login is not the page.
# RECORD="measure app round" appends "measure app round req/s p99-ms errors" to $work/results.txt.
measure() {
  local name=$1; shift
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$@" > "$work/wrk.txt"
  local rps p50 p99 errors requests bytes per
  rps=$(awk '/Requests\/sec/ {print $2}' "$work/wrk.txt")
  p50=$(awk '$1 == "50%" {print $2}' "$work/wrk.txt")
  p99=$(awk '$1 == "99%" {print $2}' "$work/wrk.txt")
  # non-2xx/3xx answers, and connect, read, write errors and timeouts
  errors=$(awk '/Non-2xx/ {n += $NF} /Socket errors/ {gsub(/,/, ""); n += $4 + $6 + $8 + $10} END {print n + 0}' \
    "$work/wrk.txt")
  requests=$(awk '/requests in/ {print $1}' "$work/wrk.txt")
  bytes=$(awk '/requests in/ { v = $5 + 0; u = $5; sub(/^[0-9.]+/, "", u); sub(/read$/, "", u)
    print int(v * ((u == "KB") ? 1024 : (u == "MB") ? 1048576 : (u == "GB") ? 1073741824 : 1)) }' "$work/wrk.txt")
  per=$(( bytes / (requests > 0 ? requests : 1) ))
  if [ -n "${EXPECT_BYTES:-}" ] && [ "$per" -lt $(( EXPECT_BYTES * 9 / 10 )) ]; then
    echo "  NOT THE PAGE: $per bytes per response on average, the page has $EXPECT_BYTES" >&2
    errors=$(( errors + requests ))
  fi
  printf '%-52s %9s req/s   p50 %8s   p99 %8s   errors %s   %s kB/response\n' "$name" "$rps" "$p50" "$p99" \
    "$errors" "$(( per / 1024 ))"
  [ -z "${RECORD:-}" ] || echo "$RECORD $rps $(to_ms "$p99") $errors" >> "$work/results.txt"
}

flask_version=$("$python" -c 'import sys, importlib.metadata as m; print("Python", sys.version.split()[0], "Flask", m.version("flask"))')
echo "# $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs))," \
  "$(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1), $flask_version," \
  "wrk -t$THREADS -c$CONNECTIONS -d$DURATION, $ROUNDS rounds"

# 1. start-up to ready, and memory once ready, in simulator mode: the fat jar as built, then the same extracted
#    with a class-data-sharing archive (the README's "Faster start-up")
startup() { # name, readiness URL, command...: prints the time to ready and the resident memory then
  local name=$1 ready=$2; shift 2
  rm -rf "$work/quickstart"   # the app's data directory here: a first start, with a new database
  local started; started=$(date +%s%N)
  "$@" > "$work/quickstart.log" 2>&1 &
  local pid=$!
  pids+=($pid)
  wait_ready "$ready" "$pid" "$work/quickstart.log"
  started_ms=$(( ($(date +%s%N) - started) / 1000000 ))
  started_mib=$(( $(ps -o rss= -p "$pid") / 1024 ))
  printf '%-52s %6s ms to ready, resident memory %s MiB\n' "start-up, $name" "$started_ms" "$started_mib"
  stop "$pid"
}
quick=(env WEBEX_DATA_DIR="$work/quickstart" SERVER_PORT=$APP_PORT)
startup "java -jar (fat jar)" "$app_url/actuator/health/readiness" "${quick[@]}" java -jar "$jar"
java -Djarmode=tools -jar "$jar" extract --destination "$work/extracted" > /dev/null
extracted="$work/extracted/$(basename "$jar")"
WEBEX_DATA_DIR="$work/training" SERVER_PORT=$APP_PORT java -XX:ArchiveClassesAtExit="$work/app.jsa" \
  -Dspring.context.exit=onRefresh -jar "$extracted" > "$work/training.log" 2>&1
startup "extracted jar + CDS archive" "$app_url/actuator/health/readiness" \
  "${quick[@]}" java -XX:SharedArchiveFile="$work/app.jsa" -jar "$extracted"

# 2. the Webex stand-in: the standalone simulator behind nginx, which serves the recorded rooms page itself. One
#    integration, with each app's redirect URI registered.
secret=$(head -c 24 /dev/urandom | base64 | tr -d '/+=')
WEBEX_CLIENT_ID=bench WEBEX_CLIENT_SECRET="$secret" SERVER_PORT=$SIM_PORT WEBEX_SIMULATOR_PEOPLE=$USERS \
  WEBEX_REDIRECT_URI="$app_url/oauth,$flask_url/oauth,$plain_url/login/oauth2/code/webex" \
  java -jar "$jar" simulator > "$work/simulator.log" 2>&1 &
simulator=$!
pids+=($simulator)
sed -e "s|@PORT@|$STANDIN_PORT|; s|@SIMULATOR@|127.0.0.1:$SIM_PORT|; s|@ROOMS@|$PWD/bench/rooms-100.json|; s|@WORK@|$work|g" \
  bench/standin-nginx.conf > "$work/nginx.conf"
nginx -p "$work" -c "$work/nginx.conf"
wait_ready "$sim_url/simulator/stats" "$simulator" "$work/simulator.log"

# how each app is started against the stand-in (the app: its embedded default configuration, in a data directory)
webex_env=(WEBEX_CLIENT_ID=bench WEBEX_CLIENT_SECRET="$secret" WEBEX_API_BASE_URL="$api")
run_app() { # API base URL, data directory
  exec env "${webex_env[@]}" WEBEX_API_BASE_URL="$1" WEBEX_REDIRECT_URI="$app_url/oauth" \
    WEBEX_REFRESH_CONCURRENCY=$REFRESH_CONCURRENCY WEBEX_DATA_DIR="$2" SERVER_PORT=$APP_PORT java -jar "$jar"
}
run_plain() { exec env "${webex_env[@]}" SERVER_PORT=$PLAIN_PORT java -jar "$plain_jar"; }

# 3. start-up to ready and resident memory then, the app (against the stand-in, fresh database) vs the plain Spring
#    app, java -jar both, alternating; the median of ROUNDS each
for round in $(seq 1 "$ROUNDS"); do
  startup "app, java -jar, round $round" "$app_url/actuator/health/readiness" run_app "$api" "$work/quickstart"
  echo "startup app $started_ms $started_mib" >> "$work/startup.txt"
  startup "plain Spring, java -jar, round $round" "$plain_url/" run_plain
  echo "startup plain $started_ms $started_mib" >> "$work/startup.txt"
done

# 4. every app started and left running; one user connected to each through the consent page
start() { # name, readiness URL, command...: sets $started_pid
  local name=$1 ready=$2; shift 2
  "$@" >> "$work/$name.log" 2>&1 &
  started_pid=$!
  pids+=($started_pid)
  wait_ready "$ready" "$started_pid" "$work/$name.log"
}
start_app() { # API base URL
  start app "$app_url/actuator/health/readiness" run_app "$1" "$work/data"
  app=$started_pid
}
start_app "$api"
start flask "$flask_url/" env "${webex_env[@]}" WEBEX_REDIRECT_URI="$flask_url/oauth" PORT=$FLASK_PORT \
  "$python" bench/baselines/flask/app.py
flask=$started_pid
start plain "$plain_url/" run_plain
plain=$started_pid
start ceiling "$ceiling_url/spaces" env WEBEX_API_BASE_URL="$api" WEBEX_ACCESS_TOKEN="$secret" SERVER_PORT=$CEILING_PORT \
  java -jar "$ceiling_jar"
ceiling=$started_pid

connect() { # app, users, out file: the grant flow as a browser does it
  case $1 in
    app) java bench/Load.java connect --base "$app_url" --users "$2" --parallel "$CONNECTIONS" --out "$3" \
      --cookie "$app_cookie" ;;
    flask) java bench/Load.java connect --base "$flask_url" --users "$2" --parallel "$CONNECTIONS" --out "$3" \
      --cookie session ;;
    plain) java bench/Load.java connect --base "$plain_url" --users "$2" --parallel "$CONNECTIONS" --out "$3" \
      --cookie JSESSIONID --grant /oauth2/authorization/webex ;;
  esac
}
url_of() { case $1 in app) echo "$app_url" ;; flask) echo "$flask_url" ;; plain) echo "$plain_url" ;; ceiling) echo "$ceiling_url" ;; esac; }
spaces_path() { [ "$1" = app ] && echo "/spaces?size=100" || echo "/spaces"; }
with_cookie() { [ -z "$1" ] || printf '%s\n' -H "Cookie: $1"; }   # a session cookie as curl's and wrk's arguments
page_bytes() { # app, path, cookie: checks the page is 200 (and, for /spaces, lists 100 spaces) and prints its size
  local args; mapfile -t args < <(with_cookie "$3")
  curl -s -o "$work/page.html" -w '%{http_code}' "${args[@]}" "$(url_of "$1")$2" > "$work/status.txt"
  [ "$(cat "$work/status.txt")" = 200 ] || { echo "$1 $2 answered $(cat "$work/status.txt")" >&2; exit 1; }
  if [ "${2%%\?*}" = /spaces ]; then
    local rows; rows=$(grep -c '<td class="title">' "$work/page.html" || true)
    [ "$rows" = 100 ] || { echo "$1 $2 shows $rows spaces, not 100" >&2; exit 1; }
  fi
  wc -c < "$work/page.html"
}
declare -A cookie spaces_bytes home_bytes
for name in app flask plain; do
  connect "$name" 1 "$work/one-$name.txt" > /dev/null
  cookie[$name]=$(cat "$work/one-$name.txt")
  spaces_bytes[$name]=$(page_bytes "$name" "$(spaces_path "$name")" "${cookie[$name]}")
done
cookie[ceiling]=""   # no security, no session
spaces_bytes[ceiling]=$(page_bytes ceiling /spaces "")
home_bytes[app]=$(page_bytes app / "${cookie[app]}")
home_bytes[plain]=$(page_bytes plain / "${cookie[plain]}")
grep -q 'Connected to Webex' "$work/page.html" || { echo "the plain Spring app's home page shows no user" >&2; exit 1; }
printf '/spaces page: app %s bytes, Flask %s, plain Spring %s, ceiling %s; home page: app %s, plain Spring %s\n' \
  "${spaces_bytes[app]}" "${spaces_bytes[flask]}" "${spaces_bytes[plain]}" "${spaces_bytes[ceiling]}" \
  "${home_bytes[app]}" "${home_bytes[plain]}"

# 5. warm-up: the JVMs for WARMUP (their JIT compilers need it), Flask for 10 s (CPython does not compile); then the
#    app's trivial page once (the framework's ceiling within the app)
warm() { # duration, app, path
  local args; mapfile -t args < <(with_cookie "${cookie[$2]}")
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$1" "${args[@]}" "$(url_of "$2")$3" > /dev/null
}
for name in app plain ceiling; do warm "$WARMUP" "$name" "$(spaces_path "$name")"; done
warm 10s flask /spaces
warm 10s app /
warm 10s plain /
measure "trivial page (/css/app.css)" "$app_url/css/app.css"

# 6. USERS distinct users connected to each app that keeps sessions (the ceiling has none)
for name in app flask plain; do
  echo "$name:"
  connect "$name" "$USERS" "$work/cookies-$name.txt" | sed 's/^/  /'
done
cp "$work/cookies-app.txt" "$work/cookies.txt"
# after a thousand sign-ins each, settle every app alike before the rounds
for name in app flask plain; do
  COOKIES="$work/cookies-$name.txt" wrk -t"$THREADS" -c"$CONNECTIONS" -d10s -s bench/cookies.lua \
    "$(url_of "$name")$(spaces_path "$name")" > /dev/null
done

# 7. the rounds: each measure for every app in turn, ROUNDS times
label() { case $1 in app) echo "app" ;; flask) echo "Flask" ;; plain) echo "plain Spring" ;; ceiling) echo "ceiling" ;; esac; }
for round in $(seq 1 "$ROUNDS"); do
  echo "round $round of $ROUNDS:"
  for name in app flask plain ceiling; do
    mapfile -t args < <(with_cookie "${cookie[$name]}")
    RECORD="spaces1 $name $round" EXPECT_BYTES=${spaces_bytes[$name]} measure "  /spaces, one user, $(label "$name")" \
      "${args[@]}" "$(url_of "$name")$(spaces_path "$name")"
  done
  for name in app flask plain; do
    COOKIES="$work/cookies-$name.txt" RECORD="spacesN $name $round" EXPECT_BYTES=${spaces_bytes[$name]} \
      measure "  /spaces, $USERS users, $(label "$name")" -s bench/cookies.lua "$(url_of "$name")$(spaces_path "$name")"
  done
  for name in app plain; do
    RECORD="home $name $round" EXPECT_BYTES=${home_bytes[$name]} measure "  home (/), connected, $(label "$name")" \
      -H "Cookie: ${cookie[$name]}" "$(url_of "$name")/"
  done
done
# still signed in after the rounds (a lost session would have been answered with a small redirect, counted above)
for name in app flask plain; do
  for n in 1 $(( (USERS + 1) / 2 )) "$USERS"; do
    page_bytes "$name" "$(spaces_path "$name")" "$(sed -n "${n}p" "$work/cookies-$name.txt")" > /dev/null
  done
done
stop "$flask"; stop "$plain"; stop "$ceiling"

# 7b. where the app's time goes: async-profiler attached to the running app (CPU time, 1 ms interval) for one more
#     measure of /spaces and of the home page, each split into the parts of a page view by bench/Profile.java
if [ -n "${PROFILER:-}" ]; then
  profile() { # name, wrk arguments...
    local name=$1; shift
    jcmd "$app" JVMTI.agent_load "$PROFILER" '"start,event=ctimer,interval=1ms,threads"' > /dev/null
    measure "  profiled: $name" "$@"
    jcmd "$app" JVMTI.agent_load "$PROFILER" "\"stop,collapsed,file=$work/profile-$name.txt\"" > /dev/null
    java bench/Profile.java "$work/profile-$name.txt" | sed 's/^/    /'
  }
  echo "profile (async-profiler, request threads' CPU samples by part of the page view):"
  profile spaces -H "Cookie: ${cookie[app]}" "$app_url/spaces?size=100"
  profile home -H "Cookie: ${cookie[app]}" "$app_url/"
fi

# 8. the table: mean req/s over the rounds, median p99, errors summed; start-up and memory, their medians
median_awk='function median(a, m,   i, j, x) {   # of a[1..m], which it sorts
    for (i = 2; i <= m; i++) { x = a[i]; for (j = i - 1; j >= 1 && a[j] > x; j--) a[j + 1] = a[j]; a[j + 1] = x }
    return (m % 2) ? a[(m + 1) / 2] : (a[m / 2] + a[m / 2 + 1]) / 2 }'
awk "$median_awk"'
  { key = $1 " " $2; m = ++n[key]; rps[key] += $4; err[key] += $6; p99[key, m] = $5 + 0 }
  END { for (key in n) { split("", v); for (i = 1; i <= n[key]; i++) v[i] = p99[key, i]
          printf "%s %.1f %.1f %d\n", key, rps[key] / n[key], median(v, n[key]), err[key] } }' \
  "$work/results.txt" > "$work/summary.txt"
awk "$median_awk"'
  { m = ++n[$2]; ms[$2, m] = $3 + 0; mib[$2, m] = $4 + 0 }
  END { for (app in n) { split("", v); split("", w); for (i = 1; i <= n[app]; i++) { v[i] = ms[app, i]; w[i] = mib[app, i] }
          printf "startup %s %d %d\n", app, median(v, n[app]), median(w, n[app]) } }' \
  "$work/startup.txt" >> "$work/summary.txt"
spread() { # measure, app, baseline's measure, baseline, field (4 req/s, 5 p99): the lowest and highest ratio in a round
  awk -v a="$1 $2" -v b="$3 $4" -v f="$5" '$1 " " $2 == a { x[$3] = $f } $1 " " $2 == b { y[$3] = $f }
    END { for (r in x) if ((r in y) && y[r] > 0) { q = x[r] / y[r]; if (!n++ || q < lo) lo = q; if (n == 1 || q > hi) hi = q }
          if (n > 1) printf " (%.2f-%.2f)", lo, hi }' "$work/results.txt"
}
value() { awk -v k="$1 $2" -v f="$3" '$1 " " $2 == k { print $f }' "$work/summary.txt"; }   # measure, app, field
verdict() { awk -v a="$1" -v op="$2" -v b="$3" 'BEGIN { ok = (op == ">=") ? a >= b : (op == "<=") ? a <= b : (op == "<") ? a < b : a == b
  print ok ? "met" : "MISSED" }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0) ? a / b : 0 }'; }
raw() { printf '%s req/s, p99 %s ms, %s errors' "$(value "$1" "$2" 3)" "$(value "$1" "$2" 4)" "$(value "$1" "$2" 5)"; }
row() { # what, result, target operator, target, our raw numbers, the baseline's[, the result's range over the rounds]
  printf '%-46s %20s  %-9s %-7s %-40s %s\n' "$1" "$2${7:-}" "$3 $4" "$(verdict "$2" "$3" "$4")" "$5" "$6"
}
echo
echo "Against the baselines (this run, side by side: req/s the mean of $ROUNDS round(s) of $DURATION, p99 their median," \
  "errors their sum; start-up and memory the median of $ROUNDS start(s) each):"
printf '%-46s %20s  %-9s %-7s %-40s %s\n' "measure" "result (round range)" "target" "" "app (raw)" "baseline (raw)"
for measure in spaces1 spacesN; do
  what=$([ "$measure" = spaces1 ] && echo "/spaces, 1 user" || echo "/spaces, $USERS users")
  ours=$(raw "$measure" app)
  row "$what: app ÷ Flask" "$(ratio "$(value "$measure" app 3)" "$(value "$measure" flask 3)")" ">=" 4 "$ours" \
    "Flask: $(raw "$measure" flask)" "$(spread "$measure" app "$measure" flask 4)"
  row "$what: app ÷ plain Spring" "$(ratio "$(value "$measure" app 3)" "$(value "$measure" plain 3)")" ">=" 2 "$ours" \
    "plain Spring: $(raw "$measure" plain)" "$(spread "$measure" app "$measure" plain 4)"
  # the ceiling has no users: its one-user figure stands for both
  row "$what: app ÷ ceiling" "$(ratio "$(value "$measure" app 3)" "$(value spaces1 ceiling 3)")" ">=" 0.5 "$ours" \
    "ceiling: $(raw spaces1 ceiling)" "$(spread "$measure" app spaces1 ceiling 4)"
  row "$what: app p99 ÷ plain Spring p99" "$(ratio "$(value "$measure" app 4)" "$(value "$measure" plain 4)")" "<=" 0.5 \
    "p99 $(value "$measure" app 4) ms" "plain Spring: p99 $(value "$measure" plain 4) ms" \
    "$(spread "$measure" app "$measure" plain 5)"
  row "$what: app errors" "$(value "$measure" app 5)" "=" 0 "$ours" ""
done
row "home, connected: app ÷ plain Spring name" "$(ratio "$(value home app 3)" "$(value home plain 3)")" ">=" 2 \
  "$(raw home app)" "plain Spring: $(raw home plain)" "$(spread home app home plain 4)"
app_ms=$(value startup app 3); plain_ms=$(value startup plain 3)
app_mib=$(value startup app 4); plain_mib=$(value startup plain 4)
row "start-up to ready (s), java -jar" "$(awk -v v="$app_ms" 'BEGIN { printf "%.1f", v / 1000 }')" "<" 8 \
  "app: $app_ms ms" "plain Spring: $plain_ms ms"
row "start-up: app ÷ plain Spring" "$(ratio "$app_ms" "$plain_ms")" "<=" 1 "app: $app_ms ms" "plain Spring: $plain_ms ms"
# 250 MB are 238.4 MiB
row "resident memory once ready (MiB)" "$app_mib" "<" 238.4 "app: $app_mib MiB (target 250 MB)" \
  "plain Spring: $plain_mib MiB"
row "resident memory: app ÷ plain Spring" "$(ratio "$app_mib" "$plain_mib")" "<=" 1 "app: $app_mib MiB" \
  "plain Spring: $plain_mib MiB"
echo

# 9. refresh storm: the app now talks to the simulator directly (which checks tokens), same database and sessions
stop "$app"
start_app "$sim_url/v1"
wrk -t"$THREADS" -c"$CONNECTIONS" -d20s -H "Cookie: ${cookie[app]}" "$app_url/spaces" > /dev/null   # warm up again
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
echo "the whole run took $(( ($(date +%s) - run_started) / 60 )) min $(( ($(date +%s) - run_started) % 60 )) s"
