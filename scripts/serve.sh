#!/usr/bin/env bash
# Builds the wasm module and serves the page at http://127.0.0.1:${PORT:-8000}/
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh build
scripts/build-wasm.sh
scripts/build-editor.sh
exec node scripts/serve.mjs www "${PORT:-8000}"
