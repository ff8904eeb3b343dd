#!/usr/bin/env bash
# Takes the README's screenshots of the example site: the home, an article with its cover
# image and event, the event list and the About page (a standalone page with a figure), in
# German and Catalan, 390 px and 1280 px wide, light and dark (whole pages); and the search
# page with results.
# Needs Debian's chromium and ../shared/tools (screenshot.sh). Run from the repository root:
#   docs/screenshots/make.sh [TOOLS_DIR]
set -euo pipefail
TOOLS="${1:-../shared/tools}"
OUT=docs/screenshots
# Built as on 1 October 2024, so that the SECON meeting (22–25 October 2024) is upcoming.
SOURCE_DATE_EPOCH=1727740800 cargo run --release -q -- build --output target/screenshot-site
PORT=8799
python3 -m http.server "$PORT" --bind 127.0.0.1 --directory target/screenshot-site >/dev/null 2>&1 &
SERVER=$!
DARK="$(mktemp)"
trap 'kill "$SERVER"; rm -f "$DARK"' EXIT
# Chromium that prefers the dark colour scheme.
printf '#!/bin/sh\nexec /usr/bin/chromium --force-dark-mode --blink-settings=preferredColorScheme=0 "$@"\n' >"$DARK"
chmod +x "$DARK"
sleep 1
declare -A ARTICLE=(
  [de]=/de/news/seconet-sozialwirtschaftscluster/
  [ca]=/ca/news/seconet-clusters-economia-social/
)
# Whole pages for the home and the event list (their height measured by a first full-page
# capture); the top of the article, down to its event card. Both schemes as plain Chromium
# screenshots of that size, since the full-page mode always renders the light scheme.
height() {
  "$TOOLS/screenshot.sh" "$1" "$OUT/.measure.png" "$2" full >/dev/null
  python3 -c "import struct,sys;print(struct.unpack('>II',open(sys.argv[1],'rb').read(24)[16:24])[1])" "$OUT/.measure.png"
  rm -f "$OUT/.measure.png"
}
for lang in de ca; do
  for page in home article events about; do
    for width in 390 1280; do
      case $page in
        home) path=/$lang/ ;;
        article) path=${ARTICLE[$lang]} ;;
        events) path=/$lang/events/ ;;
        about) path=/$lang/about/ ;;
      esac
      url="http://127.0.0.1:$PORT$path"
      if [ "$page" = article ]; then
        h=$([ "$width" = 390 ] && echo 1750 || echo 1250)
      else
        h=$(height "$url" "$width")
      fi
      "$TOOLS/screenshot.sh" "$url" "$OUT/$lang-$page-$width-light.png" "$width" "$h"
      CHROME_PATH="$DARK" "$TOOLS/screenshot.sh" "$url" "$OUT/$lang-$page-$width-dark.png" "$width" "$h"
    done
  done
done
# The search page with results: they come from the index after the page loads, which only the
# full-page mode waits for in real time (so light scheme only).
declare -A QUERY=([de]=Sozialwirtschaft [ca]=cooperatives)
for lang in de ca; do
  for width in 390 1280; do
    SCREENSHOT_WAIT_MS=1500 "$TOOLS/screenshot.sh" \
      "http://127.0.0.1:$PORT/$lang/search/?q=${QUERY[$lang]}" "$OUT/$lang-search-$width-light.png" "$width" full
  done
done
