#!/usr/bin/env bash
# Builds the page as a static site: scripts/build-site.sh DIR [--no-wasm]
# Builds the wasm module (unless --no-wasm: reuse www/pkg as it is), then copies exactly the files
# www/index.html needs into DIR. DIR can be served from any static host, under any sub-path
# (every URL in the page is relative), and needs no network beyond that host.
set -euo pipefail
if [ $# -lt 1 ] || [ "${1:0:1}" = "-" ]; then
  echo "usage: scripts/build-site.sh DIR [--no-wasm]" >&2
  exit 2
fi
mkdir -p "$1"
out=$(cd "$1" && pwd)
cd "$(dirname "$0")/.."
if [ "${2:-}" != "--no-wasm" ]; then scripts/build-wasm.sh; fi
# The page's files: keep in step with the imports of www/*.js (tests/e2e/site.test.mjs checks).
files=(
  index.html style.css pressmark.css example.txt
  boot.js app.js highlight.js source.js panel.js worker.js
  lib/guard.js pkg/pressmark.js pkg/pressmark_bg.wasm
)
mkdir -p "$out/lib" "$out/pkg"
for f in "${files[@]}"; do cp "www/$f" "$out/$f"; done
# pkg/pressmark.js imports the JavaScript half of src/wasm.rs (src/decode.js) from here.
rm -rf "$out/pkg/snippets"
if [ -d www/pkg/snippets ]; then
  cp -r www/pkg/snippets "$out/pkg/snippets"
  files+=($(cd www && find pkg/snippets -type f))
fi
echo "site: ${#files[@]} files in $out" >&2
