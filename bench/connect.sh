#!/usr/bin/env bash
# Connects one browser session to the app through the simulator's consent page, as a user clicking GRANT and
# Accept would, and prints the session cookie ("SESSION=...").
# Usage: bench/connect.sh [base-url] [person-index]
set -euo pipefail
base=${1:-http://localhost:10060}
person=${2:-0}
jar=$(mktemp)
trap 'rm -f "$jar"' EXIT

location() { grep -i '^location:' | head -1 | sed 's/^[Ll]ocation: *//' | tr -d '\r'; }

# the home page's GRANT button names the active mode's registration
grant=$(curl -s -c "$jar" -b "$jar" "$base/" | sed -n 's/.*<a class="button grant" href="\([^"]*\)">GRANT<\/a>.*/\1/p' | head -1)
[ -n "$grant" ] || { echo "no GRANT link on $base/" >&2; exit 1; }
authorize=$(curl -s -o /dev/null -D - -c "$jar" -b "$jar" "$base$grant" | location)
webex=$(printf '%s' "$authorize" | sed -E 's|^(https?://[^/]+).*|\1|')   # the consent page's origin
consent=$(curl -s -c "$jar" -b "$jar" "$authorize")
consent_id=$(printf '%s' "$consent" | sed -n 's/.*name="consent" value="\([^"]*\)".*/\1/p' | head -1)
person_id=$(printf '%s' "$consent" | sed -n 's/.*<option value="\([^"]*\)".*/\1/p' | sed -n "$((person + 1))p")
callback=$(curl -s -o /dev/null -D - -c "$jar" -b "$jar" \
  --data-urlencode "consent=$consent_id" --data-urlencode "decision=accept" --data-urlencode "person=$person_id" \
  "$webex/v1/authorize/decision" | location)
curl -s -o /dev/null -c "$jar" -b "$jar" "$callback"
session=$(awk '$6 == "SESSION" { print $7 }' "$jar" | tail -1)
[ -n "$session" ] || { echo "no session cookie" >&2; exit 1; }
echo "SESSION=$session"
