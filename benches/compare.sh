#!/usr/bin/env bash
# Runs benches/compare.mjs after installing the peers (compromise, wink-nlp and its web model)
# from npm into target/peers, outside the project's own package-lock.json.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -d target/peers/node_modules/wink-eng-lite-web-model ]; then
  mkdir -p target/peers
  echo '{"private": true}' > target/peers/package.json
  npm install --prefix target/peers --no-audit --no-fund --save-exact \
    compromise@14 wink-nlp@2 wink-eng-lite-web-model@1
fi
[ -f www/pkg/pressmark_bg.wasm ] || { scripts/setup.sh build && scripts/build-wasm.sh; }
exec node --max-old-space-size=8192 benches/compare.mjs "$@"
