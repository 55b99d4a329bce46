#!/usr/bin/env bash
# Bundles the CodeMirror example (www/editor/editor.js) into www/editor/editor.bundle.js with
# esbuild from npm. ../lib/pressmark.js stays external: the page loads it as its own module, so
# it finds ../pkg/pressmark_bg.wasm as any page would. Expects `npm ci` (scripts/setup.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
node_modules/.bin/esbuild www/editor/editor.js --bundle --format=esm --minify --target=es2022 \
  --external:../lib/pressmark.js --legal-comments=none --log-level=warning \
  --outfile=www/editor/editor.bundle.js
raw=$(wc -c < www/editor/editor.bundle.js)
gz=$(gzip -9 -c www/editor/editor.bundle.js | wc -c)
printf 'editor: www/editor/editor.bundle.js %d bytes, %d gzipped\n' "$raw" "$gz" >&2
