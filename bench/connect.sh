#!/usr/bin/env bash
# Connects one browser session to an app through the simulator's consent page, as a user clicking GRANT and Accept
# would, and prints the session cookie ("WEBEX_SESSION=...").
# Usage: bench/connect.sh [base-url] [person-index] [grant] [cookie-name]
#   grant: where the grant starts, a path or a URL (default: the home page's GRANT link); its redirects are followed
#          to the consent page
#   cookie-name: the app's session cookie (default WEBEX_SESSION; the Flask baseline's is session, plain Spring's JSESSIONID)
set -euo pipefail
base=${1:-http://localhost:10060}
person=${2:-0}
grant=${3:-}
cookie=${4:-WEBEX_SESSION}
jar=$(mktemp)
trap 'rm -f "$jar"' EXIT

location() { { grep -i '^location:' || true; } | head -1 | sed 's/^[Ll]ocation: *//' | tr -d '\r'; }

if [ -z "$grant" ]; then
  grant=$(curl -s -c "$jar" -b "$jar" "$base/" | sed -n 's/.*<a [^>]*href="\([^"]*\)"[^>]*>GRANT<\/a>.*/\1/p' | head -1 \
    | sed 's/&amp;/\&/g')
  [ -n "$grant" ] || { echo "no GRANT link on $base/" >&2; exit 1; }
fi
case $grant in http://* | https://*) ;; *) grant=$base$grant ;; esac
consent=$(curl -s -L --max-redirs 5 -c "$jar" -b "$jar" -w '\n%{url_effective}' "$grant")
authorize=$(printf '%s' "$consent" | tail -1)
webex=$(printf '%s' "$authorize" | sed -E 's|^(https?://[^/]+).*|\1|')   # the consent page's origin
consent_id=$(printf '%s' "$consent" | sed -n 's/.*name="consent" value="\([^"]*\)".*/\1/p' | head -1)
[ -n "$consent_id" ] || { echo "no consent page at $authorize" >&2; exit 1; }
person_id=$(printf '%s' "$consent" | sed -n 's/.*<option value="\([^"]*\)".*/\1/p' | sed -n "$((person + 1))p")
callback=$(curl -s -o /dev/null -D - -c "$jar" -b "$jar" \
  --data-urlencode "consent=$consent_id" --data-urlencode "decision=accept" --data-urlencode "person=$person_id" \
  "$webex/v1/authorize/decision" | location)
landed=$(curl -s -o /dev/null -D - -c "$jar" -b "$jar" "$callback")
status=$(printf '%s' "$landed" | head -1 | awk '{print $2}')
next=$(printf '%s' "$landed" | location)
if { [ "$status" != 200 ] && [ "$status" != 302 ]; } || [[ $next == *error* ]]; then
  echo "the callback answered $status $next" >&2
  exit 1
fi
session=$(awk -v name="$cookie" '$6 == name { print $7 }' "$jar" | tail -1)
[ -n "$session" ] || { echo "no $cookie cookie" >&2; exit 1; }
echo "$cookie=$session"
