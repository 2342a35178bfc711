#!/bin/sh
# Rebuilds the site shortly after midnight (Asia/Shanghai) and publishes it only when the
# output changed, so that an embargo lifts, and a named entry leaves, on its day
# (docs/decisions/0003-named-employers.md). Run by deploy/kuomian-rebuild.timer or the cron
# line in deploy/kuomian-rebuild.cron; see deploy/README.md.
#
# A build is due when the data or content changed since the last build, or when the day named
# by the last build's next-change.json has come (an embargo lifting, an entry expiring or
# revoked, a scheduled release). Otherwise the output could differ only by its dates, and
# nothing is built. A failed build leaves the published site as it was (scripts/build.mjs).
#
# Settings (environment):
#   PUBLISH_DIR   where the web server reads the site (required), e.g. /srv/kuomian/dist
#   OUT_DIR       the build's output folder inside the project (default dist); it keeps the
#                 previous release, which the build compares with (revisions, /data/versions/)
#   DATA_DIR, CONTENT_DIR, SITE_URL … as for npm run build
#   STATE_DIR     where the hashes of the last build are kept (default .build/rebuild-state)
#   BUILD_CMD     the build command (default: npm run build)
#   PUBLISH_CMD   how to publish (default: copy the output beside PUBLISH_DIR, then swap the
#                 two folders by renaming, so readers never see a half-copied site)
#   FORCE=1       build even when nothing is due
set -eu

cd "$(dirname "$0")/.."
: "${PUBLISH_DIR:?set PUBLISH_DIR to the folder the web server publishes}"
OUT_DIR=${OUT_DIR:-dist}
DATA_DIR=${DATA_DIR:-data}
CONTENT_DIR=${CONTENT_DIR:-content}
STATE_DIR=${STATE_DIR:-.build/rebuild-state}
BUILD_CMD=${BUILD_CMD:-npm run build}
export OUT_DIR DATA_DIR CONTENT_DIR
mkdir -p "$STATE_DIR"

log() { echo "rebuild: $*"; }

# A hash of every file below the given folders, by path and content.
tree_hash() {
  for dir in "$@"; do
    [ -d "$dir" ] && (cd "$dir" && find . -type f ! -name '*.gz' ! -name '*.br' -print | LC_ALL=C sort | while IFS= read -r f; do
      printf '%s  %s\n' "$(sha256sum < "$f" | cut -d' ' -f1)" "$dir/$f"
    done)
  done | sha256sum | cut -d' ' -f1
}

today=$(TZ=Asia/Shanghai date +%F)
inputs=$(tree_hash "$DATA_DIR" "$CONTENT_DIR")
next=''
if [ -f "$OUT_DIR/next-change.json" ]; then
  next=$(node -e 'const j = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")); process.stdout.write(j.next_change ?? "")' "$OUT_DIR/next-change.json")
fi
last_inputs=$(cat "$STATE_DIR/inputs.sha256" 2>/dev/null || true)

reason=''
if [ "${FORCE:-}" = 1 ]; then reason='FORCE=1'
elif [ ! -f "$OUT_DIR/next-change.json" ]; then reason='no previous build'
elif [ "$inputs" != "$last_inputs" ]; then reason='data or content changed'
elif [ -n "$next" ] && [ ! "$next" \> "$today" ]; then reason="time-based change due on $next"
fi
if [ -z "$reason" ]; then
  log "nothing due on $today (next time-based change: ${next:-none known}); not built"
  exit 0
fi

log "building ($reason)"
# No SOURCE_DATE_EPOCH: embargo and expiry are judged on today's date.
env -u SOURCE_DATE_EPOCH sh -c "$BUILD_CMD"
echo "$inputs" > "$STATE_DIR/inputs.sha256"

built=$(tree_hash "$OUT_DIR")
if [ "$built" = "$(cat "$STATE_DIR/published.sha256" 2>/dev/null || true)" ] && [ -d "$PUBLISH_DIR" ]; then
  log "output unchanged; not published"
  exit 0
fi
if [ -n "${PUBLISH_CMD:-}" ]; then
  sh -c "$PUBLISH_CMD"
else
  rm -rf "$PUBLISH_DIR.new" "$PUBLISH_DIR.old"
  cp -a "$OUT_DIR" "$PUBLISH_DIR.new"
  [ -d "$PUBLISH_DIR" ] && mv "$PUBLISH_DIR" "$PUBLISH_DIR.old"
  mv "$PUBLISH_DIR.new" "$PUBLISH_DIR"
  rm -rf "$PUBLISH_DIR.old"
fi
echo "$built" > "$STATE_DIR/published.sha256"
log "published $OUT_DIR/ to $PUBLISH_DIR ($built)"
