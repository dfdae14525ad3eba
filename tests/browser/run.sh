#!/bin/sh
# Builds the shipped content, serves it with nginx under the sub-path /amn/ (as an intranet would),
# then crawls it in headless Chromium (check_site.mjs), validates every page (html-validate), and
# builds hostile content to check that nothing injected runs (injection.mjs), checks the preview's
# live reload (live_reload.mjs), the 404 page nginx sends for missing paths (notfound.mjs), and
# every board's pages printed on A4 (print.mjs).
# Usage: tests/browser/run.sh path/to/insyn SOURCE_DIR
set -eu
INSYN=$1
SRC=$2
HERE=$(cd "$(dirname "$0")" && pwd)
WORK=$(mktemp -d)
chmod 755 "$WORK"
cleanup() {
  [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT INT TERM

if [ ! -d "$HERE/node_modules/playwright-core" ]; then
  echo "tests/browser/node_modules is missing: run 'make browser-deps' (npm ci from the lock file)" >&2
  exit 1
fi

"$INSYN" build --content "$SRC/content" --themes "$SRC/themes" --out "$WORK/public" >/dev/null 2>&1
# A site of free-standing Markdown pages (sections, pages, tags), served beside it under /sidor/.
"$INSYN" build --content "$SRC/tests/fixtures/pages" --themes "$SRC/themes" --out "$WORK/pages" >/dev/null 2>&1

PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
mkdir -p "$WORK/tmp"
cat > "$WORK/nginx.conf" <<CONF
daemon on;
pid $WORK/nginx.pid;
error_log $WORK/error.log;
worker_processes 1;
$( [ "$(id -u)" = 0 ] && echo "user root;" )
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  types { text/csv csv; }
  charset utf-8;
  charset_types text/css application/javascript text/csv application/json image/svg+xml;
  access_log off;
  client_body_temp_path $WORK/tmp/body;
  proxy_temp_path $WORK/tmp/proxy;
  fastcgi_temp_path $WORK/tmp/fastcgi;
  uwsgi_temp_path $WORK/tmp/uwsgi;
  scgi_temp_path $WORK/tmp/scgi;
  server {
    listen 127.0.0.1:$PORT;
    # As a web admin would: the site's own 404 page for any missing path under it.
    location /amn/ { alias $WORK/public/; error_page 404 /amn/404.html; }
    location /sidor/ { alias $WORK/pages/; }
    location / { return 404; }
  }
}
CONF
nginx -c "$WORK/nginx.conf" -p "$WORK" -e "$WORK/error.log"

status=0
node "$HERE/check_site.mjs" "http://127.0.0.1:$PORT/amn/" || status=1
node "$HERE/check_site.mjs" "http://127.0.0.1:$PORT/sidor/" || status=1
find "$WORK/public" "$WORK/pages" -name '*.html' | sort > "$WORK/pages.txt"
if (cd "$HERE" && xargs node_modules/.bin/html-validate --config .htmlvalidate.json < "$WORK/pages.txt"); then
  echo "html-validate: $(wc -l < "$WORK/pages.txt") pages, 0 errors"
else
  status=1
fi
# Printed on A4: no text past the paper's edge, no sheet left almost empty by a block pushed onward.
node "$HERE/print.mjs" "$WORK/public" || status=1
# The 404 page served for missing paths at any depth under the sub-path.
node "$HERE/notfound.mjs" "http://127.0.0.1:$PORT/amn/" || status=1
# Search over HTTP under the sub-path and from file:// (as from a USB stick).
node "$HERE/search.mjs" "http://127.0.0.1:$PORT/amn/" || status=1
node "$HERE/search.mjs" "file://$WORK/public/" || status=1
# While the reader pauses between keys the next key's index files are preloaded.
node "$HERE/search_preload.mjs" "file://$WORK/public/" || status=1
# Search inside the archived snapshot: over HTTP, from disk, and from the registrar's unpacked tar.
node "$HERE/search_snapshot.mjs" "http://127.0.0.1:$PORT/amn/arkiv/2019/data/" 2019 || status=1
node "$HERE/search_snapshot.mjs" "file://$WORK/public/arkiv/2019/data/" 2019 || status=1
mkdir -p "$WORK/registrar" && tar -xf "$WORK/public/arkiv/2019.tar" -C "$WORK/registrar"
node "$HERE/search_snapshot.mjs" "file://$WORK/registrar/2019/data/" 2019 || status=1
# Hostile strings in every text field must never run (and CSV must neutralise formulas).
node "$HERE/injection.mjs" "$INSYN" "$SRC" || status=1
# The preview's live reload: ten tabs reload after a save, a bad save shows the overlay.
node "$HERE/live_reload.mjs" "$INSYN" "$SRC" || status=1
exit $status
