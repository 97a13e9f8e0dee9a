#!/usr/bin/env bash
# Takes the screenshots in docs/screenshots again, from the real app in headless Chromium, and copies them over the
# committed ones. The browser tests take them: PagesBrowserTests walks the main pages of a freshly started app in
# simulator mode (nothing posted, the whole page in each picture), GrantJourneyBrowserTests the empty spaces page.
#
# Usage: scripts/screenshots.sh          (from anywhere; needs Chromium and ChromeDriver:
#                                         apt-get install chromium chromium-driver)
# Then look at the pictures, and commit those that changed.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
shots=$repo/webex-app/target/screenshots
names=(home consent declined connected spaces space spaces-375 spaces-empty)

for binary in /usr/bin/chromium /usr/bin/chromedriver; do
  [ -x "$binary" ] || { echo "$binary is missing: apt-get install chromium chromium-driver" >&2; exit 1; }
done
cd "$repo"
rm -rf "$shots"
mvn -B -ntp -q -pl webex-app -am verify -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dit.test='PagesBrowserTests,GrantJourneyBrowserTests#spacesWhenPersonIsInNoSpaceThenSaysSo' \
  -Dfailsafe.failIfNoSpecifiedTests=false
for name in "${names[@]}"; do
  [ -f "$shots/$name.png" ] || { echo "the tests took no $name.png (see $shots)" >&2; exit 1; }
  cp "$shots/$name.png" "$repo/docs/screenshots/$name.png"
done
echo "Copied ${names[*]} from $shots to docs/screenshots"
