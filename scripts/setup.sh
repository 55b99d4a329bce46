#!/usr/bin/env bash
# Installs what building and testing need, skipping whatever is already there at the right
# version. Usage: scripts/setup.sh [build|test]   (test also installs Chromium for browser tests)
set -euo pipefail
cd "$(dirname "$0")/.."
what=${1:-build}
say() { printf '\033[1msetup:\033[0m %s\n' "$*" >&2; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# wasm-bindgen-cli must be exactly the version of the wasm-bindgen crate in Cargo.lock.
want=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
if [ "$want" != "$have" ]; then
  say "installing wasm-bindgen-cli $want from crates.io (found '${have:-none}'; takes about 3 minutes)"
  cargo install wasm-bindgen-cli --version "$want"
fi

# npm packages (wasm-opt from npm's binaryen, playwright-core), exactly as package-lock.json says.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm packages (npm ci)"
  npm ci --no-audit --no-fund
fi

if [ "$what" = test ] && { [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; }; then
  say "installing Debian's chromium and chromium-driver for the browser tests"
  sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium chromium-driver >/dev/null
fi
